#pragma once

#include "calc/LoanPosition.h"
#include "domain/Entities.h"

#include <QList>
#include <QString>

/// A borrower's ledger at the end of a day: every loan with each installment's state, the repayments and
/// reversals with the outstanding after each, the savings movements with the balance after each, and the
/// borrower's memberships (the first one and every move). Built by PortfolioBrowser from the stored facts
/// with LoanCalculator.
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
    /// How an entry stands: counted, reversed later (still counted up to its reversal), or a reversal.
    struct EntryMarks
    {
        qint64 entryNo = 0;
        qint64 reverses = 0;   ///< this line is the reversal of entry no. reverses
        qint64 reversedBy = 0; ///< this entry is reversed by entry no. reversedBy (dated on or before asOf)
        QDate reversedOn;      ///< the date of that reversal
        QString reason;        ///< the reversal's reason, on both lines

        [[nodiscard]] bool isReversal() const { return reverses > 0; }
        [[nodiscard]] bool isReversed() const { return reversedBy > 0; }
    };
    struct RepaymentLine
    {
        QDate paidOn;
        Money principal; ///< as posted (a reversal carries the amounts it takes back)
        Money interest;
        Money outstandingAfter;
        EntryMarks marks;

        [[nodiscard]] QDate date() const { return paidOn; }
    };
    struct LoanEntry
    {
        Loan loan;
        QString programName;
        LoanPosition position; ///< at the end of asOf
        QList<InstallmentLine> installments;
        QList<RepaymentLine> repayments; ///< entries and reversals up to asOf, in date order
    };
    struct SavingsLine
    {
        QDate on;
        Money amount; ///< as posted
        Money balanceAfter;
        EntryMarks marks;

        [[nodiscard]] QDate date() const { return on; }
    };
    /// A membership of the borrower from a date: the first one (from invalid) or a move.
    struct MembershipLine
    {
        QDate from;
        QString communeCode;
        QString communeName;
        QString groupCode; ///< empty: in no group
        QString groupName;
        QString organizationCode; ///< `DIRECT` for a borrower in no group
    };

    Borrower borrower;
    QString communeName;      ///< at asOf
    QString groupName;        ///< at asOf
    QString organizationCode; ///< at asOf; `DIRECT` for a borrower in no group
    QString organizationName;
    QList<MembershipLine>
        memberships; ///< the first one and every move dated on or before asOf, in date order
    QDate asOf;
    QList<LoanEntry> loans;     ///< disbursed by asOf, ascending by disbursement date then number
    QList<SavingsLine> savings; ///< up to asOf, in date order
    Money savingsBalance;
    /// Sums over the loans at asOf.
    LoanPosition total;
};
