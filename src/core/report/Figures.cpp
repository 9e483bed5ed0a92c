#include "Figures.h"

void Figures::addAmounts(const Figures& other)
{
    loans += other.loans;
    outstandingStart += other.outstandingStart;
    disbursed += other.disbursed;
    collectedPrincipal += other.collectedPrincipal;
    collectedInterest += other.collectedInterest;
    outstandingEnd += other.outstandingEnd;
    overdue += other.overdue;
    frozen += other.frozen;
    for (std::size_t i = 0; i < ageing.size(); ++i)
        ageing[i] += other.ageing[i];
    savings += other.savings;
}

void Figures::addAll(const Figures& other)
{
    addAmounts(other);
    borrowers += other.borrowers;
}
