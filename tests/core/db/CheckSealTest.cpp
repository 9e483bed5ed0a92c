// The seal that lets a file unchanged since its last passing quick check open without reading every page
// again, and every way a changed file loses it: a write, damage with the old modification time put back, a
// write-ahead log with content, another file put in its place, a change in the clock tick of the check.
#include "TempDatabase.h"

#include "db/CheckSeal.h"
#include "service/PortfolioService.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/stat.h>

namespace {

Actor clerk()
{
    return {QStringLiteral("clerk"),
            []() { return QDateTime(QDate(2025, 6, 2), QTime(9, 0), QTimeZone::utc()); }};
}

/// Seals the file as it is now, as a quick check that passed a while after its last change would.
void sealNow(const QString& path)
{
    const auto state = CheckSeal::stateOf(path);
    ASSERT_TRUE(state.has_value());
    CheckSeal::FileState later = *state;
    later.readAtNs = later.changedNs + (CheckSeal::kRacySeconds + 1) * qint64(1'000'000'000);
    CheckSeal::record(later);
}

/// A closed database with a few communes, sealed.
class CheckSealTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        PortfolioService service(m_temp.db(), clerk());
        for (int n = 1; n <= 200; ++n)
            ASSERT_TRUE(service
                            .registerCommune({QStringLiteral("C%1").arg(n, 4, 10, QLatin1Char('0')),
                                              QStringLiteral("Xã số %1").arg(n)})
                            .ok());
        m_temp.close();
        sealNow(m_temp.path());
    }
    void TearDown() override { CheckSeal::forget(m_temp.path()); }

    TempDatabase m_temp;
};

/// Overwrites one page in the middle of the file with the same number of bytes and puts the old modification
/// time back, as a careful hand (or a failing disk) would leave it.
void damageKeepingTheTimes(const QString& path)
{
    struct stat before
    {};
    ASSERT_EQ(::stat(QFile::encodeName(path).constData(), &before), 0);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        ASSERT_TRUE(file.seek((file.size() / pageSize / 2) * pageSize));
        file.write(QByteArray(4096, '\x5a'));
    }
    const struct timespec times[2] = {before.st_atim, before.st_mtim};
    ASSERT_EQ(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0), 0);
}

} // namespace

TEST_F(CheckSealTest, AnUnchangedFileThatPassedOpensWithoutTheCheck)
{
    auto opened = Database::open(m_temp.path());
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_TRUE((*opened)->quickCheckSealTrusted());
    EXPECT_EQ((*opened)->quickCheckMs(), 0);
    opened->reset();
    // Opening and reading without writing leaves the file as it was: the seal still holds.
    auto again = Database::open(m_temp.path());
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE((*again)->quickCheckSealTrusted());
}

TEST_F(CheckSealTest, AWriteMakesTheNextOpenCheckAgain)
{
    {
        auto opened = Database::open(m_temp.path());
        ASSERT_TRUE(opened.ok());
        ASSERT_TRUE(PortfolioService(**opened, clerk())
                        .registerCommune({QStringLiteral("C9999"), QStringLiteral("Xã cuối")})
                        .ok());
    }
    auto again = Database::open(m_temp.path());
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE((*again)->quickCheckSealTrusted());
}

TEST_F(CheckSealTest, DamageWithTheOldModificationTimePutBackIsFoundAndRefused)
{
    damageKeepingTheTimes(m_temp.path());
    auto opened = Database::open(m_temp.path());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().cause, Error::Cause::Corrupt);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("damaged")))
        << opened.error().message.toStdString();
}

TEST_F(CheckSealTest, AWriteAheadLogWithContentIsNeverTrusted)
{
    // Another program wrote and is still open: its changes are in the -wal, not yet in the file.
    auto writer = Database::open(m_temp.path(), Database::Access::Detect, Database::Check::None);
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE(PortfolioService(**writer, clerk())
                    .registerCommune({QStringLiteral("C9999"), QStringLiteral("Xã cuối")})
                    .ok());
    ASSERT_GT(QFileInfo(m_temp.path() + QStringLiteral("-wal")).size(), 0);
    auto opened = Database::open(m_temp.path());
    ASSERT_TRUE(opened.ok());
    EXPECT_FALSE((*opened)->quickCheckSealTrusted());
}

TEST_F(CheckSealTest, AnotherFilePutInItsPlaceIsChecked)
{
    const QString copy = m_temp.filePath(QStringLiteral("copy.loandesk"));
    ASSERT_TRUE(QFile::copy(m_temp.path(), copy));
    ASSERT_TRUE(QFile::remove(m_temp.path()));
    ASSERT_TRUE(QFile::rename(copy, m_temp.path()));
    auto opened = Database::open(m_temp.path());
    ASSERT_TRUE(opened.ok());
    EXPECT_FALSE((*opened)->quickCheckSealTrusted());
}

TEST_F(CheckSealTest, AFileChangedInTheSecondsBeforeItsCheckIsNotSealed)
{
    CheckSeal::forget(m_temp.path());
    const auto state = CheckSeal::stateOf(m_temp.path());
    ASSERT_TRUE(state.has_value());
    // The check passed in the same instant as the last change: a change in the same clock tick would keep
    // every time, so no seal is written.
    CheckSeal::FileState sameInstant = *state;
    sameInstant.readAtNs = state->changedNs;
    CheckSeal::record(sameInstant);
    EXPECT_FALSE(CheckSeal::matches(*state));
    auto opened = Database::open(m_temp.path());
    ASSERT_TRUE(opened.ok());
    EXPECT_FALSE((*opened)->quickCheckSealTrusted());
    EXPECT_GE((*opened)->quickCheckMs(), 0);
}

TEST_F(CheckSealTest, AFurtherConnectionWithoutTheCheckNeitherReadsNorWritesTheSeal)
{
    CheckSeal::forget(m_temp.path());
    auto opened = Database::open(m_temp.path(), Database::Access::Detect, Database::Check::None);
    ASSERT_TRUE(opened.ok());
    EXPECT_FALSE((*opened)->quickCheckSealTrusted());
    const auto state = CheckSeal::stateOf(m_temp.path());
    ASSERT_TRUE(state.has_value());
    EXPECT_FALSE(CheckSeal::matches(*state));
}

TEST_F(CheckSealTest, ASealOlderThanAWeekIsNotTrusted)
{
    const auto state = CheckSeal::stateOf(m_temp.path());
    ASSERT_TRUE(state.has_value());
    ASSERT_TRUE(CheckSeal::matches(*state));
    // The seal file says when it was written: make that eight days ago.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                           QStringLiteral("/loandesk/checked");
    bool rewritten = false;
    for (const QString& name : QDir(folder).entryList(QDir::Files)) {
        QFile file(folder + u'/' + name);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = file.readAll().split('\n');
        file.close();
        if (lines.size() < 2 || QString::fromUtf8(lines[0]) != state->line())
            continue;
        lines[1] = "sealed " +
                   QByteArray::number(QDateTime::currentMSecsSinceEpoch() - qint64(8) * 24 * 3600 * 1000);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(lines.join('\n'));
        rewritten = true;
    }
    ASSERT_TRUE(rewritten);
    EXPECT_FALSE(CheckSeal::matches(*state));
    auto opened = Database::open(m_temp.path());
    ASSERT_TRUE(opened.ok());
    EXPECT_FALSE((*opened)->quickCheckSealTrusted());
}
