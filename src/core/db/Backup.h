#pragma once

#include "Result.h"

#include <QString>

class Database;

/// Whether a backup may replace a file of the same name.
enum class BackupTarget
{
    NewFile,    ///< refused when the file exists (the CLI's backup, the automatic backups)
    MayReplace, ///< the person chose to replace it (File → Back up now… after the dialog asked)
};

/// Writes a consistent copy of the database to @p target with SQLite's online backup API, also while another
/// program has the database open and writes to it: the copy is the state of one moment. The copy is written
/// under a temporary name beside the target, flushed to the disk and renamed only once complete; a failure
/// removes it, so that @p target never holds half a copy.
Status backupDatabase(Database& database, const QString& target, BackupTarget mode = BackupTarget::NewFile);

/// Copies the SQLite database file @p source, opened read-only (its write-ahead log included), to the new
/// file @p target, as backupDatabase() does. The source is not checked: the copy is what a restore opens and
/// checks before it replaces anything.
Status copyDatabaseFile(const QString& source, const QString& target);

/// Replaces the whole content of the open database @p into by that of @p from, in one write transaction of
/// @p into: a reader sees the old content or the new one, a power cut leaves the old one. Other connections
/// to
/// @p into (another window, another program) see the new content at their next read.
Status replaceContent(Database& from, Database& into);
