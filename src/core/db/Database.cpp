#include "Database.h"

#include "CheckSeal.h"
#include "Migrations.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("loandesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

struct FileHeader
{
    bool readable = false;
    QString problem;
    int code = 0; ///< SQLite's result code when not readable
    int applicationId = 0;
    int userVersion = 0;
    int objectCount = 0;
};

int nativeCode(const QSqlError& error)
{
    return error.nativeErrorCode().toInt();
}

/// Points @p db at @p path read-only; @p immutable tells SQLite that nothing changes the file, so that it
/// needs no journal or shared-memory file beside it (a file in a folder that cannot be written).
void pointAt(QSqlDatabase& db, const QString& path, bool readOnly, bool immutable)
{
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(Database::kBusyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable) {
        db.setDatabaseName(
            QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
            QStringLiteral("?mode=ro&immutable=1"));
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(options);
}

/// Reads the identifying pragmas in a read-only connection that cannot change the file.
FileHeader readHeader(const QString& path, bool immutable)
{
    FileHeader header;
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        pointAt(db, path, true, immutable);
        if (!db.open()) {
            header.problem = db.lastError().text();
            header.code = nativeCode(db.lastError());
        } else {
            QSqlQuery query(db);
            const bool ok = query.exec(QStringLiteral("PRAGMA application_id")) && query.next();
            if (ok) {
                header.applicationId = query.value(0).toInt();
                if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                    header.userVersion = query.value(0).toInt();
                if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next())
                    header.objectCount = query.value(0).toInt();
                header.readable = query.lastError().type() == QSqlError::NoError;
            }
            if (!header.readable) {
                header.problem = query.lastError().text();
                header.code = nativeCode(query.lastError());
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return header;
}

} // namespace

int Database::currentSchemaVersion()
{
    return Migrations::latestVersion();
}

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionName(nextConnectionName())
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isSqlite() const
{
    return connection().driverName() == QStringLiteral("QSQLITE");
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

Error::Cause Database::causeOf(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::Cause::Busy;
    case SQLITE_READONLY:
        return Error::Cause::ReadOnly;
    case SQLITE_IOERR:
        return Error::Cause::DiskIo;
    case SQLITE_CORRUPT:
        return Error::Cause::Corrupt;
    case SQLITE_FULL:
        return Error::Cause::Full;
    case SQLITE_CANTOPEN:
        return Error::Cause::CannotOpen;
    case SQLITE_NOTADB:
        return Error::Cause::NotADatabase;
    default:
        break;
    }
    return Error::Cause::None;
}

Error Database::errorFor(const QString& operation, const QSqlError& error) const
{
    return errorFor(operation, error.text(), nativeCode(error));
}

Error Database::errorFor(const QString& operation, const QString& driverText, int sqliteCode) const
{
    const QString text = driverText.trimmed();
    Error::Cause cause = causeOf(sqliteCode);
    if (sqliteCode == 0 && (text.contains(QStringLiteral("locked"), Qt::CaseInsensitive) ||
                            text.contains(QStringLiteral("busy"), Qt::CaseInsensitive)))
        cause = Error::Cause::Busy;
    switch (cause) {
    case Error::Cause::Busy:
        return Error::storage(cause, tr("%1: waited too long for another program to finish writing to %2 (it "
                                        "kept the database locked for more than %3 seconds); nothing was "
                                        "written, try again when it has finished")
                                         .arg(operation, m_path)
                                         .arg(kBusyTimeoutMs / 1000));
    case Error::Cause::ReadOnly:
        return Error::storage(cause, tr("%1: %2 can only be read (the file or its folder cannot be "
                                        "written); nothing was written")
                                         .arg(operation, m_path));
    case Error::Cause::Full:
        return Error::storage(cause, tr("%1: the disk holding %2 is full; nothing was written, free some "
                                        "space and try again")
                                         .arg(operation, m_path));
    case Error::Cause::DiskIo:
        return Error::storage(cause, tr("%1: the disk failed while reading or writing %2 (%3); nothing was "
                                        "written")
                                         .arg(operation, m_path, text));
    case Error::Cause::Corrupt:
        return Error::storage(cause, tr("%1: %2 is damaged (%3)").arg(operation, m_path, text));
    case Error::Cause::CannotOpen:
        return Error::storage(cause, tr("%1: %2 cannot be opened (%3)").arg(operation, m_path, text));
    case Error::Cause::NotADatabase:
        return Error::storage(cause,
                              tr("%1: %2 is not a LoanDesk database (%3)").arg(operation, m_path, text));
    case Error::Cause::None:
    case Error::Cause::Stale:
        break;
    }
    return Error::unusable(tr("%1 failed in %2: %3").arg(operation, m_path, text));
}

Error Database::readOnlyError() const
{
    return Error::storage(Error::Cause::ReadOnly,
                          tr("%1 is open read-only (the file or its folder cannot be written here); nothing "
                             "was written")
                              .arg(m_path));
}

Status Database::openConnection(bool readOnly, bool immutable)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid())
        return Error::unusable(
            tr("the SQLite driver of Qt SQL is not installed (package libqt6sql6-sqlite)"));
    pointAt(db, m_path, readOnly, immutable);
    if (!db.open())
        return errorFor(tr("opening"), db.lastError());
    return configure();
}

Status Database::configure()
{
    QSqlQuery query(connection());
    QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -65536"),
    };
    // A read-only connection keeps the journal mode the file has.
    if (!m_readOnly)
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = NORMAL");
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma))
            return errorFor(pragma, query.lastError());
    }
    return {};
}

Status Database::setTemporaryDataOnDisk(bool onDisk)
{
    if (!isSqlite() || inTransaction())
        return {};
    QSqlQuery query(connection());
    const QString pragma =
        onDisk ? QStringLiteral("PRAGMA temp_store = FILE") : QStringLiteral("PRAGMA temp_store = MEMORY");
    if (!query.exec(pragma))
        return errorFor(pragma, query.lastError());
    return {};
}

Status Database::quickCheck()
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(connection());
    QStringList problems;
    if (!query.exec(QStringLiteral("PRAGMA quick_check(5)"))) {
        problems << query.lastError().text();
    } else {
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QStringLiteral("ok"))
                problems << line.left(200);
        }
        if (query.lastError().isValid())
            problems << query.lastError().text();
    }
    query.finish();
    m_quickCheckMs = timer.elapsed();
    if (problems.isEmpty())
        return {};
    return Error::storage(
        Error::Cause::Corrupt,
        tr("%1 is damaged: its pages fail SQLite's quick check (%2); it was left unchanged. "
           "Open the latest backup instead")
            .arg(m_path, problems.join(QStringLiteral("; "))));
}

Result<std::unique_ptr<Database>> Database::create(const QString& path, int schemaVersion)
{
    if (QFileInfo::exists(path))
        return Error::unusable(tr("%1 already exists; init never overwrites a file").arg(path));
    {
        // Created empty and private first: SQLite keeps the permissions of an existing file.
        QFile file(path);
        if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error::unusable(tr("cannot create %1: %2").arg(path, file.errorString()));
    }
    std::unique_ptr<Database> database(new Database(path));
    Status status = database->openConnection(false);
    if (status) {
        QSqlQuery query(database->connection());
        if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)))
            status = database->errorFor(tr("marking the file"), query.lastError());
    }
    if (status)
        status = Migrations::migrate(*database, schemaVersion);
    if (!status) {
        database.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return status.error();
    }
    return database;
}

QString Database::permissionWarning(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QString();
    const QFileDevice::Permissions perms = info.permissions();
    if (perms & (QFileDevice::ReadOther | QFileDevice::WriteOther))
        return tr("every user of this computer can read %1: make it private to its owner (chmod 600)")
            .arg(path);
    if (perms & (QFileDevice::ReadGroup | QFileDevice::WriteGroup))
        return tr("the users of the group %1 can read %2: make it private to its owner (chmod 600) unless "
                  "they should")
            .arg(info.group(), path);
    return QString();
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Access access, Check check)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::unusable(tr("no database at %1").arg(path));
    if (!info.isFile())
        return Error::unusable(tr("%1 is not a file").arg(path));
    // A file that cannot be written, or whose folder cannot take its journal, is opened read-only; in a
    // folder that cannot be written SQLite is told the file is immutable, as it can make no file beside it.
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    bool readOnly = access == Access::ReadOnly || !info.isWritable() || !folderWritable;
    bool immutable = !folderWritable;
    FileHeader header = readHeader(path, immutable);
    if (!header.readable && !immutable &&
        (causeOf(header.code) == Error::Cause::CannotOpen ||
         causeOf(header.code) == Error::Cause::ReadOnly)) {
        const FileHeader again = readHeader(path, true);
        if (again.readable) {
            header = again;
            readOnly = immutable = true;
        }
    }
    if (!header.readable) {
        const Error::Cause cause = causeOf(header.code);
        switch (cause) {
        case Error::Cause::Busy:
        case Error::Cause::DiskIo:
        case Error::Cause::CannotOpen:
        case Error::Cause::Full:
        case Error::Cause::ReadOnly: {
            const Database described(path);
            return described.errorFor(tr("opening"), header.problem, header.code);
        }
        case Error::Cause::Corrupt:
            return Error::storage(
                cause,
                tr("%1 is damaged and cannot be read (%2); it was left unchanged").arg(path, header.problem));
        default:
            break;
        }
        return Error::storage(Error::Cause::NotADatabase,
                              tr("%1 is not a LoanDesk database (%2)").arg(path, header.problem));
    }
    if (header.applicationId != kApplicationId)
        return Error::storage(Error::Cause::NotADatabase, tr("%1 is not a LoanDesk database").arg(path));
    if (header.userVersion > currentSchemaVersion())
        return Error::unusable(
            tr("%1 was written by a newer LoanDesk (schema version %2; this program knows up "
               "to %3); it was left unchanged")
                .arg(path)
                .arg(header.userVersion)
                .arg(currentSchemaVersion()));
    if (readOnly && header.userVersion < currentSchemaVersion())
        return Error::storage(Error::Cause::ReadOnly,
                              tr("%1 was written by an older LoanDesk and must be brought up to date, but it "
                                 "can only be read here (the file or its folder cannot be written); it was "
                                 "left unchanged")
                                  .arg(path));
    // The file as it is before SQLite opens it: a file that passed the quick check and has not changed since
    // is not read through again (CheckSeal).
    const std::optional<CheckSeal::FileState> state =
        check == Check::Quick ? CheckSeal::stateOf(path) : std::nullopt;
    std::unique_ptr<Database> database(new Database(path));
    database->m_readOnly = readOnly;
    if (Status status = database->openConnection(readOnly, immutable); !status)
        return status.error();
    if (check == Check::Quick) {
        // Read again once SQLite holds the file open: a file put in its place in between is checked.
        const std::optional<CheckSeal::FileState> opened = state ? CheckSeal::stateOf(path) : std::nullopt;
        if (state && opened && opened->sameAs(*state) && CheckSeal::matches(*state)) {
            database->m_sealTrusted = true;
        } else {
            if (Status status = database->quickCheck(); !status)
                return status.error();
            if (state)
                CheckSeal::record(*state);
        }
    }
    if (readOnly)
        return database;
    if (Status status = Migrations::migrate(*database); !status)
        return status.error();
    return database;
}
