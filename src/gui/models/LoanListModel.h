#pragma once

#include "common/DisplayOptions.h"
#include "report/LoanLine.h"

#include <QAbstractTableModel>
#include <QStringList>

/// The loans behind a figure (PortfolioBrowser::loans) as a table model, one row per loan with its figures of
/// the month. Large lists are prepared off the UI thread (prepare()).
class LoanListModel : public QAbstractTableModel
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

    /// The lines with their search texts, folded (see TableFilterProxyModel::fold).
    struct Lines
    {
        QList<LoanLine> lines;
        QStringList search;
    };
    /// Folds the search texts of @p lines; safe to call in a worker thread.
    static Lines prepare(QList<LoanLine> lines);

    explicit LoanListModel(QObject* parent = nullptr);

    void setLines(Lines lines);
    void setDisplayOptions(const DisplayOptions& options);
    void retranslate();
    [[nodiscard]] const QList<LoanLine>& lines() const { return m_lines.lines; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString state(const LoanLine& line) const;

    Lines m_lines;
    DisplayOptions m_options;
};
