// The borrower's ledger with entry numbers, reversals and moves: a reversed entry struck through with who
// reversed it, when and why; the reversal marked as such with its effect as a minus; the memberships listed;
// "History of this borrower" opens the History page narrowed to them.
#include "WritePathTestSupport.h"

#include "models/AuditTrailModel.h"
#include "models/CellTableModel.h"
#include "models/ItemRoles.h"
#include "repo/AuditRepository.h"
#include "service/PortfolioService.h"
#include "views/BorrowerLedgerView.h"
#include "views/HistoryView.h"

#include <QFont>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace WritePathTestSupport;

namespace {

const QString kBorrower = QStringLiteral("KH000001");
const QString kLoan = QStringLiteral("L0000001"); // 97,000,000 disbursed on 31/05/2024, first due in 2025

struct Entries
{
    std::unique_ptr<TempDatabase> temp;
    qint64 repayment = 0;
    qint64 repaymentReversal = 0;
    qint64 deposit = 0;
    qint64 depositReversal = 0;
};

/// In June 2024 (an open month): a repayment of L0000001 posted and reversed, a deposit of KH000001 posted
/// and reversed, and KH000001 moved from group T0001 to T0004 (same commune).
Entries makeEntries()
{
    Entries entries;
    entries.temp = importedPortfolio();
    PortfolioService service(entries.temp->db(),
                             actor(QStringLiteral("anh.tuan"), QDateTime(QDate(2024, 7, 2), QTime(14, 0))));
    auto repayment = service.postRepayment(
        Repayment(kLoan, QDate(2024, 6, 10), Money::fromDong(1'000'000), Money::fromDong(0)));
    EXPECT_TRUE(repayment.ok()) << (repayment ? std::string() : repayment.error().message.toStdString());
    entries.repayment = repayment ? *repayment : 0;
    auto reversal =
        service.reverseRepayment(entries.repayment, QDate(2024, 6, 20), QStringLiteral("wrong loan"));
    EXPECT_TRUE(reversal.ok()) << (reversal ? std::string() : reversal.error().message.toStdString());
    entries.repaymentReversal = reversal ? *reversal : 0;
    SavingsEntry deposit;
    deposit.borrowerId = kBorrower;
    deposit.on = QDate(2024, 6, 12);
    deposit.amount = Money::fromDong(500'000);
    auto posted = service.postSavings(deposit);
    EXPECT_TRUE(posted.ok()) << (posted ? std::string() : posted.error().message.toStdString());
    entries.deposit = posted ? *posted : 0;
    auto taken = service.reverseSavings(entries.deposit, QDate(2024, 6, 25), QStringLiteral("typed twice"));
    EXPECT_TRUE(taken.ok()) << (taken ? std::string() : taken.error().message.toStdString());
    entries.depositReversal = taken ? *taken : 0;
    Move move;
    move.borrowerId = kBorrower;
    move.on = QDate(2024, 6, 15);
    move.groupCode = QStringLiteral("T0004");
    const Status moved = service.moveBorrower(move);
    EXPECT_TRUE(moved.ok()) << (moved ? std::string() : moved.error().message.toStdString());
    return entries;
}

/// The model row whose column 0 (the entry number) is @p entryNo.
int rowOfEntry(const CellTableModel& model, qint64 entryNo)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(ItemRoles::SortRole).toLongLong() == entryNo)
            return row;
    }
    return -1;
}

QFont fontOf(const CellTableModel& model, int row, int column)
{
    return model.index(row, column).data(Qt::FontRole).value<QFont>();
}

QString textOf(const CellTableModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

std::unique_ptr<MainWindow> openLedger(const Entries& entries)
{
    auto window = openWindow(entries.temp->path());
    if (!window)
        return nullptr;
    window->setMonth(YearMonth(2024, 6));
    PortfolioSelection selection;
    selection.borrowerId = kBorrower;
    window->navigate({Location::Page::Ledger, selection});
    EXPECT_TRUE(window->waitUntilIdle());
    return window;
}

} // namespace

TEST(BorrowerLedgerView, ShowsEntryNumbersReversedEntriesStruckThroughAndReversalsMarked)
{
    const Entries entries = makeEntries();
    auto window = openLedger(entries);
    ASSERT_TRUE(window);
    BorrowerLedgerView* view = window->ledgerView();
    ASSERT_TRUE(view->ledger().has_value());
    const DisplayOptions& options = window->state().options;

    // The loan's repayments: the fixture's interest payment of 30/06/2024, the entry and its reversal, each
    // with its number.
    int loanRow = -1;
    for (int row = 0; row < view->loansModel()->rowCount(); ++row) {
        if (view->loansModel()->index(row, 0).data(ItemRoles::KeyRole).toString() == kLoan)
            loanRow = row;
    }
    ASSERT_GE(loanRow, 0);
    view->selectLoan(loanRow);
    const CellTableModel& repayments = *view->repaymentsModel();
    ASSERT_EQ(repayments.rowCount(), 3);
    EXPECT_EQ(repayments.headerData(BorrowerLedgerView::RepaymentNo, Qt::Horizontal).toString(),
              QStringLiteral("No."));
    for (int row = 0; row < repayments.rowCount(); ++row) {
        EXPECT_GT(
            repayments.index(row, BorrowerLedgerView::RepaymentNo).data(ItemRoles::SortRole).toLongLong(), 0);
        if (textOf(repayments, row, BorrowerLedgerView::RepaymentPaidOn) == QStringLiteral("30/06/2024")) {
            // An ordinary entry is plain.
            EXPECT_FALSE(fontOf(repayments, row, BorrowerLedgerView::RepaymentPrincipal).strikeOut());
            EXPECT_FALSE(fontOf(repayments, row, BorrowerLedgerView::RepaymentPrincipal).italic());
            EXPECT_TRUE(textOf(repayments, row, BorrowerLedgerView::RepaymentNote).isEmpty());
            EXPECT_EQ(textOf(repayments, row, BorrowerLedgerView::RepaymentOutstandingAfter),
                      options.money(Money::fromDong(97'000'000)));
        }
    }

    const int entry = rowOfEntry(repayments, entries.repayment);
    ASSERT_GE(entry, 0);
    EXPECT_EQ(textOf(repayments, entry, BorrowerLedgerView::RepaymentNo), QString::number(entries.repayment));
    EXPECT_EQ(textOf(repayments, entry, BorrowerLedgerView::RepaymentPaidOn), QStringLiteral("10/06/2024"));
    EXPECT_EQ(textOf(repayments, entry, BorrowerLedgerView::RepaymentPrincipal),
              options.money(Money::fromDong(1'000'000)));
    EXPECT_EQ(textOf(repayments, entry, BorrowerLedgerView::RepaymentOutstandingAfter),
              options.money(Money::fromDong(96'000'000)));
    for (int column : {BorrowerLedgerView::RepaymentNo, BorrowerLedgerView::RepaymentPaidOn,
                       BorrowerLedgerView::RepaymentPrincipal, BorrowerLedgerView::RepaymentInterest})
        EXPECT_TRUE(fontOf(repayments, entry, column).strikeOut()) << column;
    const QString reversedNote =
        QStringLiteral("Reversed by no. %1 on 20/06/2024: wrong loan").arg(entries.repaymentReversal);
    EXPECT_EQ(textOf(repayments, entry, BorrowerLedgerView::RepaymentNote), reversedNote);
    EXPECT_EQ(
        repayments.index(entry, BorrowerLedgerView::RepaymentPrincipal).data(Qt::ToolTipRole).toString(),
        reversedNote);

    const int reversal = rowOfEntry(repayments, entries.repaymentReversal);
    ASSERT_GE(reversal, 0);
    EXPECT_EQ(textOf(repayments, reversal, BorrowerLedgerView::RepaymentPaidOn),
              QStringLiteral("20/06/2024"));
    EXPECT_EQ(textOf(repayments, reversal, BorrowerLedgerView::RepaymentPrincipal),
              options.signedMoney(Money::fromDong(-1'000'000)));
    EXPECT_TRUE(
        textOf(repayments, reversal, BorrowerLedgerView::RepaymentPrincipal).startsWith(QChar(0x2212)));
    EXPECT_EQ(textOf(repayments, reversal, BorrowerLedgerView::RepaymentOutstandingAfter),
              options.money(Money::fromDong(97'000'000)));
    EXPECT_EQ(textOf(repayments, reversal, BorrowerLedgerView::RepaymentNote),
              QStringLiteral("Reversal of no. %1: wrong loan").arg(entries.repayment));
    EXPECT_TRUE(fontOf(repayments, reversal, BorrowerLedgerView::RepaymentPrincipal).italic());
    EXPECT_FALSE(fontOf(repayments, reversal, BorrowerLedgerView::RepaymentPrincipal).strikeOut());
    EXPECT_TRUE(repayments.index(reversal, BorrowerLedgerView::RepaymentPrincipal)
                    .data(Qt::BackgroundRole)
                    .isValid());

    // The savings: the deposit struck through, its reversal a withdrawal of the same amount.
    const CellTableModel& savings = *view->savingsModel();
    const int deposit = rowOfEntry(savings, entries.deposit);
    const int taken = rowOfEntry(savings, entries.depositReversal);
    ASSERT_GE(deposit, 0);
    ASSERT_GE(taken, 0);
    EXPECT_EQ(textOf(savings, deposit, BorrowerLedgerView::SavingsAmount),
              options.signedMoney(Money::fromDong(500'000)));
    EXPECT_TRUE(fontOf(savings, deposit, BorrowerLedgerView::SavingsAmount).strikeOut());
    EXPECT_EQ(textOf(savings, deposit, BorrowerLedgerView::SavingsNote),
              QStringLiteral("Reversed by no. %1 on 25/06/2024: typed twice").arg(entries.depositReversal));
    EXPECT_EQ(textOf(savings, taken, BorrowerLedgerView::SavingsAmount),
              options.signedMoney(Money::fromDong(-500'000)));
    EXPECT_TRUE(fontOf(savings, taken, BorrowerLedgerView::SavingsAmount).italic());
    EXPECT_EQ(textOf(savings, taken, BorrowerLedgerView::SavingsNote),
              QStringLiteral("Reversal of no. %1: typed twice").arg(entries.deposit));
    // An ordinary entry is plain.
    for (int row = 0; row < savings.rowCount(); ++row) {
        if (row == deposit || row == taken)
            continue;
        EXPECT_FALSE(fontOf(savings, row, BorrowerLedgerView::SavingsAmount).strikeOut()) << row;
        EXPECT_TRUE(textOf(savings, row, BorrowerLedgerView::SavingsNote).isEmpty()) << row;
    }

    // The memberships: the first one and the move.
    const CellTableModel& memberships = *view->membershipsModel();
    ASSERT_EQ(memberships.rowCount(), 2);
    EXPECT_EQ(textOf(memberships, 0, 0), QStringLiteral("at registration"));
    EXPECT_TRUE(textOf(memberships, 0, 2).startsWith(QStringLiteral("T0001 · ")));
    EXPECT_EQ(textOf(memberships, 1, 0), QStringLiteral("15/06/2024"));
    EXPECT_TRUE(textOf(memberships, 1, 2).startsWith(QStringLiteral("T0004 · ")));
    EXPECT_EQ(textOf(memberships, 1, 3), QStringLiteral("Veterans' Association"));
    auto* tabs = view->findChild<QTabWidget*>(QStringLiteral("ledgerTabWidget"));
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(tabs->tabText(3), QStringLiteral("Memberships (2)"));

    tabs->setCurrentIndex(1);
    WritePathTestSupport::saveScreenshot(window.get(), QStringLiteral("ledger-repayments"));
    tabs->setCurrentIndex(2);
    WritePathTestSupport::saveScreenshot(window.get(), QStringLiteral("ledger-savings"));
    tabs->setCurrentIndex(3);
    WritePathTestSupport::saveScreenshot(window.get(), QStringLiteral("ledger-memberships"));
}

TEST(BorrowerLedgerView, HistoryOfThisBorrowerOpensTheHistoryNarrowedToThem)
{
    const Entries entries = makeEntries();
    auto window = openLedger(entries);
    ASSERT_TRUE(window);
    auto* button = window->ledgerView()->findChild<QPushButton*>(QStringLiteral("borrowerHistoryButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    ASSERT_TRUE(window->waitUntilIdle());

    EXPECT_EQ(window->location().page, Location::Page::History);
    HistoryView* history = window->historyView();
    EXPECT_TRUE(history->isVisible());
    EXPECT_EQ(history->borrowerId(), kBorrower);
    // Exactly the borrower's rows: two repayments, two savings entries and the move; not the import.
    AuditFilter filter;
    filter.borrowerId = kBorrower;
    const auto expected = AuditRepository(entries.temp->db()).find(filter);
    ASSERT_TRUE(expected.ok());
    EXPECT_EQ(expected->size(), 5);
    AuditTrailModel* model = history->model();
    ASSERT_EQ(model->rowCount(), expected->size());
    for (int row = 0; row < model->rowCount(); ++row) {
        EXPECT_EQ(model->entries().at(row).id, expected->at(row).id);
        EXPECT_EQ(model->entries().at(row).borrowerId, kBorrower);
    }
    EXPECT_EQ(model->index(0, AuditTrailModel::Operation).data().toString(),
              QStringLiteral("Borrower moved"));
    auto* restriction = history->findChild<QLabel*>(QStringLiteral("restrictionLabel"));
    ASSERT_NE(restriction, nullptr);
    EXPECT_FALSE(restriction->isHidden());
    EXPECT_EQ(restriction->text(), QStringLiteral("Borrower KH000001 · Dương Đức Tâm"));
    WritePathTestSupport::saveScreenshot(window.get(), QStringLiteral("history-of-borrower"));

    // "Show all" lifts the restriction; back returns to the ledger.
    auto* showAll = history->findChild<QToolButton*>(QStringLiteral("clearRestrictionToolButton"));
    ASSERT_NE(showAll, nullptr);
    QTest::mouseClick(showAll, Qt::LeftButton);
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_TRUE(history->borrowerId().isEmpty());
    EXPECT_GT(model->rowCount(), expected->size());
    window->goBack();
    window->goBack();
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_EQ(window->location().page, Location::Page::Ledger);
}
