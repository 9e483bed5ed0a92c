#include "ReportRepository.h"

#include "db/Query.h"

namespace {

/// The position of every loan at the end of month ?1: its row of that month, or, for a loan whose balance
/// carries forward past its horizon (?2 = the same month), the last row repeated with no flows.
const QString kPositions = QStringLiteral(
    "WITH pos AS ("
    " SELECT loan_id, outstanding_start, disbursed, collected_principal, collected_interest, outstanding_end,"
    "  overdue, frozen, overdue_1_30, overdue_31_90, overdue_91_180, overdue_181_360, overdue_over_360"
    " FROM loan_month WHERE ym = ?"
    " UNION ALL"
    " SELECT m.loan_id, m.outstanding_end, 0, 0, 0, m.outstanding_end,"
    "  m.overdue, m.frozen, m.overdue_1_30, m.overdue_31_90, m.overdue_91_180, m.overdue_181_360, "
    "m.overdue_over_360"
    " FROM loan cl JOIN loan_month m ON m.loan_id = cl.id AND m.ym = cl.horizon_ym"
    " WHERE cl.carries_forward = 1 AND cl.horizon_ym < ?"
    ") ");

const QString kJoins = QStringLiteral("FROM pos m "
                                      "JOIN loan l ON l.id = m.loan_id "
                                      "JOIN program p ON p.id = l.program_id "
                                      "JOIN borrower b ON b.id = l.borrower_id "
                                      "JOIN commune c ON c.id = b.commune_id "
                                      "LEFT JOIN savings_group g ON g.id = b.group_id "
                                      "LEFT JOIN organization o ON o.id = g.organization_id ");

QString keyExpression(Breakdown by)
{
    switch (by) {
    case Breakdown::Commune:
        return QStringLiteral("c.code");
    case Breakdown::Organization:
        return QStringLiteral("COALESCE(o.code, 'DIRECT')");
    case Breakdown::Group:
        return QStringLiteral("COALESCE(g.code, 'DIRECT')");
    case Breakdown::Program:
        break;
    }
    return QStringLiteral("p.code");
}

/// `AND …` conditions for the filter; the values are bound by bindFilter in the same order.
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

const QString kSums = QStringLiteral(
    "COUNT(DISTINCT CASE WHEN m.outstanding_end > 0 THEN l.borrower_id END), "
    "SUM(CASE WHEN m.outstanding_end > 0 THEN 1 ELSE 0 END), "
    "CAST(SUM(m.outstanding_start) AS BIGINT), CAST(SUM(m.disbursed) AS BIGINT), "
    "CAST(SUM(m.collected_principal) AS BIGINT), CAST(SUM(m.collected_interest) AS BIGINT), "
    "CAST(SUM(m.outstanding_end) AS BIGINT), CAST(SUM(m.overdue) AS BIGINT), CAST(SUM(m.frozen) AS BIGINT), "
    "CAST(SUM(m.overdue_1_30) AS BIGINT), CAST(SUM(m.overdue_31_90) AS BIGINT), "
    "CAST(SUM(m.overdue_91_180) AS BIGINT), CAST(SUM(m.overdue_181_360) AS BIGINT), "
    "CAST(SUM(m.overdue_over_360) AS BIGINT) ");

Figures readSums(const Query& query, int first)
{
    Figures f;
    f.borrowers = query.integer(first);
    f.loans = query.integer(first + 1);
    f.outstandingStart = query.money(first + 2);
    f.disbursed = query.money(first + 3);
    f.collectedPrincipal = query.money(first + 4);
    f.collectedInterest = query.money(first + 5);
    f.outstandingEnd = query.money(first + 6);
    f.overdue = query.money(first + 7);
    f.frozen = query.money(first + 8);
    for (int i = 0; i < kAgeBucketCount; ++i)
        f.ageing[static_cast<std::size_t>(i)] = query.money(first + 9 + i);
    return f;
}

} // namespace

Result<QList<ReportRepository::KeyName>> ReportRepository::communes(const PortfolioFilter& filter)
{
    QString sql = QStringLiteral("SELECT c.code, c.name FROM commune c");
    if (!filter.communeCode.isEmpty())
        sql += QStringLiteral(" WHERE c.code = ?");
    sql += QStringLiteral(" ORDER BY c.code");
    Query query(m_database, sql, Database::tr("listing the communes"));
    if (!filter.communeCode.isEmpty())
        query.bind(filter.communeCode);
    if (Status s = query.exec(); !s)
        return s.error();
    QList<KeyName> keys;
    while (query.next())
        keys.append({query.text(0), query.text(1)});
    return keys;
}

Result<QList<ReportRepository::KeyName>> ReportRepository::groups(const PortfolioFilter& filter)
{
    QString sql =
        QStringLiteral("SELECT g.code, g.name FROM savings_group g JOIN commune c ON c.id = g.commune_id "
                       "JOIN organization o ON o.id = g.organization_id WHERE 1 = 1");
    sql += filterCondition(filter) + QStringLiteral(" ORDER BY g.code");
    Query query(m_database, sql, Database::tr("listing the groups"));
    bindFilter(query, filter);
    if (Status s = query.exec(); !s)
        return s.error();
    QList<KeyName> keys;
    while (query.next())
        keys.append({query.text(0), query.text(1)});
    return keys;
}

Result<QHash<QString, Figures>> ReportRepository::monthFigures(YearMonth month, Breakdown by,
                                                               const PortfolioFilter& filter)
{
    const QString key = keyExpression(by);
    Query query(m_database,
                kPositions + QStringLiteral("SELECT ") + key + QStringLiteral(", ") + kSums + kJoins +
                    QStringLiteral("WHERE 1 = 1") + filterCondition(filter) + QStringLiteral(" GROUP BY ") +
                    key,
                Database::tr("reading the figures of %1").arg(month.toIsoString()));
    query.bind(month.key()).bind(month.key());
    bindFilter(query, filter);
    if (Status s = query.exec(); !s)
        return s.error();
    QHash<QString, Figures> figures;
    while (query.next())
        figures.insert(query.text(0), readSums(query, 1));
    return figures;
}

Result<qint64> ReportRepository::borrowersWithBalance(YearMonth month, const PortfolioFilter& filter)
{
    Query query(m_database,
                kPositions + QStringLiteral("SELECT COUNT(DISTINCT l.borrower_id) ") + kJoins +
                    QStringLiteral("WHERE m.outstanding_end > 0") + filterCondition(filter),
                Database::tr("counting borrowers in %1").arg(month.toIsoString()));
    query.bind(month.key()).bind(month.key());
    bindFilter(query, filter);
    if (Status s = query.exec(); !s)
        return s.error();
    return query.next() ? query.integer(0) : qint64(0);
}

Result<QHash<QString, Money>> ReportRepository::savings(YearMonth month, Breakdown by,
                                                        const PortfolioFilter& filter)
{
    QHash<QString, Money> balances;
    if (by == Breakdown::Program)
        return balances;
    QString key = QStringLiteral("g.code");
    if (by == Breakdown::Commune)
        key = QStringLiteral("c.code");
    else if (by == Breakdown::Organization)
        key = QStringLiteral("o.code");
    QString sql = QStringLiteral("SELECT ") + key +
                  QStringLiteral(", CAST(SUM(s.balance_end) AS BIGINT) FROM savings_group g "
                                 "JOIN commune c ON c.id = g.commune_id "
                                 "JOIN organization o ON o.id = g.organization_id "
                                 "JOIN group_savings_month s ON s.group_id = g.id "
                                 "WHERE s.ym = (SELECT MAX(x.ym) FROM group_savings_month x "
                                 "WHERE x.group_id = g.id AND x.ym <= ?)");
    sql += filterCondition(filter) + QStringLiteral(" GROUP BY ") + key;
    Query query(m_database, sql, Database::tr("reading savings balances of %1").arg(month.toIsoString()));
    query.bind(month.key());
    bindFilter(query, filter);
    if (Status s = query.exec(); !s)
        return s.error();
    while (query.next())
        balances.insert(query.text(0), query.money(1));
    return balances;
}

Result<QList<std::pair<YearMonth, Figures>>> ReportRepository::monthTotals(YearMonth from, YearMonth to,
                                                                           const PortfolioFilter& filter)
{
    QList<std::pair<YearMonth, Figures>> totals;
    for (YearMonth month = from; month <= to; month = month.next()) {
        Query query(m_database,
                    kPositions + QStringLiteral("SELECT ") + kSums + kJoins + QStringLiteral("WHERE 1 = 1") +
                        filterCondition(filter),
                    Database::tr("reading the figures of %1").arg(month.toIsoString()));
        query.bind(month.key()).bind(month.key());
        bindFilter(query, filter);
        if (Status s = query.exec(); !s)
            return s.error();
        totals.append({month, query.next() ? readSums(query, 0) : Figures()});
    }
    return totals;
}

Result<QList<ReportRepository::LoanKeys>> ReportRepository::loansInMonth(YearMonth month,
                                                                         const PortfolioFilter& filter)
{
    Query query(m_database,
                kPositions +
                    QStringLiteral("SELECT l.loan_no, p.code, c.code, COALESCE(o.code, 'DIRECT'), "
                                   "COALESCE(g.code, 'DIRECT'), b.code ") +
                    kJoins + QStringLiteral("WHERE 1 = 1") + filterCondition(filter),
                Database::tr("listing the loans of %1").arg(month.toIsoString()));
    query.bind(month.key()).bind(month.key());
    bindFilter(query, filter);
    if (Status s = query.exec(); !s)
        return s.error();
    QList<LoanKeys> loans;
    while (query.next())
        loans.append(
            {query.text(0), query.text(1), query.text(2), query.text(3), query.text(4), query.text(5)});
    return loans;
}

Result<std::optional<YearMonth>> ReportRepository::latestActivityMonth()
{
    Query query(m_database, QStringLiteral("SELECT MAX(ym) FROM activity_month"),
                Database::tr("finding the latest month with data"));
    if (Status s = query.exec(); !s)
        return s.error();
    if (!query.next() || query.isNull(0))
        return std::optional<YearMonth>();
    return std::optional<YearMonth>(YearMonth::fromKey(static_cast<int>(query.integer(0))));
}

Result<QList<YearMonth>> ReportRepository::activityMonths()
{
    Query query(m_database, QStringLiteral("SELECT ym FROM activity_month ORDER BY ym"),
                Database::tr("listing the months with data"));
    if (Status s = query.exec(); !s)
        return s.error();
    QList<YearMonth> months;
    while (query.next())
        months.append(YearMonth::fromKey(static_cast<int>(query.integer(0))));
    return months;
}
