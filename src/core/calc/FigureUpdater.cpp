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

/// Borrowers read and computed at once: enough to batch the reads, few enough to keep memory small.
constexpr qsizetype kBorrowersPerPart = 2000;
/// Cells collected before they are written out.
constexpr qsizetype kCellsBeforeFlush = 200'000;

} // namespace

FigureUpdater::FigureUpdater(Database& database, YearMonth closedThrough)
    : m_database(database)
    , m_closedThrough(closedThrough)
    , m_figures(database)
{}

Status FigureUpdater::forEachBorrower(Database& database, FigureRepository& figures,
                                      const QStringList& borrowerIds,
                                      const QHash<QString, LoanFacts>& inMemory, const Visit& visit)
{
    LoanRepository loans(database);
    for (qsizetype start = 0; start < borrowerIds.size(); start += kBorrowersPerPart) {
        auto part = loans.loansByBorrower(borrowerIds.mid(start, kBorrowersPerPart));
        if (!part)
            return part.error();
        QStringList toRead;
        for (const LoanRepository::BorrowerLoans& borrower : std::as_const(*part)) {
            for (const auto& loan : borrower.loans) {
                if (!inMemory.contains(loan.first))
                    toRead.append(loan.first);
            }
        }
        auto stored = loans.facts(toRead);
        if (!stored)
            return stored.error();
        for (const LoanRepository::BorrowerLoans& borrower : std::as_const(*part)) {
            auto places = figures.placesOf(borrower.borrowerKey);
            if (!places)
                return places.error();
            QList<KeptTotals::Loan> computed;
            for (const auto& [loanNo, programId] : borrower.loans) {
                const auto memory = inMemory.constFind(loanNo);
                LoanFacts facts = memory != inMemory.cend() ? *memory : stored->value(loanNo);
                facts.lastMoveOn = places->lastChange();
                computed.append({loanNo, programId, LoanCalculator(std::move(facts)).months()});
            }
            if (Status s = visit(borrower.borrowerId, computed, *places); !s)
                return s;
        }
    }
    return {};
}

Status FigureUpdater::flushIfLarge()
{
    if (m_change.cellCount() < kCellsBeforeFlush)
        return {};
    if (Status s = m_figures.addTotals(m_change); !s)
        return s;
    m_change.clear();
    return {};
}

Status FigureUpdater::detachBorrowers(const QStringList& borrowerIds)
{
    QStringList fresh;
    for (const QString& id : borrowerIds) {
        if (!m_detached.contains(id))
            fresh.append(id);
    }
    return forEachBorrower(m_database, m_figures, fresh, {},
                           [this](const QString& borrowerId, const QList<KeptTotals::Loan>& loans,
                                  const Timeline<TotalPlace>& places) {
                               m_detached.insert(borrowerId);
                               for (const KeptTotals::Loan& loan : loans) {
                                   // Only what the guard of the closed months and the horizon need.
                                   LoanCalculator::Months kept = loan.months;
                                   kept.rows.removeIf([this](const LoanMonth& row) {
                                       return !m_closedThrough.isValid() || row.month > m_closedThrough;
                                   });
                                   m_before.insert(loan.loanNo, std::move(kept));
                               }
                               m_change.addBorrower(loans, places, -1);
                               return flushIfLarge();
                           });
}

Status FigureUpdater::attachBorrowers(const QStringList& borrowerIds,
                                      const QHash<QString, LoanFacts>& inMemory)
{
    m_figures.forgetMoves(); // the change may have stored the first move
    return forEachBorrower(
        m_database, m_figures, borrowerIds, inMemory,
        [this](const QString& borrowerId, const QList<KeptTotals::Loan>& loans,
               const Timeline<TotalPlace>& places) -> Status {
            m_detached.remove(borrowerId);
            for (const KeptTotals::Loan& loan : loans) {
                const auto stored = m_before.constFind(loan.loanNo);
                const LoanCalculator::Months before =
                    stored != m_before.cend() ? *stored : LoanCalculator::Months();
                const LoanCalculator::Months& after = loan.months;
                if (m_closedThrough.isValid()) {
                    YearMonth first = m_closedThrough.next();
                    if (!before.rows.isEmpty())
                        first = std::min(first, before.rows.front().month);
                    if (!after.rows.isEmpty())
                        first = std::min(first, after.rows.front().month);
                    for (YearMonth month = first; month <= m_closedThrough; month = month.next()) {
                        if (before.at(month) != after.at(month))
                            return Error::refused(
                                tr("the figures of loan %1 in %2 would change, and %2 is closed; post a "
                                   "reversal dated in an open month instead")
                                    .arg(loan.loanNo, month.toDisplayString()));
                    }
                }
                if (stored == m_before.cend() || before.horizon != after.horizon ||
                    before.carriesForward != after.carriesForward) {
                    if (Status s = m_figures.setHorizon(loan.loanNo, after.horizon, after.carriesForward); !s)
                        return s;
                }
            }
            m_change.addBorrower(loans, places, 1);
            return flushIfLarge();
        });
}

Result<QHash<QString, QList<SavingsMonth>>> FigureUpdater::computeGroupSavings(Database& database,
                                                                               const QStringList& groupCodes)
{
    QHash<QString, QList<SavingsMonth>> months;
    if (groupCodes.isEmpty())
        return months;
    BorrowerRepository borrowerRepo(database);
    auto members = borrowerRepo.membersEver(groupCodes);
    if (!members)
        return members.error();
    auto borrowers = borrowerRepo.find(*members);
    if (!borrowers)
        return borrowers.error();
    auto moves = MoveRepository(database).of(*members);
    if (!moves)
        return moves.error();
    auto entries = SavingsRepository(database).of(*members);
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
    for (const QString& code : groupCodes)
        months.insert(code, SavingsCalculator::groupMonths(code, saversOf.value(code)));
    return months;
}

Status FigureUpdater::refreshGroupSavings(const QStringList& groupCodes)
{
    auto computed = computeGroupSavings(m_database, groupCodes);
    if (!computed)
        return computed.error();
    for (const QString& code : groupCodes) {
        const QList<SavingsMonth> months = computed->value(code);
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
            tr("the figures of borrower %1 were taken out and not put back").arg(*m_detached.constBegin()));
    if (Status s = m_figures.addTotals(m_change); !s)
        return s;
    m_change.clear();
    return {};
}

Status FigureUpdater::computeAll(Database& database, const std::function<Status(const KeptTotals&)>& visit,
                                 const LoanVisit& eachLoan)
{
    auto borrowers = LoanRepository(database).borrowersWithLoans();
    if (!borrowers)
        return borrowers.error();
    return computeFor(database, *borrowers, visit, eachLoan);
}

Status FigureUpdater::computeFor(Database& database, const QStringList& borrowerIds,
                                 const std::function<Status(const KeptTotals&)>& visit,
                                 const LoanVisit& eachLoan)
{
    FigureRepository figures(database);
    for (qsizetype start = 0; start < borrowerIds.size(); start += kBorrowersPerPart) {
        KeptTotals part;
        const Status s =
            forEachBorrower(database, figures, borrowerIds.mid(start, kBorrowersPerPart), {},
                            [&part, &eachLoan](const QString&, const QList<KeptTotals::Loan>& loans,
                                               const Timeline<TotalPlace>& places) -> Status {
                                part.addBorrower(loans, places, 1);
                                if (eachLoan) {
                                    for (const KeptTotals::Loan& loan : loans) {
                                        if (Status told = eachLoan(loan); !told)
                                            return told;
                                    }
                                }
                                return {};
                            });
        if (!s)
            return s;
        if (Status v = visit(part); !v)
            return v;
    }
    return {};
}

Status FigureUpdater::rebuildTotals(Database& database)
{
    FigureRepository figures(database);
    if (Status s = figures.clearTotals(); !s)
        return s;
    // Neighbouring borrowers share most cells: collected over many parts, each cell is written a few times,
    // not once per part.
    KeptTotals collected;
    if (Status s = computeAll(
            database,
            [&figures, &collected](const KeptTotals& part) -> Status {
                collected.add(part);
                if (collected.cellCount() < kCellsBeforeFlush)
                    return {};
                Status written = figures.addTotals(collected);
                collected.clear();
                return written;
            },
            [&figures](const KeptTotals::Loan& loan) {
                return figures.setHorizon(loan.loanNo, loan.months.horizon, loan.months.carriesForward);
            });
        !s)
        return s;
    return figures.addTotals(collected);
}
