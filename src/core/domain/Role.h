#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

/// What a signed-in user may do (docs/security.md): a director reads and prints everything and closes months,
/// staff enter and correct records, an admin keeps the users, the program catalogue and its terms, reopens a
/// month and restores a backup. Everyone reads.
enum class Role
{
    Director,
    Staff,
    Admin,
};

namespace Roles {
/// The code stored in the database and written on the command line: `director`, `staff`, `admin`.
QString code(Role role);
std::optional<Role> parse(const QString& code);
inline constexpr Role kAll[] = {Role::Director, Role::Staff, Role::Admin};
} // namespace Roles

/// One user of a database (app_user). The password is kept only as an Argon2id hash.
struct UserAccount
{
    QString name;
    Role role = Role::Staff;
    QString passwordHash; ///< crypto_pwhash_str's text: `$argon2id$v=19$m=…,t=…,p=1$salt$hash`
    int failedAttempts = 0;
    QDateTime lockedUntil; ///< UTC; invalid: not locked
    QString createdAt;     ///< ISO 8601 in UTC

    [[nodiscard]] bool isLockedAt(const QDateTime& now) const
    {
        return lockedUntil.isValid() && now < lockedUntil;
    }
};
