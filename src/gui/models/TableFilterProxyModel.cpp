#include "TableFilterProxyModel.h"

#include "ItemRoles.h"
#include "domain/VietnameseText.h"

TableFilterProxyModel::TableFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ItemRoles::SortRole);
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void TableFilterProxyModel::setCollationLocale(const QLocale& locale)
{
    if (locale == m_collator.locale())
        return;
    m_collator.setLocale(locale); // keeps the numeric mode and the case insensitivity set at construction
    invalidate();
}

QString TableFilterProxyModel::fold(const QString& text)
{
    return VietnameseText::fold(text);
}

void TableFilterProxyModel::setSearchText(const QString& text)
{
    const QString folded = fold(text.trimmed());
    if (folded == m_search)
        return;
    m_search = folded;
    invalidateFilter();
}

void TableFilterProxyModel::setOnlyOverdue(bool only)
{
    if (only == m_onlyOverdue)
        return;
    m_onlyOverdue = only;
    invalidateFilter();
}

bool TableFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(ItemRoles::TotalRowRole).toBool())
        return !isFiltering();
    if (m_onlyOverdue && !index.data(ItemRoles::HasOverdueRole).toBool())
        return false;
    if (!m_search.isEmpty()) {
        // The models hand over their search text folded already (large lists fold it off the UI thread).
        if (!index.data(ItemRoles::SearchRole).toString().contains(m_search))
            return false;
    }
    return true;
}

bool TableFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const bool leftTotal = left.data(ItemRoles::TotalRowRole).toBool();
    const bool rightTotal = right.data(ItemRoles::TotalRowRole).toBool();
    if (leftTotal || rightTotal) {
        // The TOTAL row stays last in both directions.
        if (leftTotal == rightTotal)
            return false;
        return leftTotal ? sortOrder() == Qt::DescendingOrder : sortOrder() == Qt::AscendingOrder;
    }
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.userType() == QMetaType::QString && b.userType() == QMetaType::QString) {
        if (sourceModel()->headerData(left.column(), Qt::Horizontal, PersonNameColumnRole).toBool())
            return VietnameseText::comparePersonNames(a.toString(), b.toString()) < 0;
        return m_collator.compare(a.toString(), b.toString()) < 0;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
