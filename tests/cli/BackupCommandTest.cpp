// loandesk-cli backup and restore, and outputs that cannot be written (issue 11, points 2 and 5): exit
// status 3 with a message, and no half-written file or folder left behind.
#include "TestData.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sys/stat.h>

using TestData::runCli;

namespace {

QByteArray fingerprint(const QString& path)
{
    return QCryptographicHash::hash(TestData::readFile(path), QCryptographicHash::Sha256);
}

struct CliRun
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs the CLI with its standard output appended to @p stdoutFile (a device such as /dev/full is only
/// written to, never created or replaced).
CliRun runWithOutput(const QStringList& arguments, const QString& stdoutFile)
{
    CliRun run;
    QProcess process;
    process.setStandardOutputFile(stdoutFile, QIODevice::Append);
    process.start(TestData::cliPath(), arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.err = process.readAllStandardError();
    run.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return run;
}

/// Runs the CLI with files limited to @p kilobytes (ulimit -f): a write past it fails as on a full disk.
CliRun runWithFileLimit(const QStringList& arguments, int kilobytes)
{
    CliRun run;
    QProcess process;
    QStringList shellArguments = {QStringLiteral("-c"),
                                  QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"")
                                      .arg(kilobytes * 2), // dash counts blocks of 512 bytes
                                  TestData::cliPath()};
    shellArguments += arguments;
    process.start(QStringLiteral("/bin/sh"), shellArguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return run;
}

bool devFullIsIntact()
{
    struct stat info
    {};
    return ::stat("/dev/full", &info) == 0 && S_ISCHR(info.st_mode);
}

class BackupCommandTest : public ::testing::Test
{
protected:
    QString newDatabase(const QString& fixture = QString())
    {
        return TestData::newCliDatabase(m_dir.filePath(QStringLiteral("db-%1.loandesk").arg(++m_count)),
                                        fixture);
    }

    QByteArray summaryOf(const QString& db, const QString& month)
    {
        QByteArray out;
        EXPECT_EQ(runCli({QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                          month, QStringLiteral("--by"), QStringLiteral("commune")},
                         &out),
                  0);
        return out;
    }

    QTemporaryDir m_dir;
    int m_count = 0;
};

} // namespace

TEST_F(BackupCommandTest, BackupThenRestoreGivesTheSameFigures)
{
    const QString source = newDatabase(QStringLiteral("portfolio-small/data"));
    const QString copy = m_dir.filePath(QStringLiteral("copy.loandesk"));
    QByteArray err;
    ASSERT_EQ(runCli({QStringLiteral("backup"), QStringLiteral("--db"), source, QStringLiteral("--to"), copy},
                     nullptr, &err),
              0)
        << err.toStdString();

    const QString target = newDatabase();
    QByteArray out;
    ASSERT_EQ(runCli({QStringLiteral("restore"), QStringLiteral("--db"), target, QStringLiteral("--from"),
                      copy, QStringLiteral("--inspect")},
                     &out, &err),
              0)
        << err.toStdString();
    EXPECT_TRUE(out.contains("months with data: 2021-01 to 2024-06 (42), closed through none")) << out.data();
    EXPECT_TRUE(out.contains("  month 2024-06,open\n")) << out.data();
    EXPECT_TRUE(out.contains("outstanding at the end of 2024-06: ")) << out.data();
    EXPECT_TRUE(out.contains("  check: no violations\n")) << out.data();
    // --inspect replaced nothing: the target still has no month with data.
    EXPECT_EQ(runCli({QStringLiteral("months"), QStringLiteral("--db"), target}, &out), 0);
    EXPECT_TRUE(out.isEmpty()) << out.data();

    ASSERT_EQ(
        runCli({QStringLiteral("restore"), QStringLiteral("--db"), target, QStringLiteral("--from"), copy},
               &out, &err),
        0)
        << err.toStdString();
    EXPECT_TRUE(out.contains("the database as it was is kept in ")) << out.data();
    EXPECT_EQ(QDir(target + QStringLiteral(".backups")).entryList(QDir::Files).size(), 1);
    for (const QString& month :
         {QStringLiteral("2021-01"), QStringLiteral("2022-12"), QStringLiteral("2024-06")})
        EXPECT_EQ(summaryOf(target, month), summaryOf(source, month)) << month.toStdString();
    QByteArray checked;
    EXPECT_EQ(runCli({QStringLiteral("check"), QStringLiteral("--db"), target}, &checked), 0)
        << checked.data();

    // Usage: both names are needed; --out is cli.md's name of --to.
    EXPECT_EQ(runCli({QStringLiteral("restore"), QStringLiteral("--db"), target}), 1);
    EXPECT_EQ(runCli({QStringLiteral("backup"), QStringLiteral("--db"), source, QStringLiteral("--out"),
                      m_dir.filePath(QStringLiteral("second.loandesk"))}),
              0);
}

TEST_F(BackupCommandTest, ACorruptBackupIsRefusedAndTheDatabaseIsUntouched)
{
    const QString db = newDatabase(QStringLiteral("worked-example/data"));
    const QByteArray before = fingerprint(db);
    const QString bad = m_dir.filePath(QStringLiteral("bad.loandesk"));
    {
        const QString good = m_dir.filePath(QStringLiteral("good.loandesk"));
        ASSERT_EQ(
            runCli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), good}), 0);
        QFile file(bad);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(TestData::readFile(good).left(3 * 4096 + 17));
    }
    for (const QStringList& extra : {QStringList{QStringLiteral("--inspect")}, QStringList{}}) {
        QByteArray err;
        EXPECT_EQ(runCli(QStringList{QStringLiteral("restore"), QStringLiteral("--db"), db,
                                     QStringLiteral("--from"), bad} +
                             extra,
                         nullptr, &err),
                  3);
        EXPECT_TRUE(err.startsWith("loandesk-cli: the backup ")) << err.data();
        EXPECT_EQ(fingerprint(db), before);
        EXPECT_FALSE(QFileInfo::exists(db + QStringLiteral(".backups")));
    }
}

TEST_F(BackupCommandTest, StandardOutputThatCannotBeWrittenExits3)
{
    ASSERT_TRUE(devFullIsIntact());
    const QString db = newDatabase(QStringLiteral("worked-example/data"));
    const QList<QStringList> commands = {
        {QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--month"),
         QStringLiteral("2023-08")},
        {QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--month"),
         QStringLiteral("2023-08"), QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("ageing"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
         QStringLiteral("2023-08-31")},
        {QStringLiteral("months"), QStringLiteral("--db"), db},
        {QStringLiteral("check"), QStringLiteral("--db"), db},
        {QStringLiteral("--help")},
        {QStringLiteral("--version")},
    };
    for (const QStringList& command : commands) {
        SCOPED_TRACE(command.join(u' ').toStdString());
        const CliRun run = runWithOutput(command, QStringLiteral("/dev/full"));
        EXPECT_EQ(run.status, 3);
        EXPECT_TRUE(run.err.contains("cannot write to the standard output")) << run.err.data();
    }
    EXPECT_TRUE(devFullIsIntact());
    // The same commands with an output that takes the bytes succeed.
    const CliRun fine = runWithOutput(commands.front(), m_dir.filePath(QStringLiteral("summary.csv")));
    EXPECT_EQ(fine.status, 0) << fine.err.data();
}

TEST_F(BackupCommandTest, AFailedExportLeavesNoFileBehind)
{
    const QString db = newDatabase(QStringLiteral("portfolio-small/data"));
    const QString parent = m_dir.filePath(QStringLiteral("exports"));
    ASSERT_TRUE(QDir().mkpath(parent));
    const QString out = QDir(parent).filePath(QStringLiteral("book"));
    // 40 kB per file: communes … loans fit, the schedule (about 50 kB) does not. (Before, the export wrote
    // the three larger files cut off at 40 kB and exited 0.)
    const CliRun failed = runWithFileLimit(
        {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), out}, 40);
    EXPECT_EQ(failed.status, 3) << failed.err.data();
    EXPECT_TRUE(failed.err.startsWith("loandesk-cli: ")) << failed.err.data();
    EXPECT_EQ(QDir(parent).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());

    // Into an existing folder: what it held stays as it was, nothing is added.
    ASSERT_TRUE(QDir().mkpath(out));
    {
        QFile old(QDir(out).filePath(QStringLiteral("loans.csv")));
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("an earlier export\n");
    }
    const CliRun again = runWithFileLimit(
        {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), out}, 40);
    EXPECT_EQ(again.status, 3);
    EXPECT_EQ(QDir(out).entryList(QDir::Files), QStringList{QStringLiteral("loans.csv")});
    EXPECT_EQ(TestData::readFile(QDir(out).filePath(QStringLiteral("loans.csv"))),
              QByteArray("an earlier export\n"));
    EXPECT_EQ(QDir(parent).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
              QStringList{QStringLiteral("book")});

    // With room, all eight files.
    EXPECT_EQ(runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), out}),
              0);
    EXPECT_EQ(QDir(out).entryList(QDir::Files).size(), 8);
}

TEST_F(BackupCommandTest, AFailedBackupOrReportFileLeavesNoFileAndExits3)
{
    ASSERT_TRUE(devFullIsIntact());
    const QString db = newDatabase(QStringLiteral("portfolio-small/data"));
    const QString parent = m_dir.filePath(QStringLiteral("out"));
    ASSERT_TRUE(QDir().mkpath(parent));
    ASSERT_GT(QFileInfo(db).size(), 40 * 1024);
    const CliRun backup =
        runWithFileLimit({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--to"),
                          QDir(parent).filePath(QStringLiteral("copy.loandesk"))},
                         40);
    EXPECT_EQ(backup.status, 3) << backup.err.data();
    EXPECT_EQ(QDir(parent).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());

    const QStringList summary = {QStringLiteral("summary"), QStringLiteral("--db"),    db,
                                 QStringLiteral("--month"), QStringLiteral("2024-06"), QStringLiteral("--by"),
                                 QStringLiteral("group")};
    // A report file on a device that refuses the bytes: status 3, and the device is only written to.
    EXPECT_EQ(runCli(summary + QStringList{QStringLiteral("--out"), QStringLiteral("/dev/full")}), 3);
    for (const QString& format : {QStringLiteral("xlsx"), QStringLiteral("pdf")}) {
        SCOPED_TRACE(format.toStdString());
        QByteArray err;
        EXPECT_EQ(runCli(summary + QStringList{QStringLiteral("--format"), format, QStringLiteral("--out"),
                                               QStringLiteral("/dev/full")},
                         nullptr, &err),
                  3);
        EXPECT_TRUE(err.contains("not a regular file")) << err.data();
        // A folder that does not exist.
        EXPECT_EQ(
            runCli(summary + QStringList{QStringLiteral("--format"), format, QStringLiteral("--out"),
                                         QDir(parent).filePath(QStringLiteral("missing/summary.") + format)}),
            3);
    }
    EXPECT_EQ(runCli(summary +
                     QStringList{QStringLiteral("--out"), QDir(parent).filePath(QStringLiteral("no/s.csv"))}),
              3);
    EXPECT_EQ(QDir(parent).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    EXPECT_TRUE(devFullIsIntact());
}
