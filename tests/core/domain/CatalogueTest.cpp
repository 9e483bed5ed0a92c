#include "TempDatabase.h"

#include "repo/ReferenceRepository.h"

#include <gtest/gtest.h>

// The catalogue of domain.md §2 as loaded by the migrations from data/.
TEST(Catalogue, HoldsTheTwelveProgramsAndFourOrganisations)
{
    TempDatabase temp;
    auto catalogue = ReferenceRepository(temp.db()).catalogue();
    ASSERT_TRUE(catalogue.ok());
    ASSERT_EQ(catalogue->programs().size(), 12);
    ASSERT_EQ(catalogue->organizations().size(), 4);
    EXPECT_EQ(catalogue->programName(QStringLiteral("HMTN"), Language::Vietnamese),
              QStringLiteral("Cho vay hộ mới thoát nghèo"));
    EXPECT_EQ(catalogue->programName(QStringLiteral("NSVS"), Language::English),
              QStringLiteral("Rural clean water and sanitation"));
    EXPECT_EQ(catalogue->organizationName(QStringLiteral("HPN"), Language::Vietnamese),
              QStringLiteral("Hội Liên hiệp Phụ nữ"));
    EXPECT_EQ(catalogue->organizationName(QStringLiteral("DIRECT"), Language::Vietnamese),
              QStringLiteral("Cho vay trực tiếp"));
}

TEST(Catalogue, TermsAreEffectiveDated)
{
    TempDatabase temp;
    auto catalogue = ReferenceRepository(temp.db()).catalogue();
    ASSERT_TRUE(catalogue.ok());
    const Program* sxkd = catalogue->program(QStringLiteral("SXKD"));
    ASSERT_NE(sxkd, nullptr);
    EXPECT_EQ(sxkd->termsOn(QDate(2023, 8, 7))->maxAmount.dong(), 50'000'000);
    EXPECT_EQ(sxkd->termsOn(QDate(2023, 8, 8))->maxAmount.dong(), 100'000'000);
    EXPECT_EQ(sxkd->termsOn(QDate(2007, 3, 4)), nullptr);
    const Program* nsvs = catalogue->program(QStringLiteral("NSVS"));
    EXPECT_EQ(nsvs->termsOn(QDate(2024, 9, 1))->maxAmount.dong(), 20'000'000);
    EXPECT_EQ(nsvs->termsOn(QDate(2024, 9, 2))->maxAmount.dong(), 50'000'000);
    EXPECT_EQ(nsvs->termsOn(QDate(2024, 9, 2))->maxTermMonths, 60);
    const Program* hmtn = catalogue->program(QStringLiteral("HMTN"));
    EXPECT_EQ(hmtn->termsOn(QDate(2023, 1, 1))->rate.tenThousandths(), 6'875);
    EXPECT_EQ(hmtn->termsOn(QDate(2015, 9, 9)), nullptr);
    const Program* noxh = catalogue->program(QStringLiteral("NOXH"));
    EXPECT_EQ(noxh->termsOn(QDate(2023, 1, 1))->maxTermMonths, 300);
    EXPECT_EQ(noxh->termsOn(QDate(2023, 1, 1))->maxAmount.dong(), 500'000'000);
}
