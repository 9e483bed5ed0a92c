#pragma once

#include "LoanCalculator.h"
#include "domain/Entities.h"
#include "domain/Rate.h"

#include <QDate>
#include <QList>

/// What the repayment form and the commune transaction day propose to collect from a loan on a day. These are
/// proposals the credit officer can change, not figures: nothing is stored from them.
///
/// - principal due: what the schedule asks by the end of the day, less what is repaid by then (never more
/// than
///   the outstanding balance); overdue principal is part of it;
/// - interest: outstanding × the loan's monthly rate × days ÷ 30, rounded to the đồng (halves up), the days
///   counted from the last interest payment that stands (not reversed), or from the disbursement when there
///   is none, to the day.
/// A frozen loan (khoanh nợ) is collected nothing from the day it is frozen.
struct CollectionProposal
{
    Money outstanding;
    Money overdue;
    Money principalDue;
    Money interest;
    QDate interestFrom; ///< the day the interest is counted from
    qint64 interestDays = 0;

    /// @p rate is the loan's rate in force (its own, or its program's on the disbursement date); @p entries
    /// are the loan's repayments and reversals as stored.
    static CollectionProposal of(const LoanCalculator& loan, MonthlyRate rate,
                                 const QList<Repayment>& entries, const QDate& day);

    /// outstanding × rate × days ÷ 30, rounded to the đồng, halves away from zero.
    static Money interestFor(Money outstanding, MonthlyRate rate, qint64 days);
    /// The date of the latest repayment with interest that is neither a reversal nor reversed; invalid if
    /// none.
    static QDate lastInterestPaidOn(const QList<Repayment>& entries, const QDate& upTo);
};
