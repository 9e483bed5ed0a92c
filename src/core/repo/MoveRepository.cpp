#include "MoveRepository.h"

#include "db/Query.h"

namespace {

const QString kSelect =
    QStringLiteral("SELECT b.code, m.on_date, COALESCE(g.code, ''), c.code FROM borrower_move m "
                   "JOIN borrower b ON b.id = m.borrower_id JOIN commune c ON c.id = m.commune_id "
                   "LEFT JOIN savings_group g ON g.id = m.group_id ");

Move readMove(const Query& query)
{
    return {query.text(0), query.date(1), query.text(2), query.text(3)};
}

} // namespace

Result<QHash<QString, QList<Move>>> MoveRepository::of(const QStringList& borrowerIds)
{
    QHash<QString, QList<Move>> moves;
    const Status status = forEachChunk(borrowerIds, 500, [&](const QStringList& chunk) -> Status {
        Query query(m_database,
                    kSelect + QStringLiteral("WHERE b.code IN (%1) ORDER BY b.code, m.on_date")
                                  .arg(placeholders(chunk.size())),
                    Database::tr("reading the moves of borrowers"));
        query.bindEach(chunk);
        if (Status s = query.exec(); !s)
            return s;
        while (query.next()) {
            Move move = readMove(query);
            moves[move.borrowerId].append(move);
        }
        return query.status();
    });
    if (!status)
        return status.error();
    return moves;
}

Status MoveRepository::forEach(const std::function<void(const Move&)>& visit)
{
    Query query(m_database, kSelect + QStringLiteral("ORDER BY b.code, m.on_date"),
                Database::tr("reading the moves"));
    if (Status s = query.exec(); !s)
        return s;
    while (query.next())
        visit(readMove(query));
    return query.status();
}

Result<bool> MoveRepository::any()
{
    Query query(m_database, QStringLiteral("SELECT EXISTS (SELECT 1 FROM borrower_move)"),
                Database::tr("reading the moves"));
    if (Status s = query.exec(); !s)
        return s.error();
    return query.next() && query.integer(0) != 0;
}

Status MoveRepository::insert(const QList<Move>& moves)
{
    Query query(
        m_database,
        QStringLiteral("INSERT INTO borrower_move (borrower_id, on_date, commune_id, group_id) VALUES ("
                       "(SELECT id FROM borrower WHERE code = ?), ?, "
                       "COALESCE((SELECT commune_id FROM savings_group WHERE code = ?), "
                       "(SELECT id FROM commune WHERE code = ?)), "
                       "(SELECT id FROM savings_group WHERE code = ?))"),
        Database::tr("saving a move"));
    for (const Move& move : moves) {
        query.bind(move.borrowerId)
            .bind(move.on)
            .bind(move.groupCode)
            .bind(move.communeCode)
            .bindNullableText(move.groupCode);
        if (Status s = query.exec(); !s)
            return s;
    }
    return {};
}
