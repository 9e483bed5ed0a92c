#pragma once

#include "DashboardData.h"
#include "Result.h"

class Database;

/// Puts the director's dashboard together from ReportBuilder and ReportRepository: the figures it shows are
/// the summary's figures, never computed a second way.
class DashboardBuilder
{
public:
    /// Months in the trend.
    static constexpr int kTrendMonths = 24;

    explicit DashboardBuilder(Database& database, Language language = Language::Vietnamese);

    Result<DashboardData> build(YearMonth month, const PortfolioFilter& filter = {});

private:
    Database& m_database;
    Language m_language;
};
