#include "SavingsRepository.h"
#include "KeyIds.h"

#include "EntrySql.h"
#include "SelectionSql.h"
#include "db/Query.h"

namespace {

const QString kColumns =
    QStringLiteral("SELECT b.code, s.on_date, s.amount, s.entry_no, COALESCE(s.reverses, 0), s.reason ");
const QString kSelect =
    kColumns + QStringLiteral("FROM savings_entry s JOIN borrower b ON b.id = s.borrower_id ");

SavingsEntry readEntry(const Query& query)
{
    return {query.text(0), query.date(1), query.money(2), query.integer(3), query.integer(4), query.text(5)};
}

} // namespace

Result<QList<SavingsEntry>> SavingsRepository::of(const QStringList& borrowerIds)
{
    QList<SavingsEntry> entries;
    const Status status = forEachChunk(borrowerIds, 500, [&](const QStringList& chunk) -> Status {
        Query query(m_database,
                    kSelect + QStringLiteral("WHERE b.code IN (%1) ORDER BY b.code, s.on_date, s.entry_no")
                                  .arg(placeholders(chunk.size())),
                    Database::tr("reading savings"));
        query.bindEach(chunk);
        if (Status s = query.exec(); !s)
            return s;
        while (query.next())
            entries.append(readEntry(query));
        return query.status();
    });
    if (!status)
        return status.error();
    return entries;
}

Result<QHash<qint64, SavingsEntry>> SavingsRepository::byEntryNo(const QList<qint64>& entryNos)
{
    return EntrySql::byEntryNo<SavingsEntry>(m_database, kSelect, QStringLiteral("s.entry_no"), entryNos,
                                             Database::tr("looking up savings entries"), readEntry);
}

Result<QHash<qint64, qint64>> SavingsRepository::reversalsOf(const QList<qint64>& entryNos)
{
    return EntrySql::reversalsOf(m_database, QStringLiteral("savings_entry"), entryNos);
}

Result<qint64> SavingsRepository::maxEntryNo()
{
    return EntrySql::maxEntryNo(m_database, QStringLiteral("savings_entry"));
}

Result<QList<SavingsEntry>> SavingsRepository::upTo(const QDate& day, const PortfolioSelection& selection)
{
    PortfolioSelection withoutProgram = selection;
    withoutProgram.programCode.clear();
    Query query(m_database,
                kColumns + QStringLiteral("FROM savings_entry s JOIN borrower b ON b.id = s.borrower_id") +
                    SelectionSql::membershipJoins() + QStringLiteral("WHERE s.on_date <= ?") +
                    SelectionSql::selectionCondition(withoutProgram),
                Database::tr("reading savings balances"));
    SelectionSql::bindMembershipDay(query, day);
    query.bind(day);
    SelectionSql::bindSelection(query, withoutProgram);
    if (Status s = query.exec(); !s)
        return s.error();
    QList<SavingsEntry> entries;
    while (query.next())
        entries.append(readEntry(query));
    if (Status s = query.status(); !s)
        return s.error();
    return entries;
}

Status SavingsRepository::forEach(const std::function<void(const SavingsEntry&)>& visit)
{
    Query query(m_database, kSelect + QStringLiteral("ORDER BY b.code, s.on_date, s.amount, s.entry_no"),
                Database::tr("reading the savings"));
    if (Status s = query.exec(); !s)
        return s;
    while (query.next())
        visit(readEntry(query));
    return query.status();
}

Status SavingsRepository::insert(const QList<SavingsEntry>& entries)
{
    Query query(
        m_database,
        QStringLiteral("INSERT INTO savings_entry (entry_no, borrower_id, on_date, amount, reverses, reason) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        Database::tr("saving a savings entry"));
    KeyIds borrowers(m_database, QStringLiteral("SELECT id FROM borrower WHERE code = ?"),
                     Database::tr("saving a savings entry"));
    for (const SavingsEntry& entry : entries) {
        auto borrowerId = borrowers.of(entry.borrowerId);
        if (!borrowerId)
            return borrowerId.error();
        query.bind(entry.entryNo);
        if (*borrowerId)
            query.bind(**borrowerId);
        else
            query.bindNull();
        query.bind(entry.on).bind(entry.amount);
        if (entry.isReversal())
            query.bind(entry.reverses);
        else
            query.bindNull();
        query.bind(entry.reason);
        if (Status s = query.exec(); !s)
            return s;
    }
    return {};
}
