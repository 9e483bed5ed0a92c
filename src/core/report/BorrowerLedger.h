#pragma once

#include "calc/LoanPosition.h"
#include "domain/Entities.h"

#include <QList>
#include <QString>

/// A borrower's ledger at the end of a day: every loan with each installment's state, the repayments with the
/// outstanding after each, and the savings movements with the balance after each. Built by PortfolioBrowser
/// from the stored facts with LoanCalculator.
struct BorrowerLedger
{
    enum class InstallmentStatus
    {
        Paid,    ///< fully repaid
        Unpaid,  ///< not yet due (or due today), not fully repaid
        Overdue, ///< due before the day and not fully repaid
        Frozen,  ///< not fully repaid, and the loan is frozen (khoanh nợ)
    };
    struct InstallmentLine
    {
        QDate dueOn;
        Money principal;
        Money paid;
        Money unpaid;
        InstallmentStatus status = InstallmentStatus::Unpaid;
        qint64 daysPastDue = 0;
    };
    struct RepaymentLine
    {
        QDate paidOn;
        Money principal;
        Money interest;
        Money outstandingAfter;
    };
    struct LoanEntry
    {
        Loan loan;
        QString programName;
        LoanPosition position; ///< at the end of asOf
        QList<InstallmentLine> installments;
        QList<RepaymentLine> repayments; ///< up to asOf, in date order
    };
    struct SavingsLine
    {
        QDate on;
        Money amount;
        Money balanceAfter;
    };

    Borrower borrower;
    QString communeName;
    QString groupName;
    QString organizationCode; ///< `DIRECT` for a borrower in no group
    QString organizationName;
    QDate asOf;
    QList<LoanEntry> loans;     ///< disbursed by asOf, ascending by disbursement date then number
    QList<SavingsLine> savings; ///< up to asOf, in date order
    Money savingsBalance;
    /// Sums over the loans at asOf.
    LoanPosition total;
};
