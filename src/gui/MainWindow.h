#pragma once

#include "Result.h"
#include "common/Location.h"
#include "common/NavigationHistory.h"
#include "common/ViewState.h"
#include "domain/Catalogue.h"
#include "domain/DataSpan.h"
#include "report/DashboardData.h"

#include <QMainWindow>

#include <memory>

class Database;
class BackgroundLoader;
class DashboardView;
class BreakdownView;
class BorrowersView;
class LoansView;
class BorrowerLedgerView;
class ReportsView;
class HistoryView;
class QLabel;
class QAction;
namespace Ui {
class MainWindow;
}

/// The main window: a navigation (Dashboard · Programs · Communes · Organisations · Groups · Borrowers ·
/// Loans · Reports · History), the month, the commune and organisation filters every page respects, the unit,
/// the language, and back/forward through the places visited. The figures are loaded off the UI thread
/// (BackgroundLoader) with a busy indicator; pages never compute a figure, they show what the report core
/// returns.
///
/// The Month menu closes the next month and reopens the latest closed one (domain.md §8) through
/// PortfolioService, off the UI thread; the status bar says whether the chosen month is closed or its figures
/// are provisional.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> database, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Whether changes of language, unit, month and the window's geometry are remembered (QSettings). Off for
    /// screenshots.
    void setRememberSettings(bool remember) { m_remember = remember; }

    /// The months that can be chosen, latest first (empty for an empty portfolio).
    [[nodiscard]] const QList<YearMonth>& months() const { return m_months; }
    [[nodiscard]] YearMonth month() const { return m_state.month; }
    void setMonth(YearMonth month);
    void setFilter(const PortfolioFilter& filter);
    [[nodiscard]] const PortfolioFilter& filter() const { return m_state.filter; }
    void setUnit(MoneyUnit unit);
    void setLanguage(Language language);
    [[nodiscard]] const ViewState& state() const { return m_state; }

    /// Goes to @p location and records it for back and forward.
    void navigate(const Location& location);
    [[nodiscard]] Location location() const { return m_location; }
    void goBack();
    void goForward();

    /// Whether figures are being loaded.
    [[nodiscard]] bool isBusy() const;
    /// Runs the event loop until nothing is loading (or @p timeoutMs passed); true when idle.
    bool waitUntilIdle(int timeoutMs = 30000);
    /// The figures shown, once loaded.
    [[nodiscard]] std::shared_ptr<const DashboardData> dashboardData() const { return m_data; }
    [[nodiscard]] QString databasePath() const;

    [[nodiscard]] DashboardView* dashboardView() const { return m_dashboard; }
    [[nodiscard]] BreakdownView* breakdownView(Breakdown by) const;
    [[nodiscard]] BorrowersView* borrowersView() const { return m_borrowers; }
    [[nodiscard]] LoansView* loansView() const { return m_loans; }
    [[nodiscard]] BorrowerLedgerView* ledgerView() const { return m_ledger; }
    [[nodiscard]] ReportsView* reportsView() const { return m_reports; }
    [[nodiscard]] HistoryView* historyView() const { return m_historyView; }

    /// The latest closed month as last read (invalid: none is closed).
    [[nodiscard]] YearMonth latestClosedMonth() const { return m_latestClosed; }
    /// The month the Month menu offers to close: the first open month with data, once it is over; invalid
    /// when there is none.
    [[nodiscard]] YearMonth closableMonth() const { return m_closable; }
    /// What the Month menu's actions do: read the month's totals and ask (CloseMonthDialog), then close it;
    /// ask for a reason (ReopenMonthDialog), then reopen the latest closed month. The dialogs are opened
    /// window-modal and the work runs off the UI thread; a refusal is shown in a message box.
    void closeNextMonth();
    void reopenLatestMonth();

    /// File → Print dashboard… and File → Save dashboard as PDF… (they open the dashboard first).
    [[nodiscard]] QAction* printDashboardAction() const { return m_printDashboardAction; }
    [[nodiscard]] QAction* saveDashboardPdfAction() const { return m_saveDashboardPdfAction; }

signals:
    void busyChanged(bool busy);
    /// The dashboard's figures for the chosen month and filter arrived.
    void dataLoaded();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildPages();
    /// Adds Print dashboard… and Save dashboard as PDF… to the File menu, before Quit.
    void addDashboardExportActions();
    void retranslateDashboardExportActions();
    void fillMonths();
    void fillFilters();
    void fillUnits();
    void retranslate();
    void applyState();
    void reloadDashboard();
    void distributeData();
    void reloadRestrictedGroups();
    void showLocation(const Location& location);
    void updateBusy();
    void updateStatus();
    void updateHistoryButtons();
    /// Reads the months with data and the latest closed month (quick; on the UI thread).
    void readClosing();
    void updateMonthMenu();
    void runClosing(YearMonth month);
    void runReopening(YearMonth month, const QString& reason);
    /// After a close or reopen: reads the closing state again, says why when @p status is a refusal, and
    /// reloads what the window shows when the closing state changed.
    void finishMonthWork(const Status& status, const QString& refusalTitle);
    void showMonthRefusal(const QString& title, const QString& message);
    /// Reads everything shown again (after a change to the portfolio).
    void reloadAll();
    [[nodiscard]] QString scopeText() const;
    [[nodiscard]] QString restrictionText(const PortfolioSelection& selection) const;
    [[nodiscard]] QString communeName(const QString& code) const;
    [[nodiscard]] QString groupName(const QString& code) const;
    [[nodiscard]] QWidget* pageWidget(Location::Page page) const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Database> m_database;
    Catalogue m_catalogue;
    QList<Commune> m_communes;
    QList<YearMonth> m_months;
    ViewState m_state;
    Location m_location;
    NavigationHistory m_history;
    bool m_remember = true;
    bool m_updatingControls = false;

    BackgroundLoader* m_dashboardLoader = nullptr;
    BackgroundLoader* m_groupsLoader = nullptr;
    BackgroundLoader* m_monthLoader = nullptr; ///< closing and reopening, and the totals asked before
    QString m_monthWork;                       ///< what it is doing, for the busy indicator
    DataSpan m_span;
    YearMonth m_latestClosed;
    YearMonth m_closable;
    QLabel* m_monthStateLabel = nullptr;
    QLabel* m_demonstrationBar = nullptr;
    bool m_demonstration = false; ///< the database holds the demonstration portfolio
    std::shared_ptr<const DashboardData> m_data;
    QString m_dataError;
    bool m_wasBusy = false;

    DashboardView* m_dashboard = nullptr;
    BreakdownView* m_programs = nullptr;
    BreakdownView* m_communesView = nullptr;
    BreakdownView* m_organizations = nullptr;
    BreakdownView* m_groups = nullptr;
    BorrowersView* m_borrowers = nullptr;
    LoansView* m_loans = nullptr;
    ReportsView* m_reports = nullptr;
    BorrowerLedgerView* m_ledger = nullptr;
    HistoryView* m_historyView = nullptr;
    QAction* m_printDashboardAction = nullptr;
    QAction* m_saveDashboardPdfAction = nullptr;
};
