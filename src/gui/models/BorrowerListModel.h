#pragma once

#include "common/DisplayOptions.h"
#include "report/BorrowerLine.h"

#include <QAbstractTableModel>
#include <QStringList>

/// The borrowers behind a figure (a group's members, a commune's borrowers) as a table model: who they are,
/// their loans' figures of the month and their savings at its end.
class BorrowerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Id,
        Name,
        Commune,
        Group,
        Loans,
        Outstanding,
        Overdue,
        OverdueRatio,
        Frozen,
        CollectedPrincipal,
        CollectedInterest,
        Savings,
        ColumnCount
    };

    struct Lines
    {
        QList<BorrowerLine> lines;
        QStringList search;
    };
    /// Folds the search texts of @p lines; safe to call in a worker thread.
    static Lines prepare(QList<BorrowerLine> lines);

    explicit BorrowerListModel(QObject* parent = nullptr);

    void setLines(Lines lines);
    void setDisplayOptions(const DisplayOptions& options);
    void retranslate();
    [[nodiscard]] const QList<BorrowerLine>& lines() const { return m_lines.lines; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Lines m_lines;
    DisplayOptions m_options;
};
