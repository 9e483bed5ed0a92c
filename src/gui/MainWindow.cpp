#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "Startup.h"
#include "closing/CloseMonthDialog.h"
#include "closing/ReopenMonthDialog.h"
#include "common/AppSettings.h"
#include "common/BackgroundLoader.h"
#include "common/Translations.h"
#include "db/Backup.h"
#include "db/BackupRotation.h"
#include "db/DataVersion.h"
#include "db/Database.h"
#include "domain/ClosingState.h"
#include "entry/EntryMenu.h"
#include "file/BackupSettingsDialog.h"
#include "file/DatabaseErrorDialog.h"
#include "file/DatabaseProblem.h"
#include "file/FileChooser.h"
#include "file/ImportProblemsDialog.h"
#include "file/ImportRunner.h"
#include "file/RecentFiles.h"
#include "file/RestoreDialog.h"
#include "file/WelcomePage.h"
#include "io/Exporter.h"
#include "models/TableFilterProxyModel.h"
#include "repo/CommuneRepository.h"
#include "repo/OfficeSettingsRepository.h"
#include "repo/ReferenceRepository.h"
#include "report/DashboardBuilder.h"
#include "report/ReportBuilder.h"
#include "reports/ReportsView.h"
#include "service/PortfolioService.h"
#include "service/RestoreService.h"
#include "users/SessionControls.h"
#include "users/SignInDialog.h"
#include "views/BorrowerLedgerView.h"
#include "views/BorrowersView.h"
#include "views/BreakdownView.h"
#include "views/DashboardView.h"
#include "views/HistoryView.h"
#include "views/LoansView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStyle>
#include <QThread>
#include <QTimer>

namespace {

/// The pages of the navigation, in its order (the ledger is reached from a borrower, not from the list).
const QList<Location::Page> kNavigationPages = {
    Location::Page::Dashboard,     Location::Page::Programs, Location::Page::Communes,
    Location::Page::Organizations, Location::Page::Groups,   Location::Page::Borrowers,
    Location::Page::Loans,         Location::Page::Reports,  Location::Page::History,
};

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_database(std::move(database))
    , m_chooser(std::make_shared<FileChooser>())
{
    m_ui->setupUi(this);
    m_dashboardLoader = new BackgroundLoader(m_database->path(), this);
    m_groupsLoader = new BackgroundLoader(m_database->path(), this);
    m_monthLoader = new BackgroundLoader(m_database->path(), this);
    m_fileLoader = new BackgroundLoader(m_database->path(), this);
    m_monthStateLabel = new QLabel(this);
    m_monthStateLabel->setObjectName(QStringLiteral("monthStateLabel"));
    m_ui->statusBar->addPermanentWidget(m_monthStateLabel);
    // A database made as the demonstration portfolio can never pass as the office's own figures: a bar over
    // every page and the window title say so.
    if (auto office = OfficeSettingsRepository(*m_database).load())
        m_demonstration = office->demonstration;
    m_demonstrationBar = new QLabel(this);
    m_demonstrationBar->setObjectName(QStringLiteral("demonstrationBar"));
    m_demonstrationBar->setWordWrap(true);
    m_demonstrationBar->setStyleSheet(QStringLiteral("QLabel#demonstrationBar { background: #7b1fa2; color: "
                                                     "white; padding: 5px 12px; font-weight: 600; }"));
    m_ui->pageLayout->insertWidget(0, m_demonstrationBar);
    m_demonstrationBar->setVisible(m_demonstration);
    m_readOnlyBar = new QLabel(this);
    m_readOnlyBar->setObjectName(QStringLiteral("readOnlyBar"));
    m_readOnlyBar->setWordWrap(true);
    m_readOnlyBar->setStyleSheet(QStringLiteral("QLabel#readOnlyBar { background: #fff3cd; color: #5c4400; "
                                                "padding: 5px 12px; font-weight: 600; }"));
    m_ui->pageLayout->insertWidget(0, m_readOnlyBar);
    m_readOnlyBar->setVisible(m_database->isReadOnly());

    // What the window needs before any figure: the catalogue's names, the communes, the months with data.
    readPortfolioShape();

    m_state.options.language = AppSettings::language();
    m_state.options.unit = AppSettings::unit();
    Translations::install(m_state.options.language);

    setStyleSheet(QStringLiteral(
        "QListWidget#navigationListWidget { background: #1f3a56; color: #e8eef5; font-size: 10.5pt; "
        "padding-top: 8px; outline: 0; }"
        "QListWidget#navigationListWidget::item { padding: 9px 14px; border: 0; }"
        "QListWidget#navigationListWidget::item:selected { background: #2f6fa7; color: white; }"
        "QListWidget#navigationListWidget::item:hover:!selected { background: #28496b; }"
        "QFrame#toolFrame { background: #ffffff; border-bottom: 1px solid #dfe5ec; }"));
    m_ui->backToolButton->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_ui->forwardToolButton->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    connect(m_ui->backToolButton, &QToolButton::clicked, this, &MainWindow::goBack);
    connect(m_ui->forwardToolButton, &QToolButton::clicked, this, &MainWindow::goForward);
    connect(m_ui->backAction, &QAction::triggered, this, &MainWindow::goBack);
    connect(m_ui->forwardAction, &QAction::triggered, this, &MainWindow::goForward);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->refreshAction, &QAction::triggered, this, &MainWindow::reloadAll);
    connect(m_ui->closeMonthAction, &QAction::triggered, this, &MainWindow::closeNextMonth);
    connect(m_ui->reopenMonthAction, &QAction::triggered, this, &MainWindow::reopenLatestMonth);
    connect(m_ui->historyAction, &QAction::triggered, this, [this]() {
        navigate({Location::Page::History, {}});
    });
    connect(m_ui->aboutAction, &QAction::triggered, this, [this]() {
        QMessageBox::about(
            this, tr("About LoanDesk"),
            tr("<b>LoanDesk %1</b><p>The loan-portfolio dashboard of a district transaction office of "
               "the Vietnam Bank for Social Policies.</p>")
                .arg(QStringLiteral(LOANDESK_VERSION)));
    });

    auto* languages = new QActionGroup(this);
    const QList<std::pair<QAction*, Language>> languageActions = {
        {m_ui->vietnameseAction, Language::Vietnamese},
        {m_ui->englishAction, Language::English},
        {m_ui->frenchAction, Language::French}};
    for (const auto& [action, language] : languageActions) {
        languages->addAction(action);
        action->setChecked(language == m_state.options.language);
        connect(action, &QAction::triggered, this, [this, language = language]() { setLanguage(language); });
    }

    buildPages();
    addDashboardExportActions();
    buildFileMenu();
    buildEntry();
    readClosing();
    fillMonths();
    m_empty = m_empty || m_months.isEmpty();
    fillFilters();
    fillUnits();
    retranslate();

    connect(m_ui->navigationListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_updatingControls || row < 0 || row >= kNavigationPages.size())
            return;
        navigate({kNavigationPages[row], {}});
    });
    connect(m_ui->monthComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_updatingControls || index < 0)
            return;
        setMonth(YearMonth::fromKey(m_ui->monthComboBox->itemData(index).toInt()));
    });
    const auto filterChanged = [this]() {
        if (m_updatingControls)
            return;
        setFilter({m_ui->communeComboBox->currentData().toString(),
                   m_ui->organizationComboBox->currentData().toString()});
    };
    connect(m_ui->communeComboBox, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_ui->organizationComboBox, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_ui->unitComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_updatingControls || index < 0)
            return;
        setUnit(static_cast<MoneyUnit>(m_ui->unitComboBox->itemData(index).toInt()));
    });
    for (BackgroundLoader* loader : {m_dashboardLoader, m_groupsLoader, m_monthLoader, m_fileLoader})
        connect(loader, &BackgroundLoader::busyChanged, this, &MainWindow::updateBusy);
    connect(m_borrowers, &BorrowersView::busyChanged, this, &MainWindow::updateBusy);
    connect(m_loans, &LoansView::busyChanged, this, &MainWindow::updateBusy);
    connect(m_ledger, &BorrowerLedgerView::busyChanged, this, &MainWindow::updateBusy);
    connect(m_reports, &ReportsView::busyChanged, this, &MainWindow::updateBusy);
    connect(m_historyView, &HistoryView::busyChanged, this, &MainWindow::updateBusy);
    // A month chosen on the Reports page is the window's month.
    connect(m_reports, &ReportsView::monthChosen, this, [this](YearMonth month) {
        setMonth(month);
        m_reports->setMonth(m_state.month);
    });

    const QByteArray geometry = AppSettings::windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1440, 900);

    applyState();
    navigate({Location::Page::Dashboard, {}});
    updateBusy();

    // Changes by other programs: the file and its write-ahead log are watched, and the data version is read
    // once they have been quiet for a moment (an import writes many pages).
    m_changeTimer = new QTimer(this);
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(400);
    connect(m_changeTimer, &QTimer::timeout, this, &MainWindow::checkForOutsideChanges);
    m_fileWatcher = new QFileSystemWatcher(this);
    connect(m_fileWatcher, &QFileSystemWatcher::fileChanged, this, [this]() {
        watchFile(); // a file that was replaced is no longer watched
        m_changeTimer->start();
    });
    watchFile();
    rememberDataVersion();
    // Users and roles: the User menu, the signed-in user in the status bar, what the role may not do
    // disabled.
    new SessionControls(this);
}

MainWindow::~MainWindow()
{
    // Results that arrive after this point have nobody to go to.
    m_dashboardLoader->cancel();
    m_groupsLoader->cancel();
    m_monthLoader->cancel();
    m_fileLoader->cancel();
    // An import still running is cancelled (the runner is destroyed with the window): it writes nothing.
    // The pages are destroyed after this window's own members: what they signal on their way out (a page's
    // loader stopping while it is busy) must not reach a window that is half gone.
    const QList<QObject*> children = findChildren<QObject*>();
    for (QObject* child : children)
        disconnect(child, nullptr, this, nullptr);
}

QString MainWindow::databasePath() const
{
    return m_database->path();
}

void MainWindow::buildPages()
{
    const QString path = m_database->path();
    m_dashboard = new DashboardView(this);
    m_programs = new BreakdownView(Breakdown::Program, this);
    m_communesView = new BreakdownView(Breakdown::Commune, this);
    m_organizations = new BreakdownView(Breakdown::Organization, this);
    m_groups = new BreakdownView(Breakdown::Group, this);
    m_borrowers = new BorrowersView(path, this);
    m_loans = new LoansView(path, this);
    m_reports = new ReportsView(*m_database, this);
    m_ledger = new BorrowerLedgerView(path, this);
    m_historyView = new HistoryView(path, this);
    m_welcome = new WelcomePage(this);
    m_welcome->setDatabasePath(path);
    for (QWidget* page :
         std::initializer_list<QWidget*>{m_dashboard, m_programs, m_communesView, m_organizations, m_groups,
                                         m_borrowers, m_loans, m_reports, m_ledger, m_historyView, m_welcome})
        m_ui->pagesStackedWidget->addWidget(page);
    connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::importCsvFolder);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openDatabase);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newDatabase);
    connect(m_welcome, &WelcomePage::demonstrationRequested, this, &MainWindow::openDemonstration);
    connect(m_welcome, &WelcomePage::registerGroupRequested, this, &MainWindow::registerGroupRequested);
    m_programs->setObjectName(QStringLiteral("programsBreakdownView"));
    m_communesView->setObjectName(QStringLiteral("communesBreakdownView"));
    m_organizations->setObjectName(QStringLiteral("organizationsBreakdownView"));
    m_groups->setObjectName(QStringLiteral("groupsBreakdownView"));
    m_dashboard->setObjectName(QStringLiteral("dashboardView"));
    m_borrowers->setObjectName(QStringLiteral("borrowersView"));
    m_loans->setObjectName(QStringLiteral("loansView"));
    m_reports->setObjectName(QStringLiteral("reportsView"));
    m_ledger->setObjectName(QStringLiteral("borrowerLedgerView"));
    m_historyView->setObjectName(QStringLiteral("historyView"));

    const auto toLoans = [this](const QString& program) {
        PortfolioSelection selection;
        selection.programCode = program;
        navigate({Location::Page::Loans, selection});
    };
    const auto toGroupsOfCommune = [this](const QString& commune) {
        PortfolioSelection selection;
        selection.communeCode = commune;
        navigate({Location::Page::Groups, selection});
    };
    const auto toGroupsOfOrganization = [this](const QString& organization) {
        PortfolioSelection selection;
        selection.organizationCode = organization;
        navigate({Location::Page::Groups, selection});
    };
    const auto toMembers = [this](const QString& group) {
        PortfolioSelection selection;
        selection.groupCode = group;
        navigate({Location::Page::Borrowers, selection});
    };
    const auto toLedger = [this](const QString& borrower) {
        PortfolioSelection selection;
        selection.borrowerId = borrower;
        navigate({Location::Page::Ledger, selection});
    };
    connect(m_dashboard, &DashboardView::programActivated, this, toLoans);
    connect(m_dashboard, &DashboardView::communeActivated, this, toGroupsOfCommune);
    connect(m_dashboard, &DashboardView::organizationActivated, this, toGroupsOfOrganization);
    connect(m_programs, &BreakdownView::rowActivated, this, toLoans);
    connect(m_communesView, &BreakdownView::rowActivated, this, toGroupsOfCommune);
    connect(m_organizations, &BreakdownView::rowActivated, this, toGroupsOfOrganization);
    connect(m_organizations, &BreakdownView::matrixCellActivated, this,
            [this](const QString& program, const QString& organization) {
                PortfolioSelection selection;
                selection.programCode = program;
                selection.organizationCode = organization;
                navigate({Location::Page::Loans, selection});
            });
    connect(m_groups, &BreakdownView::rowActivated, this, toMembers);
    connect(m_borrowers, &BorrowersView::borrowerActivated, this, toLedger);
    connect(m_loans, &LoansView::borrowerActivated, this, toLedger);
    connect(m_historyView, &HistoryView::borrowerActivated, this, toLedger);
    connect(m_ledger, &BorrowerLedgerView::historyRequested, this, [this](const QString& borrower) {
        PortfolioSelection selection;
        selection.borrowerId = borrower;
        navigate({Location::Page::History, selection});
    });
    connect(m_historyView, &HistoryView::restrictionCleared, this, [this]() {
        navigate({Location::Page::History, {}});
    });
    connect(m_groups, &BreakdownView::restrictionCleared, this, [this]() {
        navigate({Location::Page::Groups, {}});
    });
    connect(m_borrowers, &BorrowersView::restrictionCleared, this, [this]() {
        navigate({Location::Page::Borrowers, {}});
    });
    connect(m_loans, &LoansView::restrictionCleared, this, [this]() {
        navigate({Location::Page::Loans, {}});
    });
}

void MainWindow::fillMonths(bool keepMonth)
{
    const YearMonth shown = m_state.month;
    m_months.clear();
    // The months with data, newest first (domain.md §8: a report outside them is refused).
    auto span = ReportBuilder(*m_database).dataSpan();
    if (span && !span->isEmpty()) {
        for (YearMonth month = span->lastMonth(); month >= span->firstMonth(); month = month.previous())
            m_months.append(month);
    }
    YearMonth chosen = m_months.isEmpty() ? YearMonth() : m_months.front();
    // The month looked at last time, unless newer data arrived since.
    const auto last = AppSettings::lastMonth();
    const auto latestThen = AppSettings::latestMonthThen();
    if (last && latestThen && !m_months.isEmpty() && *latestThen == m_months.front() &&
        m_months.contains(*last))
        chosen = *last;
    if (keepMonth && shown.isValid() && m_months.contains(shown))
        chosen = shown;
    m_state.month = chosen;
    m_updatingControls = true;
    m_ui->monthComboBox->clear();
    for (const YearMonth month : std::as_const(m_months))
        m_ui->monthComboBox->addItem(m_state.options.month(month), month.key());
    m_ui->monthComboBox->setCurrentIndex(static_cast<int>(m_months.indexOf(chosen)));
    m_updatingControls = false;
    if (!m_months.isEmpty())
        m_reports->setMonthRange(m_months.back(), m_months.front());
}

void MainWindow::fillFilters()
{
    m_updatingControls = true;
    const Language language = m_state.options.language;
    m_ui->communeComboBox->clear();
    m_ui->communeComboBox->addItem(tr("All communes"), QString());
    for (const Commune& commune : std::as_const(m_communes))
        m_ui->communeComboBox->addItem(commune.name, commune.code);
    m_ui->communeComboBox->setCurrentIndex(
        std::max(0, m_ui->communeComboBox->findData(m_state.filter.communeCode)));
    m_ui->organizationComboBox->clear();
    m_ui->organizationComboBox->addItem(tr("All organisations"), QString());
    for (const Organization& organization : m_catalogue.organizations())
        m_ui->organizationComboBox->addItem(m_catalogue.organizationName(organization.code, language),
                                            organization.code);
    m_ui->organizationComboBox->addItem(Catalogue::directLendingName(language), kDirectKey);
    m_ui->organizationComboBox->setCurrentIndex(
        std::max(0, m_ui->organizationComboBox->findData(m_state.filter.organizationCode)));
    m_updatingControls = false;
}

void MainWindow::fillUnits()
{
    m_updatingControls = true;
    m_ui->unitComboBox->clear();
    const QList<std::pair<MoneyUnit, QString>> units = {{MoneyUnit::Dong, tr("đồng")},
                                                        {MoneyUnit::ThousandDong, tr("thousand đồng")},
                                                        {MoneyUnit::MillionDong, tr("million đồng")},
                                                        {MoneyUnit::BillionDong, tr("billion đồng")}};
    for (const auto& [unit, name] : units)
        m_ui->unitComboBox->addItem(name, static_cast<int>(unit));
    m_ui->unitComboBox->setCurrentIndex(m_ui->unitComboBox->findData(static_cast<int>(m_state.options.unit)));
    m_updatingControls = false;
}

void MainWindow::addDashboardExportActions()
{
    m_printDashboardAction = new QAction(this);
    m_printDashboardAction->setObjectName(QStringLiteral("printDashboardAction"));
    m_saveDashboardPdfAction = new QAction(this);
    m_saveDashboardPdfAction->setObjectName(QStringLiteral("saveDashboardPdfAction"));
    m_ui->fileMenu->insertAction(m_ui->quitAction, m_printDashboardAction);
    m_ui->fileMenu->insertAction(m_ui->quitAction, m_saveDashboardPdfAction);
    m_ui->fileMenu->insertSeparator(m_ui->quitAction);
    // The dashboard is shown first: what is printed is what the director sees.
    const auto onDashboard = [this]() {
        if (m_location.page != Location::Page::Dashboard)
            navigate({Location::Page::Dashboard, {}});
    };
    connect(m_printDashboardAction, &QAction::triggered, this, [this, onDashboard]() {
        onDashboard();
        m_dashboard->print();
    });
    connect(m_saveDashboardPdfAction, &QAction::triggered, this, [this, onDashboard]() {
        onDashboard();
        m_dashboard->saveAsPdf();
    });
}

void MainWindow::retranslateDashboardExportActions()
{
    m_printDashboardAction->setText(tr("Print dashboard…"));
    m_saveDashboardPdfAction->setText(tr("Save dashboard as PDF…"));
}

void MainWindow::retranslate()
{
    const int row = m_ui->navigationListWidget->currentRow();
    m_updatingControls = true;
    m_ui->navigationListWidget->clear();
    const QStringList names = {tr("Dashboard"),     tr("Programs"), tr("Communes"),
                               tr("Organisations"), tr("Groups"),   tr("Borrowers"),
                               tr("Loans"),         tr("Reports"),  tr("History")};
    m_ui->navigationListWidget->addItems(names);
    m_ui->navigationListWidget->setCurrentRow(row);
    m_updatingControls = false;
    fillFilters();
    fillUnits();
    const QString file = QFileInfo(m_database->path()).fileName();
    //: The window title of a database holding the demonstration portfolio.
    setWindowTitle(m_demonstration ? tr("LoanDesk — %1 — DEMONSTRATION DATA").arg(file)
                                   : tr("LoanDesk — %1").arg(file));
    //: The bar over every page of a database holding the demonstration portfolio: Vietnamese "DỮ LIỆU MẪU —
    //: không phải số liệu thật".
    m_demonstrationBar->setText(
        tr("DEMONSTRATION DATA — not real figures. This database was made by LoanDesk to "
           "show how it works; its reports must not be used or sent."));
    m_readOnlyBar->setText(tr("READ-ONLY — this file or its folder cannot be written here, so LoanDesk shows "
                              "its figures but offers no entry, import, closing or other change."));
    retranslateDashboardExportActions();
    retranslateFileMenu();
    updateStatus();
    updateHistoryButtons();
    updateMonthMenu();
    updateBusy();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_changeTimer)
        m_changeTimer->start();
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        showLocation(m_location);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_restoreProgress) {
        event->ignore(); // the restore ends first: see replaceByBackup()
        return;
    }
    if (m_remember) {
        AppSettings::setWindowGeometry(saveGeometry());
        if (!m_closeWithoutBackup) {
            if (auto backup = runAutomaticBackup(QDateTime::currentDateTime()); !backup) {
                // Nobody reads a log on an office PC: say it, and let the user keep the window open to make
                // a backup by hand.
                event->ignore();
                offerToCloseWithoutBackup(backup.error().message);
                return;
            }
        }
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::offerToCloseWithoutBackup(const QString& reason)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("The automatic backup failed"),
                                tr("The automatic backup failed"), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("automaticBackupFailedMessageBox"));
    box->setInformativeText(
        tr("%1\n\nThe database itself is unchanged and the earlier backups are kept. Keep LoanDesk open to "
           "make a backup with File → Back up now…, or close it without today's backup.")
            .arg(reason));
    QPushButton* close = box->addButton(tr("Close without a backup"), QMessageBox::DestructiveRole);
    close->setObjectName(QStringLiteral("closeWithoutBackupButton"));
    QPushButton* keep = box->addButton(tr("Keep LoanDesk open"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepOpenButton"));
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, close](QAbstractButton* clicked) {
        if (clicked != close)
            return;
        m_closeWithoutBackup = true;
        QTimer::singleShot(0, this, &QWidget::close);
    });
    box->open();
}

void MainWindow::setMonth(YearMonth month)
{
    if (!m_months.contains(month) || month == m_state.month)
        return;
    m_state.month = month;
    m_updatingControls = true;
    m_ui->monthComboBox->setCurrentIndex(static_cast<int>(m_months.indexOf(month)));
    m_updatingControls = false;
    if (m_remember) {
        AppSettings::setLastMonth(month);
        AppSettings::setLatestMonthThen(m_months.front());
    }
    applyState();
}

void MainWindow::setFilter(const PortfolioFilter& filter)
{
    if (filter == m_state.filter)
        return;
    m_state.filter = filter;
    fillFilters();
    applyState();
}

void MainWindow::setUnit(MoneyUnit unit)
{
    if (unit == m_state.options.unit)
        return;
    m_state.options.unit = unit;
    if (m_remember)
        AppSettings::setUnit(unit);
    fillUnits();
    applyState();
}

void MainWindow::setLanguage(Language language)
{
    if (language == m_state.options.language && Translations::installed() == language)
        return;
    m_state.options.language = language;
    if (m_remember)
        AppSettings::setLanguage(language);
    m_ui->vietnameseAction->setChecked(language == Language::Vietnamese);
    m_ui->englishAction->setChecked(language == Language::English);
    m_ui->frenchAction->setChecked(language == Language::French);
    // Sends LanguageChange to every widget: forms and texts switch at once; the names of programs and
    // organisations come with the figures in the new language.
    Translations::install(language);
    applyState();
}

void MainWindow::applyState()
{
    m_state.scope = scopeText();
    m_state.report = m_reports->reportSettings();
    m_dashboard->setState(m_state);
    for (BreakdownView* view : {m_programs, m_communesView, m_organizations, m_groups})
        view->setState(m_state);
    m_borrowers->setState(m_state);
    m_loans->setState(m_state);
    m_ledger->setState(m_state);
    m_historyView->setState(m_state);
    m_reports->setMonth(m_state.month);
    m_reports->setFilter(m_state.filter);
    m_reports->setDisplayOptions(m_state.options);
    reloadDashboard();
    updateStatus();
    updateMonthMenu();
}

void MainWindow::reloadDashboard()
{
    if (!m_state.month.isValid()) {
        m_dashboard->showMessage(
            tr("The database holds no loans yet: import a portfolio with File → Import CSV "
               "folder…, or enter it with the Entry menu."));
        return;
    }
    if (m_data && m_data->month == m_state.month && m_data->filter == m_state.filter &&
        m_data->language == m_state.options.language) {
        distributeData();
        return;
    }
    const YearMonth month = m_state.month;
    const PortfolioFilter filter = m_state.filter;
    const Language language = m_state.options.language;
    m_dashboardLoader->load<DashboardData>(
        [month, filter, language](Database& database) {
            return DashboardBuilder(database, language).build(month, filter);
        },
        [this](const Result<DashboardData>& result) {
            if (!result) {
                m_dataError = result.error().message;
                m_dashboard->showMessage(tr("The figures could not be read: %1").arg(m_dataError));
                return;
            }
            m_dataError.clear();
            m_data = std::make_shared<const DashboardData>(result.value());
            distributeData();
            emit dataLoaded();
        });
}

void MainWindow::distributeData()
{
    if (!m_data)
        return;
    m_dashboard->setData(m_data);
    m_programs->setData(m_data, m_data->byProgram);
    m_communesView->setData(m_data, m_data->byCommune);
    m_organizations->setData(m_data, m_data->byOrganization);
    if (m_location.page == Location::Page::Groups &&
        (!m_location.selection.communeCode.isEmpty() || !m_location.selection.organizationCode.isEmpty()))
        reloadRestrictedGroups();
    else
        m_groups->setData(m_data, m_data->byGroup);
    updateStatus();
}

void MainWindow::reloadRestrictedGroups()
{
    // The groups of one commune or organisation: the summary by group narrowed by the report core, within the
    // window's filter (a restriction the filter excludes shows no group).
    const PortfolioSelection& selection = m_location.selection;
    PortfolioFilter filter = m_state.filter;
    bool excluded = false;
    if (!selection.communeCode.isEmpty()) {
        excluded = excluded || (!filter.communeCode.isEmpty() && filter.communeCode != selection.communeCode);
        filter.communeCode = selection.communeCode;
    }
    if (!selection.organizationCode.isEmpty()) {
        excluded = excluded || (!filter.organizationCode.isEmpty() &&
                                filter.organizationCode != selection.organizationCode);
        filter.organizationCode = selection.organizationCode;
    }
    const YearMonth month = m_state.month;
    const Language language = m_state.options.language;
    if (excluded || !month.isValid()) {
        ReportTable empty;
        empty.by = Breakdown::Group;
        empty.month = month;
        empty.asOf = month.isValid() ? month.lastDay() : QDate();
        empty.closed = m_data && m_data->byGroup.closed;
        m_groupsLoader->cancel();
        m_groups->setData(m_data, empty);
        m_groups->showMessage(tr("The window's filter excludes this restriction"));
        return;
    }
    m_groupsLoader->load<ReportTable>(
        [month, filter, language](Database& database) {
            return ReportBuilder(database, language).summary(month, Breakdown::Group, filter);
        },
        [this](const Result<ReportTable>& result) {
            if (!result) {
                m_groups->showMessage(tr("The figures could not be read: %1").arg(result.error().message));
                return;
            }
            m_groups->setData(m_data, result.value());
        });
}

void MainWindow::navigate(const Location& location)
{
    m_history.visit(location);
    showLocation(location);
}

void MainWindow::goBack()
{
    if (m_history.canGoBack())
        showLocation(m_history.back());
}

void MainWindow::goForward()
{
    if (m_history.canGoForward())
        showLocation(m_history.forward());
}

QWidget* MainWindow::pageWidget(Location::Page page) const
{
    switch (page) {
    case Location::Page::Dashboard:
        return m_empty ? static_cast<QWidget*>(m_welcome) : m_dashboard;
    case Location::Page::Programs:
        return m_programs;
    case Location::Page::Communes:
        return m_communesView;
    case Location::Page::Organizations:
        return m_organizations;
    case Location::Page::Groups:
        return m_groups;
    case Location::Page::Borrowers:
        return m_borrowers;
    case Location::Page::Loans:
        return m_loans;
    case Location::Page::Reports:
        return m_reports;
    case Location::Page::Ledger:
        return m_ledger;
    case Location::Page::History:
        return m_historyView;
    }
    return m_empty ? static_cast<QWidget*>(m_welcome) : m_dashboard;
}

BreakdownView* MainWindow::breakdownView(Breakdown by) const
{
    switch (by) {
    case Breakdown::Program:
        return m_programs;
    case Breakdown::Commune:
        return m_communesView;
    case Breakdown::Organization:
        return m_organizations;
    case Breakdown::Group:
        break;
    }
    return m_groups;
}

void MainWindow::showLocation(const Location& location)
{
    const bool groupsChanged =
        location.page == Location::Page::Groups &&
        (m_location.page != Location::Page::Groups || m_location.selection != location.selection);
    m_location = location;
    const PortfolioSelection& selection = location.selection;
    const QString restriction = restrictionText(selection);
    switch (location.page) {
    case Location::Page::Groups:
        m_groups->setRestriction(restriction);
        if (groupsChanged && m_data) {
            if (selection.communeCode.isEmpty() && selection.organizationCode.isEmpty()) {
                m_groupsLoader->cancel();
                m_groups->setData(m_data, m_data->byGroup);
            } else {
                reloadRestrictedGroups();
            }
        }
        break;
    case Location::Page::Borrowers:
        m_borrowers->setSelection(selection, restriction);
        break;
    case Location::Page::Loans:
        m_loans->setSelection(selection, restriction);
        break;
    case Location::Page::Ledger:
        m_ledger->setBorrower(selection.borrowerId);
        break;
    case Location::Page::History:
        m_historyView->setBorrower(selection.borrowerId);
        break;
    case Location::Page::Dashboard:
    case Location::Page::Programs:
    case Location::Page::Communes:
    case Location::Page::Organizations:
    case Location::Page::Reports:
        break;
    }
    m_ui->pagesStackedWidget->setCurrentWidget(pageWidget(location.page));
    const Location::Page listed =
        location.page == Location::Page::Ledger ? Location::Page::Borrowers : location.page;
    m_updatingControls = true;
    m_ui->navigationListWidget->setCurrentRow(static_cast<int>(kNavigationPages.indexOf(listed)));
    m_updatingControls = false;
    updateHistoryButtons();
}

QString MainWindow::communeName(const QString& code) const
{
    for (const Commune& commune : m_communes) {
        if (commune.code == code)
            return commune.name;
    }
    return code;
}

QString MainWindow::groupName(const QString& code) const
{
    if (code == kDirectKey)
        return Catalogue::directLendingName(m_state.options.language);
    if (m_data) {
        for (const ReportRow& row : m_data->byGroup.rows) {
            if (row.key == code)
                return row.name;
        }
    }
    return code;
}

QString MainWindow::restrictionText(const PortfolioSelection& selection) const
{
    const Language language = m_state.options.language;
    QStringList parts;
    if (!selection.programCode.isEmpty())
        parts << tr("Program: %1").arg(m_catalogue.programName(selection.programCode, language));
    if (!selection.communeCode.isEmpty())
        parts << tr("Commune: %1").arg(communeName(selection.communeCode));
    if (!selection.organizationCode.isEmpty())
        parts
            << tr("Organisation: %1").arg(m_catalogue.organizationName(selection.organizationCode, language));
    if (!selection.groupCode.isEmpty())
        parts << (selection.groupCode == kDirectKey ? tr("Borrowers in no group (direct lending)")
                                                    : tr("Group: %1").arg(groupName(selection.groupCode)));
    return parts.join(QStringLiteral("  ·  "));
}

QString MainWindow::scopeText() const
{
    QStringList parts;
    if (!m_state.filter.communeCode.isEmpty())
        parts << communeName(m_state.filter.communeCode);
    if (!m_state.filter.organizationCode.isEmpty())
        parts << m_catalogue.organizationName(m_state.filter.organizationCode, m_state.options.language);
    return parts.join(QStringLiteral(" · "));
}

bool MainWindow::isBusy() const
{
    return m_dashboardLoader->isBusy() || m_groupsLoader->isBusy() || m_monthLoader->isBusy() ||
           m_fileLoader->isBusy() || m_import != nullptr || m_borrowers->isBusy() || m_loans->isBusy() ||
           m_ledger->isBusy() || m_reports->isBusy() || m_historyView->isBusy();
}

void MainWindow::updateBusy()
{
    const bool busy = isBusy();
    m_ui->busyLabel->setText(m_monthLoader->isBusy()  ? m_monthWork
                             : m_fileLoader->isBusy() ? m_fileWork
                             : m_import               ? tr("Importing…")
                                                      : tr("Loading…"));
    m_ui->busyLabel->setVisible(busy);
    m_ui->busyProgressBar->setVisible(busy);
    updateMonthMenu();
    if (busy != m_wasBusy) {
        m_wasBusy = busy;
        emit busyChanged(busy);
    }
}

bool MainWindow::waitUntilIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        // What the event loop would delete on its next turn (Qt Charts' removed axes) goes now.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (!isBusy()) {
            // Let queued results and repaints through before saying so.
            QCoreApplication::processEvents();
            if (!isBusy())
                return true;
        }
        QThread::msleep(5);
    }
    return !isBusy();
}

void MainWindow::updateStatus()
{
    const QString date =
        m_state.month.isValid() ? m_state.options.date(m_state.month.lastDay()) : QStringLiteral("—");
    m_ui->statusBar->showMessage(tr("Database: %1   ·   figures at the end of %2")
                                     .arg(QDir::toNativeSeparators(m_database->path()), date));
    // Whether the month shown is closed, as the report core says with its figures.
    if (!m_data || m_data->month != m_state.month) {
        m_monthStateLabel->hide();
        return;
    }
    const QString month = m_state.options.month(m_state.month);
    if (m_data->byProgram.closed) {
        m_monthStateLabel->setText(tr("%1 is closed").arg(month));
        m_monthStateLabel->setToolTip(tr("The figures of a closed month are final."));
        m_monthStateLabel->setStyleSheet(QStringLiteral("QLabel { color: #1b5e20; padding: 0 8px; }"));
    } else {
        m_monthStateLabel->setText(tr("%1 is open: provisional figures").arg(month));
        m_monthStateLabel->setToolTip(
            tr("The month is not closed: its figures can still change (Month menu to close it)."));
        m_monthStateLabel->setStyleSheet(QStringLiteral(
            "QLabel { color: #6b4500; background: #fff3cd; border: 1px solid #f0c36d; padding: 0 8px; }"));
    }
    m_monthStateLabel->show();
}

void MainWindow::updateHistoryButtons()
{
    m_ui->backToolButton->setEnabled(m_history.canGoBack());
    m_ui->forwardToolButton->setEnabled(m_history.canGoForward());
    m_ui->backAction->setEnabled(m_history.canGoBack());
    m_ui->forwardAction->setEnabled(m_history.canGoForward());
}

void MainWindow::readClosing()
{
    ReportBuilder builder(*m_database);
    auto span = builder.dataSpan();
    m_span = span ? span.value() : DataSpan();
    auto latest = builder.latestClosedMonth();
    m_latestClosed = latest ? latest.value() : YearMonth();
}

void MainWindow::updateMonthMenu()
{
    const DisplayOptions& options = m_state.options;
    const bool busy = m_monthLoader->isBusy();
    m_ui->closedThroughAction->setText(m_latestClosed.isValid()
                                           ? tr("Months closed up to %1").arg(options.month(m_latestClosed))
                                           : tr("No month is closed yet"));

    // The next month to close: the first open month with data (domain.md §8), once it is over.
    const ClosingState state = ClosingState::of(m_span, m_latestClosed, QDate::currentDate());
    m_closable = state.canClose() ? state.next : YearMonth();
    QString closeText =
        state.next.isValid() ? tr("&Close %1…").arg(options.month(state.next)) : tr("&Close the next month…");
    QString closeWhy;
    switch (state.blocked) {
    case ClosingState::Blocked::NoData:
        closeWhy = tr("There is no data yet, so no month to close.");
        break;
    case ClosingState::Blocked::AllClosed:
        closeWhy = tr("Every month with data is closed, up to %1.").arg(options.month(m_latestClosed));
        break;
    case ClosingState::Blocked::NotOver:
        closeWhy = tr("%1 is not over yet: it can be closed from %2.")
                       .arg(options.month(state.next), options.date(state.closableFrom));
        break;
    case ClosingState::Blocked::None:
        closeWhy = tr("Checks the portfolio, then closes %1: afterwards nothing dated on or before %2 "
                      "can be posted, reversed or changed.")
                       .arg(options.month(state.next), options.date(state.next.lastDay()));
        break;
    }
    m_ui->closeMonthAction->setText(closeText);
    m_ui->closeMonthAction->setToolTip(closeWhy);
    m_ui->closeMonthAction->setStatusTip(closeWhy);
    m_ui->closeMonthAction->setEnabled(m_closable.isValid() && !busy && !m_database->isReadOnly());

    QString reopenText = tr("&Reopen the latest closed month…");
    QString reopenWhy = tr("No month is closed.");
    if (m_latestClosed.isValid()) {
        reopenText = tr("&Reopen %1…").arg(options.month(m_latestClosed));
        reopenWhy = tr("Reopens %1, the latest closed month, giving a reason: its figures become provisional "
                       "again.")
                        .arg(options.month(m_latestClosed));
    }
    m_ui->reopenMonthAction->setText(reopenText);
    m_ui->reopenMonthAction->setToolTip(reopenWhy);
    m_ui->reopenMonthAction->setStatusTip(reopenWhy);
    m_ui->reopenMonthAction->setEnabled(m_latestClosed.isValid() && !busy && !m_database->isReadOnly());
    if (auto* session = findChild<SessionControls*>())
        session->apply(); // what the signed-in role may not do stays disabled
}

void MainWindow::closeNextMonth()
{
    const YearMonth month = m_closable;
    if (!month.isValid() || m_monthLoader->isBusy())
        return;
    // The totals the person closing confirms: the TOTAL row of the month's summary, whole office.
    m_monthWork = tr("Reading the totals of %1…").arg(m_state.options.month(month));
    m_monthLoader->load<ReportTable>(
        [month](Database& database) { return ReportBuilder(database).summary(month, Breakdown::Program); },
        [this, month](const Result<ReportTable>& summary) {
            if (!summary) {
                showMonthRefusal(tr("%1 was not closed").arg(m_state.options.month(month)),
                                 summary.error().message);
                return;
            }
            auto* dialog = new CloseMonthDialog(month, summary.value(), m_state.options, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, month]() { runClosing(month); });
            dialog->open();
        });
    updateBusy();
}

void MainWindow::runClosing(YearMonth month)
{
    if (m_monthLoader->isBusy())
        return;
    m_monthWork = tr("Closing %1: checking the portfolio…").arg(m_state.options.month(month));
    m_monthLoader->load<YearMonth>(
        [month](Database& database) -> Result<YearMonth> {
            if (Status closed = PortfolioService(database).closeMonth(month); !closed)
                return closed.error();
            return month;
        },
        [this, month](const Result<YearMonth>& closed) {
            finishMonthWork(closed ? Status() : Status(closed.error()),
                            tr("%1 was not closed").arg(m_state.options.month(month)));
        });
    updateBusy();
}

void MainWindow::reopenLatestMonth()
{
    const YearMonth month = m_latestClosed;
    if (!month.isValid() || m_monthLoader->isBusy())
        return;
    auto* dialog = new ReopenMonthDialog(month, m_state.options, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, month]() { runReopening(month, dialog->reason()); });
    dialog->open();
}

void MainWindow::runReopening(YearMonth month, const QString& reason)
{
    if (m_monthLoader->isBusy())
        return;
    m_monthWork = tr("Reopening %1…").arg(m_state.options.month(month));
    m_monthLoader->load<YearMonth>(
        [month, reason](Database& database) -> Result<YearMonth> {
            if (Status reopened = PortfolioService(database).reopenMonth(month, reason); !reopened)
                return reopened.error();
            return month;
        },
        [this, month](const Result<YearMonth>& reopened) {
            finishMonthWork(reopened ? Status() : Status(reopened.error()),
                            tr("%1 was not reopened").arg(m_state.options.month(month)));
        });
    updateBusy();
}

void MainWindow::finishMonthWork(const Status& status, const QString& refusalTitle)
{
    const YearMonth before = m_latestClosed;
    readClosing();
    if (!status)
        showMonthRefusal(refusalTitle, status.error().message);
    if (status || m_latestClosed != before)
        reloadAll();
    else
        updateMonthMenu();
}

void MainWindow::showMonthRefusal(const QString& title, const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, title, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("monthRefusalMessageBox"));
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::reloadAll()
{
    // What the pages are built on: the communes, the months with data (the month shown is kept while it has
    // data), the closing state.
    readPortfolioShape();
    readClosing();
    fillMonths(true);
    m_empty = m_empty || m_months.isEmpty();
    fillFilters();
    m_data.reset();
    // Every page with the new state; those that keep what they read are told to read again.
    applyState();
    m_borrowers->reload();
    m_loans->reload();
    m_reports->reload();
    m_historyView->reload();
    m_ledger->reload();
    showLocation(m_location);
    updateStatus();
    updateMonthMenu();
    updateBusy();
    rememberDataVersion();
}

void MainWindow::readPortfolioShape()
{
    if (auto catalogue = ReferenceRepository(*m_database).catalogue())
        m_catalogue = std::move(catalogue).value();
    if (auto communes = CommuneRepository(*m_database).all())
        m_communes = std::move(communes).value();
    m_empty = m_communes.isEmpty();
}

void MainWindow::buildEntry()
{
    m_entryMenu = new EntryMenu(this);
    menuBar()->insertMenu(m_ui->monthMenu->menuAction(), m_entryMenu);
    // The pages that write: the Borrowers page (register, edit, move) and the ledger (loans, repayments,
    // savings, reversals). Their forms save on this window's connection, which does not change its data
    // version: the window reads everything again itself.
    // A file that can only be read offers no write: the pages get no connection to write on.
    Database* writable = m_database->isReadOnly() ? nullptr : m_database.get();
    m_borrowers->setDatabase(writable);
    m_ledger->setDatabase(writable);
    m_entryMenu->menuAction()->setEnabled(writable != nullptr);
    connect(m_borrowers, &BorrowersView::changed, this, &MainWindow::reloadAll);
    connect(m_ledger, &BorrowerLedgerView::changed, this, &MainWindow::reloadAll);
    connect(m_borrowers, &BorrowersView::borrowerRegistered, this, [this](const QString& borrower) {
        PortfolioSelection selection;
        selection.borrowerId = borrower;
        navigate({Location::Page::Ledger, selection});
    });
    connect(this, &MainWindow::registerGroupRequested, m_entryMenu, &EntryMenu::openGroups);
}

QMenu* MainWindow::fileMenu() const
{
    return m_ui->fileMenu;
}

void MainWindow::setFileChooser(std::shared_ptr<FileChooser> chooser)
{
    if (chooser)
        m_chooser = std::move(chooser);
}

void MainWindow::buildFileMenu()
{
    m_newAction = new QAction(this);
    m_newAction->setObjectName(QStringLiteral("newDatabaseAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("openDatabaseAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = new QMenu(this);
    m_recentMenu->setObjectName(QStringLiteral("recentFilesMenu"));
    m_importAction = new QAction(this);
    m_importAction->setObjectName(QStringLiteral("importCsvFolderAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_backupAction = new QAction(this);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    m_restoreAction = new QAction(this);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_backupSettingsAction = new QAction(this);
    m_backupSettingsAction->setObjectName(QStringLiteral("backupSettingsAction"));

    QMenu* menu = m_ui->fileMenu;
    QAction* before = m_printDashboardAction;
    menu->insertAction(before, m_newAction);
    menu->insertAction(before, m_openAction);
    menu->insertMenu(before, m_recentMenu);
    menu->insertSeparator(before);
    menu->insertAction(before, m_importAction);
    menu->insertAction(before, m_exportAction);
    menu->insertAction(before, m_backupAction);
    menu->insertAction(before, m_restoreAction);
    menu->insertAction(before, m_backupSettingsAction);
    menu->insertSeparator(before);

    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDatabase);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importCsvFolder);
    m_importAction->setEnabled(!m_database->isReadOnly());
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportPortfolio);
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::backupDatabase);
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreDatabase);
    connect(m_backupSettingsAction, &QAction::triggered, this, &MainWindow::editBackupSettings);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
}

void MainWindow::retranslateFileMenu()
{
    m_newAction->setText(tr("&New database…"));
    m_newAction->setStatusTip(tr("Creates an empty LoanDesk database and shows it"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setStatusTip(tr("Opens another LoanDesk database"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_importAction->setText(tr("&Import CSV folder…"));
    m_importAction->setStatusTip(
        tr("Adds the portfolio of a folder of CSV files to this database; nothing is written unless every "
           "row is right"));
    m_exportAction->setText(tr("&Export…"));
    m_exportAction->setStatusTip(tr("Writes the whole portfolio as CSV files into a folder"));
    m_backupAction->setText(tr("&Back up now…"));
    m_backupAction->setStatusTip(tr("Writes a complete copy of this database to another file"));
    m_restoreAction->setText(tr("&Restore…"));
    m_restoreAction->setStatusTip(
        tr("Replaces this database by a backup, after showing what the backup holds; the database as it is "
           "now is kept as a backup first"));
    m_backupSettingsAction->setText(tr("Backup se&ttings…"));
    m_backupSettingsAction->setStatusTip(tr("How many automatic backups are kept, and in which folder"));
    fillRecentMenu();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction* action =
            m_recentMenu->addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        action->setObjectName(QStringLiteral("recentFileAction%1").arg(i + 1));
        connect(action, &QAction::triggered, this, [this, path]() { openDatabaseFile(path); });
    }
    if (files.isEmpty()) {
        QAction* none = m_recentMenu->addAction(tr("No recent database"));
        none->setEnabled(false);
    }
}

void MainWindow::newDatabase()
{
    const QString path = m_chooser->newDatabasePath(this);
    if (!path.isEmpty())
        createDatabaseFile(path);
}

void MainWindow::openDatabase()
{
    const QString path = m_chooser->databaseToOpen(this);
    if (!path.isEmpty())
        openDatabaseFile(path);
}

MainWindow* MainWindow::openDatabaseFile(const QString& path)
{
    auto database = Database::open(path);
    if (!database) {
        showDatabaseProblem(DatabaseProblem::diagnose(path, database.error()));
        return nullptr;
    }
    return switchToDatabase(std::move(database).value());
}

MainWindow* MainWindow::createDatabaseFile(const QString& path)
{
    auto database = Database::create(path);
    if (!database) {
        showDatabaseProblem(DatabaseProblem::ofCreation(path, database.error()));
        return nullptr;
    }
    return switchToDatabase(std::move(database).value());
}

MainWindow* MainWindow::openDemonstration()
{
    const QString path = Startup::demonstrationPath();
    auto database = Startup::createDemonstration(path, this);
    if (!database) {
        showDatabaseProblem(DatabaseProblem::diagnose(path, database.error()));
        return nullptr;
    }
    return switchToDatabase(std::move(database).value());
}

void MainWindow::showDatabaseProblem(const DatabaseProblem& problem)
{
    auto* dialog = new DatabaseErrorDialog(problem, DatabaseErrorDialog::Context::Window, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DatabaseErrorDialog::chosen, this, [this](DatabaseErrorDialog::Choice choice) {
        // After the dialog has gone: the next question may open a file dialog.
        QTimer::singleShot(0, this, [this, choice]() {
            if (choice == DatabaseErrorDialog::Choice::OpenAnother)
                openDatabase();
            else if (choice == DatabaseErrorDialog::Choice::NewDatabase)
                newDatabase();
        });
    });
    dialog->open();
}

MainWindow* MainWindow::switchToDatabase(std::unique_ptr<Database> database)
{
    // A database with users is shown only to someone who signs in to it; giving up keeps this window.
    if (!SignInDialog::signInTo(*database, this, false))
        return nullptr;
    if (m_remember)
        RecentFiles::add(database->path());
    auto* next = new MainWindow(std::move(database));
    next->setAttribute(Qt::WA_DeleteOnClose);
    next->setRememberSettings(m_remember);
    next->setFileChooser(m_chooser);
    next->setLanguage(m_state.options.language);
    next->setUnit(m_state.options.unit);
    next->restoreGeometry(saveGeometry());
    if (isVisible())
        next->show();
    emit databaseSwitched(next);
    // The automatic backup of this database is made now, as closing would make it, and this window closes
    // whatever it gives: it is no longer the one signed in. A failure is said in the other window.
    if (m_remember && !m_closeWithoutBackup) {
        if (auto backup = runAutomaticBackup(QDateTime::currentDateTime()); !backup)
            next->showMonthRefusal(tr("The automatic backup failed"), backup.error().message);
        m_closeWithoutBackup = true;
    }
    // This window's work stops with it: its loaders' results are dropped and an import not yet written is
    // cancelled; each worker thread had its own connection, closed when it ends.
    close();
    return next;
}

void MainWindow::importCsvFolder()
{
    const QString folder = m_chooser->importFolder(this);
    if (!folder.isEmpty())
        importFolder(folder);
}

void MainWindow::importFolder(const QString& folder)
{
    if (m_import)
        return;
    m_import = new ImportRunner(m_database->path(), folder, this);
    m_importProgress = new QProgressDialog(tr("Importing %1…").arg(QDir::toNativeSeparators(folder)),
                                           tr("Cancel"), 0, Importer::stepCount(), this);
    m_importProgress->setObjectName(QStringLiteral("importProgressDialog"));
    m_importProgress->setWindowTitle(tr("Import CSV folder"));
    m_importProgress->setWindowModality(Qt::WindowModal);
    m_importProgress->setAutoClose(false);
    m_importProgress->setAutoReset(false);
    m_importProgress->setMinimumDuration(0);
    m_importProgress->setValue(0);
    connect(m_importProgress, &QProgressDialog::canceled, this, [this]() {
        if (!m_import)
            return;
        m_import->cancel();
        m_importProgress->setLabelText(tr("Cancelling: nothing will be written…"));
    });
    connect(m_import, &ImportRunner::progressed, m_importProgress,
            [this](int done, int) { m_importProgress->setValue(done); });
    connect(m_import, &ImportRunner::finished, this, &MainWindow::finishImport);
    emit importStarting(m_import);
    m_import->start();
    m_importProgress->show();
    updateBusy();
}

void MainWindow::finishImport()
{
    const ImportRunner::Outcome outcome = m_import->outcome();
    const QString folder = m_import->folder();
    m_import->deleteLater();
    m_import = nullptr;
    m_importProgress->disconnect(this);
    m_importProgress->hide();
    m_importProgress->deleteLater();
    m_importProgress = nullptr;
    updateBusy();

    const QString where = QDir::toNativeSeparators(folder);
    if (outcome.written()) {
        reloadAll();
        const ImportCounts& c = *outcome.counts;
        const QLocale locale = m_state.options.locale();
        const auto n = [&locale](qsizetype count) { return locale.toString(static_cast<qint64>(count)); };
        auto* box = new QMessageBox(QMessageBox::Information, tr("Import finished"),
                                    tr("The folder %1 was imported.").arg(where), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importSummaryMessageBox"));
        box->setInformativeText(
            tr("Added: %1 communes, %2 groups, %3 borrowers, %4 moves, %5 loans with %6 installments, %7 "
               "repayments and %8 savings entries.")
                .arg(n(c.communes), n(c.groups), n(c.borrowers), n(c.moves), n(c.loans), n(c.installments),
                     n(c.repayments), n(c.savings)));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        m_ui->statusBar->showMessage(tr("Imported %1").arg(where), 10000);
    } else if (outcome.cancelled) {
        auto* box =
            new QMessageBox(QMessageBox::Information, tr("Import cancelled"),
                            tr("The import was cancelled: nothing was written."), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importCancelledMessageBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    } else if (outcome.error.kind == Error::Kind::Refused) {
        auto* dialog = new ImportProblemsDialog(folder, outcome.problems, outcome.error.message, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    } else {
        auto* box =
            new QMessageBox(QMessageBox::Warning, tr("The import failed"),
                            tr("The folder %1 could not be imported: nothing was written.").arg(where),
                            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importFailedMessageBox"));
        box->setInformativeText(outcome.error.message);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    emit importFinished();
}

void MainWindow::exportPortfolio()
{
    const QString folder = m_chooser->exportFolder(this);
    if (!folder.isEmpty())
        exportTo(folder);
}

void MainWindow::exportTo(const QString& folder)
{
    if (m_fileLoader->isBusy())
        return;
    const QString where = QDir::toNativeSeparators(folder);
    m_fileWork = tr("Exporting to %1…").arg(where);
    m_fileLoader->load<bool>(
        [folder](Database& database) -> Result<bool> {
            if (Status written = Exporter(database).exportTo(folder); !written)
                return written.error();
            return true;
        },
        [this, where](const Result<bool>& done) {
            if (done) {
                m_ui->statusBar->showMessage(tr("The portfolio was exported to %1").arg(where), 10000);
                emit fileWorkFinished(QString());
                return;
            }
            showMonthRefusal(tr("The export failed"), done.error().message);
            emit fileWorkFinished(done.error().message);
        });
    updateBusy();
}

void MainWindow::backupDatabase()
{
    const QFileInfo current(m_database->path());
    const QString suggested = current.absoluteDir().filePath(
        QStringLiteral("%1-%2.loandesk")
            .arg(current.completeBaseName(), QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
    const QString path = m_chooser->backupPath(this, suggested);
    if (!path.isEmpty())
        backupTo(path);
}

void MainWindow::backupTo(const QString& path)
{
    if (m_fileLoader->isBusy())
        return;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_database->path()).absoluteFilePath()) {
        showMonthRefusal(tr("The backup failed"), tr("A backup cannot replace the database it copies."));
        emit fileWorkFinished(tr("same file"));
        return;
    }
    const QString where = QDir::toNativeSeparators(path);
    m_fileWork = tr("Backing up to %1…").arg(where);
    m_fileLoader->load<bool>(
        [path](Database& database) -> Result<bool> {
            // Written under a temporary name and renamed once complete: the chosen name never holds half a
            // copy. A file the person chose to replace is replaced only then.
            if (Status written = ::backupDatabase(database, path, BackupTarget::MayReplace); !written)
                return written.error();
            return true;
        },
        [this, where](const Result<bool>& done) {
            if (done) {
                m_ui->statusBar->showMessage(tr("The database was backed up to %1").arg(where), 10000);
                emit fileWorkFinished(QString());
                return;
            }
            showMonthRefusal(tr("The backup failed"), done.error().message);
            emit fileWorkFinished(done.error().message);
        });
    updateBusy();
}

Result<QString> MainWindow::runAutomaticBackup(const QDateTime& now)
{
    BackupRotation rotation(m_database->path(), AppSettings::backupFolder(), AppSettings::backupKeep());
    return rotation.runIfDue(*m_database, now);
}

void MainWindow::restoreDatabase()
{
    const QString folder =
        BackupRotation(m_database->path(), AppSettings::backupFolder(), AppSettings::backupKeep()).folder();
    const QString backup = m_chooser->backupToRestore(
        this, QFileInfo::exists(folder) ? folder : QFileInfo(m_database->path()).absolutePath());
    if (!backup.isEmpty())
        restoreFrom(backup);
}

void MainWindow::restoreFrom(const QString& backup)
{
    if (isBusy())
        return;
    const QString folder =
        BackupRotation(m_database->path(), AppSettings::backupFolder(), AppSettings::backupKeep()).folder();
    // Reading and checking a backup takes as long as `check` (about 40 s for a 250 MB file): off the UI
    // thread, with the window's busy indicator, like an export.
    const RestoreService service(m_database->path(), folder);
    m_fileWork = tr("Reading the backup %1…").arg(QDir::toNativeSeparators(backup));
    m_fileLoader->load<BackupContents>(
        [service, backup](Database&) { return service.inspect(backup); },
        [this, backup, folder](const Result<BackupContents>& contents) {
            if (!contents) {
                showMonthRefusal(tr("The backup cannot be restored"), contents.error().message);
                emit restoreFinished(contents.error().message);
                return;
            }
            auto* dialog = new RestoreDialog(*contents, folder, m_state.options, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::rejected, this, [this]() { emit restoreFinished(tr("cancelled")); });
            connect(dialog, &QDialog::accepted, this,
                    [this, backup, folder]() { replaceByBackup(backup, folder); });
            dialog->open();
        });
    updateBusy();
}

void MainWindow::replaceByBackup(const QString& backup, const QString& folder)
{
    // The worker's connection is the "open database" the content is replaced in: this window's own connection
    // sees the restored content at its next read, as any other program's would.
    const RestoreService service(m_database->path(), folder);
    m_fileWork = tr("Restoring %1…").arg(QDir::toNativeSeparators(backup));
    // Nothing may be written while the content is replaced (it would be in neither the kept copy nor the
    // restored file), and the window does not close: it is locked behind this until the restore ends.
    m_restoreProgress = new QProgressDialog(m_fileWork, QString(), 0, 0, this);
    m_restoreProgress->setObjectName(QStringLiteral("restoreProgressDialog"));
    m_restoreProgress->setWindowTitle(tr("Restore"));
    m_restoreProgress->setWindowModality(Qt::WindowModal);
    m_restoreProgress->setCancelButton(nullptr);
    m_restoreProgress->setMinimumDuration(0);
    m_restoreProgress->show();
    m_fileLoader->load<RestoreOutcome>(
        [service, backup](Database& database) { return service.restore(backup, &database); },
        [this, backup](const Result<RestoreOutcome>& outcome) {
            delete m_restoreProgress;
            m_restoreProgress = nullptr;
            if (!outcome) {
                showMonthRefusal(tr("The restore failed"), outcome.error().message);
                emit restoreFinished(outcome.error().message);
                return;
            }
            reloadAll();
            rememberDataVersion();
            m_ui->statusBar->showMessage(
                tr("The database was restored from %1; it was kept as it was in %2")
                    .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(outcome->keptCopy)),
                15000);
            emit restoreFinished(QString());
        });
    updateBusy();
}

void MainWindow::editBackupSettings()
{
    auto* dialog = new BackupSettingsDialog(AppSettings::backupKeep(), AppSettings::backupFolder(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [dialog]() {
        AppSettings::setBackupKeep(dialog->keep());
        AppSettings::setBackupFolder(dialog->folder());
    });
    dialog->open();
}

void MainWindow::watchFile()
{
    const QString path = m_database->path();
    QStringList wanted;
    for (const QString& file : {path, QString(path + QStringLiteral("-wal"))}) {
        if (QFileInfo::exists(file) && !m_fileWatcher->files().contains(file))
            wanted.append(file);
    }
    if (!wanted.isEmpty())
        m_fileWatcher->addPaths(wanted);
}

void MainWindow::rememberDataVersion()
{
    if (auto version = readDataVersion(*m_database))
        m_dataVersion = *version;
}

void MainWindow::checkForOutsideChanges()
{
    // This window's own work ends with a reload of its own; the check waits for it.
    if (m_import || m_monthLoader->isBusy()) {
        m_changeTimer->start();
        return;
    }
    watchFile();
    auto version = readDataVersion(*m_database);
    if (!version || *version == m_dataVersion)
        return;
    emit outsideChangeNoticed();
    reloadAll();
    m_ui->statusBar->showMessage(
        tr("The database was changed by another program: the figures were read again"), 10000);
}
