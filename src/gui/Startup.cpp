#include "Startup.h"

#include "db/Database.h"
#include "demo/DemoPortfolio.h"
#include "file/DatabaseProblem.h"
#include "file/FileChooser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

QString Startup::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("portfolio.loandesk"));
}

QString Startup::demonstrationPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demonstration.loandesk"));
}

Result<std::unique_ptr<Database>> Startup::openDatabase(const QString& path, QWidget* parent)
{
    if (!path.isEmpty())
        return Database::open(path);
    return createDemonstration(defaultDatabasePath(), parent);
}

Result<std::unique_ptr<Database>> Startup::createDemonstration(const QString& target, QWidget* parent)
{
    if (QFileInfo::exists(target))
        return Database::open(target);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Error::io(tr("cannot create the folder %1").arg(QFileInfo(target).absolutePath()));

    // Build the demonstration portfolio in a worker thread, with its own connection.
    QProgressDialog progress(tr("Creating the Duy Tiên demonstration portfolio…"), QString(), 0, 0, parent);
    progress.setWindowTitle(tr("LoanDesk"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    const QString building = target + QStringLiteral(".part");
    QFile::remove(building);
    QFutureWatcher<Status> watcher;
    QObject::connect(&watcher, &QFutureWatcher<Status>::finished, &progress, &QProgressDialog::reset);
    watcher.setFuture(QtConcurrent::run([building]() -> Status {
        auto created = Database::create(building);
        if (!created)
            return created.error();
        return DemoPortfolio::build(**created);
    }));
    progress.exec();
    watcher.waitForFinished();
    const Status built = watcher.result();
    if (!built) {
        QFile::remove(building);
        return built.error();
    }
    // Only a complete database takes the real name, so an interrupted build is simply started again.
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(building + suffix);
    if (!QFile::rename(building, target))
        return Error::io(tr("cannot move the new database to %1").arg(target));
    return Database::open(target);
}

Result<std::unique_ptr<Database>> Startup::recover(const QString& path, const Error& error,
                                                   FileChooser& chooser, const Ask& ask, QString* openedPath)
{
    DatabaseProblem problem = DatabaseProblem::diagnose(path, error);
    for (;;) {
        const Choice choice = ask(problem);
        if (choice == Choice::Quit)
            return Error::usage(tr("no database was opened"));
        const QString chosen = choice == Choice::OpenAnother ? chooser.databaseToOpen(nullptr)
                                                             : chooser.newDatabasePath(nullptr);
        if (chosen.isEmpty())
            continue; // the file dialog was cancelled: ask again
        auto database = choice == Choice::OpenAnother ? Database::open(chosen) : Database::create(chosen);
        if (database) {
            if (openedPath)
                *openedPath = chosen;
            return database;
        }
        problem = choice == Choice::OpenAnother ? DatabaseProblem::diagnose(chosen, database.error())
                                                : DatabaseProblem::ofCreation(chosen, database.error());
    }
}
