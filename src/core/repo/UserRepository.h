#pragma once

#include "Result.h"
#include "domain/Role.h"

#include <QList>

#include <optional>

class Database;

/// The users of a database and their roles (app_user). Only hashes of the passwords are stored.
class UserRepository
{
public:
    explicit UserRepository(Database& database)
        : m_database(database)
    {}

    /// How many users there are (0: the database is used without signing in).
    Result<qint64> count();
    /// The user called @p name (names compare without regard to ASCII case), if there is one.
    Result<std::optional<UserAccount>> find(const QString& name);
    /// All users, by name.
    Result<QList<UserAccount>> all();
    Status insert(const UserAccount& account);
    Status setPasswordHash(const QString& name, const QString& hash);
    Status setRole(const QString& name, Role role);
    /// Stores the count of failed sign-ins in a row and the end of a lock (invalid: none).
    Status setFailures(const QString& name, int failedAttempts, const QDateTime& lockedUntil);

private:
    Database& m_database;
};
