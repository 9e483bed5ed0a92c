#pragma once

#include "Result.h"
#include "calc/LoanCalculator.h"
#include "calc/SavingsCalculator.h"
#include "domain/Dates.h"
#include "domain/Timeline.h"
#include "report/Figures.h"

#include <QHash>

#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <unordered_map>

class Database;
class Query;

/// The figures LoanDesk keeps up to date with every write so that the figures of any month are read without
/// going through all history: each loan's month-end position and monthly flows (loan_month), the same summed
/// by month, commune and organisation (month_total) and each group's month-end savings balance
/// (group_savings_month). Writes happen inside the caller's transaction, together with the change they
/// follow.
///
/// A loan's row of a month is totalled under the commune and organisation of its borrower at the month's last
/// day (domain.md §8), as the stored memberships say when the row is added or removed: a change of membership
/// removes the rows of the borrower's loans before the move is stored and adds them again after it.
class FigureRepository
{
public:
    explicit FigureRepository(Database& database);
    ~FigureRepository();

    /// Removes the month rows of @p loanNo (it may have none) and takes them out of the month totals.
    /// Returns what the removed rows stood for.
    Result<LoanCalculator::Months> removeLoanMonths(const QString& loanNo);
    /// Writes the month rows of @p loanNo, which has none, and records its horizon. The change to the kept
    /// month totals is collected and written by flushMonthTotals.
    Status addLoanMonths(const QString& loanNo, const LoanCalculator::Months& months);
    /// Adds the changes collected by removeLoanMonths and addLoanMonths to the kept month totals. Call it
    /// before the transaction commits.
    Status flushMonthTotals();
    /// Forgets the memberships read so far (after moves are stored).
    void forgetMemberships();

    using SavingsMonth = ::SavingsMonth;
    /// Replaces the month-end savings balances of @p groupCode.
    Status replaceGroupSavings(const QString& groupCode, const QList<SavingsMonth>& months);

    /// The stored month rows of one loan, ascending, and its recorded horizon (for `check`).
    struct StoredLoanMonths
    {
        QList<LoanMonth> rows;
        YearMonth horizon;
        bool carriesForward = false;
    };
    Result<StoredLoanMonths> loanMonths(const QString& loanNo);
    /// The stored savings balances of one group, ascending (for `check`).
    Result<QList<SavingsMonth>> groupSavings(const QString& groupCode);

    /// A cell of the kept month totals: month, commune and organisation (0: borrowers in no group).
    struct TotalKey
    {
        int ym = 0;
        qint64 communeId = 0;
        qint64 organizationId = 0;
        bool operator==(const TotalKey&) const = default;
    };
    /// A cell of the kept month totals named by codes (organisation `DIRECT`: borrowers in no group).
    struct TotalCell
    {
        int ym = 0;
        QString communeCode;
        QString organizationCode;
        bool operator==(const TotalCell&) const = default;
    };
    /// The stored month totals by codes (for `check`).
    Result<QHash<TotalCell, Figures>> storedMonthTotals();
    /// Adds @p row to @p total as the kept month totals count it (@p sign −1 takes it out).
    static void addRow(Figures& total, const LoanMonth& row, int sign = 1);

    /// The commune and organisation (0: none) a loan's figures are totalled under.
    struct TotalPlace
    {
        qint64 communeId = 0;
        qint64 organizationId = 0;
    };

private:
    struct LoanRef
    {
        qint64 loanId = 0;
        qint64 borrowerId = 0;
        YearMonth horizon;
        bool carriesForward = false;
    };
    Result<LoanRef> lookUp(const QString& loanNo);
    Result<const Timeline<TotalPlace>*> placesOf(qint64 borrowerId);
    void collect(const Timeline<TotalPlace>& places, const LoanMonth& row, int sign);

    Database& m_database;
    QHash<TotalKey, Figures> m_totalChanges;
    std::unordered_map<qint64, Timeline<TotalPlace>> m_places; ///< by borrower id (node-based: stable)
    std::optional<bool> m_anyMoves;
    std::unique_ptr<Query> m_upsertTotal;
    std::unique_ptr<Query> m_deleteMonths;
    std::unique_ptr<Query> m_insertMonth;
    std::unique_ptr<Query> m_updateLoan;
    std::unique_ptr<Query> m_loanId;
    std::unique_ptr<Query> m_firstPlace;
    std::unique_ptr<Query> m_movedPlaces;
    std::unique_ptr<Query> m_readMonths;
    std::unique_ptr<Query> m_readHorizon;
};

inline size_t qHash(const FigureRepository::TotalKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.ym, key.communeId, key.organizationId);
}

inline size_t qHash(const FigureRepository::TotalCell& cell, size_t seed = 0)
{
    return qHashMulti(seed, cell.ym, cell.communeCode, cell.organizationCode);
}
