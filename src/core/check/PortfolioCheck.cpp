#include "PortfolioCheck.h"

#include "calc/FigureUpdater.h"
#include "calc/LoanCalculator.h"
#include "calc/SavingsCalculator.h"
#include "db/Database.h"
#include "domain/Dates.h"
#include "domain/Membership.h"
#include "repo/ActivityRepository.h"
#include "repo/BorrowerRepository.h"
#include "repo/ClosingRepository.h"
#include "repo/CommuneRepository.h"
#include "repo/FigureRepository.h"
#include "repo/GroupRepository.h"
#include "repo/HealthRepository.h"
#include "repo/LoanRepository.h"
#include "repo/MoveRepository.h"
#include "repo/ReferenceRepository.h"
#include "repo/RepaymentRepository.h"
#include "repo/ReportRepository.h"
#include "repo/SavingsRepository.h"
#include "report/MonthSummaries.h"
#include "report/ReportBuilder.h"
#include "validation/RecordSet.h"

#include <QMap>
#include <tuple>

namespace {

/// Borrowers read and checked at a time.
constexpr qsizetype kPart = 2'000;

void addProblems(QStringList& violations, const QString& what, const FieldProblems& problems)
{
    for (const FieldProblem& problem : problems)
        violations.append(QStringLiteral("%1: %2: %3").arg(what, problem.field, problem.message));
}

} // namespace

Result<PortfolioCheck::Outcome> PortfolioCheck::run(Database& database)
{
    Outcome outcome;
    HealthRepository health(database);

    // The file.
    auto integrity = health.integrityProblems();
    if (!integrity)
        return integrity.error();
    outcome.checked.append(
        tr("file integrity (SQLite integrity_check): %1")
            .arg(integrity->isEmpty() ? tr("ok") : tr("problems found: %1").arg(integrity->size())));
    for (const QString& problem : *integrity)
        outcome.violations.append(tr("integrity: %1").arg(problem));

    const int version = database.schemaVersion();
    outcome.checked.append(
        tr("schema version: %1 (this program: %2)").arg(version).arg(Database::currentSchemaVersion()));
    if (version != Database::currentSchemaVersion())
        outcome.violations.append(
            tr("schema version %1 is not the current %2").arg(version).arg(Database::currentSchemaVersion()));

    auto foreignKeys = health.foreignKeyProblems();
    if (!foreignKeys)
        return foreignKeys.error();
    outcome.checked.append(
        tr("references (foreign_key_check): %1")
            .arg(foreignKeys->isEmpty() ? tr("ok") : tr("problems found: %1").arg(foreignKeys->size())));
    for (const QString& problem : *foreignKeys)
        outcome.violations.append(tr("references: %1").arg(problem));

    auto communes = CommuneRepository(database).all();
    auto groups = GroupRepository(database).all();
    if (!communes)
        return communes.error();
    if (!groups)
        return groups.error();
    ActivityRepository::Days countedDays; // the days with data, counted again from the records
    if (Status s = checkRules(database, *communes, *groups, outcome, countedDays); !s)
        return s.error();
    if (Status s = checkGroupSavings(database, *groups, outcome); !s)
        return s.error();
    if (Status s = checkKeptTotals(database, outcome); !s)
        return s.error();

    // The days with data, counted again from the records; the closed months, in order from the first month
    // with data.
    const qsizetype beforeDays = outcome.violations.size();
    ActivityRepository activity(database);
    auto storedDays = activity.stored();
    if (!storedDays)
        return storedDays.error();
    if (*storedDays != countedDays)
        outcome.violations.append(tr("the kept count of records per day differs from the records"));
    auto span = activity.span();
    if (!span)
        return span.error();
    auto closed = ClosingRepository(database).all();
    if (!closed)
        return closed.error();
    for (qsizetype i = 0; i < closed->size(); ++i) {
        const YearMonth month = closed->at(i).month;
        const YearMonth expected = i == 0 ? span->firstMonth() : closed->at(i - 1).month.next();
        if (!span->contains(month) || month != expected) {
            outcome.violations.append(tr("closed month %1 does not follow the months with data in order")
                                          .arg(month.toDisplayString()));
            break;
        }
    }
    outcome.checked.append(tr("months with data %1, closed months %2: %3")
                               .arg(span->isEmpty() ? tr("none")
                                                    : tr("%1 to %2")
                                                          .arg(span->firstMonth().toDisplayString(),
                                                               span->lastMonth().toDisplayString()),
                                    closed->isEmpty() ? tr("none")
                                                      : tr("%1 to %2")
                                                            .arg(closed->front().month.toDisplayString(),
                                                                 closed->back().month.toDisplayString()),
                                    verdict(outcome, beforeDays)));

    // The summary identity of every row of every breakdown for every month with data.
    const qsizetype beforeIdentity = outcome.violations.size();
    const QList<YearMonth> months = span->months();
    ReportBuilder builder(database);
    for (const YearMonth& month : months) {
        auto summaries = builder.monthSummaries(month);
        if (!summaries)
            return summaries.error();
        for (const ReportTable* table : {&summaries->byProgram, &summaries->byCommune,
                                         &summaries->byOrganization, &summaries->byGroup}) {
            QList<ReportRow> rows = table->rows;
            rows.append(table->total);
            for (const ReportRow& row : rows) {
                const Figures& f = row.figures;
                if (f.outstandingEnd != f.outstandingStart + f.disbursed - f.collectedPrincipal)
                    outcome.violations.append(
                        tr("summary %1 by %2, %3: outstanding at the end %4 is not %5 + %6 − %7")
                            .arg(month.toIsoString(), breakdownCode(table->by), row.key,
                                 f.outstandingEnd.toPlainString(), f.outstandingStart.toPlainString(),
                                 f.disbursed.toPlainString(), f.collectedPrincipal.toPlainString()));
            }
        }
    }
    outcome.checked.append(
        tr("summary identity for %1 months with data, by program, commune, organisation and "
           "group: %2")
            .arg(months.size())
            .arg(verdict(outcome, beforeIdentity)));
    return outcome;
}

QString PortfolioCheck::verdict(const Outcome& outcome, qsizetype before)
{
    return outcome.violations.size() == before ? tr("ok")
                                               : tr("violations: %1").arg(outcome.violations.size() - before);
}

Status PortfolioCheck::checkRules(Database& database, const QList<Commune>& communes,
                                  const QList<Group>& groups, Outcome& outcome,
                                  ActivityRepository::Days& countedDays)
{
    // The rules of domain.md §4 on everything stored, borrower after borrower in parts of kPart: every record
    // but the communes and groups belongs to a borrower (the references were checked above), so that memory
    // stays that of one part whatever the size of the file.
    RecordSet records;
    auto catalogue = ReferenceRepository(database).catalogue();
    if (!catalogue)
        return catalogue.error();
    records.setCatalogue(*catalogue);
    for (const Commune& c : communes)
        records.communes.insert(c.code, c);
    for (const Group& g : groups)
        records.groups.insert(g.code, g);
    BorrowerRepository borrowerRepo(database);
    auto borrowerIds = borrowerRepo.allIds();
    if (!borrowerIds)
        return borrowerIds.error();

    const qsizetype before = outcome.violations.size();
    for (const Commune& c : communes)
        addProblems(outcome.violations, tr("commune %1").arg(c.code), Validation::checkCommune(c));
    for (const Group& g : groups)
        addProblems(outcome.violations, tr("group %1").arg(g.code), Validation::checkGroup(g, records));
    // Told in the order of the kinds, as if every record had been read at once.
    QStringList borrowerProblems;
    QStringList moveProblems;
    QMap<QString, QStringList> loanProblems;
    QStringList savingsProblems;
    qsizetype moveCount = 0;
    qsizetype loanCount = 0;
    qsizetype installmentCount = 0;
    qsizetype repaymentCount = 0;
    qsizetype savingsCount = 0;
    LoanRepository loanRepo(database);
    for (qsizetype from = 0; from < borrowerIds->size(); from += kPart) {
        const QStringList part = borrowerIds->mid(from, kPart);
        auto borrowers = borrowerRepo.find(part);
        if (!borrowers)
            return borrowers.error();
        auto moves = MoveRepository(database).of(part);
        if (!moves)
            return moves.error();
        auto loanNos = loanRepo.loanNosOfBorrowers(part);
        if (!loanNos)
            return loanNos.error();
        auto loans = loanRepo.find(*loanNos);
        if (!loans)
            return loans.error();
        auto installmentList = loanRepo.installmentsOf(*loanNos);
        if (!installmentList)
            return installmentList.error();
        auto repaymentList = RepaymentRepository(database).of(*loanNos);
        if (!repaymentList)
            return repaymentList.error();
        auto savingsList = SavingsRepository(database).of(part);
        if (!savingsList)
            return savingsList.error();
        records.borrowers = std::move(*borrowers);
        records.loans = std::move(*loans);
        QHash<QString, QList<Installment>> installments;
        for (const Installment& i : std::as_const(*installmentList))
            installments[i.loanNo].append(i);
        installmentCount += installmentList->size();
        // Entries in the order of the whole ledger: by day, then amount, then number.
        QHash<QString, QList<Repayment>> repayments;
        for (const Repayment& r : std::as_const(*repaymentList))
            repayments[r.loanNo].append(r);
        repaymentCount += repaymentList->size();
        for (QList<Repayment>& list : repayments)
            std::stable_sort(list.begin(), list.end(), [](const Repayment& a, const Repayment& b) {
                return std::tie(a.paidOn, a.principal, a.interest, a.entryNo) <
                       std::tie(b.paidOn, b.principal, b.interest, b.entryNo);
            });
        QHash<QString, QList<SavingsEntry>> savings;
        for (const SavingsEntry& e : std::as_const(*savingsList))
            savings[e.borrowerId].append(e);
        savingsCount += savingsList->size();
        for (QList<SavingsEntry>& list : savings)
            std::stable_sort(list.begin(), list.end(), [](const SavingsEntry& a, const SavingsEntry& b) {
                return std::tie(a.on, a.amount, a.entryNo) < std::tie(b.on, b.amount, b.entryNo);
            });

        for (const QString& id : part) {
            const Borrower* b = records.borrower(id);
            if (!b)
                continue;
            addProblems(borrowerProblems, tr("borrower %1").arg(id), Validation::checkBorrower(*b, records));
            const QList<Move> ofBorrower = moves->value(id);
            moveCount += ofBorrower.size();
            for (const Move& m : ofBorrower) {
                addProblems(moveProblems, tr("move of %1 on %2").arg(m.borrowerId, Dates::toIso(m.on)),
                            Validation::checkMove(m, records));
                ++countedDays[m.on].otherRecords;
            }
            if (!ofBorrower.isEmpty())
                for (const auto& p : Validation::checkMoves({b->communeCode, b->groupCode}, ofBorrower))
                    addProblems(moveProblems, tr("moves of %1").arg(id), {p.problem});
            const QList<SavingsEntry> ofSaver = savings.value(id);
            if (ofSaver.isEmpty())
                continue;
            QHash<qint64, const SavingsEntry*> byNumber;
            for (const SavingsEntry& e : ofSaver)
                byNumber.insert(e.entryNo, &e);
            for (const SavingsEntry& e : ofSaver) {
                const QString entry = tr("savings entry no. %1 of %2 on %3")
                                          .arg(QString::number(e.entryNo), e.borrowerId, Dates::toIso(e.on));
                addProblems(savingsProblems, entry, Validation::checkSavingsEntry(e, records));
                if (e.isReversal())
                    addProblems(savingsProblems, entry,
                                Validation::checkReversal(e, byNumber.value(e.reverses)));
                ++countedDays[e.on].otherRecords;
            }
            for (const auto& p : Validation::checkSavingsBalance(ofSaver))
                addProblems(savingsProblems, tr("savings of %1").arg(id), {p.problem});
        }
        for (const Loan& loan : std::as_const(records.loans)) {
            ++loanCount;
            ++countedDays[loan.disbursedOn].disbursements;
            QStringList& problems = loanProblems[loan.loanNo];
            const QString what = tr("loan %1").arg(loan.loanNo);
            addProblems(problems, what, Validation::checkLoan(loan, records));
            const QList<Installment> schedule = installments.value(loan.loanNo);
            for (const Installment& i : schedule)
                addProblems(problems, tr("installment of %1 due %2").arg(loan.loanNo, Dates::toIso(i.dueOn)),
                            Validation::checkInstallment(i, records));
            const QList<Repayment> ofLoan = repayments.value(loan.loanNo);
            QHash<qint64, const Repayment*> byNumber;
            for (const Repayment& r : ofLoan)
                byNumber.insert(r.entryNo, &r);
            for (const Repayment& r : ofLoan) {
                const QString entry =
                    tr("repayment no. %1 of %2 on %3")
                        .arg(QString::number(r.entryNo), loan.loanNo, Dates::toIso(r.paidOn));
                addProblems(problems, entry, Validation::checkRepayment(r, records));
                if (r.isReversal())
                    addProblems(problems, entry, Validation::checkReversal(r, byNumber.value(r.reverses)));
                ++countedDays[r.paidOn].otherRecords;
            }
            for (const auto& p : Validation::checkSchedule(loan, schedule))
                addProblems(problems, what, {p.problem});
            for (const auto& p : Validation::checkRepaymentTotals(loan, ofLoan))
                addProblems(problems, what, {p.problem});
            if (problems.isEmpty())
                loanProblems.remove(loan.loanNo);
        }
    }
    outcome.violations.append(borrowerProblems);
    outcome.violations.append(moveProblems);
    for (const QStringList& problems : std::as_const(loanProblems))
        outcome.violations.append(problems);
    outcome.violations.append(savingsProblems);
    records.borrowers.clear();
    records.loans.clear();
    outcome.checked.append(
        tr("rules of the portfolio: %1 communes, %2 groups, %3 borrowers, %4 moves, %5 loans, "
           "%6 installments, %7 repayments and reversals, %8 savings entries and reversals: %9")
            .arg(communes.size())
            .arg(groups.size())
            .arg(borrowerIds->size())
            .arg(moveCount)
            .arg(loanCount)
            .arg(installmentCount)
            .arg(repaymentCount)
            .arg(savingsCount)
            .arg(verdict(outcome, before)));

    return {};
}

Status PortfolioCheck::checkGroupSavings(Database& database, const QList<Group>& groups, Outcome& outcome)
{
    // The kept savings balances of each group, recomputed from the entries of everyone ever in it, groups
    // after groups in parts.
    const qsizetype beforeFigures = outcome.violations.size();
    FigureRepository figures(database);
    constexpr qsizetype kGroupPart = 50;
    for (qsizetype from = 0; from < groups.size(); from += kGroupPart) {
        const QList<Group> part = groups.mid(from, kGroupPart);
        QStringList codes;
        for (const Group& g : part)
            codes.append(g.code);
        auto computed = FigureUpdater::computeGroupSavings(database, codes);
        if (!computed)
            return computed.error();
        for (const Group& g : part) {
            const QList<SavingsMonth> expected = computed->value(g.code);
            auto stored = figures.groupSavings(g.code);
            if (!stored)
                return stored.error();
            if (*stored != expected)
                outcome.violations.append(
                    tr("group %1: the kept savings balances differ from its members' entries").arg(g.code));
        }
    }
    outcome.checked.append(tr("kept savings balances of %1 groups against their members' entries: %2")
                               .arg(groups.size())
                               .arg(verdict(outcome, beforeFigures)));

    return {};
}

Status PortfolioCheck::checkKeptTotals(Database& database, Outcome& outcome)
{
    FigureRepository figures(database);
    // The kept month totals, against the same totalled again from the facts of every loan: communes after
    // communes in parts, each with the borrowers ever in it (every cell belongs to one commune), so that
    // memory stays that of a part's cells.
    const qsizetype beforeTotals = outcome.violations.size();
    auto keys = ReportRepository(database).keyDirectory();
    if (!keys)
        return keys.error();
    const auto monthOf = [](bool carried, int ym) {
        const QString month = YearMonth::fromKey(ym).toIsoString();
        return carried ? tr("every month from %1").arg(month) : month;
    };
    const auto organizationOf = [&keys](qint64 id) {
        return id == 0 ? kDirectKey : keys->organizations.value(id);
    };
    const auto groupOf = [&keys](qint64 id) { return id == 0 ? kDirectKey : keys->groups.value(id); };
    QStringList differing;
    QSet<QString> horizonProblems; // a borrower who moved between communes is computed with each
    qsizetype cellCount = 0;
    // Every commune a record or a cell names, one that does not exist included: its cells are compared too.
    auto communeIds = figures.communeIdsInUse();
    if (!communeIds)
        return communeIds.error();
    constexpr qsizetype kCommunePart = 16;
    for (qsizetype from = 0; from < communeIds->size(); from += kCommunePart) {
        const QList<qint64> part = communeIds->mid(from, kCommunePart);
        const QSet<qint64> inPart(part.cbegin(), part.cend());
        auto borrowersIn = LoanRepository(database).borrowersWithLoansIn(part);
        if (!borrowersIn)
            return borrowersIn.error();
        KeptTotals recomputed;
        QHash<QString, std::pair<YearMonth, bool>> horizons;
        if (Status s = FigureUpdater::computeFor(
                database, *borrowersIn,
                [&recomputed](const KeptTotals& computed) {
                    recomputed.add(computed);
                    return Status();
                },
                [&horizons](const KeptTotals::Loan& loan) {
                    horizons.insert(loan.loanNo, {loan.months.horizon, loan.months.carriesForward});
                    return Status();
                });
            !s)
            return s.error();
        recomputed.dropZeros();
        auto storedHorizons = figures.horizons(horizons.keys());
        if (!storedHorizons)
            return storedHorizons.error();
        for (auto it = horizons.cbegin(); it != horizons.cend(); ++it) {
            if (storedHorizons->value(it.key()) != it.value())
                horizonProblems.insert(
                    tr("loan %1: the kept horizon of its figures differs from its facts").arg(it.key()));
        }
        auto stored = figures.storedTotals(part);
        if (!stored)
            return stored.error();
        // Every cell of the part stored or recomputed: equal, and on its own whole (the summary identity, no
        // flows in a carried cell, no more borrowers than loans — what holds whatever code computed it).
        const auto compare = [&](const auto& storedCells, const auto& recomputedCells, const auto& describe,
                                 const auto& keysOf) {
            QSet<typename std::decay_t<decltype(storedCells)>::key_type> cells;
            for (auto it = storedCells.cbegin(); it != storedCells.cend(); ++it)
                cells.insert(it.key());
            for (auto it = recomputedCells.cbegin(); it != recomputedCells.cend(); ++it) {
                if (inPart.contains(it.key().communeId))
                    cells.insert(it.key());
            }
            cellCount += cells.size();
            for (const auto& cell : std::as_const(cells)) {
                const Figures f = storedCells.value(cell);
                if (f != recomputedCells.value(cell))
                    differing.append(describe(cell, monthOf(cell.carried, cell.ym)));
                const bool identity =
                    f.outstandingEnd == f.outstandingStart + f.disbursed - f.collectedPrincipal;
                const bool still =
                    !cell.carried || (f.disbursed.isZero() && f.collectedPrincipal.isZero() &&
                                      f.collectedInterest.isZero() && f.outstandingStart == f.outstandingEnd);
                if (!identity || !still || f.borrowers < 0 || f.borrowers > f.loans)
                    differing.append(
                        tr("month totals of %1 (%2) do not hold together: end = start + disbursed − "
                           "collected principal, nothing moves in a carried cell, no more borrowers than "
                           "loans")
                            .arg(monthOf(cell.carried, cell.ym), keysOf(cell).join(QStringLiteral(" / "))));
            }
        };
        compare(
            stored->programs(), recomputed.programs(),
            [&](const ProgramCell& cell, const QString& month) {
                return tr("month totals of %1 (program %2, commune %3, organisation %4) differ from the "
                          "loans' "
                          "figures")
                    .arg(month, keys->programs.value(cell.programId), keys->communes.value(cell.communeId),
                         organizationOf(cell.organizationId));
            },
            [&](const ProgramCell& cell) {
                return QStringList{keys->programs.value(cell.programId), keys->communes.value(cell.communeId),
                                   organizationOf(cell.organizationId)};
            });
        compare(
            stored->groups(), recomputed.groups(),
            [&](const GroupCell& cell, const QString& month) {
                return tr("month totals of %1 (commune %2, group %3) differ from the loans' figures")
                    .arg(month, keys->communes.value(cell.communeId), groupOf(cell.groupId));
            },
            [&](const GroupCell& cell) {
                return QStringList{keys->communes.value(cell.communeId), groupOf(cell.groupId)};
            });
        compare(
            stored->communes(), recomputed.communes(),
            [&](const CommuneCell& cell, const QString& month) {
                return tr("month totals of %1 (commune %2, organisation %3) differ from the loans' figures")
                    .arg(month, keys->communes.value(cell.communeId), organizationOf(cell.organizationId));
            },
            [&](const CommuneCell& cell) {
                return QStringList{keys->communes.value(cell.communeId), organizationOf(cell.organizationId)};
            });
    }
    std::sort(differing.begin(), differing.end());
    QStringList horizonList(horizonProblems.cbegin(), horizonProblems.cend());
    std::sort(horizonList.begin(), horizonList.end());
    outcome.violations.append(horizonList);
    outcome.violations.append(differing);
    outcome.checked.append(
        tr("kept month totals of %1 months, programs, communes, organisations and groups: %2")
            .arg(cellCount)
            .arg(verdict(outcome, beforeTotals)));

    return {};
}
