#include "FigureUpdater.h"

#include "calc/SavingsCalculator.h"
#include "db/Database.h"
#include "domain/Membership.h"
#include "repo/BorrowerRepository.h"
#include "repo/LoanRepository.h"
#include "repo/MoveRepository.h"
#include "repo/SavingsRepository.h"

#include <QSet>

#include <algorithm>

namespace {

/// The balance a group's kept rows stand for at the end of @p month: that of the last row on or before it.
Money savingsAt(const QList<SavingsMonth>& rows, YearMonth month)
{
    Money balance;
    for (const SavingsMonth& row : rows) {
        if (row.month > month)
            break;
        balance = row.balanceEnd;
    }
    return balance;
}

} // namespace

FigureUpdater::FigureUpdater(Database& database, YearMonth closedThrough)
    : m_database(database)
    , m_closedThrough(closedThrough)
    , m_figures(database)
{}

Status FigureUpdater::detachLoans(const QStringList& loanNos)
{
    for (const QString& loanNo : loanNos) {
        if (m_detached.contains(loanNo))
            continue;
        auto removed = m_figures.removeLoanMonths(loanNo);
        if (!removed)
            return removed.error();
        m_detached.insert(loanNo, std::move(removed).value());
    }
    return {};
}

void FigureUpdater::membershipsChanged()
{
    m_figures.forgetMemberships();
}

Status FigureUpdater::attach(const QString& loanNo, const LoanFacts& facts)
{
    const LoanCalculator::Months months = LoanCalculator(facts).months();
    if (m_closedThrough.isValid()) {
        const LoanCalculator::Months before = m_detached.value(loanNo);
        YearMonth first = m_closedThrough.next();
        if (!before.rows.isEmpty())
            first = std::min(first, before.rows.front().month);
        if (!months.rows.isEmpty())
            first = std::min(first, months.rows.front().month);
        for (YearMonth month = first; month <= m_closedThrough; month = month.next()) {
            if (before.at(month) != months.at(month))
                return Error::refused(
                    tr("the figures of loan %1 in %2 would change, and %2 is closed; post a "
                       "reversal dated in an open month instead")
                        .arg(loanNo, month.toDisplayString()));
        }
    }
    m_detached.remove(loanNo);
    return m_figures.addLoanMonths(loanNo, months);
}

Status FigureUpdater::attachLoans(const QStringList& loanNos)
{
    LoanRepository loans(m_database);
    constexpr qsizetype kBatch = 2000;
    for (qsizetype start = 0; start < loanNos.size(); start += kBatch) {
        const QStringList batch = loanNos.mid(start, kBatch);
        auto facts = loans.facts(batch);
        if (!facts)
            return facts.error();
        for (const QString& loanNo : batch) {
            const auto it = facts->constFind(loanNo);
            if (it == facts->cend())
                return Error::unusable(Database::tr("no loan %1 to update the figures of").arg(loanNo));
            if (Status s = attach(loanNo, *it); !s)
                return s;
        }
    }
    return {};
}

Status FigureUpdater::attachNewLoans(const QHash<QString, LoanFacts>& facts)
{
    QStringList loanNos = facts.keys();
    std::sort(loanNos.begin(), loanNos.end());
    for (const QString& loanNo : std::as_const(loanNos)) {
        if (Status s = attach(loanNo, facts.value(loanNo)); !s)
            return s;
    }
    return {};
}

Status FigureUpdater::refreshGroupSavings(const QStringList& groupCodes)
{
    if (groupCodes.isEmpty())
        return {};
    auto members = BorrowerRepository(m_database).membersEver(groupCodes);
    if (!members)
        return members.error();
    auto borrowers = BorrowerRepository(m_database).find(*members);
    if (!borrowers)
        return borrowers.error();
    auto moves = MoveRepository(m_database).of(*members);
    if (!moves)
        return moves.error();
    auto entries = SavingsRepository(m_database).of(*members);
    if (!entries)
        return entries.error();
    QHash<QString, QList<SavingsEntry>> entriesOf;
    for (const SavingsEntry& entry : std::as_const(*entries))
        entriesOf[entry.borrowerId].append(entry);

    // Every member, present or past, with the groups they were in.
    QHash<QString, QList<SavingsCalculator::Saver>> saversOf;
    for (const QString& id : std::as_const(*members)) {
        const Borrower borrower = borrowers->value(id);
        SavingsCalculator::Saver saver{SavingsLedger(entriesOf.value(id)),
                                       groupTimeline(borrower, moves->value(id))};
        QSet<QString> groups{saver.group.first()};
        for (const auto& change : saver.group.changes())
            groups.insert(change.second);
        for (const QString& group : std::as_const(groups)) {
            if (!group.isEmpty())
                saversOf[group].append(saver);
        }
    }
    for (const QString& code : groupCodes) {
        const QList<SavingsMonth> months = SavingsCalculator::groupMonths(code, saversOf.value(code));
        if (m_closedThrough.isValid()) {
            auto before = m_figures.groupSavings(code);
            if (!before)
                return before.error();
            YearMonth first = m_closedThrough.next();
            if (!before->isEmpty())
                first = std::min(first, before->front().month);
            if (!months.isEmpty())
                first = std::min(first, months.front().month);
            for (YearMonth month = first; month <= m_closedThrough; month = month.next()) {
                if (savingsAt(*before, month) != savingsAt(months, month))
                    return Error::refused(
                        tr("the savings of group %1 at the end of %2 would change, and %2 is "
                           "closed; post a reversal dated in an open month instead")
                            .arg(code, month.toDisplayString()));
            }
        }
        if (Status s = m_figures.replaceGroupSavings(code, months); !s)
            return s;
    }
    return {};
}

Status FigureUpdater::countDays(const ActivityRepository::Days& change)
{
    return ActivityRepository(m_database).add(change);
}

Status FigureUpdater::finish()
{
    if (!m_detached.isEmpty())
        return Error::unusable(
            tr("the figures of loan %1 were taken out and not put back").arg(m_detached.constBegin().key()));
    return m_figures.flushMonthTotals();
}
