// What the loan and repayment forms say before saving: another loan with a balance in the same program, a
// household's total above 100,000,000 đồng, the next free loan number, the repayment proposal.
#include "ServiceTestSupport.h"

#include "TempDatabase.h"
#include "service/LoanAdvice.h"

#include <gtest/gtest.h>

namespace {

Loan newLoan(const QString& borrower, const QString& program, qint64 amount, const QDate& on)
{
    Loan loan;
    loan.loanNo = QStringLiteral("L9");
    loan.borrowerId = borrower;
    loan.programCode = program;
    loan.amount = vnd(amount);
    loan.disbursedOn = on;
    loan.maturityOn = on.addYears(2);
    return loan;
}

} // namespace

using LoanAdviceTest = SmallBookTest;

TEST_F(LoanAdviceTest, WarnsOfABalanceInTheSameProgram)
{
    auto warnings = LoanAdvice(db()).warningsFor(
        newLoan(QStringLiteral("B3"), QStringLiteral("NSVS"), 5'000'000, QDate(2023, 6, 1)));
    ASSERT_TRUE(warnings.ok());
    ASSERT_EQ(warnings->size(), 1);
    EXPECT_EQ(warnings->front().kind, LoanAdvice::Warning::Kind::SameProgramBalance);
    EXPECT_EQ(warnings->front().loanNos, QStringList{QStringLiteral("L3")});
    EXPECT_EQ(warnings->front().outstanding, vnd(10'000'000));

    // Another program: nothing to say.
    warnings = LoanAdvice(db()).warningsFor(
        newLoan(QStringLiteral("B3"), QStringLiteral("HN"), 5'000'000, QDate(2023, 6, 1)));
    ASSERT_TRUE(warnings.ok());
    EXPECT_TRUE(warnings->isEmpty());
}

TEST_F(LoanAdviceTest, ARepaidLoanIsNoLongerMentioned)
{
    ASSERT_TRUE(
        service().postRepayment(Repayment(QStringLiteral("L3"), QDate(2024, 3, 5), vnd(10'000'000), vnd(0))));
    auto before = LoanAdvice(db()).warningsFor(
        newLoan(QStringLiteral("B3"), QStringLiteral("NSVS"), 5'000'000, QDate(2024, 3, 4)));
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(before->size(), 1);
    auto after = LoanAdvice(db()).warningsFor(
        newLoan(QStringLiteral("B3"), QStringLiteral("NSVS"), 5'000'000, QDate(2024, 3, 5)));
    ASSERT_TRUE(after.ok());
    EXPECT_TRUE(after->isEmpty());
}

TEST_F(LoanAdviceTest, WarnsWhenAHouseholdWouldOweMoreThanOneHundredMillion)
{
    // B1 owes 12,000,000 of L1 (HN) on 01/02/2023: 88,000,000 more is exactly the limit, 90,000,000 passes
    // it.
    auto atLimit = LoanAdvice(db()).warningsFor(
        newLoan(QStringLiteral("B1"), QStringLiteral("HCN"), 88'000'000, QDate(2023, 2, 1)));
    ASSERT_TRUE(atLimit.ok());
    EXPECT_TRUE(atLimit->isEmpty());
    auto above = LoanAdvice(db()).warningsFor(
        newLoan(QStringLiteral("B1"), QStringLiteral("HCN"), 90'000'000, QDate(2023, 2, 1)));
    ASSERT_TRUE(above.ok());
    ASSERT_EQ(above->size(), 1);
    const LoanAdvice::Warning& warning = above->front();
    EXPECT_EQ(warning.kind, LoanAdvice::Warning::Kind::HouseholdLimit);
    EXPECT_EQ(warning.loanNos, QStringList{QStringLiteral("L1")});
    EXPECT_EQ(warning.outstanding, vnd(12'000'000));
    EXPECT_EQ(warning.total, vnd(102'000'000));

    // Both at once: a second HN loan of 95,000,000.
    auto both = LoanAdvice(db()).warningsFor(
        newLoan(QStringLiteral("B1"), QStringLiteral("HN"), 95'000'000, QDate(2023, 2, 1)));
    ASSERT_TRUE(both.ok());
    ASSERT_EQ(both->size(), 2);
    EXPECT_EQ(both->at(0).kind, LoanAdvice::Warning::Kind::SameProgramBalance);
    EXPECT_EQ(both->at(1).kind, LoanAdvice::Warning::Kind::HouseholdLimit);
    EXPECT_EQ(both->at(1).total, vnd(107'000'000));
}

TEST_F(LoanAdviceTest, AnOrganisationGetsNoHouseholdWarning)
{
    // O1 owes 100,000,000 of L5 (GQVL): a second GQVL loan is in the same program, but O1 is no household.
    auto warnings = LoanAdvice(db()).warningsFor(
        newLoan(QStringLiteral("O1"), QStringLiteral("GQVL"), 50'000'000, QDate(2023, 6, 1)));
    ASSERT_TRUE(warnings.ok());
    ASSERT_EQ(warnings->size(), 1);
    EXPECT_EQ(warnings->front().kind, LoanAdvice::Warning::Kind::SameProgramBalance);
}

TEST_F(LoanAdviceTest, ProposesTheNextFreeLoanNumber)
{
    auto next = LoanAdvice(db()).nextLoanNo();
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(*next, QStringLiteral("L6"));

    TempDatabase empty;
    auto first = LoanAdvice(empty.db()).nextLoanNo();
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(*first, QStringLiteral("L0000001"));
}

TEST_F(LoanAdviceTest, ProposesTheRepaymentOfADay)
{
    // L1: 12,000,000 at HN's 0.55 % a month from 10/01/2023; on 15/05/2023 the installment of 15/04 is due
    // and 125 days of interest: 12,000,000 × 0.55 % × 125 ÷ 30 = 275,000.
    auto proposal = LoanAdvice(db()).repaymentProposal(QStringLiteral("L1"), QDate(2023, 5, 15));
    ASSERT_TRUE(proposal.ok());
    EXPECT_EQ(proposal->loan.loanNo, QStringLiteral("L1"));
    EXPECT_EQ(proposal->rate, MonthlyRate::fromTenThousandths(5500));
    EXPECT_EQ(proposal->proposal.outstanding, vnd(12'000'000));
    EXPECT_EQ(proposal->proposal.principalDue, vnd(3'000'000));
    EXPECT_EQ(proposal->proposal.interestDays, 125);
    EXPECT_EQ(proposal->proposal.interest, vnd(275'000));
    EXPECT_FALSE(LoanAdvice(db()).repaymentProposal(QStringLiteral("NOPE"), QDate(2023, 5, 15)).ok());
}
