#include "PortfolioBrowser.h"

#include "calc/LoanCalculator.h"
#include "db/Database.h"
#include "repo/BorrowerRepository.h"
#include "repo/CommuneRepository.h"
#include "repo/GroupRepository.h"
#include "repo/LoanRepository.h"
#include "repo/ReferenceRepository.h"
#include "repo/ReportRepository.h"
#include "repo/SavingsRepository.h"

#include <algorithm>
#include <tuple>

PortfolioBrowser::PortfolioBrowser(Database& database, Language language)
    : m_database(database)
    , m_language(language)
{}

Result<Catalogue> PortfolioBrowser::catalogue()
{
    if (!m_catalogue) {
        auto loaded = ReferenceRepository(m_database).catalogue();
        if (!loaded)
            return loaded.error();
        m_catalogue = std::move(loaded).value();
    }
    return *m_catalogue;
}

Result<QList<LoanLine>> PortfolioBrowser::loans(YearMonth month, const PortfolioSelection& selection)
{
    auto names = catalogue();
    if (!names)
        return names.error();
    auto lines = ReportRepository(m_database).loanLines(month, selection);
    if (!lines)
        return lines.error();
    for (LoanLine& line : *lines)
        line.programName = names->programName(line.programCode, m_language);
    return lines;
}

Result<QList<BorrowerLine>> PortfolioBrowser::borrowers(YearMonth month, const PortfolioSelection& selection)
{
    auto people = BorrowerRepository(m_database).select(selection);
    if (!people)
        return people.error();
    auto loanLines = ReportRepository(m_database).loanLines(month, selection);
    if (!loanLines)
        return loanLines.error();
    auto savings = SavingsRepository(m_database).balancesAt(month.lastDay(), selection);
    if (!savings)
        return savings.error();

    QHash<QString, qsizetype> index;
    index.reserve(people->size());
    for (qsizetype i = 0; i < people->size(); ++i)
        index.insert((*people)[i].borrower.id, i);
    QList<bool> hasLoanRow(people->size(), false);
    for (const LoanLine& loan : std::as_const(*loanLines)) {
        const auto it = index.constFind(loan.borrowerId);
        if (it == index.cend())
            continue;
        BorrowerLine& line = (*people)[*it];
        hasLoanRow[*it] = true;
        if (loan.figures.outstandingEnd.isPositive())
            ++line.loans;
        line.outstandingEnd += loan.figures.outstandingEnd;
        line.overdue += loan.figures.overdue;
        line.frozen += loan.figures.frozen;
        line.collectedPrincipal += loan.figures.collectedPrincipal;
        line.collectedInterest += loan.figures.collectedInterest;
        for (std::size_t i = 0; i < line.ageing.size(); ++i)
            line.ageing[i] += loan.figures.ageing[i];
    }
    const bool everyone = !selection.groupCode.isEmpty() || !selection.borrowerId.isEmpty();
    const bool onlyWithLoans = !selection.programCode.isEmpty();
    QList<BorrowerLine> result;
    for (qsizetype i = 0; i < people->size(); ++i) {
        BorrowerLine& line = (*people)[i];
        line.savings = savings->value(line.borrower.id);
        const bool keep =
            onlyWithLoans ? hasLoanRow[i] : (everyone || hasLoanRow[i] || !line.savings.isZero());
        if (keep)
            result.append(std::move(line));
    }
    return result;
}

Result<BorrowerLedger> PortfolioBrowser::ledger(const QString& borrowerId, const QDate& asOf)
{
    auto names = catalogue();
    if (!names)
        return names.error();
    auto found = BorrowerRepository(m_database).find({borrowerId});
    if (!found)
        return found.error();
    if (!found->contains(borrowerId))
        return Error::usage(tr("there is no borrower %1").arg(borrowerId));

    BorrowerLedger ledger;
    ledger.borrower = found->value(borrowerId);
    ledger.asOf = asOf;
    auto communes = CommuneRepository(m_database).find({ledger.borrower.communeCode});
    if (!communes)
        return communes.error();
    ledger.communeName = communes->value(ledger.borrower.communeCode).name;
    ledger.organizationCode = kDirectKey;
    if (!ledger.borrower.groupCode.isEmpty()) {
        auto groups = GroupRepository(m_database).find({ledger.borrower.groupCode});
        if (!groups)
            return groups.error();
        const Group group = groups->value(ledger.borrower.groupCode);
        ledger.groupName = group.name;
        ledger.organizationCode = group.organizationCode;
    }
    ledger.organizationName = names->organizationName(ledger.organizationCode, m_language);

    LoanRepository loanRepository(m_database);
    auto loanNos = loanRepository.loanNosOfBorrowers({borrowerId});
    if (!loanNos)
        return loanNos.error();
    auto loans = loanRepository.find(*loanNos);
    if (!loans)
        return loans.error();
    auto facts = loanRepository.facts(*loanNos);
    if (!facts)
        return facts.error();
    for (const QString& loanNo : std::as_const(*loanNos)) {
        const Loan loan = loans->value(loanNo);
        if (!loan.disbursedOn.isValid() || loan.disbursedOn > asOf)
            continue;
        const LoanCalculator calculator(facts->value(loanNo));
        BorrowerLedger::LoanEntry entry;
        entry.loan = loan;
        entry.programName = names->programName(loan.programCode, m_language);
        entry.position = calculator.positionAt(asOf);
        const bool frozen = loan.frozenOn && *loan.frozenOn <= asOf;
        for (const auto& state : calculator.installmentsAt(asOf)) {
            BorrowerLedger::InstallmentLine line;
            line.dueOn = state.dueOn;
            line.principal = state.principal;
            line.paid = state.paid;
            line.unpaid = state.principal - state.paid;
            line.daysPastDue = state.daysPastDue;
            if (!line.unpaid.isPositive())
                line.status = BorrowerLedger::InstallmentStatus::Paid;
            else if (frozen)
                line.status = BorrowerLedger::InstallmentStatus::Frozen;
            else if (state.daysPastDue > 0)
                line.status = BorrowerLedger::InstallmentStatus::Overdue;
            else
                line.status = BorrowerLedger::InstallmentStatus::Unpaid;
            entry.installments.append(line);
        }
        // The calculator holds the payments in date order; the outstanding after each is the amount less the
        // principal repaid so far (domain.md §5).
        Money repaid;
        for (const auto& payment : calculator.facts().payments) {
            if (payment.paidOn > asOf)
                break;
            repaid += payment.principal;
            entry.repayments.append(
                {payment.paidOn, payment.principal, payment.interest, loan.amount - repaid});
        }
        ledger.total.exists = true;
        ledger.total.repaid += entry.position.repaid;
        ledger.total.outstanding += entry.position.outstanding;
        ledger.total.overdue += entry.position.overdue;
        ledger.total.frozen += entry.position.frozen;
        for (std::size_t i = 0; i < ledger.total.ageing.size(); ++i)
            ledger.total.ageing[i] += entry.position.ageing[i];
        ledger.loans.append(entry);
    }
    std::sort(ledger.loans.begin(), ledger.loans.end(), [](const auto& a, const auto& b) {
        return std::tie(a.loan.disbursedOn, a.loan.loanNo) < std::tie(b.loan.disbursedOn, b.loan.loanNo);
    });

    auto entries = SavingsRepository(m_database).of({borrowerId});
    if (!entries)
        return entries.error();
    QList<SavingsEntry> movements = std::move(entries).value();
    std::stable_sort(movements.begin(), movements.end(), [](const SavingsEntry& a, const SavingsEntry& b) {
        // Deposits before withdrawals of the same day, so no balance after a line is negative.
        return a.on < b.on || (a.on == b.on && a.amount > b.amount);
    });
    for (const SavingsEntry& entry : std::as_const(movements)) {
        if (entry.on > asOf)
            break;
        ledger.savingsBalance += entry.amount;
        ledger.savings.append({entry.on, entry.amount, ledger.savingsBalance});
    }
    return ledger;
}
