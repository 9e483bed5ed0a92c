#include "TempDatabase.h"

#include "db/TransactionGuard.h"
#include "repo/CommuneRepository.h"

#include <gtest/gtest.h>

TEST(TransactionGuard, RollsBackUnlessCommitted)
{
    TempDatabase temp;
    CommuneRepository communes(temp.db());
    {
        TransactionGuard transaction(temp.db());
        ASSERT_TRUE(transaction.isActive());
        ASSERT_TRUE(communes.insert({{QStringLiteral("13321"), QStringLiteral("Phường Đồng Văn")}}).ok());
        EXPECT_EQ(communes.all()->size(), 1);
    }
    EXPECT_EQ(communes.all()->size(), 0);
    {
        TransactionGuard transaction(temp.db());
        ASSERT_TRUE(communes.insert({{QStringLiteral("13321"), QStringLiteral("Phường Đồng Văn")}}).ok());
        ASSERT_TRUE(transaction.commit().ok());
        EXPECT_FALSE(transaction.isActive());
    }
    temp.reopen();
    ASSERT_EQ(CommuneRepository(temp.db()).all()->size(), 1);
}

TEST(TransactionGuard, AFailureInsideLeavesNothingBehind)
{
    TempDatabase temp;
    CommuneRepository communes(temp.db());
    {
        TransactionGuard transaction(temp.db());
        ASSERT_TRUE(communes.insert({{QStringLiteral("1"), QStringLiteral("A")}}).ok());
        // A duplicate code fails; the guard then goes out of scope without commit.
        EXPECT_FALSE(communes.insert({{QStringLiteral("1"), QStringLiteral("B")}}).ok());
    }
    EXPECT_TRUE(communes.all()->isEmpty());
}

TEST(TransactionGuard, ASecondWriterWaitsAndThenGivesUpWithAClearError)
{
    TempDatabase temp;
    auto second = Database::open(temp.path());
    ASSERT_TRUE(second.ok());
    TransactionGuard first(temp.db());
    ASSERT_TRUE(first.isActive());
    // The busy timeout makes this wait before failing; the message says the database is locked.
    TransactionGuard blocked(**second);
    EXPECT_FALSE(blocked.isActive());
    EXPECT_EQ(blocked.status().error().kind, Error::Kind::Unusable);
    EXPECT_TRUE(blocked.status().error().message.contains(QStringLiteral("locked")))
        << blocked.status().error().message.toStdString();
}
