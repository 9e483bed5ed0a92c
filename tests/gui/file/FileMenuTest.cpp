#include "MainWindow.h"
#include "Startup.h"
#include "WritePathTestSupport.h"

#include "db/DataVersion.h"
#include "entry/EntryMenu.h"
#include "file/DatabaseErrorDialog.h"
#include "file/DatabaseProblem.h"
#include "file/FileChooser.h"
#include "file/ImportProblemsDialog.h"
#include "file/ImportRunner.h"
#include "file/RecentFiles.h"
#include "file/WelcomePage.h"
#include "io/Exporter.h"
#include "io/Importer.h"
#include "report/DashboardData.h"
#include "service/PortfolioService.h"
#include "views/DashboardView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <atomic>

using namespace WritePathTestSupport;

namespace {

/// Answers the File menu's questions with fixed paths, as a person would in the file dialogs.
class FixedChooser : public FileChooser
{
public:
    QString open;
    QString create;
    QString import;
    QString exportTo;
    QString backup;
    int asked = 0;

    QString databaseToOpen(QWidget*) override { return ++asked, open; }
    QString newDatabasePath(QWidget*) override { return ++asked, create; }
    QString importFolder(QWidget*) override { return ++asked, import; }
    QString exportFolder(QWidget*) override { return ++asked, exportTo; }
    QString backupPath(QWidget*, const QString&) override { return ++asked, backup; }
};

/// Starts an import of @p folder in @p window and waits for its outcome to be shown.
bool importAndWait(MainWindow* window, const QString& folder)
{
    QSignalSpy finished(window, &MainWindow::importFinished);
    window->importFolder(folder);
    return waitFor([&finished]() { return !finished.isEmpty(); }, 120000) && window->waitUntilIdle();
}

QWidget* currentPage(MainWindow* window)
{
    return window->findChild<QStackedWidget*>(QStringLiteral("pagesStackedWidget"))->currentWidget();
}

/// The new window a switch made, deleted at the end of the test.
struct Successor
{
    explicit Successor(MainWindow* from)
    {
        QObject::connect(from, &MainWindow::databaseSwitched, [this](MainWindow* next) {
            window = next;
            guard = next;
        });
    }
    ~Successor() { delete guard.data(); }
    Successor(const Successor&) = delete;
    Successor& operator=(const Successor&) = delete;
    MainWindow* window = nullptr; ///< the new window (closed and deleted once it was replaced in turn)
    QPointer<MainWindow> guard;   ///< null once deleted
};

Money totalOutstanding(const MainWindow* window)
{
    const auto data = window->dashboardData();
    return data ? data->byProgram.total.figures.outstandingEnd : Money::fromDong(-1);
}

} // namespace

// An empty database opens on the welcome page, which offers the file actions and the hook for registering.
TEST(FileMenu, AnEmptyDatabaseShowsTheWelcomePage)
{
    TempDatabase temp;
    auto window = openWindow(temp.path());
    ASSERT_TRUE(window);
    EXPECT_TRUE(window->isEmptyPortfolio());
    EXPECT_EQ(currentPage(window.get()), window->welcomePage());
    auto* path = window->welcomePage()->findChild<QLabel*>(QStringLiteral("welcomePathLabel"));
    ASSERT_TRUE(path);
    EXPECT_TRUE(path->text().contains(QDir::toNativeSeparators(temp.path()))) << path->text().toStdString();
    for (const char* name :
         {"welcomeImportButton", "welcomeOpenButton", "welcomeNewButton", "welcomeDemonstrationButton"}) {
        auto* button = window->welcomePage()->findChild<QPushButton*>(QString::fromLatin1(name));
        ASSERT_TRUE(button) << name;
        EXPECT_TRUE(button->isVisible()) << name;
        EXPECT_FALSE(button->text().isEmpty()) << name;
    }
    QSignalSpy registerSpy(window.get(), &MainWindow::registerGroupRequested);
    auto* registerLabel = window->welcomePage()->findChild<QLabel*>(QStringLiteral("welcomeRegisterLabel"));
    ASSERT_TRUE(registerLabel);
    emit registerLabel->linkActivated(QStringLiteral("register"));
    EXPECT_EQ(registerSpy.size(), 1);
    saveScreenshot(window.get(), QStringLiteral("entry-welcome"));

    // The welcome page's Open… asks the chooser.
    auto chooser = std::make_shared<FixedChooser>();
    window->setFileChooser(chooser);
    QTest::mouseClick(window->welcomePage()->findChild<QPushButton*>(QStringLiteral("welcomeOpenButton")),
                      Qt::LeftButton);
    EXPECT_EQ(chooser->asked, 1); // answered with no file: nothing happens
    EXPECT_EQ(currentPage(window.get()), window->welcomePage());
}

// The import through the window: every problem of each broken set is listed, and nothing is written.
TEST(FileMenu, TheImportDialogListsEveryProblemAndWritesNothing)
{
    const QStringList sets = TestData::invalidSets();
    ASSERT_FALSE(sets.isEmpty());
    TempDatabase temp;
    auto window = openWindow(temp.path());
    ASSERT_TRUE(window);
    const QByteArray before = TestData::exportOf(temp.db());
    for (const QString& set : sets) {
        SCOPED_TRACE(set.toStdString());
        // What the importer itself says about the set, on a database as empty as the window's.
        TempDatabase reference;
        Importer importer(reference.db());
        ASSERT_FALSE(importer.importFolder(set).ok());
        QStringList expectedLines;
        for (const ImportProblem& problem : importer.problems())
            expectedLines.append(problem.toString());

        ASSERT_TRUE(importAndWait(window.get(), set));
        auto* dialog = window->findChild<ImportProblemsDialog*>();
        ASSERT_TRUE(dialog);
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_EQ(dialog->lines(), expectedLines);
        // Every FILE:LINE the fixture expects is named.
        const QStringList expected = QString::fromUtf8(TestData::readFile(set + QStringLiteral("/expect")))
                                         .split(u'\n', Qt::SkipEmptyParts);
        ASSERT_FALSE(expected.isEmpty());
        const QStringList shown = dialog->lines();
        for (const QString& fileLine : expected) {
            const QString prefix = fileLine.trimmed() + u':';
            const bool named = std::any_of(shown.cbegin(), shown.cend(), [&prefix](const QString& line) {
                return line.startsWith(prefix);
            });
            EXPECT_TRUE(named) << fileLine.toStdString() << " in\n"
                               << dialog->lines().join(u'\n').toStdString();
        }
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("importProblemsListWidget"));
        ASSERT_TRUE(list);
        EXPECT_EQ(list->editTriggers(), QAbstractItemView::NoEditTriggers);
        EXPECT_EQ(list->selectionMode(), QAbstractItemView::ExtendedSelection);
        auto* summary = dialog->findChild<QLabel*>(QStringLiteral("importProblemsSummaryLabel"));
        ASSERT_TRUE(summary);
        EXPECT_TRUE(summary->text().contains(QStringLiteral("Nothing was written")))
            << summary->text().toStdString();
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("copyProblemsButton")),
                          Qt::LeftButton);
        EXPECT_EQ(QApplication::clipboard()->text(), expectedLines.join(u'\n') + u'\n');
        dialog->close();
        waitFor([&window]() { return !window->findChild<ImportProblemsDialog*>(); });
        EXPECT_EQ(TestData::exportOf(temp.db()), before);
        EXPECT_TRUE(window->isEmptyPortfolio());
    }
    // A folder with faults in three files: each is listed, in the order of the files.
    QTemporaryDir dir;
    const QString folder = QDir(dir.path()).filePath(QStringLiteral("import-2024-07"));
    QDir().mkpath(folder);
    const QString invalid = TestData::fixture(QStringLiteral("invalid"));
    for (const QString& name : QDir(invalid + QStringLiteral("/bad-id-number")).entryList(QDir::Files)) {
        if (name.endsWith(QStringLiteral(".csv")))
            QFile::copy(invalid + QStringLiteral("/bad-id-number/") + name, QDir(folder).filePath(name));
    }
    for (const auto& [set, name] :
         {std::pair{"feb-29-2023", "loans.csv"}, std::pair{"negative-principal", "repayments.csv"}}) {
        QFile::remove(QDir(folder).filePath(QString::fromLatin1(name)));
        ASSERT_TRUE(QFile::copy(invalid + u'/' + QString::fromLatin1(set) + u'/' + QString::fromLatin1(name),
                                QDir(folder).filePath(QString::fromLatin1(name))));
    }
    ASSERT_TRUE(importAndWait(window.get(), folder));
    auto* dialog = window->findChild<ImportProblemsDialog*>();
    ASSERT_TRUE(dialog);
    const QString lines = dialog->lines().join(u'\n');
    for (const char* fileLine : {"borrowers.csv:6: ", "loans.csv:5: ", "repayments.csv:9: "})
        EXPECT_TRUE(lines.contains(QString::fromLatin1(fileLine))) << fileLine << " in\n"
                                                                   << lines.toStdString();
    EXPECT_LT(lines.indexOf(QStringLiteral("borrowers.csv:6: ")),
              lines.indexOf(QStringLiteral("loans.csv:5: ")));
    saveScreenshot(dialog, QStringLiteral("entry-import-errors"));
    EXPECT_EQ(TestData::exportOf(temp.db()), before);
}

// A good folder imported into an empty database through the window: a summary, then the dashboard with the
// portfolio's total.
TEST(FileMenu, AnImportIntoAnEmptyDatabaseShowsTheDashboard)
{
    TempDatabase temp;
    auto window = openWindow(temp.path());
    ASSERT_TRUE(window);
    auto chooser = std::make_shared<FixedChooser>();
    chooser->import = TestData::fixture(QStringLiteral("portfolio-small/data"));
    window->setFileChooser(chooser);
    QSignalSpy finished(window.get(), &MainWindow::importFinished);
    QTest::mouseClick(window->welcomePage()->findChild<QPushButton*>(QStringLiteral("welcomeImportButton")),
                      Qt::LeftButton);
    ASSERT_TRUE(waitFor([&finished]() { return !finished.isEmpty(); }, 120000));
    ASSERT_TRUE(window->waitUntilIdle());
    auto* summary = window->findChild<QMessageBox*>(QStringLiteral("importSummaryMessageBox"));
    ASSERT_TRUE(summary);
    EXPECT_TRUE(summary->informativeText().contains(QStringLiteral("219 loans")))
        << summary->informativeText().toStdString();
    EXPECT_FALSE(window->isEmptyPortfolio());
    EXPECT_EQ(currentPage(window.get()), window->dashboardView());
    EXPECT_EQ(window->month(), YearMonth(2024, 6));
    // The TOTAL row of portfolio-small's summary for June 2024.
    EXPECT_EQ(totalOutstanding(window.get()), Money::fromDong(7151046970));
    EXPECT_EQ(window->months().size(),
              window->findChild<QComboBox*>(QStringLiteral("monthComboBox"))->count());
}

// Cancel in the progress dialog: the one transaction is rolled back and the database stays as it was.
TEST(FileMenu, CancellingAnImportLeavesTheDatabaseUnchanged)
{
    auto temp = importedPortfolio();
    const QByteArray before = TestData::exportOf(temp->db());
    auto window = openWindow(temp->path());
    ASSERT_TRUE(window);
    const Money total = totalOutstanding(window.get());

    // A second copy of the data set would be refused; a folder with one new commune is a valid import.
    QTemporaryDir folder;
    QFile communes(QDir(folder.path()).filePath(QStringLiteral("communes.csv")));
    ASSERT_TRUE(communes.open(QIODevice::WriteOnly));
    communes.write("code,name\n99999,Xã Thử\n");
    communes.close();

    // The import waits after its last check, just before it would commit, until Cancel was clicked.
    QSemaphore clicked;
    std::atomic<bool> reached = false;
    const int lastStep = Importer::stepCount() - 1;
    QSignalSpy finished(window.get(), &MainWindow::importFinished);
    const auto hook = QObject::connect(window.get(), &MainWindow::importStarting, [&](ImportRunner* runner) {
        runner->setStepHook([&clicked, &reached, lastStep](int done, int) {
            if (done == lastStep) {
                reached = true;
                clicked.acquire();
            }
        });
    });
    window->importFolder(folder.path());
    QObject::disconnect(hook);
    ASSERT_TRUE(window->importRunner());
    auto* progress = window->findChild<QProgressDialog*>(QStringLiteral("importProgressDialog"));
    ASSERT_TRUE(progress);
    EXPECT_TRUE(progress->isVisible());
    const bool waiting = waitFor([&reached]() { return reached.load(); });
    if (!waiting)
        clicked.release();
    ASSERT_TRUE(waiting);
    auto* cancel = progress->findChild<QPushButton*>();
    ASSERT_TRUE(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    clicked.release();
    ASSERT_TRUE(waitFor([&finished]() { return !finished.isEmpty(); }));
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_TRUE(window->findChild<QMessageBox*>(QStringLiteral("importCancelledMessageBox")));
    EXPECT_EQ(TestData::exportOf(temp->db()), before);
    EXPECT_EQ(totalOutstanding(window.get()), total);

    // The same folder without Cancel is written.
    ASSERT_TRUE(importAndWait(window.get(), folder.path()));
    EXPECT_TRUE(window->findChild<QMessageBox*>(QStringLiteral("importSummaryMessageBox")));
    EXPECT_NE(TestData::exportOf(temp->db()), before);
}

// New database… and Open… show the chosen file in a window that takes the old one's place.
TEST(FileMenu, NewAndOpenSwitchTheWindowsFile)
{
    auto temp = importedPortfolio();
    auto window = openWindow(temp->path());
    ASSERT_TRUE(window);
    QTemporaryDir dir;
    auto chooser = std::make_shared<FixedChooser>();
    chooser->create = QDir(dir.path()).filePath(QStringLiteral("new.loandesk"));
    chooser->open = temp->path();
    window->setFileChooser(chooser);

    Successor created(window.get());
    window->findChild<QAction*>(QStringLiteral("newDatabaseAction"))->trigger();
    ASSERT_TRUE(created.window);
    EXPECT_FALSE(window->isVisible());
    EXPECT_EQ(created.window->databasePath(), chooser->create);
    EXPECT_TRUE(QFileInfo::exists(chooser->create));
    EXPECT_TRUE(created.window->isVisible());
    EXPECT_TRUE(created.window->waitUntilIdle());
    EXPECT_TRUE(created.window->isEmptyPortfolio());
    EXPECT_EQ(currentPage(created.window), created.window->welcomePage());

    Successor opened(created.window);
    created.window->findChild<QAction*>(QStringLiteral("openDatabaseAction"))->trigger();
    ASSERT_TRUE(opened.window);
    EXPECT_EQ(opened.window->databasePath(), temp->path());
    ASSERT_TRUE(opened.window->waitUntilIdle());
    EXPECT_FALSE(opened.window->isEmptyPortfolio());
    EXPECT_EQ(currentPage(opened.window), opened.window->dashboardView());
    EXPECT_EQ(totalOutstanding(opened.window), Money::fromDong(7151046970));

    // A new database is never made over an existing file: the window says so and stays.
    Successor refused(opened.window);
    chooser->create = temp->path();
    opened.window->newDatabase();
    EXPECT_FALSE(refused.window);
    auto* problem = opened.window->findChild<DatabaseErrorDialog*>();
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->problem().kind, DatabaseProblem::Kind::Exists);
}

// What another program writes to the same file is noticed and the figures are read again.
TEST(FileMenu, AWriteByAnotherConnectionIsNoticed)
{
    auto temp = importedPortfolio();
    auto window = openWindow(temp->path());
    ASSERT_TRUE(window);
    const Money before = totalOutstanding(window.get());
    ASSERT_EQ(before, Money::fromDong(7151046970));
    const auto versionBefore = readDataVersion(window->database());
    ASSERT_TRUE(versionBefore.ok());

    // As `loandesk-cli import` would: another connection to the file posts a repayment of L0000001.
    QSignalSpy noticed(window.get(), &MainWindow::outsideChangeNoticed);
    auto posted = PortfolioService(temp->db())
                      .postRepayment(Repayment(QStringLiteral("L0000001"), QDate(2024, 6, 28),
                                               Money::fromDong(1000000), Money::fromDong(0)));
    ASSERT_TRUE(posted.ok()) << posted.error().message.toStdString();
    const auto versionAfter = readDataVersion(window->database());
    ASSERT_TRUE(versionAfter.ok());
    EXPECT_NE(*versionAfter, *versionBefore);

    // The file watcher notices without being asked.
    ASSERT_TRUE(waitFor([&noticed]() { return !noticed.isEmpty(); }, 15000));
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_EQ(totalOutstanding(window.get()), before - Money::fromDong(1000000));

    // Nothing changed since: a check does nothing.
    window->checkForOutsideChanges();
    EXPECT_EQ(noticed.size(), 1);

    // A commune registered elsewhere: on the next check (as when the window is activated) the commune filter
    // offers it.
    auto* communes = window->findChild<QComboBox*>(QStringLiteral("communeComboBox"));
    ASSERT_TRUE(communes);
    const int communeCount = communes->count();
    ASSERT_TRUE(
        PortfolioService(temp->db()).registerCommune({QStringLiteral("99999"), QStringLiteral("Xã Mới")}));
    window->checkForOutsideChanges();
    EXPECT_GE(noticed.size(), 2);
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_EQ(communes->count(), communeCount + 1);
    EXPECT_GE(communes->findData(QStringLiteral("99999")), 0);
}

// A file that is not a LoanDesk database: the dialog says so and offers another way.
TEST(FileMenu, AnUnusableFileGivesTheErrorDialog)
{
    auto temp = importedPortfolio();
    QTemporaryDir dir;
    const QString text = QDir(dir.path()).filePath(QStringLiteral("notes.db"));
    QFile file(text);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("These are not the figures you are looking for.\n");
    file.close();

    auto window = openWindow(temp->path());
    ASSERT_TRUE(window);
    auto chooser = std::make_shared<FixedChooser>();
    chooser->open = temp->path();
    window->setFileChooser(chooser);
    Successor next(window.get());
    EXPECT_EQ(window->openDatabaseFile(text), nullptr);
    auto* dialog = window->findChild<DatabaseErrorDialog*>();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->problem().kind, DatabaseProblem::Kind::NotLoanDesk);
    auto* title = dialog->findChild<QLabel*>(QStringLiteral("problemTitleLabel"));
    EXPECT_TRUE(title->text().contains(QStringLiteral("is not a LoanDesk database")))
        << title->text().toStdString();
    EXPECT_EQ(dialog->findChild<QPushButton*>(QStringLiteral("openAnotherButton"))->text(),
              QStringLiteral("Open another…"));
    EXPECT_EQ(dialog->findChild<QPushButton*>(QStringLiteral("newDatabaseButton"))->text(),
              QStringLiteral("New database…"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("openAnotherButton")), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&next]() { return next.window != nullptr; }));
    EXPECT_EQ(next.window->databasePath(), temp->path());
}

// At start-up the same dialog's answers lead to another database, a new one, or quitting.
TEST(FileMenu, StartupRecoversFromAnUnusableFile)
{
    QTemporaryDir dir;
    const QString text = QDir(dir.path()).filePath(QStringLiteral("notes.db"));
    QFile file(text);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a database");
    file.close();
    auto first = Database::open(text);
    ASSERT_FALSE(first.ok());

    FixedChooser chooser;
    chooser.create = QDir(dir.path()).filePath(QStringLiteral("fresh.loandesk"));
    QList<DatabaseProblem::Kind> asked;
    QList<Startup::Choice> answers = {Startup::Choice::OpenAnother, Startup::Choice::NewDatabase};
    chooser.open = QDir(dir.path()).filePath(QStringLiteral("missing.loandesk"));
    QString opened;
    auto recovered = Startup::recover(
        text, first.error(), chooser,
        [&](const DatabaseProblem& problem) {
            asked.append(problem.kind);
            return answers.takeFirst();
        },
        &opened);
    ASSERT_TRUE(recovered.ok()) << recovered.error().message.toStdString();
    EXPECT_EQ(asked, (QList<DatabaseProblem::Kind>{DatabaseProblem::Kind::NotLoanDesk,
                                                   DatabaseProblem::Kind::Missing}));
    EXPECT_EQ(opened, chooser.create);
    EXPECT_EQ((*recovered)->path(), chooser.create);

    auto quit = Startup::recover(text, first.error(), chooser,
                                 [](const DatabaseProblem&) { return Startup::Choice::Quit; });
    EXPECT_FALSE(quit.ok());
}

// The problems told apart: a newer schema, a missing file, a file of another program.
TEST(FileMenu, DatabaseProblemsAreToldApart)
{
    QTemporaryDir dir;
    const QString newer = QDir(dir.path()).filePath(QStringLiteral("newer.loandesk"));
    {
        auto created = Database::create(newer);
        ASSERT_TRUE(created.ok());
        QSqlQuery query((*created)->connection());
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = 999")));
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    auto opened = Database::open(newer);
    ASSERT_FALSE(opened.ok());
    const DatabaseProblem problem = DatabaseProblem::diagnose(newer, opened.error());
    EXPECT_EQ(problem.kind, DatabaseProblem::Kind::Newer);
    EXPECT_TRUE(problem.explanation().contains(QStringLiteral("newer")))
        << problem.explanation().toStdString();

    const QString other = QDir(dir.path()).filePath(QStringLiteral("other.sqlite"));
    {
        const QString name = QStringLiteral("otherProgram");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(other);
            ASSERT_TRUE(db.open());
            QSqlQuery query(db);
            ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE t (x)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    auto foreign = Database::open(other);
    ASSERT_FALSE(foreign.ok());
    EXPECT_EQ(DatabaseProblem::diagnose(other, foreign.error()).kind, DatabaseProblem::Kind::NotLoanDesk);

    const QString missing = QDir(dir.path()).filePath(QStringLiteral("gone.loandesk"));
    EXPECT_EQ(DatabaseProblem::diagnose(missing, Database::open(missing).error()).kind,
              DatabaseProblem::Kind::Missing);
}

// Export… writes the eight files; Backup… a complete copy under the chosen name and no temporary file.
TEST(FileMenu, ExportAndBackupWriteTheirFiles)
{
    auto temp = importedPortfolio();
    auto window = openWindow(temp->path());
    ASSERT_TRUE(window);
    QTemporaryDir dir;
    auto chooser = std::make_shared<FixedChooser>();
    chooser->exportTo = QDir(dir.path()).filePath(QStringLiteral("export"));
    chooser->backup = QDir(dir.path()).filePath(QStringLiteral("copy.loandesk"));
    window->setFileChooser(chooser);

    QSignalSpy done(window.get(), &MainWindow::fileWorkFinished);
    window->findChild<QAction*>(QStringLiteral("exportAction"))->trigger();
    ASSERT_TRUE(waitFor([&done]() { return !done.isEmpty(); }, 60000));
    EXPECT_EQ(done.takeFirst().at(0).toString(), QString());
    for (const QString& name : Importer::fileNames())
        EXPECT_TRUE(QFileInfo::exists(QDir(chooser->exportTo).filePath(name))) << name.toStdString();

    window->findChild<QAction*>(QStringLiteral("backupAction"))->trigger();
    ASSERT_TRUE(waitFor([&done]() { return !done.isEmpty(); }, 60000));
    EXPECT_EQ(done.takeFirst().at(0).toString(), QString());
    EXPECT_FALSE(QFileInfo::exists(chooser->backup + QStringLiteral(".part")));
    auto copy = Database::open(chooser->backup);
    ASSERT_TRUE(copy.ok()) << copy.error().message.toStdString();
    EXPECT_EQ(TestData::exportOf(**copy), TestData::exportOf(temp->db()));
}

// The five databases opened last, newest first, without the ones that are gone.
TEST(FileMenu, RecentFilesKeepFiveThatExist)
{
    (void)importedPortfolio(); // this test program's own settings
    QSettings().remove(QStringLiteral("file/recent"));
    QTemporaryDir dir;
    QStringList files;
    for (int i = 0; i < 7; ++i) {
        const QString path = QDir(dir.path()).filePath(QStringLiteral("f%1.loandesk").arg(i));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        files.append(path);
        RecentFiles::add(path);
    }
    QFile::remove(files[6]);
    const QStringList recent = RecentFiles::list();
    EXPECT_EQ(recent, (QStringList{files[5], files[4], files[3], files[2]}));
    RecentFiles::add(files[0]);
    EXPECT_EQ(RecentFiles::list().front(), files[0]);
}

// A file that can only be read opens with a banner over every page, and no write is offered: no entry menu,
// no import, no closing or reopening of a month, no register or correction on the Borrowers page.
TEST(FileMenu, AReadOnlyFileOpensWithABannerAndNoWrites)
{
    auto temp = importedPortfolio();
    const QString path = temp->path();
    temp->close();
    auto readOnly = openWindow(path, Language::English, Database::Access::ReadOnly);
    ASSERT_TRUE(readOnly);
    MainWindow& window = *readOnly;
    auto* banner = window.findChild<QLabel*>(QStringLiteral("readOnlyBar"));
    ASSERT_TRUE(banner);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("READ-ONLY"))) << banner->text().toStdString();
    EXPECT_FALSE(window.findChild<QAction*>(QStringLiteral("importCsvFolderAction"))->isEnabled());
    EXPECT_FALSE(window.findChild<QAction*>(QStringLiteral("closeMonthAction"))->isEnabled());
    EXPECT_FALSE(window.findChild<QAction*>(QStringLiteral("reopenMonthAction"))->isEnabled());
    ASSERT_TRUE(window.entryMenu());
    EXPECT_FALSE(window.entryMenu()->menuAction()->isEnabled());
    EXPECT_FALSE(window.findChild<QAction*>(QStringLiteral("borrowersPageEditAction"))->isEnabled());
    EXPECT_FALSE(window.findChild<QAction*>(QStringLiteral("borrowersPageNewAction"))->isEnabled());

    // The same file opened normally shows no banner.
    auto writable = openWindow(path);
    ASSERT_TRUE(writable);
    EXPECT_FALSE(writable->findChild<QLabel*>(QStringLiteral("readOnlyBar"))->isVisible());
    EXPECT_TRUE(writable->findChild<QAction*>(QStringLiteral("importCsvFolderAction"))->isEnabled());
}

// A LoanDesk file whose pages are damaged is refused at open, as the console program refuses it, instead of
// showing figures read from it.
TEST(FileMenu, AFileWithDamagedPagesIsRefusedAtOpen)
{
    auto temp = importedPortfolio();
    const QString path = temp->path();
    temp->close();
    QTemporaryDir dir;
    const QString damaged = QDir(dir.path()).filePath(QStringLiteral("damaged.loandesk"));
    ASSERT_TRUE(QFile::copy(path, damaged));
    const qint64 size = QFileInfo(damaged).size();
    {
        QFile file(damaged);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek((size / 4096 / 2) * 4096));
        file.write(QByteArray(4096, '\x5a'));
    }
    auto window = openWindow(path);
    ASSERT_TRUE(window);
    EXPECT_EQ(window->openDatabaseFile(damaged), nullptr);
    auto* dialog = window->findChild<DatabaseErrorDialog*>();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->problem().kind, DatabaseProblem::Kind::Corrupt);
    auto* title = dialog->findChild<QLabel*>(QStringLiteral("problemTitleLabel"));
    EXPECT_TRUE(title->text().contains(QStringLiteral("is damaged"))) << title->text().toStdString();
    EXPECT_TRUE(dialog->problem().detail.contains(QStringLiteral("quick check")))
        << dialog->problem().detail.toStdString();
}
