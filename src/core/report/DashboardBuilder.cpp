#include "DashboardBuilder.h"

#include "ReportBuilder.h"
#include "db/Database.h"
#include "repo/GroupRepository.h"

#include <QHash>

namespace {

qint64 rowsWithOverdue(const ReportTable& table)
{
    qint64 count = 0;
    for (const ReportRow& row : table.rows) {
        if (row.key != kDirectKey && row.figures.overdue.isPositive())
            ++count;
    }
    return count;
}

} // namespace

DashboardBuilder::DashboardBuilder(Database& database, Language language)
    : m_database(database)
    , m_language(language)
{}

Result<DashboardData> DashboardBuilder::build(YearMonth month, const PortfolioFilter& filter)
{
    DashboardData data;
    data.month = month;
    data.filter = filter;
    data.language = m_language;

    ReportBuilder reports(m_database, m_language);
    auto summaries = reports.monthSummaries(month, filter);
    if (!summaries)
        return summaries.error();
    data.byProgram = std::move(summaries->byProgram);
    data.byCommune = std::move(summaries->byCommune);
    data.byOrganization = std::move(summaries->byOrganization);
    data.byGroup = std::move(summaries->byGroup);
    data.programByOrganization = std::move(summaries->programByOrganization);

    auto trend = reports.monthTotals(month.addMonths(-(kTrendMonths - 1)), month, filter);
    if (!trend)
        return trend.error();
    data.trend = std::move(trend).value();

    auto groups = GroupRepository(m_database).all();
    if (!groups)
        return groups.error();
    QHash<QString, qsizetype> listed;
    for (qsizetype i = 0; i < data.byGroup.rows.size(); ++i)
        listed.insert(data.byGroup.rows[i].key, i);
    for (const Group& group : std::as_const(*groups)) {
        if (listed.contains(group.code))
            data.groups.append(group);
    }

    data.total = data.byCommune.total.figures;
    data.outstandingPreviousMonth = data.total.outstandingStart;
    const YearMonth yearStart = data.yearStartMonth();
    const YearMonth yearEarlier = data.yearEarlierMonth();
    bool found = false;
    for (const auto& [trendMonth, figures] : std::as_const(data.trend)) {
        if (trendMonth == yearStart) {
            data.outstandingYearStart = figures.outstandingEnd;
            found = true;
        }
        // The trend always holds the same month a year earlier (kTrendMonths > 12).
        if (trendMonth == yearEarlier)
            data.outstandingYearEarlier = figures.outstandingEnd;
    }
    static_assert(kTrendMonths > 12);
    if (!found) {
        auto yearEnd = reports.monthTotals(yearStart, yearStart, filter);
        if (!yearEnd)
            return yearEnd.error();
        if (!yearEnd->isEmpty())
            data.outstandingYearStart = yearEnd->front().second.outstandingEnd;
    }
    data.changeSincePreviousMonth = data.total.outstandingEnd - data.outstandingPreviousMonth;
    data.changeSinceYearStart = data.total.outstandingEnd - data.outstandingYearStart;
    data.changeSinceYearEarlier = data.total.outstandingEnd - data.outstandingYearEarlier;
    auto span = reports.dataSpan();
    if (!span)
        return span.error();
    data.hasYearEarlier = span->contains(yearEarlier);
    data.changeSincePreviousMonthRatio =
        Percent::ratio(data.changeSincePreviousMonth, data.outstandingPreviousMonth);
    data.changeSinceYearStartRatio = Percent::ratio(data.changeSinceYearStart, data.outstandingYearStart);
    data.changeSinceYearEarlierRatio =
        Percent::ratio(data.changeSinceYearEarlier, data.outstandingYearEarlier);

    for (const ReportRow& row : std::as_const(data.byOrganization.rows))
        data.outstandingShares.append(
            {row.key, row.name, row.figures.outstandingEnd,
             Percent::ratio(row.figures.outstandingEnd, data.total.outstandingEnd)});

    data.communesWithOverdue = rowsWithOverdue(data.byCommune);
    data.groupsWithOverdue = rowsWithOverdue(data.byGroup);
    data.communes = data.byCommune.rows.size();
    data.groupsTotal = data.groups.size();
    return data;
}
