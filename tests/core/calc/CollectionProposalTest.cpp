// What the repayment form and the transaction day propose to collect: principal due to the day, interest
// since the last interest payment that stands (outstanding × monthly rate × days ÷ 30, rounded to the đồng).
#include "calc/CollectionProposal.h"

#include <gtest/gtest.h>

namespace {

Money m(qint64 dong)
{
    return Money::fromDong(dong);
}

MonthlyRate rate(const char* text)
{
    return *MonthlyRate::parse(QString::fromLatin1(text));
}

Repayment entry(qint64 no, const QDate& on, qint64 principal, qint64 interest, qint64 reverses = 0)
{
    return Repayment(QStringLiteral("L1"), on, m(principal), m(interest), no, reverses,
                     reverses ? QStringLiteral("typed twice") : QString());
}

/// L1 of the worked example: 12,000,000 in four installments of 3,000,000, paid as @p entries.
LoanCalculator workedExampleL1(const QList<Repayment>& entries)
{
    LoanFacts f;
    f.amount = m(12'000'000);
    f.disbursedOn = QDate(2023, 1, 15);
    f.maturityOn = QDate(2024, 1, 15);
    f.schedule = {{QDate(2023, 4, 15), m(3'000'000)},
                  {QDate(2023, 7, 15), m(3'000'000)},
                  {QDate(2023, 10, 15), m(3'000'000)},
                  {QDate(2024, 1, 15), m(3'000'000)}};
    for (const Repayment& r : entries)
        f.payments.append(LoanFacts::Payment::of(r));
    return LoanCalculator(f);
}

} // namespace

TEST(CollectionProposal, InterestIsOutstandingTimesRateTimesDaysOverThirtyRoundedToTheDong)
{
    // 9,000,000 at 0.66 %/month for 30 days: 59,400 exactly.
    EXPECT_EQ(CollectionProposal::interestFor(m(9'000'000), rate("0.66"), 30), m(59'400));
    // 31 days: 61,380.
    EXPECT_EQ(CollectionProposal::interestFor(m(9'000'000), rate("0.66"), 31), m(61'380));
    // 1,234,567 at 0.6875 %/month for 17 days = 4,809.66… → 4,810; for 1 day = 282.92… → 283.
    EXPECT_EQ(CollectionProposal::interestFor(m(1'234'567), rate("0.6875"), 17), m(4'810));
    EXPECT_EQ(CollectionProposal::interestFor(m(1'234'567), rate("0.6875"), 1), m(283));
    // A half đồng rounds up: 3 đồng at 0.5 %/month for 1,000 days = 0.5.
    EXPECT_EQ(CollectionProposal::interestFor(m(3), rate("0.5"), 1000), m(1));
    // Nothing owed, no days, no interest; the largest balance the bank lends over ten years stays exact.
    EXPECT_EQ(CollectionProposal::interestFor(Money(), rate("0.66"), 30), Money());
    EXPECT_EQ(CollectionProposal::interestFor(m(9'000'000), rate("0.66"), 0), Money());
    EXPECT_EQ(CollectionProposal::interestFor(m(500'000'000'000), rate("1.2"), 3650), m(730'000'000'000));
}

TEST(CollectionProposal, ProposesThePrincipalDueAndTheInterestSinceTheLastInterestPayment)
{
    const QList<Repayment> entries = {entry(1, QDate(2023, 4, 15), 3'000'000, 100'000),
                                      entry(2, QDate(2023, 8, 10), 1'000'000, 50'000)};
    const LoanCalculator loan = workedExampleL1(entries);
    // On 15/10/2023: 9,000,000 due by then, 4,000,000 repaid: 5,000,000 due (2,000,000 of it overdue since
    // 15/07); interest on 8,000,000 at 0.66 % from 10/08 (66 days): 116,160.
    const CollectionProposal p = CollectionProposal::of(loan, rate("0.66"), entries, QDate(2023, 10, 15));
    EXPECT_EQ(p.outstanding, m(8'000'000));
    EXPECT_EQ(p.overdue, m(2'000'000));
    EXPECT_EQ(p.principalDue, m(5'000'000));
    EXPECT_EQ(p.interestFrom, QDate(2023, 8, 10));
    EXPECT_EQ(p.interestDays, 66);
    EXPECT_EQ(p.interest, m(116'160));

    // Before the first installment nothing is due; interest runs from the disbursement.
    const CollectionProposal early = CollectionProposal::of(loan, rate("0.66"), entries, QDate(2023, 3, 1));
    EXPECT_EQ(early.principalDue, Money());
    EXPECT_EQ(early.interestFrom, QDate(2023, 1, 15));
    EXPECT_EQ(early.interestDays, 45);
    EXPECT_EQ(early.interest, m(118'800)); // 12,000,000 × 0.66 % × 45 ÷ 30

    // Never more than the balance, and nothing before the disbursement.
    EXPECT_EQ(CollectionProposal::of(loan, rate("0.66"), entries, QDate(2024, 6, 1)).principalDue,
              m(8'000'000));
    EXPECT_EQ(CollectionProposal::of(loan, rate("0.66"), entries, QDate(2023, 1, 1)).outstanding, Money());
}

TEST(CollectionProposal, AReversedInterestPaymentDoesNotCount)
{
    // The interest of 10/08 was typed twice and reversed on 20/08: interest runs from 15/04 again.
    const QList<Repayment> entries = {entry(1, QDate(2023, 4, 15), 3'000'000, 100'000),
                                      entry(2, QDate(2023, 8, 10), 0, 50'000),
                                      entry(3, QDate(2023, 8, 20), 0, 50'000, 2)};
    EXPECT_EQ(CollectionProposal::lastInterestPaidOn(entries, QDate(2023, 9, 1)), QDate(2023, 4, 15));
    // Until the reversal is dated, the payment stood.
    EXPECT_EQ(CollectionProposal::lastInterestPaidOn(entries, QDate(2023, 8, 15)), QDate(2023, 8, 10));
    const CollectionProposal p =
        CollectionProposal::of(workedExampleL1(entries), rate("0.66"), entries, QDate(2023, 9, 1));
    EXPECT_EQ(p.interestFrom, QDate(2023, 4, 15));
    EXPECT_EQ(p.interestDays, 139);
}

TEST(CollectionProposal, AFrozenLoanIsCollectedNothing)
{
    LoanFacts f;
    f.amount = m(20'000'000);
    f.disbursedOn = QDate(2020, 5, 10);
    f.maturityOn = QDate(2023, 5, 10);
    f.frozenOn = QDate(2023, 6, 1);
    const LoanCalculator loan(f);
    const CollectionProposal before = CollectionProposal::of(loan, rate("0.5"), {}, QDate(2023, 5, 20));
    EXPECT_EQ(before.principalDue, m(20'000'000)); // everything at maturity, no schedule
    EXPECT_GT(before.interest, Money());
    const CollectionProposal frozen = CollectionProposal::of(loan, rate("0.5"), {}, QDate(2023, 8, 1));
    EXPECT_EQ(frozen.outstanding, m(20'000'000));
    EXPECT_EQ(frozen.principalDue, Money());
    EXPECT_EQ(frozen.interest, Money());
}
