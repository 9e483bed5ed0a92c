#include "UserService.h"

#include "Authorizer.h"
#include "PasswordHash.h"
#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "domain/AuditEntry.h"
#include "repo/AuditRepository.h"
#include "repo/UserRepository.h"
#include "service/AuditText.h"

#include <algorithm>

UserService::UserService(Database& database, std::function<QDateTime()> clock)
    : m_database(database)
    , m_clock(std::move(clock))
{}

QDateTime UserService::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

Result<bool> UserService::hasUsers()
{
    auto count = UserRepository(m_database).count();
    if (!count)
        return count.error();
    return *count > 0;
}

Result<QList<UserAccount>> UserService::users()
{
    return UserRepository(m_database).all();
}

QString UserService::passwordProblem(const QString& password)
{
    if (password.size() < kMinPasswordLength)
        return tr("a password has at least %1 characters").arg(kMinPasswordLength);
    if (password.size() > kMaxPasswordLength)
        return tr("a password has at most %1 characters").arg(kMaxPasswordLength);
    if (password.trimmed() != password)
        return tr("a password does not begin or end with a space");
    return QString();
}

Status UserService::audit(const Actor& by, const QString& operation, const QString& name,
                          const QString& oldValues, const QString& newValues)
{
    AuditEntry entry = AuditEntry::stamped(now(), by.user, operation, QStringLiteral("user"), name);
    entry.oldValues = oldValues;
    entry.newValues = newValues;
    return AuditRepository(m_database).append(entry);
}

Result<Actor> UserService::signIn(const QString& name, const QString& password)
{
    const Error wrong = Error::refused(tr("wrong user name or password"));
    if (name.trimmed().isEmpty() || name.size() > kMaxNameLength || password.size() > kMaxPasswordLength)
        return wrong;
    TransactionGuard transaction(m_database);
    if (!transaction.isActive())
        return transaction.status().error();
    UserRepository users(m_database);
    auto found = users.find(name.trimmed());
    if (!found)
        return found.error();
    if (!found->has_value()) {
        // As long as a wrong password for a name that exists: the time of the answer must not tell which
        // names exist. Hashed after the transaction ends, so that no lock is held meanwhile.
        transaction.rollback();
        (void)PasswordHash::hash(password);
        return wrong;
    }
    UserAccount account = **found;
    const QDateTime at = now();
    if (account.isLockedAt(at))
        return Error::refused(
            tr("%1 is locked after %2 wrong passwords until %3; try again later or ask an admin "
               "to unlock it")
                .arg(account.name)
                .arg(kMaxFailedAttempts)
                .arg(account.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    if (!PasswordHash::verify(account.passwordHash, password)) {
        const int failed = account.failedAttempts + 1;
        const bool lock = failed >= kMaxFailedAttempts;
        const QDateTime until = lock ? at.addSecs(kLockMinutes * 60) : QDateTime();
        if (Status s = users.setFailures(account.name, lock ? 0 : failed, until); !s)
            return s.error();
        if (lock) {
            Actor self;
            self.user = account.name;
            if (Status s = audit(
                    self, AuditOperation::kLockUser, account.name, QString(),
                    AuditText::text({{QStringLiteral("locked_until"), until.toUTC().toString(Qt::ISODate)}}));
                !s)
                return s.error();
        }
        if (Status s = transaction.commit(); !s)
            return s.error();
        if (lock)
            return Error::refused(
                tr("wrong password; %1 is now locked for %2 minutes after %3 wrong passwords")
                    .arg(account.name)
                    .arg(kLockMinutes)
                    .arg(kMaxFailedAttempts));
        return wrong;
    }
    if (account.failedAttempts != 0 || account.lockedUntil.isValid()) {
        if (Status s = users.setFailures(account.name, 0, QDateTime()); !s)
            return s.error();
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    Actor actor;
    actor.user = account.name;
    actor.role = account.role;
    if (m_clock)
        actor.clock = m_clock;
    return actor;
}

Status UserService::addUser(const Actor& by, const QString& name, Role role, const QString& password)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::refused(tr("name: a user needs a name"));
    if (trimmed.size() > kMaxNameLength)
        return Error::refused(tr("name: a user name has at most %1 characters").arg(kMaxNameLength));
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        return Error::refused(tr("password: %1").arg(problem));
    TransactionGuard transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    UserRepository users(m_database);
    auto count = users.count();
    if (!count)
        return count.error();
    Actor recorded = by;
    if (*count == 0) {
        if (role != Role::Admin)
            return Error::refused(tr("role: the first user of a database is its admin"));
        recorded.user = trimmed;
    } else if (Status s = Authorizer::check(m_database, by, Operation::ManageUsers); !s) {
        return s;
    }
    auto existing = users.find(trimmed);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error::refused(tr("name: there is already a user called %1").arg((*existing)->name));
    auto hash = PasswordHash::hash(password);
    if (!hash)
        return hash.error();
    UserAccount account;
    account.name = trimmed;
    account.role = role;
    account.passwordHash = *hash;
    account.createdAt = now().toUTC().toString(Qt::ISODate);
    if (Status s = users.insert(account); !s)
        return s;
    if (Status s = audit(recorded, AuditOperation::kAddUser, trimmed, QString(),
                         AuditText::text({{QStringLiteral("role"), Roles::code(role)}}));
        !s)
        return s;
    return transaction.commit();
}

Result<UserAccount> UserService::managed(const Actor& by, const QString& name)
{
    if (Status s = Authorizer::check(m_database, by, Operation::ManageUsers); !s)
        return s.error();
    auto found = UserRepository(m_database).find(name.trimmed());
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::refused(tr("there is no user called %1").arg(name.trimmed()));
    return **found;
}

Status UserService::changePassword(const Actor& by, const QString& name, const QString& password)
{
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        return Error::refused(tr("password: %1").arg(problem));
    TransactionGuard transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    UserRepository users(m_database);
    auto found = users.find(name.trimmed());
    if (!found)
        return found.error();
    const bool self =
        by.isSignedIn() && found->has_value() && (*found)->name.compare(by.user, Qt::CaseInsensitive) == 0;
    QString account;
    if (self) {
        account = (*found)->name;
    } else {
        auto other = managed(by, name);
        if (!other)
            return other.error();
        account = other->name;
    }
    auto hash = PasswordHash::hash(password);
    if (!hash)
        return hash.error();
    if (Status s = users.setPasswordHash(account, *hash); !s)
        return s;
    if (Status s = audit(by, AuditOperation::kChangePassword, account, QString(),
                         AuditText::text({{QStringLiteral("password"), QStringLiteral("changed")}}));
        !s)
        return s;
    return transaction.commit();
}

Status UserService::changeRole(const Actor& by, const QString& name, Role role)
{
    TransactionGuard transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    auto account = managed(by, name);
    if (!account)
        return account.error();
    if (account->role == role)
        return {};
    UserRepository users(m_database);
    if (account->role == Role::Admin) {
        auto all = users.all();
        if (!all)
            return all.error();
        const auto admins = std::count_if(all->cbegin(), all->cend(),
                                          [](const UserAccount& a) { return a.role == Role::Admin; });
        if (admins <= 1)
            return Error::refused(
                tr("role: %1 is the only admin; make another user admin first").arg(account->name));
    }
    if (Status s = users.setRole(account->name, role); !s)
        return s;
    if (Status s = audit(by, AuditOperation::kChangeRole, account->name,
                         AuditText::text({{QStringLiteral("role"), Roles::code(account->role)}}),
                         AuditText::text({{QStringLiteral("role"), Roles::code(role)}}));
        !s)
        return s;
    return transaction.commit();
}

Status UserService::unlock(const Actor& by, const QString& name)
{
    TransactionGuard transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    auto account = managed(by, name);
    if (!account)
        return account.error();
    if (Status s = UserRepository(m_database).setFailures(account->name, 0, QDateTime()); !s)
        return s;
    if (Status s = audit(by, AuditOperation::kUnlockUser, account->name, QString(),
                         AuditText::text({{QStringLiteral("locked"), QStringLiteral("no")}}));
        !s)
        return s;
    return transaction.commit();
}
