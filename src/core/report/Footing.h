#pragma once

#include "ReportTable.h"
#include "domain/Money.h"

#include <QList>

/// Rounding a table's amounts to a unit so that it still adds up on paper.
///
/// An amount shown in thousands or millions of đồng is rounded; rounded one by one, the rows of a column need
/// not add up to its rounded total (3.796,69 printed against 3.796,67). Footing rounds them by the largest
/// remainder instead: every row is first rounded down, and the units still missing to reach the rounded total
/// go to the rows that lost the most, so the printed rows add up exactly to the printed total and no row
/// moves by more than one unit of its last digit from where rounding alone would put it.
namespace Footing {

/// The đồng in one unit of the last printed digit of an amount in @p unit with @p decimals decimals: 1 for
/// đồng, 1,000 for thousands, 10,000 for millions with two decimals.
qint64 quantum(MoneyUnit unit, int decimals);

/// @p values (đồng, of any sign) rounded to whole multiples of @p quantum by the largest remainder, so that
/// they add up to their exact sum rounded half away from zero (as Money::format rounds the total). Ties
/// between equal remainders go to the larger value, then to the earlier row. A quantum of 1 or less returns
/// the values unchanged.
QList<qint64> largestRemainder(const QList<qint64>& values, qint64 quantum);

/// The cells of a table as printed in a unit: per row (in the table's order) and for the total.
struct FootedCells
{
    QList<Column> columns;
    QList<QList<Cell>> rows; ///< one list of cells per row of the table, in the order of columns
    QList<Cell> total;
};

/// The cells of @p table in @p columns with every amount column (cells of type Money) footed to its total in
/// steps of @p quantum: the total keeps its exact amounts (they format to the rounded total), each row's
/// amount becomes a whole multiple of the quantum, which formats to exactly what is printed. A column whose
/// rows do not add up exactly to its total (none in a summary or ageing table) is left as it is. Counts and
/// ratios are never touched: the borrowers are counted distinct and the overdue ratio is not an amount.
FootedCells footedCells(const ReportTable& table, const QList<Column>& columns, qint64 quantum);

/// Whether the borrowers of @p table's rows add up to more than its total: a household with loans in two
/// rows (two programs) is counted in each but once in the total.
bool borrowersOverlap(const ReportTable& table);

} // namespace Footing
