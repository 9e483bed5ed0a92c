#include "CommuneRepository.h"

#include "db/Query.h"

Result<QList<Commune>> CommuneRepository::all()
{
    Query query(m_database, QStringLiteral("SELECT code, name, version FROM commune ORDER BY code"),
                Database::tr("reading the communes"));
    if (Status s = query.exec(); !s)
        return s.error();
    QList<Commune> communes;
    while (query.next())
        communes.append({query.text(0), query.text(1), query.integer(2)});
    return communes;
}

Result<QHash<QString, Commune>> CommuneRepository::find(const QStringList& codes)
{
    QHash<QString, Commune> found;
    const Status status = forEachChunk(codes, 500, [&](const QStringList& chunk) -> Status {
        Query query(m_database,
                    QStringLiteral("SELECT code, name, version FROM commune WHERE code IN (%1)")
                        .arg(placeholders(chunk.size())),
                    Database::tr("looking up communes"));
        query.bindEach(chunk);
        if (Status s = query.exec(); !s)
            return s;
        while (query.next())
            found.insert(query.text(0), {query.text(0), query.text(1), query.integer(2)});
        return {};
    });
    if (!status)
        return status.error();
    return found;
}

Status CommuneRepository::insert(const QList<Commune>& communes)
{
    Query query(m_database, QStringLiteral("INSERT INTO commune (code, name) VALUES (?, ?)"),
                Database::tr("saving a commune"));
    for (const Commune& commune : communes) {
        query.bind(commune.code).bind(commune.name);
        if (Status s = query.exec(); !s)
            return s;
    }
    return {};
}

Status CommuneRepository::update(const Commune& commune)
{
    Query query(m_database,
                QStringLiteral("UPDATE commune SET name = ?, version = version + 1 WHERE code = ?"),
                Database::tr("saving a commune"));
    query.bind(commune.name).bind(commune.code);
    return query.exec();
}
