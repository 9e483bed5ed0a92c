#include "CollectionProposal.h"

#include <QSet>

Money CollectionProposal::interestFor(Money outstanding, MonthlyRate rate, qint64 days)
{
    if (days <= 0 || outstanding <= Money())
        return Money();
    // The rate is in ten-thousandths of a percent per month: đồng × rate × days ÷ (30 × 1,000,000), exact in
    // 64 bits: đồng × rate stays below 10^18 for any balance the bank lends; it is divided before the days
    // multiply it, and the remainder carried.
    constexpr qint64 kDivisor = 30 * 1'000'000;
    const qint64 perMonth = outstanding.dong() * rate.tenThousandths();
    const qint64 whole = perMonth / kDivisor * days;
    const qint64 rest = (perMonth % kDivisor * days + kDivisor / 2) / kDivisor;
    return Money::fromDong(whole + rest);
}

QDate CollectionProposal::lastInterestPaidOn(const QList<Repayment>& entries, const QDate& upTo)
{
    QSet<qint64> reversed;
    for (const Repayment& r : entries) {
        if (r.isReversal() && (!upTo.isValid() || r.paidOn <= upTo))
            reversed.insert(r.reverses);
    }
    QDate last;
    for (const Repayment& r : entries) {
        if (r.isReversal() || reversed.contains(r.entryNo) || r.interest <= Money())
            continue;
        if (upTo.isValid() && r.paidOn > upTo)
            continue;
        if (!last.isValid() || r.paidOn > last)
            last = r.paidOn;
    }
    return last;
}

CollectionProposal CollectionProposal::of(const LoanCalculator& loan, MonthlyRate rate,
                                          const QList<Repayment>& entries, const QDate& day)
{
    CollectionProposal proposal;
    const LoanFacts& facts = loan.facts();
    const LoanPosition position = loan.positionAt(day);
    if (!position.exists)
        return proposal;
    proposal.outstanding = position.outstanding;
    proposal.overdue = position.overdue;
    if (facts.frozenOn && *facts.frozenOn <= day)
        return proposal;

    Money due;
    if (facts.schedule.isEmpty()) {
        if (facts.maturityOn <= day)
            due = facts.amount;
    } else {
        for (const LoanFacts::Installment& installment : facts.schedule) {
            if (installment.dueOn <= day)
                due += installment.principal;
        }
    }
    proposal.principalDue = Money::min(position.outstanding, Money::max(Money(), due - position.repaid));

    const QDate last = lastInterestPaidOn(entries, day);
    proposal.interestFrom = last.isValid() ? last : facts.disbursedOn;
    proposal.interestDays = std::max<qint64>(0, proposal.interestFrom.daysTo(day));
    proposal.interest = interestFor(position.outstanding, rate, proposal.interestDays);
    return proposal;
}
