// What a write or an open does when the storage fails: a file that can only be read, a full disk, a lock held
// past the busy timeout, damaged pages. Each is told by SQLite's error code, said in plain words, and never
// reported as "not a LoanDesk database"; nothing is half-written.
#include "TempDatabase.h"

#include "check/PortfolioCheck.h"
#include "db/TransactionGuard.h"
#include "repo/CommuneRepository.h"
#include "service/PortfolioService.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <sqlite3.h>

namespace {

QByteArray fingerprint(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

Actor clerk()
{
    return {QStringLiteral("clerk"),
            []() { return QDateTime(QDate(2025, 6, 2), QTime(9, 0), QTimeZone::utc()); }};
}

Commune commune(int n)
{
    return {QStringLiteral("C%1").arg(n, 4, 10, QLatin1Char('0')), QStringLiteral("Xã số %1").arg(n)};
}

qsizetype communeCount(Database& database)
{
    auto all = CommuneRepository(database).all();
    EXPECT_TRUE(all.ok());
    return all ? all->size() : -1;
}

qint64 scalar(Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    EXPECT_TRUE(query.exec(sql) && query.next()) << sql.toStdString();
    return query.value(0).toLongLong();
}

} // namespace

TEST(StorageFailure, EachSqliteCodeHasItsCause)
{
    EXPECT_EQ(Database::causeOf(SQLITE_BUSY), Error::Cause::Busy);
    EXPECT_EQ(Database::causeOf(SQLITE_LOCKED), Error::Cause::Busy);
    EXPECT_EQ(Database::causeOf(SQLITE_READONLY), Error::Cause::ReadOnly);
    EXPECT_EQ(Database::causeOf(SQLITE_IOERR), Error::Cause::DiskIo);
    EXPECT_EQ(Database::causeOf(SQLITE_IOERR_WRITE), Error::Cause::DiskIo); // extended codes too
    EXPECT_EQ(Database::causeOf(SQLITE_CORRUPT), Error::Cause::Corrupt);
    EXPECT_EQ(Database::causeOf(SQLITE_FULL), Error::Cause::Full);
    EXPECT_EQ(Database::causeOf(SQLITE_CANTOPEN), Error::Cause::CannotOpen);
    EXPECT_EQ(Database::causeOf(SQLITE_NOTADB), Error::Cause::NotADatabase);
    EXPECT_EQ(Database::causeOf(SQLITE_CONSTRAINT), Error::Cause::None);

    TempDatabase temp;
    for (const int code : {SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_FULL, SQLITE_IOERR}) {
        const Error error =
            temp.db().errorFor(QStringLiteral("saving"), QStringLiteral("raw driver text"), code);
        EXPECT_EQ(error.kind, Error::Kind::Unusable);
        EXPECT_FALSE(error.message.contains(QStringLiteral("not a LoanDesk database"))) << code;
        EXPECT_TRUE(error.message.contains(QStringLiteral("nothing was written")))
            << error.message.toStdString();
    }
}

TEST(StorageFailure, AReadOnlyDatabaseReadsAndRefusesEveryWrite)
{
    TempDatabase temp;
    ASSERT_TRUE(PortfolioService(temp.db(), clerk()).registerCommune(commune(1)).ok());
    temp.close();
    const QByteArray before = fingerprint(temp.path());

    auto opened = Database::open(temp.path(), Database::Access::ReadOnly);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& database = **opened;
    EXPECT_TRUE(database.isReadOnly());
    EXPECT_EQ(communeCount(database), 1);

    PortfolioService service(database, clerk());
    const Status refused = service.registerCommune(commune(2));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::Unusable);
    EXPECT_EQ(refused.error().cause, Error::Cause::ReadOnly);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("read-only")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("nothing was written")));
    TransactionGuard guard(database);
    EXPECT_FALSE(guard.isActive());
    EXPECT_EQ(guard.status().error().cause, Error::Cause::ReadOnly);
    opened = Error::usage(QString()); // closes the read-only connection

    EXPECT_EQ(fingerprint(temp.path()), before);
    temp.reopen();
    EXPECT_FALSE(temp.db().isReadOnly());
    EXPECT_EQ(communeCount(temp.db()), 1);
}

TEST(StorageFailure, AFullDiskRefusesTheWriteAndLosesNothing)
{
    TempDatabase temp;
    PortfolioService service(temp.db(), clerk());
    ASSERT_TRUE(service.registerCommune(commune(1)).ok());
    // The database may not grow past the pages it has now: the next page it needs is a full disk.
    const qint64 pages = scalar(temp.db(), QStringLiteral("PRAGMA page_count"));
    scalar(temp.db(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
    int saved = 1;
    Status failed;
    for (int n = 2; n < 2000 && failed.ok(); ++n) {
        failed = service.registerCommune(commune(n));
        if (failed)
            ++saved;
    }
    ASSERT_FALSE(failed.ok()) << "the page limit was never reached";
    EXPECT_EQ(failed.error().kind, Error::Kind::Unusable);
    EXPECT_EQ(failed.error().cause, Error::Cause::Full);
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("full")))
        << failed.error().message.toStdString();
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("nothing was written")));
    EXPECT_FALSE(failed.error().message.contains(QStringLiteral("not a LoanDesk database")));
    // Everything saved before is there, the refused commune is not, and the file is sound.
    EXPECT_EQ(communeCount(temp.db()), saved);
    temp.reopen();
    EXPECT_EQ(communeCount(temp.db()), saved);
    auto report = PortfolioCheck::run(temp.db());
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->violations.isEmpty());
    // With room again the same write goes through.
    EXPECT_TRUE(PortfolioService(temp.db(), clerk()).registerCommune(commune(saved + 1)).ok());
}

TEST(StorageFailure, AWriteThatWaitedTooLongForTheLockSaysSoAndWritesNothing)
{
    TempDatabase temp;
    auto other = Database::open(temp.path());
    ASSERT_TRUE(other.ok());
    TransactionGuard holding(**other); // another program in the middle of a write
    ASSERT_TRUE(holding.isActive());
    const Status refused = PortfolioService(temp.db(), clerk()).registerCommune(commune(1));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::Unusable);
    EXPECT_EQ(refused.error().cause, Error::Cause::Busy);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("waited too long for another program")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("nothing was written")));
    holding.rollback();
    EXPECT_EQ(communeCount(temp.db()), 0);
}

TEST(StorageFailure, AFileWithDamagedPagesIsRefusedAtOpenUntouched)
{
    TempDatabase temp;
    PortfolioService service(temp.db(), clerk());
    for (int n = 1; n <= 400; ++n)
        ASSERT_TRUE(service.registerCommune(commune(n)).ok());
    const qint64 pageSize = scalar(temp.db(), QStringLiteral("PRAGMA page_size"));
    const qint64 pages = scalar(temp.db(), QStringLiteral("PRAGMA page_count"));
    temp.close();
    ASSERT_GT(pages, 8);
    {
        // Scribble over a page in the middle of the file, as a failing disk would; the header stays intact.
        QFile file(temp.path());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek(pageSize * (pages / 2)));
        file.write(QByteArray(static_cast<int>(pageSize), '\x5a'));
    }
    const QByteArray before = fingerprint(temp.path());
    auto opened = Database::open(temp.path());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, Error::Kind::Unusable);
    EXPECT_EQ(opened.error().cause, Error::Cause::Corrupt);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("damaged")))
        << opened.error().message.toStdString();
    EXPECT_EQ(fingerprint(temp.path()), before);
}

TEST(StorageFailure, TheQuickCheckOfASoundFileIsTimed)
{
    TempDatabase temp;
    temp.reopen();
    // Just written, the file is not sealed: the check ran.
    EXPECT_FALSE(temp.db().quickCheckSealTrusted());
    EXPECT_GE(temp.db().quickCheckMs(), 0);
    EXPECT_FALSE(temp.db().isReadOnly());
}
