// The loan form's proposed schedule: equal installments rounded down to the đồng, the remainder on the last
// one, every 1, 3, 6 or 12 months from the disbursement date, the last one on the maturity date.
#include "calc/ScheduleGenerator.h"

#include <gtest/gtest.h>

namespace {

Money m(qint64 dong)
{
    return Money::fromDong(dong);
}

Money total(const QList<Installment>& installments)
{
    Money sum;
    for (const Installment& installment : installments)
        sum += installment.principal;
    return sum;
}

} // namespace

TEST(ScheduleGenerator, QuarterlyInstallmentsOfACleanWaterLoan)
{
    const QList<Installment> schedule = ScheduleGenerator::generate(
        m(20'000'000), QDate(2024, 7, 15), QDate(2025, 7, 15), 3, QStringLiteral("L9"));
    ASSERT_EQ(schedule.size(), 4);
    const QList<QDate> expected = {QDate(2024, 10, 15), QDate(2025, 1, 15), QDate(2025, 4, 15),
                                   QDate(2025, 7, 15)};
    for (qsizetype i = 0; i < schedule.size(); ++i) {
        EXPECT_EQ(schedule[i].loanNo, QStringLiteral("L9"));
        EXPECT_EQ(schedule[i].dueOn, expected[i]);
        EXPECT_EQ(schedule[i].principal, m(5'000'000));
    }
}

TEST(ScheduleGenerator, TheRemainderGoesOnTheLastInstallment)
{
    const QList<Installment> schedule =
        ScheduleGenerator::generate(m(10'000'000), QDate(2024, 1, 10), QDate(2024, 4, 10), 1);
    ASSERT_EQ(schedule.size(), 3);
    EXPECT_EQ(schedule[0].principal, m(3'333'333));
    EXPECT_EQ(schedule[1].principal, m(3'333'333));
    EXPECT_EQ(schedule[2].principal, m(3'333'334));
    EXPECT_EQ(ScheduleGenerator::split(m(7), 3), (QList<Money>{m(2), m(2), m(3)}));
    EXPECT_EQ(ScheduleGenerator::split(m(2), 3), (QList<Money>{m(0), m(0), m(2)}));
    EXPECT_TRUE(ScheduleGenerator::split(m(2), 0).isEmpty());
}

TEST(ScheduleGenerator, InstallmentsAlwaysAddUpToTheAmount)
{
    for (qint64 amount : {1LL, 999'999LL, 17'000'001LL, 50'000'000LL, 123'456'789LL}) {
        for (int every : {1, 3, 6, 12}) {
            const QList<Installment> schedule =
                ScheduleGenerator::generate(m(amount), QDate(2023, 3, 31), QDate(2028, 2, 29), every);
            ASSERT_FALSE(schedule.isEmpty());
            EXPECT_EQ(total(schedule), m(amount)) << amount << " every " << every;
            EXPECT_EQ(schedule.back().dueOn, QDate(2028, 2, 29));
            for (qsizetype i = 1; i < schedule.size(); ++i)
                EXPECT_LT(schedule[i - 1].dueOn, schedule[i].dueOn);
        }
    }
}

TEST(ScheduleGenerator, MonthEndsDoNotDrift)
{
    // Each date counts from the disbursement date: 31/01 → 29/02 → 31/03, not 29/03.
    EXPECT_EQ(ScheduleGenerator::dueDates(QDate(2024, 1, 31), QDate(2024, 4, 30), 1),
              (QList<QDate>{QDate(2024, 2, 29), QDate(2024, 3, 31), QDate(2024, 4, 30)}));
}

TEST(ScheduleGenerator, ATermThatIsNotAMultipleEndsOnTheMaturityDate)
{
    // Ten months every three: 3, 6 and 9 months, then the maturity date.
    EXPECT_EQ(ScheduleGenerator::dueDates(QDate(2024, 1, 5), QDate(2024, 11, 5), 3),
              (QList<QDate>{QDate(2024, 4, 5), QDate(2024, 7, 5), QDate(2024, 10, 5), QDate(2024, 11, 5)}));
    // Yearly for a loan shorter than a year: one installment at maturity.
    EXPECT_EQ(ScheduleGenerator::dueDates(QDate(2024, 1, 5), QDate(2024, 8, 5), 12),
              (QList<QDate>{QDate(2024, 8, 5)}));
}

TEST(ScheduleGenerator, NothingForDatesOutOfOrderOrNoAmount)
{
    EXPECT_TRUE(ScheduleGenerator::generate(m(1'000'000), QDate(2024, 5, 1), QDate(2024, 5, 1), 3).isEmpty());
    EXPECT_TRUE(ScheduleGenerator::generate(m(1'000'000), QDate(2024, 5, 1), QDate(2024, 1, 1), 3).isEmpty());
    EXPECT_TRUE(ScheduleGenerator::generate(m(0), QDate(2024, 1, 1), QDate(2025, 1, 1), 3).isEmpty());
    EXPECT_TRUE(ScheduleGenerator::generate(m(1'000'000), QDate(2024, 1, 1), QDate(2025, 1, 1), 0).isEmpty());
}

TEST(ScheduleGenerator, TermAndMaturityDateGoBothWays)
{
    EXPECT_EQ(ScheduleGenerator::maturityFor(QDate(2024, 7, 15), 36), QDate(2027, 7, 15));
    EXPECT_EQ(ScheduleGenerator::maturityFor(QDate(2023, 1, 31), 1), QDate(2023, 2, 28));
    EXPECT_EQ(ScheduleGenerator::termMonths(QDate(2024, 7, 15), QDate(2027, 7, 15)), 36);
    EXPECT_EQ(ScheduleGenerator::termMonths(QDate(2023, 1, 31), QDate(2023, 2, 28)), 1);
    EXPECT_FALSE(ScheduleGenerator::termMonths(QDate(2024, 7, 15), QDate(2024, 9, 1)).has_value());
    EXPECT_FALSE(ScheduleGenerator::termMonths(QDate(2024, 7, 15), QDate(2024, 7, 15)).has_value());
}
