#pragma once

#include "Actor.h"
#include "Result.h"
#include "domain/Dates.h"
#include "domain/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <memory>

class Database;

/// What a backup holds, read before anything is replaced.
struct BackupContents
{
    QString path;
    QDateTime writtenAt;        ///< when the backup file was written
    int schemaVersion = 0;      ///< the schema version of the backup (an older one is brought up to date)
    QList<YearMonth> months;    ///< the months with data, oldest first
    YearMonth latestClosed;     ///< invalid: no month closed
    Money lastMonthOutstanding; ///< the total outstanding at the end of the last month with data
    QStringList checked;        ///< what `check` verified
    QStringList violations;     ///< what `check` found wrong (a restore is refused unless empty)

    [[nodiscard]] bool isClosed(YearMonth month) const
    {
        return latestClosed.isValid() && month <= latestClosed;
    }
    [[nodiscard]] bool passesCheck() const { return violations.isEmpty(); }
};

/// What a restore did.
struct RestoreOutcome
{
    BackupContents restored;
    QString keptCopy; ///< where the file as it was before the restore was kept
};

/// Restores a LoanDesk database from a backup. The backup is copied beside the database, opened (an older
/// schema brought up to date in the copy; the backup itself is never written) and checked (PortfolioCheck)
/// before anything is replaced; one that cannot be opened or does not pass is refused with the database
/// untouched. The current file is first kept as a backup in the backup folder; then its content is replaced
/// in one SQLite transaction (the database open in this program or another sees the old content or the new),
/// or — when the current file cannot be opened at all — the file is replaced by a rename.
class RestoreService
{
    Q_DECLARE_TR_FUNCTIONS(RestoreService)

public:
    /// @p backupFolder receives the copy of the current file (empty: BackupRotation::defaultFolder()).
    RestoreService(QString databasePath, QString backupFolder = {}, Actor actor = Actor::currentUser());

    /// Reads what @p backup holds and checks it; the database is not touched. An error when the backup cannot
    /// be opened as a LoanDesk database (corrupt, another kind of file, a newer LoanDesk).
    Result<BackupContents> inspect(const QString& backup) const;
    /// Replaces the database by @p backup, as the class says. @p open is the database when this program has
    /// it open (its connection then sees the restored content); null to open it here.
    Result<RestoreOutcome> restore(const QString& backup, Database* open = nullptr) const;

private:
    /// The one place where who may restore is decided (the admin role, once users and roles exist).
    [[nodiscard]] Status checkAllowed(Database* open) const;
    /// Copies @p backup beside the database and opens the copy; the copy's name is returned in @p staged.
    Result<std::unique_ptr<Database>> stage(const QString& backup, QString& staged) const;
    static Result<BackupContents> readContents(Database& database, const QString& backup);
    /// Appends the restore to the staged copy's audit trail, before it replaces anything.
    [[nodiscard]] Status recordRestore(Database& staged, const BackupContents& contents,
                                       const QString& keptCopy) const;
    /// Keeps the current file in the backup folder; returns the copy's name.
    Result<QString> keepCurrent(Database* current) const;

    QString m_databasePath;
    QString m_backupFolder;
    Actor m_actor;
};
