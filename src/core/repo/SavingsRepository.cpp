#include "SavingsRepository.h"

#include "SelectionSql.h"
#include "db/Query.h"

Result<QList<SavingsEntry>> SavingsRepository::of(const QStringList& borrowerIds)
{
    QList<SavingsEntry> entries;
    const Status status = forEachChunk(borrowerIds, 500, [&](const QStringList& chunk) -> Status {
        Query query(m_database,
                    QStringLiteral("SELECT b.code, s.on_date, s.amount FROM savings_entry s "
                                   "JOIN borrower b ON b.id = s.borrower_id "
                                   "WHERE b.code IN (%1) AND s.reversed_on IS NULL")
                        .arg(placeholders(chunk.size())),
                    Database::tr("reading savings"));
        for (const QString& id : chunk)
            query.bind(id);
        if (Status s = query.exec(); !s)
            return s;
        while (query.next())
            entries.append({query.text(0), query.date(1), query.money(2)});
        return {};
    });
    if (!status)
        return status.error();
    return entries;
}

Result<QHash<QString, QList<SavingsEntry>>> SavingsRepository::ofGroups(const QStringList& groupCodes)
{
    QHash<QString, QList<SavingsEntry>> entries;
    const Status status = forEachChunk(groupCodes, 500, [&](const QStringList& chunk) -> Status {
        Query query(m_database,
                    QStringLiteral("SELECT g.code, b.code, s.on_date, s.amount FROM savings_entry s "
                                   "JOIN borrower b ON b.id = s.borrower_id "
                                   "JOIN savings_group g ON g.id = b.group_id "
                                   "WHERE g.code IN (%1) AND s.reversed_on IS NULL")
                        .arg(placeholders(chunk.size())),
                    Database::tr("reading the savings of groups"));
        for (const QString& code : chunk)
            query.bind(code);
        if (Status s = query.exec(); !s)
            return s;
        while (query.next())
            entries[query.text(0)].append({query.text(1), query.date(2), query.money(3)});
        return {};
    });
    if (!status)
        return status.error();
    return entries;
}

Result<QHash<QString, Money>> SavingsRepository::balancesAt(const QDate& day,
                                                            const PortfolioSelection& selection)
{
    PortfolioSelection withoutProgram = selection;
    withoutProgram.programCode.clear();
    Query query(m_database,
                QStringLiteral("SELECT b.code, CAST(SUM(s.amount) AS BIGINT) FROM savings_entry s "
                               "JOIN borrower b ON b.id = s.borrower_id "
                               "JOIN commune c ON c.id = b.commune_id "
                               "LEFT JOIN savings_group g ON g.id = b.group_id "
                               "LEFT JOIN organization o ON o.id = g.organization_id "
                               "WHERE s.on_date <= ? AND s.reversed_on IS NULL") +
                    SelectionSql::selectionCondition(withoutProgram) + QStringLiteral(" GROUP BY b.code"),
                Database::tr("reading savings balances"));
    query.bind(day);
    SelectionSql::bindSelection(query, withoutProgram);
    if (Status s = query.exec(); !s)
        return s.error();
    QHash<QString, Money> balances;
    while (query.next())
        balances.insert(query.text(0), query.money(1));
    return balances;
}

Status SavingsRepository::forEach(const std::function<void(const SavingsEntry&)>& visit)
{
    Query query(m_database,
                QStringLiteral("SELECT b.code, s.on_date, s.amount FROM savings_entry s "
                               "JOIN borrower b ON b.id = s.borrower_id WHERE s.reversed_on IS NULL "
                               "ORDER BY b.code, s.on_date, s.amount"),
                Database::tr("reading the savings"));
    if (Status s = query.exec(); !s)
        return s;
    while (query.next())
        visit({query.text(0), query.date(1), query.money(2)});
    return {};
}

Status SavingsRepository::insert(const QList<SavingsEntry>& entries)
{
    Query query(m_database,
                QStringLiteral("INSERT INTO savings_entry (borrower_id, on_date, amount) "
                               "VALUES ((SELECT id FROM borrower WHERE code = ?), ?, ?)"),
                Database::tr("saving a savings entry"));
    for (const SavingsEntry& entry : entries) {
        query.bind(entry.borrowerId).bind(entry.on).bind(entry.amount);
        if (Status s = query.exec(); !s)
            return s;
    }
    return {};
}
