// loandesk-cli as a user runs it: a separate process, its output and its exit status (cli.md).
#include "TempDatabase.h"
#include "TestData.h"

#include "db/TransactionGuard.h"
#include "domain/Dates.h"
#include "repo/CommuneRepository.h"
#include "service/PortfolioService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>

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

/// Writes @p content (UTF-8) to @p name in @p dir.
void writeFile(const QString& dir, const QString& name, const QString& content)
{
    QFile file(QDir(dir).filePath(name));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << name.toStdString();
    file.write(content.toUtf8());
}

/// The lines of standard error, without the empty last one.
QStringList lines(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes).split(u'\n', Qt::SkipEmptyParts);
}

/// Whether @p text names @p month, as the bank writes it (`08/2023`) or as it was typed (`2023-08`).
bool namesMonth(const QString& text, YearMonth month)
{
    return text.contains(month.toDisplayString()) || text.contains(month.toIsoString());
}

/// The `FILE:LINE` of every problem an import reported on standard error (`loandesk-cli: loans.csv:2: …`).
QStringList namedRows(const QByteArray& err)
{
    static const QRegularExpression row(QStringLiteral("^loandesk-cli: ([a-z]+\\.csv:[0-9]+): "));
    QStringList named;
    for (const QString& line : lines(err)) {
        if (const QRegularExpressionMatch match = row.match(line); match.hasMatch())
            named.append(match.captured(1));
    }
    named.sort();
    return named;
}

/// The output of `months` as lines.
QStringList monthsOf(const QString& db)
{
    QByteArray out;
    QByteArray err;
    if (runCli({QStringLiteral("months"), QStringLiteral("--db"), db}, &out, &err) != 0)
        return {QStringLiteral("months failed: ") + QString::fromUtf8(err)};
    return lines(out);
}

/// Closes every month of @p db up to @p month through the core's write path (as the desktop program will),
/// and closes the file again before another process opens it.
::testing::AssertionResult closeThrough(const QString& db, YearMonth month)
{
    auto database = Database::open(db);
    if (!database)
        return ::testing::AssertionFailure() << database.error().message.toStdString();
    if (Status closed = PortfolioService(**database).closeMonthsThrough(month); !closed)
        return ::testing::AssertionFailure() << closed.error().message.toStdString();
    return ::testing::AssertionSuccess();
}

/// The fields of one CSV line (RFC 4180 quotes; the exported files hold no line break inside a field).
QStringList csvFields(const QString& line)
{
    QStringList fields{QString()};
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted && c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
            fields.last() += u'"';
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            fields.append(QString());
        } else {
            fields.last() += c;
        }
    }
    return fields;
}

/// The rows of an exported CSV file, the header first.
QList<QStringList> csvRows(const QString& path)
{
    QList<QStringList> rows;
    for (const QString& line : QString::fromUtf8(TestData::normalizeLineEnds(TestData::readFile(path)))
                                   .split(u'\n', Qt::SkipEmptyParts))
        rows.append(csvFields(line));
    return rows;
}

/// The entry number of the first exported entry whose columns hold @p values (column → value), or an empty
/// string.
QString entryNo(const QString& exported, const QHash<QString, QString>& values)
{
    const QList<QStringList> rows = csvRows(exported);
    if (rows.isEmpty())
        return {};
    const QStringList& header = rows.front();
    for (qsizetype r = 1; r < rows.size(); ++r) {
        bool match = true;
        for (auto it = values.cbegin(); it != values.cend() && match; ++it)
            match = rows[r].value(header.indexOf(it.key())) == it.value();
        if (match)
            return rows[r].value(header.indexOf(QStringLiteral("entry_no")));
    }
    return {};
}

class CliTest : public ::testing::Test
{
protected:
    QString newDatabase(const QString& fixture = QString())
    {
        return TestData::newCliDatabase(m_dir.filePath(QStringLiteral("db-%1.loandesk").arg(++m_count)),
                                        fixture);
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
        // An import folder is only written of the demonstration portfolio, and not beside a database.
        {QStringLiteral("init"), QStringLiteral("--csv"), m_dir.filePath(QStringLiteral("f"))},
        {QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--db"), db,
         QStringLiteral("--csv"), m_dir.filePath(QStringLiteral("f"))},
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

    // init never touches an existing file, nor a folder with files in it.
    EXPECT_EQ(runCli({QStringLiteral("init"), QStringLiteral("--db"), text}, nullptr, &err), 3);
    EXPECT_EQ(fingerprint(text), textBefore);
    EXPECT_EQ(runCli({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--csv"),
                      QFileInfo(text).absolutePath()},
                     nullptr, &err),
              3);
    EXPECT_TRUE(err.contains("not empty")) << err.toStdString();
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
            query.exec(QStringLiteral("UPDATE repayment SET principal = principal + 1 WHERE entry_no = 1")));
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

// ---- Months with data and closing (domain.md §8, cli.md)
// ----------------------------------------------------------------------

// portfolio-small runs from its first disbursement on 01/01/2021 to its latest entries on 30/06/2024.
constexpr YearMonth kFirstMonth(2021, 1);
constexpr YearMonth kLastMonth(2024, 6);

TEST_F(CliTest, MonthsListsEveryMonthWithDataOldestFirst)
{
    const QString db = newDatabase(QStringLiteral("portfolio-small/data"));
    QStringList expected;
    for (YearMonth month = kFirstMonth; month <= kLastMonth; month = month.next())
        expected.append(month.toIsoString() + QStringLiteral(",open"));
    EXPECT_EQ(monthsOf(db), expected);

    ASSERT_TRUE(closeThrough(db, YearMonth(2022, 3)));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (kFirstMonth.addMonths(static_cast<int>(i)) <= YearMonth(2022, 3))
            expected[i].replace(QStringLiteral(",open"), QStringLiteral(",closed"));
    }
    EXPECT_EQ(monthsOf(db), expected);

    // A database without a loan has no month with data: nothing to list, and that is no error.
    QByteArray out;
    EXPECT_EQ(runCli({QStringLiteral("months"), QStringLiteral("--db"), newDatabase()}, &out), 0);
    EXPECT_TRUE(out.isEmpty()) << out.toStdString();
    EXPECT_EQ(runCli({QStringLiteral("months")}), 1);
}

TEST_F(CliTest, CloseClosesMonthsInOrder)
{
    const QString db = newDatabase(QStringLiteral("portfolio-small/data"));
    auto close = [&](YearMonth month, QByteArray* err) {
        return runCli({QStringLiteral("close"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                       month.toIsoString()},
                      nullptr, err);
    };
    // A refusal is exit 2 with one line that names the month asked for (out of order: see the next test).
    auto expectRefused = [&](YearMonth month, const char* why) {
        SCOPED_TRACE(why);
        QByteArray err;
        EXPECT_EQ(close(month, &err), 2) << err.toStdString();
        const QStringList said = lines(err);
        ASSERT_EQ(said.size(), 1) << err.toStdString();
        EXPECT_TRUE(said.front().startsWith(QStringLiteral("loandesk-cli: "))) << err.toStdString();
        EXPECT_TRUE(namesMonth(said.front(), month)) << err.toStdString();
    };

    QByteArray err;
    EXPECT_EQ(close(YearMonth(2021, 2), &err), 2) << "the first month with data is still open";
    EXPECT_EQ(lines(err).size(), 1) << err.toStdString();
    ASSERT_EQ(close(kFirstMonth, &err), 0) << err.toStdString();
    ASSERT_EQ(close(YearMonth(2021, 2), &err), 0) << err.toStdString();
    EXPECT_EQ(close(YearMonth(2021, 4), &err), 2) << "03/2021 is still open";
    EXPECT_EQ(lines(err).size(), 1) << err.toStdString();
    expectRefused(YearMonth(2021, 2), "closed already");
    expectRefused(kFirstMonth, "closed already");
    expectRefused(YearMonth(2020, 12), "before the data");
    expectRefused(kLastMonth.next(), "after the data");
    expectRefused(YearMonth(2030, 1), "after the data");

    QStringList months = monthsOf(db);
    ASSERT_EQ(months.size(), kFirstMonth.monthsTo(kLastMonth) + 1);
    EXPECT_EQ(months[0], QStringLiteral("2021-01,closed"));
    EXPECT_EQ(months[1], QStringLiteral("2021-02,closed"));
    EXPECT_EQ(months[2], QStringLiteral("2021-03,open"));

    // Malformed or missing months are bad usage.
    EXPECT_EQ(runCli({QStringLiteral("close"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                      QStringLiteral("2021-13")}),
              1);
    EXPECT_EQ(runCli({QStringLiteral("close"), QStringLiteral("--db"), db}), 1);
    EXPECT_EQ(monthsOf(db), months);
}

// cli.md: `close` "refused with exit 2 and the reason when the month before is open"; the one line names the
// month that was asked for, as every other refusal of `close` does, and the month to close first.
// The refusal of a month out of order names both the month refused and the one to close first.
TEST_F(CliTest, CloseOutOfOrderNamesTheMonthRefusedAndTheOneToCloseFirst)
{
    const QString db = newDatabase(QStringLiteral("portfolio-small/data"));
    ASSERT_TRUE(closeThrough(db, YearMonth(2021, 2)));
    for (const YearMonth month : {YearMonth(2021, 4), YearMonth(2023, 8)}) {
        SCOPED_TRACE(month.toIsoString().toStdString());
        QByteArray err;
        EXPECT_EQ(runCli({QStringLiteral("close"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                          month.toIsoString()},
                         nullptr, &err),
                  2);
        ASSERT_EQ(lines(err).size(), 1) << err.toStdString();
        EXPECT_TRUE(namesMonth(lines(err).front(), month)) << err.toStdString();
        EXPECT_TRUE(namesMonth(lines(err).front(), YearMonth(2021, 3))) << err.toStdString();
    }
    EXPECT_EQ(monthsOf(db).value(2), QStringLiteral("2021-03,open"));
}

TEST_F(CliTest, CloseRefusesAMonthThatIsNotOver)
{
    // A small office whose only loan was disbursed today: its one month with data is this month.
    const QDate today = QDate::currentDate();
    const QString iso = today.toString(Qt::ISODate);
    QTemporaryDir data;
    writeFile(data.path(), QStringLiteral("communes.csv"),
              QStringLiteral("code,name\n13321,Phường Đồng Văn\n"));
    writeFile(data.path(), QStringLiteral("groups.csv"),
              QStringLiteral("code,name,commune_code,organization_code,village,leader_name,founded_on\n"
                             "G1,Tổ HPN thôn 1,13321,HPN,Thôn 1,Nguyễn Thị Lan,2010-01-01\n"));
    writeFile(data.path(), QStringLiteral("borrowers.csv"),
              QStringLiteral("id,kind,id_number,full_name,commune_code,group_code,village\n"
                             "B1,household,035123456789,Trần Văn An,13321,G1,Thôn 1\n"));
    writeFile(data.path(), QStringLiteral("loans.csv"),
              QStringLiteral("loan_no,borrower_id,program_code,amount,disbursed_on,maturity_on\n"
                             "L1,B1,HN,10000000,%1,%2\n")
                  .arg(iso, today.addYears(2).toString(Qt::ISODate)));
    const QString db = newDatabase();
    QByteArray err;
    ASSERT_EQ(runCli({QStringLiteral("import"), QStringLiteral("--db"), db, data.path()}, nullptr, &err), 0)
        << err.toStdString();
    const YearMonth thisMonth = YearMonth::fromDate(today);
    EXPECT_EQ(monthsOf(db), QStringList{thisMonth.toIsoString() + QStringLiteral(",open")});

    EXPECT_EQ(runCli({QStringLiteral("close"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                      thisMonth.toIsoString()},
                     nullptr, &err),
              2);
    ASSERT_EQ(lines(err).size(), 1) << err.toStdString();
    EXPECT_TRUE(namesMonth(lines(err).front(), thisMonth)) << err.toStdString();
    EXPECT_EQ(monthsOf(db), QStringList{thisMonth.toIsoString() + QStringLiteral(",open")});
}

TEST_F(CliTest, ReopenOnlyTheLatestClosedMonthAndOnlyWithAReason)
{
    const QString db = newDatabase(QStringLiteral("portfolio-small/data"));
    auto reopen = [&](YearMonth month, const QStringList& more, QByteArray* err) {
        return runCli(QStringList{QStringLiteral("reopen"), QStringLiteral("--db"), db,
                                  QStringLiteral("--month"), month.toIsoString()} +
                          more,
                      nullptr, err);
    };
    const QStringList why{QStringLiteral("--reason"), QStringLiteral("Sai ngày trả nợ của khế ước L0000184")};
    QByteArray err;
    // Nothing closed yet: nothing to reopen.
    EXPECT_EQ(reopen(kFirstMonth, why, &err), 2) << err.toStdString();

    ASSERT_TRUE(closeThrough(db, YearMonth(2021, 3)));
    const QStringList closedThroughMarch = monthsOf(db);
    ASSERT_EQ(closedThroughMarch.value(2), QStringLiteral("2021-03,closed"));

    // Without a reason, or with an empty one: bad usage, and the month stays closed.
    EXPECT_EQ(reopen(YearMonth(2021, 3), {}, &err), 1);
    EXPECT_FALSE(err.isEmpty());
    EXPECT_EQ(reopen(YearMonth(2021, 3), {QStringLiteral("--reason"), QStringLiteral("  ")}, &err), 1);
    EXPECT_EQ(monthsOf(db), closedThroughMarch);

    // Not the latest closed month, or an open one: refused, naming the month that can be reopened.
    for (const YearMonth month : {YearMonth(2021, 2), kFirstMonth, YearMonth(2021, 4)}) {
        SCOPED_TRACE(month.toIsoString().toStdString());
        EXPECT_EQ(reopen(month, why, &err), 2) << err.toStdString();
        ASSERT_EQ(lines(err).size(), 1) << err.toStdString();
        EXPECT_TRUE(namesMonth(lines(err).front(), YearMonth(2021, 3))) << err.toStdString();
    }
    EXPECT_EQ(monthsOf(db), closedThroughMarch);

    // The latest closed month, with a reason: reopened, and then the one before it is the latest.
    ASSERT_EQ(reopen(YearMonth(2021, 3), why, &err), 0) << err.toStdString();
    QStringList expected = closedThroughMarch;
    expected[2] = QStringLiteral("2021-03,open");
    EXPECT_EQ(monthsOf(db), expected);
    ASSERT_EQ(reopen(YearMonth(2021, 2), why, &err), 0) << err.toStdString();
    expected[1] = QStringLiteral("2021-02,open");
    EXPECT_EQ(monthsOf(db), expected);

    // A reopened month can be closed again.
    ASSERT_EQ(runCli({QStringLiteral("close"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                      QStringLiteral("2021-02")},
                     nullptr, &err),
              0)
        << err.toStdString();
    expected[1] = QStringLiteral("2021-02,closed");
    EXPECT_EQ(monthsOf(db), expected);
}

TEST_F(CliTest, CloseRefusesAPortfolioThatFailsCheck)
{
    const QString db = newDatabase(QStringLiteral("portfolio-small/data"));
    {
        // A kept figure out of line with the facts, as a damaged file or a bad hand edit would leave it.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-close"));
        raw.setDatabaseName(db);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        ASSERT_TRUE(
            query.exec(QStringLiteral("UPDATE repayment SET principal = principal + 1 WHERE entry_no = 1")));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-close"));
    QByteArray err;
    EXPECT_EQ(runCli({QStringLiteral("close"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                      kFirstMonth.toIsoString()},
                     nullptr, &err),
              2);
    ASSERT_EQ(lines(err).size(), 1) << err.toStdString();
    EXPECT_TRUE(lines(err).front().contains(QStringLiteral("check"))) << err.toStdString();
    EXPECT_EQ(monthsOf(db).value(0), kFirstMonth.toIsoString() + QStringLiteral(",open"));
}

TEST_F(CliTest, ReportsOutsideTheMonthsWithDataAreRefused)
{
    const QString db = newDatabase(QStringLiteral("portfolio-small/data"));
    const QString lastDay = QStringLiteral("30/06/2024");
    const QList<QStringList> afterTheData = {
        {QStringLiteral("summary"), QStringLiteral("--month"), QStringLiteral("2024-07")},
        {QStringLiteral("summary"), QStringLiteral("--month"), QStringLiteral("2031-01"),
         QStringLiteral("--by"), QStringLiteral("group")},
        {QStringLiteral("summary"), QStringLiteral("--month"), QStringLiteral("2024-07"),
         QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("ageing"), QStringLiteral("--as-of"), QStringLiteral("2024-07-01")},
        {QStringLiteral("ageing"), QStringLiteral("--as-of"), QStringLiteral("2025-12-31"),
         QStringLiteral("--by"), QStringLiteral("commune")},
    };
    for (const QStringList& args : afterTheData) {
        SCOPED_TRACE(args.join(u' ').toStdString());
        QByteArray out;
        QByteArray err;
        EXPECT_EQ(runCli(args + QStringList{QStringLiteral("--db"), db}, &out, &err), 2);
        EXPECT_TRUE(out.isEmpty()) << "nothing printed as if it were a report: " << out.toStdString();
        ASSERT_EQ(lines(err).size(), 1) << err.toStdString();
        EXPECT_TRUE(lines(err).front().contains(lastDay)) << err.toStdString();
    }
    // A printed report outside the data is refused too, and leaves no file behind.
    const QString pdf = m_dir.filePath(QStringLiteral("outside.pdf"));
    const QString xlsx = m_dir.filePath(QStringLiteral("outside.xlsx"));
    QByteArray err;
    EXPECT_EQ(runCli({QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                      QStringLiteral("2024-07"), QStringLiteral("--format"), QStringLiteral("pdf"),
                      QStringLiteral("--out"), pdf},
                     nullptr, &err),
              2);
    EXPECT_TRUE(QString::fromUtf8(err).contains(lastDay)) << err.toStdString();
    EXPECT_EQ(runCli({QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                      QStringLiteral("2024-07"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                      QStringLiteral("--out"), xlsx},
                     nullptr, &err),
              2);
    EXPECT_TRUE(QString::fromUtf8(err).contains(lastDay)) << err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pdf));
    EXPECT_FALSE(QFileInfo::exists(xlsx));
    EXPECT_FALSE(QFileInfo::exists(xlsx + QStringLiteral(".part")));

    // The first and the last month with data are reports like any other.
    EXPECT_EQ(runCli({QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                      kFirstMonth.toIsoString()}),
              0);
    EXPECT_EQ(runCli({QStringLiteral("ageing"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                      QStringLiteral("2024-06-30")}),
              0);
}

// cli.md: "A summary or ageing outside the months with data is refused with exit 2 and a message naming the
// last day with data" — before the data as well as after it.
// A month before the first month with data is refused naming the last day with data too (cli.md).
TEST_F(CliTest, ReportsBeforeTheDataNameTheLastDayWithData)
{
    const QString db = newDatabase(QStringLiteral("portfolio-small/data"));
    for (const QStringList& args :
         {QStringList{QStringLiteral("summary"), QStringLiteral("--month"), QStringLiteral("2020-12")},
          QStringList{QStringLiteral("ageing"), QStringLiteral("--as-of"), QStringLiteral("2020-12-31")}}) {
        SCOPED_TRACE(args.join(u' ').toStdString());
        QByteArray out;
        QByteArray err;
        EXPECT_EQ(runCli(args + QStringList{QStringLiteral("--db"), db}, &out, &err), 2);
        EXPECT_TRUE(out.isEmpty()) << out.toStdString();
        ASSERT_EQ(lines(err).size(), 1) << err.toStdString();
        EXPECT_TRUE(lines(err).front().contains(QStringLiteral("30/06/2024"))) << err.toStdString();
    }
}

TEST_F(CliTest, JsonSaysWhetherTheMonthIsClosed)
{
    const QString db = newDatabase(QStringLiteral("portfolio-small/data"));
    ASSERT_TRUE(closeThrough(db, YearMonth(2023, 6)));
    auto json = [&](const QStringList& args) {
        QByteArray out;
        QByteArray err;
        EXPECT_EQ(runCli(args + QStringList{QStringLiteral("--db"), db, QStringLiteral("--format"),
                                            QStringLiteral("json")},
                         &out, &err),
                  0)
            << err.toStdString();
        return out;
    };
    for (const QString& by : {QStringLiteral("program"), QStringLiteral("group")}) {
        EXPECT_TRUE(json({QStringLiteral("summary"), QStringLiteral("--month"), QStringLiteral("2023-06"),
                          QStringLiteral("--by"), by})
                        .contains("\"closed\": true,"));
        EXPECT_TRUE(json({QStringLiteral("summary"), QStringLiteral("--month"), QStringLiteral("2021-01"),
                          QStringLiteral("--by"), by})
                        .contains("\"closed\": true,"));
        EXPECT_TRUE(json({QStringLiteral("summary"), QStringLiteral("--month"), QStringLiteral("2023-07"),
                          QStringLiteral("--by"), by})
                        .contains("\"closed\": false,"));
    }
    EXPECT_TRUE(json({QStringLiteral("ageing"), QStringLiteral("--as-of"), QStringLiteral("2023-06-30")})
                    .contains("\"closed\": true,"));
    EXPECT_TRUE(json({QStringLiteral("ageing"), QStringLiteral("--as-of"), QStringLiteral("2023-06-12")})
                    .contains("\"closed\": true,"));
    EXPECT_TRUE(json({QStringLiteral("ageing"), QStringLiteral("--as-of"), QStringLiteral("2023-07-01")})
                    .contains("\"closed\": false,"));
    // The CSV form is unchanged: a script asks `months`.
    QByteArray csv;
    ASSERT_EQ(runCli({QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                      QStringLiteral("2023-08")},
                     &csv),
              0);
    EXPECT_EQ(csv, TestData::normalizeLineEnds(TestData::readFile(TestData::fixture(
                       QStringLiteral("portfolio-small/expected/summary-2023-08-program.csv")))));
}

TEST_F(CliTest, ImportIntoAClosedMonthIsRefusedWholeAndLeavesTheFileAsItWas)
{
    const QString db = newDatabase(QStringLiteral("portfolio-small/data"));
    ASSERT_TRUE(closeThrough(db, YearMonth(2023, 6)));
    // The entries that the reversal below names, by their numbers in the database.
    QTemporaryDir exported;
    ASSERT_EQ(runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                      exported.path()}),
              0);
    const QString repaymentNo = entryNo(QDir(exported.path()).filePath(QStringLiteral("repayments.csv")),
                                        {{QStringLiteral("loan_no"), QStringLiteral("L0000048")},
                                         {QStringLiteral("paid_on"), QStringLiteral("2023-06-09")}});
    ASSERT_FALSE(repaymentNo.isEmpty());

    // Each file has a row dated on or before 30/06/2023, the end of the latest closed month, and a row
    // after it that would be fine on its own.
    QTemporaryDir data;
    writeFile(data.path(), QStringLiteral("loans.csv"),
              QStringLiteral("loan_no,borrower_id,program_code,amount,disbursed_on,maturity_on\n"
                             "L9000001,KH000003,HN,10000000,2023-06-15,2025-06-15\n"
                             "L9000002,KH000003,HN,10000000,2023-07-10,2025-07-10\n"));
    writeFile(data.path(), QStringLiteral("schedule.csv"),
              QStringLiteral("loan_no,due_on,principal\n"
                             "L9000001,2024-06-15,5000000\n"
                             "L9000001,2025-06-15,5000000\n"
                             "L9000002,2024-07-10,5000000\n"
                             "L9000002,2025-07-10,5000000\n"));
    writeFile(data.path(), QStringLiteral("repayments.csv"),
              QStringLiteral("loan_no,paid_on,principal,interest,entry_no,reverses,reason\n"
                             "L0000048,2023-06-30,0,50000,,,\n"
                             "L0000048,2023-06-20,450000,48937,,%1,Nhập nhầm ngày\n"
                             "L0000048,2023-07-01,0,50000,,,\n")
                  .arg(repaymentNo));
    writeFile(data.path(), QStringLiteral("savings.csv"),
              QStringLiteral("borrower_id,on,amount,entry_no,reverses,reason\n"
                             "KH000001,12/06/2023,100000,,,\n"
                             "KH000001,2023-07-12,100000,,,\n"));
    writeFile(data.path(), QStringLiteral("moves.csv"),
              QStringLiteral("borrower_id,on,group_code,commune_code\n"
                             "KH000002,2023-01-01,T0004,\n"
                             "KH000005,2023-07-15,T0004,\n"));

    const QByteArray before = fingerprint(db);
    const QStringList monthsBefore = monthsOf(db);
    QByteArray out;
    QByteArray err;
    EXPECT_EQ(runCli({QStringLiteral("import"), QStringLiteral("--db"), db, data.path()}, &out, &err), 2);
    const QStringList expected = {
        QStringLiteral("loans.csv:2"),      QStringLiteral("moves.csv:2"),
        QStringLiteral("repayments.csv:2"), QStringLiteral("repayments.csv:3"),
        QStringLiteral("savings.csv:2"),    QStringLiteral("schedule.csv:2"),
        QStringLiteral("schedule.csv:3"),
    };
    EXPECT_EQ(namedRows(err), expected) << err.toStdString();
    // Every problem is one line `FILE:LINE: column: message` naming the closed month's last day.
    for (const QString& line : lines(err)) {
        EXPECT_TRUE(line.startsWith(QStringLiteral("loandesk-cli: "))) << line.toStdString();
        static const QRegularExpression problem(
            QStringLiteral("^loandesk-cli: [a-z]+\\.csv:[0-9]+: [a-z_]+: "));
        if (line.contains(problem) && !line.contains(QStringLiteral("schedule.csv"))) {
            EXPECT_TRUE(line.contains(QStringLiteral("30/06/2023"))) << line.toStdString();
        }
    }
    for (const QString& column :
         {QStringLiteral("loans.csv:2: disbursed_on: "), QStringLiteral("repayments.csv:2: paid_on: "),
          QStringLiteral("repayments.csv:3: paid_on: "), QStringLiteral("savings.csv:2: on: "),
          QStringLiteral("moves.csv:2: on: ")})
        EXPECT_TRUE(QString::fromUtf8(err).contains(column)) << column.toStdString() << '\n'
                                                             << err.toStdString();
    EXPECT_TRUE(out.isEmpty()) << out.toStdString();

    // Nothing was written: the file is the same, byte for byte, and no write-ahead log is left over.
    EXPECT_EQ(fingerprint(db), before);
    EXPECT_FALSE(QFileInfo::exists(db + QStringLiteral("-wal")));
    EXPECT_EQ(monthsOf(db), monthsBefore);

    // Without the rows in the closed month the same folder is accepted, with a correction of the closed
    // month done the right way: a reversal dated in the open month. The closed months' figures do not move;
    // July shows the correction.
    auto summaries = [&](const QString& month) {
        QByteArray all;
        for (const QString& by : {QStringLiteral("program"), QStringLiteral("group")}) {
            QByteArray csv;
            EXPECT_EQ(runCli({QStringLiteral("summary"), QStringLiteral("--db"), db,
                              QStringLiteral("--month"), month, QStringLiteral("--by"), by},
                             &csv),
                      0);
            all += csv;
        }
        return all;
    };
    const QByteArray june = summaries(QStringLiteral("2023-06"));
    const QByteArray may = summaries(QStringLiteral("2023-05"));
    const QByteArray july = summaries(QStringLiteral("2023-07"));
    writeFile(data.path(), QStringLiteral("loans.csv"),
              QStringLiteral("loan_no,borrower_id,program_code,amount,disbursed_on,maturity_on\n"
                             "L9000002,KH000003,HN,10000000,2023-07-10,2025-07-10\n"));
    writeFile(data.path(), QStringLiteral("schedule.csv"),
              QStringLiteral("loan_no,due_on,principal\n"
                             "L9000002,2024-07-10,5000000\n"
                             "L9000002,2025-07-10,5000000\n"));
    writeFile(data.path(), QStringLiteral("repayments.csv"),
              QStringLiteral("loan_no,paid_on,principal,interest,entry_no,reverses,reason\n"
                             "L0000048,2023-07-01,0,50000,,,\n"
                             "L0000048,2023-07-05,450000,48937,,%1,Nhập nhầm ngày\n")
                  .arg(repaymentNo));
    writeFile(data.path(), QStringLiteral("savings.csv"),
              QStringLiteral("borrower_id,on,amount,entry_no,reverses,reason\n"
                             "KH000001,2023-07-12,100000,,,\n"));
    writeFile(data.path(), QStringLiteral("moves.csv"),
              QStringLiteral("borrower_id,on,group_code,commune_code\n"
                             "KH000005,2023-07-15,T0004,\n"));
    ASSERT_EQ(runCli({QStringLiteral("import"), QStringLiteral("--db"), db, data.path()}, &out, &err), 0)
        << err.toStdString();
    EXPECT_EQ(summaries(QStringLiteral("2023-05")), may);
    EXPECT_EQ(summaries(QStringLiteral("2023-06")), june);
    EXPECT_NE(summaries(QStringLiteral("2023-07")), july);
    EXPECT_EQ(monthsOf(db), monthsBefore);
}

TEST_F(CliTest, MovesAndReversalsSurviveExportAndImport)
{
    const QString db = newDatabase(QStringLiteral("portfolio-small/data"));
    QTemporaryDir before;
    ASSERT_EQ(runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                      before.path()}),
              0);
    const QString repayments = QDir(before.path()).filePath(QStringLiteral("repayments.csv"));
    const QString savings = QDir(before.path()).filePath(QStringLiteral("savings.csv"));
    const QString wrongLoan =
        entryNo(repayments, {{QStringLiteral("loan_no"), QStringLiteral("L0000184")},
                             {QStringLiteral("paid_on"), QStringLiteral("2023-02-28")}});
    const QString wrongDeposit =
        entryNo(savings, {{QStringLiteral("borrower_id"), QStringLiteral("KH000001")},
                          {QStringLiteral("on"), QStringLiteral("2021-01-12")}});
    const QString wrongWithdrawal =
        entryNo(savings, {{QStringLiteral("borrower_id"), QStringLiteral("KH000002")},
                          {QStringLiteral("on"), QStringLiteral("2022-06-23")}});
    ASSERT_FALSE(wrongLoan.isEmpty());
    ASSERT_FALSE(wrongDeposit.isEmpty());
    ASSERT_FALSE(wrongWithdrawal.isEmpty());

    // Moves between groups (one across communes and organisations, one borrower twice) and of a borrower
    // without a group to another commune; reversals of stored entries, of an entry in the same file, one on
    // the entry's own day; entries with and without their numbers; a reason with a comma, so quoted.
    QTemporaryDir data;
    writeFile(data.path(), QStringLiteral("moves.csv"),
              QStringLiteral("borrower_id,on,group_code,commune_code\n"
                             "KH000001,2023-03-15,T0004,\n"
                             "KH000002,2022-07-01,T0002,\n"
                             "KH000008,2023-08-20,,13321\n"
                             "KH000001,2024-01-10,T0001,\n"));
    writeFile(data.path(), QStringLiteral("repayments.csv"),
              QStringLiteral("loan_no,paid_on,principal,interest,entry_no,reverses,reason\n"
                             "L0000184,2023-04-05,4823529,318352,,%1,\"Nhập nhầm khế ước, trả lại\"\n"
                             "L0000048,2023-06-20,0,10000,900001,,\n"
                             "L0000048,2023-07-03,0,10000,900002,900001,Sai số tiền\n"
                             "L0000097,2023-05-10,0,5000,900003,,\n"
                             "L0000097,2023-05-10,0,5000,,900003,Nhập trùng\n")
                  .arg(wrongLoan));
    writeFile(data.path(), QStringLiteral("savings.csv"),
              QStringLiteral("borrower_id,on,amount,entry_no,reverses,reason\n"
                             "KH000001,2021-03-01,20000,,%1,Ghi nhầm người gửi\n"
                             "KH000002,2022-07-01,-810000,,%2,Rút nhầm\n"
                             "KH000003,2023-09-05,150000,,,\n")
                  .arg(wrongDeposit, wrongWithdrawal));
    QByteArray out;
    QByteArray err;
    ASSERT_EQ(runCli({QStringLiteral("import"), QStringLiteral("--db"), db, data.path()}, &out, &err), 0)
        << err.toStdString();
    EXPECT_TRUE(out.contains("4 moves")) << out.toStdString();

    // The export holds the moves and every entry with its number, the reversed ones and the reversals.
    QTemporaryDir first;
    ASSERT_EQ(
        runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), first.path()}),
        0);
    const QDir firstDir(first.path());
    EXPECT_EQ(firstDir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name),
              (QStringList{QStringLiteral("borrowers.csv"), QStringLiteral("communes.csv"),
                           QStringLiteral("groups.csv"), QStringLiteral("loans.csv"),
                           QStringLiteral("moves.csv"), QStringLiteral("repayments.csv"),
                           QStringLiteral("savings.csv"), QStringLiteral("schedule.csv")}));
    const QList<QStringList> moves = csvRows(firstDir.filePath(QStringLiteral("moves.csv")));
    EXPECT_EQ(moves.size(), 5); // the header and four moves
    const QString movesText =
        QString::fromUtf8(TestData::readFile(firstDir.filePath(QStringLiteral("moves.csv"))));
    for (const QString& move : {QStringLiteral("KH000001,2023-03-15"), QStringLiteral("KH000001,2024-01-10"),
                                QStringLiteral("KH000002,2022-07-01"), QStringLiteral("KH000008,2023-08-20")})
        EXPECT_TRUE(movesText.contains(move)) << move.toStdString();
    const QString exportedRepayments = firstDir.filePath(QStringLiteral("repayments.csv"));
    const QList<QStringList> repaymentRows = csvRows(exportedRepayments);
    ASSERT_FALSE(repaymentRows.isEmpty());
    for (const QString& column :
         {QStringLiteral("entry_no"), QStringLiteral("reverses"), QStringLiteral("reason")})
        EXPECT_TRUE(repaymentRows.front().contains(column)) << column.toStdString();
    EXPECT_EQ(repaymentRows.size(), 3012 + 5 + 1); // the fixture's entries, the new ones, the header
    const qsizetype entryColumn = repaymentRows.front().indexOf(QStringLiteral("entry_no"));
    QSet<QString> numbers;
    for (qsizetype r = 1; r < repaymentRows.size(); ++r) {
        const QString number = repaymentRows[r].value(entryColumn);
        EXPECT_FALSE(number.isEmpty()) << "repayments.csv row " << r << " has no entry number";
        EXPECT_FALSE(numbers.contains(number)) << "entry number " << number.toStdString() << " twice";
        numbers.insert(number);
    }
    EXPECT_TRUE(numbers.contains(QStringLiteral("900001")));
    EXPECT_TRUE(numbers.contains(QStringLiteral("900002")));
    EXPECT_EQ(entryNo(exportedRepayments, {{QStringLiteral("reverses"), wrongLoan}}).isEmpty(), false);
    EXPECT_EQ(entryNo(exportedRepayments, {{QStringLiteral("reverses"), QStringLiteral("900001")}}),
              QStringLiteral("900002"));
    EXPECT_TRUE(TestData::readFile(exportedRepayments).contains("\"Nhập nhầm khế ước, trả lại\""));
    const QString exportedSavings = firstDir.filePath(QStringLiteral("savings.csv"));
    EXPECT_FALSE(entryNo(exportedSavings, {{QStringLiteral("reverses"), wrongDeposit}}).isEmpty());
    EXPECT_FALSE(entryNo(exportedSavings, {{QStringLiteral("reverses"), wrongWithdrawal}}).isEmpty());

    // The moves count in the figures: KH000002's loans left T0001 for T0002 in July 2022.
    QByteArray byGroup;
    ASSERT_EQ(runCli({QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                      QStringLiteral("2023-08"), QStringLiteral("--by"), QStringLiteral("group")},
                     &byGroup),
              0);
    EXPECT_NE(byGroup, TestData::normalizeLineEnds(TestData::readFile(TestData::fixture(
                           QStringLiteral("portfolio-small/expected/summary-2023-08-group.csv")))));

    // Imported into an empty database, the export gives the same export again and the same figures.
    const QString copy = newDatabase();
    ASSERT_EQ(runCli({QStringLiteral("import"), QStringLiteral("--db"), copy, first.path()}, nullptr, &err),
              0)
        << err.toStdString();
    QTemporaryDir second;
    ASSERT_EQ(runCli({QStringLiteral("export"), QStringLiteral("--db"), copy, QStringLiteral("--out"),
                      second.path()}),
              0);
    for (const QString& name : firstDir.entryList(QDir::Files, QDir::Name)) {
        SCOPED_TRACE(name.toStdString());
        EXPECT_EQ(TestData::readFile(firstDir.filePath(name)),
                  TestData::readFile(QDir(second.path()).filePath(name)));
    }
    EXPECT_EQ(QDir(second.path()).entryList(QDir::Files, QDir::Name),
              firstDir.entryList(QDir::Files, QDir::Name));
    const QStringList months = monthsOf(db);
    EXPECT_EQ(monthsOf(copy), months);
    ASSERT_EQ(months.size(), kFirstMonth.monthsTo(kLastMonth) + 1);
    for (const QString& line : months) {
        const QString month = line.section(u',', 0, 0);
        for (const QString& by : {QStringLiteral("program"), QStringLiteral("commune"),
                                  QStringLiteral("organization"), QStringLiteral("group")}) {
            SCOPED_TRACE(QString(month + u' ' + by).toStdString());
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

namespace {

/// Copies the files @p names of fixture folder @p fixture into a new folder @p dir.
void copyFixtureFiles(const QString& fixture, const QStringList& names, const QString& dir)
{
    QDir().mkpath(dir);
    for (const QString& name : names)
        ASSERT_TRUE(QFile::copy(QDir(TestData::fixture(fixture)).filePath(name), QDir(dir).filePath(name)))
            << name.toStdString();
}

/// Runs loandesk-cli as an unprivileged user when the tests run as root (root may write any file, so a
/// read-only file is only read-only for someone else).
int runCliUnprivileged(const QStringList& arguments, QByteArray* out = nullptr, QByteArray* err = nullptr)
{
    if (::geteuid() != 0)
        return runCli(arguments, out, err);
    QProcess process;
    process.start(QStringLiteral("setpriv"),
                  QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                              QStringLiteral("--clear-groups"), TestData::cliPath()} +
                      arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

} // namespace

// Two imports of the same folder started at the same moment on one file (the probed bug: both committed and
// left a loan repaid 30,000,000 on 20,000,000). Each import validates inside its own write transaction, so
// whichever comes second sees the first one's repayment: exactly one succeeds, the other is refused whole.
TEST_F(CliTest, TwoImportsAtOnceNeverRepayALoanBeyondItsAmount)
{
    const QString base = m_dir.filePath(QStringLiteral("base"));
    copyFixtureFiles(QStringLiteral("worked-example/data"),
                     {QStringLiteral("communes.csv"), QStringLiteral("groups.csv"),
                      QStringLiteral("borrowers.csv"), QStringLiteral("loans.csv")},
                     base);
    const QString repayments = m_dir.filePath(QStringLiteral("repayments"));
    QDir().mkpath(repayments);
    writeFile(repayments, QStringLiteral("repayments.csv"),
              QStringLiteral("loan_no,paid_on,principal,interest\nL2,2023-05-10,15000000,0\n"));
    constexpr int kRounds = 6;
    for (int round = 0; round < kRounds; ++round) {
        SCOPED_TRACE(round);
        const QString db = m_dir.filePath(QStringLiteral("race-%1.loandesk").arg(round));
        ASSERT_EQ(runCli({QStringLiteral("init"), QStringLiteral("--db"), db}), 0);
        ASSERT_EQ(runCli({QStringLiteral("import"), QStringLiteral("--db"), db, base}), 0);
        QProcess first;
        QProcess second;
        const QStringList args = {QStringLiteral("import"), QStringLiteral("--db"), db, repayments};
        first.start(TestData::cliPath(), args);
        second.start(TestData::cliPath(), args);
        ASSERT_TRUE(first.waitForFinished(60000));
        ASSERT_TRUE(second.waitForFinished(60000));
        QList<int> codes = {first.exitCode(), second.exitCode()};
        std::sort(codes.begin(), codes.end());
        EXPECT_EQ(codes, (QList<int>{0, 2}));
        const QByteArray err =
            first.exitCode() == 0 ? second.readAllStandardError() : first.readAllStandardError();
        EXPECT_TRUE(err.contains("L2")) << err.toStdString();
        for (const QByteArray& line : err.split('\n')) {
            if (!line.isEmpty()) {
                EXPECT_TRUE(line.startsWith("loandesk-cli: ")) << line.toStdString();
            }
        }
        // One repayment of 15,000,000 on the loan of 20,000,000, and the file passes check.
        QTemporaryDir out;
        ASSERT_EQ(runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                          out.path()}),
                  0);
        const QList<QStringList> rows = csvRows(QDir(out.path()).filePath(QStringLiteral("repayments.csv")));
        ASSERT_EQ(rows.size(), 2);
        const qsizetype principal = rows.front().indexOf(QStringLiteral("principal"));
        ASSERT_GE(principal, 0);
        EXPECT_EQ(rows[1][principal], QStringLiteral("15000000"));
        EXPECT_EQ(runCli({QStringLiteral("check"), QStringLiteral("--db"), db}), 0);
    }
}

// A file that cannot be written, or one in a folder that cannot be written, is read as usual; every write is
// refused with a clear message and exit 3, and the file stays byte for byte as it was.
TEST_F(CliTest, AReadOnlyFileOrFolderReadsAndRefusesWrites)
{
    for (const bool folder : {false, true}) {
        SCOPED_TRACE(folder ? "read-only folder" : "read-only file");
        QTemporaryDir place;
        const QString db = QDir(place.path()).filePath(QStringLiteral("office.loandesk"));
        ASSERT_EQ(runCli({QStringLiteral("init"), QStringLiteral("--db"), db}), 0);
        ASSERT_EQ(runCli({QStringLiteral("import"), QStringLiteral("--db"), db,
                          TestData::fixture(QStringLiteral("worked-example/data"))}),
                  0);
        QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther |
                                      (folder ? QFile::WriteOwner : QFile::Permissions()));
        // The folder: open to everyone, or readable only.
        QFile::Permissions dirPermissions = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                            QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
        if (!folder)
            dirPermissions |= QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
        ASSERT_TRUE(QFile::setPermissions(place.path(), dirPermissions));
        const QByteArray before = fingerprint(db);

        QByteArray out;
        QByteArray err;
        EXPECT_EQ(runCliUnprivileged({QStringLiteral("months"), QStringLiteral("--db"), db}, &out, &err), 0)
            << err.toStdString();
        EXPECT_TRUE(out.contains("2023-08")) << out.toStdString();
        EXPECT_EQ(runCliUnprivileged({QStringLiteral("summary"), QStringLiteral("--db"), db,
                                      QStringLiteral("--month"), QStringLiteral("2023-08")},
                                     &out, &err),
                  0)
            << err.toStdString();
        EXPECT_TRUE(out.contains("TOTAL"));

        EXPECT_EQ(runCliUnprivileged({QStringLiteral("import"), QStringLiteral("--db"), db,
                                      TestData::fixture(QStringLiteral("portfolio-small/data"))},
                                     nullptr, &err),
                  3);
        EXPECT_TRUE(err.contains("read-only")) << err.toStdString();
        EXPECT_TRUE(err.contains("nothing was written")) << err.toStdString();
        EXPECT_FALSE(err.contains("not a LoanDesk database")) << err.toStdString();
        EXPECT_EQ(runCliUnprivileged({QStringLiteral("close"), QStringLiteral("--db"), db,
                                      QStringLiteral("--month"), QStringLiteral("2023-01")},
                                     nullptr, &err),
                  3);
        EXPECT_TRUE(err.contains("read-only")) << err.toStdString();
        EXPECT_EQ(fingerprint(db), before);
        QFile::setPermissions(place.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
}

// A file whose pages are damaged (the header intact) is refused by every command with a clear message.
TEST_F(CliTest, AFileWithDamagedPagesIsRefused)
{
    const QString db = newDatabase(QStringLiteral("portfolio-small/data"));
    const qint64 size = QFileInfo(db).size();
    ASSERT_GT(size, 16 * 4096);
    {
        QFile file(db);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek((size / 4096 / 2) * 4096));
        file.write(QByteArray(4096, '\x5a'));
    }
    const QByteArray before = fingerprint(db);
    QByteArray err;
    for (const QString& command : {QStringLiteral("months"), QStringLiteral("check")}) {
        EXPECT_EQ(runCli({command, QStringLiteral("--db"), db}, nullptr, &err), 3) << command.toStdString();
        EXPECT_TRUE(err.contains("damaged")) << err.toStdString();
    }
    EXPECT_EQ(fingerprint(db), before);
}
