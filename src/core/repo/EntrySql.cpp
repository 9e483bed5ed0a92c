#include "EntrySql.h"

namespace EntrySql {

Result<QHash<qint64, qint64>> reversalsOf(Database& database, const QString& table,
                                          const QList<qint64>& entryNos)
{
    QHash<qint64, qint64> found;
    const Status status = forEachChunk(entryNos, 500, [&](const QList<qint64>& chunk) -> Status {
        Query query(database,
                    QStringLiteral("SELECT reverses, entry_no FROM %1 WHERE reverses IN (%2)")
                        .arg(table, placeholders(chunk.size())),
                    Database::tr("looking up reversals"));
        query.bindEach(chunk);
        if (Status s = query.exec(); !s)
            return s;
        while (query.next())
            found.insert(query.integer(0), query.integer(1));
        return query.status();
    });
    if (!status)
        return status.error();
    return found;
}

Result<qint64> maxEntryNo(Database& database, const QString& table)
{
    Query query(database, QStringLiteral("SELECT COALESCE(MAX(entry_no), 0) FROM %1").arg(table),
                Database::tr("numbering entries"));
    if (Status s = query.exec(); !s)
        return s.error();
    return query.next() ? query.integer(0) : 0;
}

} // namespace EntrySql
