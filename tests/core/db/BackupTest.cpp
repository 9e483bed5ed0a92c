#include "TempDatabase.h"

#include "db/Backup.h"
#include "db/TransactionGuard.h"
#include "repo/CommuneRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <csignal>
#include <sys/resource.h>

#include <gtest/gtest.h>

TEST(Backup, CopiesACommittedStateWhileAnotherConnectionIsWriting)
{
    TempDatabase temp;
    ASSERT_TRUE(CommuneRepository(temp.db())
                    .insert({{QStringLiteral("13321"), QStringLiteral("Phường Đồng Văn")}})
                    .ok());

    // The desktop program is in the middle of a change.
    TransactionGuard writing(temp.db());
    ASSERT_TRUE(CommuneRepository(temp.db())
                    .insert({{QStringLiteral("13324"), QStringLiteral("Phường Hòa Mạc")}})
                    .ok());

    auto reader = Database::open(temp.path());
    ASSERT_TRUE(reader.ok());
    const QString copy = temp.filePath(QStringLiteral("copy.loandesk"));
    const Status status = backupDatabase(**reader, copy);
    ASSERT_TRUE(status.ok()) << status.error().message.toStdString();
    ASSERT_TRUE(writing.commit().ok());

    auto opened = Database::open(copy);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    auto communes = CommuneRepository(**opened).all();
    ASSERT_TRUE(communes.ok());
    ASSERT_EQ(communes->size(), 1); // the uncommitted commune is not in the copy
    EXPECT_EQ(communes->front().code, QStringLiteral("13321"));
}

TEST(Backup, NeverOverwritesAFile)
{
    TempDatabase temp;
    const QString copy = temp.filePath(QStringLiteral("copy.loandesk"));
    ASSERT_TRUE(backupDatabase(temp.db(), copy).ok());
    const qint64 size = QFileInfo(copy).size();
    const Status again = backupDatabase(temp.db(), copy);
    EXPECT_FALSE(again.ok());
    EXPECT_EQ(QFileInfo(copy).size(), size);
}

namespace {

/// Lowers the largest file size this process may write (RLIMIT_FSIZE) while it lives: a write past it fails
/// like one on a full disk (SIGXFSZ is ignored, so the write returns an error instead of killing the test).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit lowered = m_saved;
        lowered.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &lowered);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_saved{};
};

} // namespace

TEST(Backup, AFailedBackupLeavesNothing)
{
    TempDatabase temp;
    const QString target = temp.filePath(QStringLiteral("backups/copy.loandesk"));
    ASSERT_TRUE(QDir().mkpath(QFileInfo(target).absolutePath()));
    temp.close(); // everything into the main file, to measure it
    temp.reopen();
    const qint64 size = QFileInfo(temp.path()).size();
    ASSERT_GT(size, 16384) << "the database must be larger than the limit below";
    Status written;
    {
        FileSizeLimit limit(8192); // the disk "fills up" after two pages
        written = backupDatabase(temp.db(), target);
    }
    ASSERT_FALSE(written.ok());
    EXPECT_FALSE(written.error().message.isEmpty());
    // Neither the backup nor its temporary file is left.
    EXPECT_EQ(QDir(QFileInfo(target).absolutePath()).entryList(QDir::Files | QDir::Hidden | QDir::System),
              QStringList());
    // With room again it succeeds.
    ASSERT_TRUE(backupDatabase(temp.db(), target).ok());
    EXPECT_EQ(QDir(QFileInfo(target).absolutePath()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("copy.loandesk")});
}

TEST(Backup, ReplacesAChosenFileWholeAndNeverTheDatabaseItself)
{
    TempDatabase temp;
    const QString target = temp.filePath(QStringLiteral("chosen.loandesk"));
    {
        QFile old(target);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("an older file the person chose to replace");
    }
    ASSERT_TRUE(backupDatabase(temp.db(), target, BackupTarget::MayReplace).ok());
    auto opened = Database::open(target);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_FALSE(backupDatabase(temp.db(), temp.path(), BackupTarget::MayReplace).ok());
}
