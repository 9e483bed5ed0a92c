// The History page over the audit trail: every row of the trail, newest first, with the operations in words;
// the date range, the user and the record text narrow it as the audit repository does; a double-click on a
// borrower's row opens the ledger.
#include "WritePathTestSupport.h"

#include "models/AuditTrailModel.h"
#include "models/ItemRoles.h"
#include "repo/AuditRepository.h"
#include "service/PortfolioService.h"
#include "views/BorrowerLedgerView.h"
#include "views/HistoryView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace WritePathTestSupport;

namespace {

const QDateTime kClosedAt(QDate(2024, 7, 5), QTime(9, 0));
const QDateTime kReopenedAt(QDate(2024, 8, 2), QTime(10, 0));
const QDateTime kPostedAt(QDate(2024, 8, 2), QTime(10, 5));
const QDateTime kReversedAt(QDate(2024, 8, 2), QTime(10, 7));

/// portfolio-small imported on 01/07/2024; closed up to 06/2023 by chi.lan on 05/07/2024; 06/2023 reopened,
/// then a repayment of L0000001 posted and reversed, by anh.tuan on 02/08/2024.
struct Trail
{
    std::unique_ptr<TempDatabase> temp;
    qint64 posted = 0;
    qint64 reversal = 0;
};

Trail makeTrail()
{
    Trail trail;
    trail.temp = importedPortfolio();
    Database& db = trail.temp->db();
    EXPECT_TRUE(PortfolioService(db, actor(QStringLiteral("chi.lan"), kClosedAt))
                    .closeMonthsThrough(YearMonth(2023, 6))
                    .ok());
    EXPECT_TRUE(PortfolioService(db, actor(QStringLiteral("anh.tuan"), kReopenedAt))
                    .reopenMonth(YearMonth(2023, 6), QStringLiteral("Savings of T0002 entered late"))
                    .ok());
    auto posted = PortfolioService(db, actor(QStringLiteral("anh.tuan"), kPostedAt))
                      .postRepayment(Repayment(QStringLiteral("L0000001"), QDate(2024, 6, 10),
                                               Money::fromDong(1'000'000), Money::fromDong(0)));
    EXPECT_TRUE(posted.ok()) << (posted ? std::string() : posted.error().message.toStdString());
    trail.posted = posted ? *posted : 0;
    auto reversal = PortfolioService(db, actor(QStringLiteral("anh.tuan"), kReversedAt))
                        .reverseRepayment(trail.posted, QDate(2024, 6, 20), QStringLiteral("wrong loan"));
    EXPECT_TRUE(reversal.ok()) << (reversal ? std::string() : reversal.error().message.toStdString());
    trail.reversal = reversal ? *reversal : 0;
    return trail;
}

QList<AuditEntry> expectedRows(Database& db, const AuditFilter& filter)
{
    auto rows = AuditRepository(db).find(filter);
    EXPECT_TRUE(rows.ok());
    return rows ? *rows : QList<AuditEntry>();
}

/// The ids of the rows the page shows, in the order shown.
QList<qint64> shownIds(HistoryView& view)
{
    QList<qint64> ids;
    QAbstractItemModel* proxy = view.tableView()->model();
    AuditTrailModel* model = view.model();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex index = proxy->index(row, 0);
        // The time column sorts on the row's order of writing.
        ids.append(index.data(ItemRoles::SortRole).toLongLong());
    }
    EXPECT_EQ(proxy->rowCount(), model->rowCount());
    return ids;
}

QList<qint64> idsOf(const QList<AuditEntry>& entries)
{
    QList<qint64> ids;
    for (const AuditEntry& entry : entries)
        ids.append(entry.id);
    return ids;
}

QString cell(HistoryView& view, int row, int column)
{
    return view.tableView()->model()->index(row, column).data().toString();
}

} // namespace

TEST(HistoryView, ListsTheTrailNewestFirstAndItsFiltersNarrowIt)
{
    Trail trail = makeTrail();
    Database& db = trail.temp->db();
    auto window = openWindow(trail.temp->path());
    ASSERT_TRUE(window);
    window->navigate({Location::Page::History, {}});
    ASSERT_TRUE(window->waitUntilIdle());
    HistoryView& view = *window->historyView();
    ASSERT_TRUE(view.isVisible());

    // Every row, newest first: the reversal, the repayment, the reopening, the closings, the import.
    const QList<AuditEntry> all = expectedRows(db, {});
    ASSERT_GE(all.size(), 5);
    EXPECT_EQ(shownIds(view), idsOf(all));
    EXPECT_EQ(cell(view, 0, AuditTrailModel::Time), QStringLiteral("02/08/2024 10:07:00"));
    EXPECT_EQ(cell(view, 0, AuditTrailModel::User), QStringLiteral("anh.tuan"));
    EXPECT_EQ(cell(view, 0, AuditTrailModel::Operation), QStringLiteral("Repayment reversed"));
    EXPECT_EQ(cell(view, 0, AuditTrailModel::Record), QStringLiteral("Repayment no. %1").arg(trail.reversal));
    EXPECT_EQ(cell(view, 0, AuditTrailModel::Borrower), QStringLiteral("KH000001 · Dương Đức Tâm"));
    EXPECT_EQ(cell(view, 0, AuditTrailModel::Reason), QStringLiteral("wrong loan"));
    // The stored values in words, amounts and dates as the language writes them.
    EXPECT_EQ(
        cell(view, 0, AuditTrailModel::Change),
        QStringLiteral("No.: %1; Loan: L0000001; Paid on: 20/06/2024; Principal: 1,000,000; Interest: 0; "
                       "Reverses no.: %2")
            .arg(trail.reversal)
            .arg(trail.posted))
        << all.front().newValues.toStdString();
    EXPECT_EQ(cell(view, 1, AuditTrailModel::Operation), QStringLiteral("Repayment posted"));
    EXPECT_EQ(cell(view, 2, AuditTrailModel::Operation), QStringLiteral("Month reopened"));
    EXPECT_EQ(cell(view, 2, AuditTrailModel::Record), QStringLiteral("Month 06/2023"));
    EXPECT_EQ(cell(view, 2, AuditTrailModel::Reason), QStringLiteral("Savings of T0002 entered late"));
    EXPECT_EQ(cell(view, 2, AuditTrailModel::Change), QStringLiteral("Closed: yes  →  Closed: no"));
    EXPECT_EQ(cell(view, 3, AuditTrailModel::Operation), QStringLiteral("Month closed"));
    EXPECT_EQ(cell(view, 3, AuditTrailModel::Record), QStringLiteral("Month 06/2023"));
    EXPECT_EQ(cell(view, 3, AuditTrailModel::Time), QStringLiteral("05/07/2024 09:00:00"));
    const int last = static_cast<int>(all.size()) - 1;
    EXPECT_EQ(cell(view, last, AuditTrailModel::Operation), QStringLiteral("Data imported"));
    EXPECT_EQ(cell(view, last, AuditTrailModel::User), QStringLiteral("importer"));
    EXPECT_TRUE(cell(view, last, AuditTrailModel::Record).startsWith(QStringLiteral("Import of ")));
    // Every operation has a name in words, never its code.
    for (int row = 0; row <= last; ++row)
        EXPECT_FALSE(cell(view, row, AuditTrailModel::Operation).contains(u'-')) << row;
    auto* count = view.findChild<QLabel*>(QStringLiteral("countLabel"));
    ASSERT_NE(count, nullptr);
    EXPECT_EQ(count->text(), QStringLiteral("Changes shown: %1").arg(all.size()));
    WritePathTestSupport::saveScreenshot(window.get(), QStringLiteral("history"));

    // The user filter: the users of the trail to choose from; anh.tuan's three rows.
    auto* users = view.findChild<QComboBox*>(QStringLiteral("userComboBox"));
    ASSERT_NE(users, nullptr);
    EXPECT_GE(users->findData(QStringLiteral("anh.tuan")), 1);
    EXPECT_GE(users->findData(QStringLiteral("chi.lan")), 1);
    EXPECT_GE(users->findData(QStringLiteral("importer")), 1);
    users->setCurrentIndex(users->findData(QStringLiteral("anh.tuan")));
    ASSERT_TRUE(window->waitUntilIdle());
    AuditFilter byUser;
    byUser.user = QStringLiteral("anh.tuan");
    EXPECT_EQ(shownIds(view), idsOf(expectedRows(db, byUser)));
    EXPECT_EQ(view.model()->rowCount(), 3);
    view.setUser(QString());
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_EQ(view.model()->rowCount(), all.size());

    // The date range (local days, both ends included): 01/07/2024 holds the import alone.
    view.setDateRange(QDate(2024, 7, 1), QDate(2024, 7, 1));
    ASSERT_TRUE(window->waitUntilIdle());
    ASSERT_EQ(view.model()->rowCount(), 1);
    EXPECT_EQ(cell(view, 0, AuditTrailModel::Operation), QStringLiteral("Data imported"));
    // From 02/08/2024 on: anh.tuan's three rows.
    view.setDateRange(QDate(2024, 8, 2), QDate());
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_EQ(view.model()->rowCount(), 3);
    // The check boxes are the controls of the same filter.
    auto* from = view.findChild<QCheckBox*>(QStringLiteral("fromCheckBox"));
    ASSERT_NE(from, nullptr);
    EXPECT_TRUE(from->isChecked());
    from->setChecked(false);
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_EQ(view.model()->rowCount(), all.size());

    // The record text: part of a record's key (here a month), typed in the box.
    auto* record = view.findChild<QLineEdit*>(QStringLiteral("recordLineEdit"));
    ASSERT_NE(record, nullptr);
    QTest::keyClicks(record, QStringLiteral("2023-06"));
    ASSERT_TRUE(waitFor([&view]() { return view.model()->rowCount() == 2 && !view.isBusy(); }));
    EXPECT_EQ(cell(view, 0, AuditTrailModel::Operation), QStringLiteral("Month reopened"));
    EXPECT_EQ(cell(view, 1, AuditTrailModel::Operation), QStringLiteral("Month closed"));
    // The loan's repayment numbers.
    view.setRecordText(QString::number(trail.posted));
    ASSERT_TRUE(window->waitUntilIdle());
    AuditFilter byRecord;
    byRecord.record = QString::number(trail.posted);
    EXPECT_EQ(shownIds(view), idsOf(expectedRows(db, byRecord)));
    EXPECT_GE(view.model()->rowCount(), 1);
    // Nothing matches: the page says so.
    view.setRecordText(QStringLiteral("no-such-record"));
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_EQ(view.model()->rowCount(), 0);
    EXPECT_EQ(count->text(), QStringLiteral("No change recorded matches the filter"));
}

TEST(HistoryView, ADoubleClickOnABorrowersRowOpensTheLedger)
{
    Trail trail = makeTrail();
    auto window = openWindow(trail.temp->path());
    ASSERT_TRUE(window);
    window->navigate({Location::Page::History, {}});
    ASSERT_TRUE(window->waitUntilIdle());
    QTableView* table = window->historyView()->tableView();
    ASSERT_GT(table->model()->rowCount(), 0);
    const QRect rect = table->visualRect(table->model()->index(0, AuditTrailModel::Operation));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_EQ(window->location().page, Location::Page::Ledger);
    EXPECT_EQ(window->ledgerView()->borrowerId(), QStringLiteral("KH000001"));
}
