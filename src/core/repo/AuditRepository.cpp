#include "AuditRepository.h"

#include "db/Query.h"

Status AuditRepository::append(const AuditEntry& entry)
{
    Query query(m_database,
                QStringLiteral("INSERT INTO audit_log (at_utc, at_local, user_name, operation, record_kind, "
                               "record_key, borrower_code, old_values, new_values, reason) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                Database::tr("writing the audit trail"));
    query.bind(entry.atUtc)
        .bind(entry.atLocal)
        .bind(entry.user)
        .bind(entry.operation)
        .bind(entry.recordKind)
        .bind(entry.recordKey)
        .bind(entry.borrowerId)
        .bind(entry.oldValues)
        .bind(entry.newValues)
        .bind(entry.reason);
    return query.exec();
}

Result<QList<AuditEntry>> AuditRepository::find(const AuditFilter& filter)
{
    QString sql =
        QStringLiteral("SELECT id, at_utc, at_local, user_name, operation, record_kind, record_key, "
                       "borrower_code, old_values, new_values, reason FROM audit_log WHERE 1 = 1");
    if (filter.from.isValid())
        sql += QStringLiteral(" AND substr(at_local, 1, 10) >= ?");
    if (filter.to.isValid())
        sql += QStringLiteral(" AND substr(at_local, 1, 10) <= ?");
    if (!filter.user.isEmpty())
        sql += QStringLiteral(" AND user_name = ?");
    if (!filter.record.isEmpty())
        sql += QStringLiteral(" AND (instr(lower(record_key), lower(?)) > 0 OR lower(record_kind) = lower(?) "
                              "OR instr(lower(borrower_code), lower(?)) > 0)");
    if (!filter.borrowerId.isEmpty())
        sql += QStringLiteral(" AND borrower_code = ?");
    sql += QStringLiteral(" ORDER BY id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    Query query(m_database, sql, Database::tr("reading the audit trail"));
    if (filter.from.isValid())
        query.bind(filter.from);
    if (filter.to.isValid())
        query.bind(filter.to);
    if (!filter.user.isEmpty())
        query.bind(filter.user);
    if (!filter.record.isEmpty())
        query.bind(filter.record).bind(filter.record).bind(filter.record);
    if (!filter.borrowerId.isEmpty())
        query.bind(filter.borrowerId);
    if (Status s = query.exec(); !s)
        return s.error();
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.integer(0);
        entry.atUtc = query.text(1);
        entry.atLocal = query.text(2);
        entry.user = query.text(3);
        entry.operation = query.text(4);
        entry.recordKind = query.text(5);
        entry.recordKey = query.text(6);
        entry.borrowerId = query.text(7);
        entry.oldValues = query.text(8);
        entry.newValues = query.text(9);
        entry.reason = query.text(10);
        entries.append(entry);
    }
    if (Status s = query.status(); !s)
        return s.error();
    return entries;
}

Result<QStringList> AuditRepository::users()
{
    Query query(m_database, QStringLiteral("SELECT DISTINCT user_name FROM audit_log ORDER BY user_name"),
                Database::tr("reading the audit trail"));
    if (Status s = query.exec(); !s)
        return s.error();
    QStringList users;
    while (query.next())
        users.append(query.text(0));
    return users;
}

Result<std::optional<AuditEntry>> AuditRepository::latestFor(const QString& kind, const QString& key)
{
    Query query(m_database,
                QStringLiteral("SELECT at_local, user_name, operation FROM audit_log WHERE record_kind = ? "
                               "AND record_key = ? ORDER BY id DESC LIMIT 1"),
                Database::tr("reading the audit trail"));
    query.bind(kind).bind(key);
    if (Status s = query.exec(); !s)
        return s.error();
    std::optional<AuditEntry> latest;
    if (query.next()) {
        AuditEntry entry;
        entry.atLocal = query.text(0);
        entry.user = query.text(1);
        entry.operation = query.text(2);
        entry.recordKind = kind;
        entry.recordKey = key;
        latest = entry;
    }
    if (Status s = query.status(); !s)
        return s.error();
    return latest;
}
