#pragma once

#include "Result.h"
#include "file/DatabaseErrorDialog.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class Database;
class FileChooser;
class QWidget;
struct DatabaseProblem;

/// How the desktop program finds its database: the file given by --db, or the user's own database under
/// QStandardPaths::AppDataLocation, created with the demonstration portfolio on first run.
class Startup
{
    Q_DECLARE_TR_FUNCTIONS(Startup)

public:
    /// The user's own database file.
    static QString defaultDatabasePath();
    /// The demonstration portfolio's own file, beside the user's database (the welcome page opens it).
    static QString demonstrationPath();

    /// Opens @p path, or the default database when @p path is empty (creating it with the demonstration
    /// portfolio the first time, with a progress dialog over @p parent while it is built).
    static Result<std::unique_ptr<Database>> openDatabase(const QString& path, QWidget* parent = nullptr);

    /// Builds the demonstration portfolio into the new file @p target in a worker thread, with a progress
    /// dialog over @p parent, and opens it. Only a complete database takes the name @p target. An existing
    /// @p target is opened as it is.
    static Result<std::unique_ptr<Database>> createDemonstration(const QString& target,
                                                                 QWidget* parent = nullptr);

    /// What the person chose when a database could not be opened (the buttons of DatabaseErrorDialog).
    using Choice = DatabaseErrorDialog::Choice;
    /// Asks what to do about a problem (the start-up shows DatabaseErrorDialog).
    using Ask = std::function<Choice(const DatabaseProblem& problem)>;

    /// After @p error opening @p path at start-up: asks @p ask what to do, then opens another database or
    /// creates a new one through @p chooser, as often as it takes; an error of kind Usage when the person
    /// quits. Nothing here blocks but @p ask and @p chooser, so that a test can answer for them.
    static Result<std::unique_ptr<Database>> recover(const QString& path, const Error& error,
                                                     FileChooser& chooser, const Ask& ask,
                                                     QString* openedPath = nullptr);
};
