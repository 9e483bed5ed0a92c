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

    // The rules of domain.md §4 on everything stored.
    RecordSet records;
    auto catalogue = ReferenceRepository(database).catalogue();
    if (!catalogue)
        return catalogue.error();
    records.setCatalogue(*catalogue);
    auto communes = CommuneRepository(database).all();
    auto groups = GroupRepository(database).all();
    auto borrowers = BorrowerRepository(database).all();
    if (!communes)
        return communes.error();
    if (!groups)
        return groups.error();
    if (!borrowers)
        return borrowers.error();
    for (const Commune& c : *communes)
        records.communes.insert(c.code, c);
    for (const Group& g : *groups)
        records.groups.insert(g.code, g);
    for (const Borrower& b : *borrowers)
        records.borrowers.insert(b.id, b);
    QList<Loan> loans;
    LoanRepository loanRepo(database);
    if (Status s = loanRepo.forEachLoan([&](const Loan& loan) {
            loans.append(loan);
            records.loans.insert(loan.loanNo, loan);
        });
        !s)
        return s.error();
    QMap<QString, QList<Installment>> installments;
    qsizetype installmentCount = 0;
    if (Status s = loanRepo.forEachInstallment([&](const Installment& i) {
            installments[i.loanNo].append(i);
            ++installmentCount;
        });
        !s)
        return s.error();
    QMap<QString, QList<Repayment>> repayments;
    qsizetype repaymentCount = 0;
    if (Status s = RepaymentRepository(database).forEach([&](const Repayment& r) {
            repayments[r.loanNo].append(r);
            ++repaymentCount;
        });
        !s)
        return s.error();
    QMap<QString, QList<SavingsEntry>> savings;
    qsizetype savingsCount = 0;
    if (Status s = SavingsRepository(database).forEach([&](const SavingsEntry& e) {
            savings[e.borrowerId].append(e);
            ++savingsCount;
        });
        !s)
        return s.error();

    QMap<QString, QList<Move>> moves;
    qsizetype moveCount = 0;
    if (Status s = MoveRepository(database).forEach([&](const Move& m) {
            moves[m.borrowerId].append(m);
            ++moveCount;
        });
        !s)
        return s.error();

    const qsizetype before = outcome.violations.size();
    for (const Commune& c : *communes)
        addProblems(outcome.violations, tr("commune %1").arg(c.code), Validation::checkCommune(c));
    for (const Group& g : *groups)
        addProblems(outcome.violations, tr("group %1").arg(g.code), Validation::checkGroup(g, records));
    for (const Borrower& b : *borrowers)
        addProblems(outcome.violations, tr("borrower %1").arg(b.id), Validation::checkBorrower(b, records));
    for (auto it = moves.cbegin(); it != moves.cend(); ++it) {
        for (const Move& m : it.value())
            addProblems(outcome.violations, tr("move of %1 on %2").arg(m.borrowerId, Dates::toIso(m.on)),
                        Validation::checkMove(m, records));
        if (const Borrower* b = records.borrower(it.key()))
            for (const auto& p : Validation::checkMoves({b->communeCode, b->groupCode}, it.value()))
                addProblems(outcome.violations, tr("moves of %1").arg(it.key()), {p.problem});
    }
    for (const Loan& loan : loans) {
        const QString what = tr("loan %1").arg(loan.loanNo);
        addProblems(outcome.violations, what, Validation::checkLoan(loan, records));
        for (const Installment& i : installments.value(loan.loanNo))
            addProblems(outcome.violations,
                        tr("installment of %1 due %2").arg(loan.loanNo, Dates::toIso(i.dueOn)),
                        Validation::checkInstallment(i, records));
        const QList<Repayment> ofLoan = repayments.value(loan.loanNo);
        QHash<qint64, const Repayment*> byNumber;
        for (const Repayment& r : ofLoan)
            byNumber.insert(r.entryNo, &r);
        for (const Repayment& r : ofLoan) {
            const QString entry = tr("repayment no. %1 of %2 on %3")
                                      .arg(QString::number(r.entryNo), loan.loanNo, Dates::toIso(r.paidOn));
            addProblems(outcome.violations, entry, Validation::checkRepayment(r, records));
            if (r.isReversal())
                addProblems(outcome.violations, entry,
                            Validation::checkReversal(r, byNumber.value(r.reverses)));
        }
        for (const auto& p : Validation::checkSchedule(loan, installments.value(loan.loanNo)))
            addProblems(outcome.violations, what, {p.problem});
        for (const auto& p : Validation::checkRepaymentTotals(loan, repayments.value(loan.loanNo)))
            addProblems(outcome.violations, what, {p.problem});
    }
    for (auto it = savings.cbegin(); it != savings.cend(); ++it) {
        QHash<qint64, const SavingsEntry*> byNumber;
        for (const SavingsEntry& e : it.value())
            byNumber.insert(e.entryNo, &e);
        for (const SavingsEntry& e : it.value()) {
            const QString entry = tr("savings entry no. %1 of %2 on %3")
                                      .arg(QString::number(e.entryNo), e.borrowerId, Dates::toIso(e.on));
            addProblems(outcome.violations, entry, Validation::checkSavingsEntry(e, records));
            if (e.isReversal())
                addProblems(outcome.violations, entry,
                            Validation::checkReversal(e, byNumber.value(e.reverses)));
        }
        for (const auto& p : Validation::checkSavingsBalance(it.value()))
            addProblems(outcome.violations, tr("savings of %1").arg(it.key()), {p.problem});
    }
    outcome.checked.append(
        tr("rules of the portfolio: %1 communes, %2 groups, %3 borrowers, %4 moves, %5 loans, "
           "%6 installments, %7 repayments and reversals, %8 savings entries and reversals: %9")
            .arg(communes->size())
            .arg(groups->size())
            .arg(borrowers->size())
            .arg(moveCount)
            .arg(loans.size())
            .arg(installmentCount)
            .arg(repaymentCount)
            .arg(savingsCount)
            .arg(outcome.violations.size() == before
                     ? tr("ok")
                     : tr("violations: %1").arg(outcome.violations.size() - before)));

    // The kept figures, recomputed from the stored facts: the month totals under the membership of each
    // borrower at each month's end, each group's savings.
    const qsizetype beforeFigures = outcome.violations.size();
    FigureRepository figures(database);
    QHash<QString, QList<SavingsCalculator::Saver>> saversOf;
    for (const Borrower& b : *borrowers) {
        SavingsCalculator::Saver saver{SavingsLedger(savings.value(b.id)),
                                       groupTimeline(b, moves.value(b.id))};
        QSet<QString> everIn{saver.group.first()};
        for (const auto& change : saver.group.changes())
            everIn.insert(change.second);
        for (const QString& code : std::as_const(everIn)) {
            if (!code.isEmpty())
                saversOf[code].append(saver);
        }
    }
    for (const Group& g : *groups) {
        const QList<SavingsMonth> expected = SavingsCalculator::groupMonths(g.code, saversOf.value(g.code));
        auto stored = figures.groupSavings(g.code);
        if (!stored)
            return stored.error();
        if (*stored != expected)
            outcome.violations.append(
                tr("group %1: the kept savings balances differ from its members' entries").arg(g.code));
    }
    outcome.checked.append(
        tr("kept savings balances of %1 groups against their members' entries: %2")
            .arg(groups->size())
            .arg(outcome.violations.size() == beforeFigures
                     ? tr("ok")
                     : tr("violations: %1").arg(outcome.violations.size() - beforeFigures)));

    // The kept month totals, against the same totalled again from the facts of every loan.
    const qsizetype beforeTotals = outcome.violations.size();
    KeptTotals recomputed;
    auto storedHorizons = figures.horizons();
    if (!storedHorizons)
        return storedHorizons.error();
    QStringList horizonProblems;
    if (Status s = FigureUpdater::computeAll(
            database,
            [&recomputed](const KeptTotals& part) {
                recomputed.add(part);
                return Status();
            },
            [&storedHorizons, &horizonProblems](const KeptTotals::Loan& loan) {
                const auto stored = storedHorizons->value(loan.loanNo);
                if (stored.first != loan.months.horizon || stored.second != loan.months.carriesForward)
                    horizonProblems.append(
                        tr("loan %1: the kept horizon of its figures differs from its facts")
                            .arg(loan.loanNo));
                return Status();
            });
        !s)
        return s.error();
    recomputed.dropZeros();
    auto stored = figures.storedTotals();
    if (!stored)
        return stored.error();
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
    qsizetype cellCount = 0;
    // Every cell stored or recomputed: equal, and on its own whole (the summary identity, no flows in a
    // carried cell, no more borrowers than loans — what holds whatever code computed it).
    const auto compare = [&](const auto& storedCells, const auto& recomputedCells, const auto& describe,
                             const auto& keysOf) {
        QSet<typename std::decay_t<decltype(storedCells)>::key_type> cells;
        for (auto it = storedCells.cbegin(); it != storedCells.cend(); ++it)
            cells.insert(it.key());
        for (auto it = recomputedCells.cbegin(); it != recomputedCells.cend(); ++it)
            cells.insert(it.key());
        cellCount += cells.size();
        for (const auto& cell : std::as_const(cells)) {
            const Figures f = storedCells.value(cell);
            if (f != recomputedCells.value(cell))
                differing.append(describe(cell, monthOf(cell.carried, cell.ym)));
            const bool identity = f.outstandingEnd == f.outstandingStart + f.disbursed - f.collectedPrincipal;
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
            return tr("month totals of %1 (program %2, commune %3, organisation %4) differ from the loans' "
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
    std::sort(differing.begin(), differing.end());
    std::sort(horizonProblems.begin(), horizonProblems.end());
    outcome.violations.append(horizonProblems);
    outcome.violations.append(differing);
    outcome.checked.append(
        tr("kept month totals of %1 months, programs, communes, organisations and groups: %2")
            .arg(cellCount)
            .arg(outcome.violations.size() == beforeTotals
                     ? tr("ok")
                     : tr("violations: %1").arg(outcome.violations.size() - beforeTotals)));

    // The days with data, counted again from the records; the closed months, in order from the first month
    // with data.
    const qsizetype beforeDays = outcome.violations.size();
    ActivityRepository activity(database);
    auto storedDays = activity.stored();
    if (!storedDays)
        return storedDays.error();
    // Counted again from the records read above.
    ActivityRepository::Days countedDays;
    for (const Loan& loan : loans)
        ++countedDays[loan.disbursedOn].disbursements;
    for (const QList<Repayment>& list : std::as_const(repayments)) {
        for (const Repayment& r : list)
            ++countedDays[r.paidOn].otherRecords;
    }
    for (const QList<SavingsEntry>& list : std::as_const(savings)) {
        for (const SavingsEntry& e : list)
            ++countedDays[e.on].otherRecords;
    }
    for (const QList<Move>& list : std::as_const(moves)) {
        for (const Move& m : list)
            ++countedDays[m.on].otherRecords;
    }
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
                                    outcome.violations.size() == beforeDays
                                        ? tr("ok")
                                        : tr("violations: %1").arg(outcome.violations.size() - beforeDays)));

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
            .arg(outcome.violations.size() == beforeIdentity
                     ? tr("ok")
                     : tr("violations: %1").arg(outcome.violations.size() - beforeIdentity)));
    return outcome;
}
