#pragma once

#include "Result.h"
#include "db/Query.h"

#include <QHash>
#include <QList>
#include <QString>

/// What the two tables of posted entries (repayment, savings_entry) share: entry numbers and the `reverses`
/// column of reversals. Used by RepaymentRepository and SavingsRepository only; @p table is one of those two
/// names.
namespace EntrySql {

/// The stored rows among @p entryNos, by entry number: @p select is the table's SELECT, @p entryColumn its
/// entry number column as the SELECT names it, and @p read turns a row into the entry.
template <typename Entry, typename Read>
Result<QHash<qint64, Entry>> byEntryNo(Database& database, const QString& select, const QString& entryColumn,
                                       const QList<qint64>& entryNos, const QString& operation, Read read)
{
    QHash<qint64, Entry> found;
    const Status status = forEachChunk(entryNos, 500, [&](const QList<qint64>& chunk) -> Status {
        Query query(database,
                    select + QStringLiteral("WHERE %1 IN (%2)").arg(entryColumn, placeholders(chunk.size())),
                    operation);
        for (const qint64 entryNo : chunk)
            query.bind(entryNo);
        if (Status s = query.exec(); !s)
            return s;
        while (query.next()) {
            Entry entry = read(query);
            found.insert(entry.entryNo, entry);
        }
        return query.status();
    });
    if (!status)
        return status.error();
    return found;
}

/// For each of @p entryNos that is reversed already: the entry number of its reversal.
Result<QHash<qint64, qint64>> reversalsOf(Database& database, const QString& table,
                                          const QList<qint64>& entryNos);
/// The highest entry number of @p table (0: none).
Result<qint64> maxEntryNo(Database& database, const QString& table);

} // namespace EntrySql
