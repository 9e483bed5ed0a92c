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

    /// Adds the records of @p other after these, kind by kind.
    void append(const PortfolioData& other)
    {
        communes += other.communes;
        groups += other.groups;
        borrowers += other.borrowers;
        moves += other.moves;
        loans += other.loans;
        installments += other.installments;
        repayments += other.repayments;
        savings += other.savings;
    }
};
