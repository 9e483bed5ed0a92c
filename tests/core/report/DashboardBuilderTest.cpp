// The dashboard's figures are the summary's figures: every table, the matrix, the trend and the derived KPIs
// agree with ReportBuilder::summary for the fixture months, with and without a filter.
#include "PortfolioSmallTest.h"
#include "TestData.h"

#include "io/Importer.h"
#include "report/DashboardBuilder.h"
#include "report/PortfolioBrowser.h"
#include "report/ReportBuilder.h"

#include <gtest/gtest.h>

namespace {

class DashboardBuilderTest : public PortfolioSmallTest
{};

const QList<YearMonth> kMonths = {{2021, 1}, {2022, 5}, {2023, 2}, {2023, 8}, {2024, 2}, {2024, 6}};

void expectSameTable(const ReportTable& actual, const ReportTable& expected)
{
    ASSERT_EQ(actual.rows.size(), expected.rows.size());
    for (qsizetype i = 0; i < expected.rows.size(); ++i) {
        SCOPED_TRACE(expected.rows[i].key.toStdString());
        EXPECT_EQ(actual.rows[i].key, expected.rows[i].key);
        EXPECT_EQ(actual.rows[i].name, expected.rows[i].name);
        EXPECT_EQ(actual.rows[i].figures, expected.rows[i].figures);
    }
    EXPECT_EQ(actual.total.figures, expected.total.figures);
}

} // namespace

TEST_F(DashboardBuilderTest, TablesAreTheSummariesOfTheMonth)
{
    for (const PortfolioFilter& filter :
         {PortfolioFilter{}, PortfolioFilter{QStringLiteral("13324"), QString()},
          PortfolioFilter{QString(), QStringLiteral("HPN")},
          PortfolioFilter{QString(), QStringLiteral("DIRECT")}}) {
        for (const YearMonth month : kMonths) {
            SCOPED_TRACE(
                QString(month.toIsoString() + u' ' + filter.communeCode + u' ' + filter.organizationCode)
                    .toStdString());
            auto data = DashboardBuilder(s_temp->db(), Language::English).build(month, filter);
            ASSERT_TRUE(data.ok()) << data.error().message.toStdString();
            ReportBuilder reports(s_temp->db(), Language::English);
            expectSameTable(data->byProgram, *reports.summary(month, Breakdown::Program, filter));
            expectSameTable(data->byCommune, *reports.summary(month, Breakdown::Commune, filter));
            expectSameTable(data->byOrganization, *reports.summary(month, Breakdown::Organization, filter));
            expectSameTable(data->byGroup, *reports.summary(month, Breakdown::Group, filter));
            EXPECT_EQ(data->total, data->byCommune.total.figures);
        }
    }
}

TEST_F(DashboardBuilderTest, ChangesAreAgainstThePreviousMonthAndTheEndOfLastYear)
{
    ReportBuilder reports(s_temp->db());
    // Before the first month with data (01/2021) nothing was lent; the summary of such a month is refused.
    const auto outstandingAt = [&reports](YearMonth month) {
        if (month < YearMonth(2021, 1)) {
            EXPECT_FALSE(reports.summary(month, Breakdown::Program).ok());
            return Money();
        }
        return reports.summary(month, Breakdown::Program)->total.figures.outstandingEnd;
    };
    for (const YearMonth month : kMonths) {
        SCOPED_TRACE(month.toIsoString().toStdString());
        auto data = DashboardBuilder(s_temp->db()).build(month);
        ASSERT_TRUE(data.ok());
        const Money previous = outstandingAt(month.previous());
        const Money yearEnd = outstandingAt(YearMonth(month.year() - 1, 12));
        EXPECT_EQ(data->outstandingPreviousMonth, previous);
        EXPECT_EQ(data->outstandingYearStart, yearEnd);
        EXPECT_EQ(data->changeSincePreviousMonth, data->total.outstandingEnd - previous);
        EXPECT_EQ(data->changeSinceYearStart, data->total.outstandingEnd - yearEnd);
        EXPECT_EQ(data->changeSinceYearStartRatio,
                  Percent::ratio(data->total.outstandingEnd - yearEnd, yearEnd));
    }
}

TEST_F(DashboardBuilderTest, ComparesWithTheSameMonthLastYear)
{
    // The director's third comparison: the outstanding at the end of the same month a year earlier, as the
    // summary of that month gives it (with and without a filter).
    ReportBuilder reports(s_temp->db());
    for (const PortfolioFilter& filter :
         {PortfolioFilter{}, PortfolioFilter{QStringLiteral("13324"), QString()},
          PortfolioFilter{QString(), QStringLiteral("HPN")}}) {
        for (const YearMonth month : kMonths) {
            SCOPED_TRACE(
                QString(month.toIsoString() + u' ' + filter.communeCode + u' ' + filter.organizationCode)
                    .toStdString());
            auto data = DashboardBuilder(s_temp->db()).build(month, filter);
            ASSERT_TRUE(data.ok());
            const YearMonth earlier(month.year() - 1, month.month());
            EXPECT_EQ(data->yearEarlierMonth(), earlier);
            Money expected;
            if (earlier < YearMonth(2021, 1)) {
                // Before the first month with data: nothing to compare with, and the summary is refused.
                EXPECT_FALSE(reports.summary(earlier, Breakdown::Program, filter).ok());
                EXPECT_FALSE(data->hasYearEarlier);
            } else {
                auto summary = reports.summary(earlier, Breakdown::Program, filter);
                ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
                expected = summary->total.figures.outstandingEnd;
                EXPECT_TRUE(data->hasYearEarlier);
            }
            EXPECT_EQ(data->outstandingYearEarlier, expected);
            EXPECT_EQ(data->changeSinceYearEarlier, data->total.outstandingEnd - expected);
            EXPECT_EQ(data->changeSinceYearEarlierRatio,
                      Percent::ratio(data->total.outstandingEnd - expected, expected));
        }
    }
    // August 2023 against August 2022 of the fixture: a real balance, the same in every breakdown.
    auto august = DashboardBuilder(s_temp->db()).build(YearMonth(2023, 8));
    ASSERT_TRUE(august.ok());
    EXPECT_TRUE(august->outstandingYearEarlier.isPositive());
    EXPECT_EQ(august->outstandingYearEarlier,
              reports.summary(YearMonth(2022, 8), Breakdown::Commune)->total.figures.outstandingEnd);
}

TEST_F(DashboardBuilderTest, CountsCommunesAndGroupsWithOverdueDebt)
{
    for (const YearMonth month : kMonths) {
        auto data = DashboardBuilder(s_temp->db()).build(month);
        ASSERT_TRUE(data.ok());
        qint64 communes = 0;
        for (const ReportRow& row : data->byCommune.rows)
            communes += row.figures.overdue.isPositive() ? 1 : 0;
        qint64 groups = 0;
        for (const ReportRow& row : data->byGroup.rows)
            groups += (row.key != kDirectKey && row.figures.overdue.isPositive()) ? 1 : 0;
        EXPECT_EQ(data->communesWithOverdue, communes);
        EXPECT_EQ(data->groupsWithOverdue, groups);
        EXPECT_EQ(data->groups.size(), data->byGroup.rows.size() - 1); // DIRECT is not a group
    }
    auto august = DashboardBuilder(s_temp->db()).build(YearMonth(2023, 8));
    ASSERT_TRUE(august.ok());
    EXPECT_GT(august->groupsWithOverdue, 0);
}

TEST_F(DashboardBuilderTest, MatrixCellsAddUpToTheSummariesAndFollowTheLoans)
{
    for (const YearMonth month : kMonths) {
        SCOPED_TRACE(month.toIsoString().toStdString());
        auto data = DashboardBuilder(s_temp->db()).build(month);
        ASSERT_TRUE(data.ok());
        const CrossTable& matrix = data->programByOrganization;
        ASSERT_EQ(matrix.rows.size(), data->byProgram.rows.size());
        ASSERT_EQ(matrix.columns.size(), data->byOrganization.rows.size());
        // Independently: the loans of the month, one by one.
        auto loans = PortfolioBrowser(s_temp->db()).loans(month, {});
        ASSERT_TRUE(loans.ok());
        for (qsizetype r = 0; r < matrix.rows.size(); ++r) {
            Money rowSum;
            for (qsizetype c = 0; c < matrix.columns.size(); ++c) {
                Money expected;
                for (const LoanLine& loan : *loans) {
                    if (loan.programCode == matrix.rows[r].key &&
                        loan.organizationCode == matrix.columns[c].key)
                        expected += loan.figures.outstandingEnd;
                }
                EXPECT_EQ(matrix.cell(r, c).outstandingEnd, expected);
                rowSum += matrix.cell(r, c).outstandingEnd;
            }
            EXPECT_EQ(rowSum, data->byProgram.rows[r].figures.outstandingEnd);
        }
        for (qsizetype c = 0; c < matrix.columns.size(); ++c) {
            Money columnSum;
            for (qsizetype r = 0; r < matrix.rows.size(); ++r)
                columnSum += matrix.cell(r, c).outstandingEnd;
            EXPECT_EQ(columnSum, data->byOrganization.rows[c].figures.outstandingEnd);
        }
    }
}

TEST_F(DashboardBuilderTest, TrendHoldsTheTotalsOfTheLast24Months)
{
    ReportBuilder reports(s_temp->db());
    for (const PortfolioFilter& filter :
         {PortfolioFilter{}, PortfolioFilter{QStringLiteral("13321"), QStringLiteral("HPN")}}) {
        auto data = DashboardBuilder(s_temp->db()).build(YearMonth(2024, 6), filter);
        ASSERT_TRUE(data.ok());
        ASSERT_EQ(data->trend.size(), DashboardBuilder::kTrendMonths);
        EXPECT_EQ(data->trend.front().first, YearMonth(2022, 7));
        EXPECT_EQ(data->trend.back().first, YearMonth(2024, 6));
        for (const auto& [month, figures] : data->trend) {
            SCOPED_TRACE(month.toIsoString().toStdString());
            Figures expected = reports.summary(month, Breakdown::Program, filter)->total.figures;
            expected.savings = Money();
            EXPECT_EQ(figures, expected);
        }
    }
}

TEST(DashboardMonthTotals, StayInLineWhenRepaymentsAreAddedLater)
{
    // A second import adds repayments to loans stored before: their month rows are replaced, and the kept
    // month totals must follow (what check verifies, and what the trend reads).
    TempDatabase temp;
    ASSERT_TRUE(TestData::importFixture(temp.db(), QStringLiteral("worked-example")));
    QTemporaryDir more;
    QFile file(more.filePath(QStringLiteral("repayments.csv")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(
        "loan_no,paid_on,principal,interest\nL1,2023-09-15,2000000,40000\nL2,2023-09-20,1000000,90000\n");
    file.close();
    auto imported = Importer(temp.db()).importFolder(more.path());
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    ReportBuilder reports(temp.db());
    auto span = reports.dataSpan();
    ASSERT_TRUE(span.ok());
    EXPECT_EQ(span->lastMonth(), YearMonth(2023, 9));
    // The month before the data holds nothing; the summary of such a month is refused.
    auto trend = reports.monthTotals(span->firstMonth().previous(), span->lastMonth());
    ASSERT_TRUE(trend.ok());
    ASSERT_FALSE(reports.summary(span->firstMonth().previous(), Breakdown::Organization).ok());
    EXPECT_EQ(trend->front().second, Figures());
    for (const auto& [month, figures] : trend->mid(1)) {
        SCOPED_TRACE(month.toIsoString().toStdString());
        Figures expected = reports.summary(month, Breakdown::Organization)->total.figures;
        expected.savings = Money();
        EXPECT_EQ(figures, expected);
    }
}
