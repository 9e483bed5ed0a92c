#include "calc/LoanCalculator.h"

#include <gtest/gtest.h>

namespace {

Money m(qint64 dong)
{
    return Money::fromDong(dong);
}

Money bucket(const LoanPosition& position, AgeBucket b)
{
    return position.ageing[static_cast<std::size_t>(b)];
}

/// L1 of the worked example: 12,000,000 in four installments of 3,000,000.
LoanFacts workedExampleL1()
{
    LoanFacts f;
    f.amount = m(12'000'000);
    f.disbursedOn = QDate(2023, 1, 15);
    f.maturityOn = QDate(2024, 1, 15);
    f.schedule = {{QDate(2023, 4, 15), m(3'000'000)},
                  {QDate(2023, 7, 15), m(3'000'000)},
                  {QDate(2023, 10, 15), m(3'000'000)},
                  {QDate(2024, 1, 15), m(3'000'000)}};
    f.payments = {{QDate(2023, 4, 15), m(3'000'000), m(100'000)},
                  {QDate(2023, 8, 10), m(1'000'000), m(50'000)}};
    return f;
}

} // namespace

TEST(LoanCalculator, WorkedExampleL1AtEndOfAugust)
{
    const LoanCalculator loan(workedExampleL1());
    const LoanPosition p = loan.positionAt(QDate(2023, 8, 31));
    EXPECT_TRUE(p.exists);
    EXPECT_EQ(p.repaid, m(4'000'000));
    EXPECT_EQ(p.outstanding, m(8'000'000));
    EXPECT_EQ(p.overdue, m(2'000'000));
    EXPECT_EQ(p.frozen, m(0));
    EXPECT_EQ(bucket(p, AgeBucket::Days31To90), m(2'000'000)); // July's unpaid part, 47 days past due
    EXPECT_EQ(p.current(), m(6'000'000));
    EXPECT_EQ(loan.positionAt(QDate(2023, 7, 31)).outstanding, m(9'000'000));
}

TEST(LoanCalculator, NothingExistsBeforeDisbursement)
{
    const LoanCalculator loan(workedExampleL1());
    EXPECT_FALSE(loan.positionAt(QDate(2023, 1, 14)).exists);
    EXPECT_EQ(loan.positionAt(QDate(2023, 1, 14)).outstanding, m(0));
    EXPECT_TRUE(loan.positionAt(QDate(2023, 1, 15)).exists);
    EXPECT_EQ(loan.positionAt(QDate(2023, 1, 15)).outstanding, m(12'000'000));
}

TEST(LoanCalculator, AnInstallmentIsOverdueOnlyFromTheDayAfterItsDueDate)
{
    LoanFacts f;
    f.amount = m(20'000'000);
    f.disbursedOn = QDate(2023, 3, 31);
    f.maturityOn = QDate(2025, 3, 31);
    f.schedule = {{QDate(2023, 8, 31), m(10'000'000)}, {QDate(2025, 3, 31), m(10'000'000)}};
    const LoanCalculator loan(f);
    const LoanPosition onDueDate = loan.positionAt(QDate(2023, 8, 31));
    EXPECT_EQ(onDueDate.overdue, m(0));
    const LoanPosition nextDay = loan.positionAt(QDate(2023, 9, 1));
    EXPECT_EQ(nextDay.overdue, m(10'000'000));
    EXPECT_EQ(bucket(nextDay, AgeBucket::Days1To30), m(10'000'000));
    EXPECT_EQ(nextDay.current(), m(10'000'000));
}

TEST(LoanCalculator, WithoutScheduleEverythingIsDueAtMaturity)
{
    LoanFacts f;
    f.amount = m(30'000'000);
    f.disbursedOn = QDate(2022, 6, 10);
    f.maturityOn = QDate(2023, 6, 10);
    f.payments = {{QDate(2023, 5, 5), m(5'000'000), m(0)}};
    const LoanCalculator loan(f);
    EXPECT_EQ(loan.positionAt(QDate(2023, 6, 10)).overdue, m(0));
    EXPECT_EQ(loan.positionAt(QDate(2023, 6, 11)).overdue, m(25'000'000));
    // Frozen from 20 July: the whole balance is frozen, nothing overdue.
    f.frozenOn = QDate(2023, 7, 20);
    const LoanCalculator frozen(f);
    const LoanPosition before = frozen.positionAt(QDate(2023, 7, 19));
    EXPECT_EQ(before.overdue, m(25'000'000));
    EXPECT_EQ(before.frozen, m(0));
    const LoanPosition after = frozen.positionAt(QDate(2023, 7, 20));
    EXPECT_EQ(after.overdue, m(0));
    EXPECT_EQ(after.frozen, m(25'000'000));
    EXPECT_EQ(after.current(), m(0));
    for (const Money b : after.ageing)
        EXPECT_EQ(b, m(0));
}

TEST(LoanCalculator, AgeingBucketBoundaries)
{
    EXPECT_EQ(ageBucketFor(1), AgeBucket::Days1To30);
    EXPECT_EQ(ageBucketFor(30), AgeBucket::Days1To30);
    EXPECT_EQ(ageBucketFor(31), AgeBucket::Days31To90);
    EXPECT_EQ(ageBucketFor(90), AgeBucket::Days31To90);
    EXPECT_EQ(ageBucketFor(91), AgeBucket::Days91To180);
    EXPECT_EQ(ageBucketFor(180), AgeBucket::Days91To180);
    EXPECT_EQ(ageBucketFor(181), AgeBucket::Days181To360);
    EXPECT_EQ(ageBucketFor(360), AgeBucket::Days181To360);
    EXPECT_EQ(ageBucketFor(361), AgeBucket::Over360);
}

TEST(LoanCalculator, RepaymentsPayInstallmentsInDueDateOrderAndBucketsAddUpToOverdue)
{
    LoanFacts f;
    f.amount = m(100);
    f.disbursedOn = QDate(2020, 1, 1);
    f.maturityOn = QDate(2022, 1, 1);
    // Given out of order on purpose.
    f.schedule = {{QDate(2021, 1, 1), m(25)},
                  {QDate(2020, 7, 1), m(25)},
                  {QDate(2022, 1, 1), m(25)},
                  {QDate(2021, 7, 1), m(25)}};
    f.payments = {{QDate(2020, 7, 1), m(10), m(1)}};
    const LoanCalculator loan(f);
    const QDate day(2021, 7, 2);
    const LoanPosition p = loan.positionAt(day);
    // 75 due before the day, 10 repaid: 15 of July 2020 (366 days), 25 of Jan 2021 (182), 25 of July 2021
    // (1).
    EXPECT_EQ(p.overdue, m(65));
    EXPECT_EQ(bucket(p, AgeBucket::Over360), m(15));
    EXPECT_EQ(bucket(p, AgeBucket::Days181To360), m(25));
    EXPECT_EQ(bucket(p, AgeBucket::Days1To30), m(25));
    Money sum;
    for (const Money b : p.ageing)
        sum += b;
    EXPECT_EQ(sum, p.overdue);
}

TEST(LoanCalculator, PrepaymentIsNeverNegativeOverdue)
{
    LoanFacts f;
    f.amount = m(100);
    f.disbursedOn = QDate(2020, 1, 1);
    f.maturityOn = QDate(2021, 1, 1);
    f.schedule = {{QDate(2020, 7, 1), m(50)}, {QDate(2021, 1, 1), m(50)}};
    f.payments = {{QDate(2020, 3, 1), m(80), m(0)}};
    const LoanCalculator loan(f);
    const LoanPosition p = loan.positionAt(QDate(2020, 8, 1));
    EXPECT_EQ(p.overdue, m(0));
    EXPECT_EQ(p.outstanding, m(20));
    EXPECT_EQ(loan.positionAt(QDate(2021, 1, 2)).overdue, m(20));
}

TEST(LoanCalculator, MonthRowsFollowTheIdentityAndStopAtTheHorizon)
{
    const LoanCalculator loan(workedExampleL1());
    const auto months = loan.months();
    ASSERT_FALSE(months.rows.isEmpty());
    EXPECT_EQ(months.rows.front().month, YearMonth(2023, 1));
    EXPECT_EQ(months.rows.front().disbursed, m(12'000'000));
    EXPECT_EQ(months.rows.front().outstandingStart, m(0));
    Money previous;
    for (const LoanMonth& row : months.rows) {
        EXPECT_EQ(row.outstandingStart, previous);
        EXPECT_EQ(row.outstandingEnd, row.outstandingStart + row.disbursed - row.collectedPrincipal);
        const LoanPosition p = loan.positionAt(row.month.lastDay());
        EXPECT_EQ(row.outstandingEnd, p.outstanding) << row.month.toIsoString().toStdString();
        EXPECT_EQ(row.overdue, p.overdue);
        EXPECT_EQ(row.frozen, p.frozen);
        EXPECT_EQ(row.ageing, p.ageing);
        previous = row.outstandingEnd;
    }
    const LoanMonth& august = *std::find_if(months.rows.cbegin(), months.rows.cend(),
                                            [](const LoanMonth& r) { return r.month == YearMonth(2023, 8); });
    EXPECT_EQ(august.collectedPrincipal, m(1'000'000));
    EXPECT_EQ(august.collectedInterest, m(50'000));
    // Still owing: the balance carries past the horizon, which is at least a year after maturity so that the
    // ageing no longer moves.
    EXPECT_TRUE(months.carriesForward);
    EXPECT_GE(months.horizon, YearMonth(2025, 1));
    EXPECT_EQ(months.rows.back().month, months.horizon);
    const LoanPosition late = loan.positionAt(QDate(2031, 5, 31));
    EXPECT_EQ(months.rows.back().outstandingEnd, late.outstanding);
    EXPECT_EQ(months.rows.back().ageing, late.ageing);
}

TEST(LoanCalculator, ARepaidLoanEndsWithItsLastPayment)
{
    LoanFacts f;
    f.amount = m(100'000'000);
    f.disbursedOn = QDate(2023, 8, 1);
    f.maturityOn = QDate(2024, 8, 1);
    f.payments = {{QDate(2023, 8, 20), m(100'000'000), m(20'000)}, {QDate(2023, 10, 3), m(0), m(5'000)}};
    const auto months = LoanCalculator(f).months();
    EXPECT_FALSE(months.carriesForward);
    EXPECT_EQ(months.horizon, YearMonth(2023, 10));
    ASSERT_EQ(months.rows.size(), 2); // September has no figure at all and is left out
    EXPECT_EQ(months.rows[0].disbursed, m(100'000'000));
    EXPECT_EQ(months.rows[0].collectedPrincipal, m(100'000'000));
    EXPECT_EQ(months.rows[0].outstandingEnd, m(0));
    EXPECT_EQ(months.rows[1].month, YearMonth(2023, 10));
    EXPECT_EQ(months.rows[1].collectedInterest, m(5'000));
}

TEST(LoanCalculator, InstallmentStatesForTheLedger)
{
    const LoanCalculator loan(workedExampleL1());
    const auto states = loan.installmentsAt(QDate(2023, 8, 31));
    ASSERT_EQ(states.size(), 4);
    EXPECT_EQ(states[0].paid, m(3'000'000));
    EXPECT_EQ(states[0].daysPastDue, 0);
    EXPECT_EQ(states[1].paid, m(1'000'000));
    EXPECT_EQ(states[1].daysPastDue, 47);
    EXPECT_EQ(states[2].paid, m(0));
    EXPECT_EQ(states[2].daysPastDue, 0);
}
