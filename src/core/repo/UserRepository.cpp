#include "UserRepository.h"

#include "db/Query.h"

namespace {

const QString kColumns =
    QStringLiteral("name, role, password_hash, failed_attempts, locked_until, created_at FROM app_user");

QString utcText(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

UserAccount accountFrom(const Query& query)
{
    UserAccount account;
    account.name = query.text(0);
    account.role = Roles::parse(query.text(1)).value_or(Role::Staff);
    account.passwordHash = query.text(2);
    account.failedAttempts = static_cast<int>(query.integer(3));
    const QString locked = query.text(4);
    if (!locked.isEmpty())
        account.lockedUntil = QDateTime::fromString(locked, Qt::ISODate);
    account.createdAt = query.text(5);
    return account;
}

} // namespace

Result<qint64> UserRepository::count()
{
    Query query(m_database, QStringLiteral("SELECT count(*) FROM app_user"),
                Database::tr("reading the users"));
    if (Status s = query.exec(); !s)
        return s.error();
    if (!query.next())
        return query.status().ok() ? Result<qint64>(0) : Result<qint64>(query.status().error());
    return query.integer(0);
}

Result<std::optional<UserAccount>> UserRepository::find(const QString& name)
{
    Query query(m_database, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE name = ?"),
                Database::tr("reading a user"));
    query.bind(name);
    if (Status s = query.exec(); !s)
        return s.error();
    if (!query.next()) {
        if (Status s = query.status(); !s)
            return s.error();
        return std::optional<UserAccount>();
    }
    return std::optional<UserAccount>(accountFrom(query));
}

Result<QList<UserAccount>> UserRepository::all()
{
    Query query(m_database, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" ORDER BY name"),
                Database::tr("reading the users"));
    if (Status s = query.exec(); !s)
        return s.error();
    QList<UserAccount> accounts;
    while (query.next())
        accounts.append(accountFrom(query));
    if (Status s = query.status(); !s)
        return s.error();
    return accounts;
}

Status UserRepository::insert(const UserAccount& account)
{
    Query query(
        m_database,
        QStringLiteral("INSERT INTO app_user (name, role, password_hash, failed_attempts, locked_until, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        Database::tr("adding a user"));
    query.bind(account.name)
        .bind(Roles::code(account.role))
        .bind(account.passwordHash)
        .bind(account.failedAttempts)
        .bind(utcText(account.lockedUntil))
        .bind(account.createdAt);
    return query.exec();
}

Status UserRepository::setPasswordHash(const QString& name, const QString& hash)
{
    Query query(m_database, QStringLiteral("UPDATE app_user SET password_hash = ? WHERE name = ?"),
                Database::tr("changing a password"));
    query.bind(hash).bind(name);
    return query.exec();
}

Status UserRepository::setRole(const QString& name, Role role)
{
    Query query(m_database, QStringLiteral("UPDATE app_user SET role = ? WHERE name = ?"),
                Database::tr("changing a role"));
    query.bind(Roles::code(role)).bind(name);
    return query.exec();
}

Status UserRepository::setFailures(const QString& name, int failedAttempts, const QDateTime& lockedUntil)
{
    Query query(m_database,
                QStringLiteral("UPDATE app_user SET failed_attempts = ?, locked_until = ? WHERE name = ?"),
                Database::tr("recording a sign-in"));
    query.bind(failedAttempts).bind(utcText(lockedUntil)).bind(name);
    return query.exec();
}
