// loandesk-cli as a user runs it: a separate process, its output and its exit status (cli.md).
#include "TempDatabase.h"
#include "TestData.h"

#include "db/TransactionGuard.h"
#include "repo/CommuneRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using TestData::runCli;

namespace {

QByteArray fingerprint(const QString& path)
{
    return QCryptographicHash::hash(TestData::readFile(path), QCryptographicHash::Sha256);
}

/// The whole content of a database through `export`, all files concatenated.
QByteArray exportOf(const QString& db)
{
    QTemporaryDir dir;
    if (runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), dir.path()}) !=
        0)
        return "export failed";
    QByteArray all;
    for (const QString& name : QDir(dir.path()).entryList(QDir::Files, QDir::Name))
        all += name.toUtf8() + '\n' + TestData::readFile(QDir(dir.path()).filePath(name));
    return all;
}

class CliTest : public ::testing::Test
{
protected:
    QString newDatabase(const QString& fixture = QString())
    {
        const QString path = m_dir.filePath(QStringLiteral("db-%1.loandesk").arg(++m_count));
        EXPECT_EQ(runCli({QStringLiteral("init"), QStringLiteral("--db"), path}), 0);
        if (!fixture.isEmpty()) {
            EXPECT_EQ(
                runCli({QStringLiteral("import"), QStringLiteral("--db"), path, TestData::fixture(fixture)}),
                0);
        }
        return path;
    }

    QTemporaryDir m_dir;
    int m_count = 0;
};

} // namespace

// The public expected outputs, produced by the program itself and compared byte for byte after normalising
// line ends.
TEST_F(CliTest, GoldenOutputsOfEveryDataSet)
{
    for (const QString& dataSet : {QStringLiteral("worked-example"), QStringLiteral("portfolio-small")}) {
        const QString db = newDatabase(dataSet + QStringLiteral("/data"));
        const QStringList files = TestData::expectedFiles(dataSet);
        ASSERT_FALSE(files.isEmpty());
        for (const QString& file : files) {
            const QString name = QFileInfo(file).baseName();
            SCOPED_TRACE(QString(dataSet + u'/' + name).toStdString());
            const QStringList parts = name.split(u'-');
            QStringList args;
            if (parts.front() == QStringLiteral("summary"))
                args = {QStringLiteral("summary"), QStringLiteral("--month"), parts[1] + u'-' + parts[2]};
            else
                args = {QStringLiteral("ageing"), QStringLiteral("--as-of"),
                        parts[1] + u'-' + parts[2] + u'-' + parts[3]};
            args << QStringLiteral("--by") << parts.last() << QStringLiteral("--db") << db;
            QByteArray out;
            QByteArray err;
            ASSERT_EQ(runCli(args, &out, &err), 0) << err.toStdString();
            EXPECT_EQ(QString::fromUtf8(TestData::normalizeLineEnds(out)),
                      QString::fromUtf8(TestData::normalizeLineEnds(TestData::readFile(file))));
        }
    }
}

TEST_F(CliTest, InvalidSetsExitTwoNameTheLineAndChangeNothing)
{
    const QString db = newDatabase(QStringLiteral("worked-example/data"));
    const QByteArray before = exportOf(db);
    for (const QString& set : TestData::invalidSets()) {
        SCOPED_TRACE(set.toStdString());
        const QString expected =
            QString::fromUtf8(TestData::readFile(set + QStringLiteral("/expect"))).trimmed();
        QByteArray err;
        EXPECT_EQ(runCli({QStringLiteral("import"), QStringLiteral("--db"), db, set}, nullptr, &err), 2);
        EXPECT_TRUE(QString::fromUtf8(err).contains(expected + u':')) << err.toStdString();
        // One line per problem, and never a stack trace.
        for (const QByteArray& line : err.split('\n')) {
            if (!line.isEmpty()) {
                EXPECT_TRUE(line.startsWith("loandesk-cli: ")) << line.toStdString();
            }
        }
        EXPECT_EQ(exportOf(db), before);
    }
}

TEST_F(CliTest, ImportingTwiceIsRefused)
{
    const QString db = newDatabase(QStringLiteral("portfolio-small/data"));
    const QByteArray before = exportOf(db);
    QByteArray err;
    EXPECT_EQ(runCli({QStringLiteral("import"), QStringLiteral("--db"), db,
                      TestData::fixture(QStringLiteral("portfolio-small/data"))},
                     nullptr, &err),
              2);
    EXPECT_TRUE(err.contains("already in the database"));
    EXPECT_EQ(exportOf(db), before);
}

TEST_F(CliTest, ExportThenImportReproducesTheFigures)
{
    const QString db = newDatabase(QStringLiteral("portfolio-small/data"));
    QTemporaryDir out;
    ASSERT_EQ(
        runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), out.path()}),
        0);
    const QString copy = newDatabase();
    ASSERT_EQ(runCli({QStringLiteral("import"), QStringLiteral("--db"), copy, out.path()}), 0);
    for (const QString& month :
         {QStringLiteral("2021-01"), QStringLiteral("2023-08"), QStringLiteral("2024-06")}) {
        for (const QString& by : {QStringLiteral("program"), QStringLiteral("group")}) {
            QByteArray a;
            QByteArray b;
            ASSERT_EQ(runCli({QStringLiteral("summary"), QStringLiteral("--db"), db,
                              QStringLiteral("--month"), month, QStringLiteral("--by"), by},
                             &a),
                      0);
            ASSERT_EQ(runCli({QStringLiteral("summary"), QStringLiteral("--db"), copy,
                              QStringLiteral("--month"), month, QStringLiteral("--by"), by},
                             &b),
                      0);
            EXPECT_EQ(a, b);
        }
    }
}

TEST_F(CliTest, BadUsageExitsOne)
{
    const QString db = newDatabase();
    const QList<QStringList> cases = {
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("summary"), QStringLiteral("--db"), db},
        {QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--month"),
         QStringLiteral("2023-13")},
        {QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--month"),
         QStringLiteral("08/2023")},
        {QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--month"),
         QStringLiteral("2023-08"), QStringLiteral("--by"), QStringLiteral("village")},
        {QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--month"),
         QStringLiteral("2023-08"), QStringLiteral("--colour")},
        {QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--month"),
         QStringLiteral("2023-08"), QStringLiteral("--format"), QStringLiteral("html")},
        {QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--month"),
         QStringLiteral("2023-08"), QStringLiteral("--format"), QStringLiteral("pdf")}, // pdf needs --out
        {QStringLiteral("ageing"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
         QStringLiteral("2023-02-29")},
        {QStringLiteral("ageing"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
         QStringLiteral("31/08/2023")},
        {QStringLiteral("import"), QStringLiteral("--db"), db},
        {QStringLiteral("export"), QStringLiteral("--db"), db},
        {QStringLiteral("init")},
    };
    for (const QStringList& args : cases) {
        QByteArray err;
        EXPECT_EQ(runCli(args, nullptr, &err), 1) << args.join(u' ').toStdString();
        EXPECT_FALSE(err.isEmpty());
        EXPECT_FALSE(err.contains("terminate called")) << err.toStdString();
    }
}

TEST_F(CliTest, HelpAndVersion)
{
    QByteArray out;
    EXPECT_EQ(runCli({QStringLiteral("--help")}, &out), 0);
    EXPECT_TRUE(out.contains("loandesk-cli summary --db FILE --month YYYY-MM"));
    EXPECT_TRUE(out.contains("Exit status"));
    EXPECT_EQ(runCli({QStringLiteral("summary"), QStringLiteral("--help")}, &out), 0);
    EXPECT_EQ(runCli({QStringLiteral("--version")}, &out), 0);
    EXPECT_TRUE(out.startsWith("loandesk-cli " LOANDESK_VERSION));
}

TEST_F(CliTest, UnusableDatabasesExitThreeAndStayUntouched)
{
    // Missing.
    const QString missing = m_dir.filePath(QStringLiteral("missing.loandesk"));
    QByteArray err;
    EXPECT_EQ(runCli({QStringLiteral("summary"), QStringLiteral("--db"), missing, QStringLiteral("--month"),
                      QStringLiteral("2023-08")},
                     nullptr, &err),
              3);
    EXPECT_FALSE(QFileInfo::exists(missing));

    // Not a database.
    const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(text);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("loan notes, not a database\n");
    file.close();
    const QByteArray textBefore = fingerprint(text);
    for (const QString& command :
         {QStringLiteral("check"), QStringLiteral("import"), QStringLiteral("export")}) {
        QStringList args = {command, QStringLiteral("--db"), text};
        if (command == QStringLiteral("import"))
            args << TestData::fixture(QStringLiteral("worked-example/data"));
        if (command == QStringLiteral("export"))
            args << QStringLiteral("--out") << m_dir.filePath(QStringLiteral("out"));
        EXPECT_EQ(runCli(args, nullptr, &err), 3) << command.toStdString();
        EXPECT_TRUE(err.contains("not a LoanDesk database")) << err.toStdString();
    }
    EXPECT_EQ(fingerprint(text), textBefore);
    EXPECT_FALSE(QFileInfo::exists(text + QStringLiteral("-wal")));

    // Written by a newer LoanDesk.
    const QString newer = newDatabase(QStringLiteral("worked-example/data"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-cli"));
        raw.setDatabaseName(newer);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = 999")));
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-cli"));
    const QByteArray newerBefore = fingerprint(newer);
    EXPECT_EQ(runCli({QStringLiteral("import"), QStringLiteral("--db"), newer,
                      TestData::fixture(QStringLiteral("portfolio-small/data"))},
                     nullptr, &err),
              3);
    EXPECT_TRUE(err.contains("newer")) << err.toStdString();
    EXPECT_EQ(fingerprint(newer), newerBefore);

    // init never touches an existing file.
    EXPECT_EQ(runCli({QStringLiteral("init"), QStringLiteral("--db"), text}, nullptr, &err), 3);
    EXPECT_EQ(fingerprint(text), textBefore);
}

TEST_F(CliTest, CheckReportsWhatItCheckedAndExitsTwoOnViolations)
{
    const QString db = newDatabase(QStringLiteral("portfolio-small/data"));
    QByteArray out;
    ASSERT_EQ(runCli({QStringLiteral("check"), QStringLiteral("--db"), db}, &out), 0);
    EXPECT_TRUE(out.contains("integrity"));
    EXPECT_TRUE(out.contains("summary identity"));
    EXPECT_TRUE(out.contains("no violations"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-check"));
        raw.setDatabaseName(db);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        ASSERT_TRUE(
            query.exec(QStringLiteral("UPDATE repayment SET principal = principal + 1 WHERE id = 1")));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-check"));
    QByteArray err;
    EXPECT_EQ(runCli({QStringLiteral("check"), QStringLiteral("--db"), db}, &out, &err), 2);
    EXPECT_TRUE(out.contains("violation:")) << out.toStdString();
}

TEST_F(CliTest, SummaryFormatsAndOutputFile)
{
    const QString db = newDatabase(QStringLiteral("worked-example/data"));
    const QString target = m_dir.filePath(QStringLiteral("summary.json"));
    ASSERT_EQ(runCli({QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                      QStringLiteral("2023-08"), QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("--out"), target}),
              0);
    EXPECT_TRUE(TestData::readFile(target).contains("\"overdue_ratio_pct\": 3.77"));
    QByteArray out;
    ASSERT_EQ(runCli({QStringLiteral("summary"), QStringLiteral("--db"), db,
                      QStringLiteral("--month=2023-08"), QStringLiteral("--by=commune")},
                     &out),
              0);
    EXPECT_TRUE(
        out.startsWith("key,name,borrowers,loans,outstanding_start,disbursed,collected_principal,"
                       "collected_interest,outstanding_end,overdue,frozen,overdue_ratio_pct,savings\n"));
}

TEST_F(CliTest, BackupWhileTheDatabaseIsOpenAndBeingWritten)
{
    const QString db = newDatabase(QStringLiteral("worked-example/data"));
    auto open = Database::open(db); // the desktop program, in the middle of a change
    ASSERT_TRUE(open.ok());
    TransactionGuard writing(**open);
    ASSERT_TRUE(CommuneRepository(**open).insert({{QStringLiteral("C9"), QStringLiteral("Xã Chín")}}).ok());

    const QString copy = m_dir.filePath(QStringLiteral("backup.loandesk"));
    QByteArray err;
    ASSERT_EQ(runCli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), copy},
                     nullptr, &err),
              0)
        << err.toStdString();
    ASSERT_TRUE(writing.commit().ok());
    QByteArray out;
    ASSERT_EQ(runCli({QStringLiteral("check"), QStringLiteral("--db"), copy}, &out), 0) << out.toStdString();
    QByteArray summary;
    ASSERT_EQ(runCli({QStringLiteral("summary"), QStringLiteral("--db"), copy, QStringLiteral("--month"),
                      QStringLiteral("2023-08"), QStringLiteral("--by"), QStringLiteral("commune")},
                     &summary),
              0);
    EXPECT_FALSE(summary.contains("C9")); // the uncommitted change is not in the copy
    EXPECT_EQ(summary, TestData::readFile(TestData::fixture(
                           QStringLiteral("worked-example/expected/summary-2023-08-commune.csv"))));
    // A backup never overwrites.
    EXPECT_NE(runCli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), copy}),
              0);
}
