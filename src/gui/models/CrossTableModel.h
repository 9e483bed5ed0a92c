#pragma once

#include "common/DisplayOptions.h"
#include "report/CrossTable.h"

#include <QAbstractTableModel>

/// The program × organisation matrix of outstanding as a table model: a row per program and a TOTAL row, a
/// column per organisation (direct lending last in the report's order) and a total column.
class CrossTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CrossTableModel(QObject* parent = nullptr);

    void setTable(const CrossTable& table);
    void setDisplayOptions(const DisplayOptions& options);
    void retranslate();
    [[nodiscard]] const CrossTable& table() const { return m_table; }
    /// The key of the organisation in model column @p section (empty for the name and total columns).
    [[nodiscard]] QString columnKey(int section) const;
    /// The outstanding shown in a cell (row, column of the matrix; the last row and column are the totals).
    [[nodiscard]] Money outstandingAt(int row, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// The matrix column shown in model column @p section (1 … columns): organisations by outstanding,
    /// largest first, direct lending last.
    [[nodiscard]] int matrixColumn(int section) const { return m_order.value(section - 1, -1); }

    CrossTable m_table;
    QList<int> m_order;
    DisplayOptions m_options;
};
