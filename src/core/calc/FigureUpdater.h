#pragma once

#include "Result.h"
#include "calc/LoanCalculator.h"
#include "domain/Dates.h"
#include "repo/ActivityRepository.h"
#include "repo/FigureRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

class Database;

/// Keeps the stored figures (loan_month, month_total, group_savings_month, activity_day) in line with the
/// facts of the portfolio, inside the caller's transaction. A write takes the kept rows of the loans it
/// touches out before it changes their facts (detachLoans), changes the facts, then adds the rows computed
/// from the new facts (attachLoans); the month totals follow both steps under the membership stored at each
/// step, which is how a move re-keys the months from its date on and leaves the months before it as they
/// were.
///
/// It is also the last guard of the closed months (domain.md §8): when the figures of a loan or a group in a
/// month up to @p closedThrough would differ after the change, the change is refused.
class FigureUpdater
{
    Q_DECLARE_TR_FUNCTIONS(FigureUpdater)

public:
    /// @p closedThrough: the latest closed month (invalid: none is closed).
    explicit FigureUpdater(Database& database, YearMonth closedThrough = {});

    /// Takes the kept rows of stored loans out, before their facts or their borrower's membership change.
    Status detachLoans(const QStringList& loanNos);
    /// Computes the rows of the given loans from their stored facts and adds them.
    Status attachLoans(const QStringList& loanNos);
    /// Adds the rows of new loans whose every fact is in @p facts (written in the same transaction), without
    /// reading them back.
    Status attachNewLoans(const QHash<QString, LoanFacts>& facts);
    /// Call after storing moves, before attaching the loans of the borrowers who moved.
    void membershipsChanged();
    /// Recomputes the month-end savings balances of the given groups from the entries and memberships of
    /// everyone who was ever in them.
    Status refreshGroupSavings(const QStringList& groupCodes);
    /// Adds to the counts of dated records per day (the months with data).
    Status countDays(const ActivityRepository::Days& change);
    /// Writes what is still collected (the month totals). Call before the transaction commits.
    Status finish();

private:
    Status attach(const QString& loanNo, const LoanFacts& facts);

    Database& m_database;
    YearMonth m_closedThrough;
    FigureRepository m_figures;
    QHash<QString, LoanCalculator::Months> m_detached;
};
