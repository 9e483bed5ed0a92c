#include "Validation.h"

#include "calc/EntryEffect.h"
#include "domain/Dates.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace {

thread_local const QLocale* t_formLocale = nullptr;

QMutex g_formLocaleMutex;
std::optional<QLocale> g_formLocale;

QString iso(const QDate& date)
{
    return MessageWording::date(date);
}

QString amount(Money value)
{
    return MessageWording::amount(value);
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

void Validation::checkLength(FieldProblems& problems, const QString& field, const QString& value, int limit)
{
    if (value.size() > limit)
        problems.append(
            {field, tr("is %1 characters long; at most %2 are allowed").arg(value.size()).arg(limit)});
}

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
    checkLength(problems, QStringLiteral("code"), commune.code, FieldLimits::kCode);
    checkLength(problems, QStringLiteral("name"), commune.name, FieldLimits::kName);
    requireText(problems, QStringLiteral("code"), commune.code);
    requireText(problems, QStringLiteral("name"), commune.name);
    return problems;
}

FieldProblems Validation::checkGroup(const Group& group, const ValidationContext& context)
{
    FieldProblems problems;
    checkLength(problems, QStringLiteral("code"), group.code, FieldLimits::kCode);
    checkLength(problems, QStringLiteral("name"), group.name, FieldLimits::kName);
    checkLength(problems, QStringLiteral("commune_code"), group.communeCode, FieldLimits::kCode);
    checkLength(problems, QStringLiteral("organization_code"), group.organizationCode, FieldLimits::kCode);
    checkLength(problems, QStringLiteral("village"), group.village, FieldLimits::kName);
    checkLength(problems, QStringLiteral("leader_name"), group.leaderName, FieldLimits::kName);
    requireText(problems, QStringLiteral("code"), group.code);
    requireText(problems, QStringLiteral("name"), group.name);
    requireText(problems, QStringLiteral("leader_name"), group.leaderName);
    if (!group.communeCode.isEmpty() && !context.commune(group.communeCode) &&
        !context.isPartial(ValidationContext::Kind::Commune))
        problems.append(
            {QStringLiteral("commune_code"), tr("no commune %1 in this import or the database")
                                                 .arg(FieldLimits::shortened(group.communeCode))});
    if (!context.catalogue().organization(group.organizationCode))
        problems.append(
            {QStringLiteral("organization_code"), tr("%1 is not an organisation; use HPN, HND, CCB or DTN")
                                                      .arg(FieldLimits::shortened(group.organizationCode))});
    return problems;
}

FieldProblems Validation::checkBorrower(const Borrower& borrower, const ValidationContext& context)
{
    FieldProblems problems;
    checkLength(problems, QStringLiteral("id"), borrower.id, FieldLimits::kCode);
    checkLength(problems, QStringLiteral("id_number"), borrower.idNumber, FieldLimits::kCode);
    checkLength(problems, QStringLiteral("full_name"), borrower.fullName, FieldLimits::kName);
    checkLength(problems, QStringLiteral("commune_code"), borrower.communeCode, FieldLimits::kCode);
    checkLength(problems, QStringLiteral("group_code"), borrower.groupCode, FieldLimits::kCode);
    checkLength(problems, QStringLiteral("village"), borrower.village, FieldLimits::kName);
    requireText(problems, QStringLiteral("id"), borrower.id);
    requireText(problems, QStringLiteral("full_name"), borrower.fullName);
    if (!isValidIdNumber(borrower.kind, borrower.idNumber)) {
        problems.append(
            {QStringLiteral("id_number"),
             borrower.kind == BorrowerKind::Household
                 ? tr("%1 is not a citizen ID: a household needs 12 digits (or a legacy ID of 9 digits)")
                       .arg(FieldLimits::shortened(borrower.idNumber))
                 : tr("%1 is not a tax code: an organisation needs 10 digits, optionally followed by - and 3 "
                      "digits")
                       .arg(FieldLimits::shortened(borrower.idNumber))});
    }
    const Commune* commune = context.commune(borrower.communeCode);
    if (!borrower.communeCode.isEmpty() && !commune && !context.isPartial(ValidationContext::Kind::Commune))
        problems.append(
            {QStringLiteral("commune_code"), tr("no commune %1 in this import or the database")
                                                 .arg(FieldLimits::shortened(borrower.communeCode))});
    if (!borrower.groupCode.isEmpty()) {
        if (borrower.kind == BorrowerKind::Organization) {
            problems.append({QStringLiteral("group_code"),
                             tr("an organisation is never in a group; leave group_code empty")});
        } else if (const Group* group = context.group(borrower.groupCode); !group) {
            if (!context.isPartial(ValidationContext::Kind::Group))
                problems.append(
                    {QStringLiteral("group_code"), tr("no group %1 in this import or the database")
                                                       .arg(FieldLimits::shortened(borrower.groupCode))});
        } else if (commune && group->communeCode != borrower.communeCode) {
            problems.append(
                {QStringLiteral("commune_code"),
                 tr("%1 is not the commune of group %2, which is in %3")
                     .arg(FieldLimits::shortened(borrower.communeCode), FieldLimits::shortened(group->code),
                          FieldLimits::shortened(group->communeCode))});
        }
    }
    return problems;
}

FieldProblems Validation::checkLoan(const Loan& loan, const ValidationContext& context)
{
    FieldProblems problems;
    checkLength(problems, QStringLiteral("loan_no"), loan.loanNo, FieldLimits::kCode);
    checkLength(problems, QStringLiteral("borrower_id"), loan.borrowerId, FieldLimits::kCode);
    checkLength(problems, QStringLiteral("program_code"), loan.programCode, FieldLimits::kCode);
    checkLength(problems, QStringLiteral("purpose"), loan.purpose, FieldLimits::kText);
    requireText(problems, QStringLiteral("loan_no"), loan.loanNo);
    if (!loan.borrowerId.isEmpty() && !context.borrower(loan.borrowerId) &&
        !context.isPartial(ValidationContext::Kind::Borrower))
        problems.append({QStringLiteral("borrower_id"), tr("no borrower %1 in this import or the database")
                                                            .arg(FieldLimits::shortened(loan.borrowerId))});
    const Program* program = context.catalogue().program(loan.programCode);
    if (!program)
        problems.append(
            {QStringLiteral("program_code"),
             tr("%1 is not a program of the catalogue").arg(FieldLimits::shortened(loan.programCode))});
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
                     .arg(iso(loan.disbursedOn), FieldLimits::shortened(program->code),
                          iso(program->terms.isEmpty() ? QDate() : program->terms.front().effectiveFrom))});
        } else {
            if (loan.amount > terms->maxAmount)
                problems.append({QStringLiteral("amount"),
                                 tr("%1 is above the %2 cap of %3 in force on %4")
                                     .arg(amount(loan.amount), FieldLimits::shortened(program->code),
                                          amount(terms->maxAmount), iso(loan.disbursedOn))});
            const QDate latest = Dates::addMonthsClamped(loan.disbursedOn, terms->maxTermMonths);
            if (loan.maturityOn > latest)
                problems.append({QStringLiteral("maturity_on"),
                                 tr("%1 is beyond the %2 maximum term of %3 months (at the latest %4)")
                                     .arg(iso(loan.maturityOn), FieldLimits::shortened(program->code))
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
    checkLength(problems, QStringLiteral("loan_no"), installment.loanNo, FieldLimits::kCode);
    if (!installment.principal.isPositive())
        problems.append({QStringLiteral("principal"), tr("must be greater than 0")});
    const Loan* loan = context.loan(installment.loanNo);
    if (!loan) {
        if (!context.isPartial(ValidationContext::Kind::Loan))
            problems.append(
                {QStringLiteral("loan_no"), tr("no loan %1 in this import or the database")
                                                .arg(FieldLimits::shortened(installment.loanNo))});
        return problems;
    }
    if (installment.dueOn.isValid() && loan->disbursedOn.isValid() && installment.dueOn <= loan->disbursedOn)
        problems.append({QStringLiteral("due_on"), tr("%1 is not after the disbursement date %2 of %3")
                                                       .arg(iso(installment.dueOn), iso(loan->disbursedOn),
                                                            FieldLimits::shortened(loan->loanNo))});
    if (installment.dueOn.isValid() && loan->maturityOn.isValid() && installment.dueOn > loan->maturityOn)
        problems.append({QStringLiteral("due_on"), tr("%1 is after the maturity date %2 of %3")
                                                       .arg(iso(installment.dueOn), iso(loan->maturityOn),
                                                            FieldLimits::shortened(loan->loanNo))});
    return problems;
}

FieldProblems Validation::checkRepayment(const Repayment& repayment, const ValidationContext& context)
{
    FieldProblems problems;
    checkLength(problems, QStringLiteral("loan_no"), repayment.loanNo, FieldLimits::kCode);
    checkLength(problems, QStringLiteral("reason"), repayment.reason, FieldLimits::kText);
    if (repayment.principal.isNegative())
        problems.append({QStringLiteral("principal"), tr("must not be negative")});
    if (repayment.interest.isNegative())
        problems.append({QStringLiteral("interest"), tr("must not be negative")});
    if (repayment.principal.isZero() && repayment.interest.isZero())
        problems.append({QStringLiteral("principal"), tr("principal and interest are both 0")});
    const Loan* loan = context.loan(repayment.loanNo);
    if (!loan) {
        if (!context.isPartial(ValidationContext::Kind::Loan))
            problems.append({QStringLiteral("loan_no"), tr("no loan %1 in this import or the database")
                                                            .arg(FieldLimits::shortened(repayment.loanNo))});
        return problems;
    }
    if (repayment.paidOn.isValid() && loan->disbursedOn.isValid() && repayment.paidOn < loan->disbursedOn)
        problems.append({QStringLiteral("paid_on"), tr("%1 is before the disbursement date %2 of %3")
                                                        .arg(iso(repayment.paidOn), iso(loan->disbursedOn),
                                                             FieldLimits::shortened(loan->loanNo))});
    return problems;
}

FieldProblems Validation::checkSavingsEntry(const SavingsEntry& entry, const ValidationContext& context)
{
    FieldProblems problems;
    checkLength(problems, QStringLiteral("borrower_id"), entry.borrowerId, FieldLimits::kCode);
    checkLength(problems, QStringLiteral("reason"), entry.reason, FieldLimits::kText);
    if (entry.amount.isZero())
        problems.append({QStringLiteral("amount"), tr("must not be 0")});
    const Borrower* borrower = context.borrower(entry.borrowerId);
    if (!borrower) {
        if (!context.isPartial(ValidationContext::Kind::Borrower))
            problems.append(
                {QStringLiteral("borrower_id"), tr("no borrower %1 in this import or the database")
                                                    .arg(FieldLimits::shortened(entry.borrowerId))});
    } else if (borrower->kind != BorrowerKind::Household || borrower->groupCode.isEmpty()) {
        problems.append({QStringLiteral("borrower_id"),
                         tr("%1 is not a household in a group; only group members keep savings")
                             .arg(FieldLimits::shortened(entry.borrowerId))});
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
        problems.append(
            {blamed,
             {QStringLiteral("principal"),
              tr("the installments of %1 add up to %2, not to its amount %3")
                  .arg(FieldLimits::shortened(loan.loanNo), amount(total), amount(loan.amount))}});
    const QDate last = installments[order.back()].dueOn;
    if (last.isValid() && loan.maturityOn.isValid() && last != loan.maturityOn)
        problems.append({blamed,
                         {QStringLiteral("due_on"),
                          tr("the last installment of %1 is due on %2, not on its maturity "
                             "date %3")
                              .arg(FieldLimits::shortened(loan.loanNo), iso(last), iso(loan.maturityOn))}});
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
        repaid += EntryEffect::principal(repayment);
        const bool endOfDay = k + 1 == order.size() || repayments[order[k + 1]].paidOn != repayment.paidOn;
        if (endOfDay && repaid.isNegative()) {
            const qsizetype blamed =
                blameRow(order, isNew, repayment.paidOn, [&](qsizetype i) { return repayments[i].paidOn; });
            problems.append(
                {blamed,
                 {QStringLiteral("principal"),
                  tr("by the end of %2 the principal repaid on %1 would be %3, less than 0")
                      .arg(FieldLimits::shortened(loan.loanNo), iso(repayment.paidOn), amount(repaid))}});
            break;
        }
        if (endOfDay && repaid > loan.amount) {
            const qsizetype blamed =
                blameRow(order, isNew, repayment.paidOn, [&](qsizetype i) { return repayments[i].paidOn; });
            problems.append(
                {blamed,
                 {QStringLiteral("principal"),
                  tr("by the end of %2 the principal repaid on %1 would be %3, more than its amount %4")
                      .arg(FieldLimits::shortened(loan.loanNo), iso(repayment.paidOn), amount(repaid),
                           amount(loan.amount))}});
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
        balance += EntryEffect::amount(entry);
        const bool endOfDay = k + 1 == order.size() || entries[order[k + 1]].on != entry.on;
        if (endOfDay && balance.isNegative()) {
            const qsizetype blamed =
                blameRow(order, isNew, entry.on, [&](qsizetype i) { return entries[i].on; });
            problems.append(
                {blamed,
                 {QStringLiteral("amount"),
                  tr("the savings balance of %1 would be %2 at the end of %3")
                      .arg(FieldLimits::shortened(entry.borrowerId), amount(balance), iso(entry.on))}});
            break;
        }
    }
    return problems;
}

FieldProblems Validation::checkMove(const Move& move, const ValidationContext& context)
{
    FieldProblems problems;
    checkLength(problems, QStringLiteral("borrower_id"), move.borrowerId, FieldLimits::kCode);
    checkLength(problems, QStringLiteral("group_code"), move.groupCode, FieldLimits::kCode);
    checkLength(problems, QStringLiteral("commune_code"), move.communeCode, FieldLimits::kCode);
    const Borrower* borrower = context.borrower(move.borrowerId);
    if (!borrower) {
        if (!context.isPartial(ValidationContext::Kind::Borrower))
            problems.append(
                {QStringLiteral("borrower_id"), tr("no borrower %1 in this import or the database")
                                                    .arg(FieldLimits::shortened(move.borrowerId))});
        return problems;
    }
    const bool grouped = !borrower->groupCode.isEmpty();
    if (!move.groupCode.isEmpty() && !move.communeCode.isEmpty()) {
        // A move to a group takes the group's commune; one named with it must be that one.
        const Group* group = context.group(move.groupCode);
        if (group && group->communeCode != move.communeCode) {
            problems.append(
                {QStringLiteral("commune_code"),
                 tr("%1 is not the commune of group %2, which is in %3; a group move takes the "
                    "group's commune")
                     .arg(FieldLimits::shortened(move.communeCode), FieldLimits::shortened(group->code),
                          FieldLimits::shortened(group->communeCode))});
            return problems;
        }
    }
    if (grouped) {
        if (move.groupCode.isEmpty()) {
            problems.append(
                {QStringLiteral("group_code"), tr("%1 is in a group; name the group they move to")
                                                   .arg(FieldLimits::shortened(move.borrowerId))});
        } else if (!context.group(move.groupCode)) {
            if (!context.isPartial(ValidationContext::Kind::Group))
                problems.append(
                    {QStringLiteral("group_code"), tr("no group %1 in this import or the database")
                                                       .arg(FieldLimits::shortened(move.groupCode))});
        }
    } else if (!move.groupCode.isEmpty()) {
        problems.append({QStringLiteral("group_code"),
                         borrower->kind == BorrowerKind::Organization
                             ? tr("an organisation is never in a group; name the commune it moves to")
                             : tr("%1 is in no group; name the commune they move to")
                                   .arg(FieldLimits::shortened(move.borrowerId))});
    } else if (move.communeCode.isEmpty()) {
        problems.append(
            {QStringLiteral("commune_code"), tr("%1 is in no group; name the commune they move to")
                                                 .arg(FieldLimits::shortened(move.borrowerId))});
    } else if (!context.commune(move.communeCode) && !context.isPartial(ValidationContext::Kind::Commune)) {
        problems.append({QStringLiteral("commune_code"), tr("no commune %1 in this import or the database")
                                                             .arg(FieldLimits::shortened(move.communeCode))});
    }
    return problems;
}

namespace {

/// The rules a reversal of either kind shares: the entry exists and is not a reversal, the date and reason.
template <typename Entry, typename DateOf>
bool checkReversalBasics(FieldProblems& problems, const Entry& reversal, const Entry* original,
                         const QString& dateField, DateOf dateOf)
{
    requireText(problems, QStringLiteral("reason"), reversal.reason);
    if (!original) {
        problems.append(
            {QStringLiteral("reverses"),
             Validation::tr("no entry no. %1 in this import or the database").arg(reversal.reverses)});
        return false;
    }
    if (original->isReversal()) {
        problems.append({QStringLiteral("reverses"),
                         Validation::tr("entry no. %1 is itself a reversal (of no. %2); a reversal is never "
                                        "reversed: post the right entry again instead")
                             .arg(original->entryNo)
                             .arg(original->reverses)});
        return false;
    }
    if (dateOf(reversal).isValid() && dateOf(*original).isValid() && dateOf(reversal) < dateOf(*original))
        problems.append({dateField, Validation::tr("%1 is before %2, the date of entry no. %3 it reverses")
                                        .arg(iso(dateOf(reversal)), iso(dateOf(*original)))
                                        .arg(original->entryNo)});
    return true;
}

} // namespace

FieldProblems Validation::checkReversal(const Repayment& reversal, const Repayment* original)
{
    FieldProblems problems;
    if (!checkReversalBasics(problems, reversal, original, QStringLiteral("paid_on"),
                             [](const Repayment& r) { return r.paidOn; }))
        return problems;
    if (original->loanNo != reversal.loanNo)
        problems.append({QStringLiteral("loan_no"), tr("entry no. %1 is a repayment of %2, not of %3")
                                                        .arg(QString::number(original->entryNo),
                                                             FieldLimits::shortened(original->loanNo),
                                                             FieldLimits::shortened(reversal.loanNo))});
    if (original->principal != reversal.principal)
        problems.append(
            {QStringLiteral("principal"), tr("%1 is not %2, the principal of entry no. %3")
                                              .arg(amount(reversal.principal), amount(original->principal))
                                              .arg(original->entryNo)});
    if (original->interest != reversal.interest)
        problems.append(
            {QStringLiteral("interest"), tr("%1 is not %2, the interest of entry no. %3")
                                             .arg(amount(reversal.interest), amount(original->interest))
                                             .arg(original->entryNo)});
    return problems;
}

FieldProblems Validation::checkReversal(const SavingsEntry& reversal, const SavingsEntry* original)
{
    FieldProblems problems;
    if (!checkReversalBasics(problems, reversal, original, QStringLiteral("on"),
                             [](const SavingsEntry& e) { return e.on; }))
        return problems;
    if (original->borrowerId != reversal.borrowerId)
        problems.append(
            {QStringLiteral("borrower_id"),
             tr("entry no. %1 is a savings entry of %2, not of %3")
                 .arg(QString::number(original->entryNo), FieldLimits::shortened(original->borrowerId),
                      FieldLimits::shortened(reversal.borrowerId))});
    if (original->amount != reversal.amount)
        problems.append({QStringLiteral("amount"), tr("%1 is not %2, the amount of entry no. %3")
                                                       .arg(amount(reversal.amount), amount(original->amount))
                                                       .arg(original->entryNo)});
    return problems;
}

QList<Validation::RowProblem> Validation::checkMoves(const Membership& first, const QList<Move>& moves,
                                                     const NewRows& isNew)
{
    QList<RowProblem> problems;
    const QList<qsizetype> order = sortedIndices(moves.size(), [&](qsizetype i) { return moves[i].on; });
    Membership before = first;
    bool newSeen = false;
    for (qsizetype k = 0; k < order.size(); ++k) {
        const qsizetype index = order[k];
        const Move& move = moves[index];
        const bool isNewRow = isNew.isEmpty() || isNew.value(index, false);
        if (k > 0 && moves[order[k - 1]].on == move.on) {
            problems.append(
                {isNewRow ? index : order[k - 1],
                 {QStringLiteral("on"), tr("%1 already moves on %2; a borrower moves at most once a day")
                                            .arg(FieldLimits::shortened(move.borrowerId), iso(move.on))}});
            continue;
        }
        if (!isNewRow && newSeen) {
            // A stored move after a new one: the new one is back-dated before the borrower's previous move.
            for (qsizetype j = k - 1; j >= 0; --j) {
                const qsizetype earlier = order[j];
                if (isNew.isEmpty() || isNew.value(earlier, false)) {
                    problems.append(
                        {earlier,
                         {QStringLiteral("on"), tr("%1 is not after %2, the date of the previous move of "
                                                   "%3; moves are posted in date order")
                                                    .arg(iso(moves[earlier].on), iso(move.on),
                                                         FieldLimits::shortened(move.borrowerId))}});
                    break;
                }
            }
            return problems;
        }
        newSeen = newSeen || isNewRow;
        const Membership after{move.communeCode, move.groupCode};
        const bool same = move.groupCode.isEmpty()
                              ? after.communeCode == before.communeCode && before.groupCode.isEmpty()
                              : after.groupCode == before.groupCode;
        if (same && isNewRow)
            problems.append(
                {index,
                 {move.groupCode.isEmpty() ? QStringLiteral("commune_code") : QStringLiteral("group_code"),
                  tr("%1 is already in %2 on %3")
                      .arg(FieldLimits::shortened(move.borrowerId),
                           FieldLimits::shortened(move.groupCode.isEmpty() ? move.communeCode
                                                                           : move.groupCode),
                           iso(move.on))}});
        before = after;
    }
    return problems;
}

MessageWording::MessageWording(const QLocale& locale)
    : m_locale(locale)
    , m_previous(t_formLocale)
{
    t_formLocale = &m_locale;
}

MessageWording::~MessageWording()
{
    t_formLocale = m_previous;
}

QString MessageWording::date(const QDate& date)
{
    return t_formLocale ? t_formLocale->toString(date, QStringLiteral("dd/MM/yyyy")) : Dates::toIso(date);
}

QString MessageWording::amount(Money value)
{
    return t_formLocale ? value.format(*t_formLocale) : value.toPlainString();
}

void MessageWording::setFormLocale(const std::optional<QLocale>& locale)
{
    const QMutexLocker lock(&g_formLocaleMutex);
    g_formLocale = locale;
}

std::optional<QLocale> MessageWording::formLocale()
{
    const QMutexLocker lock(&g_formLocaleMutex);
    return g_formLocale;
}

void MessageWording::forForm(std::optional<MessageWording>& wording)
{
    if (const std::optional<QLocale> locale = formLocale())
        wording.emplace(*locale);
}
