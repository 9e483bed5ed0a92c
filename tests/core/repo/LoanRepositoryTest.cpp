// LoanRepository::facts() reads what every figure of a loan depends on by row id, a chunk of loans at a time.
// Here it must give, for every loan of the demonstration portfolio, exactly what the repositories' plain
// listings of loans, installments, repayments and moves give.
#include "DemoPortfolioSuite.h"

#include "calc/LoanCalculator.h"
#include "repo/LoanRepository.h"
#include "repo/MoveRepository.h"
#include "repo/RepaymentRepository.h"

#include <QHash>

#include <algorithm>
#include <tuple>

namespace {

class LoanRepositoryTest : public DemoPortfolioSuite
{};

/// The schedule and payments of @p facts in one order, for comparing facts read in any order.
LoanFacts sorted(LoanFacts facts)
{
    std::sort(facts.schedule.begin(), facts.schedule.end(), [](const auto& a, const auto& b) {
        return std::make_tuple(a.dueOn, a.principal.dong()) < std::make_tuple(b.dueOn, b.principal.dong());
    });
    std::sort(facts.payments.begin(), facts.payments.end(), [](const auto& a, const auto& b) {
        return std::make_tuple(a.paidOn, a.principal.dong(), a.interest.dong()) <
               std::make_tuple(b.paidOn, b.principal.dong(), b.interest.dong());
    });
    return facts;
}

} // namespace

TEST_F(LoanRepositoryTest, FactsAreWhatThePlainListingsHold)
{
    LoanRepository loans(db());
    QHash<QString, LoanFacts> expected;
    QHash<QString, QStringList> loansOfBorrower;
    ASSERT_TRUE(loans
                    .forEachLoan([&](const Loan& loan) {
                        LoanFacts& f = expected[loan.loanNo];
                        f.amount = loan.amount;
                        f.disbursedOn = loan.disbursedOn;
                        f.maturityOn = loan.maturityOn;
                        f.frozenOn = loan.frozenOn;
                        loansOfBorrower[loan.borrowerId].append(loan.loanNo);
                    })
                    .ok());
    ASSERT_TRUE(
        loans
            .forEachInstallment([&](const Installment& installment) {
                expected[installment.loanNo].schedule.append({installment.dueOn, installment.principal});
            })
            .ok());
    qsizetype reversals = 0;
    ASSERT_TRUE(RepaymentRepository(db())
                    .forEach([&](const Repayment& repayment) {
                        reversals += repayment.isReversal() ? 1 : 0;
                        expected[repayment.loanNo].payments.append(LoanFacts::Payment::of(repayment));
                    })
                    .ok());
    qsizetype moved = 0;
    ASSERT_TRUE(MoveRepository(db())
                    .forEach([&](const Move& move) {
                        for (const QString& loanNo : loansOfBorrower.value(move.borrowerId)) {
                            moved += expected[loanNo].lastMoveOn.isValid() ? 0 : 1;
                            expected[loanNo].lastMoveOn = std::max(expected[loanNo].lastMoveOn, move.on);
                        }
                    })
                    .ok());
    const auto frozen = std::count_if(expected.cbegin(), expected.cend(),
                                      [](const LoanFacts& f) { return f.frozenOn.has_value(); });
    // The portfolio holds what each part of the reading is there for.
    ASSERT_GT(expected.size(), 1000);
    ASSERT_GT(reversals, 0);
    ASSERT_GT(moved, 0);
    ASSERT_GT(frozen, 0);

    // Every loan, one of them asked for twice, and a number no loan has: read in chunks of 500.
    QStringList asked = expected.keys();
    asked.append(asked.first());
    asked.append(QStringLiteral("NO-SUCH-LOAN"));
    auto facts = loans.facts(asked);
    ASSERT_TRUE(facts.ok()) << facts.error().message.toStdString();
    EXPECT_EQ(facts->size(), expected.size());
    EXPECT_FALSE(facts->contains(QStringLiteral("NO-SUCH-LOAN")));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        ASSERT_TRUE(facts->contains(it.key())) << it.key().toStdString();
        const LoanFacts want = sorted(it.value());
        const LoanFacts got = sorted(facts->value(it.key()));
        EXPECT_EQ(got.amount, want.amount) << it.key().toStdString();
        EXPECT_EQ(got.disbursedOn, want.disbursedOn) << it.key().toStdString();
        EXPECT_EQ(got.maturityOn, want.maturityOn) << it.key().toStdString();
        EXPECT_EQ(got.frozenOn, want.frozenOn) << it.key().toStdString();
        EXPECT_EQ(got.lastMoveOn, want.lastMoveOn) << it.key().toStdString();
        ASSERT_EQ(got.schedule.size(), want.schedule.size()) << it.key().toStdString();
        for (qsizetype i = 0; i < want.schedule.size(); ++i) {
            EXPECT_EQ(got.schedule[i].dueOn, want.schedule[i].dueOn) << it.key().toStdString();
            EXPECT_EQ(got.schedule[i].principal, want.schedule[i].principal) << it.key().toStdString();
        }
        ASSERT_EQ(got.payments.size(), want.payments.size()) << it.key().toStdString();
        for (qsizetype i = 0; i < want.payments.size(); ++i) {
            EXPECT_EQ(got.payments[i].paidOn, want.payments[i].paidOn) << it.key().toStdString();
            EXPECT_EQ(got.payments[i].principal, want.payments[i].principal) << it.key().toStdString();
            EXPECT_EQ(got.payments[i].interest, want.payments[i].interest) << it.key().toStdString();
        }
    }
}
