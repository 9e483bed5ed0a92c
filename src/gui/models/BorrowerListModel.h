#pragma once

#include "LineListModel.h"
#include "report/BorrowerLine.h"

/// The borrowers behind a figure (a group's members, a commune's borrowers) as a table model: who they are,
/// their loans' figures of the month and their savings at its end.
class BorrowerListModel : public LineListModel<BorrowerLine>
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

    /// Folds the search texts of @p lines; safe to call in a worker thread.
    static Lines prepare(QList<BorrowerLine> lines);

    explicit BorrowerListModel(QObject* parent = nullptr);

    /// The language, unit and formats the list is shown in.
    [[nodiscard]] const DisplayOptions& displayOptions() const { return m_options; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};
