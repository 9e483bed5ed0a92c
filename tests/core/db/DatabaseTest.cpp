#include "TempDatabase.h"
#include "TestData.h"

#include "db/Database.h"
#include "db/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QByteArray fingerprint(const QString& path)
{
    return QCryptographicHash::hash(TestData::readFile(path), QCryptographicHash::Sha256);
}

/// Runs statements on a raw SQLite connection (outside LoanDesk), then closes it.
void rawSql(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        for (const QString& statement : statements)
            ASSERT_TRUE(query.exec(statement)) << statement.toStdString();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

int scalar(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

TEST(Database, CreateRunsEveryMigration)
{
    TempDatabase temp;
    EXPECT_EQ(temp.db().schemaVersion(), Database::currentSchemaVersion());
    EXPECT_EQ(scalar(temp.db(), QStringLiteral("PRAGMA application_id")), Database::kApplicationId);
    EXPECT_EQ(scalar(temp.db(), QStringLiteral("SELECT count(*) FROM program")), 12);
    EXPECT_EQ(scalar(temp.db(), QStringLiteral("SELECT count(*) FROM program_terms")), 14);
    EXPECT_EQ(scalar(temp.db(), QStringLiteral("SELECT count(*) FROM organization")), 4);
    EXPECT_EQ(scalar(temp.db(), QStringLiteral("SELECT count(*) FROM commune")), 0);
}

TEST(Database, ConnectionHasForeignKeysWalAndABusyTimeout)
{
    TempDatabase temp;
    EXPECT_EQ(scalar(temp.db(), QStringLiteral("PRAGMA foreign_keys")), 1);
    QSqlQuery query(temp.db().connection());
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("wal"));
    EXPECT_EQ(scalar(temp.db(), QStringLiteral("PRAGMA busy_timeout")), Database::kBusyTimeoutMs);
    // A reference to nothing is refused by the database itself.
    EXPECT_FALSE(query.exec(
        QStringLiteral("INSERT INTO savings_group (code, name, commune_id, organization_id, "
                       "leader_name, founded_on) VALUES ('G', 'G', 999, 999, 'L', '2020-01-01')")));
}

TEST(Database, MigratesAnEmptyLoanDeskFileStepByStep)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.loandesk"));
    rawSql(path, {QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId)});
    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ((*opened)->schemaVersion(), Database::currentSchemaVersion());
    EXPECT_EQ(scalar(**opened, QStringLiteral("SELECT count(*) FROM program")), 12);
}

TEST(Database, UpgradesAFileOfAnOlderVersion)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.loandesk"));
    {
        auto v1 = Database::create(path, 1);
        ASSERT_TRUE(v1.ok());
        EXPECT_EQ((*v1)->schemaVersion(), 1);
        EXPECT_EQ(scalar(**v1, QStringLiteral("SELECT count(*) FROM program")), 0);
    }
    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ((*opened)->schemaVersion(), Database::currentSchemaVersion());
    EXPECT_EQ(scalar(**opened, QStringLiteral("SELECT count(*) FROM program_terms")), 14);
    EXPECT_TRUE(Migrations::migrate(**opened).ok()); // running again changes nothing
    EXPECT_EQ(scalar(**opened, QStringLiteral("SELECT count(*) FROM program")), 12);
}

TEST(Database, RefusesANewerSchemaWithoutTouchingTheFile)
{
    TempDatabase temp;
    temp.close();
    rawSql(temp.path(), {QStringLiteral("PRAGMA user_version = %1").arg(Database::currentSchemaVersion() + 1),
                         QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                         QStringLiteral("PRAGMA journal_mode = DELETE")});
    const QByteArray before = fingerprint(temp.path());
    auto opened = Database::open(temp.path());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, Error::Kind::Unusable);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("newer")))
        << opened.error().message.toStdString();
    EXPECT_EQ(fingerprint(temp.path()), before);
    EXPECT_FALSE(QFileInfo::exists(temp.path() + QStringLiteral("-wal")));
}

TEST(Database, RefusesAFileThatIsNotADatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("This is not a database, just some notes about loans.\n");
    file.close();
    const QByteArray before = fingerprint(path);
    auto opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, Error::Kind::Unusable);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("not a LoanDesk database")));
    EXPECT_EQ(fingerprint(path), before);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST(Database, RefusesAnotherProgramsSqliteFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    rawSql(path, {QStringLiteral("CREATE TABLE t (x INTEGER)")});
    const QByteArray before = fingerprint(path);
    auto opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, Error::Kind::Unusable);
    EXPECT_EQ(fingerprint(path), before);
}

TEST(Database, RefusesAMissingFileWithoutCreatingIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.loandesk"));
    auto opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, Error::Kind::Unusable);
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(Database, CreateNeverOverwritesAFile)
{
    TempDatabase temp;
    temp.close();
    const QByteArray before = fingerprint(temp.path());
    auto created = Database::create(temp.path());
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(fingerprint(temp.path()), before);
}
