#pragma once

#include "domain/Dates.h"
#include "domain/Money.h"

#include <array>

/// Ageing buckets of overdue principal by days past due (domain.md §5).
enum class AgeBucket
{
    Days1To30,
    Days31To90,
    Days91To180,
    Days181To360,
    Over360,
};
inline constexpr int kAgeBucketCount = 5;
using AgeBuckets = std::array<Money, kAgeBucketCount>;

/// The bucket for an installment @p daysPastDue (≥ 1) days past due.
constexpr AgeBucket ageBucketFor(qint64 daysPastDue)
{
    if (daysPastDue <= 30)
        return AgeBucket::Days1To30;
    if (daysPastDue <= 90)
        return AgeBucket::Days31To90;
    if (daysPastDue <= 180)
        return AgeBucket::Days91To180;
    if (daysPastDue <= 360)
        return AgeBucket::Days181To360;
    return AgeBucket::Over360;
}

/// A loan's figures at the end of one day (domain.md §5).
struct LoanPosition
{
    bool exists = false; ///< disbursed on or before the day
    Money repaid;
    Money outstanding;
    Money overdue;
    Money frozen;
    AgeBuckets ageing{};

    [[nodiscard]] Money current() const { return outstanding - overdue - frozen; }
};

/// A loan's figures for one calendar month: the position at its last day and the flows within it.
struct LoanMonth
{
    YearMonth month;
    Money outstandingStart; ///< at the last day of the previous month
    Money disbursed;
    Money collectedPrincipal;
    Money collectedInterest;
    Money outstandingEnd;
    Money overdue;
    Money frozen;
    AgeBuckets ageing{};

    bool operator==(const LoanMonth&) const = default;
};
