// Signing in and keeping users (docs/security.md): Argon2id hashes, wrong passwords, the lock after five of
// them and its end, measured with an injected clock.
#include "TempDatabase.h"

#include "repo/AuditRepository.h"
#include "repo/UserRepository.h"
#include "service/PasswordHash.h"
#include "service/UserService.h"

#include <QFile>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace {

const QString kPassword = QStringLiteral("Mật khẩu 2026!");

/// A clock the test moves by hand.
struct TestClock
{
    QDateTime now = QDateTime(QDate(2026, 12, 5), QTime(8, 0), QTimeZone::utc());
    std::function<QDateTime()> function()
    {
        return [this]() { return now; };
    }
};

class UserServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(users().addUser(Actor(), QStringLiteral("an"), Role::Admin, kPassword).ok());
        auto signedIn = users().signIn(QStringLiteral("an"), kPassword);
        ASSERT_TRUE(signedIn.ok());
        m_admin = *signedIn;
        ASSERT_TRUE(users().addUser(m_admin, QStringLiteral("thu.ha"), Role::Staff, kPassword).ok());
    }

    UserService users() { return UserService(m_temp.db(), m_clock.function()); }
    UserAccount stored(const QString& name)
    {
        auto found = UserRepository(m_temp.db()).find(name);
        EXPECT_TRUE(found.ok() && found->has_value());
        return found && found->has_value() ? **found : UserAccount();
    }

    TempDatabase m_temp;
    TestClock m_clock;
    Actor m_admin;
};

} // namespace

TEST(PasswordHashTest, IsArgon2idSaltedAndVerifies)
{
    auto first = PasswordHash::hash(kPassword);
    auto second = PasswordHash::hash(kPassword);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_TRUE(first->startsWith(QStringLiteral("$argon2id$")));
    EXPECT_NE(*first, *second); // a random salt each time
    EXPECT_FALSE(first->contains(kPassword));
    EXPECT_TRUE(PasswordHash::verify(*first, kPassword));
    EXPECT_FALSE(PasswordHash::verify(*first, kPassword + u'x'));
    EXPECT_FALSE(PasswordHash::verify(QStringLiteral("not a hash"), kPassword));
    EXPECT_FALSE(PasswordHash::verify(QString(), QString()));
}

TEST_F(UserServiceTest, SignsInWithTheRightPasswordOnly)
{
    auto staff = users().signIn(QStringLiteral("thu.ha"), kPassword);
    ASSERT_TRUE(staff.ok());
    EXPECT_EQ(staff->user, QStringLiteral("thu.ha"));
    ASSERT_TRUE(staff->role.has_value());
    EXPECT_EQ(*staff->role, Role::Staff);
    EXPECT_EQ(staff->now(), m_clock.now);
    // Names compare without regard to case; the stored spelling is the one recorded.
    auto upper = users().signIn(QStringLiteral("THU.HA"), kPassword);
    ASSERT_TRUE(upper.ok());
    EXPECT_EQ(upper->user, QStringLiteral("thu.ha"));

    auto wrong = users().signIn(QStringLiteral("thu.ha"), QStringLiteral("mat khau 2026!"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().kind, Error::Kind::Refused);
    // An unknown name gets the same answer as a wrong password.
    auto unknown = users().signIn(QStringLiteral("mallory"), kPassword);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().message, wrong.error().message);
    EXPECT_EQ(stored(QStringLiteral("thu.ha")).failedAttempts, 1);
    // The right password forgets the failed attempt.
    ASSERT_TRUE(users().signIn(QStringLiteral("thu.ha"), kPassword).ok());
    EXPECT_EQ(stored(QStringLiteral("thu.ha")).failedAttempts, 0);
}

TEST_F(UserServiceTest, FiveWrongPasswordsLockForFiveMinutes)
{
    for (int attempt = 1; attempt <= 4; ++attempt) {
        ASSERT_FALSE(users().signIn(QStringLiteral("thu.ha"), QStringLiteral("guess-%1").arg(attempt)).ok());
        EXPECT_EQ(stored(QStringLiteral("thu.ha")).failedAttempts, attempt);
        EXPECT_FALSE(stored(QStringLiteral("thu.ha")).isLockedAt(m_clock.now));
    }
    auto fifth = users().signIn(QStringLiteral("thu.ha"), QStringLiteral("guess-5"));
    ASSERT_FALSE(fifth.ok());
    EXPECT_TRUE(fifth.error().message.contains(QStringLiteral("locked")))
        << fifth.error().message.toStdString();
    const UserAccount locked = stored(QStringLiteral("thu.ha"));
    EXPECT_EQ(locked.lockedUntil, m_clock.now.addSecs(5 * 60));
    // While locked, even the right password is refused.
    m_clock.now = m_clock.now.addSecs(4 * 60 + 59);
    auto during = users().signIn(QStringLiteral("thu.ha"), kPassword);
    ASSERT_FALSE(during.ok());
    EXPECT_TRUE(during.error().message.contains(QStringLiteral("locked")));
    // Other users are not affected.
    EXPECT_TRUE(users().signIn(QStringLiteral("an"), kPassword).ok());
    // Five minutes after the fifth wrong password the lock is over.
    m_clock.now = m_clock.now.addSecs(1);
    EXPECT_TRUE(users().signIn(QStringLiteral("thu.ha"), kPassword).ok());
    EXPECT_FALSE(stored(QStringLiteral("thu.ha")).lockedUntil.isValid());
    // The lock is in the audit trail, without any password.
    auto rows = AuditRepository(m_temp.db()).find({});
    ASSERT_TRUE(rows.ok());
    bool lockRow = false;
    for (const AuditEntry& row : *rows) {
        lockRow = lockRow ||
                  (row.operation == AuditOperation::kLockUser && row.recordKey == QStringLiteral("thu.ha"));
        EXPECT_FALSE(row.newValues.contains(QStringLiteral("guess"))) << row.newValues.toStdString();
        EXPECT_FALSE(row.newValues.contains(kPassword));
    }
    EXPECT_TRUE(lockRow);
}

TEST_F(UserServiceTest, AnAdminUnlocksBeforeTheFiveMinutes)
{
    for (int attempt = 1; attempt <= 5; ++attempt)
        ASSERT_FALSE(users().signIn(QStringLiteral("thu.ha"), QStringLiteral("guess")).ok());
    auto staff = users().signIn(QStringLiteral("thu.ha"), kPassword);
    ASSERT_FALSE(staff.ok());
    EXPECT_FALSE(users().unlock(Actor(), QStringLiteral("thu.ha")).ok()); // no one signed in
    ASSERT_TRUE(users().unlock(m_admin, QStringLiteral("thu.ha")).ok());
    EXPECT_TRUE(users().signIn(QStringLiteral("thu.ha"), kPassword).ok());
}

TEST_F(UserServiceTest, OnlyAnAdminManagesUsersAndTheFirstUserIsAnAdmin)
{
    TempDatabase fresh;
    UserService empty(fresh.db());
    EXPECT_FALSE(empty.hasUsers().value());
    EXPECT_FALSE(empty.addUser(Actor(), QStringLiteral("dung"), Role::Director, kPassword).ok());
    EXPECT_FALSE(empty.addUser(Actor(), QStringLiteral("an"), Role::Admin, QStringLiteral("short")).ok());
    ASSERT_TRUE(empty.addUser(Actor(), QStringLiteral("an"), Role::Admin, kPassword).ok());
    EXPECT_TRUE(empty.hasUsers().value());
    // Once there is one, adding a user needs a signed-in admin.
    EXPECT_FALSE(empty.addUser(Actor(), QStringLiteral("dung"), Role::Director, kPassword).ok());

    auto staff = users().signIn(QStringLiteral("thu.ha"), kPassword);
    ASSERT_TRUE(staff.ok());
    EXPECT_FALSE(users().addUser(*staff, QStringLiteral("dung"), Role::Director, kPassword).ok());
    EXPECT_FALSE(users().changeRole(*staff, QStringLiteral("thu.ha"), Role::Admin).ok());
    EXPECT_FALSE(users().changePassword(*staff, QStringLiteral("an"), QStringLiteral("taken over!")).ok());
    EXPECT_FALSE(users().addUser(m_admin, QStringLiteral("THU.HA"), Role::Director, kPassword).ok()); // taken
    // A user changes their own password; an admin anyone's.
    ASSERT_TRUE(
        users().changePassword(*staff, QStringLiteral("thu.ha"), QStringLiteral("new secret 1")).ok());
    EXPECT_FALSE(users().signIn(QStringLiteral("thu.ha"), kPassword).ok());
    EXPECT_TRUE(users().signIn(QStringLiteral("thu.ha"), QStringLiteral("new secret 1")).ok());
    ASSERT_TRUE(users().changePassword(m_admin, QStringLiteral("thu.ha"), kPassword).ok());
    EXPECT_TRUE(users().signIn(QStringLiteral("thu.ha"), kPassword).ok());
    // The last admin stays an admin.
    EXPECT_FALSE(users().changeRole(m_admin, QStringLiteral("an"), Role::Director).ok());
    ASSERT_TRUE(users().changeRole(m_admin, QStringLiteral("thu.ha"), Role::Admin).ok());
    EXPECT_TRUE(users().changeRole(m_admin, QStringLiteral("an"), Role::Director).ok());
}

TEST_F(UserServiceTest, NoPasswordIsStoredOrRecordedInClear)
{
    ASSERT_TRUE(
        users().changePassword(m_admin, QStringLiteral("thu.ha"), QStringLiteral("another secret")).ok());
    m_temp.close();
    const QByteArray bytes = [&]() {
        QFile file(m_temp.path());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QFile wal(m_temp.path() + QStringLiteral("-wal"));
    const QByteArray walBytes = wal.open(QIODevice::ReadOnly) ? wal.readAll() : QByteArray();
    ASSERT_FALSE(bytes.isEmpty());
    for (const QString& secret : {kPassword, QStringLiteral("another secret")}) {
        EXPECT_FALSE(bytes.contains(secret.toUtf8()));
        EXPECT_FALSE(walBytes.contains(secret.toUtf8()));
    }
    EXPECT_TRUE(bytes.contains("$argon2id$") || walBytes.contains("$argon2id$"));
}

TEST(DatabaseFileTest, ANewDatabaseIsPrivateToItsOwner)
{
    TempDatabase temp;
    const QFileDevice::Permissions perms = QFile::permissions(temp.path());
    EXPECT_TRUE(perms & QFileDevice::ReadOwner);
    EXPECT_FALSE(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                          QFileDevice::WriteOther));
    EXPECT_TRUE(Database::permissionWarning(temp.path()).isEmpty());
    ASSERT_TRUE(QFile::setPermissions(temp.path(), perms | QFileDevice::ReadOther));
    EXPECT_TRUE(Database::permissionWarning(temp.path()).contains(QStringLiteral("every user")));
}
