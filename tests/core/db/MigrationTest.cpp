// Databases written by earlier LoanDesk versions open, migrate in one transaction and keep every figure: the
// expected outputs of the fixture, `check`, and an export equal to that of a fresh import of the same data.
// Schema 2 is the first version that held data (before the kept month totals), schema 3 the last before the
// write path; schema 1 (tables without the program catalogue) is covered by DatabaseTest.
#include "TempDatabase.h"
#include "TestData.h"
#include "TestPaths.h"

#include "check/PortfolioCheck.h"
#include "db/Database.h"
#include "io/Exporter.h"
#include "repo/RepaymentRepository.h"
#include "report/ReportBuilder.h"
#include "report/ReportRenderers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

/// A copy of the file of schema @p version written by LoanDesk 0.1 from the portfolio-small fixture.
QString copyOfOldFile(const QTemporaryDir& dir, int version)
{
    const QString source =
        QStringLiteral(LOANDESK_PROJECT_FIXTURES_DIR "/schema-v%1/portfolio-small.loandesk").arg(version);
    const QString path = dir.filePath(QStringLiteral("old.loandesk"));
    EXPECT_TRUE(QFile::copy(source, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

/// The exported files, the entry numbers left out (a fresh import numbers rows in file order, LoanDesk 0.1
/// stored them sorted by loan and date: both are numbers in order of posting, and no figure depends on them).
QMap<QString, QByteArray> exportOf(Database& database)
{
    QTemporaryDir dir;
    EXPECT_TRUE(Exporter(database).exportTo(dir.path()).ok());
    QMap<QString, QByteArray> files;
    for (const QString& name : QDir(dir.path()).entryList(QDir::Files)) {
        QByteArray text = TestData::readFile(dir.filePath(name));
        if (name == QStringLiteral("repayments.csv") || name == QStringLiteral("savings.csv")) {
            QList<QByteArray> lines = text.split('\n');
            const qsizetype column = lines.front().split(',').indexOf("entry_no");
            for (QByteArray& line : lines) {
                QList<QByteArray> fields = line.split(',');
                if (column >= 0 && column < fields.size())
                    fields.removeAt(column);
                line = fields.join(',');
            }
            text = lines.join('\n');
        }
        files.insert(name, text);
    }
    return files;
}

int userVersion(const QString& path)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                version = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return version;
}

} // namespace

class MigrationFromVersion : public ::testing::TestWithParam<int>
{};

TEST_P(MigrationFromVersion, KeepsEveryFigure)
{
    QTemporaryDir dir;
    const QString path = copyOfOldFile(dir, GetParam());
    ASSERT_EQ(userVersion(path), GetParam());
    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& db = **opened;
    EXPECT_EQ(db.schemaVersion(), Database::currentSchemaVersion());

    ReportBuilder builder(db);
    const QStringList expected = TestData::expectedFiles(QStringLiteral("portfolio-small"));
    ASSERT_FALSE(expected.isEmpty());
    for (const QString& file : expected) {
        const QString name = QFileInfo(file).completeBaseName();
        SCOPED_TRACE(name.toStdString());
        const QStringList parts = name.split(u'-');
        const auto by = parseBreakdown(parts.back());
        ASSERT_TRUE(by.has_value());
        const QString month = parts[1] + u'-' + parts[2];
        const QString day = parts.size() > 4 ? month + u'-' + parts[3] : QString();
        auto table = parts.front() == QStringLiteral("summary")
                         ? builder.summary(*YearMonth::parse(month), *by)
                         : builder.ageing(*Dates::parseIso(day), *by);
        ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
        EXPECT_EQ(TestData::normalizeLineEnds(ReportRenderers::toCsv(*table)),
                  TestData::normalizeLineEnds(TestData::readFile(file)));
    }
    auto outcome = PortfolioCheck::run(db);
    ASSERT_TRUE(outcome.ok());
    EXPECT_TRUE(outcome->violations.isEmpty()) << outcome->violations.join(u'\n').toStdString();

    // The entries kept their order of posting as their numbers; the export is that of a fresh import.
    auto maxEntry = RepaymentRepository(db).maxEntryNo();
    ASSERT_TRUE(maxEntry.ok());
    EXPECT_EQ(*maxEntry, 3012);
    TempDatabase fresh;
    ASSERT_TRUE(TestData::importFixture(fresh.db(), QStringLiteral("portfolio-small")));
    EXPECT_EQ(exportOf(db), exportOf(fresh.db()));

    // The new tables are there, the audit trail append-only.
    QSqlQuery query(db.connection());
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO audit_log (at_utc, at_local, user_name, operation, "
                                          "record_kind, record_key) VALUES ('t', 't', 'u', 'o', 'k', 'r')")));
    EXPECT_FALSE(query.exec(QStringLiteral("DELETE FROM audit_log")));
}

INSTANTIATE_TEST_SUITE_P(Migration, MigrationFromVersion, ::testing::Values(2, 3),
                         [](const ::testing::TestParamInfo<int>& param) {
                             return "Schema" + std::to_string(param.param);
                         });

TEST(Migration, ARepaymentMarkedReversedBecomesAnEntryAndItsReversalOfTheSameDay)
{
    QTemporaryDir dir;
    const QString path = copyOfOldFile(dir, 3);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        ASSERT_TRUE(query.exec(QStringLiteral(
            "UPDATE repayment SET reversed_on = '2024-01-02', reversal_reason = 'paid twice' WHERE id = 7")))
            << query.lastError().text().toStdString();
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    RepaymentRepository repayments(**opened);
    auto rows = repayments.byEntryNo({7, 3013});
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 2);
    const Repayment entry = rows->value(7);
    const Repayment reversal = rows->value(3013);
    EXPECT_FALSE(entry.isReversal());
    EXPECT_EQ(reversal.reverses, 7);
    EXPECT_EQ(reversal.loanNo, entry.loanNo);
    // Counted nowhere before, so reversed the same day: it counts at the end of no day.
    EXPECT_EQ(reversal.paidOn, entry.paidOn);
    EXPECT_EQ(reversal.principal, entry.principal);
    EXPECT_EQ(reversal.reason, QStringLiteral("paid twice"));
}

TEST(Migration, AnEntryIsReversedOnceWithOnlyReversalsIndexed)
{
    // Schema 11: the entry number is the row id, and a second reversal of the same entry is refused by the
    // file itself, through an index that holds the reversals only.
    TempDatabase temp;
    ASSERT_TRUE(TestData::importFixture(temp.db(), QStringLiteral("worked-example")));
    QSqlQuery query(temp.db().connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT entry_no, rowid, loan_id, paid_on, principal, interest "
                                          "FROM repayment ORDER BY entry_no LIMIT 1")));
    ASSERT_TRUE(query.next());
    const qint64 entryNo = query.value(0).toLongLong();
    EXPECT_EQ(query.value(1).toLongLong(), entryNo);
    const QVariantList entry = {query.value(2), query.value(3), query.value(4), query.value(5)};
    query.finish();
    const auto reverse = [&](qint64 number) {
        QSqlQuery insert(temp.db().connection());
        insert.prepare(
            QStringLiteral("INSERT INTO repayment (entry_no, loan_id, paid_on, principal, interest, "
                           "reverses, reason) VALUES (?, ?, ?, ?, ?, ?, 'entered twice')"));
        insert.addBindValue(number);
        for (const QVariant& value : entry)
            insert.addBindValue(value);
        insert.addBindValue(entryNo);
        return insert.exec();
    };
    EXPECT_TRUE(reverse(900001));
    EXPECT_FALSE(reverse(900002));
    ASSERT_TRUE(
        query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'repayment_reverses'")));
    ASSERT_TRUE(query.next());
    EXPECT_TRUE(query.value(0).toString().contains(QStringLiteral("WHERE reverses IS NOT NULL")));
}

TEST(Migration, AFailedMigrationLeavesTheFileAsItWas)
{
    QTemporaryDir dir;
    const QString path = copyOfOldFile(dir, 3);
    // A table in the way of version 4 makes its migration fail halfway.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE closed_month (x INTEGER)")));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    auto opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    // Nothing of version 4 was kept: the file is still a file of version 3 with all its rows.
    EXPECT_EQ(userVersion(path), 3);
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("after"));
    raw.setDatabaseName(path);
    ASSERT_TRUE(raw.open());
    {
        QSqlQuery query(raw);
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM repayment WHERE reversed_on IS NULL")));
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toInt(), 3012);
        EXPECT_FALSE(query.exec(QStringLiteral("SELECT count(*) FROM audit_log")));
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM activity_month")));
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("after"));
}
