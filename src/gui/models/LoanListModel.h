#pragma once

#include "LineListModel.h"
#include "report/LoanLine.h"

/// The loans behind a figure (PortfolioBrowser::loans) as a table model, one row per loan with its figures of
/// the month. Large lists are prepared off the UI thread (prepare()).
class LoanListModel : public LineListModel<LoanLine>
{
    Q_OBJECT

public:
    enum Column
    {
        LoanNo,
        Borrower,
        Program,
        Outstanding,
        Overdue,
        Frozen,
        State,
        Amount,
        DisbursedOn,
        MaturityOn,
        CollectedPrincipal,
        CollectedInterest,
        Commune,
        Group,
        ColumnCount
    };

    /// Folds the search texts of @p lines; safe to call in a worker thread.
    static Lines prepare(QList<LoanLine> lines);

    explicit LoanListModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString state(const LoanLine& line) const;
};
