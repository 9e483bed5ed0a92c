// File → Restore…: the dialog shows what the backup holds before anything is replaced; restoring keeps the
// database as it was and shows the backup's figures.
#include "MainWindow.h"
#include "WritePathTestSupport.h"
#include "common/AppSettings.h"

#include "db/Backup.h"
#include "db/BackupRotation.h"
#include "file/FileChooser.h"
#include "file/RestoreDialog.h"
#include "report/ReportBuilder.h"
#include "service/PortfolioService.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace WritePathTestSupport;

namespace {

class RestoreChooser : public FileChooser
{
public:
    QString backup;
    QString folderAsked;
    QString backupToRestore(QWidget*, const QString& folder) override
    {
        folderAsked = folder;
        return backup;
    }
};

QString labelText(QDialog* dialog, const char* name)
{
    auto* label = dialog->findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("no label %1").arg(QString::fromLatin1(name));
}

/// The window of the imported portfolio, remembering its settings, whose automatic backups go to a "folder"
/// that is a file, so none can be written. The settings are put back when it ends.
struct UnwritableBackups
{
    UnwritableBackups()
        : book(importedPortfolio())
        , folder(book->filePath(QStringLiteral("not-a-folder")))
    {
        QFile file(folder);
        if (file.open(QIODevice::WriteOnly))
            file.close();
        AppSettings::setBackupFolder(folder);
        window = openWindow(book->path());
        if (window) {
            window->setRememberSettings(true);
            window->show();
        }
    }
    ~UnwritableBackups()
    {
        if (window)
            window->setRememberSettings(false);
        AppSettings::setBackupFolder(QString());
    }
    UnwritableBackups(const UnwritableBackups&) = delete;
    UnwritableBackups& operator=(const UnwritableBackups&) = delete;

    std::unique_ptr<TempDatabase> book;
    QString folder;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST(RestoreDialog, ShowsWhatTheBackupHoldsThenRestoresIt)
{
    auto book = importedPortfolio();
    ASSERT_TRUE(PortfolioService(book->db(),
                                 actor(QStringLiteral("director"), QDateTime(QDate(2024, 7, 2), QTime(9, 0))))
                    .closeMonthsThrough(YearMonth(2022, 3))
                    .ok());
    const QString backup = book->filePath(QStringLiteral("book-backup.loandesk"));
    ASSERT_TRUE(backupDatabase(book->db(), backup).ok());
    auto last = ReportBuilder(book->db()).summary(YearMonth(2024, 6), Breakdown::Program);
    ASSERT_TRUE(last.ok());

    TempDatabase current; // an empty database, open in the window
    auto window = openWindow(current.path());
    ASSERT_TRUE(window);
    ASSERT_TRUE(window->isEmptyPortfolio());
    auto chooser = std::make_shared<RestoreChooser>();
    chooser->backup = backup;
    window->setFileChooser(chooser);

    window->findChild<QAction*>(QStringLiteral("restoreAction"))->trigger();
    // The backup is read and checked off the UI thread; the dialog opens once it is.
    ASSERT_TRUE(window->waitUntilIdle());
    auto* dialog = window->findChild<RestoreDialog*>(QStringLiteral("restoreDialog"));
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(chooser->folderAsked, QFileInfo(current.path()).absolutePath()); // no backup folder yet

    // The date, the months with data and which are closed, the outstanding of the last month, the check.
    EXPECT_TRUE(labelText(dialog, "headingLabel").contains(QStringLiteral("book-backup.loandesk")));
    const QDateTime written = QFileInfo(backup).lastModified();
    EXPECT_TRUE(labelText(dialog, "writtenLabel").contains(written.toString(QStringLiteral("HH:mm"))))
        << labelText(dialog, "writtenLabel").toStdString();
    EXPECT_TRUE(labelText(dialog, "writtenLabel").contains(QString::number(written.date().year())));
    const QString months = labelText(dialog, "monthsLabel");
    EXPECT_TRUE(months.contains(QStringLiteral("42 month"))) << months.toStdString();
    EXPECT_TRUE(months.contains(QStringLiteral("closed through"))) << months.toStdString();
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("monthsListWidget"));
    ASSERT_TRUE(list);
    ASSERT_EQ(list->count(), 42);
    EXPECT_TRUE(list->item(0)->text().endsWith(QStringLiteral("open")))
        << list->item(0)->text().toStdString();
    EXPECT_TRUE(list->item(41)->text().endsWith(QStringLiteral("closed")));
    EXPECT_TRUE(list->item(27)->text().endsWith(QStringLiteral("closed"))); // 03/2022, the latest closed
    EXPECT_TRUE(list->item(26)->text().endsWith(QStringLiteral("open")));
    const QString outstanding = labelText(dialog, "outstandingLabel");
    EXPECT_TRUE(
        outstanding.contains(dialog->contents().months.isEmpty() ? QString() : QStringLiteral("2024")))
        << outstanding.toStdString();
    EXPECT_EQ(dialog->contents().lastMonthOutstanding, last->total.figures.outstandingEnd);
    EXPECT_TRUE(labelText(dialog, "checkLabel").startsWith(QStringLiteral("passed")))
        << labelText(dialog, "checkLabel").toStdString();
    EXPECT_TRUE(labelText(dialog, "explanationLabel").contains(QStringLiteral(".backups")));
    ASSERT_TRUE(dialog->restoreButton()->isEnabled());
    EXPECT_TRUE(window->isEmptyPortfolio()); // nothing replaced yet

    QSignalSpy finished(window.get(), &MainWindow::restoreFinished);
    dialog->restoreButton()->click();
    // While the content is replaced the window is locked behind a progress dialog and does not close.
    auto* progress = window->findChild<QProgressDialog*>(QStringLiteral("restoreProgressDialog"));
    ASSERT_NE(progress, nullptr);
    EXPECT_TRUE(progress->isModal() || progress->windowModality() == Qt::WindowModal);
    EXPECT_FALSE(window->close());
    ASSERT_TRUE(waitFor([&finished]() { return !finished.isEmpty(); }));
    EXPECT_EQ(finished.takeFirst().at(0).toString(), QString());
    EXPECT_EQ(window->findChild<QProgressDialog*>(QStringLiteral("restoreProgressDialog")), nullptr);
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_FALSE(window->isEmptyPortfolio());
    EXPECT_EQ(window->months().size(), 42);
    EXPECT_EQ(window->latestClosedMonth(), YearMonth(2022, 3));
    EXPECT_EQ(BackupRotation(current.path()).backups().size(), 0); // the kept copy is no automatic backup
    EXPECT_EQ(QDir(BackupRotation::defaultFolder(current.path())).entryList(QDir::Files).size(), 1);
}

TEST(RestoreDialog, ABackupThatFailsTheCheckCannotBeRestored)
{
    BackupContents contents;
    contents.path = QStringLiteral("/backups/book-2026-12-01-180000.loandesk");
    contents.writtenAt = QDateTime(QDate(2026, 12, 1), QTime(18, 0));
    contents.months = {YearMonth(2023, 7), YearMonth(2023, 8)};
    contents.lastMonthOutstanding = Money::fromDong(85000000);
    contents.violations = {QStringLiteral("loan L1: repaid 120,000,000 exceeds the amount 85,000,000")};
    DisplayOptions options;
    options.language = Language::English;
    options.unit = MoneyUnit::Dong;
    RestoreDialog dialog(contents, QStringLiteral("/backups"), options);
    EXPECT_FALSE(dialog.restoreButton()->isEnabled());
    EXPECT_TRUE(labelText(&dialog, "checkLabel").contains(QStringLiteral("repaid 120,000,000")))
        << labelText(&dialog, "checkLabel").toStdString();
    EXPECT_TRUE(labelText(&dialog, "monthsLabel").contains(QStringLiteral("none closed")));
    EXPECT_TRUE(labelText(&dialog, "writtenLabel").contains(QStringLiteral("18:00")));
    EXPECT_TRUE(labelText(&dialog, "explanationLabel").contains(QStringLiteral("cannot be restored")));
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("monthsListWidget"));
    ASSERT_TRUE(list);
    EXPECT_EQ(list->count(), 2);
}

// Closing the window backs the database up once a day into the folder beside it (the settings' folder and
// number kept).
TEST(RestoreDialog, TheAutomaticBackupRunsOnceADay)
{
    auto book = importedPortfolio();
    auto window = openWindow(book->path());
    ASSERT_TRUE(window);
    const QDateTime evening(QDate(2026, 12, 1), QTime(18, 30));
    auto first = window->runAutomaticBackup(evening);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_TRUE(first->startsWith(BackupRotation::defaultFolder(book->path())));
    auto again = window->runAutomaticBackup(evening.addSecs(3600));
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->isEmpty());
    EXPECT_FALSE(window->runAutomaticBackup(evening.addDays(1))->isEmpty());
    EXPECT_EQ(BackupRotation(book->path()).backups().size(), 2);
}

// A backup of closing that cannot be written keeps the window open with the reason, until the user chooses to
// close without it.
TEST(RestoreDialog, WhenTheAutomaticBackupFailsTheWindowSaysSoAndStaysOpen)
{
    UnwritableBackups setup;
    ASSERT_TRUE(setup.window);
    ASSERT_TRUE(QFileInfo(setup.folder).isFile());
    MainWindow* window = setup.window.get();
    const QString notAFolder = setup.folder;

    EXPECT_FALSE(window->close());
    auto* box = window->findChild<QMessageBox*>(QStringLiteral("automaticBackupFailedMessageBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->isVisible());
    EXPECT_EQ(box->text(), QStringLiteral("The automatic backup failed"));
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("not-a-folder")))
        << box->informativeText().toStdString();
    box->findChild<QPushButton*>(QStringLiteral("keepOpenButton"))->click();
    QCoreApplication::processEvents();
    EXPECT_TRUE(window->isVisible());

    EXPECT_FALSE(window->close());
    box = window->findChild<QMessageBox*>(QStringLiteral("automaticBackupFailedMessageBox"));
    ASSERT_NE(box, nullptr);
    box->findChild<QPushButton*>(QStringLiteral("closeWithoutBackupButton"))->click();
    ASSERT_TRUE(waitFor([&window]() { return !window->isVisible(); }));
    EXPECT_TRUE(BackupRotation(setup.book->path(), notAFolder).backups().isEmpty());
}

// A file that is no backup is refused once read (off the UI thread) with a message, and the window shows the
// database as it was.
TEST(RestoreDialog, AFileThatIsNoBackupIsRefusedWithAMessage)
{
    auto book = importedPortfolio();
    auto window = openWindow(book->path());
    ASSERT_TRUE(window);
    const int months = static_cast<int>(window->months().size());
    const QString garbage = book->filePath(QStringLiteral("holiday-photo.loandesk"));
    QFile file(garbage);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();

    QSignalSpy finished(window.get(), &MainWindow::restoreFinished);
    window->restoreFrom(garbage);
    ASSERT_TRUE(waitFor([&finished]() { return !finished.isEmpty(); }));
    EXPECT_FALSE(finished.takeFirst().at(0).toString().isEmpty());
    EXPECT_EQ(window->findChild<RestoreDialog*>(QStringLiteral("restoreDialog")), nullptr);
    auto* box = window->findChild<QMessageBox*>(QStringLiteral("monthRefusalMessageBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->text(), QStringLiteral("The backup cannot be restored"));
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_EQ(window->months().size(), months);
}

// Opening another database makes this one's automatic backup first, as closing does; when it fails the other
// window says so, and this one closes anyway (it is no longer the one signed in).
TEST(RestoreDialog, SwitchingDatabaseSaysAFailedAutomaticBackupInTheOtherWindow)
{
    UnwritableBackups setup;
    ASSERT_TRUE(setup.window);
    ASSERT_TRUE(QFileInfo(setup.folder).isFile());
    MainWindow* window = setup.window.get();

    TempDatabase other;
    MainWindow* opened = window->openDatabaseFile(other.path());
    ASSERT_NE(opened, nullptr);
    const QPointer<MainWindow> next = opened;
    opened->setRememberSettings(false);
    EXPECT_FALSE(window->isVisible()); // closed, no question asked
    EXPECT_EQ(window->findChild<QMessageBox*>(QStringLiteral("automaticBackupFailedMessageBox")), nullptr);
    auto* box = opened->findChild<QMessageBox*>(QStringLiteral("monthRefusalMessageBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->text(), QStringLiteral("The automatic backup failed"));
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("not-a-folder")))
        << box->informativeText().toStdString();
    delete next.data();
}
