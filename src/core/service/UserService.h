#pragma once

#include "Actor.h"
#include "Result.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <functional>

class Database;

/// Signing in and keeping the users of a database (docs/security.md). Passwords are hashed with Argon2id
/// (PasswordHash) and never stored, logged or put in the audit trail. Five failed sign-ins in a row lock an
/// account for five minutes. Every change of a user is one transaction with its row in the audit trail.
///
/// The first user of a database must be an admin and needs no one signed in; after that only an admin adds
/// users, changes roles and unlocks accounts, and a user changes their own password or an admin anyone's.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    static constexpr int kMaxFailedAttempts = 5;
    static constexpr int kLockMinutes = 5;
    static constexpr int kMinPasswordLength = 8;
    static constexpr int kMaxNameLength = 64;
    static constexpr int kMaxPasswordLength = 1024;

    /// @p clock gives the time now (a test sets a fixed one); empty: the system clock.
    explicit UserService(Database& database, std::function<QDateTime()> clock = {});

    /// Whether the database has users (then every write needs a signed-in user).
    Result<bool> hasUsers();
    Result<QList<UserAccount>> users();

    /// Signs @p name in: the actor to give the write service, with the user's role. A wrong password counts
    /// a failed attempt (the fifth in a row locks the account for kLockMinutes); a locked account is refused
    /// until the lock ends, even with the right password. The message never says whether the name exists.
    Result<Actor> signIn(const QString& name, const QString& password);

    /// Adds a user. While the database has no users this creates its first admin (@p role must be Admin, and
    /// no one is signed in); afterwards @p by must be an admin.
    Status addUser(const Actor& by, const QString& name, Role role, const QString& password);
    /// Changes @p name's password: the user themselves or an admin.
    Status changePassword(const Actor& by, const QString& name, const QString& password);
    /// Changes @p name's role (an admin); the last admin keeps the role.
    Status changeRole(const Actor& by, const QString& name, Role role);
    /// Ends a lock and forgets the failed attempts (an admin).
    Status unlock(const Actor& by, const QString& name);

    /// Why @p password is not acceptable, or empty.
    [[nodiscard]] static QString passwordProblem(const QString& password);

private:
    [[nodiscard]] QDateTime now() const;
    Status audit(const Actor& by, const QString& operation, const QString& name, const QString& oldValues,
                 const QString& newValues);
    /// Checks that @p by may manage users, and finds @p name.
    Result<UserAccount> managed(const Actor& by, const QString& name);

    Database& m_database;
    std::function<QDateTime()> m_clock;
};
