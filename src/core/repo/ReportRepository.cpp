#include "ReportRepository.h"

#include "SelectionSql.h"
#include "db/Query.h"

namespace {

using SelectionSql::bindFilter;
using SelectionSql::bindSelection;
using SelectionSql::filterCondition;
using SelectionSql::selectionCondition;

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

/// The loans of the positions with their program and their borrower's membership at a day bound after the
/// positions' months (SelectionSql::membershipJoins).
const QString kJoins = QStringLiteral("FROM pos m "
                                      "JOIN loan l ON l.id = m.loan_id "
                                      "JOIN program p ON p.id = l.program_id "
                                      "JOIN borrower b ON b.id = l.borrower_id") +
                       SelectionSql::membershipJoins();

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
                                 "JOIN (SELECT x.group_id, MAX(x.ym) AS ym FROM group_savings_month x "
                                 "WHERE x.ym <= ? GROUP BY x.group_id) latest ON latest.group_id = g.id "
                                 "JOIN group_savings_month s ON s.group_id = g.id AND s.ym = latest.ym "
                                 "WHERE 1 = 1");
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

Result<QList<LoanLine>> ReportRepository::loanLines(YearMonth month, const PortfolioSelection& selection)
{
    Query query(
        m_database,
        kPositions +
            QStringLiteral("SELECT l.loan_no, b.code, b.full_name, p.code, c.code, c.name, "
                           "COALESCE(o.code, 'DIRECT'), COALESCE(g.code, 'DIRECT'), COALESCE(g.name, ''), "
                           "l.amount, l.disbursed_on, l.maturity_on, l.frozen_on, "
                           "m.outstanding_start, m.disbursed, m.collected_principal, m.collected_interest, "
                           "m.outstanding_end, m.overdue, m.frozen, m.overdue_1_30, m.overdue_31_90, "
                           "m.overdue_91_180, m.overdue_181_360, m.overdue_over_360 ") +
            kJoins + QStringLiteral("WHERE 1 = 1") + selectionCondition(selection) +
            QStringLiteral(" ORDER BY l.loan_no"),
        Database::tr("listing the loans of %1").arg(month.toIsoString()));
    query.bind(month.key()).bind(month.key());
    SelectionSql::bindMembershipDay(query, month.lastDay());
    bindSelection(query, selection);
    if (Status s = query.exec(); !s)
        return s.error();
    QList<LoanLine> lines;
    while (query.next()) {
        LoanLine line;
        line.loanNo = query.text(0);
        line.borrowerId = query.text(1);
        line.borrowerName = query.text(2);
        line.programCode = query.text(3);
        line.communeCode = query.text(4);
        line.communeName = query.text(5);
        line.organizationCode = query.text(6);
        line.groupCode = query.text(7);
        line.groupName = query.text(8);
        line.amount = query.money(9);
        line.disbursedOn = query.date(10);
        line.maturityOn = query.date(11);
        line.frozenOn = query.optionalDate(12);
        LoanMonth& f = line.figures;
        f.month = month;
        f.outstandingStart = query.money(13);
        f.disbursed = query.money(14);
        f.collectedPrincipal = query.money(15);
        f.collectedInterest = query.money(16);
        f.outstandingEnd = query.money(17);
        f.overdue = query.money(18);
        f.frozen = query.money(19);
        for (int i = 0; i < kAgeBucketCount; ++i)
            f.ageing[static_cast<std::size_t>(i)] = query.money(20 + i);
        lines.append(line);
    }
    return lines;
}

Result<QList<std::pair<YearMonth, Figures>>> ReportRepository::monthTotals(YearMonth from, YearMonth to,
                                                                           const PortfolioFilter& filter)
{
    QList<std::pair<YearMonth, Figures>> totals;
    if (to < from)
        return totals;
    for (YearMonth month = from; month <= to; month = month.next())
        totals.append({month, Figures()});
    const auto at = [&](int key) -> Figures& {
        return totals[from.monthsTo(YearMonth::fromKey(key))].second;
    };

    // The kept month totals: every loan_month row summed by month, commune and organisation.
    Query kept(
        m_database,
        QStringLiteral("SELECT t.ym, CAST(SUM(t.loans) AS BIGINT), CAST(SUM(t.outstanding_start) AS BIGINT), "
                       "CAST(SUM(t.disbursed) AS BIGINT), CAST(SUM(t.collected_principal) AS BIGINT), "
                       "CAST(SUM(t.collected_interest) AS BIGINT), CAST(SUM(t.outstanding_end) AS BIGINT), "
                       "CAST(SUM(t.overdue) AS BIGINT), CAST(SUM(t.frozen) AS BIGINT), "
                       "CAST(SUM(t.overdue_1_30) AS BIGINT), CAST(SUM(t.overdue_31_90) AS BIGINT), "
                       "CAST(SUM(t.overdue_91_180) AS BIGINT), CAST(SUM(t.overdue_181_360) AS BIGINT), "
                       "CAST(SUM(t.overdue_over_360) AS BIGINT) FROM month_total t "
                       "JOIN commune c ON c.id = t.commune_id "
                       "LEFT JOIN organization o ON o.id = t.organization_id "
                       "WHERE t.ym >= ? AND t.ym <= ?") +
            filterCondition(filter) + QStringLiteral(" GROUP BY t.ym"),
        Database::tr("reading the month totals from %1 to %2").arg(from.toIsoString(), to.toIsoString()));
    kept.bind(from.key()).bind(to.key());
    bindFilter(kept, filter);
    if (Status s = kept.exec(); !s)
        return s.error();
    while (kept.next()) {
        Figures& f = at(static_cast<int>(kept.integer(0)));
        f.loans = kept.integer(1);
        f.outstandingStart = kept.money(2);
        f.disbursed = kept.money(3);
        f.collectedPrincipal = kept.money(4);
        f.collectedInterest = kept.money(5);
        f.outstandingEnd = kept.money(6);
        f.overdue = kept.money(7);
        f.frozen = kept.money(8);
        for (int i = 0; i < kAgeBucketCount; ++i)
            f.ageing[static_cast<std::size_t>(i)] = kept.money(9 + i);
    }

    // Loans whose balance carries forward past their last row count that row in every later month, under
    // their borrower's latest membership (a loan's rows run at least to the month of its borrower's last
    // move).
    Query carried(
        m_database,
        QStringLiteral("SELECT l.horizon_ym, m.outstanding_end, m.overdue, m.frozen, m.overdue_1_30, "
                       "m.overdue_31_90, m.overdue_91_180, m.overdue_181_360, m.overdue_over_360 "
                       "FROM loan l JOIN loan_month m ON m.loan_id = l.id AND m.ym = l.horizon_ym "
                       "JOIN borrower b ON b.id = l.borrower_id") +
            SelectionSql::membershipJoins() +
            QStringLiteral("WHERE l.carries_forward = 1 AND l.horizon_ym < ?") + filterCondition(filter),
        Database::tr("reading the month totals from %1 to %2").arg(from.toIsoString(), to.toIsoString()));
    SelectionSql::bindMembershipDay(carried, to.lastDay());
    carried.bind(to.key());
    bindFilter(carried, filter);
    if (Status s = carried.exec(); !s)
        return s.error();
    while (carried.next()) {
        const YearMonth horizon = YearMonth::fromKey(static_cast<int>(carried.integer(0)));
        const Money outstanding = carried.money(1);
        const Money overdue = carried.money(2);
        const Money frozen = carried.money(3);
        AgeBuckets ageing{};
        for (int i = 0; i < kAgeBucketCount; ++i)
            ageing[static_cast<std::size_t>(i)] = carried.money(4 + i);
        for (YearMonth month = std::max(from, horizon.next()); month <= to; month = month.next()) {
            Figures& f = at(month.key());
            if (outstanding.isPositive())
                ++f.loans;
            f.outstandingStart += outstanding;
            f.outstandingEnd += outstanding;
            f.overdue += overdue;
            f.frozen += frozen;
            for (std::size_t i = 0; i < ageing.size(); ++i)
                f.ageing[i] += ageing[i];
        }
    }
    return totals;
}

Result<ReportRepository::KeyDirectory> ReportRepository::keyDirectory(const QDate& day)
{
    KeyDirectory directory;
    Query programs(m_database, QStringLiteral("SELECT id, code FROM program"),
                   Database::tr("reading the program catalogue"));
    if (Status s = programs.exec(); !s)
        return s.error();
    while (programs.next())
        directory.programs.insert(programs.integer(0), programs.text(1));
    Query communes(m_database, QStringLiteral("SELECT id, code FROM commune"),
                   Database::tr("listing the communes"));
    if (Status s = communes.exec(); !s)
        return s.error();
    while (communes.next())
        directory.communes.insert(communes.integer(0), communes.text(1));
    Query groups(m_database,
                 QStringLiteral("SELECT g.id, g.code, o.code, g.commune_id FROM savings_group g "
                                "JOIN organization o ON o.id = g.organization_id"),
                 Database::tr("listing the groups"));
    if (Status s = groups.exec(); !s)
        return s.error();
    while (groups.next()) {
        directory.groups.insert(groups.integer(0), groups.text(1));
        directory.groupOrganizations.insert(groups.integer(0), groups.text(2));
        directory.groupCommunes.insert(groups.integer(0), groups.integer(3));
    }
    Query highest(m_database, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM borrower"),
                  Database::tr("listing borrowers"));
    if (Status s = highest.exec(); !s)
        return s.error();
    const qint64 maxId = highest.next() ? highest.integer(0) : 0;
    if (maxId > 100'000'000)
        return Error::unusable(Database::tr("the borrower ids of %1 are not dense").arg(m_database.path()));
    directory.borrowers.assign(static_cast<std::size_t>(maxId) + 1, KeyDirectory::BorrowerKeys());
    Query borrowers(m_database, QStringLiteral("SELECT id, commune_id, COALESCE(group_id, 0) FROM borrower"),
                    Database::tr("listing borrowers"));
    if (Status s = borrowers.exec(); !s)
        return s.error();
    while (borrowers.next())
        directory.borrowers[static_cast<std::size_t>(borrowers.integer(0))] = {borrowers.integer(1),
                                                                               borrowers.integer(2)};
    // Moves dated on or before the day, in date order: the last one of a borrower is their membership then.
    Query moves(m_database,
                QStringLiteral("SELECT borrower_id, commune_id, COALESCE(group_id, 0) FROM borrower_move "
                               "WHERE on_date <= ? ORDER BY borrower_id, on_date"),
                Database::tr("reading the moves"));
    moves.bind(day);
    if (Status s = moves.exec(); !s)
        return s.error();
    while (moves.next()) {
        const auto id = static_cast<std::size_t>(moves.integer(0));
        if (id < directory.borrowers.size())
            directory.borrowers[id] = {moves.integer(1), moves.integer(2)};
    }
    if (Status s = moves.status(); !s)
        return s.error();
    return directory;
}

Result<QList<ReportRepository::Position>> ReportRepository::monthPositions(YearMonth month)
{
    // The same positions as kPositions, read in two plain statements (no materialised union): the rows of the
    // month, then the last row of every loan whose balance carries forward past an earlier horizon.
    const QString columns = QStringLiteral(
        "m.overdue, m.frozen, m.overdue_1_30, m.overdue_31_90, m.overdue_91_180, m.overdue_181_360, "
        "m.overdue_over_360 ");
    Query explicitRows(m_database,
                       QStringLiteral("SELECT l.program_id, l.borrower_id, m.outstanding_start, m.disbursed, "
                                      "m.collected_principal, m.collected_interest, m.outstanding_end, ") +
                           columns +
                           QStringLiteral("FROM loan_month m JOIN loan l ON l.id = m.loan_id WHERE m.ym = ?"),
                       Database::tr("reading the figures of %1").arg(month.toIsoString()));
    Query carriedRows(
        m_database,
        QStringLiteral("SELECT l.program_id, l.borrower_id, m.outstanding_end, 0, 0, 0, "
                       "m.outstanding_end, ") +
            columns +
            QStringLiteral("FROM loan l JOIN loan_month m ON m.loan_id = l.id AND m.ym = l.horizon_ym "
                           "WHERE l.carries_forward = 1 AND l.horizon_ym < ?"),
        Database::tr("reading the figures of %1").arg(month.toIsoString()));
    QList<Position> positions;
    for (Query* query : {&explicitRows, &carriedRows}) {
        query->bind(month.key());
        if (Status s = query->exec(); !s)
            return s.error();
        while (query->next()) {
            Position& position = positions.emplace_back();
            position.programId = query->integer(0);
            position.borrowerId = query->integer(1);
            LoanMonth& f = position.figures;
            f.month = month;
            f.outstandingStart = query->money(2);
            f.disbursed = query->money(3);
            f.collectedPrincipal = query->money(4);
            f.collectedInterest = query->money(5);
            f.outstandingEnd = query->money(6);
            f.overdue = query->money(7);
            f.frozen = query->money(8);
            for (int i = 0; i < kAgeBucketCount; ++i)
                f.ageing[static_cast<std::size_t>(i)] = query->money(9 + i);
        }
    }
    return positions;
}

Result<QList<ReportRepository::LoanKeys>> ReportRepository::loansAt(const QDate& day,
                                                                    const PortfolioFilter& filter)
{
    const YearMonth month = YearMonth::fromDate(day);
    Query query(m_database,
                kPositions +
                    QStringLiteral("SELECT l.loan_no, p.code, c.code, COALESCE(o.code, 'DIRECT'), "
                                   "COALESCE(g.code, 'DIRECT'), b.code ") +
                    kJoins + QStringLiteral("WHERE 1 = 1") + filterCondition(filter),
                Database::tr("listing the loans of %1").arg(month.toIsoString()));
    query.bind(month.key()).bind(month.key());
    SelectionSql::bindMembershipDay(query, day);
    bindFilter(query, filter);
    if (Status s = query.exec(); !s)
        return s.error();
    QList<LoanKeys> loans;
    while (query.next())
        loans.append(
            {query.text(0), query.text(1), query.text(2), query.text(3), query.text(4), query.text(5)});
    return loans;
}
