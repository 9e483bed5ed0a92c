#include "Database.h"

#include "Migrations.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

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
    int applicationId = 0;
    int userVersion = 0;
    int objectCount = 0;
};

/// Reads the identifying pragmas in a read-only connection that cannot change the file.
FileHeader readHeader(const QString& path)
{
    FileHeader header;
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(Database::kBusyTimeoutMs));
        if (!db.open()) {
            header.problem = db.lastError().text();
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
            if (!header.readable)
                header.problem = query.lastError().text();
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

Error Database::errorFor(const QString& operation, const QString& driverText) const
{
    QString text = driverText.trimmed();
    if (text.contains(QStringLiteral("locked"), Qt::CaseInsensitive) ||
        text.contains(QStringLiteral("busy"), Qt::CaseInsensitive))
        return Error::unusable(tr("%1: the database %2 is locked by another program (waited %3 seconds)")
                                   .arg(operation, m_path)
                                   .arg(kBusyTimeoutMs / 1000));
    return Error::unusable(tr("%1 failed in %2: %3").arg(operation, m_path, text));
}

Status Database::openConnection(bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid())
        return Error::unusable(
            tr("the SQLite driver of Qt SQL is not installed (package libqt6sql6-sqlite)"));
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return errorFor(tr("opening"), db.lastError().text());
    return configure();
}

Status Database::configure()
{
    QSqlQuery query(connection());
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),    QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -65536"),
    };
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma))
            return errorFor(pragma, query.lastError().text());
    }
    return {};
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
            status = database->errorFor(tr("marking the file"), query.lastError().text());
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
                  "they "
                  "should")
            .arg(info.group(), path);
    return QString();
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::unusable(tr("no database at %1").arg(path));
    if (!info.isFile())
        return Error::unusable(tr("%1 is not a file").arg(path));
    const FileHeader header = readHeader(path);
    if (!header.readable)
        return Error::unusable(tr("%1 is not a LoanDesk database (%2)").arg(path, header.problem));
    if (header.applicationId != kApplicationId)
        return Error::unusable(tr("%1 is not a LoanDesk database").arg(path));
    if (header.userVersion > currentSchemaVersion())
        return Error::unusable(
            tr("%1 was written by a newer LoanDesk (schema version %2; this program knows up "
               "to %3); it was left unchanged")
                .arg(path)
                .arg(header.userVersion)
                .arg(currentSchemaVersion()));
    std::unique_ptr<Database> database(new Database(path));
    if (Status status = database->openConnection(false); !status)
        return status.error();
    if (Status status = Migrations::migrate(*database); !status)
        return status.error();
    return database;
}
