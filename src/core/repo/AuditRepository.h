#pragma once

#include "Result.h"
#include "domain/AuditEntry.h"

#include <QList>
#include <QStringList>

#include <optional>

class Database;

/// The append-only audit trail (audit_log). The database itself refuses to change or delete a row.
class AuditRepository
{
public:
    explicit AuditRepository(Database& database)
        : m_database(database)
    {}

    Status append(const AuditEntry& entry);
    /// The rows the filter lets through, newest first.
    Result<QList<AuditEntry>> find(const AuditFilter& filter);
    /// The latest row about record @p key of kind @p kind (`loan`, `0012`), if there is one.
    Result<std::optional<AuditEntry>> latestFor(const QString& kind, const QString& key);
    /// The users who appear in the trail, ascending.
    Result<QStringList> users();

private:
    Database& m_database;
};
