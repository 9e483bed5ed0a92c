#pragma once

#include "common/DisplayOptions.h"
#include "domain/AuditEntry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

/// The rows of the audit trail for the History page, newest first as read: when (local time), who, the
/// operation in words, the record, its borrower, the reason, and the values before and after. Sorts on
/// ItemRoles::SortRole (the time column on the row's order of writing); ItemRoles::KeyRole is the borrower.
class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        User,
        Operation,
        Record,
        Borrower,
        Reason,
        Change,
        ColumnCount
    };

    explicit AuditTrailModel(QObject* parent = nullptr);

    /// @p borrowerNames: the names of the borrowers the rows belong to, by id.
    void setEntries(QList<AuditEntry> entries, QHash<QString, QString> borrowerNames);
    [[nodiscard]] const QList<AuditEntry>& entries() const { return m_entries; }
    [[nodiscard]] QString borrowerName(const QString& id) const { return m_names.value(id); }
    void setDisplayOptions(const DisplayOptions& options);
    /// The headers and texts in the language now installed.
    void retranslate();

    /// The operation in words ("Repayment reversed") for its code (AuditOperation); an unknown code as is.
    static QString operationName(const QString& code);
    /// "Month 08/2023", "Repayment no. 3014", "Loan L0000001".
    [[nodiscard]] QString recordText(const AuditEntry& entry) const;
    /// The local time of the change in the chosen language: `05/12/2026 10:15:00`.
    [[nodiscard]] QString timeText(const AuditEntry& entry) const;
    /// `old → new`, or the new values of a new record, each field named in words and its value in the
    /// language's form (`Principal: 1.000.000; Paid on: 20/06/2024`; amounts in whole đồng).
    [[nodiscard]] QString changeText(const AuditEntry& entry) const;
    /// The stored `field: value; …` of a trail row made readable the same way.
    [[nodiscard]] QString readableValues(const QString& values) const;
    /// A field of the trail (named as the CSV columns are) in words; an unknown one as is.
    static QString fieldName(const QString& field);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString displayText(const AuditEntry& entry, int column) const;
    [[nodiscard]] QString toolTip(const AuditEntry& entry, int column) const;

    QList<AuditEntry> m_entries;
    QHash<QString, QString> m_names;
    DisplayOptions m_options;
};
