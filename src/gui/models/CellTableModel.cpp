#include "CellTableModel.h"

#include "ItemRoles.h"

#include <QFont>

CellTableModel::CellTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CellTableModel::setHeaders(const QStringList& headers, const QList<bool>& numeric)
{
    const bool sameShape = headers.size() == m_headers.size();
    if (!sameShape)
        beginResetModel();
    m_headers = headers;
    m_numeric = numeric;
    if (!sameShape)
        endResetModel();
    else if (!m_headers.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, static_cast<int>(m_headers.size()) - 1);
}

void CellTableModel::setRows(QList<Row> rows, QStringList keys)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_keys = std::move(keys);
    endResetModel();
}

int CellTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CellTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant CellTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_rows[index.row()].size())
        return {};
    const Cell& cell = m_rows[index.row()][index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case ItemRoles::SortRole:
        return cell.sortValue.isValid() ? cell.sortValue : QVariant(cell.text);
    case ItemRoles::KeyRole:
        return m_keys.value(index.row());
    case ItemRoles::TotalRowRole:
        return false;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(cell.numeric ? Qt::AlignRight | Qt::AlignVCenter
                                                : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return cell.foreground.isValid() ? QVariant(cell.foreground) : QVariant();
    case Qt::BackgroundRole:
        return cell.background.isValid() ? QVariant(cell.background) : QVariant();
    case Qt::FontRole:
        if (cell.bold || cell.italic || cell.strikeOut) {
            QFont font;
            font.setBold(cell.bold);
            font.setItalic(cell.italic);
            font.setStrikeOut(cell.strikeOut);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return cell.toolTip.isEmpty() ? QVariant() : QVariant(cell.toolTip);
    default:
        return {};
    }
}

QVariant CellTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_headers.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_headers[section];
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(m_numeric.value(section) ? Qt::AlignRight | Qt::AlignVCenter
                                                            : Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}
