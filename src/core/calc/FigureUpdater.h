#pragma once

#include "Result.h"
#include "calc/KeptTotals.h"
#include "calc/LoanCalculator.h"
#include "domain/Dates.h"
#include "repo/ActivityRepository.h"
#include "repo/FigureRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <functional>

class Database;

/// Keeps the stored figures (the month totals of KeptTotals, group_savings_month, activity_day) in line with
/// the facts of the portfolio, inside the caller's transaction. A write names the borrowers whose loans or
/// membership it changes: before it changes their facts, detachBorrowers() takes out what all their loans
/// added to the totals, computed from the facts as they are; after it, attachBorrowers() adds what they add
/// now. Each step totals under the memberships stored at that step, which is how a move re-keys the months
/// from its date on and leaves the months before it as they were.
///
/// It is also the last guard of the closed months (domain.md §8): when the figures of a loan or a group in a
/// month up to @p closedThrough would differ after the change, the change is refused.
class FigureUpdater
{
    Q_DECLARE_TR_FUNCTIONS(FigureUpdater)

public:
    /// The version of how the kept figures are computed (KeptTotals, LoanCalculator::months, the
    /// memberships). Raise it with any change that alters a kept figure: opening a file whose figures were
    /// computed by another version computes them again (Migrations::migrate).
    /// 2: the totals by commune and organisation (schema version 10) are kept too.
    static constexpr int kFiguresVersion = 2;

    /// @p closedThrough: the latest closed month (invalid: none is closed).
    explicit FigureUpdater(Database& database, YearMonth closedThrough = {});

    /// Takes out what the loans of the given borrowers add to the totals, before their facts or their
    /// membership change. Borrowers not stored yet have nothing to take out.
    Status detachBorrowers(const QStringList& borrowerIds);
    /// Adds what the loans of the given borrowers add now. The facts of a loan in @p inMemory (a new loan
    /// written in the same transaction) are not read back.
    Status attachBorrowers(const QStringList& borrowerIds, const QHash<QString, LoanFacts>& inMemory = {});
    /// Recomputes the month-end savings balances of the given groups from the entries and memberships of
    /// everyone who was ever in them.
    Status refreshGroupSavings(const QStringList& groupCodes);
    /// Adds to the counts of dated records per day (the months with data).
    Status countDays(const ActivityRepository::Days& change);
    /// Writes what is still collected (the month totals). Call before the transaction commits.
    Status finish();

    /// What the loans of every borrower add to the totals, computed from the facts, visited in parts of a few
    /// thousand borrowers so that no more than a part is in memory at once (a rebuild, `check`).
    /// @p eachLoan, if given, is told every loan's months as well.
    using LoanVisit = std::function<Status(const KeptTotals::Loan& loan)>;
    static Status computeAll(Database& database, const std::function<Status(const KeptTotals&)>& visit,
                             const LoanVisit& eachLoan = {});
    /// The same for the borrowers @p borrowerIds only (every cell they add, in whatever commune).
    static Status computeFor(Database& database, const QStringList& borrowerIds,
                             const std::function<Status(const KeptTotals&)>& visit,
                             const LoanVisit& eachLoan = {});
    /// The month-end savings balances of the given groups (those that change, as group_savings_month keeps
    /// them), computed from the entries and memberships of everyone who was ever in them: what a write keeps
    /// and what `check` compares with.
    static Result<QHash<QString, QList<SavingsMonth>>> computeGroupSavings(Database& database,
                                                                           const QStringList& groupCodes);
    /// Replaces the kept totals by what the facts give (schema step 8).
    static Status rebuildTotals(Database& database);

private:
    /// The loans of the given borrowers with their months, each borrower with their places; @p visit is
    /// called once per borrower.
    using Visit = std::function<Status(const QString& borrowerId, const QList<KeptTotals::Loan>& loans,
                                       const Timeline<TotalPlace>& places)>;
    static Status forEachBorrower(Database& database, FigureRepository& figures,
                                  const QStringList& borrowerIds, const QHash<QString, LoanFacts>& inMemory,
                                  const Visit& visit);
    Status flushIfLarge();

    Database& m_database;
    YearMonth m_closedThrough;
    FigureRepository m_figures;
    KeptTotals m_change;
    QHash<QString, LoanCalculator::Months> m_before; ///< by loan number: its months before the change
    QSet<QString> m_detached;                        ///< borrowers taken out and not yet added back
};
