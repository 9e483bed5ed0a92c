#include "Validation.h"

#include "domain/Dates.h"

#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace {

QString iso(const QDate& date)
{
    return Dates::toIso(date);
}

void requireText(FieldProblems& problems, const QString& field, const QString& value)
{
    if (value.trimmed().isEmpty())
        problems.append({field, Validation::tr("is required and must not be blank")});
}

/// Indices of @p count rows sorted by @p key, ties kept in list order.
template <typename KeyOf>
QList<qsizetype> sortedIndices(qsizetype count, KeyOf key)
{
    QList<qsizetype> order(count);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return key(a) < key(b); });
    return order;
}

bool isNewRow(const Validation::NewRows& isNew, qsizetype index)
{
    return isNew.isEmpty() || isNew.value(index, false);
}

/// The new row to blame for a problem that appears at the end of @p day: the last new row on or before that
/// day in date order, else the first new row after it.
template <typename DateOf>
qsizetype blameRow(const QList<qsizetype>& order, const Validation::NewRows& isNew, const QDate& day,
                   DateOf dateOf)
{
    qsizetype blamed = -1;
    for (const qsizetype index : order) {
        if (dateOf(index) > day)
            break;
        if (isNewRow(isNew, index))
            blamed = index;
    }
    if (blamed >= 0)
        return blamed;
    for (const qsizetype index : order) {
        if (isNewRow(isNew, index))
            return index;
    }
    return order.isEmpty() ? -1 : order.front();
}

} // namespace

bool Validation::isValidIdNumber(BorrowerKind kind, const QString& idNumber)
{
    static const QRegularExpression household(QStringLiteral("^(\\d{12}|\\d{9})$"));
    static const QRegularExpression organization(QStringLiteral("^\\d{10}(-\\d{3})?$"));
    const QRegularExpression& pattern = kind == BorrowerKind::Household ? household : organization;
    return pattern.match(idNumber).hasMatch();
}

FieldProblems Validation::checkCommune(const Commune& commune)
{
    FieldProblems problems;
    requireText(problems, QStringLiteral("code"), commune.code);
    requireText(problems, QStringLiteral("name"), commune.name);
    return problems;
}

FieldProblems Validation::checkGroup(const Group& group, const ValidationContext& context)
{
    FieldProblems problems;
    requireText(problems, QStringLiteral("code"), group.code);
    requireText(problems, QStringLiteral("name"), group.name);
    requireText(problems, QStringLiteral("leader_name"), group.leaderName);
    if (!group.communeCode.isEmpty() && !context.commune(group.communeCode) &&
        !context.isPartial(ValidationContext::Kind::Commune))
        problems.append({QStringLiteral("commune_code"),
                         tr("no commune %1 in this import or the database").arg(group.communeCode)});
    if (!context.catalogue().organization(group.organizationCode))
        problems.append(
            {QStringLiteral("organization_code"),
             tr("%1 is not an organisation; use HPN, HND, CCB or DTN").arg(group.organizationCode)});
    return problems;
}

FieldProblems Validation::checkBorrower(const Borrower& borrower, const ValidationContext& context)
{
    FieldProblems problems;
    requireText(problems, QStringLiteral("id"), borrower.id);
    requireText(problems, QStringLiteral("full_name"), borrower.fullName);
    if (!isValidIdNumber(borrower.kind, borrower.idNumber)) {
        problems.append(
            {QStringLiteral("id_number"),
             borrower.kind == BorrowerKind::Household
                 ? tr("%1 is not a citizen ID: a household needs 12 digits (or a legacy ID of 9 digits)")
                       .arg(borrower.idNumber)
                 : tr("%1 is not a tax code: an organisation needs 10 digits, optionally followed by - and 3 "
                      "digits")
                       .arg(borrower.idNumber)});
    }
    const Commune* commune = context.commune(borrower.communeCode);
    if (!borrower.communeCode.isEmpty() && !commune && !context.isPartial(ValidationContext::Kind::Commune))
        problems.append({QStringLiteral("commune_code"),
                         tr("no commune %1 in this import or the database").arg(borrower.communeCode)});
    if (!borrower.groupCode.isEmpty()) {
        if (borrower.kind == BorrowerKind::Organization) {
            problems.append({QStringLiteral("group_code"),
                             tr("an organisation is never in a group; leave group_code empty")});
        } else if (const Group* group = context.group(borrower.groupCode); !group) {
            if (!context.isPartial(ValidationContext::Kind::Group))
                problems.append({QStringLiteral("group_code"),
                                 tr("no group %1 in this import or the database").arg(borrower.groupCode)});
        } else if (commune && group->communeCode != borrower.communeCode) {
            problems.append({QStringLiteral("commune_code"),
                             tr("%1 is not the commune of group %2, which is in %3")
                                 .arg(borrower.communeCode, group->code, group->communeCode)});
        }
    }
    return problems;
}

FieldProblems Validation::checkLoan(const Loan& loan, const ValidationContext& context)
{
    FieldProblems problems;
    requireText(problems, QStringLiteral("loan_no"), loan.loanNo);
    if (!loan.borrowerId.isEmpty() && !context.borrower(loan.borrowerId) &&
        !context.isPartial(ValidationContext::Kind::Borrower))
        problems.append({QStringLiteral("borrower_id"),
                         tr("no borrower %1 in this import or the database").arg(loan.borrowerId)});
    const Program* program = context.catalogue().program(loan.programCode);
    if (!program)
        problems.append({QStringLiteral("program_code"),
                         tr("%1 is not a program of the catalogue").arg(loan.programCode)});
    if (!loan.amount.isPositive())
        problems.append({QStringLiteral("amount"), tr("must be greater than 0")});
    if (!loan.disbursedOn.isValid() || !loan.maturityOn.isValid())
        return problems; // the dates were refused when read
    if (loan.maturityOn <= loan.disbursedOn)
        problems.append(
            {QStringLiteral("maturity_on"), tr("%1 is not after the disbursement date %2")
                                                .arg(iso(loan.maturityOn), iso(loan.disbursedOn))});
    if (program) {
        const ProgramTerms* terms = program->termsOn(loan.disbursedOn);
        if (!terms) {
            problems.append(
                {QStringLiteral("disbursed_on"),
                 tr("%1 is before the %2 program began (%3)")
                     .arg(iso(loan.disbursedOn), program->code,
                          iso(program->terms.isEmpty() ? QDate() : program->terms.front().effectiveFrom))});
        } else {
            if (loan.amount > terms->maxAmount)
                problems.append({QStringLiteral("amount"),
                                 tr("%1 is above the %2 cap of %3 in force on %4")
                                     .arg(loan.amount.toPlainString(), program->code,
                                          terms->maxAmount.toPlainString(), iso(loan.disbursedOn))});
            const QDate latest = Dates::addMonthsClamped(loan.disbursedOn, terms->maxTermMonths);
            if (loan.maturityOn > latest)
                problems.append({QStringLiteral("maturity_on"),
                                 tr("%1 is beyond the %2 maximum term of %3 months (at the latest %4)")
                                     .arg(iso(loan.maturityOn), program->code)
                                     .arg(terms->maxTermMonths)
                                     .arg(iso(latest))});
        }
    }
    if (loan.frozenOn && *loan.frozenOn < loan.disbursedOn)
        problems.append(
            {QStringLiteral("frozen_on"),
             tr("%1 is before the disbursement date %2").arg(iso(*loan.frozenOn), iso(loan.disbursedOn))});
    return problems;
}

FieldProblems Validation::checkInstallment(const Installment& installment, const ValidationContext& context)
{
    FieldProblems problems;
    if (!installment.principal.isPositive())
        problems.append({QStringLiteral("principal"), tr("must be greater than 0")});
    const Loan* loan = context.loan(installment.loanNo);
    if (!loan) {
        if (!context.isPartial(ValidationContext::Kind::Loan))
            problems.append({QStringLiteral("loan_no"),
                             tr("no loan %1 in this import or the database").arg(installment.loanNo)});
        return problems;
    }
    if (installment.dueOn.isValid() && loan->disbursedOn.isValid() && installment.dueOn <= loan->disbursedOn)
        problems.append({QStringLiteral("due_on"),
                         tr("%1 is not after the disbursement date %2 of %3")
                             .arg(iso(installment.dueOn), iso(loan->disbursedOn), loan->loanNo)});
    if (installment.dueOn.isValid() && loan->maturityOn.isValid() && installment.dueOn > loan->maturityOn)
        problems.append({QStringLiteral("due_on"),
                         tr("%1 is after the maturity date %2 of %3")
                             .arg(iso(installment.dueOn), iso(loan->maturityOn), loan->loanNo)});
    return problems;
}

FieldProblems Validation::checkRepayment(const Repayment& repayment, const ValidationContext& context)
{
    FieldProblems problems;
    if (repayment.principal.isNegative())
        problems.append({QStringLiteral("principal"), tr("must not be negative")});
    if (repayment.interest.isNegative())
        problems.append({QStringLiteral("interest"), tr("must not be negative")});
    if (repayment.principal.isZero() && repayment.interest.isZero())
        problems.append({QStringLiteral("principal"), tr("principal and interest are both 0")});
    const Loan* loan = context.loan(repayment.loanNo);
    if (!loan) {
        if (!context.isPartial(ValidationContext::Kind::Loan))
            problems.append({QStringLiteral("loan_no"),
                             tr("no loan %1 in this import or the database").arg(repayment.loanNo)});
        return problems;
    }
    if (repayment.paidOn.isValid() && loan->disbursedOn.isValid() && repayment.paidOn < loan->disbursedOn)
        problems.append({QStringLiteral("paid_on"),
                         tr("%1 is before the disbursement date %2 of %3")
                             .arg(iso(repayment.paidOn), iso(loan->disbursedOn), loan->loanNo)});
    return problems;
}

FieldProblems Validation::checkSavingsEntry(const SavingsEntry& entry, const ValidationContext& context)
{
    FieldProblems problems;
    if (entry.amount.isZero())
        problems.append({QStringLiteral("amount"), tr("must not be 0")});
    const Borrower* borrower = context.borrower(entry.borrowerId);
    if (!borrower) {
        if (!context.isPartial(ValidationContext::Kind::Borrower))
            problems.append({QStringLiteral("borrower_id"),
                             tr("no borrower %1 in this import or the database").arg(entry.borrowerId)});
    } else if (borrower->kind != BorrowerKind::Household || borrower->groupCode.isEmpty()) {
        problems.append(
            {QStringLiteral("borrower_id"),
             tr("%1 is not a household in a group; only group members keep savings").arg(entry.borrowerId)});
    }
    return problems;
}

QList<Validation::RowProblem>
Validation::checkSchedule(const Loan& loan, const QList<Installment>& installments, const NewRows& isNew)
{
    QList<RowProblem> problems;
    if (installments.isEmpty())
        return problems;
    const QList<qsizetype> order =
        sortedIndices(installments.size(), [&](qsizetype i) { return installments[i].dueOn; });
    Money total;
    for (const Installment& installment : installments)
        total += installment.principal;
    // Blame the last new installment in due-date order.
    qsizetype blamed = order.back();
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        if (isNewRow(isNew, *it)) {
            blamed = *it;
            break;
        }
    }
    if (total != loan.amount)
        problems.append({blamed,
                         {QStringLiteral("principal"),
                          tr("the installments of %1 add up to %2, not to its amount %3")
                              .arg(loan.loanNo, total.toPlainString(), loan.amount.toPlainString())}});
    const QDate last = installments[order.back()].dueOn;
    if (last.isValid() && loan.maturityOn.isValid() && last != loan.maturityOn)
        problems.append(
            {blamed,
             {QStringLiteral("due_on"), tr("the last installment of %1 is due on %2, not on its maturity "
                                           "date %3")
                                            .arg(loan.loanNo, iso(last), iso(loan.maturityOn))}});
    return problems;
}

QList<Validation::RowProblem>
Validation::checkRepaymentTotals(const Loan& loan, const QList<Repayment>& repayments, const NewRows& isNew)
{
    QList<RowProblem> problems;
    const QList<qsizetype> order =
        sortedIndices(repayments.size(), [&](qsizetype i) { return repayments[i].paidOn; });
    Money repaid;
    for (qsizetype k = 0; k < order.size(); ++k) {
        const Repayment& repayment = repayments[order[k]];
        repaid += repayment.principal;
        const bool endOfDay = k + 1 == order.size() || repayments[order[k + 1]].paidOn != repayment.paidOn;
        if (endOfDay && repaid > loan.amount) {
            const qsizetype blamed =
                blameRow(order, isNew, repayment.paidOn, [&](qsizetype i) { return repayments[i].paidOn; });
            problems.append(
                {blamed,
                 {QStringLiteral("principal"),
                  tr("by the end of %2 the principal repaid on %1 would be %3, more than its amount %4")
                      .arg(loan.loanNo, iso(repayment.paidOn), repaid.toPlainString(),
                           loan.amount.toPlainString())}});
            break;
        }
    }
    return problems;
}

QList<Validation::RowProblem> Validation::checkSavingsBalance(const QList<SavingsEntry>& entries,
                                                              const NewRows& isNew)
{
    QList<RowProblem> problems;
    const QList<qsizetype> order = sortedIndices(entries.size(), [&](qsizetype i) { return entries[i].on; });
    Money balance;
    for (qsizetype k = 0; k < order.size(); ++k) {
        const SavingsEntry& entry = entries[order[k]];
        balance += entry.amount;
        const bool endOfDay = k + 1 == order.size() || entries[order[k + 1]].on != entry.on;
        if (endOfDay && balance.isNegative()) {
            const qsizetype blamed =
                blameRow(order, isNew, entry.on, [&](qsizetype i) { return entries[i].on; });
            problems.append({blamed,
                             {QStringLiteral("amount"),
                              tr("the savings balance of %1 would be %2 at the end of %3")
                                  .arg(entry.borrowerId, balance.toPlainString(), iso(entry.on))}});
            break;
        }
    }
    return problems;
}
