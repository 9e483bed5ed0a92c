#include "RestoreService.h"

#include "check/PortfolioCheck.h"
#include "db/Backup.h"
#include "db/BackupRotation.h"
#include "db/Database.h"
#include "io/SafeFiles.h"
#include "repo/AuditRepository.h"
#include "report/ReportBuilder.h"
#include "service/AuditText.h"
#include "service/Authorizer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

/// Removes a staged copy and what SQLite keeps beside it.
void removeDatabaseFile(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

} // namespace

RestoreService::RestoreService(QString databasePath, QString backupFolder, Actor actor)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
    , m_backupFolder(backupFolder.isEmpty() ? BackupRotation::defaultFolder(m_databasePath)
                                            : std::move(backupFolder))
    , m_actor(std::move(actor))
{}

Status RestoreService::checkAllowed(Database* open) const
{
    // Who may restore is decided by the users of the database being replaced (docs/security.md): the admin
    // role, once it has users. A file that cannot even be opened has no users to ask; only the file's
    // permissions protect it then.
    if (open)
        return Authorizer::check(*open, m_actor, Operation::Restore);
    if (!QFileInfo::exists(m_databasePath))
        return {};
    auto current = Database::open(m_databasePath);
    if (!current)
        return {};
    return Authorizer::check(**current, m_actor, Operation::Restore);
}

Result<std::unique_ptr<Database>> RestoreService::stage(const QString& backup, QString& staged) const
{
    if (QFileInfo(backup).absoluteFilePath() == m_databasePath)
        return Error::usage(tr("%1 is the database itself, not a backup of it").arg(backup));
    staged = SafeFiles::partialName(m_databasePath + QStringLiteral(".restore"));
    if (Status copied = copyDatabaseFile(backup, staged); !copied) {
        removeDatabaseFile(staged);
        return Error::unusable(tr("the backup %1 cannot be read: %2").arg(backup, copied.error().message));
    }
    auto opened = Database::open(staged);
    if (!opened) {
        removeDatabaseFile(staged);
        QString problem = opened.error().message;
        problem.replace(staged, backup);
        return Error::unusable(tr("the backup %1 cannot be used: %2").arg(backup, problem));
    }
    return opened;
}

Result<BackupContents> RestoreService::readContents(Database& database, const QString& backup)
{
    BackupContents contents;
    contents.path = backup;
    contents.writtenAt = QFileInfo(backup).lastModified();
    contents.schemaVersion = database.schemaVersion();
    auto outcome = PortfolioCheck::run(database);
    if (!outcome)
        return Error::unusable(
            tr("the backup %1 cannot be checked: %2").arg(backup, outcome.error().message));
    contents.checked = outcome->checked;
    contents.violations = outcome->violations;
    ReportBuilder builder(database);
    auto span = builder.dataSpan();
    if (!span)
        return span.error();
    contents.months = span->months();
    auto closed = builder.latestClosedMonth();
    if (!closed)
        return closed.error();
    contents.latestClosed = *closed;
    if (!contents.months.isEmpty()) {
        auto summary = builder.summary(contents.months.back(), Breakdown::Program);
        if (!summary)
            return summary.error();
        contents.lastMonthOutstanding = summary->total.figures.outstandingEnd;
    }
    return contents;
}

Status RestoreService::recordRestore(Database& staged, const BackupContents& contents,
                                     const QString& keptCopy) const
{
    AuditEntry entry = AuditEntry::stamped(m_actor.now(), m_actor.user, AuditOperation::kRestore,
                                           QStringLiteral("backup"), QFileInfo(contents.path).fileName());
    AuditText::Fields fields = {
        {QStringLiteral("backup"), QFileInfo(contents.path).absoluteFilePath()},
        {QStringLiteral("backup_written"), contents.writtenAt.toUTC().toString(Qt::ISODate)},
    };
    if (!keptCopy.isEmpty())
        fields.append({QStringLiteral("kept_copy"), keptCopy});
    entry.newValues = AuditText::text(fields);
    return AuditRepository(staged).append(entry);
}

Result<BackupContents> RestoreService::inspect(const QString& backup) const
{
    QString staged;
    auto database = stage(backup, staged);
    if (!database)
        return database.error();
    auto contents = readContents(**database, backup);
    database->reset();
    removeDatabaseFile(staged);
    return contents;
}

Result<QString> RestoreService::keepCurrent(Database* current) const
{
    if (!QDir().mkpath(m_backupFolder))
        return Error::io(tr("cannot create the backup folder %1").arg(m_backupFolder));
    const QString kept = QDir(m_backupFolder)
                             .filePath(QStringLiteral("%1-before-restore-%2.loandesk")
                                           .arg(QFileInfo(m_databasePath).completeBaseName(),
                                                m_actor.now().toString(QStringLiteral("yyyy-MM-dd-HHmmss"))));
    if (current) {
        if (Status s = backupDatabase(*current, kept); !s)
            return s.error();
        return kept;
    }
    // A file that cannot be opened is kept as it is, byte for byte.
    if (Status s = SafeFiles::copy(m_databasePath, kept); !s)
        return s.error();
    return kept;
}

Result<RestoreOutcome> RestoreService::restore(const QString& backup, Database* open) const
{
    if (Status allowed = checkAllowed(open); !allowed)
        return allowed.error();
    QString staged;
    auto stagedDatabase = stage(backup, staged);
    if (!stagedDatabase)
        return stagedDatabase.error();
    // From here on the staged copy is removed on every way out.
    struct Cleanup
    {
        QString path;
        std::unique_ptr<Database>* database;
        ~Cleanup()
        {
            database->reset();
            removeDatabaseFile(path);
        }
    } cleanup{staged, &*stagedDatabase};

    auto contents = readContents(**stagedDatabase, backup);
    if (!contents)
        return contents.error();
    if (!contents->passesCheck())
        return Error::refused(
            tr("the backup %1 does not pass the check (%2 violations); nothing was replaced")
                .arg(backup)
                .arg(contents->violations.size()));

    RestoreOutcome outcome;
    outcome.restored = *contents;
    std::unique_ptr<Database> opened;
    Database* current = open;
    if (!current && QFileInfo::exists(m_databasePath)) {
        if (auto reopened = Database::open(m_databasePath))
            opened = std::move(*reopened);
        current = opened.get();
    }
    if (QFileInfo::exists(m_databasePath)) {
        auto kept = keepCurrent(current);
        if (!kept)
            return Error{kept.error().kind,
                         tr("the current database could not be kept, so nothing was replaced: %1")
                             .arg(kept.error().message)};
        outcome.keptCopy = *kept;
    }
    // The restored file says in its own trail that it was restored, by whom, from what, and where the file
    // it replaced was kept (the trail written after the backup is in that copy).
    if (Status s = recordRestore(**stagedDatabase, *contents, outcome.keptCopy); !s)
        return s.error();
    if (current) {
        if (Status replaced = replaceContent(**stagedDatabase, *current); !replaced)
            return replaced.error();
        return outcome;
    }
    // No usable database there: the checked copy takes the file's place. A write-ahead log or shared-memory
    // file left beside the unusable one would be read as the new file's: they go too (the kept copy holds
    // what could be saved).
    stagedDatabase->reset();
    if (QFileInfo::exists(m_databasePath + QStringLiteral("-wal")) &&
        !QFile::remove(m_databasePath + QStringLiteral("-wal")))
        return Error::io(tr("cannot remove %1").arg(m_databasePath + QStringLiteral("-wal")));
    QFile::remove(m_databasePath + QStringLiteral("-shm"));
    if (Status s = SafeFiles::syncFile(staged); !s)
        return s.error();
    if (Status s = SafeFiles::replace(staged, m_databasePath); !s)
        return s.error();
    return outcome;
}
