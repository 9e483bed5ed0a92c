#pragma once

#include "CrossTable.h"
#include "ReportTable.h"
#include "domain/Entities.h"

#include <QList>
#include <utility>

/// Everything the director's dashboard shows for one month and filter (domain.md §6–7), put together by
/// DashboardBuilder from the report core: the four summaries, the program × organisation matrix, the 24-month
/// trend and the figures derived from them. Views and charts only format what is here.
struct DashboardData
{
    YearMonth month;
    PortfolioFilter filter;
    Language language = Language::Vietnamese;

    ReportTable byProgram;
    ReportTable byCommune;
    ReportTable byOrganization;
    ReportTable byGroup;
    CrossTable programByOrganization;
    /// Month totals of the 24 months ending with `month`, ascending.
    QList<std::pair<YearMonth, Figures>> trend;
    /// The groups listed in byGroup (commune and organisation of each), ascending by code.
    QList<Group> groups;

    /// Each organisation's share of the month's outstanding (DIRECT last), in the order of byOrganization.
    struct Share
    {
        QString key;
        QString name;
        Money outstanding;
        Percent share;
    };
    QList<Share> outstandingShares;

    /// The totals of the month, savings included (the TOTAL row of the commune summary).
    Figures total;
    /// Outstanding at the end of the previous month, at 31 December of the previous year and at the end of
    /// the same month a year earlier.
    Money outstandingPreviousMonth;
    Money outstandingYearStart;
    Money outstandingYearEarlier;
    Money changeSincePreviousMonth;
    Money changeSinceYearStart;
    Money changeSinceYearEarlier;
    /// The changes as a share of the earlier outstanding (0 when that was 0).
    Percent changeSincePreviousMonthRatio;
    Percent changeSinceYearStartRatio;
    Percent changeSinceYearEarlierRatio;
    /// Whether the same month a year earlier lies within the months with data (its comparison means
    /// something; before the first disbursement it is left out).
    bool hasYearEarlier = false;
    /// Communes and groups (DIRECT is not a group) with any overdue debt at the month end.
    qint64 communesWithOverdue = 0;
    qint64 groupsWithOverdue = 0;
    qint64 communes = 0;
    qint64 groupsTotal = 0;

    /// The last day of the month: the day the balances are taken at.
    [[nodiscard]] QDate asOf() const { return month.lastDay(); }
    /// 31 December of the previous year.
    [[nodiscard]] YearMonth yearStartMonth() const { return YearMonth(month.year() - 1, 12); }
    /// The same month of the previous year.
    [[nodiscard]] YearMonth yearEarlierMonth() const { return month.addMonths(-12); }
};
