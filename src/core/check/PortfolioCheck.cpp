#include "PortfolioCheck.h"

#include "calc/LoanCalculator.h"
#include "db/Database.h"
#include "domain/Dates.h"
#include "repo/BorrowerRepository.h"
#include "repo/CommuneRepository.h"
#include "repo/FigureRepository.h"
#include "repo/GroupRepository.h"
#include "repo/HealthRepository.h"
#include "repo/LoanRepository.h"
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

    const qsizetype before = outcome.violations.size();
    for (const Commune& c : *communes)
        addProblems(outcome.violations, tr("commune %1").arg(c.code), Validation::checkCommune(c));
    for (const Group& g : *groups)
        addProblems(outcome.violations, tr("group %1").arg(g.code), Validation::checkGroup(g, records));
    for (const Borrower& b : *borrowers)
        addProblems(outcome.violations, tr("borrower %1").arg(b.id), Validation::checkBorrower(b, records));
    for (const Loan& loan : loans) {
        const QString what = tr("loan %1").arg(loan.loanNo);
        addProblems(outcome.violations, what, Validation::checkLoan(loan, records));
        for (const Installment& i : installments.value(loan.loanNo))
            addProblems(outcome.violations,
                        tr("installment of %1 due %2").arg(loan.loanNo, Dates::toIso(i.dueOn)),
                        Validation::checkInstallment(i, records));
        for (const Repayment& r : repayments.value(loan.loanNo))
            addProblems(outcome.violations,
                        tr("repayment of %1 on %2").arg(loan.loanNo, Dates::toIso(r.paidOn)),
                        Validation::checkRepayment(r, records));
        for (const auto& p : Validation::checkSchedule(loan, installments.value(loan.loanNo)))
            addProblems(outcome.violations, what, {p.problem});
        for (const auto& p : Validation::checkRepaymentTotals(loan, repayments.value(loan.loanNo)))
            addProblems(outcome.violations, what, {p.problem});
    }
    for (auto it = savings.cbegin(); it != savings.cend(); ++it) {
        for (const SavingsEntry& e : it.value())
            addProblems(outcome.violations, tr("savings of %1 on %2").arg(e.borrowerId, Dates::toIso(e.on)),
                        Validation::checkSavingsEntry(e, records));
        for (const auto& p : Validation::checkSavingsBalance(it.value()))
            addProblems(outcome.violations, tr("savings of %1").arg(it.key()), {p.problem});
    }
    outcome.checked.append(tr("rules of the portfolio: %1 communes, %2 groups, %3 borrowers, %4 loans, "
                              "%5 installments, %6 repayments, %7 savings entries: %8")
                               .arg(communes->size())
                               .arg(groups->size())
                               .arg(borrowers->size())
                               .arg(loans.size())
                               .arg(installmentCount)
                               .arg(repaymentCount)
                               .arg(savingsCount)
                               .arg(outcome.violations.size() == before
                                        ? tr("ok")
                                        : tr("violations: %1").arg(outcome.violations.size() - before)));

    // The kept figures, recomputed from the stored facts.
    const qsizetype beforeFigures = outcome.violations.size();
    FigureRepository figures(database);
    for (const Loan& loan : loans) {
        LoanFacts facts;
        facts.amount = loan.amount;
        facts.disbursedOn = loan.disbursedOn;
        facts.maturityOn = loan.maturityOn;
        facts.frozenOn = loan.frozenOn;
        for (const Installment& i : installments.value(loan.loanNo))
            facts.schedule.append({i.dueOn, i.principal});
        for (const Repayment& r : repayments.value(loan.loanNo))
            facts.payments.append({r.paidOn, r.principal, r.interest});
        const LoanCalculator::Months expected = LoanCalculator(facts).months();
        auto stored = figures.loanMonths(loan.loanNo);
        if (!stored)
            return stored.error();
        if (stored->rows != expected.rows || stored->horizon != expected.horizon ||
            stored->carriesForward != expected.carriesForward)
            outcome.violations.append(
                tr("loan %1: the kept month figures differ from its repayments and schedule")
                    .arg(loan.loanNo));
        for (const LoanMonth& row : stored->rows) {
            if (row.outstandingEnd != row.outstandingStart + row.disbursed - row.collectedPrincipal)
                outcome.violations.append(tr("loan %1, %2: outstanding at the end is not start + disbursed − "
                                             "collected principal")
                                              .arg(loan.loanNo, row.month.toIsoString()));
        }
    }
    for (const Group& g : *groups) {
        QMap<YearMonth, Money> change;
        for (const Borrower& b : *borrowers) {
            if (b.groupCode != g.code)
                continue;
            for (const SavingsEntry& e : savings.value(b.id))
                change[YearMonth::fromDate(e.on)] += e.amount;
        }
        QList<FigureRepository::SavingsMonth> expected;
        Money balance;
        for (auto it = change.cbegin(); it != change.cend(); ++it) {
            balance += it.value();
            expected.append({it.key(), balance});
        }
        auto stored = figures.groupSavings(g.code);
        if (!stored)
            return stored.error();
        bool same = stored->size() == expected.size();
        for (qsizetype i = 0; same && i < expected.size(); ++i)
            same = stored->at(i).month == expected[i].month &&
                   stored->at(i).balanceEnd == expected[i].balanceEnd;
        if (!same)
            outcome.violations.append(
                tr("group %1: the kept savings balances differ from its members' entries").arg(g.code));
    }
    outcome.checked.append(
        tr("kept figures of %1 loans and %2 groups against their facts: %3")
            .arg(loans.size())
            .arg(groups->size())
            .arg(outcome.violations.size() == beforeFigures
                     ? tr("ok")
                     : tr("violations: %1").arg(outcome.violations.size() - beforeFigures)));

    // The kept month totals behind the trend, against the month rows they sum.
    const qsizetype beforeTotals = outcome.violations.size();
    auto storedTotals = figures.storedMonthTotals();
    if (!storedTotals)
        return storedTotals.error();
    auto expectedTotals = figures.recomputedMonthTotals();
    if (!expectedTotals)
        return expectedTotals.error();
    QSet<FigureRepository::TotalKey> totalKeys;
    for (auto it = storedTotals->cbegin(); it != storedTotals->cend(); ++it)
        totalKeys.insert(it.key());
    for (auto it = expectedTotals->cbegin(); it != expectedTotals->cend(); ++it)
        totalKeys.insert(it.key());
    QList<FigureRepository::TotalKey> differing;
    for (const FigureRepository::TotalKey& key : std::as_const(totalKeys)) {
        if (storedTotals->value(key) != expectedTotals->value(key))
            differing.append(key);
    }
    std::sort(differing.begin(), differing.end(), [](const auto& a, const auto& b) {
        return std::tie(a.ym, a.communeId, a.organizationId) < std::tie(b.ym, b.communeId, b.organizationId);
    });
    for (const FigureRepository::TotalKey& key : std::as_const(differing))
        outcome.violations.append(
            tr("month totals of %1 (commune #%2, organisation #%3) differ from the loans' month figures")
                .arg(YearMonth::fromKey(key.ym).toIsoString())
                .arg(key.communeId)
                .arg(key.organizationId));
    outcome.checked.append(
        tr("kept month totals of %1 months, communes and organisations: %2")
            .arg(totalKeys.size())
            .arg(outcome.violations.size() == beforeTotals
                     ? tr("ok")
                     : tr("violations: %1").arg(outcome.violations.size() - beforeTotals)));

    // The summary identity of every row of every breakdown for every month with data.
    const qsizetype beforeIdentity = outcome.violations.size();
    auto months = ReportRepository(database).activityMonths();
    if (!months)
        return months.error();
    ReportBuilder builder(database);
    for (const YearMonth& month : *months) {
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
            .arg(months->size())
            .arg(outcome.violations.size() == beforeIdentity
                     ? tr("ok")
                     : tr("violations: %1").arg(outcome.violations.size() - beforeIdentity)));
    return outcome;
}
