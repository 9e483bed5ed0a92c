// Footing: the largest-remainder rounding that makes a printed table in thousands or millions add up.
#include "report/Footing.h"

#include <gtest/gtest.h>

#include <numeric>

namespace {

constexpr qint64 kMillionStep = 10'000; // one hundredth of a million đồng

qint64 sum(const QList<qint64>& values)
{
    return std::accumulate(values.cbegin(), values.cend(), qint64(0));
}

/// The target every footed column adds up to: the exact sum rounded half away from zero.
qint64 roundedTotal(const QList<qint64>& values, qint64 step)
{
    return Money::fromDong(sum(values)).dividedBy(step, Rounding::HalfUp).dong() * step;
}

ReportRow row(const QString& key, qint64 outstanding, qint64 borrowers = 1)
{
    ReportRow r;
    r.key = key;
    r.name = key;
    r.figures.outstandingEnd = Money::fromDong(outstanding);
    r.figures.borrowers = borrowers;
    r.figures.loans = 1;
    return r;
}

} // namespace

TEST(FootingTest, QuantumIsTheLastPrintedDigit)
{
    EXPECT_EQ(Footing::quantum(MoneyUnit::Dong, 0), 1);
    EXPECT_EQ(Footing::quantum(MoneyUnit::ThousandDong, 0), 1'000);
    EXPECT_EQ(Footing::quantum(MoneyUnit::MillionDong, 2), 10'000);
    EXPECT_EQ(Footing::quantum(MoneyUnit::BillionDong, 3), 1'000'000);
}

TEST(FootingTest, RowsAddUpToTheRoundedTotal)
{
    // Three rows of 1,500 đồng in thousands: 2 + 2 + 2 = 6 when rounded alone, against a total of 4,500 → 5.
    const QList<qint64> values{1'500, 1'500, 1'500};
    const QList<qint64> footed = Footing::largestRemainder(values, 1'000);
    EXPECT_EQ(sum(footed), 5'000);
    for (qint64 v : footed)
        EXPECT_TRUE(v == 1'000 || v == 2'000);
}

TEST(FootingTest, TheLargestRemaindersGetTheMissingUnits)
{
    // In millions with two decimals: 1.234,5 → remainders 0,5 / 0,9 / 0,1 of a hundredth.
    const QList<qint64> values{12'345'000, 12'349'000, 12'341'000};
    // Sum 37,035,000 → 3,703.5 hundredths → 3,704 (half away from zero). Floors: 1,234 ×3 = 3,702: two
    // missing, to the two largest remainders (0,9 and 0,5).
    const QList<qint64> footed = Footing::largestRemainder(values, kMillionStep);
    EXPECT_EQ(footed, (QList<qint64>{12'350'000, 12'350'000, 12'340'000}));
    EXPECT_EQ(sum(footed), roundedTotal(values, kMillionStep));
}

TEST(FootingTest, TiesGoToTheLargerValueThenTheEarlierRow)
{
    // Equal remainders: the larger row gets the unit first.
    EXPECT_EQ(Footing::largestRemainder({1'500, 2'500}, 1'000), (QList<qint64>{1'000, 3'000}));
    // Equal values: the earlier row. 3 × 500 = 1,500 → 2 units, floors 0: two rows rounded up.
    EXPECT_EQ(Footing::largestRemainder({500, 500, 500}, 1'000), (QList<qint64>{1'000, 1'000, 0}));
}

TEST(FootingTest, NegativeValues)
{
    // A reversal can make a month's figure negative: floors go towards minus infinity, remainders stay
    // positive, and the total is rounded as Money::format rounds it (half away from zero).
    const QList<qint64> values{-1'400, -1'400, 5'000};
    const QList<qint64> footed = Footing::largestRemainder(values, 1'000);
    EXPECT_EQ(sum(footed), roundedTotal(values, 1'000)); // 2,200 → 2,000
    EXPECT_EQ(sum(footed), 2'000);
    for (qsizetype i = 0; i < values.size(); ++i)
        EXPECT_LT(std::abs(footed[i] - values[i]), 1'000);
    const QList<qint64> allNegative{-1'500, -1'500, -1'500};
    EXPECT_EQ(sum(Footing::largestRemainder(allNegative, 1'000)), -5'000); // −4,500 → −5,000
}

TEST(FootingTest, AllZeroAndOneRow)
{
    EXPECT_EQ(Footing::largestRemainder({0, 0, 0}, kMillionStep), (QList<qint64>{0, 0, 0}));
    EXPECT_EQ(Footing::largestRemainder({123'456'789}, kMillionStep), (QList<qint64>{123'460'000}));
    EXPECT_EQ(Footing::largestRemainder({}, kMillionStep), QList<qint64>());
}

TEST(FootingTest, DongIsLeftAsItIs)
{
    const QList<qint64> values{1, 2, 3};
    EXPECT_EQ(Footing::largestRemainder(values, 1), values);
}

TEST(FootingTest, NoRowMovesMoreThanOneUnitFromItsOwnRounding)
{
    // A pseudo-random column: every footed row is its own rounding, or one unit next to it.
    QList<qint64> values;
    quint64 seed = 12345;
    for (int i = 0; i < 300; ++i) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        values.append(static_cast<qint64>((seed >> 20) % 5'000'000'000ULL));
    }
    const QList<qint64> footed = Footing::largestRemainder(values, kMillionStep);
    EXPECT_EQ(sum(footed), roundedTotal(values, kMillionStep));
    for (qsizetype i = 0; i < values.size(); ++i) {
        const qint64 alone = Money::fromDong(values[i]).dividedBy(kMillionStep, Rounding::HalfUp).dong();
        EXPECT_LE(std::abs(footed[i] / kMillionStep - alone), 1) << i;
        EXPECT_EQ(footed[i] % kMillionStep, 0);
    }
}

TEST(FootingTest, FootedCellsKeepTheTotalAndLeaveCountsAlone)
{
    ReportTable table;
    table.by = Breakdown::Program;
    table.rows = {row(QStringLiteral("A"), 1'500, 3), row(QStringLiteral("B"), 1'500, 2),
                  row(QStringLiteral("C"), 1'500, 2)};
    table.total = row(QStringLiteral("TOTAL"), 4'500, 5);
    table.total.figures.loans = 3;
    const QList<Column> columns{Column::Borrowers, Column::OutstandingEnd, Column::OverdueRatio};
    const Footing::FootedCells cells = Footing::footedCells(table, columns, 1'000);
    ASSERT_EQ(cells.rows.size(), 3);
    qint64 outstanding = 0;
    for (const QList<Cell>& printed : cells.rows)
        outstanding += std::get<Money>(printed[1]).dong();
    EXPECT_EQ(outstanding, 5'000);
    EXPECT_EQ(std::get<Money>(cells.total[1]).dong(), 4'500); // exact: formats as 5
    EXPECT_EQ(std::get<qint64>(cells.rows[0][0]), 3);         // borrowers untouched
    EXPECT_TRUE(Footing::borrowersOverlap(table));            // 3 + 2 + 2 > 5
}

TEST(FootingTest, ColumnThatDoesNotAddUpIsNotFooted)
{
    ReportTable table;
    table.rows = {row(QStringLiteral("A"), 1'500), row(QStringLiteral("B"), 1'500)};
    table.total = row(QStringLiteral("TOTAL"), 9'999);
    const Footing::FootedCells cells = Footing::footedCells(table, {Column::OutstandingEnd}, 1'000);
    EXPECT_EQ(std::get<Money>(cells.rows[0][0]).dong(), 1'500);
}
