// Power cuts: loandesk-cli is killed (SIGKILL, no chance to clean up) at a random moment of a write, and the
// file it leaves must hold either everything the write did or nothing of it, and pass `check`.
//
// The number of kills per write is LOANDESK_KILL_ROUNDS (default 4, so the suite stays short); run with a
// larger number to repeat the measurement, e.g. `LOANDESK_KILL_ROUNDS=25 ctest -R test_cli_kill`.
#include "TestData.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

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

    /// Kills the write @p arguments (with `%DB%` for the file) started on copies of @p before at random
    /// moments within the time it takes; every file left must equal @p before or @p after and pass `check`.
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
        const QByteArray contentBefore = contentOf(before);
        const QByteArray contentAfter = contentOf(complete);
        ASSERT_NE(contentBefore, contentAfter) << "the write changes nothing: the test would prove nothing";

        int killedWhileRunning = 0;
        int whole = 0;
        int nothing = 0;
        for (int round = 0; round < rounds(); ++round) {
            const QString victim = path(QStringLiteral("victim-%1.loandesk").arg(round));
            ASSERT_TRUE(copyDatabase(before, victim));
            const int afterMs = int(QRandomGenerator::global()->bounded(durationMs + 1));
            if (runAndKill(substitute(arguments, victim), afterMs))
                ++killedWhileRunning;

            QByteArray out;
            EXPECT_EQ(runCli({QStringLiteral("check"), QStringLiteral("--db"), victim}, &out, &err), 0)
                << "killed after " << afterMs << " ms: " << out.toStdString() << err.toStdString();
            const QByteArray content = contentOf(victim);
            if (content == contentAfter)
                ++whole;
            else if (content == contentBefore)
                ++nothing;
            else
                ADD_FAILURE() << "killed after " << afterMs << " ms: the file holds part of the write";
            QFile::remove(victim);
            QFile::remove(victim + QStringLiteral("-wal"));
            QFile::remove(victim + QStringLiteral("-shm"));
        }
        std::cout << "[kills] " << arguments.first().toStdString() << ": " << rounds() << " kills ("
                  << killedWhileRunning << " while running, write takes " << durationMs << " ms): " << whole
                  << " whole, " << nothing << " nothing, " << (rounds() - whole - nothing) << " partial\n";
        EXPECT_EQ(whole + nothing, rounds());
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
