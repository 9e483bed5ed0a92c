#include "Backup.h"

#include "Database.h"
#include "SqliteHandle.h"
#include "io/SafeFiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <sqlite3.h>

namespace {

/// Copies every page of @p source's main database into @p destination in one step, waiting up to the busy
/// timeout for a lock another program holds.
Status copyPages(sqlite3* source, sqlite3* destination, const QString& what)
{
    sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup)
        return Error::unusable(
            Database::tr("%1 failed: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(destination))));
    QElapsedTimer waited;
    waited.start();
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, -1);
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && waited.elapsed() < Database::kBusyTimeoutMs)
            QThread::msleep(50);
        else if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            break;
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc == SQLITE_DONE)
        return {};
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        return Error::unusable(
            Database::tr("%1: the database is locked by another program (waited %2 seconds)")
                .arg(what)
                .arg(Database::kBusyTimeoutMs / 1000));
    const int code = sqlite3_errcode(destination) != SQLITE_OK ? sqlite3_errcode(destination) : rc;
    return Error::unusable(Database::tr("%1 failed: %2").arg(what, QString::fromUtf8(sqlite3_errstr(code))));
}

/// Writes the pages of @p source into the new file @p partial and closes it.
Status writeCopy(sqlite3* source, const QString& partial, const QString& what)
{
    sqlite3* destination = nullptr;
    const QByteArray name = QFile::encodeName(partial);
    int rc = sqlite3_open_v2(name.constData(), &destination,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXRESCODE, nullptr);
    Status status;
    if (rc != SQLITE_OK)
        status = Error::io(Database::tr("%1 failed: %2").arg(what, QString::fromUtf8(sqlite3_errstr(rc))));
    else
        status = copyPages(source, destination, what);
    rc = sqlite3_close(destination);
    if (status && rc != SQLITE_OK)
        status = Error::io(Database::tr("%1 failed: %2").arg(what, QString::fromUtf8(sqlite3_errstr(rc))));
    return status;
}

/// Writes a copy through a partial name beside @p target, then flushes and renames it.
Status writeThroughPartial(sqlite3* source, const QString& target, BackupTarget mode)
{
    const QFileInfo info(target);
    if (mode == BackupTarget::NewFile && info.exists())
        return Error::io(Database::tr("%1 already exists; a backup never overwrites a file").arg(target));
    if (!info.absoluteDir().exists())
        return Error::io(Database::tr("the folder of %1 does not exist").arg(target));
    const QString partial = SafeFiles::partialName(info.absoluteFilePath());
    const QString what = Database::tr("writing the backup %1").arg(target);
    Status status = writeCopy(source, partial, what);
    if (status)
        status = SafeFiles::syncFile(partial);
    if (status && mode == BackupTarget::NewFile && QFileInfo::exists(target))
        status = Error::io(Database::tr("%1 already exists; a backup never overwrites a file").arg(target));
    if (status)
        status = SafeFiles::replace(partial, info.absoluteFilePath());
    if (!status) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
    }
    return status;
}

} // namespace

Status backupDatabase(Database& database, const QString& target, BackupTarget mode)
{
    sqlite3* source = sqliteHandle(database.connection());
    if (!source)
        return Error::unusable(Database::tr("a backup needs a SQLite database"));
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(database.path()).absoluteFilePath())
        return Error::io(Database::tr("a backup cannot replace the database it copies"));
    return writeThroughPartial(source, target, mode);
}

Status copyDatabaseFile(const QString& source, const QString& target)
{
    if (!QFileInfo(source).isFile())
        return Error::unusable(Database::tr("no file at %1").arg(source));
    sqlite3* handle = nullptr;
    const QByteArray name = QFile::encodeName(source);
    int rc =
        sqlite3_open_v2(name.constData(), &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_EXRESCODE, nullptr);
    Status status;
    if (rc != SQLITE_OK) {
        status = Error::unusable(
            Database::tr("%1 cannot be read: %2").arg(source, QString::fromUtf8(sqlite3_errstr(rc))));
    } else {
        sqlite3_busy_timeout(handle, Database::kBusyTimeoutMs);
        status = writeThroughPartial(handle, target, BackupTarget::NewFile);
    }
    sqlite3_close(handle);
    if (!status)
        return Error::unusable(status.error().message);
    return status;
}

Status replaceContent(Database& from, Database& into)
{
    sqlite3* source = sqliteHandle(from.connection());
    sqlite3* destination = sqliteHandle(into.connection());
    if (!source || !destination)
        return Error::unusable(Database::tr("a restore needs SQLite databases"));
    if (into.inTransaction())
        return Error::unusable(Database::tr("a restore cannot run inside another change"));
    return copyPages(source, destination, Database::tr("replacing the content of %1").arg(into.path()));
}
