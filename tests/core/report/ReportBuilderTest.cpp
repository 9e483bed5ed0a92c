#include "PortfolioSmallTest.h"
#include "TempDatabase.h"
#include "TestData.h"

#include "calc/LoanCalculator.h"
#include "repo/LoanRepository.h"
#include "report/ReportBuilder.h"

#include <gtest/gtest.h>

namespace {

class ReportBuilderTest : public PortfolioSmallTest
{};

Figures sumRows(const ReportTable& table)
{
    Figures sum;
    for (const ReportRow& row : table.rows)
        sum.addAmounts(row.figures);
    return sum;
}

} // namespace

TEST_F(ReportBuilderTest, RowsAddUpToTheTotalAndKeysAreSorted)
{
    ReportBuilder builder(s_temp->db());
    for (const Breakdown by :
         {Breakdown::Program, Breakdown::Commune, Breakdown::Organization, Breakdown::Group}) {
        auto table = builder.summary(YearMonth(2023, 8), by);
        ASSERT_TRUE(table.ok());
        Figures sum = sumRows(*table);
        sum.borrowers = table->total.figures.borrowers;
        EXPECT_EQ(sum, table->total.figures) << breakdownCode(by).toStdString();
        QStringList keys;
        for (const ReportRow& row : table->rows)
            keys.append(row.key);
        if (by == Breakdown::Group) {
            EXPECT_EQ(keys.last(), QStringLiteral("DIRECT"));
            keys.removeLast();
        }
        QStringList sorted = keys;
        sorted.sort();
        EXPECT_EQ(keys, sorted);
    }
}

TEST_F(ReportBuilderTest, TheTotalOfEveryMonthAgreesWithTheLoansOneByOne)
{
    // An independent recomputation: every loan's position from its own facts, summed.
    LoanRepository loans(s_temp->db());
    auto loanNos = loans.allLoanNos();
    ASSERT_TRUE(loanNos.ok());
    auto facts = loans.facts(*loanNos);
    ASSERT_TRUE(facts.ok());
    ReportBuilder builder(s_temp->db());
    auto totals = builder.monthTotals(YearMonth(2020, 1), YearMonth(2026, 12));
    ASSERT_TRUE(totals.ok());
    for (const auto& [month, figures] : *totals) {
        Money outstanding;
        Money overdue;
        Money frozen;
        for (const LoanFacts& f : *facts) {
            const LoanPosition p = LoanCalculator(f).positionAt(month.lastDay());
            outstanding += p.outstanding;
            overdue += p.overdue;
            frozen += p.frozen;
        }
        EXPECT_EQ(figures.outstandingEnd, outstanding) << month.toIsoString().toStdString();
        EXPECT_EQ(figures.overdue, overdue) << month.toIsoString().toStdString();
        EXPECT_EQ(figures.frozen, frozen) << month.toIsoString().toStdString();
    }
}

TEST_F(ReportBuilderTest, AgeingOnAnyDayAgreesWithTheMonthEndFigures)
{
    // At a month end the kept figures are used; on the day before the next month's first day the loans are
    // computed one by one. Both ways must agree where they meet.
    ReportBuilder builder(s_temp->db());
    auto kept = builder.ageing(QDate(2023, 8, 31), Breakdown::Commune);
    auto summary = builder.summary(YearMonth(2023, 8), Breakdown::Commune);
    ASSERT_TRUE(kept.ok() && summary.ok());
    for (qsizetype i = 0; i < kept->rows.size(); ++i) {
        EXPECT_EQ(kept->rows[i].figures.outstandingEnd, summary->rows[i].figures.outstandingEnd);
        EXPECT_EQ(kept->rows[i].figures.overdue, summary->rows[i].figures.overdue);
    }
    auto computed = builder.ageing(QDate(2023, 9, 1), Breakdown::Commune);
    ASSERT_TRUE(computed.ok());
    Money buckets;
    for (const Money b : computed->total.figures.ageing)
        buckets += b;
    EXPECT_EQ(buckets, computed->total.figures.overdue);
}

TEST_F(ReportBuilderTest, FiltersRestrictRowsAndFigures)
{
    ReportBuilder builder(s_temp->db());
    auto all = builder.summary(YearMonth(2023, 8), Breakdown::Commune);
    ASSERT_TRUE(all.ok());
    PortfolioFilter filter;
    filter.communeCode = QStringLiteral("13324");
    auto one = builder.summary(YearMonth(2023, 8), Breakdown::Commune, filter);
    ASSERT_TRUE(one.ok());
    ASSERT_EQ(one->rows.size(), 1);
    EXPECT_EQ(one->rows[0].key, QStringLiteral("13324"));
    const auto it = std::find_if(all->rows.cbegin(), all->rows.cend(),
                                 [](const ReportRow& r) { return r.key == QStringLiteral("13324"); });
    ASSERT_NE(it, all->rows.cend());
    EXPECT_EQ(one->rows[0].figures, it->figures);
    EXPECT_EQ(one->total.figures.outstandingEnd, it->figures.outstandingEnd);

    // The organisation filter across a program breakdown: every program listed, only that organisation's
    // loans.
    PortfolioFilter direct;
    direct.organizationCode = QStringLiteral("DIRECT");
    auto programs = builder.summary(YearMonth(2023, 8), Breakdown::Program, direct);
    auto organizations = builder.summary(YearMonth(2023, 8), Breakdown::Organization);
    ASSERT_TRUE(programs.ok() && organizations.ok());
    EXPECT_EQ(programs->rows.size(), 12);
    const auto directRow = std::find_if(organizations->rows.cbegin(), organizations->rows.cend(),
                                        [](const ReportRow& r) { return r.key == QStringLiteral("DIRECT"); });
    ASSERT_NE(directRow, organizations->rows.cend());
    EXPECT_EQ(programs->total.figures.outstandingEnd, directRow->figures.outstandingEnd);
    EXPECT_EQ(programs->total.figures.borrowers, directRow->figures.borrowers);
}

TEST_F(ReportBuilderTest, NamesFollowTheLanguage)
{
    ReportBuilder english(s_temp->db(), Language::English);
    auto table = english.summary(YearMonth(2023, 8), Breakdown::Organization);
    ASSERT_TRUE(table.ok());
    QStringList names;
    for (const ReportRow& row : table->rows)
        names.append(row.name);
    EXPECT_TRUE(names.contains(QStringLiteral("Women's Union")));
    EXPECT_TRUE(names.contains(QStringLiteral("Direct lending")));
}

TEST_F(ReportBuilderTest, LatestMonthWithData)
{
    auto latest = ReportBuilder(s_temp->db()).latestMonthWithData();
    ASSERT_TRUE(latest.ok());
    ASSERT_TRUE(latest->has_value());
    EXPECT_EQ(**latest, YearMonth(2024, 6));
}

TEST(ReportBuilderEmpty, AnEmptyDatabaseHasNoMonthToReport)
{
    TempDatabase temp;
    ReportBuilder builder(temp.db());
    auto table = builder.summary(YearMonth(2023, 8), Breakdown::Organization);
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.error().kind, Error::Kind::Refused);
    EXPECT_EQ(table.error().message,
              QStringLiteral("there is no data for 08/2023: the database holds no loan yet"));
    EXPECT_FALSE(builder.ageing(QDate(2023, 8, 31), Breakdown::Program).ok());
    auto latest = builder.latestMonthWithData();
    ASSERT_TRUE(latest.ok());
    EXPECT_FALSE(latest->has_value());
}

TEST(ReportBuilderEmpty, EveryKeyIsListedWithZerosWhereNothingIsLent)
{
    TempDatabase temp;
    ASSERT_TRUE(TestData::importFixture(temp.db(), QStringLiteral("worked-example")));
    auto table = ReportBuilder(temp.db()).summary(YearMonth(2023, 8), Breakdown::Organization);
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table->rows.size(), 5);
    EXPECT_EQ(table->rows[1].key, QStringLiteral("DIRECT"));
    EXPECT_EQ(table->rows[3].key, QStringLiteral("HND"));
    EXPECT_EQ(table->rows[3].figures, Figures());
}

TEST_F(ReportBuilderTest, AMonthOutsideTheMonthsWithDataIsRefused)
{
    ReportBuilder builder(s_temp->db());
    auto span = builder.dataSpan();
    ASSERT_TRUE(span.ok());
    EXPECT_EQ(span->firstMonth(), YearMonth(2021, 1));
    EXPECT_EQ(span->lastMonth(), YearMonth(2024, 6));
    const auto after = builder.summary(YearMonth(2024, 7), Breakdown::Program);
    ASSERT_FALSE(after.ok());
    EXPECT_EQ(after.error().kind, Error::Kind::Refused);
    EXPECT_EQ(after.error().message, QStringLiteral("there is no data for 07/2024: the data end on %1")
                                         .arg(Dates::toDisplay(span->lastDay)));
    const auto before = builder.ageing(QDate(2020, 12, 31), Breakdown::Commune);
    ASSERT_FALSE(before.ok());
    EXPECT_EQ(before.error().message,
              QStringLiteral(
                  "there is no data for 12/2020: the data begin on %1 (the first disbursement) and end on %2")
                  .arg(Dates::toDisplay(span->firstDisbursement), Dates::toDisplay(span->lastDay)));
    EXPECT_TRUE(builder.summary(YearMonth(2021, 1), Breakdown::Program).ok());
    EXPECT_TRUE(builder.ageing(span->lastDay, Breakdown::Program).ok());
}
