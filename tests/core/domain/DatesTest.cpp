#include "domain/Dates.h"

#include <cstring>
#include <gtest/gtest.h>

TEST(Dates, AddingMonthsClampsToTheMonthEnd)
{
    EXPECT_EQ(Dates::addMonthsClamped(QDate(2023, 1, 31), 1), QDate(2023, 2, 28));
    EXPECT_EQ(Dates::addMonthsClamped(QDate(2024, 1, 31), 1), QDate(2024, 2, 29));
    EXPECT_EQ(Dates::addMonthsClamped(QDate(2023, 3, 31), 1), QDate(2023, 4, 30));
    EXPECT_EQ(Dates::addMonthsClamped(QDate(2024, 2, 29), 12), QDate(2025, 2, 28));
    EXPECT_EQ(Dates::addMonthsClamped(QDate(2023, 8, 31), 60), QDate(2028, 8, 31));
    EXPECT_EQ(Dates::addMonthsClamped(QDate(2023, 1, 15), 120), QDate(2033, 1, 15));
}

TEST(Dates, ParsesIsoStrictly)
{
    EXPECT_EQ(Dates::parseIso(u"2023-08-31"), QDate(2023, 8, 31));
    EXPECT_EQ(Dates::parseIso(u"2024-02-29"), QDate(2024, 2, 29));
    EXPECT_FALSE(Dates::parseIso(u"2023-02-29")); // not a leap year
    EXPECT_FALSE(Dates::parseIso(u"2023-04-31"));
    EXPECT_FALSE(Dates::parseIso(u"2023-13-01"));
    EXPECT_FALSE(Dates::parseIso(u"2023-8-31"));
    EXPECT_FALSE(Dates::parseIso(u"31/08/2023"));
    EXPECT_FALSE(Dates::parseIso(u"2023-08-31T00:00"));
    EXPECT_FALSE(Dates::parseIso(u""));
    EXPECT_FALSE(Dates::parseIso(u"abcd-ef-gh"));
}

TEST(Dates, ParsesStoredBytesAsStrictlyAsText)
{
    // The database's dates are read from their bytes: every text above must give the same answer.
    for (const char* text :
         {"2023-08-31", "2024-02-29", "2023-02-29", "2023-04-31", "2023-13-01", "2023-00-10", "2023-8-31",
          "31/08/2023", "2023-08-31T00:00", "", "abcd-ef-gh", "2023-08-3x", "1899-12-31", "3000-01-01"}) {
        const auto size = static_cast<qsizetype>(std::strlen(text));
        EXPECT_EQ(Dates::parseIso(text, size), Dates::parseIso(QString::fromLatin1(text))) << text;
    }
    EXPECT_EQ(Dates::parseIso("2023-08-31", 10), QDate(2023, 8, 31));
    EXPECT_FALSE(Dates::parseIso(nullptr, 0));
    EXPECT_FALSE(Dates::parseIso("2023-08-31", 9)); // the stored text is its bytes, not up to a NUL
}

TEST(Dates, ImportAcceptsTheVietnameseHabit)
{
    EXPECT_EQ(Dates::parseImport(u"31/08/2023"), QDate(2023, 8, 31));
    EXPECT_EQ(Dates::parseImport(u"02/02/2006"), QDate(2006, 2, 2));
    EXPECT_EQ(Dates::parseImport(u"2/2/2006"), QDate(2006, 2, 2));
    EXPECT_EQ(Dates::parseImport(u"2023-08-31"), QDate(2023, 8, 31));
    EXPECT_FALSE(Dates::parseImport(u"29/02/2023"));
    EXPECT_EQ(Dates::parseImport(u"29/02/2024"), QDate(2024, 2, 29));
    EXPECT_FALSE(Dates::parseImport(u"08/31/2023")); // month 31 does not exist
    EXPECT_FALSE(Dates::parseImport(u"31/08/23"));
    EXPECT_FALSE(Dates::parseImport(u"31/08/2023/1"));
    EXPECT_FALSE(Dates::parseImport(u"31-08-2023"));
}

TEST(Dates, FormatsIso)
{
    EXPECT_EQ(Dates::toIso(QDate(2023, 8, 1)), QStringLiteral("2023-08-01"));
}

TEST(YearMonth, KnowsItsDays)
{
    EXPECT_EQ(YearMonth(2023, 2).lastDay(), QDate(2023, 2, 28));
    EXPECT_EQ(YearMonth(2024, 2).lastDay(), QDate(2024, 2, 29));
    EXPECT_EQ(YearMonth(2023, 8).lastDay(), QDate(2023, 8, 31));
    EXPECT_EQ(YearMonth(2023, 8).firstDay(), QDate(2023, 8, 1));
    EXPECT_EQ(YearMonth(2023, 1).previous(), YearMonth(2022, 12));
    EXPECT_EQ(YearMonth(2023, 12).next(), YearMonth(2024, 1));
    EXPECT_EQ(YearMonth(2023, 8).addMonths(-24), YearMonth(2021, 8));
    EXPECT_EQ(YearMonth(2021, 8).monthsTo(YearMonth(2023, 8)), 24);
    EXPECT_EQ(YearMonth(2023, 8).key(), 202308);
    EXPECT_EQ(YearMonth::fromKey(202308), YearMonth(2023, 8));
    EXPECT_EQ(YearMonth::fromDate(QDate(2023, 8, 31)), YearMonth(2023, 8));
    EXPECT_LT(YearMonth(2022, 12), YearMonth(2023, 1));
}

TEST(YearMonth, ParsesStrictly)
{
    EXPECT_EQ(YearMonth::parse(u"2023-08"), YearMonth(2023, 8));
    EXPECT_EQ(YearMonth(2023, 8).toIsoString(), QStringLiteral("2023-08"));
    EXPECT_FALSE(YearMonth::parse(u"2023-8"));
    EXPECT_FALSE(YearMonth::parse(u"2023-13"));
    EXPECT_FALSE(YearMonth::parse(u"2023-00"));
    EXPECT_FALSE(YearMonth::parse(u"08/2023"));
    EXPECT_FALSE(YearMonth::parse(u"2023-08-01"));
    EXPECT_FALSE(YearMonth::parse(u""));
}
