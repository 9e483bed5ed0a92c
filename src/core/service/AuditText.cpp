#include "AuditText.h"

#include "domain/Dates.h"

#include <utility>

namespace {

using Field = std::pair<QString, QString>;

QString date(const std::optional<QDate>& day)
{
    return day ? Dates::toIso(*day) : QString();
}

} // namespace

namespace AuditText {

QString text(const Fields& fields)
{
    QStringList parts;
    for (const auto& [name, value] : fields)
        parts.append(name + QStringLiteral(": ") + value);
    return parts.join(QStringLiteral("; "));
}

Fields of(const Commune& commune)
{
    return {{QStringLiteral("code"), commune.code}, {QStringLiteral("name"), commune.name}};
}

Fields of(const Group& group)
{
    return {{QStringLiteral("code"), group.code},
            {QStringLiteral("name"), group.name},
            {QStringLiteral("commune_code"), group.communeCode},
            {QStringLiteral("organization_code"), group.organizationCode},
            {QStringLiteral("village"), group.village},
            {QStringLiteral("leader_name"), group.leaderName},
            {QStringLiteral("founded_on"), Dates::toIso(group.foundedOn)}};
}

Fields of(const Borrower& borrower)
{
    return {{QStringLiteral("id"), borrower.id},
            {QStringLiteral("kind"), borrowerKindCode(borrower.kind)},
            {QStringLiteral("id_number"), borrower.idNumber},
            {QStringLiteral("full_name"), borrower.fullName},
            {QStringLiteral("commune_code"), borrower.communeCode},
            {QStringLiteral("group_code"), borrower.groupCode},
            {QStringLiteral("village"), borrower.village}};
}

Fields of(const Loan& loan)
{
    return {{QStringLiteral("loan_no"), loan.loanNo},
            {QStringLiteral("borrower_id"), loan.borrowerId},
            {QStringLiteral("program_code"), loan.programCode},
            {QStringLiteral("amount"), loan.amount.toPlainString()},
            {QStringLiteral("disbursed_on"), Dates::toIso(loan.disbursedOn)},
            {QStringLiteral("maturity_on"), Dates::toIso(loan.maturityOn)},
            {QStringLiteral("rate_pct_month"), loan.rate ? loan.rate->toPlainString() : QString()},
            {QStringLiteral("frozen_on"), date(loan.frozenOn)},
            {QStringLiteral("purpose"), loan.purpose}};
}

Fields of(const QList<Installment>& schedule)
{
    QStringList parts;
    for (const Installment& installment : schedule)
        parts.append(Dates::toIso(installment.dueOn) + u' ' + installment.principal.toPlainString());
    return {{QStringLiteral("schedule"), parts.join(QStringLiteral(", "))}};
}

Fields of(const Repayment& repayment)
{
    Fields fields = {{QStringLiteral("entry_no"), QString::number(repayment.entryNo)},
                     {QStringLiteral("loan_no"), repayment.loanNo},
                     {QStringLiteral("paid_on"), Dates::toIso(repayment.paidOn)},
                     {QStringLiteral("principal"), repayment.principal.toPlainString()},
                     {QStringLiteral("interest"), repayment.interest.toPlainString()}};
    if (repayment.isReversal())
        fields.append({QStringLiteral("reverses"), QString::number(repayment.reverses)});
    return fields;
}

Fields of(const SavingsEntry& entry)
{
    Fields fields = {{QStringLiteral("entry_no"), QString::number(entry.entryNo)},
                     {QStringLiteral("borrower_id"), entry.borrowerId},
                     {QStringLiteral("on"), Dates::toIso(entry.on)},
                     {QStringLiteral("amount"), entry.amount.toPlainString()}};
    if (entry.isReversal())
        fields.append({QStringLiteral("reverses"), QString::number(entry.reverses)});
    return fields;
}

Fields of(const Membership& membership)
{
    return {{QStringLiteral("commune_code"), membership.communeCode},
            {QStringLiteral("group_code"), membership.groupCode}};
}

Change difference(const Fields& old, const Fields& now)
{
    QList<Field> changedOld;
    QList<Field> changedNew;
    for (const Field& field : now) {
        QString previous;
        bool found = false;
        for (const Field& o : old) {
            if (o.first == field.first) {
                previous = o.second;
                found = true;
                break;
            }
        }
        if (!found || previous != field.second) {
            changedOld.append({field.first, previous});
            changedNew.append(field);
        }
    }
    return {text(changedOld), text(changedNew)};
}

} // namespace AuditText
