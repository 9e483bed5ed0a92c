// The Month menu of the main window (domain.md §8): it offers to close the first open month with data and to
// reopen the latest closed one; closing asks with the month's totals and runs off the UI thread; a refusal
// shows the service's own words; reopening needs a reason. The "provisional figures" banner and the status
// bar follow.
#include "WritePathTestSupport.h"

#include "closing/CloseMonthDialog.h"
#include "closing/ReopenMonthDialog.h"
#include "common/ProvisionalBanner.h"
#include "models/AuditTrailModel.h"
#include "repo/AuditRepository.h"
#include "report/ReportBuilder.h"
#include "reports/ReportsView.h"
#include "service/PortfolioService.h"
#include "views/BreakdownView.h"
#include "views/DashboardView.h"
#include "views/HistoryView.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

#include <gtest/gtest.h>

using namespace WritePathTestSupport;

namespace {

const YearMonth kJuly2023(2023, 7);
const YearMonth kAugust2023(2023, 8);
const YearMonth kSeptember2023(2023, 9);

QAction* action(MainWindow& window, const char* name)
{
    auto* found = window.findChild<QAction*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

QString monthState(MainWindow& window)
{
    auto* label = window.findChild<QLabel*>(QStringLiteral("monthStateLabel"));
    return label && !label->isHidden() ? label->text() : QString();
}

/// Whether @p banner says "Provisional figures" on its page.
bool shown(const ProvisionalBanner* banner)
{
    return banner && banner->isProvisional() && !banner->isHidden() &&
           banner->text().contains(QStringLiteral("Provisional figures"));
}

QString valueOf(QWidget* dialog, const char* name)
{
    auto* label = dialog->findChild<QLabel*>(QString::fromLatin1(name));
    EXPECT_NE(label, nullptr) << name;
    return label ? label->text() : QString();
}

/// A portfolio closed up to @p through by chi.lan on 05/07/2024.
std::unique_ptr<TempDatabase> closedThrough(YearMonth through)
{
    auto temp = importedPortfolio();
    PortfolioService service(temp->db(),
                             actor(QStringLiteral("chi.lan"), QDateTime(QDate(2024, 7, 5), QTime(9, 0))));
    const Status closed = service.closeMonthsThrough(through);
    EXPECT_TRUE(closed.ok()) << (closed ? std::string() : closed.error().message.toStdString());
    return temp;
}

} // namespace

TEST(MonthMenu, ClosesTheNextMonthAfterConfirmingItsTotalsAndTheBannerGoes)
{
    auto temp = closedThrough(kJuly2023);
    auto window = openWindow(temp->path());
    ASSERT_TRUE(window);
    window->setMonth(kAugust2023);
    ASSERT_TRUE(window->waitUntilIdle());

    // An open month: the dashboard and the summary pages say so, and so does the status bar.
    EXPECT_TRUE(shown(window->dashboardView()->provisionalBanner()));
    EXPECT_TRUE(shown(window->breakdownView(Breakdown::Program)->provisionalBanner()));
    EXPECT_EQ(monthState(*window), QStringLiteral("08/2023 is open: provisional figures"));
    EXPECT_EQ(window->latestClosedMonth(), kJuly2023);
    EXPECT_EQ(window->closableMonth(), kAugust2023);
    EXPECT_EQ(action(*window, "closeMonthAction")->text(), QStringLiteral("&Close 08/2023…"));
    EXPECT_TRUE(action(*window, "closeMonthAction")->isEnabled());
    EXPECT_EQ(action(*window, "reopenMonthAction")->text(), QStringLiteral("&Reopen 07/2023…"));
    EXPECT_EQ(action(*window, "closedThroughAction")->text(), QStringLiteral("Months closed up to 07/2023"));

    // Cancelled: nothing happens.
    action(*window, "closeMonthAction")->trigger();
    ASSERT_TRUE(window->waitUntilIdle());
    auto* dialog = window->findChild<CloseMonthDialog*>();
    ASSERT_NE(dialog, nullptr);
    dialog->reject();
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_EQ(ReportBuilder(temp->db()).latestClosedMonth().value(), kJuly2023);

    // Asked again: the dialog shows the month's totals (the summary's TOTAL row) in the window's format.
    action(*window, "closeMonthAction")->trigger();
    ASSERT_TRUE(window->waitUntilIdle());
    dialog = window->findChild<CloseMonthDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->month(), kAugust2023);
    const auto summary = ReportBuilder(temp->db()).summary(kAugust2023, Breakdown::Program);
    ASSERT_TRUE(summary.ok());
    const Figures& total = summary->total.figures;
    ASSERT_TRUE(total.outstandingEnd.isPositive());
    const DisplayOptions& options = window->state().options;
    EXPECT_EQ(valueOf(dialog, "outstandingStartValueLabel"), options.money(total.outstandingStart));
    EXPECT_EQ(valueOf(dialog, "disbursedValueLabel"), options.money(total.disbursed));
    EXPECT_EQ(valueOf(dialog, "collectedPrincipalValueLabel"), options.money(total.collectedPrincipal));
    EXPECT_EQ(valueOf(dialog, "collectedInterestValueLabel"), options.money(total.collectedInterest));
    EXPECT_EQ(valueOf(dialog, "outstandingEndValueLabel"), options.money(total.outstandingEnd));
    EXPECT_EQ(valueOf(dialog, "overdueValueLabel"), options.money(total.overdue));
    EXPECT_EQ(valueOf(dialog, "frozenValueLabel"), options.money(total.frozen));
    EXPECT_EQ(valueOf(dialog, "borrowersValueLabel"), options.count(total.borrowers));
    EXPECT_EQ(valueOf(dialog, "loansValueLabel"), options.count(total.loans));
    EXPECT_EQ(valueOf(dialog, "outstandingStartLabel"), QStringLiteral("Outstanding at 31/07/2023"));
    EXPECT_EQ(valueOf(dialog, "outstandingEndLabel"), QStringLiteral("Outstanding at 31/08/2023"));
    EXPECT_TRUE(
        valueOf(dialog, "warningLabel").contains(QStringLiteral("nothing dated on or before 31/08/2023")))
        << valueOf(dialog, "warningLabel").toStdString();
    WritePathTestSupport::saveScreenshot(dialog, QStringLiteral("close-month-dialog"));
    ASSERT_NE(dialog->closeButton(), nullptr);
    EXPECT_EQ(dialog->closeButton()->text(), QStringLiteral("&Close 08/2023"));
    EXPECT_FALSE(dialog->closeButton()->isDefault()); // closing is never what Enter does

    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
    ASSERT_TRUE(window->waitUntilIdle(60000));

    // Closed, in the database and on the screen; the banner is gone for that month.
    EXPECT_EQ(window->findChild<QMessageBox*>(QStringLiteral("monthRefusalMessageBox")), nullptr);
    EXPECT_EQ(ReportBuilder(temp->db()).latestClosedMonth().value(), kAugust2023);
    EXPECT_EQ(window->latestClosedMonth(), kAugust2023);
    EXPECT_EQ(window->month(), kAugust2023);
    EXPECT_FALSE(shown(window->dashboardView()->provisionalBanner()));
    EXPECT_TRUE(window->dashboardView()->provisionalBanner()->isHidden());
    EXPECT_FALSE(shown(window->breakdownView(Breakdown::Program)->provisionalBanner()));
    EXPECT_EQ(monthState(*window), QStringLiteral("08/2023 is closed"));
    EXPECT_EQ(action(*window, "closeMonthAction")->text(), QStringLiteral("&Close 09/2023…"));
    EXPECT_EQ(action(*window, "reopenMonthAction")->text(), QStringLiteral("&Reopen 08/2023…"));

    // The Reports page: no banner for the closed month, the banner for the open one after it.
    window->navigate({Location::Page::Reports, {}});
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_FALSE(shown(window->reportsView()->provisionalBanner()));
    window->setMonth(kSeptember2023);
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_TRUE(shown(window->reportsView()->provisionalBanner()));
    EXPECT_TRUE(shown(window->dashboardView()->provisionalBanner()));
    WritePathTestSupport::saveScreenshot(window.get(), QStringLiteral("reports-provisional"));

    // The trail records who closed it.
    AuditFilter filter;
    filter.record = QStringLiteral("2023-08");
    const auto rows = AuditRepository(temp->db()).find(filter);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->front().operation, AuditOperation::kCloseMonth);
    EXPECT_EQ(rows->front().user, Actor::currentUser().user);
}

TEST(MonthMenu, ARefusedCloseShowsTheServicesMessage)
{
    auto temp = closedThrough(kJuly2023);
    auto window = openWindow(temp->path());
    ASSERT_TRUE(window);
    ASSERT_EQ(window->closableMonth(), kAugust2023);

    // Someone else closes 08/2023 meanwhile (the console program, another computer): the window still
    // offers it, and the service refuses.
    PortfolioService other(temp->db(),
                           actor(QStringLiteral("other.pc"), QDateTime(QDate(2024, 7, 6), QTime(7, 30))));
    ASSERT_TRUE(other.closeMonth(kAugust2023).ok());
    const Status again = PortfolioService(temp->db()).closeMonth(kAugust2023);
    ASSERT_FALSE(again.ok());
    const QString expected = again.error().message;
    ASSERT_TRUE(expected.contains(QStringLiteral("08/2023 is closed already"))) << expected.toStdString();

    action(*window, "closeMonthAction")->trigger();
    ASSERT_TRUE(window->waitUntilIdle());
    auto* dialog = window->findChild<CloseMonthDialog*>();
    ASSERT_NE(dialog, nullptr);
    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
    ASSERT_TRUE(window->waitUntilIdle(60000));

    auto* box = window->findChild<QMessageBox*>(QStringLiteral("monthRefusalMessageBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->isVisible());
    EXPECT_EQ(box->text(), QStringLiteral("08/2023 was not closed"));
    EXPECT_EQ(box->informativeText(), expected);
    box->accept();

    // The window reads the state again: the next month to close is 09/2023.
    EXPECT_EQ(window->latestClosedMonth(), kAugust2023);
    EXPECT_EQ(action(*window, "closeMonthAction")->text(), QStringLiteral("&Close 09/2023…"));
    window->setMonth(kAugust2023);
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_FALSE(shown(window->dashboardView()->provisionalBanner()));
}

TEST(MonthMenu, ReopeningNeedsAReasonAndBringsTheBannerBack)
{
    auto temp = closedThrough(kAugust2023);
    auto window = openWindow(temp->path());
    ASSERT_TRUE(window);
    window->setMonth(kAugust2023);
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_FALSE(shown(window->dashboardView()->provisionalBanner()));
    EXPECT_EQ(monthState(*window), QStringLiteral("08/2023 is closed"));
    EXPECT_EQ(action(*window, "reopenMonthAction")->text(), QStringLiteral("&Reopen 08/2023…"));

    action(*window, "reopenMonthAction")->trigger();
    ASSERT_TRUE(window->waitUntilIdle());
    auto* dialog = window->findChild<ReopenMonthDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->month(), kAugust2023);
    auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("reasonLineEdit"));
    ASSERT_NE(reason, nullptr);
    // No reason, or only blanks: the button stays disabled and a click does nothing.
    EXPECT_FALSE(dialog->reopenButton()->isEnabled());
    QTest::keyClicks(reason, QStringLiteral("   "));
    EXPECT_FALSE(dialog->reopenButton()->isEnabled());
    QTest::mouseClick(dialog->reopenButton(), Qt::LeftButton);
    QTest::keyClick(reason, Qt::Key_Return);
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(ReportBuilder(temp->db()).latestClosedMonth().value(), kAugust2023);

    reason->clear();
    const QString why = QStringLiteral("Repayment of L0000048 entered twice");
    QTest::keyClicks(reason, why);
    EXPECT_TRUE(dialog->reopenButton()->isEnabled());
    WritePathTestSupport::saveScreenshot(dialog, QStringLiteral("reopen-month-dialog"));
    QTest::mouseClick(dialog->reopenButton(), Qt::LeftButton);
    ASSERT_TRUE(window->waitUntilIdle(60000));

    EXPECT_EQ(window->findChild<QMessageBox*>(QStringLiteral("monthRefusalMessageBox")), nullptr);
    EXPECT_EQ(ReportBuilder(temp->db()).latestClosedMonth().value(), kJuly2023);
    EXPECT_EQ(window->latestClosedMonth(), kJuly2023);
    EXPECT_TRUE(shown(window->dashboardView()->provisionalBanner()));
    EXPECT_EQ(monthState(*window), QStringLiteral("08/2023 is open: provisional figures"));
    EXPECT_EQ(action(*window, "closeMonthAction")->text(), QStringLiteral("&Close 08/2023…"));
    EXPECT_EQ(action(*window, "reopenMonthAction")->text(), QStringLiteral("&Reopen 07/2023…"));
    WritePathTestSupport::saveScreenshot(window.get(), QStringLiteral("dashboard-provisional"));

    // The reason is in the trail, and on the History page.
    AuditFilter filter;
    filter.record = QStringLiteral("2023-08");
    const auto rows = AuditRepository(temp->db()).find(filter);
    ASSERT_TRUE(rows.ok());
    ASSERT_FALSE(rows->isEmpty());
    EXPECT_EQ(rows->front().operation, AuditOperation::kReopenMonth);
    EXPECT_EQ(rows->front().reason, why);
    window->navigate({Location::Page::History, {}});
    ASSERT_TRUE(window->waitUntilIdle());
    AuditTrailModel* model = window->historyView()->model();
    ASSERT_GT(model->rowCount(), 0);
    EXPECT_EQ(model->index(0, AuditTrailModel::Operation).data().toString(),
              QStringLiteral("Month reopened"));
    EXPECT_EQ(model->index(0, AuditTrailModel::Record).data().toString(), QStringLiteral("Month 08/2023"));
    EXPECT_EQ(model->index(0, AuditTrailModel::Reason).data().toString(), why);
}

TEST(MonthMenu, SaysWhyNothingCanBeClosedOrReopened)
{
    // Nothing closed yet: the first month with data is offered; nothing to reopen.
    auto temp = importedPortfolio();
    const auto span = ReportBuilder(temp->db()).dataSpan();
    ASSERT_TRUE(span.ok());
    auto window = openWindow(temp->path());
    ASSERT_TRUE(window);
    EXPECT_EQ(window->closableMonth(), span->firstMonth());
    QAction* reopen = action(*window, "reopenMonthAction");
    EXPECT_FALSE(reopen->isEnabled());
    EXPECT_EQ(reopen->toolTip(), QStringLiteral("No month is closed."));
    EXPECT_EQ(action(*window, "closedThroughAction")->text(), QStringLiteral("No month is closed yet"));
    window.reset();

    // Every month with data closed: nothing to close, and the menu says why.
    PortfolioService service(temp->db(),
                             actor(QStringLiteral("chi.lan"), QDateTime(QDate(2024, 7, 5), QTime(9, 0))));
    ASSERT_TRUE(service.closeMonthsThrough(span->lastMonth()).ok());
    window = openWindow(temp->path());
    ASSERT_TRUE(window);
    QAction* close = action(*window, "closeMonthAction");
    EXPECT_FALSE(close->isEnabled());
    EXPECT_FALSE(window->closableMonth().isValid());
    EXPECT_EQ(close->toolTip(), QStringLiteral("Every month with data is closed, up to %1.")
                                    .arg(window->state().options.month(span->lastMonth())));
    EXPECT_TRUE(action(*window, "reopenMonthAction")->isEnabled());
}
