#pragma once

#include "domain/Entities.h"

/// What a posted entry does to the figures (domain.md §8). An entry counts from its own date; a reversal
/// takes the entry it names back from the reversal's own date, so it counts with the opposite sign of the
/// amounts it carries. Every figure that sums entries (LoanCalculator, the savings balances, the validation
/// of §4 rules 7 and 8, the ledger) takes an entry's effect from here.
namespace EntryEffect {

[[nodiscard]] inline Money principal(const Repayment& repayment)
{
    return repayment.isReversal() ? -repayment.principal : repayment.principal;
}

[[nodiscard]] inline Money interest(const Repayment& repayment)
{
    return repayment.isReversal() ? -repayment.interest : repayment.interest;
}

[[nodiscard]] inline Money amount(const SavingsEntry& entry)
{
    return entry.isReversal() ? -entry.amount : entry.amount;
}

} // namespace EntryEffect
