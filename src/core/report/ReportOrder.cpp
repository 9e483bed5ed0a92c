#include "ReportOrder.h"

#include "domain/Catalogue.h"

#include <algorithm>
#include <numeric>

namespace ReportOrder {

bool before(Breakdown by, const QString& a, const QString& b)
{
    // DIRECT (loans outside any group) is last in every breakdown that has it.
    const bool directA = a == kDirectKey;
    const bool directB = b == kDirectKey;
    if (directA || directB)
        return !directA && directB;
    switch (by) {
    case Breakdown::Program: {
        const qsizetype rankA = Catalogue::programRank(a);
        const qsizetype rankB = Catalogue::programRank(b);
        if (rankA != rankB)
            return rankA < rankB;
        break;
    }
    case Breakdown::Organization: {
        const qsizetype rankA = Catalogue::organizationRank(a);
        const qsizetype rankB = Catalogue::organizationRank(b);
        if (rankA != rankB)
            return rankA < rankB;
        break;
    }
    case Breakdown::Commune:
    case Breakdown::Group:
        break;
    }
    return a < b;
}

ReportTable inBankOrder(ReportTable table)
{
    std::stable_sort(
        table.rows.begin(), table.rows.end(),
        [by = table.by](const ReportRow& a, const ReportRow& b) { return before(by, a.key, b.key); });
    return table;
}

CrossTable inBankOrder(CrossTable table)
{
    const auto orderOf = [](Breakdown by, const QList<CrossTable::Key>& keys) {
        QList<qsizetype> order(keys.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](qsizetype a, qsizetype b) { return before(by, keys[a].key, keys[b].key); });
        return order;
    };
    const QList<qsizetype> rows = orderOf(table.rowsBy, table.rows);
    const QList<qsizetype> columns = orderOf(table.columnsBy, table.columns);
    CrossTable sorted = table;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        sorted.rows[r] = table.rows[rows[r]];
        if (rows[r] < table.rowTotals.size())
            sorted.rowTotals[r] = table.rowTotals[rows[r]];
        for (qsizetype c = 0; c < columns.size(); ++c)
            sorted.cells[r][c] = table.cells[rows[r]][columns[c]];
    }
    for (qsizetype c = 0; c < columns.size(); ++c) {
        sorted.columns[c] = table.columns[columns[c]];
        if (columns[c] < table.columnTotals.size())
            sorted.columnTotals[c] = table.columnTotals[columns[c]];
    }
    return sorted;
}

} // namespace ReportOrder
