#pragma once

#include "common/DisplayOptions.h"
#include "report/ReportTable.h"

#include <QAbstractTableModel>
#include <QHash>

/// A summary table (ReportTable) as a table model: the rows of the report in the bank's order (ReportOrder:
/// programs as in the catalogue, organisations HPN, HND, CCB, DTN, direct lending last) then TOTAL, in the
/// columns chosen for the view; the code column sorts in that order too. Amounts are formatted in the chosen
/// unit and language for display; the sort role holds the raw values (đồng, hundredths of a percent, counts).
/// In a unit other than đồng the rows' amounts are footed (Footing), so the rows shown add up to the total
/// shown. The overdue ratio is coloured by RatioStyle.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Field
    {
        Key,
        Name,
        Commune,      ///< groups: the group's commune
        Organization, ///< groups: the group's organisation
        Borrowers,
        Loans,
        OutstandingStart,
        Disbursed,
        CollectedPrincipal,
        CollectedInterest,
        OutstandingEnd,
        Overdue,
        OverdueRatio,
        Frozen,
        OverdueAndFrozen,
        Savings,
    };

    /// Where a group is: the names of its commune and organisation (for the groups table).
    struct GroupPlace
    {
        QString communeName;
        QString organizationName;
    };

    explicit ReportTableModel(QList<Field> fields, QObject* parent = nullptr);

    void setTable(const ReportTable& table);
    void setGroupPlaces(const QHash<QString, GroupPlace>& places);
    void setDisplayOptions(const DisplayOptions& options);
    /// Tells the views that the column titles changed (after a language switch).
    void retranslate();

    [[nodiscard]] const ReportTable& table() const { return m_table; }
    [[nodiscard]] const QList<Field>& fields() const { return m_fields; }
    /// The column of @p field, or -1.
    [[nodiscard]] int columnOf(Field field) const;
    /// The title of a column, in the installed language.
    static QString title(Field field, Breakdown by);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] const ReportRow& rowAt(int row) const;
    [[nodiscard]] QVariant display(int index, const ReportRow& row, Field field, bool total) const;
    /// Rounds the amount columns in the unit by the largest remainder (Footing), so that the rows shown add
    /// up to the total shown.
    void foot();
    [[nodiscard]] QVariant raw(const ReportRow& row, Field field) const;

    QList<Field> m_fields;
    ReportTable m_table;
    QHash<QString, GroupPlace> m_places;
    DisplayOptions m_options;
    QHash<int, QList<qint64>> m_footed; ///< per amount field: the rows' amounts as shown, footed in the unit
};
