#pragma once

#include <Qt>

/// Roles the table models of LoanDesk answer besides the display ones.
namespace ItemRoles {

/// The raw value a column sorts by: an amount in đồng (qint64), a ratio in hundredths of a percent, a count,
/// an ISO date or a plain text.
inline constexpr int SortRole = Qt::UserRole + 1;
/// The key of the row (program, commune, organisation or group code, loan number, borrower id).
inline constexpr int KeyRole = Qt::UserRole + 2;
/// true on the TOTAL row, which stays last whatever the sort.
inline constexpr int TotalRowRole = Qt::UserRole + 3;
/// The text the filter box searches (names, codes), folded by TableFilterProxyModel::fold.
inline constexpr int SearchRole = Qt::UserRole + 4;
/// true when the row has overdue debt (for the "only with overdue debt" filter).
inline constexpr int HasOverdueRole = Qt::UserRole + 5;

} // namespace ItemRoles
