#include "PortfolioBrowser.h"

#include "calc/EntryEffect.h"
#include "calc/LoanCalculator.h"
#include "db/Database.h"
#include "repo/BorrowerRepository.h"
#include "repo/CommuneRepository.h"
#include "repo/GroupRepository.h"
#include "repo/LoanRepository.h"
#include "repo/MoveRepository.h"
#include "repo/ReferenceRepository.h"
#include "repo/RepaymentRepository.h"
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
    auto lines = loanLines(month, selection);
    if (!lines)
        return lines.error();
    for (LoanLine& line : *lines)
        line.programName = names->programName(line.programCode, m_language);
    return lines;
}

Result<QList<LoanLine>> PortfolioBrowser::loanLines(YearMonth month, const PortfolioSelection& selection)
{
    auto lines = ReportRepository(m_database).loanLines(month, selection);
    if (!lines)
        return lines.error();
    QStringList loanNos;
    loanNos.reserve(lines->size());
    for (const LoanLine& line : std::as_const(*lines))
        loanNos.append(line.loanNo);
    auto facts = LoanRepository(m_database).facts(loanNos);
    if (!facts)
        return facts.error();
    LoanMonth nothing;
    nothing.month = month;
    QList<LoanLine> withFigures;
    withFigures.reserve(lines->size());
    for (LoanLine& line : *lines) {
        line.figures = LoanCalculator(facts->value(line.loanNo)).months().at(month);
        if (line.figures != nothing) // a loan repaid and done with before the month has no figures in it
            withFigures.append(std::move(line));
    }
    return withFigures;
}

Result<QList<BorrowerLine>> PortfolioBrowser::borrowers(YearMonth month, const PortfolioSelection& selection)
{
    auto people = BorrowerRepository(m_database).select(selection, month.lastDay());
    if (!people)
        return people.error();
    auto loanLines = this->loanLines(month, selection);
    if (!loanLines)
        return loanLines.error();
    auto entries = SavingsRepository(m_database).upTo(month.lastDay(), selection);
    if (!entries)
        return entries.error();
    QHash<QString, Money> savings;
    for (const SavingsEntry& entry : std::as_const(*entries))
        savings[entry.borrowerId] += EntryEffect::amount(entry);

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
        line.savings = savings.value(line.borrower.id);
        const bool keep =
            onlyWithLoans ? hasLoanRow[i] : (everyone || hasLoanRow[i] || !line.savings.isZero());
        if (keep)
            result.append(std::move(line));
    }
    return result;
}

namespace {

/// Marks the entries of one list (repayments or savings, in date order) reversed by a reversal in the same
/// list.
template <typename Line>
void markReversals(QList<Line>& lines)
{
    QHash<qint64, qsizetype> byNumber;
    for (qsizetype i = 0; i < lines.size(); ++i)
        byNumber.insert(lines[i].marks.entryNo, i);
    for (const Line& line : std::as_const(lines)) {
        if (!line.marks.isReversal())
            continue;
        if (const auto it = byNumber.constFind(line.marks.reverses); it != byNumber.cend()) {
            BorrowerLedger::EntryMarks& original = lines[*it].marks;
            original.reversedBy = line.marks.entryNo;
            original.reversedOn = line.date();
            original.reason = line.marks.reason;
        }
    }
}

} // namespace

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

    // The memberships: the first one and every move up to asOf; the one at asOf names the ledger's place.
    auto moves = MoveRepository(m_database).of({borrowerId});
    if (!moves)
        return moves.error();
    QList<Membership> places{{ledger.borrower.communeCode, ledger.borrower.groupCode}};
    QList<QDate> froms{QDate()};
    for (const Move& move : moves->value(borrowerId)) {
        if (move.on > asOf)
            break;
        places.append(move.membership());
        froms.append(move.on);
    }
    QStringList communeCodes;
    QStringList groupCodes;
    for (const Membership& place : std::as_const(places)) {
        communeCodes.append(place.communeCode);
        if (!place.groupCode.isEmpty())
            groupCodes.append(place.groupCode);
    }
    auto communes = CommuneRepository(m_database).find(communeCodes);
    if (!communes)
        return communes.error();
    auto groups = GroupRepository(m_database).find(groupCodes);
    if (!groups)
        return groups.error();
    for (qsizetype i = 0; i < places.size(); ++i) {
        BorrowerLedger::MembershipLine line;
        line.from = froms[i];
        line.communeCode = places[i].communeCode;
        line.communeName = communes->value(line.communeCode).name;
        line.groupCode = places[i].groupCode;
        line.organizationCode = kDirectKey;
        if (!line.groupCode.isEmpty()) {
            const Group group = groups->value(line.groupCode);
            line.groupName = group.name;
            line.organizationCode = group.organizationCode;
        }
        ledger.memberships.append(line);
    }
    const BorrowerLedger::MembershipLine& now = ledger.memberships.back();
    ledger.borrower.communeCode = now.communeCode;
    ledger.borrower.groupCode = now.groupCode;
    ledger.communeName = now.communeName;
    ledger.groupName = now.groupName;
    ledger.organizationCode = now.organizationCode;
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
    auto posted = RepaymentRepository(m_database).of(*loanNos);
    if (!posted)
        return posted.error();
    QHash<QString, QList<Repayment>> postedOf;
    for (const Repayment& repayment : std::as_const(*posted))
        postedOf[repayment.loanNo].append(repayment);
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
        // Entries and reversals in date order (a reversal after what it takes back); the outstanding after
        // each is the amount less the principal repaid so far, reversals counted (domain.md §5 and §8).
        QList<Repayment> lines = postedOf.value(loanNo);
        std::stable_sort(lines.begin(), lines.end(), [](const Repayment& a, const Repayment& b) {
            return std::make_tuple(a.paidOn, a.isReversal(), a.entryNo) <
                   std::make_tuple(b.paidOn, b.isReversal(), b.entryNo);
        });
        Money repaid;
        for (const Repayment& repayment : std::as_const(lines)) {
            if (repayment.paidOn > asOf)
                break;
            repaid += EntryEffect::principal(repayment);
            BorrowerLedger::RepaymentLine line{
                repayment.paidOn, repayment.principal, repayment.interest, loan.amount - repaid, {}};
            line.marks.entryNo = repayment.entryNo;
            line.marks.reverses = repayment.reverses;
            if (repayment.isReversal())
                line.marks.reason = repayment.reason;
            entry.repayments.append(line);
        }
        markReversals(entry.repayments);
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
        // Deposits before withdrawals of the same day, so no balance after a line is negative; a reversal
        // after what it takes back.
        return std::make_tuple(a.on, a.isReversal(), -EntryEffect::amount(a).dong(), a.entryNo) <
               std::make_tuple(b.on, b.isReversal(), -EntryEffect::amount(b).dong(), b.entryNo);
    });
    for (const SavingsEntry& entry : std::as_const(movements)) {
        if (entry.on > asOf)
            break;
        ledger.savingsBalance += EntryEffect::amount(entry);
        BorrowerLedger::SavingsLine line{entry.on, entry.amount, ledger.savingsBalance, {}};
        line.marks.entryNo = entry.entryNo;
        line.marks.reverses = entry.reverses;
        if (entry.isReversal())
            line.marks.reason = entry.reason;
        ledger.savings.append(line);
    }
    markReversals(ledger.savings);
    return ledger;
}
