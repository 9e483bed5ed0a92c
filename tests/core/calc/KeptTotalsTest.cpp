// What one borrower's loans add to the kept totals: by program, by group and by commune and organisation,
// under the membership at each month's end, distinct borrowers counted once per cell, and what still owes
// after the last horizon carried.
#include "calc/KeptTotals.h"

#include <gtest/gtest.h>

namespace {

LoanMonth row(YearMonth month, qint64 start, qint64 disbursed, qint64 collected, qint64 end)
{
    LoanMonth r;
    r.month = month;
    r.outstandingStart = Money::fromDong(start);
    r.disbursed = Money::fromDong(disbursed);
    r.collectedPrincipal = Money::fromDong(collected);
    r.outstandingEnd = Money::fromDong(end);
    return r;
}

Figures figures(qint64 borrowers, qint64 loans, qint64 start, qint64 disbursed, qint64 collected, qint64 end)
{
    Figures f;
    f.borrowers = borrowers;
    f.loans = loans;
    f.outstandingStart = Money::fromDong(start);
    f.disbursed = Money::fromDong(disbursed);
    f.collectedPrincipal = Money::fromDong(collected);
    f.outstandingEnd = Money::fromDong(end);
    return f;
}

/// Loan A (program 1) still owes 60 after its horizon in February; loan B (program 2) is repaid in March and
/// its horizon is April. The borrower leaves group 100 (commune 10, organisation 5) for direct lending in
/// commune 11 on 15 March.
struct OneBorrower
{
    QList<KeptTotals::Loan> loans;
    Timeline<TotalPlace> places{TotalPlace{10, 5, 100}};

    OneBorrower()
    {
        KeptTotals::Loan a{QStringLiteral("A"), 1, {}};
        a.months.rows = {row(YearMonth(2023, 1), 0, 100, 0, 100), row(YearMonth(2023, 2), 100, 0, 40, 60)};
        a.months.horizon = YearMonth(2023, 2);
        a.months.carriesForward = true;
        KeptTotals::Loan b{QStringLiteral("B"), 2, {}};
        b.months.rows = {row(YearMonth(2023, 2), 0, 50, 0, 50), row(YearMonth(2023, 3), 50, 0, 50, 0)};
        b.months.horizon = YearMonth(2023, 4);
        loans = {a, b};
        places.setFrom(QDate(2023, 3, 15), TotalPlace{11, 0, 0});
    }
};

} // namespace

TEST(KeptTotals, ABorrowersLoansAddUpByProgramAndByGroupUnderTheMembershipOfEachMonthEnd)
{
    const OneBorrower borrower;
    KeptTotals totals;
    totals.addBorrower(borrower.loans, borrower.places);

    const QHash<ProgramCell, Figures> programs = {
        {{false, 202301, 1, 10, 5}, figures(1, 1, 0, 100, 0, 100)},
        {{false, 202302, 1, 10, 5}, figures(1, 1, 100, 0, 40, 60)},
        {{false, 202302, 2, 10, 5}, figures(1, 1, 0, 50, 0, 50)},
        {{false, 202303, 1, 11, 0}, figures(1, 1, 60, 0, 0, 60)},
        {{false, 202303, 2, 11, 0}, figures(0, 0, 50, 0, 50, 0)},
        {{false, 202304, 1, 11, 0}, figures(1, 1, 60, 0, 0, 60)},
        {{true, 202305, 1, 11, 0}, figures(1, 1, 60, 0, 0, 60)},
    };
    EXPECT_EQ(totals.programs(), programs);
    const QHash<GroupCell, Figures> groups = {
        {{false, 202301, 10, 100}, figures(1, 1, 0, 100, 0, 100)},
        // Two loans with a balance, one borrower.
        {{false, 202302, 10, 100}, figures(1, 2, 100, 50, 40, 110)},
        {{false, 202303, 11, 0}, figures(1, 1, 110, 0, 50, 60)},
        {{false, 202304, 11, 0}, figures(1, 1, 60, 0, 0, 60)},
        {{true, 202305, 11, 0}, figures(1, 1, 60, 0, 0, 60)},
    };
    EXPECT_EQ(totals.groups(), groups);
    // By commune and organisation: the same figures as the group's, under the group's organisation (5), then
    // direct lending (0).
    const QHash<CommuneCell, Figures> communes = {
        {{false, 202301, 10, 5}, figures(1, 1, 0, 100, 0, 100)},
        {{false, 202302, 10, 5}, figures(1, 2, 100, 50, 40, 110)},
        {{false, 202303, 11, 0}, figures(1, 1, 110, 0, 50, 60)},
        {{false, 202304, 11, 0}, figures(1, 1, 60, 0, 0, 60)},
        {{true, 202305, 11, 0}, figures(1, 1, 60, 0, 0, 60)},
    };
    EXPECT_EQ(totals.communes(), communes);
}

TEST(KeptTotals, BorrowersOfTwoGroupsOfOneOrganisationShareTheirCommuneCell)
{
    // Two borrowers of commune 10 and organisation 5, in groups 100 and 101: two group cells, one cell by
    // commune and organisation counting both.
    KeptTotals::Loan loan{QStringLiteral("C"), 1, {}};
    loan.months.rows = {row(YearMonth(2023, 1), 0, 30, 0, 30)};
    loan.months.horizon = YearMonth(2023, 1);
    loan.months.carriesForward = true;
    KeptTotals totals;
    totals.addBorrower({loan}, Timeline<TotalPlace>{TotalPlace{10, 5, 100}});
    loan.loanNo = QStringLiteral("D");
    totals.addBorrower({loan}, Timeline<TotalPlace>{TotalPlace{10, 5, 101}});
    EXPECT_EQ(totals.groups().value({false, 202301, 10, 100}), figures(1, 1, 0, 30, 0, 30));
    EXPECT_EQ(totals.groups().value({false, 202301, 10, 101}), figures(1, 1, 0, 30, 0, 30));
    const QHash<CommuneCell, Figures> communes = {
        {{false, 202301, 10, 5}, figures(2, 2, 0, 60, 0, 60)},
        {{true, 202302, 10, 5}, figures(2, 2, 60, 0, 0, 60)},
    };
    EXPECT_EQ(totals.communes(), communes);
}

TEST(KeptTotals, TakingABorrowerOutUndoesAddingThem)
{
    const OneBorrower borrower;
    KeptTotals totals;
    totals.addBorrower(borrower.loans, borrower.places);
    totals.addBorrower(borrower.loans, borrower.places, -1);
    totals.dropZeros();
    EXPECT_TRUE(totals.isEmpty());
}

TEST(KeptTotals, ALaterMoveKeepsTheMonthsExplicitUpToIt)
{
    OneBorrower borrower;
    // A move in 2024, long after the last horizon: the months up to it are kept month by month under the old
    // group, the carried cell starts after it, under the new one.
    borrower.places.setFrom(QDate(2024, 6, 10), TotalPlace{12, 7, 300});
    KeptTotals totals;
    totals.addBorrower(borrower.loans, borrower.places);
    EXPECT_EQ(totals.groups().value({false, 202405, 11, 0}), figures(1, 1, 60, 0, 0, 60));
    EXPECT_EQ(totals.groups().value({false, 202406, 12, 300}), figures(1, 1, 60, 0, 0, 60));
    EXPECT_EQ(totals.groups().value({true, 202407, 12, 300}), figures(1, 1, 60, 0, 0, 60));
    EXPECT_FALSE(totals.groups().contains({true, 202305, 11, 0}));
}

TEST(KeptTotals, ABorrowerWithNothingLeftAddsNoCarriedCell)
{
    OneBorrower borrower;
    borrower.loans.removeFirst(); // only B, repaid in March
    KeptTotals totals;
    totals.addBorrower(borrower.loans, borrower.places);
    for (auto it = totals.groups().cbegin(); it != totals.groups().cend(); ++it)
        EXPECT_FALSE(it.key().carried);
    EXPECT_EQ(totals.groups().size(), 2); // February and March; April has no figures
}
