// The amount in words under the total of a printed report (Bằng chữ: …).
#include "report/AmountInWords.h"

#include <gtest/gtest.h>

#include <limits>

namespace {

QString vi(qint64 dong)
{
    return AmountInWords::vietnamese(Money::fromDong(dong));
}

QString en(qint64 dong)
{
    return AmountInWords::english(Money::fromDong(dong));
}

QString fr(qint64 dong)
{
    return AmountInWords::french(Money::fromDong(dong));
}

} // namespace

TEST(AmountInWords, VietnameseEdgeValues)
{
    EXPECT_EQ(vi(0), QStringLiteral("Không đồng"));
    EXPECT_EQ(vi(1'000'005), QStringLiteral("Một triệu không trăm linh năm đồng"));
    EXPECT_EQ(
        vi(586'123'456'789),
        QStringLiteral("Năm trăm tám mươi sáu tỷ một trăm hai mươi ba triệu bốn trăm năm mươi sáu nghìn "
                       "bảy trăm tám mươi chín đồng"));
}

TEST(AmountInWords, VietnameseTensAndUnits)
{
    EXPECT_EQ(vi(1), QStringLiteral("Một đồng"));
    EXPECT_EQ(vi(5), QStringLiteral("Năm đồng"));
    EXPECT_EQ(vi(10), QStringLiteral("Mười đồng"));
    EXPECT_EQ(vi(11), QStringLiteral("Mười một đồng")); // "một" after mười, "mốt" only from twenty
    EXPECT_EQ(vi(15), QStringLiteral("Mười lăm đồng")); // "lăm" after a non-zero tens digit
    EXPECT_EQ(vi(20), QStringLiteral("Hai mươi đồng")); // "mươi" for the tens above ten
    EXPECT_EQ(vi(21), QStringLiteral("Hai mươi mốt đồng"));
    EXPECT_EQ(vi(24), QStringLiteral("Hai mươi bốn đồng"));
    EXPECT_EQ(vi(25), QStringLiteral("Hai mươi lăm đồng"));
    EXPECT_EQ(vi(55), QStringLiteral("Năm mươi lăm đồng"));
    EXPECT_EQ(vi(100), QStringLiteral("Một trăm đồng"));
    EXPECT_EQ(vi(101), QStringLiteral("Một trăm linh một đồng")); // "linh" for a zero tens digit
    EXPECT_EQ(vi(105), QStringLiteral("Một trăm linh năm đồng")); // and "năm", not "lăm", after it
    EXPECT_EQ(vi(110), QStringLiteral("Một trăm mười đồng"));
    EXPECT_EQ(vi(115), QStringLiteral("Một trăm mười lăm đồng"));
    EXPECT_EQ(vi(991), QStringLiteral("Chín trăm chín mươi mốt đồng"));
}

TEST(AmountInWords, VietnameseGroups)
{
    EXPECT_EQ(vi(1'000), QStringLiteral("Một nghìn đồng"));
    EXPECT_EQ(vi(1'005), QStringLiteral("Một nghìn không trăm linh năm đồng"));
    EXPECT_EQ(vi(1'010'000), QStringLiteral("Một triệu không trăm mười nghìn đồng"));
    EXPECT_EQ(vi(10'000'000), QStringLiteral("Mười triệu đồng"));
    EXPECT_EQ(vi(25'000'000), QStringLiteral("Hai mươi lăm triệu đồng"));
    EXPECT_EQ(vi(100'000'000), QStringLiteral("Một trăm triệu đồng"));
    EXPECT_EQ(vi(1'000'000'000), QStringLiteral("Một tỷ đồng"));
    EXPECT_EQ(vi(2'000'000'005), QStringLiteral("Hai tỷ không trăm linh năm đồng"));
    EXPECT_EQ(vi(230'500'000'000), QStringLiteral("Hai trăm ba mươi tỷ năm trăm triệu đồng"));
    EXPECT_EQ(vi(1'000'000'000'000), QStringLiteral("Một nghìn tỷ đồng"));
    EXPECT_EQ(vi(1'200'000'000'000'000), QStringLiteral("Một triệu hai trăm nghìn tỷ đồng"));
    EXPECT_EQ(vi(-5), QStringLiteral("Âm năm đồng"));
}

TEST(AmountInWords, English)
{
    EXPECT_EQ(en(0), QStringLiteral("Zero đồng"));
    EXPECT_EQ(en(1'000'005), QStringLiteral("One million and five đồng"));
    EXPECT_EQ(en(586'123'456'789),
              QStringLiteral(
                  "Five hundred and eighty-six billion one hundred and twenty-three million four hundred "
                  "and fifty-six thousand seven hundred and eighty-nine đồng"));
    EXPECT_EQ(en(1'000'000'000'000), QStringLiteral("One trillion đồng"));
    EXPECT_EQ(en(115), QStringLiteral("One hundred and fifteen đồng"));
}

TEST(AmountInWords, French)
{
    EXPECT_EQ(fr(0), QStringLiteral("Zéro đồng"));
    EXPECT_EQ(fr(1'000'005), QStringLiteral("Un million cinq đồng"));
    EXPECT_EQ(fr(586'123'456'789),
              QStringLiteral("Cinq cent quatre-vingt-six milliards cent vingt-trois millions quatre cent "
                             "cinquante-six mille sept cent quatre-vingt-neuf đồng"));
    EXPECT_EQ(fr(21), QStringLiteral("Vingt et un đồng"));
    EXPECT_EQ(fr(71), QStringLiteral("Soixante et onze đồng"));
    EXPECT_EQ(fr(80), QStringLiteral("Quatre-vingts đồng"));
    EXPECT_EQ(fr(81), QStringLiteral("Quatre-vingt-un đồng"));
    EXPECT_EQ(fr(91), QStringLiteral("Quatre-vingt-onze đồng"));
    EXPECT_EQ(fr(200), QStringLiteral("Deux cents đồng"));
    EXPECT_EQ(fr(1'000), QStringLiteral("Mille đồng"));
    EXPECT_EQ(fr(80'000), QStringLiteral("Quatre-vingt mille đồng"));
    EXPECT_EQ(fr(200'000), QStringLiteral("Deux cent mille đồng"));
    EXPECT_EQ(fr(200'000'000), QStringLiteral("Deux cents millions de đồng"));
    EXPECT_EQ(fr(1'000'000'000), QStringLiteral("Un milliard de đồng"));
}

TEST(AmountInWords, InLanguage)
{
    const Money amount = Money::fromDong(1'000'005);
    EXPECT_EQ(AmountInWords::inLanguage(amount, Language::Vietnamese), vi(1'000'005));
    EXPECT_EQ(AmountInWords::inLanguage(amount, Language::English), en(1'000'005));
    EXPECT_EQ(AmountInWords::inLanguage(amount, Language::French), fr(1'000'005));
}

// Found by fuzzing (tests/fuzz/corpus/amount_in_words/crash-most-negative-amount): the most negative amount
// was negated in signed arithmetic, which overflows (undefined behaviour; UBSan stopped there).
TEST(AmountInWords, TheExtremesOfTheTypeAreWritten)
{
    constexpr qint64 lowest = std::numeric_limits<qint64>::min();
    constexpr qint64 highest = std::numeric_limits<qint64>::max();
    EXPECT_EQ(vi(lowest),
              QStringLiteral("Âm chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm "
                             "ba mươi sáu tỷ tám trăm năm mươi bốn triệu bảy trăm bảy mươi lăm nghìn "
                             "tám trăm linh tám đồng"));
    EXPECT_EQ(vi(highest),
              QStringLiteral("Chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm "
                             "ba mươi sáu tỷ tám trăm năm mươi bốn triệu bảy trăm bảy mươi lăm nghìn "
                             "tám trăm linh bảy đồng"));
    EXPECT_EQ(en(lowest),
              QStringLiteral("Minus nine million two hundred and twenty-three thousand three hundred and "
                             "seventy-two trillion thirty-six billion eight hundred and fifty-four "
                             "million seven hundred and seventy-five thousand eight hundred and eight "
                             "đồng"));
    EXPECT_EQ(fr(lowest),
              QStringLiteral("Moins neuf milliards deux cent vingt-trois millions trois cent "
                             "soixante-douze mille trente-six milliards huit cent cinquante-quatre "
                             "millions sept cent soixante-quinze mille huit cent huit đồng"));
    EXPECT_EQ(fr(highest),
              QStringLiteral("Neuf milliards deux cent vingt-trois millions trois cent soixante-douze "
                             "mille trente-six milliards huit cent cinquante-quatre millions sept cent "
                             "soixante-quinze mille huit cent sept đồng"));
}
