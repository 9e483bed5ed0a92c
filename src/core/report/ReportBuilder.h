#pragma once

#include "MonthSummaries.h"
#include "ReportTable.h"
#include "Result.h"
#include "domain/DataSpan.h"

#include <QCoreApplication>

#include <optional>

class Database;

/// Builds every report of LoanDesk from the kept figures. This is the one place where figures are put
/// together: the CLI, the dashboard, the printed summary and the exports all call it.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    explicit ReportBuilder(Database& database, Language language = Language::Vietnamese);

    /// The monthly summary of @p month by @p by (domain.md §6). A month outside the months with data is
    /// refused (domain.md §8), as by monthSummaries() and ageing().
    Result<ReportTable> summary(YearMonth month, Breakdown by, const PortfolioFilter& filter = {});
    /// The summary of @p month in every breakdown at once, with the program × organisation matrix, from one
    /// pass over the kept figures: each table is exactly what summary() returns.
    Result<MonthSummaries> monthSummaries(YearMonth month, const PortfolioFilter& filter = {});
    /// The ageing table at the end of @p day by @p by (domain.md §5, cli.md `ageing`).
    Result<ReportTable> ageing(const QDate& day, Breakdown by, const PortfolioFilter& filter = {});

    /// The totals of every month from @p from to @p to (trends): amounts and loans with a balance, from the
    /// kept month totals; `borrowers` is 0 (distinct borrowers are counted by the summary of a month).
    Result<QList<std::pair<YearMonth, Figures>>> monthTotals(YearMonth from, YearMonth to,
                                                             const PortfolioFilter& filter = {});
    /// The last of the months with data (domain.md §8); none when there is no loan.
    Result<std::optional<YearMonth>> latestMonthWithData();
    /// The months with data: from the month of the first disbursement to that of the latest dated record.
    Result<DataSpan> dataSpan();
    /// The latest closed month; invalid when none is closed.
    Result<YearMonth> latestClosedMonth();

    /// The catalogue used for names (loaded on first use).
    Result<Catalogue> catalogue();

private:
    /// Refuses a report of @p month outside the months with data; tells whether the month is closed.
    Result<bool> admit(YearMonth month);
    Result<QList<ReportRow>> emptyRows(Breakdown by, const PortfolioFilter& filter);
    Result<ReportTable> fromMonthFigures(ReportTable table);
    /// Fills @p tables (keyed rows already listed, all of the same month and filter) and, when given, @p
    /// cross from the kept figures of @p month in one pass.
    Status fillFromMonthFigures(const QList<ReportTable*>& tables, CrossTable* cross, YearMonth month,
                                const PortfolioFilter& filter);
    Result<ReportTable> fromPositions(ReportTable table);

    Database& m_database;
    Language m_language;
    std::optional<Catalogue> m_catalogue;
};
