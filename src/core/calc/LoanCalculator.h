#pragma once

#include "LoanPosition.h"
#include "domain/Entities.h"

#include <QDate>
#include <QList>

#include <optional>

/// The facts of one loan that its figures depend on.
struct LoanFacts
{
    struct Installment
    {
        QDate dueOn;
        Money principal;
    };
    /// What a repayment does to the loan: its amounts as they count (a reversal's are negative).
    struct Payment
    {
        QDate paidOn;
        Money principal;
        Money interest;

        /// The effect of a posted repayment or reversal (EntryEffect).
        static Payment of(const Repayment& repayment);
    };

    Money amount;
    QDate disbursedOn;
    QDate maturityOn;
    std::optional<QDate> frozenOn;
    QList<Installment> schedule; ///< any order; empty: the whole amount is due on maturityOn
    QList<Payment> payments;     ///< any order; every entry and every reversal (Payment::of)
    /// The date of the borrower's last change of membership (invalid: none). The kept month rows of a loan
    /// that still owes run at least to that month, so that after them nothing about the loan changes any
    /// more, not even the commune and organisation its figures are totalled under (domain.md §8).
    QDate lastMoveOn;
};

/// Every figure of a loan, computed from its facts exactly as domain.md §5 defines it. The summary, the
/// ageing table, the dashboard and the borrower ledger all take a loan's figures from here.
class LoanCalculator
{
public:
    explicit LoanCalculator(LoanFacts facts);

    /// The loan's position at the end of @p day.
    [[nodiscard]] LoanPosition positionAt(const QDate& day) const;

    /// Month rows from the disbursement month to the horizon month, leaving out months in which every figure
    /// is zero. After the horizon nothing changes any more: the position stays that of the last row.
    struct Months
    {
        QList<LoanMonth> rows;
        YearMonth horizon;
        bool carriesForward = false; ///< the loan still has a balance after the horizon

        /// The loan's figures of @p month as the kept rows stand for them: its row, the last row carried
        /// forward (no flows, the same balance) after the horizon, or a row of zeros.
        [[nodiscard]] LoanMonth at(YearMonth month) const;
    };
    [[nodiscard]] Months months() const;

    /// Per installment at the end of @p day: what is paid of it (repaid principal pays installments in
    /// due-date order) and how many days it is past due (0 when not yet overdue or fully paid).
    struct InstallmentState
    {
        QDate dueOn;
        Money principal;
        Money paid;
        qint64 daysPastDue = 0;
    };
    [[nodiscard]] QList<InstallmentState> installmentsAt(const QDate& day) const;

    [[nodiscard]] const LoanFacts& facts() const { return m_facts; }

private:
    LoanFacts m_facts;
    QList<Money> m_cumulativeDue; ///< running total of m_facts.schedule (sorted)
};
