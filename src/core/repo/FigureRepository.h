#pragma once

#include "Result.h"
#include "calc/LoanCalculator.h"
#include "domain/Dates.h"
#include "report/Figures.h"

#include <QHash>

#include <QList>
#include <QSet>
#include <QString>

#include <memory>

class Database;
class Query;

/// The figures LoanDesk keeps up to date with every write so that the figures of any month are read without
/// going through all history: each loan's month-end position and monthly flows (loan_month), each group's
/// month-end savings balance (group_savings_month) and the months that hold any activity (activity_month).
/// Writes happen inside the caller's transaction, together with the change they follow.
class FigureRepository
{
public:
    explicit FigureRepository(Database& database);
    ~FigureRepository();

    /// Replaces the month rows of @p loanNo and records its horizon. The change it makes to the kept month
    /// totals is collected and written by flushMonthTotals.
    Status replaceLoanMonths(const QString& loanNo, const LoanCalculator::Months& months);
    /// Adds the changes collected by replaceLoanMonths to the kept month totals (month_total: the loan_month
    /// rows summed by month, commune and organisation). Call it before the transaction commits.
    Status flushMonthTotals();

    struct SavingsMonth
    {
        YearMonth month;
        Money balanceEnd;
    };
    /// Replaces the month-end savings balances of @p groupCode.
    Status replaceGroupSavings(const QString& groupCode, const QList<SavingsMonth>& months);

    /// Records that something happened in each of @p months.
    Status addActivityMonths(const QSet<YearMonth>& months);

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
    /// The stored month totals and the same recomputed from loan_month (for `check`).
    Result<QHash<TotalKey, Figures>> storedMonthTotals();
    Result<QHash<TotalKey, Figures>> recomputedMonthTotals();

private:
    void collect(const TotalKey& key, const LoanMonth& row, int sign);

    Database& m_database;
    QHash<TotalKey, Figures> m_totalChanges;
    std::unique_ptr<Query> m_upsertTotal;
    std::unique_ptr<Query> m_deleteMonths;
    std::unique_ptr<Query> m_insertMonth;
    std::unique_ptr<Query> m_updateLoan;
    std::unique_ptr<Query> m_loanId;
    std::unique_ptr<Query> m_readMonths;
    std::unique_ptr<Query> m_readHorizon;
};

inline size_t qHash(const FigureRepository::TotalKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.ym, key.communeId, key.organizationId);
}
