#include "LoanCalculator.h"

#include "EntryEffect.h"

#include <algorithm>

namespace {

/// Position at @p day given the running totals; @p firstUnpaid is the index of the first installment not
/// fully covered by @p repaid (kept by the caller from one month to the next).
void fillOverdue(LoanPosition& position, const LoanFacts& facts, const QList<Money>& cumulativeDue,
                 qsizetype dueCount, qsizetype firstUnpaid, const QDate& day)
{
    const bool frozen = facts.frozenOn && *facts.frozenOn <= day;
    if (frozen) {
        position.frozen = position.outstanding;
        return;
    }
    if (dueCount == 0)
        return;
    const Money dueBefore = cumulativeDue[dueCount - 1];
    position.overdue = Money::max(Money(), dueBefore - position.repaid);
    for (qsizetype i = firstUnpaid; i < dueCount; ++i) {
        const Money principal = facts.schedule[i].principal;
        const Money unpaid = Money::min(principal, cumulativeDue[i] - position.repaid);
        if (!unpaid.isPositive())
            continue;
        const qint64 days = facts.schedule[i].dueOn.daysTo(day);
        position.ageing[static_cast<std::size_t>(ageBucketFor(days))] += unpaid;
    }
}

} // namespace

LoanFacts::Payment LoanFacts::Payment::of(const Repayment& repayment)
{
    return {repayment.paidOn, EntryEffect::principal(repayment), EntryEffect::interest(repayment)};
}

LoanMonth LoanCalculator::Months::at(YearMonth month) const
{
    const auto it = std::lower_bound(rows.cbegin(), rows.cend(), month,
                                     [](const LoanMonth& row, YearMonth m) { return row.month < m; });
    if (it != rows.cend() && it->month == month)
        return *it;
    LoanMonth row;
    row.month = month;
    if (carriesForward && !rows.isEmpty() && month > horizon) {
        const LoanMonth& last = rows.back();
        row.outstandingStart = last.outstandingEnd;
        row.outstandingEnd = last.outstandingEnd;
        row.overdue = last.overdue;
        row.frozen = last.frozen;
        row.ageing = last.ageing;
    }
    return row;
}

LoanCalculator::LoanCalculator(LoanFacts facts)
    : m_facts(std::move(facts))
{
    if (m_facts.schedule.isEmpty())
        m_facts.schedule.append({m_facts.maturityOn, m_facts.amount});
    std::stable_sort(m_facts.schedule.begin(), m_facts.schedule.end(),
                     [](const auto& a, const auto& b) { return a.dueOn < b.dueOn; });
    std::stable_sort(m_facts.payments.begin(), m_facts.payments.end(),
                     [](const auto& a, const auto& b) { return a.paidOn < b.paidOn; });
    Money running;
    m_cumulativeDue.reserve(m_facts.schedule.size());
    for (const auto& installment : std::as_const(m_facts.schedule)) {
        running += installment.principal;
        m_cumulativeDue.append(running);
    }
}

LoanPosition LoanCalculator::positionAt(const QDate& day) const
{
    LoanPosition position;
    if (!day.isValid() || m_facts.disbursedOn > day)
        return position;
    position.exists = true;
    for (const auto& payment : m_facts.payments) {
        if (payment.paidOn > day)
            break;
        position.repaid += payment.principal;
    }
    position.outstanding = m_facts.amount - position.repaid;
    qsizetype dueCount = 0;
    while (dueCount < m_facts.schedule.size() && m_facts.schedule[dueCount].dueOn < day)
        ++dueCount;
    qsizetype firstUnpaid = 0;
    while (firstUnpaid < m_cumulativeDue.size() && m_cumulativeDue[firstUnpaid] <= position.repaid)
        ++firstUnpaid;
    fillOverdue(position, m_facts, m_cumulativeDue, dueCount, firstUnpaid, day);
    return position;
}

LoanCalculator::Months LoanCalculator::months() const
{
    Months result;
    const YearMonth first = YearMonth::fromDate(m_facts.disbursedOn);
    Money totalRepaid;
    YearMonth lastPayment = first;
    for (const auto& payment : m_facts.payments) {
        totalRepaid += payment.principal;
        lastPayment = std::max(lastPayment, YearMonth::fromDate(payment.paidOn));
    }
    result.carriesForward = (m_facts.amount - totalRepaid).isPositive();
    result.horizon = lastPayment;
    if (result.carriesForward) {
        // Once every unpaid installment is more than 360 days past due and no payment, freeze or move is left
        // to come, the month-end position no longer changes.
        result.horizon = std::max(result.horizon, YearMonth::fromDate(m_facts.maturityOn.addDays(361)));
        if (m_facts.frozenOn)
            result.horizon = std::max(result.horizon, YearMonth::fromDate(*m_facts.frozenOn));
        if (m_facts.lastMoveOn.isValid())
            result.horizon = std::max(result.horizon, YearMonth::fromDate(m_facts.lastMoveOn));
    }

    qsizetype paymentIndex = 0;
    qsizetype dueCount = 0;
    qsizetype firstUnpaid = 0;
    Money repaid;
    Money previousOutstanding;
    for (YearMonth month = first; month <= result.horizon; month = month.next()) {
        const QDate end = month.lastDay();
        LoanMonth row;
        row.month = month;
        row.outstandingStart = previousOutstanding;
        if (month == first)
            row.disbursed = m_facts.amount;
        while (paymentIndex < m_facts.payments.size() && m_facts.payments[paymentIndex].paidOn <= end) {
            const auto& payment = m_facts.payments[paymentIndex++];
            repaid += payment.principal;
            row.collectedPrincipal += payment.principal;
            row.collectedInterest += payment.interest;
        }
        while (dueCount < m_facts.schedule.size() && m_facts.schedule[dueCount].dueOn < end)
            ++dueCount;
        // A reversal takes repaid principal back, so the first installment not fully covered can move back.
        while (firstUnpaid > 0 && m_cumulativeDue[firstUnpaid - 1] > repaid)
            --firstUnpaid;
        while (firstUnpaid < m_cumulativeDue.size() && m_cumulativeDue[firstUnpaid] <= repaid)
            ++firstUnpaid;
        LoanPosition position;
        position.exists = true;
        position.repaid = repaid;
        position.outstanding = m_facts.amount - repaid;
        fillOverdue(position, m_facts, m_cumulativeDue, dueCount, firstUnpaid, end);
        row.outstandingEnd = position.outstanding;
        row.overdue = position.overdue;
        row.frozen = position.frozen;
        row.ageing = position.ageing;
        previousOutstanding = position.outstanding;
        const bool empty = row.outstandingStart.isZero() && row.outstandingEnd.isZero() &&
                           row.disbursed.isZero() && row.collectedPrincipal.isZero() &&
                           row.collectedInterest.isZero();
        if (!empty)
            result.rows.append(row);
    }
    return result;
}

QList<LoanCalculator::InstallmentState> LoanCalculator::installmentsAt(const QDate& day) const
{
    Money repaid;
    for (const auto& payment : m_facts.payments) {
        if (payment.paidOn > day)
            break;
        repaid += payment.principal;
    }
    const bool frozen = m_facts.frozenOn && *m_facts.frozenOn <= day;
    QList<InstallmentState> states;
    states.reserve(m_facts.schedule.size());
    Money before;
    for (qsizetype i = 0; i < m_facts.schedule.size(); ++i) {
        const auto& installment = m_facts.schedule[i];
        InstallmentState state;
        state.dueOn = installment.dueOn;
        state.principal = installment.principal;
        state.paid = Money::max(Money(), Money::min(installment.principal, repaid - before));
        if (!frozen && state.paid < state.principal && installment.dueOn < day)
            state.daysPastDue = installment.dueOn.daysTo(day);
        before = m_cumulativeDue[i];
        states.append(state);
    }
    return states;
}
