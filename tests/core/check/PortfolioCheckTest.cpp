#include "TempDatabase.h"
#include "TestData.h"

#include "check/PortfolioCheck.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

TEST(PortfolioCheck, ASoundDatabaseHasNoViolations)
{
    TempDatabase temp;
    ASSERT_TRUE(TestData::importFixture(temp.db(), QStringLiteral("portfolio-small")));
    auto outcome = PortfolioCheck::run(temp.db());
    ASSERT_TRUE(outcome.ok());
    EXPECT_TRUE(outcome->violations.isEmpty()) << outcome->violations.join(u'\n').toStdString();
    EXPECT_GE(outcome->checked.size(), 6);
}

TEST(PortfolioCheck, FindsKeptTotalsByProgramThatDisagreeWithTheFacts)
{
    TempDatabase temp;
    ASSERT_TRUE(TestData::importFixture(temp.db(), QStringLiteral("worked-example")));
    auto clean = PortfolioCheck::run(temp.db());
    ASSERT_TRUE(clean.ok());
    EXPECT_TRUE(clean->violations.isEmpty()) << clean->violations.join(u'\n').toStdString();
    QSqlQuery query(temp.db().connection());
    ASSERT_TRUE(query.exec(QStringLiteral(
        "UPDATE program_total SET overdue = overdue + 1 WHERE (carried, ym, program_id, commune_id, "
        "organization_id) = (SELECT carried, ym, program_id, commune_id, organization_id FROM program_total "
        "WHERE carried = 0 AND ym = 202308 LIMIT 1)")));
    ASSERT_EQ(query.numRowsAffected(), 1);
    auto outcome = PortfolioCheck::run(temp.db());
    ASSERT_TRUE(outcome.ok());
    // The one cell; the totals by group are checked against the facts too, and they still agree.
    ASSERT_EQ(outcome->violations.size(), 1) << outcome->violations.join(u'\n').toStdString();
    EXPECT_TRUE(outcome->violations[0].contains(QStringLiteral("2023-08")))
        << outcome->violations[0].toStdString();
    EXPECT_TRUE(outcome->violations[0].contains(QStringLiteral("program")))
        << outcome->violations[0].toStdString();
}

TEST(PortfolioCheck, FindsKeptTotalsByGroupThatDisagreeWithTheFacts)
{
    TempDatabase temp;
    ASSERT_TRUE(TestData::importFixture(temp.db(), QStringLiteral("worked-example")));
    QSqlQuery query(temp.db().connection());
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE group_total SET outstanding_end = outstanding_end + 1 "
                                          "WHERE (carried, ym, commune_id, group_id) = "
                                          "(SELECT carried, ym, commune_id, group_id FROM group_total WHERE "
                                          "carried = 0 ORDER BY ym DESC LIMIT 1)")));
    ASSERT_EQ(query.numRowsAffected(), 1);
    auto outcome = PortfolioCheck::run(temp.db());
    ASSERT_TRUE(outcome.ok());
    // The cell differs from the facts, and on its own its end is no longer start + disbursed − collected.
    ASSERT_EQ(outcome->violations.size(), 2) << outcome->violations.join(u'\n').toStdString();
    const QString all = outcome->violations.join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("group"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("do not hold together"))) << all.toStdString();
}

TEST(PortfolioCheck, FindsKeptTotalsByCommuneAndOrganisationThatDisagreeWithTheFacts)
{
    TempDatabase temp;
    ASSERT_TRUE(TestData::importFixture(temp.db(), QStringLiteral("worked-example")));
    QSqlQuery query(temp.db().connection());
    // Overdue debt moved from one month's cell to nowhere: the identity still holds, only the facts disagree.
    ASSERT_TRUE(
        query.exec(QStringLiteral("UPDATE commune_total SET overdue = overdue + 7 "
                                  "WHERE (carried, ym, commune_id, organization_id) = "
                                  "(SELECT carried, ym, commune_id, organization_id FROM commune_total "
                                  "WHERE carried = 0 ORDER BY ym DESC LIMIT 1)")));
    ASSERT_EQ(query.numRowsAffected(), 1);
    auto outcome = PortfolioCheck::run(temp.db());
    ASSERT_TRUE(outcome.ok());
    ASSERT_EQ(outcome->violations.size(), 1) << outcome->violations.join(u'\n').toStdString();
    EXPECT_TRUE(outcome->violations[0].contains(QStringLiteral("organisation")))
        << outcome->violations[0].toStdString();
    EXPECT_TRUE(outcome->violations[0].contains(QStringLiteral("differ from the loans' figures")))
        << outcome->violations[0].toStdString();
}

TEST(PortfolioCheck, FindsAKeptCellOfACommuneThatDoesNotExist)
{
    TempDatabase temp;
    ASSERT_TRUE(TestData::importFixture(temp.db(), QStringLiteral("worked-example")));
    QSqlQuery query(temp.db().connection());
    // Written past the references, as damage would: the cell names no commune, and is compared all the same.
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    ASSERT_TRUE(
        query.exec(QStringLiteral("INSERT INTO commune_total SELECT carried, ym, 999999, organization_id, "
                                  "borrowers, loans, outstanding_start, disbursed, collected_principal, "
                                  "collected_interest, outstanding_end, overdue, frozen, overdue_1_30, "
                                  "overdue_31_90, overdue_91_180, overdue_181_360, overdue_over_360 "
                                  "FROM commune_total WHERE carried = 0 ORDER BY ym DESC LIMIT 1")));
    ASSERT_EQ(query.numRowsAffected(), 1);
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    auto outcome = PortfolioCheck::run(temp.db());
    ASSERT_TRUE(outcome.ok());
    const QString all = outcome->violations.join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("references:"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("differ from the loans' figures"))) << all.toStdString();
}

TEST(PortfolioCheck, FindsAKeptCellThatShouldNotBeThere)
{
    TempDatabase temp;
    ASSERT_TRUE(TestData::importFixture(temp.db(), QStringLiteral("worked-example")));
    QSqlQuery query(temp.db().connection());
    // Carried figures added by hand, as if a loan still owed for ever.
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO group_total SELECT 1, 203001, commune_id, group_id, "
                                          "1, 1, 5, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0 "
                                          "FROM group_total LIMIT 1")));
    auto outcome = PortfolioCheck::run(temp.db());
    ASSERT_TRUE(outcome.ok());
    ASSERT_EQ(outcome->violations.size(), 1) << outcome->violations.join(u'\n').toStdString();
    EXPECT_TRUE(outcome->violations[0].contains(QStringLiteral("every month from 2030-01")))
        << outcome->violations[0].toStdString();
}

TEST(PortfolioCheck, FindsAKeptHorizonThatDisagreesWithTheFacts)
{
    TempDatabase temp;
    ASSERT_TRUE(TestData::importFixture(temp.db(), QStringLiteral("worked-example")));
    QSqlQuery query(temp.db().connection());
    // A loan marked done with long before its last repayment would drop out of the lists of later months.
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE loan SET horizon_ym = 201001, carries_forward = 0 "
                                          "WHERE loan_no = 'L1'")));
    auto outcome = PortfolioCheck::run(temp.db());
    ASSERT_TRUE(outcome.ok());
    ASSERT_EQ(outcome->violations.size(), 1) << outcome->violations.join(u'\n').toStdString();
    EXPECT_TRUE(outcome->violations[0].contains(QStringLiteral("loan L1: the kept horizon")))
        << outcome->violations[0].toStdString();
}

TEST(PortfolioCheck, KeptTotalsOfAnotherVersionOfTheCodeAreComputedAgainAtOpen)
{
    TempDatabase temp;
    ASSERT_TRUE(TestData::importFixture(temp.db(), QStringLiteral("worked-example")));
    {
        QSqlQuery query(temp.db().connection());
        // Totals as another version of LoanDesk might have computed them.
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE group_total SET overdue = overdue + 7")));
        ASSERT_TRUE(
            query.exec(QStringLiteral("UPDATE kept_state SET value = 0 WHERE key = 'figures_version'")));
    }
    temp.reopen();
    auto outcome = PortfolioCheck::run(temp.db());
    ASSERT_TRUE(outcome.ok());
    EXPECT_TRUE(outcome->violations.isEmpty()) << outcome->violations.join(u'\n').toStdString();
    QSqlQuery version(temp.db().connection());
    ASSERT_TRUE(version.exec(QStringLiteral("SELECT value FROM kept_state WHERE key = 'figures_version'")) &&
                version.next());
    EXPECT_GE(version.value(0).toInt(), 1);
}

TEST(PortfolioCheck, FindsBrokenRulesInStoredData)
{
    TempDatabase temp;
    ASSERT_TRUE(TestData::importFixture(temp.db(), QStringLiteral("worked-example")));
    QSqlQuery query(temp.db().connection());
    // Something written behind LoanDesk's back: a loan above its cap, a broken identity of a kept row.
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE loan SET amount = 120000000 WHERE loan_no = 'L1'")));
    auto outcome = PortfolioCheck::run(temp.db());
    ASSERT_TRUE(outcome.ok());
    const QString all = outcome->violations.join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("loan L1: amount: 120000000 is above the HN cap")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("installments of L1 add up to 12000000"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("month totals of 2023-08"))) << all.toStdString();
}

TEST(PortfolioCheck, FindsDaysWithDataAndClosedMonthsThatDisagreeWithTheRecords)
{
    TempDatabase temp;
    ASSERT_TRUE(TestData::importFixture(temp.db(), QStringLiteral("worked-example")));
    QSqlQuery query(temp.db().connection());
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE activity_day SET other_records = other_records + 1 "
                                          "WHERE day = (SELECT MAX(day) FROM activity_day)")));
    // A closed month that does not follow the first month with data.
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO closed_month (ym, closed_at, closed_by) "
                                          "VALUES (202306, '2023-07-01T00:00:00Z', 'someone')")));
    auto outcome = PortfolioCheck::run(temp.db());
    ASSERT_TRUE(outcome.ok());
    ASSERT_EQ(outcome->violations.size(), 2) << outcome->violations.join(u'\n').toStdString();
    EXPECT_EQ(outcome->violations[0],
              QStringLiteral("the kept count of records per day differs from the records"));
    EXPECT_EQ(outcome->violations[1],
              QStringLiteral("closed month 06/2023 does not follow the months with data in order"));
}
