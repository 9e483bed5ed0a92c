#include "GroupRepository.h"

#include "db/Query.h"

namespace {

const QString kSelect = QStringLiteral(
    "SELECT g.code, g.name, c.code, o.code, g.village, g.leader_name, g.founded_on, "
    "g.version FROM savings_group g JOIN commune c ON c.id = g.commune_id JOIN organization o ON o.id = "
    "g.organization_id ");

Group readGroup(const Query& query)
{
    return {query.text(0), query.text(1), query.text(2), query.text(3),
            query.text(4), query.text(5), query.date(6), query.integer(7)};
}

} // namespace

Result<QList<Group>> GroupRepository::all()
{
    Query query(m_database, kSelect + QStringLiteral("ORDER BY g.code"), Database::tr("reading the groups"));
    if (Status s = query.exec(); !s)
        return s.error();
    QList<Group> groups;
    while (query.next())
        groups.append(readGroup(query));
    return groups;
}

Result<QHash<QString, Group>> GroupRepository::find(const QStringList& codes)
{
    QHash<QString, Group> found;
    const Status status = forEachChunk(codes, 500, [&](const QStringList& chunk) -> Status {
        Query query(m_database,
                    kSelect + QStringLiteral("WHERE g.code IN (%1)").arg(placeholders(chunk.size())),
                    Database::tr("looking up groups"));
        query.bindEach(chunk);
        if (Status s = query.exec(); !s)
            return s;
        while (query.next())
            found.insert(query.text(0), readGroup(query));
        return {};
    });
    if (!status)
        return status.error();
    return found;
}

Status GroupRepository::insert(const QList<Group>& groups)
{
    Query query(
        m_database,
        QStringLiteral("INSERT INTO savings_group (code, name, commune_id, organization_id, village, "
                       "leader_name, founded_on) VALUES (?, ?, (SELECT id FROM commune WHERE code = ?), "
                       "(SELECT id FROM organization WHERE code = ?), ?, ?, ?)"),
        Database::tr("saving a group"));
    for (const Group& group : groups) {
        query.bind(group.code)
            .bind(group.name)
            .bind(group.communeCode)
            .bind(group.organizationCode)
            .bind(group.village)
            .bind(group.leaderName)
            .bind(group.foundedOn);
        if (Status s = query.exec(); !s)
            return s;
    }
    return {};
}

Status GroupRepository::update(const Group& group)
{
    Query query(
        m_database,
        QStringLiteral("UPDATE savings_group SET name = ?, commune_id = (SELECT id FROM commune WHERE code = "
                       "?), organization_id = (SELECT id FROM organization WHERE code = ?), village = ?, "
                       "leader_name = ?, founded_on = ?, version = version + 1 WHERE code = ?"),
        Database::tr("saving a group"));
    query.bind(group.name)
        .bind(group.communeCode)
        .bind(group.organizationCode)
        .bind(group.village)
        .bind(group.leaderName)
        .bind(group.foundedOn)
        .bind(group.code);
    return query.exec();
}

Result<bool> GroupRepository::everHadMembers(const QString& code)
{
    Query query(
        m_database,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM borrower b JOIN savings_group g ON g.id = b.group_id "
                       "WHERE g.code = ?) OR EXISTS (SELECT 1 FROM borrower_move m JOIN savings_group g "
                       "ON g.id = m.group_id WHERE g.code = ?)"),
        Database::tr("looking up the members of a group"));
    query.bind(code).bind(code);
    if (Status s = query.exec(); !s)
        return s.error();
    return query.next() && query.integer(0) != 0;
}
