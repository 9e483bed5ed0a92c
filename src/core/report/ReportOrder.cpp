#include "ReportOrder.h"

#include "domain/Catalogue.h"

#include <algorithm>

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

} // namespace ReportOrder
