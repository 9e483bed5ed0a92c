#pragma once

#include "Result.h"
#include "domain/Dates.h"
#include "report/Breakdown.h"
#include "report/Figures.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class Database;

/// Reads the kept figures (see FigureRepository) summed by a breakdown. Reading a month touches only that
/// month's rows and the few loans whose balance carries forward past their last row, never the whole history.
class ReportRepository
{
public:
    explicit ReportRepository(Database& database)
        : m_database(database)
    {}

    struct KeyName
    {
        QString key;
        QString name;
    };
    /// The communes or groups a breakdown lists (respecting the filter), ascending by key. Programs and
    /// organisations come from the catalogue instead.
    Result<QList<KeyName>> communes(const PortfolioFilter& filter);
    Result<QList<KeyName>> groups(const PortfolioFilter& filter);

    /// Figures of @p month by key (keys without any loan row are absent). Savings are not included.
    Result<QHash<QString, Figures>> monthFigures(YearMonth month, Breakdown by,
                                                 const PortfolioFilter& filter);
    /// Distinct borrowers with a balance at the end of @p month over all loans that pass the filter.
    Result<qint64> borrowersWithBalance(YearMonth month, const PortfolioFilter& filter);
    /// Savings balances at the end of @p month by key (program: none).
    Result<QHash<QString, Money>> savings(YearMonth month, Breakdown by, const PortfolioFilter& filter);
    /// Month totals over a range of months (for trends), ascending.
    Result<QList<std::pair<YearMonth, Figures>>> monthTotals(YearMonth from, YearMonth to,
                                                             const PortfolioFilter& filter);

    /// A loan that may have a balance during @p month, with its keys in every breakdown.
    struct LoanKeys
    {
        QString loanNo;
        QString program;
        QString commune;
        QString organization;
        QString group;
        QString borrowerId;
    };
    Result<QList<LoanKeys>> loansInMonth(YearMonth month, const PortfolioFilter& filter);

    /// The latest month in which anything was disbursed, repaid or saved.
    Result<std::optional<YearMonth>> latestActivityMonth();
    /// Every month with activity, ascending.
    Result<QList<YearMonth>> activityMonths();

private:
    Database& m_database;
};
