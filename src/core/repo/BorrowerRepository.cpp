#include "BorrowerRepository.h"

#include "SelectionSql.h"
#include "db/Query.h"

#include <algorithm>

namespace {

const QString kSelect = QStringLiteral(
    "SELECT b.code, b.kind, b.id_number, b.full_name, c.code, g.code, b.village, b.version "
    "FROM borrower b JOIN commune c ON c.id = b.commune_id LEFT JOIN savings_group g ON g.id = b.group_id ");

/// Reads the columns of kSelect; @p versionColumn: where the version is (-1: not selected).
Borrower readBorrower(const Query& query, int versionColumn = 7)
{
    Borrower borrower;
    borrower.id = query.text(0);
    borrower.kind = parseBorrowerKind(query.text(1)).value_or(BorrowerKind::Household);
    borrower.idNumber = query.text(2);
    borrower.fullName = query.text(3);
    borrower.communeCode = query.text(4);
    borrower.groupCode = query.text(5);
    borrower.village = query.text(6);
    if (versionColumn >= 0)
        borrower.version = query.integer(versionColumn);
    return borrower;
}

} // namespace

Result<QList<Borrower>> BorrowerRepository::all()
{
    Query query(m_database, kSelect + QStringLiteral("ORDER BY b.code"),
                Database::tr("reading the borrowers"));
    if (Status s = query.exec(); !s)
        return s.error();
    QList<Borrower> borrowers;
    while (query.next())
        borrowers.append(readBorrower(query));
    if (Status s = query.status(); !s)
        return s.error();
    return borrowers;
}

Result<QStringList> BorrowerRepository::allIds()
{
    Query query(m_database, QStringLiteral("SELECT code FROM borrower ORDER BY code"),
                Database::tr("reading the borrowers"));
    if (Status s = query.exec(); !s)
        return s.error();
    QStringList ids;
    while (query.next())
        ids.append(query.text(0));
    if (Status s = query.status(); !s)
        return s.error();
    return ids;
}

Result<QList<BorrowerLine>> BorrowerRepository::select(const PortfolioSelection& selection, const QDate& day)
{
    PortfolioSelection withoutProgram = selection;
    withoutProgram.programCode.clear();
    Query query(m_database,
                QStringLiteral("SELECT b.code, b.kind, b.id_number, b.full_name, c.code, g.code, b.village, "
                               "c.name, COALESCE(o.code, 'DIRECT'), COALESCE(g.name, '') FROM borrower b") +
                    SelectionSql::membershipJoins() + QStringLiteral("WHERE 1 = 1") +
                    SelectionSql::selectionCondition(withoutProgram) + QStringLiteral(" ORDER BY b.code"),
                Database::tr("listing borrowers"));
    SelectionSql::bindMembershipDay(query, day);
    SelectionSql::bindSelection(query, withoutProgram);
    if (Status s = query.exec(); !s)
        return s.error();
    QList<BorrowerLine> lines;
    while (query.next()) {
        BorrowerLine line;
        line.borrower = readBorrower(query, -1);
        line.communeName = query.text(7);
        line.organizationCode = query.text(8);
        line.groupName = query.text(9);
        lines.append(line);
    }
    if (Status s = query.status(); !s)
        return s.error();
    return lines;
}

Result<QHash<QString, Borrower>> BorrowerRepository::find(const QStringList& ids)
{
    QHash<QString, Borrower> found;
    const Status status = forEachChunk(ids, 500, [&](const QStringList& chunk) -> Status {
        Query query(m_database,
                    kSelect + QStringLiteral("WHERE b.code IN (%1)").arg(placeholders(chunk.size())),
                    Database::tr("looking up borrowers"));
        query.bindEach(chunk);
        if (Status s = query.exec(); !s)
            return s;
        while (query.next())
            found.insert(query.text(0), readBorrower(query));
        return query.status();
    });
    if (!status)
        return status.error();
    return found;
}

Result<QHash<QString, QString>> BorrowerRepository::idsByIdNumber(const QStringList& idNumbers)
{
    QHash<QString, QString> found;
    const Status status = forEachChunk(idNumbers, 500, [&](const QStringList& chunk) -> Status {
        Query query(m_database,
                    QStringLiteral("SELECT id_number, code FROM borrower WHERE id_number IN (%1)")
                        .arg(placeholders(chunk.size())),
                    Database::tr("looking up identity numbers"));
        query.bindEach(chunk);
        if (Status s = query.exec(); !s)
            return s;
        while (query.next())
            found.insert(query.text(0), query.text(1));
        return query.status();
    });
    if (!status)
        return status.error();
    return found;
}

Result<QStringList> BorrowerRepository::membersEver(const QStringList& groupCodes)
{
    QStringList ids;
    const Status status = forEachChunk(groupCodes, 400, [&](const QStringList& chunk) -> Status {
        const QString in = placeholders(chunk.size());
        Query query(m_database,
                    QStringLiteral(
                        "SELECT b.code FROM borrower b JOIN savings_group g ON g.id = b.group_id "
                        "WHERE g.code IN (%1) UNION SELECT b.code FROM borrower_move m "
                        "JOIN borrower b ON b.id = m.borrower_id JOIN savings_group g ON g.id = m.group_id "
                        "WHERE g.code IN (%1)")
                        .arg(in),
                    Database::tr("looking up the members of groups"));
        for (int pass = 0; pass < 2; ++pass) {
            query.bindEach(chunk);
        }
        if (Status s = query.exec(); !s)
            return s;
        while (query.next())
            ids.append(query.text(0));
        return query.status();
    });
    if (!status)
        return status.error();
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

Result<bool> BorrowerRepository::hasHistory(const QString& id)
{
    Query query(
        m_database,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM loan l JOIN borrower b ON b.id = l.borrower_id "
                       "WHERE b.code = ?) OR EXISTS (SELECT 1 FROM savings_entry s JOIN borrower b ON "
                       "b.id = s.borrower_id WHERE b.code = ?) OR EXISTS (SELECT 1 FROM borrower_move m "
                       "JOIN borrower b ON b.id = m.borrower_id WHERE b.code = ?)"),
        Database::tr("looking up the history of a borrower"));
    query.bind(id).bind(id).bind(id);
    if (Status s = query.exec(); !s)
        return s.error();
    return query.next() && query.integer(0) != 0;
}

Status BorrowerRepository::insert(const QList<Borrower>& borrowers)
{
    Query query(m_database,
                QStringLiteral(
                    "INSERT INTO borrower (code, kind, id_number, full_name, commune_id, group_id, village) "
                    "VALUES (?, ?, ?, ?, (SELECT id FROM commune WHERE code = ?), "
                    "(SELECT id FROM savings_group WHERE code = ?), ?)"),
                Database::tr("saving a borrower"));
    for (const Borrower& borrower : borrowers) {
        query.bind(borrower.id)
            .bind(borrowerKindCode(borrower.kind))
            .bind(borrower.idNumber)
            .bind(borrower.fullName)
            .bind(borrower.communeCode)
            .bindNullableText(borrower.groupCode)
            .bind(borrower.village);
        if (Status s = query.exec(); !s)
            return s;
    }
    return {};
}

Status BorrowerRepository::update(const Borrower& borrower)
{
    Query query(
        m_database,
        QStringLiteral(
            "UPDATE borrower SET kind = ?, id_number = ?, full_name = ?, "
            "commune_id = (SELECT id FROM commune WHERE code = ?), "
            "group_id = (SELECT id FROM savings_group WHERE code = ?), village = ?, version = version + 1 "
            "WHERE code = ?"),
        Database::tr("saving a borrower"));
    query.bind(borrowerKindCode(borrower.kind))
        .bind(borrower.idNumber)
        .bind(borrower.fullName)
        .bind(borrower.communeCode)
        .bindNullableText(borrower.groupCode)
        .bind(borrower.village)
        .bind(borrower.id);
    return query.exec();
}
