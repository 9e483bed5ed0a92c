#include "FigureRepository.h"

#include "TotalColumns.h"
#include "db/Query.h"

#include <algorithm>

namespace {

/// INSERT … ON CONFLICT DO UPDATE adding every column of @p table with key @p keys.
QString upsert(const QString& table, const QStringList& keys)
{
    const QStringList& figures = TotalColumns::names();
    const QString columns = (keys + figures).join(QStringLiteral(", "));
    QStringList marks;
    for (qsizetype i = 0; i < keys.size() + figures.size(); ++i)
        marks << QStringLiteral("?");
    QStringList update;
    for (const QString& column : figures)
        update << column + QStringLiteral(" = ") + table + u'.' + column + QStringLiteral(" + excluded.") +
                      column;
    return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns +
           QStringLiteral(") VALUES (") + marks.join(QStringLiteral(", ")) +
           QStringLiteral(") ON CONFLICT (") + keys.join(QStringLiteral(", ")) +
           QStringLiteral(") DO UPDATE SET ") + update.join(QStringLiteral(", "));
}

} // namespace

FigureRepository::FigureRepository(Database& database)
    : m_database(database)
{}

FigureRepository::~FigureRepository() = default;

Status FigureRepository::addTotals(const KeptTotals& change)
{
    if (change.isEmpty())
        return {};
    if (!m_upsertProgram) {
        m_upsertProgram = std::make_unique<Query>(
            m_database,
            upsert(QStringLiteral("program_total"),
                   {QStringLiteral("carried"), QStringLiteral("ym"), QStringLiteral("program_id"),
                    QStringLiteral("commune_id"), QStringLiteral("organization_id")}),
            Database::tr("updating the month totals"));
        m_upsertGroup = std::make_unique<Query>(
            m_database,
            upsert(QStringLiteral("group_total"), {QStringLiteral("carried"), QStringLiteral("ym"),
                                                   QStringLiteral("commune_id"), QStringLiteral("group_id")}),
            Database::tr("updating the month totals"));
        m_upsertCommune =
            std::make_unique<Query>(m_database,
                                    upsert(QStringLiteral("commune_total"),
                                           {QStringLiteral("carried"), QStringLiteral("ym"),
                                            QStringLiteral("commune_id"), QStringLiteral("organization_id")}),
                                    Database::tr("updating the month totals"));
    }
    for (auto it = change.programs().cbegin(); it != change.programs().cend(); ++it) {
        if (it.value() == Figures())
            continue;
        const ProgramCell& cell = it.key();
        m_upsertProgram->bind(cell.carried ? 1 : 0)
            .bind(cell.ym)
            .bind(cell.programId)
            .bind(cell.communeId)
            .bind(cell.organizationId);
        TotalColumns::bind(*m_upsertProgram, it.value());
        if (Status s = m_upsertProgram->exec(); !s)
            return s;
    }
    for (auto it = change.groups().cbegin(); it != change.groups().cend(); ++it) {
        if (it.value() == Figures())
            continue;
        const GroupCell& cell = it.key();
        m_upsertGroup->bind(cell.carried ? 1 : 0).bind(cell.ym).bind(cell.communeId).bind(cell.groupId);
        TotalColumns::bind(*m_upsertGroup, it.value());
        if (Status s = m_upsertGroup->exec(); !s)
            return s;
    }
    for (auto it = change.communes().cbegin(); it != change.communes().cend(); ++it) {
        if (it.value() == Figures())
            continue;
        const CommuneCell& cell = it.key();
        m_upsertCommune->bind(cell.carried ? 1 : 0)
            .bind(cell.ym)
            .bind(cell.communeId)
            .bind(cell.organizationId);
        TotalColumns::bind(*m_upsertCommune, it.value());
        if (Status s = m_upsertCommune->exec(); !s)
            return s;
    }
    return {};
}

Status FigureRepository::clearTotals()
{
    for (const QString& table :
         {QStringLiteral("program_total"), QStringLiteral("group_total"), QStringLiteral("commune_total")}) {
        Query clear(m_database, QStringLiteral("DELETE FROM ") + table,
                    Database::tr("updating the month totals"));
        if (Status s = clear.exec(); !s)
            return s;
    }
    return {};
}

Result<KeptTotals> FigureRepository::storedTotals()
{
    return storedTotalsOf(nullptr);
}

Result<KeptTotals> FigureRepository::storedTotals(const QList<qint64>& communeIds)
{
    return storedTotalsOf(&communeIds);
}

Result<QList<qint64>> FigureRepository::communeIdsInUse()
{
    Query query(
        m_database,
        QStringLiteral("SELECT id FROM commune UNION SELECT commune_id FROM borrower UNION SELECT "
                       "commune_id FROM borrower_move UNION SELECT commune_id FROM program_total UNION "
                       "SELECT commune_id FROM group_total UNION SELECT commune_id FROM commune_total"),
        Database::tr("reading the month totals"));
    if (Status s = query.exec(); !s)
        return s.error();
    QList<qint64> ids;
    while (query.next())
        ids.append(query.integer(0));
    if (Status s = query.status(); !s)
        return s.error();
    // Sorted here: an ORDER BY on the compound query would sort every cell of the totals, not the few
    // distinct ids (470 MB at 1,000,000 loans).
    std::sort(ids.begin(), ids.end());
    return ids;
}

Result<KeptTotals> FigureRepository::storedTotalsOf(const QList<qint64>* communeIds)
{
    const QString columns = TotalColumns::names().join(QStringLiteral(", "));
    const QString where =
        communeIds ? QStringLiteral(" WHERE commune_id IN (%1)").arg(placeholders(communeIds->size()))
                   : QString();
    const auto bindCommunes = [communeIds](Query& query) {
        if (communeIds) {
            for (const qint64 id : *communeIds)
                query.bind(id);
        }
    };
    Query programs(m_database,
                   QStringLiteral("SELECT carried, ym, program_id, commune_id, organization_id, ") + columns +
                       QStringLiteral(" FROM program_total") + where,
                   Database::tr("reading the month totals"));
    bindCommunes(programs);
    if (Status s = programs.exec(); !s)
        return s.error();
    QHash<ProgramCell, Figures> programCells;
    while (programs.next())
        programCells.insert({programs.integer(0) != 0, static_cast<int>(programs.integer(1)),
                             programs.integer(2), programs.integer(3), programs.integer(4)},
                            TotalColumns::read(programs, 5));
    if (Status s = programs.status(); !s)
        return s.error();
    Query groups(m_database,
                 QStringLiteral("SELECT carried, ym, commune_id, group_id, ") + columns +
                     QStringLiteral(" FROM group_total") + where,
                 Database::tr("reading the month totals"));
    bindCommunes(groups);
    if (Status s = groups.exec(); !s)
        return s.error();
    QHash<GroupCell, Figures> groupCells;
    while (groups.next())
        groupCells.insert({groups.integer(0) != 0, static_cast<int>(groups.integer(1)), groups.integer(2),
                           groups.integer(3)},
                          TotalColumns::read(groups, 4));
    if (Status s = groups.status(); !s)
        return s.error();
    Query communes(m_database,
                   QStringLiteral("SELECT carried, ym, commune_id, organization_id, ") + columns +
                       QStringLiteral(" FROM commune_total") + where,
                   Database::tr("reading the month totals"));
    bindCommunes(communes);
    if (Status s = communes.exec(); !s)
        return s.error();
    QHash<CommuneCell, Figures> communeCells;
    while (communes.next())
        communeCells.insert({communes.integer(0) != 0, static_cast<int>(communes.integer(1)),
                             communes.integer(2), communes.integer(3)},
                            TotalColumns::read(communes, 4));
    if (Status s = communes.status(); !s)
        return s.error();
    KeptTotals result =
        KeptTotals::fromCells(std::move(programCells), std::move(groupCells), std::move(communeCells));
    result.dropZeros();
    return result;
}

Result<int> FigureRepository::keptFiguresVersion()
{
    Query query(m_database, QStringLiteral("SELECT value FROM kept_state WHERE key = 'figures_version'"),
                Database::tr("reading the version of the kept figures"));
    if (Status s = query.exec(); !s)
        return s.error();
    const int version = query.next() ? static_cast<int>(query.integer(0)) : 0;
    if (Status s = query.status(); !s)
        return s.error();
    return version;
}

Status FigureRepository::setKeptFiguresVersion(int version)
{
    Query query(m_database,
                QStringLiteral("INSERT INTO kept_state (key, value) VALUES ('figures_version', ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                Database::tr("recording the version of the kept figures"));
    query.bind(version);
    return query.exec();
}

Status FigureRepository::setHorizon(const QString& loanNo, YearMonth horizon, bool carriesForward)
{
    if (!m_setHorizon)
        m_setHorizon = std::make_unique<Query>(
            m_database,
            QStringLiteral("UPDATE loan SET horizon_ym = ?, carries_forward = ? WHERE loan_no = ?"),
            Database::tr("updating the figures of a loan"));
    m_setHorizon->bind(horizon.key()).bind(carriesForward ? 1 : 0).bind(loanNo);
    return m_setHorizon->exec();
}

Result<QHash<QString, std::pair<YearMonth, bool>>> FigureRepository::horizons()
{
    Query query(m_database, QStringLiteral("SELECT loan_no, horizon_ym, carries_forward FROM loan"),
                Database::tr("reading the figures of the loans"));
    if (Status s = query.exec(); !s)
        return s.error();
    QHash<QString, std::pair<YearMonth, bool>> result;
    while (query.next())
        result.insert(query.text(0),
                      {YearMonth::fromKey(static_cast<int>(query.integer(1))), query.integer(2) != 0});
    if (Status s = query.status(); !s)
        return s.error();
    return result;
}

Result<QHash<QString, std::pair<YearMonth, bool>>> FigureRepository::horizons(const QStringList& loanNos)
{
    QHash<QString, std::pair<YearMonth, bool>> result;
    const Status status = forEachChunk(loanNos, 500, [&](const QStringList& chunk) -> Status {
        Query query(
            m_database,
            QStringLiteral("SELECT loan_no, horizon_ym, carries_forward FROM loan WHERE loan_no IN (%1)")
                .arg(placeholders(chunk.size())),
            Database::tr("reading the figures of the loans"));
        for (const QString& loanNo : chunk)
            query.bind(loanNo);
        if (Status s = query.exec(); !s)
            return s;
        while (query.next())
            result.insert(query.text(0),
                          {YearMonth::fromKey(static_cast<int>(query.integer(1))), query.integer(2) != 0});
        return query.status();
    });
    if (!status)
        return status.error();
    return result;
}

Result<Timeline<TotalPlace>> FigureRepository::placesOf(qint64 borrowerId)
{
    if (!m_firstPlace) {
        m_firstPlace = std::make_unique<Query>(
            m_database,
            QStringLiteral("SELECT b.commune_id, COALESCE(g.organization_id, 0), COALESCE(b.group_id, 0) "
                           "FROM borrower b LEFT JOIN savings_group g ON g.id = b.group_id WHERE b.id = ?"),
            Database::tr("looking up a borrower"));
        m_movedPlaces = std::make_unique<Query>(
            m_database,
            QStringLiteral("SELECT m.on_date, m.commune_id, COALESCE(g.organization_id, 0), "
                           "COALESCE(m.group_id, 0) FROM borrower_move m "
                           "LEFT JOIN savings_group g ON g.id = m.group_id WHERE m.borrower_id = ?"),
            Database::tr("reading the moves of a borrower"));
    }
    m_firstPlace->bind(borrowerId);
    if (Status s = m_firstPlace->exec(); !s)
        return s.error();
    if (!m_firstPlace->next())
        return Error::unusable(Database::tr("no borrower #%1 to total the figures under").arg(borrowerId));
    Timeline<TotalPlace> places(
        {m_firstPlace->integer(0), m_firstPlace->integer(1), m_firstPlace->integer(2)});
    m_firstPlace->finish();
    if (!m_anyMoves) {
        Query any(m_database, QStringLiteral("SELECT EXISTS (SELECT 1 FROM borrower_move)"),
                  Database::tr("reading the moves"));
        if (Status s = any.exec(); !s)
            return s.error();
        m_anyMoves = any.next() && any.integer(0) != 0;
    }
    if (*m_anyMoves) {
        m_movedPlaces->bind(borrowerId);
        if (Status s = m_movedPlaces->exec(); !s)
            return s.error();
        while (m_movedPlaces->next())
            places.setFrom(m_movedPlaces->date(0),
                           {m_movedPlaces->integer(1), m_movedPlaces->integer(2), m_movedPlaces->integer(3)});
        if (Status s = m_movedPlaces->status(); !s)
            return s.error();
        m_movedPlaces->finish();
    }
    return places;
}

Status FigureRepository::replaceGroupSavings(const QString& groupCode, const QList<SavingsMonth>& months)
{
    Query groupId(m_database, QStringLiteral("SELECT id FROM savings_group WHERE code = ?"),
                  Database::tr("looking up a group"));
    groupId.bind(groupCode);
    if (Status s = groupId.exec(); !s)
        return s;
    if (!groupId.next())
        return Error::unusable(Database::tr("no group %1 to update the savings of").arg(groupCode));
    const qint64 id = groupId.integer(0);
    Query remove(m_database, QStringLiteral("DELETE FROM group_savings_month WHERE group_id = ?"),
                 Database::tr("updating the savings of a group"));
    remove.bind(id);
    if (Status s = remove.exec(); !s)
        return s;
    Query insert(
        m_database,
        QStringLiteral("INSERT INTO group_savings_month (group_id, ym, balance_end) VALUES (?, ?, ?)"),
        Database::tr("updating the savings of a group"));
    for (const SavingsMonth& month : months) {
        insert.bind(id).bind(month.month.key()).bind(month.balanceEnd);
        if (Status s = insert.exec(); !s)
            return s;
    }
    return {};
}

Result<QList<FigureRepository::SavingsMonth>> FigureRepository::groupSavings(const QString& groupCode)
{
    Query query(m_database,
                QStringLiteral("SELECT s.ym, s.balance_end FROM group_savings_month s "
                               "JOIN savings_group g ON g.id = s.group_id WHERE g.code = ? ORDER BY s.ym"),
                Database::tr("reading the savings of a group"));
    query.bind(groupCode);
    if (Status s = query.exec(); !s)
        return s.error();
    QList<SavingsMonth> months;
    while (query.next())
        months.append({YearMonth::fromKey(static_cast<int>(query.integer(0))), query.money(1)});
    if (Status s = query.status(); !s)
        return s.error();
    return months;
}
