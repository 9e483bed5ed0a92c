#include "CollectionSheet.h"

#include "calc/EntryEffect.h"
#include "domain/Membership.h"
#include "domain/VietnameseText.h"
#include "repo/BorrowerRepository.h"
#include "repo/CommuneRepository.h"
#include "repo/GroupRepository.h"
#include "repo/LoanRepository.h"
#include "repo/MoveRepository.h"
#include "repo/ReferenceRepository.h"
#include "repo/RepaymentRepository.h"
#include "repo/SavingsRepository.h"

#include <QHash>

#include <algorithm>

namespace {

/// The sum of one figure of a member's loans' proposals.
Money sumOf(const QList<CollectionSheet::Loan>& loans, Money CollectionProposal::*figure)
{
    Money sum;
    for (const CollectionSheet::Loan& loan : loans)
        sum += loan.proposal.*figure;
    return sum;
}

} // namespace

Money CollectionSheet::Member::outstanding() const
{
    return sumOf(loans, &CollectionProposal::outstanding);
}

Money CollectionSheet::Member::overdue() const
{
    return sumOf(loans, &CollectionProposal::overdue);
}

Money CollectionSheet::Member::principalDue() const
{
    return sumOf(loans, &CollectionProposal::principalDue);
}

Money CollectionSheet::Member::interest() const
{
    return sumOf(loans, &CollectionProposal::interest);
}

void CollectionSheet::Totals::add(const Member& member)
{
    members += 1;
    loans += static_cast<int>(member.loans.size());
    outstanding += member.outstanding();
    overdue += member.overdue();
    principalDue += member.principalDue();
    interest += member.interest();
    savings += member.savings;
}

void CollectionSheet::Totals::add(const Totals& other)
{
    members += other.members;
    loans += other.loans;
    outstanding += other.outstanding;
    overdue += other.overdue;
    principalDue += other.principalDue;
    interest += other.interest;
    savings += other.savings;
}

Result<CollectionSheet> CollectionSheetBuilder::build(const QString& communeCode, const QDate& day)
{
    if (!day.isValid())
        return Error::usage(tr("choose the day of the transaction"));
    auto communes = CommuneRepository(m_database).find({communeCode});
    if (!communes)
        return communes.error();
    if (!communes->contains(communeCode))
        return Error::usage(tr("there is no commune %1").arg(communeCode));

    CollectionSheet sheet;
    sheet.communeCode = communeCode;
    sheet.communeName = communes->value(communeCode).name;
    sheet.day = day;

    auto groups = GroupRepository(m_database).all();
    if (!groups)
        return groups.error();
    for (const Group& group : std::as_const(*groups)) {
        if (group.communeCode == communeCode)
            sheet.groups.append({group, {}, {}});
    }
    std::sort(sheet.groups.begin(), sheet.groups.end(),
              [](const CollectionSheet::GroupSheet& a, const CollectionSheet::GroupSheet& b) {
                  return a.group.code < b.group.code;
              });
    QHash<QString, qsizetype> sheetOf;
    for (qsizetype i = 0; i < sheet.groups.size(); ++i)
        sheetOf.insert(sheet.groups[i].group.code, i);
    if (sheet.groups.isEmpty())
        return sheet;

    // Who is in each group on the day: everyone who ever was, placed by their membership on the day.
    BorrowerRepository borrowerRepository(m_database);
    auto everMembers = borrowerRepository.membersEver(sheetOf.keys());
    if (!everMembers)
        return everMembers.error();
    auto borrowers = borrowerRepository.find(*everMembers);
    if (!borrowers)
        return borrowers.error();
    auto moves = MoveRepository(m_database).of(*everMembers);
    if (!moves)
        return moves.error();
    const auto& movesOf = *moves;
    QHash<QString, QString> groupOnDay;
    for (const Borrower& borrower : std::as_const(*borrowers)) {
        const QString group = groupTimeline(borrower, movesOf.value(borrower.id)).at(day);
        if (sheetOf.contains(group))
            groupOnDay.insert(borrower.id, group);
    }
    const QStringList members = groupOnDay.keys();

    auto catalogue = ReferenceRepository(m_database).catalogue();
    if (!catalogue)
        return catalogue.error();
    LoanRepository loanRepository(m_database);
    auto loanNos = loanRepository.loanNosOfBorrowers(members);
    if (!loanNos)
        return loanNos.error();
    auto loans = loanRepository.find(*loanNos);
    if (!loans)
        return loans.error();
    auto facts = loanRepository.facts(*loanNos);
    if (!facts)
        return facts.error();
    auto entries = RepaymentRepository(m_database).of(*loanNos);
    if (!entries)
        return entries.error();
    QHash<QString, QList<Repayment>> entriesOf;
    for (const Repayment& entry : std::as_const(*entries))
        entriesOf[entry.loanNo].append(entry);
    auto savings = SavingsRepository(m_database).of(members);
    if (!savings)
        return savings.error();
    QHash<QString, Money> balanceOf;
    for (const SavingsEntry& entry : std::as_const(*savings)) {
        if (entry.on <= day)
            balanceOf[entry.borrowerId] += EntryEffect::amount(entry);
    }

    QHash<QString, QList<CollectionSheet::Loan>> loansOf;
    QStringList ordered = *loanNos;
    std::sort(ordered.begin(), ordered.end());
    for (const QString& loanNo : std::as_const(ordered)) {
        const ::Loan loan = loans->value(loanNo);
        MonthlyRate rate;
        if (loan.rate) {
            rate = *loan.rate;
        } else if (const Program* program = catalogue->program(loan.programCode)) {
            if (const ProgramTerms* terms = program->termsOn(loan.disbursedOn))
                rate = terms->rate;
        }
        const LoanCalculator calculator(facts->value(loanNo));
        const CollectionProposal proposal =
            CollectionProposal::of(calculator, rate, entriesOf.value(loanNo), day);
        if (proposal.outstanding <= Money())
            continue;
        loansOf[loan.borrowerId].append({loanNo, loan.programCode, rate, proposal});
    }

    for (const QString& id : members) {
        const Borrower& borrower = (*borrowers)[id];
        CollectionSheet::Member member{id, borrower.fullName, borrower.village, loansOf.value(id),
                                       balanceOf.value(id)};
        if (member.loans.isEmpty() && member.savings == Money())
            continue;
        sheet.groups[sheetOf.value(groupOnDay.value(id))].members.append(member);
    }
    for (CollectionSheet::GroupSheet& group : sheet.groups) {
        std::sort(group.members.begin(), group.members.end(),
                  [](const CollectionSheet::Member& a, const CollectionSheet::Member& b) {
                      const int byName = VietnameseText::comparePersonNames(a.fullName, b.fullName);
                      return byName != 0 ? byName < 0 : a.borrowerId < b.borrowerId;
                  });
        for (const CollectionSheet::Member& member : std::as_const(group.members))
            group.totals.add(member);
        sheet.totals.add(group.totals);
    }
    return sheet;
}
