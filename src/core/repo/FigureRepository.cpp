#include "FigureRepository.h"

#include "TotalColumns.h"
#include "db/Query.h"

#include <algorithm>
#include <array>

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

/// Where each kind of cell is kept and the ids of its key after `carried` and `ym`, in column order.
template <typename Cell>
struct CellTable;

template <>
struct CellTable<ProgramCell>
{
    static QString table() { return QStringLiteral("program_total"); }
    static QStringList idColumns()
    {
        return {QStringLiteral("program_id"), QStringLiteral("commune_id"),
                QStringLiteral("organization_id")};
    }
    static constexpr std::array ids{&ProgramCell::programId, &ProgramCell::communeId,
                                    &ProgramCell::organizationId};
};

template <>
struct CellTable<GroupCell>
{
    static QString table() { return QStringLiteral("group_total"); }
    static QStringList idColumns() { return {QStringLiteral("commune_id"), QStringLiteral("group_id")}; }
    static constexpr std::array ids{&GroupCell::communeId, &GroupCell::groupId};
};

template <>
struct CellTable<CommuneCell>
{
    static QString table() { return QStringLiteral("commune_total"); }
    static QStringList idColumns()
    {
        return {QStringLiteral("commune_id"), QStringLiteral("organization_id")};
    }
    static constexpr std::array ids{&CommuneCell::communeId, &CommuneCell::organizationId};
};

template <typename Cell>
QStringList keyColumns()
{
    return QStringList{QStringLiteral("carried"), QStringLiteral("ym")} + CellTable<Cell>::idColumns();
}

template <typename Cell>
std::unique_ptr<Query> upsertQuery(Database& database)
{
    return std::make_unique<Query>(database, upsert(CellTable<Cell>::table(), keyColumns<Cell>()),
                                   Database::tr("updating the month totals"));
}

/// Adds every non-zero cell of @p cells to its table.
template <typename Cell>
Status addCells(Query& upsert, const QHash<Cell, Figures>& cells)
{
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        if (it.value() == Figures())
            continue;
        upsert.bind(it.key().carried ? 1 : 0).bind(it.key().ym);
        for (const auto id : CellTable<Cell>::ids)
            upsert.bind(it.key().*id);
        TotalColumns::bind(upsert, it.value());
        if (Status s = upsert.exec(); !s)
            return s;
    }
    return {};
}

/// The stored cells of one kind, of the communes @p communeIds.
template <typename Cell>
Result<QHash<Cell, Figures>> readCells(Database& database, const QList<qint64>& communeIds)
{
    QHash<Cell, Figures> cells;
    if (communeIds.isEmpty())
        return cells;
    Query query(database,
                QStringLiteral("SELECT ") +
                    (keyColumns<Cell>() + TotalColumns::names()).join(QStringLiteral(", ")) +
                    QStringLiteral(" FROM ") + CellTable<Cell>::table() +
                    QStringLiteral(" WHERE commune_id IN (%1)").arg(placeholders(communeIds.size())),
                Database::tr("reading the month totals"));
    query.bindEach(communeIds);
    if (Status s = query.exec(); !s)
        return s.error();
    constexpr int kIds = static_cast<int>(CellTable<Cell>::ids.size());
    while (query.next()) {
        Cell cell;
        cell.carried = query.integer(0) != 0;
        cell.ym = static_cast<int>(query.integer(1));
        for (int i = 0; i < kIds; ++i)
            cell.*CellTable<Cell>::ids[static_cast<std::size_t>(i)] = query.integer(2 + i);
        cells.insert(cell, TotalColumns::read(query, 2 + kIds));
    }
    if (Status s = query.status(); !s)
        return s.error();
    return cells;
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
        m_upsertProgram = upsertQuery<ProgramCell>(m_database);
        m_upsertGroup = upsertQuery<GroupCell>(m_database);
        m_upsertCommune = upsertQuery<CommuneCell>(m_database);
    }
    if (Status s = addCells(*m_upsertProgram, change.programs()); !s)
        return s;
    if (Status s = addCells(*m_upsertGroup, change.groups()); !s)
        return s;
    return addCells(*m_upsertCommune, change.communes());
}

Status FigureRepository::clearTotals()
{
    for (const QString& table :
         {CellTable<ProgramCell>::table(), CellTable<GroupCell>::table(), CellTable<CommuneCell>::table()}) {
        Query clear(m_database, QStringLiteral("DELETE FROM ") + table,
                    Database::tr("updating the month totals"));
        if (Status s = clear.exec(); !s)
            return s;
    }
    return {};
}

Result<KeptTotals> FigureRepository::storedTotals(const QList<qint64>& communeIds)
{
    auto programs = readCells<ProgramCell>(m_database, communeIds);
    if (!programs)
        return programs.error();
    auto groups = readCells<GroupCell>(m_database, communeIds);
    if (!groups)
        return groups.error();
    auto communes = readCells<CommuneCell>(m_database, communeIds);
    if (!communes)
        return communes.error();
    KeptTotals result = KeptTotals::fromCells(std::move(programs).value(), std::move(groups).value(),
                                              std::move(communes).value());
    result.dropZeros();
    return result;
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

Result<QHash<QString, std::pair<YearMonth, bool>>> FigureRepository::horizons(const QStringList& loanNos)
{
    QHash<QString, std::pair<YearMonth, bool>> result;
    const Status status = forEachChunk(loanNos, 500, [&](const QStringList& chunk) -> Status {
        Query query(
            m_database,
            QStringLiteral("SELECT loan_no, horizon_ym, carries_forward FROM loan WHERE loan_no IN (%1)")
                .arg(placeholders(chunk.size())),
            Database::tr("reading the figures of the loans"));
        query.bindEach(chunk);
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
