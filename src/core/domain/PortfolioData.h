#pragma once

#include "Entities.h"

#include <QList>

/// A batch of portfolio records to be written together (an import, the demonstration portfolio).
struct PortfolioData
{
    QList<Commune> communes;
    QList<Group> groups;
    QList<Borrower> borrowers;
    QList<Move> moves;
    QList<Loan> loans;
    QList<Installment> installments;
    QList<Repayment> repayments;
    QList<SavingsEntry> savings;
};
