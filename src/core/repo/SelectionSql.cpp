#include "SelectionSql.h"

#include "db/Query.h"

namespace SelectionSql {

QString membershipJoins()
{
    return QStringLiteral(
        " LEFT JOIN borrower_move mv ON mv.borrower_id = b.id AND mv.on_date = "
        "(SELECT MAX(x.on_date) FROM borrower_move x WHERE x.borrower_id = b.id AND x.on_date <= ?)"
        " JOIN commune c ON c.id = COALESCE(mv.commune_id, b.commune_id)"
        " LEFT JOIN savings_group g ON g.id = CASE WHEN mv.borrower_id IS NULL THEN b.group_id ELSE "
        "mv.group_id END"
        " LEFT JOIN organization o ON o.id = g.organization_id ");
}

void bindMembershipDay(Query& query, const QDate& day)
{
    query.bind(day);
}

QString filterCondition(const PortfolioFilter& filter)
{
    QString condition;
    if (!filter.communeCode.isEmpty())
        condition += QStringLiteral(" AND c.code = ?");
    if (!filter.organizationCode.isEmpty())
        condition += QStringLiteral(" AND COALESCE(o.code, 'DIRECT') = ?");
    return condition;
}

void bindFilter(Query& query, const PortfolioFilter& filter)
{
    if (!filter.communeCode.isEmpty())
        query.bind(filter.communeCode);
    if (!filter.organizationCode.isEmpty())
        query.bind(filter.organizationCode);
}

QString selectionCondition(const PortfolioSelection& selection)
{
    QString condition = filterCondition(selection.filter);
    if (!selection.programCode.isEmpty())
        condition += QStringLiteral(" AND p.code = ?");
    if (!selection.communeCode.isEmpty())
        condition += QStringLiteral(" AND c.code = ?");
    if (!selection.organizationCode.isEmpty())
        condition += QStringLiteral(" AND COALESCE(o.code, 'DIRECT') = ?");
    if (!selection.groupCode.isEmpty())
        condition += QStringLiteral(" AND COALESCE(g.code, 'DIRECT') = ?");
    if (!selection.borrowerId.isEmpty())
        condition += QStringLiteral(" AND b.code = ?");
    return condition;
}

void bindSelection(Query& query, const PortfolioSelection& selection)
{
    bindFilter(query, selection.filter);
    for (const QString* value : {&selection.programCode, &selection.communeCode, &selection.organizationCode,
                                 &selection.groupCode, &selection.borrowerId}) {
        if (!value->isEmpty())
            query.bind(*value);
    }
}

} // namespace SelectionSql
