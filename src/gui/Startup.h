#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class Database;
class QWidget;

/// How the desktop program finds its database: the file given by --db, or the user's own database under
/// QStandardPaths::AppDataLocation, created with the demonstration portfolio on first run.
class Startup
{
    Q_DECLARE_TR_FUNCTIONS(Startup)

public:
    /// The user's own database file.
    static QString defaultDatabasePath();

    /// Opens @p path, or the default database when @p path is empty (creating it with the demonstration
    /// portfolio the first time, with a progress dialog over @p parent while it is built).
    static Result<std::unique_ptr<Database>> openDatabase(const QString& path, QWidget* parent = nullptr);
};
