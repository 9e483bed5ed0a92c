#include "domain/Money.h"

#include <QLocale>
#include <QString>

#include <gtest/gtest.h>

#include <limits>

namespace {

const QLocale kVietnamese(QLocale::Vietnamese, QLocale::Vietnam);
const QLocale kFrench(QLocale::French, QLocale::France);
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

} // namespace

TEST(Money, ArithmeticIsExact)
{
    const Money a = Money::fromDong(586'123'456'789);
    const Money b = Money::fromDong(1);
    EXPECT_EQ((a + b).dong(), 586'123'456'790);
    EXPECT_EQ((a - a).dong(), 0);
    EXPECT_EQ((-b).dong(), -1);
    Money c;
    c += a;
    c -= b;
    EXPECT_EQ(c.dong(), 586'123'456'788);
    EXPECT_TRUE(Money().isZero());
    EXPECT_TRUE(b.isPositive());
    EXPECT_TRUE((-b).isNegative());
    EXPECT_LT(b, a);
    EXPECT_EQ(Money::max(a, b), a);
    EXPECT_EQ(Money::min(a, b), b);
    EXPECT_EQ(b.multipliedBy(3).dong(), 3);
}

TEST(Money, SumsBeyondThirtyTwoBitsStayExact)
{
    Money total;
    for (int i = 0; i < 10'000; ++i)
        total += Money::fromDong(58'612'345'679);
    EXPECT_EQ(total.dong(), 586'123'456'790'000);
}

TEST(Money, DividesWithNamedRounding)
{
    EXPECT_EQ(Money::fromDong(10).dividedBy(4, Rounding::HalfUp).dong(), 3);     // 2.5 → 3
    EXPECT_EQ(Money::fromDong(10).dividedBy(4, Rounding::TowardZero).dong(), 2); // 2.5 → 2
    EXPECT_EQ(Money::fromDong(-10).dividedBy(4, Rounding::HalfUp).dong(), -3);   // halves away from zero
    EXPECT_EQ(Money::fromDong(11).dividedBy(4, Rounding::HalfUp).dong(), 3);     // 2.75 → 3
    EXPECT_EQ(Money::fromDong(9).dividedBy(4, Rounding::HalfUp).dong(), 2);      // 2.25 → 2
    EXPECT_EQ(Money::fromDong(10).dividedBy(-4, Rounding::HalfUp).dong(), -3);
    EXPECT_EQ(Money::fromDong(97'000'000).dividedBy(5, Rounding::HalfUp).dong(), 19'400'000);
}

TEST(Money, ParsesTheCanonicalFormOnly)
{
    EXPECT_EQ(Money::parse(u"25000000")->dong(), 25'000'000);
    EXPECT_EQ(Money::parse(u"0")->dong(), 0);
    EXPECT_EQ(Money::parse(u"-200000", true)->dong(), -200'000);
    EXPECT_FALSE(Money::parse(u"-200000", false));
    EXPECT_FALSE(Money::parse(u""));
    EXPECT_FALSE(Money::parse(u"-", true));
    EXPECT_FALSE(Money::parse(u"25.000.000"));
    EXPECT_FALSE(Money::parse(u"25,000,000"));
    EXPECT_FALSE(Money::parse(u"2500.5"));
    EXPECT_FALSE(Money::parse(u"+5"));
    EXPECT_FALSE(Money::parse(u" 5"));
    EXPECT_FALSE(Money::parse(u"1e6"));
    EXPECT_FALSE(Money::parse(u"9999999999999999999")); // beyond 64 bits
    EXPECT_EQ(Money::parse(u"999999999999999999")->dong(), 999'999'999'999'999'999);
}

TEST(Money, PlainStringRoundTrips)
{
    for (const qint64 value : {qint64(0), qint64(1), qint64(-1), qint64(586'123'456'789), qint64(-200'000)}) {
        const Money m = Money::fromDong(value);
        EXPECT_EQ(Money::parse(m.toPlainString(), true), m);
    }
}

TEST(Money, FormatsInTheVietnameseWay)
{
    EXPECT_EQ(Money::fromDong(586'123'456'789).format(kVietnamese), QStringLiteral("586.123.456.789"));
    EXPECT_EQ(Money::fromDong(230'000'000'000).format(kVietnamese), QStringLiteral("230.000.000.000"));
    EXPECT_EQ(Money::fromDong(0).format(kVietnamese), QStringLiteral("0"));
    EXPECT_EQ(Money::fromDong(-1'500).format(kVietnamese), QStringLiteral("-1.500"));
    EXPECT_EQ(Money::fromDong(586'123'456'789).formatCurrency(kVietnamese),
              QStringLiteral("586.123.456.789\u00A0₫"));
}

TEST(Money, FormatsInOtherLocales)
{
    EXPECT_EQ(Money::fromDong(586'123'456'789).format(kEnglish), QStringLiteral("586,123,456,789"));
    EXPECT_EQ(Money::fromDong(586'123'456'789).format(kFrench),
              QStringLiteral("586\u202F123\u202F456\u202F789"));
}

TEST(Money, FormatsInLargerUnitsRoundingHalfUp)
{
    const Money total = Money::fromDong(586'123'456'789);
    EXPECT_EQ(total.format(kVietnamese, MoneyUnit::ThousandDong), QStringLiteral("586.123.457"));
    EXPECT_EQ(total.format(kVietnamese, MoneyUnit::MillionDong), QStringLiteral("586.123"));
    EXPECT_EQ(total.format(kVietnamese, MoneyUnit::MillionDong, 2), QStringLiteral("586.123,46"));
    EXPECT_EQ(total.format(kVietnamese, MoneyUnit::BillionDong, 1), QStringLiteral("586,1"));
    EXPECT_EQ(total.format(kVietnamese, MoneyUnit::BillionDong), QStringLiteral("586"));
    EXPECT_EQ(total.format(kEnglish, MoneyUnit::BillionDong, 2), QStringLiteral("586.12"));
    EXPECT_EQ(Money::fromDong(500'000).format(kVietnamese, MoneyUnit::MillionDong), QStringLiteral("1"));
    EXPECT_EQ(Money::fromDong(499'999).format(kVietnamese, MoneyUnit::MillionDong), QStringLiteral("0"));
    EXPECT_EQ(Money::fromDong(-1'500'000).format(kVietnamese, MoneyUnit::MillionDong, 1),
              QStringLiteral("-1,5"));
    EXPECT_EQ(Money::fromDong(1'005).format(kVietnamese, MoneyUnit::Dong, 2), QStringLiteral("1.005,00"));
}

// Found by fuzzing (tests/fuzz/corpus/parsers/crash-amount-with-more-decimals-than-its-unit): with more
// decimals than its unit has digits, an amount was multiplied by 10^decimals, which overflowed (undefined
// behaviour) for large amounts; the most negative amount was negated in signed arithmetic.
TEST(Money, FormatsWithMoreDecimalsThanItsUnitWithoutOverflow)
{
    EXPECT_EQ(Money::fromDong(40'480'258'024'048'025).format(kVietnamese, MoneyUnit::Dong, 3),
              QStringLiteral("40.480.258.024.048.025,000"));
    EXPECT_EQ(Money::fromDong(-40'480'258'024'048'025).format(kVietnamese, MoneyUnit::ThousandDong, 6),
              QStringLiteral("-40.480.258.024.048,025000"));
    EXPECT_EQ(Money::fromDong(-5).format(kVietnamese, MoneyUnit::ThousandDong, 6),
              QStringLiteral("-0,005000"));
    constexpr qint64 lowest = std::numeric_limits<qint64>::min();
    EXPECT_EQ(Money::fromDong(lowest).format(kVietnamese), QStringLiteral("-9.223.372.036.854.775.808"));
    EXPECT_EQ(Money::fromDong(lowest).format(kVietnamese, MoneyUnit::Dong, 2),
              QStringLiteral("-9.223.372.036.854.775.808,00"));
}

TEST(Percent, RatioIsRoundedHalfUpToTwoDecimals)
{
    // The worked example: 2,000,000 overdue of 53,000,000 is 3.7735…% → 3.77.
    EXPECT_EQ(Percent::ratio(Money::fromDong(2'000'000), Money::fromDong(53'000'000)).toPlainString(),
              QStringLiteral("3.77"));
    EXPECT_EQ(Percent::ratio(Money::fromDong(1), Money::fromDong(8)).toPlainString(),
              QStringLiteral("12.50"));
    EXPECT_EQ(Percent::ratio(Money::fromDong(1), Money::fromDong(80'000)).toPlainString(),
              QStringLiteral("0.00")); // 0.00125 → 0.00
    EXPECT_EQ(Percent::ratio(Money::fromDong(1), Money::fromDong(40'000)).toPlainString(),
              QStringLiteral("0.00")); // 0.0025 → 0.00
    EXPECT_EQ(Percent::ratio(Money::fromDong(1), Money::fromDong(20'000)).toPlainString(),
              QStringLiteral("0.01")); // exactly 0.005 → 0.01 (half up)
    EXPECT_EQ(Percent::ratio(Money::fromDong(5), Money::fromDong(0)).toPlainString(), QStringLiteral("0.00"));
    EXPECT_EQ(Percent::ratio(Money::fromDong(53), Money::fromDong(53)).toPlainString(),
              QStringLiteral("100.00"));
    EXPECT_EQ(Percent::ratio(Money::fromDong(586'123'456'789), Money::fromDong(586'123'456'789)).hundredths(),
              10'000);
    EXPECT_EQ(Percent::fromHundredths(377).format(kVietnamese), QStringLiteral("3,77"));
}
