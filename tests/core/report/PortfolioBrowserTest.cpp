// The drill-down lists hold the loans and borrowers behind the summary's rows, and a borrower's ledger agrees
// with LoanCalculator and the summary.
#include "PortfolioSmallTest.h"

#include "calc/LoanCalculator.h"
#include "repo/LoanRepository.h"
#include "report/PortfolioBrowser.h"
#include "report/ReportBuilder.h"

#include <QSet>

#include <gtest/gtest.h>

namespace {

class PortfolioBrowserTest : public PortfolioSmallTest
{};

const YearMonth kMonth(2023, 8);

} // namespace

TEST_F(PortfolioBrowserTest, LoansOfAProgramAddUpToItsRow)
{
    auto table = ReportBuilder(s_temp->db()).summary(kMonth, Breakdown::Program);
    ASSERT_TRUE(table.ok());
    PortfolioBrowser browser(s_temp->db(), Language::French);
    for (const ReportRow& row : table->rows) {
        SCOPED_TRACE(row.key.toStdString());
        PortfolioSelection selection;
        selection.programCode = row.key;
        auto loans = browser.loans(kMonth, selection);
        ASSERT_TRUE(loans.ok());
        Figures sum;
        QSet<QString> borrowers;
        for (const LoanLine& loan : *loans) {
            EXPECT_EQ(loan.programCode, row.key);
            EXPECT_EQ(loan.programName, ReportBuilder(s_temp->db(), Language::French)
                                            .catalogue()
                                            ->programName(row.key, Language::French));
            sum.outstandingEnd += loan.figures.outstandingEnd;
            sum.overdue += loan.figures.overdue;
            sum.collectedPrincipal += loan.figures.collectedPrincipal;
            if (loan.figures.outstandingEnd.isPositive()) {
                ++sum.loans;
                borrowers.insert(loan.borrowerId);
            }
        }
        EXPECT_EQ(sum.outstandingEnd, row.figures.outstandingEnd);
        EXPECT_EQ(sum.overdue, row.figures.overdue);
        EXPECT_EQ(sum.collectedPrincipal, row.figures.collectedPrincipal);
        EXPECT_EQ(sum.loans, row.figures.loans);
        EXPECT_EQ(borrowers.size(), row.figures.borrowers);
    }
}

TEST_F(PortfolioBrowserTest, LoansRespectTheFilterAndTheSelection)
{
    PortfolioSelection selection;
    selection.filter.communeCode = QStringLiteral("13324");
    selection.organizationCode = QStringLiteral("HND");
    auto loans = PortfolioBrowser(s_temp->db()).loans(kMonth, selection);
    ASSERT_TRUE(loans.ok());
    ASSERT_FALSE(loans->isEmpty());
    for (const LoanLine& loan : *loans) {
        EXPECT_EQ(loan.communeCode, QStringLiteral("13324"));
        EXPECT_EQ(loan.organizationCode, QStringLiteral("HND"));
    }
    auto table = ReportBuilder(s_temp->db()).summary(kMonth, Breakdown::Organization, selection.filter);
    Money expected;
    for (const ReportRow& row : table->rows) {
        if (row.key == QStringLiteral("HND"))
            expected = row.figures.outstandingEnd;
    }
    Money sum;
    for (const LoanLine& loan : *loans)
        sum += loan.figures.outstandingEnd;
    EXPECT_EQ(sum, expected);
}

TEST_F(PortfolioBrowserTest, GroupMembersCarryTheGroupsFiguresAndSavings)
{
    auto table = ReportBuilder(s_temp->db()).summary(kMonth, Breakdown::Group);
    ASSERT_TRUE(table.ok());
    PortfolioBrowser browser(s_temp->db());
    for (const ReportRow& row : table->rows) {
        SCOPED_TRACE(row.key.toStdString());
        PortfolioSelection selection;
        selection.groupCode = row.key;
        auto members = browser.borrowers(kMonth, selection);
        ASSERT_TRUE(members.ok());
        Money outstanding;
        Money overdue;
        Money savings;
        qint64 withBalance = 0;
        for (const BorrowerLine& member : *members) {
            EXPECT_EQ(member.borrower.groupCode.isEmpty() ? kDirectKey : member.borrower.groupCode, row.key);
            outstanding += member.outstandingEnd;
            overdue += member.overdue;
            savings += member.savings;
            withBalance += member.outstandingEnd.isPositive() ? 1 : 0;
        }
        EXPECT_EQ(outstanding, row.figures.outstandingEnd);
        EXPECT_EQ(overdue, row.figures.overdue);
        EXPECT_EQ(savings, row.figures.savings);
        EXPECT_EQ(withBalance, row.figures.borrowers);
    }
}

TEST_F(PortfolioBrowserTest, LedgerAgreesWithTheCalculator)
{
    // Every borrower of a group with overdue debt: the ledger's positions are the calculator's, its
    // repayments end at the outstanding balance, and its overdue installments add up to the overdue amount.
    const QDate asOf = kMonth.lastDay();
    PortfolioSelection selection;
    auto borrowers = PortfolioBrowser(s_temp->db()).borrowers(kMonth, selection);
    ASSERT_TRUE(borrowers.ok());
    int withOverdue = 0;
    for (const BorrowerLine& line : *borrowers) {
        auto ledger = PortfolioBrowser(s_temp->db()).ledger(line.borrower.id, asOf);
        ASSERT_TRUE(ledger.ok());
        EXPECT_EQ(ledger->borrower.fullName, line.borrower.fullName);
        EXPECT_EQ(ledger->total.outstanding, line.outstandingEnd);
        EXPECT_EQ(ledger->total.overdue, line.overdue);
        EXPECT_EQ(ledger->savingsBalance, line.savings);
        for (const auto& loan : ledger->loans) {
            SCOPED_TRACE(loan.loan.loanNo.toStdString());
            auto facts = LoanRepository(s_temp->db()).facts({loan.loan.loanNo});
            const LoanPosition expected = LoanCalculator(facts->value(loan.loan.loanNo)).positionAt(asOf);
            EXPECT_EQ(loan.position.outstanding, expected.outstanding);
            EXPECT_EQ(loan.position.overdue, expected.overdue);
            if (!loan.repayments.isEmpty()) {
                EXPECT_EQ(loan.repayments.last().outstandingAfter, expected.outstanding);
            }
            Money overdueInstallments;
            Money unpaid;
            for (const auto& installment : loan.installments) {
                unpaid += installment.unpaid;
                if (installment.status == BorrowerLedger::InstallmentStatus::Overdue) {
                    overdueInstallments += installment.unpaid;
                    EXPECT_GT(installment.daysPastDue, 0);
                } else {
                    EXPECT_EQ(installment.daysPastDue, 0);
                }
            }
            EXPECT_EQ(overdueInstallments, expected.overdue);
            EXPECT_EQ(unpaid, expected.outstanding);
        }
        if (line.overdue.isPositive())
            ++withOverdue;
        Money balance;
        for (const auto& entry : ledger->savings) {
            balance += entry.amount;
            EXPECT_EQ(entry.balanceAfter, balance);
            EXPECT_FALSE(entry.balanceAfter.isNegative());
        }
    }
    EXPECT_GT(withOverdue, 0);
}

TEST_F(PortfolioBrowserTest, UnknownBorrowerIsAnError)
{
    auto ledger = PortfolioBrowser(s_temp->db()).ledger(QStringLiteral("NOBODY"), kMonth.lastDay());
    EXPECT_FALSE(ledger.ok());
}
