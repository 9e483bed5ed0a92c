#include "Footing.h"

#include <algorithm>
#include <numeric>

namespace {

/// @p value ÷ @p divisor rounded towards minus infinity (@p divisor > 0).
qint64 floorDivide(qint64 value, qint64 divisor)
{
    const qint64 quotient = value / divisor;
    return (value % divisor != 0 && value < 0) ? quotient - 1 : quotient;
}

} // namespace

namespace Footing {

qint64 quantum(MoneyUnit unit, int decimals)
{
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const qint64 factor = Money::unitFactor(unit);
    return factor >= scale && factor % scale == 0 ? factor / scale : 1;
}

QList<qint64> largestRemainder(const QList<qint64>& values, qint64 quantum)
{
    if (quantum <= 1 || values.isEmpty())
        return values;
    const qint64 sum = std::accumulate(values.cbegin(), values.cend(), qint64(0));
    const qint64 target = Money::fromDong(sum).dividedBy(quantum, Rounding::HalfUp).dong();
    QList<qint64> units(values.size());
    QList<qint64> remainders(values.size());
    qint64 floors = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        units[i] = floorDivide(values[i], quantum);
        remainders[i] = values[i] - units[i] * quantum;
        floors += units[i];
    }
    // The units still missing: the sum of the remainders rounded, between 0 and the number of rows.
    qint64 missing = target - floors;
    QList<qsizetype> order(values.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        if (remainders[a] != remainders[b])
            return remainders[a] > remainders[b];
        return values[a] > values[b];
    });
    for (qsizetype i = 0; missing > 0 && i < order.size(); ++i, --missing) {
        if (remainders[order[i]] > 0)
            ++units[order[i]];
        else
            break; // nothing left to round up (cannot happen: the remainders add up to at least the rest)
    }
    QList<qint64> result(values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        result[i] = units[i] * quantum;
    return result;
}

FootedCells footedCells(const ReportTable& table, const QList<Column>& columns, qint64 quantum)
{
    FootedCells result;
    result.columns = columns;
    result.rows.reserve(table.rows.size());
    for (const ReportRow& row : table.rows) {
        QList<Cell> cells;
        cells.reserve(columns.size());
        for (Column column : columns)
            cells.append(cellOf(row, column));
        result.rows.append(std::move(cells));
    }
    for (Column column : columns)
        result.total.append(cellOf(table.total, column));
    if (quantum <= 1)
        return result;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const auto* total = std::get_if<Money>(&result.total[c]);
        if (!total)
            continue;
        QList<qint64> values;
        values.reserve(result.rows.size());
        qint64 sum = 0;
        for (const QList<Cell>& cells : std::as_const(result.rows)) {
            const qint64 dong = std::get<Money>(cells[c]).dong();
            values.append(dong);
            sum += dong;
        }
        if (sum != total->dong())
            continue;
        const QList<qint64> rounded = largestRemainder(values, quantum);
        for (qsizetype r = 0; r < result.rows.size(); ++r)
            result.rows[r][c] = Money::fromDong(rounded[r]);
    }
    return result;
}

bool borrowersOverlap(const ReportTable& table)
{
    qint64 sum = 0;
    for (const ReportRow& row : table.rows)
        sum += row.figures.borrowers;
    return sum != table.total.figures.borrowers;
}

} // namespace Footing
