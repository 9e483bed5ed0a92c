#include "CrossTableModel.h"

#include "report/ReportOrder.h"

#include "ItemRoles.h"
#include "TableFilterProxyModel.h"

#include <QFont>

#include <algorithm>

CrossTableModel::CrossTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CrossTableModel::setTable(const CrossTable& table)
{
    beginResetModel();
    m_table = ReportOrder::inBankOrder(table);
    m_order.clear();
    for (int i = 0; i < m_table.columns.size(); ++i) {
        if (m_table.columns[i].key != kDirectKey)
            m_order.append(i);
    }
    std::stable_sort(m_order.begin(), m_order.end(), [this](int a, int b) {
        return m_table.columnTotals.value(a).outstandingEnd > m_table.columnTotals.value(b).outstandingEnd;
    });
    for (int i = 0; i < m_table.columns.size(); ++i) {
        if (m_table.columns[i].key == kDirectKey)
            m_order.append(i);
    }
    endResetModel();
}

QString CrossTableModel::columnKey(int section) const
{
    const int column = matrixColumn(section);
    return column >= 0 ? m_table.columns[column].key : QString();
}

void CrossTableModel::setDisplayOptions(const DisplayOptions& options)
{
    if (options == m_options)
        return;
    m_options = options;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    retranslate();
}

void CrossTableModel::retranslate()
{
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int CrossTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_table.rows.isEmpty() ? 0 : static_cast<int>(m_table.rows.size()) + 1;
}

int CrossTableModel::columnCount(const QModelIndex& parent) const
{
    // The program's name, one column per organisation, the total.
    return parent.isValid() || m_table.rows.isEmpty() ? 0 : static_cast<int>(m_table.columns.size()) + 2;
}

Money CrossTableModel::outstandingAt(int row, int column) const
{
    const bool totalRow = row == m_table.rows.size();
    const bool totalColumn = column == m_table.columns.size();
    if (totalRow && totalColumn)
        return m_table.total.outstandingEnd;
    if (totalRow)
        return m_table.columnTotals.value(column).outstandingEnd;
    if (totalColumn)
        return m_table.rowTotals.value(row).outstandingEnd;
    return m_table.cell(row, column).outstandingEnd;
}

QVariant CrossTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int row = index.row();
    const bool totalRow = row == m_table.rows.size();
    const bool nameColumn = index.column() == 0;
    const bool totalColumn = index.column() == columnCount() - 1;
    const int column = totalColumn ? static_cast<int>(m_table.columns.size()) : matrixColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (nameColumn)
            return totalRow ? tr("Total") : m_table.rows[row].name;
        return m_options.money(outstandingAt(row, column));
    case ItemRoles::SortRole:
        if (nameColumn)
            return totalRow ? QString() : m_table.rows[row].name;
        return outstandingAt(row, column).dong();
    case ItemRoles::KeyRole:
        return totalRow ? QString() : m_table.rows[row].key;
    case ItemRoles::TotalRowRole:
        return totalRow;
    case ItemRoles::SearchRole:
        return totalRow ? QString()
                        : TableFilterProxyModel::fold(m_table.rows[row].key + u' ' + m_table.rows[row].name);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(nameColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                              : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (totalRow || totalColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return nameColumn && !totalRow ? m_table.rows[row].name : QVariant();
    default:
        return {};
    }
}

QVariant CrossTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section == 0 ? Qt::AlignLeft | Qt::AlignVCenter
                                                : Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (section == 0)
        return tr("Program");
    if (section == columnCount() - 1)
        return tr("Total");
    const int column = matrixColumn(section);
    return column >= 0 ? m_table.columns[column].name : QString();
}
