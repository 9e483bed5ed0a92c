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
class WelcomePage;
struct DatabaseProblem;
class FileChooser;
class ImportRunner;
class QDateTime;
class QLabel;
class RestoreDialog;
class EntryMenu;
class QAction;
class QFileSystemWatcher;
class QMenu;
class QProgressDialog;
class QTimer;
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
///
/// The File menu creates, opens (also from the five recent files), imports a folder of CSV files into,
/// exports and backs up databases. Another database is shown by a new window that takes this one's place
/// (switchToDatabase). An empty database (no commune or no month with data) shows a welcome page instead of
/// the dashboard. What another program writes to the same file (another window, `loandesk-cli import`) is
/// noticed (PRAGMA data_version, checked when the window is activated and when the file changes) and every
/// page is read again.
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

    /// The database this window shows (for the entry forms, which write through PortfolioService on it and
    /// then call reloadAll()).
    [[nodiscard]] Database& database() const { return *m_database; }
    /// The menu bar's File menu (New database…, Open…, recent files, Import CSV folder…, Export…, Backup…,
    /// printing, Quit).
    [[nodiscard]] QMenu* fileMenu() const;
    /// The Entry menu: the registers, the loan and repayment forms, the commune transaction day.
    [[nodiscard]] EntryMenu* entryMenu() const { return m_entryMenu; }
    /// Whether the database holds no portfolio yet (no commune or no month with data): the welcome page
    /// stands in for the dashboard.
    [[nodiscard]] bool isEmptyPortfolio() const { return m_empty; }
    [[nodiscard]] WelcomePage* welcomePage() const { return m_welcome; }

    /// Who answers the File menu's questions for files and folders (file dialogs unless a test sets its own).
    void setFileChooser(std::shared_ptr<FileChooser> chooser);
    [[nodiscard]] FileChooser& fileChooser() const { return *m_chooser; }

    /// File → New database…: asks where, creates an empty database there and shows it.
    void newDatabase();
    /// File → Open…: asks for a LoanDesk database and shows it.
    void openDatabase();
    /// Opens @p path and shows it in a new window that takes this one's place; when it cannot be used, a
    /// DatabaseErrorDialog (opened, not executed) says why and offers another way. Returns the new window.
    MainWindow* openDatabaseFile(const QString& path);
    /// Creates an empty database at @p path and shows it (as openDatabaseFile()).
    MainWindow* createDatabaseFile(const QString& path);
    /// Opens the demonstration portfolio (Startup::demonstrationPath()), building it the first time.
    MainWindow* openDemonstration();
    /// Shows @p database in a new window in this one's place (same size, language, unit and file chooser)
    /// and closes this one; databaseSwitched() names the new window. The new window is deleted when closed.
    /// A database with users asks for a sign-in first: nullptr, and this window stays, when it is cancelled.
    MainWindow* switchToDatabase(std::unique_ptr<Database> database);

    /// File → Import CSV folder…: asks for a folder and imports it (importFolder()).
    void importCsvFolder();
    /// Imports @p folder (csv.md) off the UI thread with a progress dialog whose Cancel writes nothing; then
    /// says what was added, lists every problem of a refused import (ImportProblemsDialog), or says that
    /// nothing was written. importFinished() follows.
    void importFolder(const QString& folder);
    /// The import running, if any.
    [[nodiscard]] ImportRunner* importRunner() const { return m_import; }
    /// File → Export…: asks for a folder and writes the eight CSV files there, as `loandesk-cli export`.
    void exportPortfolio();
    void exportTo(const QString& folder);
    /// File → Backup…: asks for a file and writes a consistent copy of the database there (under a
    /// temporary name first, renamed once complete).
    void backupDatabase();
    void backupTo(const QString& path);
    /// File → Restore…: asks for a backup (in the backup folder first) and restores it (restoreFrom()).
    void restoreDatabase();
    /// Reads what @p backup holds off the UI thread and shows it in a RestoreDialog (opened window-modal;
    /// when the backup cannot be read, a message box says why). Accepting it keeps the database as it is in
    /// the backup folder, replaces its content by the backup's (off the UI thread too) and shows the restored
    /// figures; restoreFinished() follows, or follows the refusal or the cancel.
    void restoreFrom(const QString& backup);
    /// The restore itself, once the RestoreDialog was accepted.
    void replaceByBackup(const QString& backup, const QString& folder);
    /// File → Backup settings…: how many automatic backups are kept, and where.
    void editBackupSettings();
    /// The automatic backup of closing: at most one a day, the latest AppSettings::backupKeep() kept in
    /// AppSettings::backupFolder() (BackupRotation). Runs when the window closes while it remembers its
    /// settings (setRememberSettings()). Returns the file written, empty when none was due.
    Result<QString> runAutomaticBackup(const QDateTime& now);
    /// When the automatic backup of closing fails, the window stays open and says why, offering to close
    /// without the backup (automaticBackupFailedMessageBox).
    void offerToCloseWithoutBackup(const QString& reason);

    /// Reads the database's data version and, when another connection changed the file since the window last
    /// read it, reads everything again. Runs by itself when the window is activated and when the file
    /// changes.
    void checkForOutsideChanges();

public slots:
    /// Reads everything shown again — months, communes, dashboard, lists, ledger, reports, history, the Month
    /// menu — after a change to the portfolio.
    void reloadAll();

signals:
    void busyChanged(bool busy);
    /// The dashboard's figures for the chosen month and filter arrived.
    void dataLoaded();
    /// The welcome page's "register a savings group or a borrower" was followed.
    void registerGroupRequested();
    /// Another database is shown by @p successor, which replaces this window.
    void databaseSwitched(MainWindow* successor);
    /// An import of @p runner is about to start (a test may set its step hook here).
    void importStarting(ImportRunner* runner);
    /// An import finished (written, refused or cancelled) and its outcome is shown.
    void importFinished();
    /// An export or a backup finished; @p error is empty when it succeeded.
    void fileWorkFinished(const QString& error);
    /// A restore finished; @p error is empty when the backup replaced the database's content.
    void restoreFinished(const QString& error);
    /// A change made by another program was noticed and the pages are being read again.
    void outsideChangeNoticed();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildPages();
    /// Adds Print dashboard… and Save dashboard as PDF… to the File menu, before Quit.
    void addDashboardExportActions();
    void retranslateDashboardExportActions();
    /// Fills the month list; keeps the month shown when @p keepMonth and it is still there.
    void fillMonths(bool keepMonth = false);
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
    /// The File menu's own actions, before the printing actions.
    void buildFileMenu();
    /// The Entry menu, and the pages' forms saving on this window's database.
    void buildEntry();
    void retranslateFileMenu();
    void fillRecentMenu();
    /// Reads what the window needs before any figure: the catalogue, the communes and whether the database
    /// is empty.
    void readPortfolioShape();
    void finishImport();
    void showDatabaseProblem(const DatabaseProblem& problem);
    void watchFile();
    void rememberDataVersion();
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
    bool m_closeWithoutBackup = false; ///< the user chose to close although the automatic backup failed
    /// While a restore replaces the content: the window is locked behind it (nothing may be written, and the
    /// window does not close).
    QProgressDialog* m_restoreProgress = nullptr;
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
    QLabel* m_readOnlyBar = nullptr; ///< shown when the file can only be read: no write is offered
    bool m_demonstration = false;    ///< the database holds the demonstration portfolio
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

    WelcomePage* m_welcome = nullptr;
    bool m_empty = false;
    std::shared_ptr<FileChooser> m_chooser;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    EntryMenu* m_entryMenu = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_backupSettingsAction = nullptr;
    ImportRunner* m_import = nullptr;
    QProgressDialog* m_importProgress = nullptr;
    BackgroundLoader* m_fileLoader = nullptr; ///< export and backup
    QString m_fileWork;                       ///< what it is doing, for the busy indicator
    QFileSystemWatcher* m_fileWatcher = nullptr;
    QTimer* m_changeTimer = nullptr; ///< gathers the file's changes before reading the data version
    qint64 m_dataVersion = -1;
};
