#include "TempDatabase.h"

#include "db/Backup.h"
#include "db/TransactionGuard.h"
#include "repo/CommuneRepository.h"

#include <QFileInfo>

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
