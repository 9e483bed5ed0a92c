#include "FigureRepository.h"

#include "db/Query.h"

#include <algorithm>

namespace {

LoanMonth readLoanMonth(const Query& query)
{
    LoanMonth row;
    row.month = YearMonth::fromKey(static_cast<int>(query.integer(0)));
    row.outstandingStart = query.money(1);
    row.disbursed = query.money(2);
    row.collectedPrincipal = query.money(3);
    row.collectedInterest = query.money(4);
    row.outstandingEnd = query.money(5);
    row.overdue = query.money(6);
    row.frozen = query.money(7);
    for (int i = 0; i < kAgeBucketCount; ++i)
        row.ageing[static_cast<std::size_t>(i)] = query.money(8 + i);
    return row;
}

} // namespace

FigureRepository::FigureRepository(Database& database)
    : m_database(database)
{}

FigureRepository::~FigureRepository() = default;

namespace {

/// The columns of month_total after its key, in the order of readTotals and the upsert.
const QString kTotalColumns = QStringLiteral(
    "loans, outstanding_start, disbursed, collected_principal, collected_interest, outstanding_end, overdue, "
    "frozen, overdue_1_30, overdue_31_90, overdue_91_180, overdue_181_360, overdue_over_360");

Figures readTotals(const Query& query, int first)
{
    Figures f;
    f.loans = query.integer(first);
    f.outstandingStart = query.money(first + 1);
    f.disbursed = query.money(first + 2);
    f.collectedPrincipal = query.money(first + 3);
    f.collectedInterest = query.money(first + 4);
    f.outstandingEnd = query.money(first + 5);
    f.overdue = query.money(first + 6);
    f.frozen = query.money(first + 7);
    for (int i = 0; i < kAgeBucketCount; ++i)
        f.ageing[static_cast<std::size_t>(i)] = query.money(first + 8 + i);
    return f;
}

} // namespace

void FigureRepository::addRow(Figures& f, const LoanMonth& row, int sign)
{
    const auto add = [sign](Money& total, Money amount) { total += amount.multipliedBy(sign); };
    if (row.outstandingEnd.isPositive())
        f.loans += sign;
    add(f.outstandingStart, row.outstandingStart);
    add(f.disbursed, row.disbursed);
    add(f.collectedPrincipal, row.collectedPrincipal);
    add(f.collectedInterest, row.collectedInterest);
    add(f.outstandingEnd, row.outstandingEnd);
    add(f.overdue, row.overdue);
    add(f.frozen, row.frozen);
    for (std::size_t i = 0; i < f.ageing.size(); ++i)
        add(f.ageing[i], row.ageing[i]);
}

void FigureRepository::collect(const Timeline<TotalPlace>& places, const LoanMonth& row, int sign)
{
    const TotalPlace& place = places.at(row.month.lastDay());
    addRow(m_totalChanges[{row.month.key(), place.communeId, place.organizationId}], row, sign);
}

void FigureRepository::forgetMemberships()
{
    m_places.clear();
    m_anyMoves.reset();
}

Status FigureRepository::flushMonthTotals()
{
    if (m_totalChanges.isEmpty())
        return {};
    if (!m_upsertTotal) {
        QString update;
        for (const QString& column : kTotalColumns.split(QStringLiteral(", "))) {
            if (!update.isEmpty())
                update += QStringLiteral(", ");
            update +=
                column + QStringLiteral(" = month_total.") + column + QStringLiteral(" + excluded.") + column;
        }
        m_upsertTotal = std::make_unique<Query>(
            m_database,
            QStringLiteral("INSERT INTO month_total (ym, commune_id, organization_id, ") + kTotalColumns +
                QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT (ym, commune_id, organization_id) DO UPDATE SET ") +
                update,
            Database::tr("updating the month totals"));
    }
    for (auto it = m_totalChanges.cbegin(); it != m_totalChanges.cend(); ++it) {
        const Figures& f = it.value();
        if (f == Figures())
            continue;
        m_upsertTotal->bind(it.key().ym)
            .bind(it.key().communeId)
            .bind(it.key().organizationId)
            .bind(f.loans)
            .bind(f.outstandingStart)
            .bind(f.disbursed)
            .bind(f.collectedPrincipal)
            .bind(f.collectedInterest)
            .bind(f.outstandingEnd)
            .bind(f.overdue)
            .bind(f.frozen);
        for (const Money bucket : f.ageing)
            m_upsertTotal->bind(bucket);
        if (Status s = m_upsertTotal->exec(); !s)
            return s;
    }
    m_totalChanges.clear();
    return {};
}

Result<QHash<FigureRepository::TotalCell, Figures>> FigureRepository::storedMonthTotals()
{
    Query query(m_database,
                QStringLiteral("SELECT t.ym, c.code, COALESCE(o.code, 'DIRECT'), ") + kTotalColumns +
                    QStringLiteral(" FROM month_total t JOIN commune c ON c.id = t.commune_id "
                                   "LEFT JOIN organization o ON o.id = t.organization_id"),
                Database::tr("reading the month totals"));
    if (Status s = query.exec(); !s)
        return s.error();
    QHash<TotalCell, Figures> totals;
    while (query.next()) {
        // The kept totals of every column are what the month rows add to, so they may have come back to 0.
        totals.insert({static_cast<int>(query.integer(0)), query.text(1), query.text(2)},
                      readTotals(query, 3));
    }
    if (Status s = query.status(); !s)
        return s.error();
    return totals;
}

Result<FigureRepository::LoanRef> FigureRepository::lookUp(const QString& loanNo)
{
    if (!m_loanId)
        m_loanId = std::make_unique<Query>(
            m_database,
            QStringLiteral("SELECT id, borrower_id, horizon_ym, carries_forward FROM loan WHERE loan_no = ?"),
            Database::tr("looking up a loan"));
    m_loanId->bind(loanNo);
    if (Status s = m_loanId->exec(); !s)
        return s.error();
    if (!m_loanId->next())
        return Error::unusable(Database::tr("no loan %1 to update the figures of").arg(loanNo));
    LoanRef ref;
    ref.loanId = m_loanId->integer(0);
    ref.borrowerId = m_loanId->integer(1);
    ref.horizon = YearMonth::fromKey(static_cast<int>(m_loanId->integer(2)));
    ref.carriesForward = m_loanId->integer(3) != 0;
    m_loanId->finish();
    return ref;
}

Result<const Timeline<FigureRepository::TotalPlace>*> FigureRepository::placesOf(qint64 borrowerId)
{
    if (const auto it = m_places.find(borrowerId); it != m_places.end())
        return &it->second;
    if (!m_firstPlace) {
        m_firstPlace = std::make_unique<Query>(
            m_database,
            QStringLiteral("SELECT b.commune_id, COALESCE(g.organization_id, 0) FROM borrower b "
                           "LEFT JOIN savings_group g ON g.id = b.group_id WHERE b.id = ?"),
            Database::tr("looking up a borrower"));
        m_movedPlaces = std::make_unique<Query>(
            m_database,
            QStringLiteral(
                "SELECT m.on_date, m.commune_id, COALESCE(g.organization_id, 0) FROM borrower_move m "
                "LEFT JOIN savings_group g ON g.id = m.group_id WHERE m.borrower_id = ?"),
            Database::tr("reading the moves of a borrower"));
    }
    m_firstPlace->bind(borrowerId);
    if (Status s = m_firstPlace->exec(); !s)
        return s.error();
    if (!m_firstPlace->next())
        return Error::unusable(Database::tr("no borrower #%1 to total the figures under").arg(borrowerId));
    Timeline<TotalPlace> places({m_firstPlace->integer(0), m_firstPlace->integer(1)});
    m_firstPlace->finish();
    if (!m_anyMoves) {
        Query any(m_database, QStringLiteral("SELECT EXISTS (SELECT 1 FROM borrower_move)"),
                  Database::tr("reading the moves"));
        if (Status s = any.exec(); !s)
            return s.error();
        m_anyMoves = any.next() && any.integer(0) != 0;
    }
    if (*m_anyMoves) {
        m_movedPlaces->bind(borrowerId);
        if (Status s = m_movedPlaces->exec(); !s)
            return s.error();
        while (m_movedPlaces->next())
            places.setFrom(m_movedPlaces->date(0), {m_movedPlaces->integer(1), m_movedPlaces->integer(2)});
        if (Status s = m_movedPlaces->status(); !s)
            return s.error();
        m_movedPlaces->finish();
    }
    return &m_places.emplace(borrowerId, std::move(places)).first->second;
}

Result<LoanCalculator::Months> FigureRepository::removeLoanMonths(const QString& loanNo)
{
    auto ref = lookUp(loanNo);
    if (!ref)
        return ref.error();
    auto places = placesOf(ref->borrowerId);
    if (!places)
        return places.error();
    if (!m_deleteMonths)
        // The removed rows come back so that the month totals lose what they added.
        m_deleteMonths = std::make_unique<Query>(
            m_database,
            QStringLiteral(
                "DELETE FROM loan_month WHERE loan_id = ? RETURNING ym, outstanding_start, disbursed, "
                "collected_principal, collected_interest, outstanding_end, overdue, frozen, "
                "overdue_1_30, overdue_31_90, overdue_91_180, overdue_181_360, overdue_over_360"),
            Database::tr("updating the figures of a loan"));
    LoanCalculator::Months removed;
    removed.horizon = ref->horizon;
    removed.carriesForward = ref->carriesForward;
    m_deleteMonths->bind(ref->loanId);
    if (Status s = m_deleteMonths->exec(); !s)
        return s.error();
    while (m_deleteMonths->next()) {
        const LoanMonth old = readLoanMonth(*m_deleteMonths);
        collect(**places, old, -1);
        removed.rows.append(old);
    }
    if (Status s = m_deleteMonths->status(); !s)
        return s.error();
    m_deleteMonths->finish();
    std::sort(removed.rows.begin(), removed.rows.end(),
              [](const LoanMonth& a, const LoanMonth& b) { return a.month < b.month; });
    return removed;
}

Status FigureRepository::addLoanMonths(const QString& loanNo, const LoanCalculator::Months& months)
{
    auto ref = lookUp(loanNo);
    if (!ref)
        return ref.error();
    auto places = placesOf(ref->borrowerId);
    if (!places)
        return places.error();
    if (!m_insertMonth) {
        m_insertMonth = std::make_unique<Query>(
            m_database,
            QStringLiteral(
                "INSERT INTO loan_month (ym, loan_id, outstanding_start, disbursed, collected_principal, "
                "collected_interest, outstanding_end, overdue, frozen, overdue_1_30, overdue_31_90, "
                "overdue_91_180, overdue_181_360, overdue_over_360) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            Database::tr("updating the figures of a loan"));
        m_updateLoan = std::make_unique<Query>(
            m_database, QStringLiteral("UPDATE loan SET horizon_ym = ?, carries_forward = ? WHERE id = ?"),
            Database::tr("updating the figures of a loan"));
    }
    for (const LoanMonth& row : months.rows) {
        collect(**places, row, 1);
        m_insertMonth->bind(row.month.key())
            .bind(ref->loanId)
            .bind(row.outstandingStart)
            .bind(row.disbursed)
            .bind(row.collectedPrincipal)
            .bind(row.collectedInterest)
            .bind(row.outstandingEnd)
            .bind(row.overdue)
            .bind(row.frozen);
        for (const Money bucket : row.ageing)
            m_insertMonth->bind(bucket);
        if (Status s = m_insertMonth->exec(); !s)
            return s;
    }
    m_updateLoan->bind(months.horizon.key()).bind(months.carriesForward ? 1 : 0).bind(ref->loanId);
    return m_updateLoan->exec();
}

Status FigureRepository::replaceGroupSavings(const QString& groupCode, const QList<SavingsMonth>& months)
{
    Query groupId(m_database, QStringLiteral("SELECT id FROM savings_group WHERE code = ?"),
                  Database::tr("looking up a group"));
    groupId.bind(groupCode);
    if (Status s = groupId.exec(); !s)
        return s;
    if (!groupId.next())
        return Error::unusable(Database::tr("no group %1 to update the savings of").arg(groupCode));
    const qint64 id = groupId.integer(0);
    Query remove(m_database, QStringLiteral("DELETE FROM group_savings_month WHERE group_id = ?"),
                 Database::tr("updating the savings of a group"));
    remove.bind(id);
    if (Status s = remove.exec(); !s)
        return s;
    Query insert(
        m_database,
        QStringLiteral("INSERT INTO group_savings_month (group_id, ym, balance_end) VALUES (?, ?, ?)"),
        Database::tr("updating the savings of a group"));
    for (const SavingsMonth& month : months) {
        insert.bind(id).bind(month.month.key()).bind(month.balanceEnd);
        if (Status s = insert.exec(); !s)
            return s;
    }
    return {};
}

Result<FigureRepository::StoredLoanMonths> FigureRepository::loanMonths(const QString& loanNo)
{
    if (!m_readMonths) {
        m_readMonths = std::make_unique<Query>(
            m_database,
            QStringLiteral(
                "SELECT m.ym, m.outstanding_start, m.disbursed, m.collected_principal, "
                "m.collected_interest, m.outstanding_end, m.overdue, m.frozen, m.overdue_1_30, "
                "m.overdue_31_90, m.overdue_91_180, m.overdue_181_360, m.overdue_over_360 "
                "FROM loan_month m JOIN loan l ON l.id = m.loan_id WHERE l.loan_no = ? ORDER BY m.ym"),
            Database::tr("reading the figures of a loan"));
        m_readHorizon = std::make_unique<Query>(
            m_database, QStringLiteral("SELECT horizon_ym, carries_forward FROM loan WHERE loan_no = ?"),
            Database::tr("reading the figures of a loan"));
    }
    StoredLoanMonths stored;
    m_readMonths->bind(loanNo);
    if (Status s = m_readMonths->exec(); !s)
        return s.error();
    while (m_readMonths->next())
        stored.rows.append(readLoanMonth(*m_readMonths));
    m_readMonths->finish();
    m_readHorizon->bind(loanNo);
    if (Status s = m_readHorizon->exec(); !s)
        return s.error();
    if (m_readHorizon->next()) {
        stored.horizon = YearMonth::fromKey(static_cast<int>(m_readHorizon->integer(0)));
        stored.carriesForward = m_readHorizon->integer(1) != 0;
    }
    m_readHorizon->finish();
    return stored;
}

Result<QList<FigureRepository::SavingsMonth>> FigureRepository::groupSavings(const QString& groupCode)
{
    Query query(m_database,
                QStringLiteral("SELECT s.ym, s.balance_end FROM group_savings_month s "
                               "JOIN savings_group g ON g.id = s.group_id WHERE g.code = ? ORDER BY s.ym"),
                Database::tr("reading the savings of a group"));
    query.bind(groupCode);
    if (Status s = query.exec(); !s)
        return s.error();
    QList<SavingsMonth> months;
    while (query.next())
        months.append({YearMonth::fromKey(static_cast<int>(query.integer(0))), query.money(1)});
    return months;
}
