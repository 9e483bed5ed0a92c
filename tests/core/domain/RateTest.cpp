#include "domain/Rate.h"

#include <QLocale>

#include <gtest/gtest.h>

TEST(MonthlyRate, ParsesUpToFourDecimals)
{
    EXPECT_EQ(MonthlyRate::parse(u"0.55")->tenThousandths(), 5'500);
    EXPECT_EQ(MonthlyRate::parse(u"0.6875")->tenThousandths(), 6'875);
    EXPECT_EQ(MonthlyRate::parse(u"1")->tenThousandths(), 10'000);
    EXPECT_EQ(MonthlyRate::parse(u"0.1")->tenThousandths(), 1'000);
    EXPECT_FALSE(MonthlyRate::parse(u"0.68751"));
    EXPECT_FALSE(MonthlyRate::parse(u"0,55"));
    EXPECT_FALSE(MonthlyRate::parse(u"-0.55"));
    EXPECT_FALSE(MonthlyRate::parse(u".55"));
    EXPECT_FALSE(MonthlyRate::parse(u"0."));
    EXPECT_FALSE(MonthlyRate::parse(u""));
}

TEST(MonthlyRate, WritesACanonicalForm)
{
    EXPECT_EQ(MonthlyRate::fromTenThousandths(5'500).toPlainString(), QStringLiteral("0.55"));
    EXPECT_EQ(MonthlyRate::fromTenThousandths(6'875).toPlainString(), QStringLiteral("0.6875"));
    EXPECT_EQ(MonthlyRate::fromTenThousandths(10'000).toPlainString(), QStringLiteral("1.00"));
    EXPECT_EQ(MonthlyRate::fromTenThousandths(2'750).toPlainString(), QStringLiteral("0.275"));
    EXPECT_EQ(MonthlyRate::fromTenThousandths(6'875).format(QLocale(QLocale::Vietnamese)),
              QStringLiteral("0,6875"));
}
