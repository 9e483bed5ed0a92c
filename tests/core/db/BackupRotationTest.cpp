#include "TempDatabase.h"

#include "db/BackupRotation.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

namespace {

QDateTime at(int day, int hour)
{
    return {QDate(2026, 12, day), QTime(hour, 0)};
}

QStringList namesOf(const QList<QFileInfo>& files)
{
    QStringList names;
    for (const QFileInfo& file : files)
        names.append(file.fileName());
    return names;
}

} // namespace

TEST(BackupRotation, WritesBesideTheDatabaseAtMostOnceADay)
{
    TempDatabase temp;
    BackupRotation rotation(temp.path());
    EXPECT_EQ(rotation.folder(), temp.path() + QStringLiteral(".backups"));
    EXPECT_EQ(rotation.keep(), 10);

    auto first = rotation.runIfDue(temp.db(), at(1, 9));
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_TRUE(first->endsWith(QStringLiteral("-2026-12-01-090000.loandesk"))) << first->toStdString();
    EXPECT_TRUE(Database::open(*first).ok());

    auto sameDay = rotation.runIfDue(temp.db(), at(1, 17));
    ASSERT_TRUE(sameDay.ok());
    EXPECT_TRUE(sameDay->isEmpty()); // one a day is enough
    EXPECT_FALSE(rotation.isDue(at(1, 23)));
    EXPECT_TRUE(rotation.isDue(at(2, 8)));

    auto nextDay = rotation.runIfDue(temp.db(), at(2, 8));
    ASSERT_TRUE(nextDay.ok());
    EXPECT_FALSE(nextDay->isEmpty());
    EXPECT_EQ(rotation.backups().size(), 2);
}

TEST(BackupRotation, KeepsTheLatestNAndNothingElseIsRemoved)
{
    TempDatabase temp;
    const QString folder = temp.filePath(QStringLiteral("elsewhere"));
    BackupRotation rotation(temp.path(), folder, 3);
    ASSERT_TRUE(QDir().mkpath(folder));
    // Files that are not automatic backups stay.
    const QString name = QFileInfo(temp.path()).completeBaseName();
    const QStringList others = {name + QStringLiteral("-before-restore-2026-11-30-120000.loandesk"),
                                QStringLiteral("notes.txt")};
    for (const QString& other : others) {
        QFile file(QDir(folder).filePath(other));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("kept");
    }
    for (int day = 1; day <= 5; ++day)
        ASSERT_TRUE(rotation.runIfDue(temp.db(), at(day, 18)).ok());

    EXPECT_EQ(namesOf(rotation.backups()),
              (QStringList{name + QStringLiteral("-2026-12-05-180000.loandesk"),
                           name + QStringLiteral("-2026-12-04-180000.loandesk"),
                           name + QStringLiteral("-2026-12-03-180000.loandesk")}));
    for (const QString& other : others)
        EXPECT_TRUE(QFile::exists(QDir(folder).filePath(other))) << other.toStdString();
    EXPECT_EQ(QDir(folder).entryList(QDir::Files).size(), 5);

    // Keeping fewer from now on removes the oldest at the next backup.
    BackupRotation fewer(temp.path(), folder, 1);
    ASSERT_TRUE(fewer.backupNow(temp.db(), at(6, 7)).ok());
    EXPECT_EQ(namesOf(fewer.backups()), QStringList{name + QStringLiteral("-2026-12-06-070000.loandesk")});
}
