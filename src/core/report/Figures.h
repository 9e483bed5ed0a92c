#pragma once

#include "calc/LoanPosition.h"
#include "domain/Money.h"

/// The figures of one row of a report, summed over the row's loans (domain.md §5–6). Everything but
/// `borrowers` adds up across rows; `borrowers` counts distinct borrowers and is computed for each row.
struct Figures
{
    qint64 borrowers = 0; ///< distinct borrowers with a balance at the end of the period
    qint64 loans = 0;     ///< loans with a balance at the end of the period
    Money outstandingStart;
    Money disbursed;
    Money collectedPrincipal;
    Money collectedInterest;
    Money outstandingEnd;
    Money overdue;
    Money frozen;
    AgeBuckets ageing{};
    Money savings;

    [[nodiscard]] Percent overdueRatio() const { return Percent::ratio(overdue, outstandingEnd); }
    [[nodiscard]] Percent frozenRatio() const { return Percent::ratio(frozen, outstandingEnd); }
    /// Overdue plus frozen: VBSP's headline figure of bad debt (nợ xấu).
    [[nodiscard]] Money overdueAndFrozen() const { return overdue + frozen; }
    [[nodiscard]] Percent overdueAndFrozenRatio() const
    {
        return Percent::ratio(overdue + frozen, outstandingEnd);
    }
    /// Outstanding that is neither overdue nor frozen.
    [[nodiscard]] Money current() const { return outstandingEnd - overdue - frozen; }

    /// Adds the additive figures of @p other (not borrowers).
    void addAmounts(const Figures& other);
    /// Adds every figure of @p other, distinct borrowers too: for parts that no borrower is in twice (the
    /// kept totals' cells of one month; a borrower is in one commune, organisation and group at its end).
    void addAll(const Figures& other);

    bool operator==(const Figures&) const = default;
};
