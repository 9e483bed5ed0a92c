// Power cuts: loandesk-cli is killed (SIGKILL, no chance to clean up) at a random moment of a write, and the
// file it leaves must hold either everything the write did or nothing of it, and pass `check`.
//
// Each write is killed LOANDESK_KILL_ROUNDS times at a random moment and as many times inside its write
// transaction, while its pages go into the write-ahead log (default 4 and 4, so the suite stays short); run
// with a larger number to repeat the measurement, e.g. `LOANDESK_KILL_ROUNDS=25 ctest -R test_cli_kill`.
#include "TestData.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <iostream>
#include <string>

#include <gtest/gtest.h>

using TestData::runCli;

namespace {

int rounds()
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue("LOANDESK_KILL_ROUNDS", &ok);
    return ok && value > 0 ? value : 4;
}

/// Everything a database holds that a user can see: `export` of every file, and the months with their state.
QByteArray contentOf(const QString& db)
{
    QTemporaryDir dir;
    QByteArray all;
    if (runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), dir.path()}) !=
        0)
        return "export failed";
    for (const QString& name : QDir(dir.path()).entryList(QDir::Files, QDir::Name))
        all += name.toUtf8() + '\n' + TestData::readFile(QDir(dir.path()).filePath(name));
    QByteArray months;
    runCli({QStringLiteral("months"), QStringLiteral("--db"), db}, &months);
    return all + "months\n" + months;
}

/// Copies the database file @p from (closed, no -wal) to @p to.
bool copyDatabase(const QString& from, const QString& to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

class KillTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    /// Runs loandesk-cli with @p arguments and kills it after @p afterMs; returns whether it was still
    /// running when killed.
    static bool runAndKill(const QStringList& arguments, int afterMs)
    {
        QProcess process;
        process.start(TestData::cliPath(), arguments);
        if (!process.waitForStarted())
            return false;
        if (afterMs > 0 && process.waitForFinished(afterMs))
            return false;
        process.kill();
        process.waitForFinished();
        return true;
    }

    /// Runs loandesk-cli with @p arguments and kills it as soon as the write-ahead log @p wal holds
    /// @p walBytes or more: inside the write transaction, while its pages are written (the log's header is 32
    /// bytes; a transaction's pages follow). Returns whether it was still running when killed; @p largest
    /// receives the largest size of the log seen.
    static bool runAndKillInWrite(const QStringList& arguments, const QString& wal, qint64 walBytes,
                                  qint64* largest = nullptr)
    {
        QProcess process;
        process.start(TestData::cliPath(), arguments);
        if (!process.waitForStarted())
            return false;
        qint64 seen = 0;
        // waitForFinished() is the poll: it notices the end of the process (state() alone does not, without
        // an event loop) and waits a millisecond at most. A write that hangs is a failure, not a hung test.
        const QDeadlineTimer deadline(120'000);
        while (process.state() != QProcess::NotRunning && !process.waitForFinished(1)) {
            if (deadline.hasExpired()) {
                ADD_FAILURE() << "loandesk-cli did not finish within 120 s";
                process.kill();
                process.waitForFinished();
                return false;
            }
            seen = std::max(seen, QFileInfo(wal).size());
            if (walBytes > 0 && seen >= walBytes) {
                process.kill();
                process.waitForFinished();
                if (largest)
                    *largest = seen;
                return true;
            }
        }
        process.waitForFinished();
        if (largest)
            *largest = seen;
        return false;
    }

    /// Kills the write @p arguments (with `%DB%` for the file) started on copies of @p before, each time two
    /// ways: at a random moment within the time it takes, and inside its write transaction (once the
    /// write-ahead log has grown past a random size up to the largest it reaches); every file left must equal
    /// @p before or @p after and pass `check`.
    void killRepeatedly(const QString& before, const QStringList& arguments)
    {
        // The write, uninterrupted: how long it takes and what it leaves.
        const QString complete = path(QStringLiteral("complete.loandesk"));
        ASSERT_TRUE(copyDatabase(before, complete));
        QElapsedTimer timer;
        timer.start();
        QByteArray err;
        ASSERT_EQ(runCli(substitute(arguments, complete), nullptr, &err), 0) << err.toStdString();
        const int durationMs = int(timer.elapsed());
        // Once more, watching how far the write-ahead log grows.
        const QString watched = path(QStringLiteral("watched.loandesk"));
        ASSERT_TRUE(copyDatabase(before, watched));
        qint64 largestWal = 0;
        EXPECT_FALSE(runAndKillInWrite(substitute(arguments, watched), watched + QStringLiteral("-wal"), 0,
                                       &largestWal));
        // A write of a few pages may be over between two looks: then at least one page of the log.
        const qint64 walRange = std::max<qint64>(largestWal, 32 + 4096) - 32;
        const QByteArray contentBefore = contentOf(before);
        const QByteArray contentAfter = contentOf(complete);
        ASSERT_NE(contentBefore, contentAfter) << "the write changes nothing: the test would prove nothing";

        int killedWhileRunning = 0;
        int whole = 0;
        int nothing = 0;
        int killedInWrite = 0;
        for (int round = 0; round < 2 * rounds(); ++round) {
            const QString victim = path(QStringLiteral("victim-%1.loandesk").arg(round));
            ASSERT_TRUE(copyDatabase(before, victim));
            const bool inWrite = round % 2 == 1;
            const int afterMs = int(QRandomGenerator::global()->bounded(durationMs + 1));
            const qint64 walBytes = 33 + QRandomGenerator::global()->bounded(walRange);
            if (inWrite) {
                if (runAndKillInWrite(substitute(arguments, victim), victim + QStringLiteral("-wal"),
                                      walBytes))
                    ++killedInWrite;
            } else if (runAndKill(substitute(arguments, victim), afterMs)) {
                ++killedWhileRunning;
            }

            QByteArray out;
            const std::string when = inWrite ? "killed with " + std::to_string(walBytes) + " bytes of log"
                                             : "killed after " + std::to_string(afterMs) + " ms";
            EXPECT_EQ(runCli({QStringLiteral("check"), QStringLiteral("--db"), victim}, &out, &err), 0)
                << when << ": " << out.toStdString() << err.toStdString();
            const QByteArray content = contentOf(victim);
            if (content == contentAfter)
                ++whole;
            else if (content == contentBefore)
                ++nothing;
            else
                ADD_FAILURE() << when << ": the file holds part of the write";
            QFile::remove(victim);
            QFile::remove(victim + QStringLiteral("-wal"));
            QFile::remove(victim + QStringLiteral("-shm"));
        }
        const int kills = 2 * rounds();
        std::cout << "[kills] " << arguments.first().toStdString() << ": " << kills << " kills ("
                  << killedWhileRunning << " at a random moment of " << durationMs << " ms, " << killedInWrite
                  << " inside the write transaction, log up to " << largestWal << " bytes): " << whole
                  << " whole, " << nothing << " nothing, " << (kills - whole - nothing) << " partial\n";
        EXPECT_EQ(whole + nothing, kills);
        // A write of a few pages can be over between two looks at the log; a large one cannot.
        if (largestWal > 256 * 1024) {
            EXPECT_GT(killedInWrite, 0) << "no kill landed while the write-ahead log was being written";
        }
    }

    static QStringList substitute(QStringList arguments, const QString& db)
    {
        for (QString& argument : arguments)
            argument.replace(QStringLiteral("%DB%"), db);
        return arguments;
    }

    QTemporaryDir m_dir;
};

TEST_F(KillTest, AnImportKilledAtAnyMomentLeavesAllOrNothing)
{
    const QString empty = path(QStringLiteral("empty.loandesk"));
    ASSERT_EQ(runCli({QStringLiteral("init"), QStringLiteral("--db"), empty}), 0);
    killRepeatedly(empty, {QStringLiteral("import"), QStringLiteral("--db"), QStringLiteral("%DB%"),
                           TestData::fixture(QStringLiteral("portfolio-small/data"))});
}

TEST_F(KillTest, AClosingKilledAtAnyMomentLeavesAllOrNothing)
{
    const QString open = path(QStringLiteral("open.loandesk"));
    ASSERT_EQ(runCli({QStringLiteral("init"), QStringLiteral("--db"), open}), 0);
    QByteArray err;
    ASSERT_EQ(runCli({QStringLiteral("import"), QStringLiteral("--db"), open,
                      TestData::fixture(QStringLiteral("portfolio-small/data"))},
                     nullptr, &err),
              0)
        << err.toStdString();
    // A closing runs `check` on the whole portfolio, then writes the closed month and its audit row.
    killRepeatedly(open, {QStringLiteral("close"), QStringLiteral("--db"), QStringLiteral("%DB%"),
                          QStringLiteral("--month"), QStringLiteral("2021-01")});
}

} // namespace
