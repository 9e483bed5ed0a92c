// Backups that restore (issue 11, point 2): a backup restored into another file gives the same figures for
// every month; a backup that cannot be used is refused with the current file byte for byte as it was.
#include "ServiceTestSupport.h"
#include "TestData.h"

#include "db/Backup.h"
#include "db/BackupRotation.h"
#include "repo/AuditRepository.h"
#include "report/ReportRenderers.h"
#include "service/RestoreService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace {

/// The summary of every month with data, by program and by commune, as CSV.
QByteArray everySummary(Database& database)
{
    ReportBuilder builder(database);
    auto span = builder.dataSpan();
    if (!span)
        return "no data span";
    QByteArray all;
    for (const YearMonth& month : span->months()) {
        for (Breakdown by : {Breakdown::Program, Breakdown::Commune}) {
            auto table = builder.summary(month, by);
            if (!table)
                return "summary failed: " + table.error().message.toUtf8();
            all += month.toIsoString().toUtf8() + '\n' + ReportRenderers::toCsv(*table);
        }
    }
    return all;
}

QByteArray fingerprint(const QString& path)
{
    return QCryptographicHash::hash(TestData::readFile(path), QCryptographicHash::Sha256);
}

/// The portfolio-small data set in a database, and a backup of it.
class RestoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(TestData::importFixture(m_source.db(), QStringLiteral("portfolio-small")));
        const Status closed =
            PortfolioService(m_source.db(), testActor()).closeMonthsThrough(YearMonth(2022, 3));
        ASSERT_TRUE(closed.ok()) << closed.error().message.toStdString();
        m_backup = m_source.filePath(QStringLiteral("book-backup.loandesk"));
        ASSERT_TRUE(backupDatabase(m_source.db(), m_backup).ok());
    }

    /// The files in the folder of @p path that are not @p path itself or its backup folder.
    static QStringList strayFiles(const QString& path)
    {
        QStringList stray;
        const QFileInfo info(path);
        for (const QString& name : info.absoluteDir().entryList(QDir::Files | QDir::Hidden)) {
            if (name != info.fileName())
                stray.append(name);
        }
        return stray;
    }

    TempDatabase m_source;
    QString m_backup;
};

} // namespace

TEST_F(RestoreTest, InspectShowsWhatTheBackupHolds)
{
    TempDatabase target;
    RestoreService service(target.path(), {}, testActor());
    auto contents = service.inspect(m_backup);
    ASSERT_TRUE(contents.ok()) << contents.error().message.toStdString();
    EXPECT_EQ(contents->path, m_backup);
    EXPECT_EQ(contents->writtenAt, QFileInfo(m_backup).lastModified());
    ASSERT_EQ(contents->months.size(), 42);
    EXPECT_EQ(contents->months.front(), YearMonth(2021, 1));
    EXPECT_EQ(contents->months.back(), YearMonth(2024, 6));
    EXPECT_EQ(contents->latestClosed, YearMonth(2022, 3));
    EXPECT_TRUE(contents->isClosed(YearMonth(2022, 3)));
    EXPECT_FALSE(contents->isClosed(YearMonth(2022, 4)));
    auto last = ReportBuilder(m_source.db()).summary(YearMonth(2024, 6), Breakdown::Program);
    ASSERT_TRUE(last.ok());
    EXPECT_EQ(contents->lastMonthOutstanding, last->total.figures.outstandingEnd);
    EXPECT_GT(contents->lastMonthOutstanding.dong(), 0);
    EXPECT_TRUE(contents->passesCheck());
    EXPECT_FALSE(contents->checked.isEmpty());
    // Inspecting changes nothing and leaves nothing behind.
    EXPECT_TRUE(everySummary(target.db()).startsWith("")); // still usable
    EXPECT_EQ(strayFiles(target.path()).filter(QStringLiteral("partial")), QStringList());
    EXPECT_FALSE(QFileInfo::exists(BackupRotation::defaultFolder(target.path())));
}

TEST_F(RestoreTest, RoundTripGivesTheSameFiguresForEveryMonth)
{
    const QByteArray expected = everySummary(m_source.db());
    ASSERT_GT(expected.size(), 1000);

    // Into a database this program has open (the desktop program's File → Restore…).
    TempDatabase open;
    const QByteArray emptyBefore = everySummary(open.db());
    RestoreService service(open.path(), {}, testActor());
    auto outcome = service.restore(m_backup, &open.db());
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_EQ(everySummary(open.db()), expected);
    // The file as it was is kept first, in the backup folder beside it.
    ASSERT_FALSE(outcome->keptCopy.isEmpty());
    EXPECT_TRUE(outcome->keptCopy.startsWith(BackupRotation::defaultFolder(open.path())));
    {
        auto kept = Database::open(outcome->keptCopy);
        ASSERT_TRUE(kept.ok());
        EXPECT_EQ(everySummary(**kept), emptyBefore);
    }
    // The restored file's trail ends with the restore: who, from which backup, and where the old file went.
    {
        AuditFilter filter;
        filter.record = QStringLiteral("book-backup.loandesk");
        auto restore = AuditRepository(open.db()).find(filter);
        ASSERT_TRUE(restore.ok());
        ASSERT_EQ(restore->size(), 1);
        const AuditEntry& entry = restore->front();
        EXPECT_EQ(entry.recordKind, QStringLiteral("backup"));
        EXPECT_EQ(entry.operation, AuditOperation::kRestore);
        EXPECT_EQ(entry.user, QStringLiteral("tester"));
        EXPECT_EQ(entry.atUtc, QStringLiteral("2025-06-02T09:30:00Z"));
        EXPECT_TRUE(entry.newValues.contains(QStringLiteral("kept_copy: ") + outcome->keptCopy))
            << entry.newValues.toStdString();
        EXPECT_TRUE(
            entry.newValues.contains(QStringLiteral("backup: ") + QFileInfo(m_backup).absoluteFilePath()))
            << entry.newValues.toStdString();
    }
    // Another connection sees the restored content as well.
    open.close();
    {
        auto again = Database::open(open.path());
        ASSERT_TRUE(again.ok());
        EXPECT_EQ(everySummary(**again), expected);
        EXPECT_EQ(ReportBuilder(**again).latestClosedMonth().value(), YearMonth(2022, 3));
    }

    // Into a closed file (the CLI's restore).
    TempDatabase closed;
    closed.close();
    auto second = RestoreService(closed.path(), {}, testActor()).restore(m_backup);
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    closed.reopen();
    EXPECT_EQ(everySummary(closed.db()), expected);
    EXPECT_EQ(strayFiles(closed.path()).filter(QStringLiteral("partial")), QStringList());
}

TEST_F(RestoreTest, ACorruptBackupIsRefusedWithTheCurrentFileUntouched)
{
    TempDatabase current;
    ASSERT_TRUE(TestData::importFixture(current.db(), QStringLiteral("worked-example")));
    current.close();
    const QByteArray before = fingerprint(current.path());
    const QStringList filesBefore = QDir(current.dir()).entryList(QDir::Files | QDir::Hidden);

    const QByteArray good = TestData::readFile(m_backup);
    ASSERT_GT(good.size(), 64 * 1024);
    struct Case
    {
        const char* name;
        QByteArray bytes;
    };
    QByteArray scribbled = good;
    for (qsizetype i = 16 * 1024; i < scribbled.size() - 4096;
         i += 4096) // garbage in every page but the first
        scribbled.replace(i, 64, QByteArray(64, '\xA5'));
    const QList<Case> cases = {
        {"truncated to half", good.left(good.size() / 2)},
        {"pages overwritten", scribbled},
        {"not a database", QByteArray("loan_no,borrower_id\nL1,B1\n")},
        {"empty", QByteArray()},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const QString bad = m_source.filePath(QStringLiteral("bad.loandesk"));
        QFile::remove(bad);
        {
            QFile file(bad);
            ASSERT_TRUE(file.open(QIODevice::WriteOnly));
            file.write(c.bytes);
        }
        RestoreService service(current.path(), {}, testActor());
        auto outcome = service.restore(bad);
        ASSERT_FALSE(outcome.ok());
        EXPECT_FALSE(outcome.error().message.isEmpty());
        EXPECT_EQ(fingerprint(current.path()), before);
        EXPECT_EQ(QDir(current.dir()).entryList(QDir::Files | QDir::Hidden), filesBefore);
        EXPECT_FALSE(QFileInfo::exists(BackupRotation::defaultFolder(current.path())));
    }
    // The database still opens with its own figures.
    current.reopen();
    EXPECT_TRUE(everySummary(current.db()).contains("2023-"));
}

TEST_F(RestoreTest, AFileThatCannotBeOpenedIsKeptAndReplaced)
{
    TempDatabase broken;
    broken.close();
    {
        QFile file(broken.path());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("this is no database any more");
    }
    auto outcome = RestoreService(broken.path(), {}, testActor()).restore(m_backup);
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_EQ(TestData::readFile(outcome->keptCopy), QByteArray("this is no database any more"));
    broken.reopen();
    EXPECT_EQ(everySummary(broken.db()), everySummary(m_source.db()));
}
