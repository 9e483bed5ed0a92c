#include "ReportBuilder.h"

#include "calc/LoanCalculator.h"
#include "db/Database.h"
#include "repo/ActivityRepository.h"
#include "repo/ClosingRepository.h"
#include "repo/LoanRepository.h"
#include "repo/ReferenceRepository.h"
#include "repo/ReportRepository.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <tuple>
#include <vector>

namespace {

const QString kTotalKey = QStringLiteral("TOTAL");

bool passes(const QString& key, const QString& wanted)
{
    return wanted.isEmpty() || key == wanted;
}

} // namespace

ReportBuilder::ReportBuilder(Database& database, Language language)
    : m_database(database)
    , m_language(language)
{}

Result<Catalogue> ReportBuilder::catalogue()
{
    if (!m_catalogue) {
        auto loaded = ReferenceRepository(m_database).catalogue();
        if (!loaded)
            return loaded.error();
        m_catalogue = std::move(loaded).value();
    }
    return *m_catalogue;
}

Result<DataSpan> ReportBuilder::dataSpan()
{
    return ActivityRepository(m_database).span();
}

Result<YearMonth> ReportBuilder::latestClosedMonth()
{
    return ClosingRepository(m_database).latest();
}

Result<bool> ReportBuilder::admit(YearMonth month)
{
    auto span = dataSpan();
    if (!span)
        return span.error();
    if (span->isEmpty())
        return Error::refused(
            tr("there is no data for %1: the database holds no loan yet").arg(month.toDisplayString()));
    if (month > span->lastMonth())
        return Error::refused(tr("there is no data for %1: the data end on %2")
                                  .arg(month.toDisplayString(), Dates::toDisplay(span->lastDay)));
    if (month < span->firstMonth())
        return Error::refused(
            tr("there is no data for %1: the data begin on %2 (the first disbursement) and end on %3")
                .arg(month.toDisplayString(), Dates::toDisplay(span->firstDisbursement),
                     Dates::toDisplay(span->lastDay)));
    auto closed = latestClosedMonth();
    if (!closed)
        return closed.error();
    return closed->isValid() && month <= *closed;
}

Result<QList<ReportRow>> ReportBuilder::emptyRows(Breakdown by, const PortfolioFilter& filter)
{
    auto names = catalogue();
    if (!names)
        return names.error();
    QList<ReportRow> rows;
    ReportRepository reports(m_database);
    switch (by) {
    case Breakdown::Program:
        for (const Program& program : names->programs())
            rows.append({program.code, names->programName(program.code, m_language), {}});
        break;
    case Breakdown::Organization: {
        for (const Organization& organization : names->organizations()) {
            if (passes(organization.code, filter.organizationCode))
                rows.append({organization.code, names->organizationName(organization.code, m_language), {}});
        }
        if (passes(kDirectKey, filter.organizationCode))
            rows.append({kDirectKey, Catalogue::directLendingName(m_language), {}});
        break;
    }
    case Breakdown::Commune: {
        auto communes = reports.communes(filter);
        if (!communes)
            return communes.error();
        for (const auto& commune : *communes)
            rows.append({commune.key, commune.name, {}});
        break;
    }
    case Breakdown::Group: {
        auto groups = reports.groups(filter);
        if (!groups)
            return groups.error();
        for (const auto& group : *groups)
            rows.append({group.key, group.name, {}});
        break;
    }
    }
    std::sort(rows.begin(), rows.end(), [](const ReportRow& a, const ReportRow& b) { return a.key < b.key; });
    // Groups list DIRECT last, after every group (domain.md §6).
    if (by == Breakdown::Group && passes(kDirectKey, filter.organizationCode))
        rows.append({kDirectKey, Catalogue::directLendingName(m_language), {}});
    return rows;
}

Result<ReportTable> ReportBuilder::summary(YearMonth month, Breakdown by, const PortfolioFilter& filter)
{
    auto closed = admit(month);
    if (!closed)
        return closed.error();
    ReportTable table;
    table.closed = *closed;
    table.kind = ReportTable::Kind::Summary;
    table.by = by;
    table.month = month;
    table.asOf = month.lastDay();
    table.filter = filter;
    table.language = m_language;
    return fromMonthFigures(std::move(table));
}

Result<ReportTable> ReportBuilder::ageing(const QDate& day, Breakdown by, const PortfolioFilter& filter)
{
    auto closed = admit(YearMonth::fromDate(day));
    if (!closed)
        return closed.error();
    ReportTable table;
    table.closed = *closed;
    table.kind = ReportTable::Kind::Ageing;
    table.by = by;
    table.month = YearMonth::fromDate(day);
    table.asOf = day;
    table.filter = filter;
    table.language = m_language;
    // At a month end the kept month rows hold the ageing already; on other days it is computed from the loans
    // that can have a balance in that month.
    if (day == table.month.lastDay())
        return fromMonthFigures(std::move(table));
    return fromPositions(std::move(table));
}

Result<ReportTable> ReportBuilder::fromMonthFigures(ReportTable table)
{
    auto rows = emptyRows(table.by, table.filter);
    if (!rows)
        return rows.error();
    table.rows = std::move(rows).value();
    if (Status s = fillFromMonthFigures({&table}, nullptr, table.month, table.filter); !s)
        return s.error();
    return table;
}

Result<MonthSummaries> ReportBuilder::monthSummaries(YearMonth month, const PortfolioFilter& filter)
{
    auto closed = admit(month);
    if (!closed)
        return closed.error();
    MonthSummaries summaries;
    const QList<std::pair<Breakdown, ReportTable*>> tables = {
        {Breakdown::Program, &summaries.byProgram},
        {Breakdown::Commune, &summaries.byCommune},
        {Breakdown::Organization, &summaries.byOrganization},
        {Breakdown::Group, &summaries.byGroup},
    };
    QList<ReportTable*> targets;
    for (const auto& [by, table] : tables) {
        table->kind = ReportTable::Kind::Summary;
        table->by = by;
        table->month = month;
        table->asOf = month.lastDay();
        table->filter = filter;
        table->language = m_language;
        table->closed = *closed;
        auto rows = emptyRows(by, filter);
        if (!rows)
            return rows.error();
        table->rows = std::move(rows).value();
        targets.append(table);
    }
    CrossTable& cross = summaries.programByOrganization;
    cross.rowsBy = Breakdown::Program;
    cross.columnsBy = Breakdown::Organization;
    cross.month = month;
    for (const ReportRow& row : std::as_const(summaries.byProgram.rows))
        cross.rows.append({row.key, row.name});
    for (const ReportRow& row : std::as_const(summaries.byOrganization.rows))
        cross.columns.append({row.key, row.name});
    if (Status s = fillFromMonthFigures(targets, &cross, month, filter); !s)
        return s.error();
    for (const ReportRow& row : std::as_const(summaries.byProgram.rows))
        cross.rowTotals.append(row.figures);
    for (const ReportRow& row : std::as_const(summaries.byOrganization.rows))
        cross.columnTotals.append(row.figures);
    cross.total = summaries.byProgram.total.figures;
    return summaries;
}

Status ReportBuilder::fillFromMonthFigures(const QList<ReportTable*>& tables, CrossTable* cross,
                                           YearMonth month, const PortfolioFilter& filter)
{
    ReportRepository reports(m_database);
    auto directory = reports.keyDirectory(month.lastDay());
    if (!directory)
        return directory.error();
    auto positions = reports.monthPositions(month);
    if (!positions)
        return positions.error();

    // Each loan falls into one row of every breakdown (domain.md §6): its program, its borrower's commune,
    // the organisation of its borrower's group and that group, DIRECT for a borrower in no group. The rows
    // are found by id; a key a table does not list (left out by the filter) takes nothing.
    const ReportRepository::KeyDirectory& keys = *directory;
    const auto keyOf = [&keys](Breakdown by, qint64 programId,
                               const ReportRepository::KeyDirectory::BorrowerKeys& b) {
        switch (by) {
        case Breakdown::Commune:
            return keys.communes.value(b.communeId);
        case Breakdown::Organization:
            return b.groupId == 0 ? kDirectKey : keys.groupOrganizations.value(b.groupId);
        case Breakdown::Group:
            return b.groupId == 0 ? kDirectKey : keys.groups.value(b.groupId);
        case Breakdown::Program:
            break;
        }
        return keys.programs.value(programId);
    };
    // The id a row is looked up by in each breakdown: program, commune or group id (organisation: group id).
    const auto idOf = [](Breakdown by, qint64 programId,
                         const ReportRepository::KeyDirectory::BorrowerKeys& b) {
        switch (by) {
        case Breakdown::Commune:
            return b.communeId;
        case Breakdown::Organization:
        case Breakdown::Group:
            return b.groupId;
        case Breakdown::Program:
            break;
        }
        return programId;
    };

    struct Target
    {
        ReportTable* table = nullptr;
        QHash<QString, qsizetype> rowOfKey;
        std::vector<qsizetype>
            rowOfId; ///< by program, commune or group id; -2: not looked up yet, -1: not listed
    };
    constexpr qsizetype kMaxTables = 4;
    Q_ASSERT(tables.size() <= kMaxTables);
    std::vector<Target> targets(static_cast<std::size_t>(std::min(tables.size(), kMaxTables)));
    for (std::size_t t = 0; t < targets.size(); ++t) {
        Target& target = targets[t];
        target.table = tables[static_cast<qsizetype>(t)];
        for (qsizetype i = 0; i < target.table->rows.size(); ++i)
            target.rowOfKey.insert(target.table->rows[i].key, i);
    }
    QHash<QString, qsizetype> crossRow;
    QHash<QString, qsizetype> crossColumn;
    if (cross) {
        for (qsizetype i = 0; i < cross->rows.size(); ++i)
            crossRow.insert(cross->rows[i].key, i);
        for (qsizetype i = 0; i < cross->columns.size(); ++i)
            crossColumn.insert(cross->columns[i].key, i);
        cross->cells = QList<QList<Figures>>(cross->rows.size(), QList<Figures>(cross->columns.size()));
    }
    // Every loan with a balance, with the rows it fell into, for counting distinct borrowers afterwards.
    struct WithBalance
    {
        qint64 borrowerId = 0;
        std::array<qsizetype, kMaxTables> rows{};
        qsizetype cell = -1;
        bool operator<(const WithBalance& other) const
        {
            return std::tie(borrowerId, rows, cell) < std::tie(other.borrowerId, other.rows, other.cell);
        }
    };
    std::vector<WithBalance> withBalance;
    withBalance.reserve(static_cast<std::size_t>(positions->size()));

    // Whether a commune or a group (0: none) passes the filter, by id, decided once per id.
    std::vector<signed char> communePasses;
    std::vector<signed char> groupPasses;
    const auto passes = [](std::vector<signed char>& memo, qint64 id, const auto& decide) {
        const auto index = static_cast<std::size_t>(std::max<qint64>(0, id));
        if (index >= memo.size())
            memo.resize(index + 1, -1);
        if (memo[index] < 0)
            memo[index] = decide() ? 1 : 0;
        return memo[index] == 1;
    };
    const auto rowOf = [&keyOf](std::vector<qsizetype>& memo, const QHash<QString, qsizetype>& rowOfKey,
                                Breakdown by, qint64 id, qint64 programId,
                                const ReportRepository::KeyDirectory::BorrowerKeys& b) {
        const auto index = static_cast<std::size_t>(std::max<qint64>(0, id));
        if (index >= memo.size())
            memo.resize(index + 1, -2);
        if (memo[index] == -2)
            memo[index] = rowOfKey.value(keyOf(by, programId, b), -1);
        return memo[index];
    };
    std::vector<qsizetype> crossRowOfProgram;
    std::vector<qsizetype> crossColumnOfGroup;

    for (const ReportRepository::Position& position : std::as_const(*positions)) {
        const auto b = keys.borrower(position.borrowerId);
        if (!filter.communeCode.isEmpty() && !passes(communePasses, b.communeId, [&] {
                return keys.communes.value(b.communeId) == filter.communeCode;
            }))
            continue;
        if (!filter.organizationCode.isEmpty() && !passes(groupPasses, b.groupId, [&] {
                return keyOf(Breakdown::Organization, position.programId, b) == filter.organizationCode;
            }))
            continue;
        const LoanMonth& m = position.figures;
        const bool hasBalance = m.outstandingEnd.isPositive();
        const auto add = [&m, hasBalance](Figures& f) {
            if (hasBalance)
                ++f.loans;
            f.outstandingStart += m.outstandingStart;
            f.disbursed += m.disbursed;
            f.collectedPrincipal += m.collectedPrincipal;
            f.collectedInterest += m.collectedInterest;
            f.outstandingEnd += m.outstandingEnd;
            f.overdue += m.overdue;
            f.frozen += m.frozen;
            for (std::size_t i = 0; i < f.ageing.size(); ++i)
                f.ageing[i] += m.ageing[i];
        };
        WithBalance entry;
        entry.borrowerId = position.borrowerId;
        for (std::size_t t = 0; t < targets.size(); ++t) {
            Target& target = targets[t];
            const Breakdown by = target.table->by;
            const qsizetype row = rowOf(target.rowOfId, target.rowOfKey, by, idOf(by, position.programId, b),
                                        position.programId, b);
            entry.rows[t] = row;
            if (row >= 0)
                add(target.table->rows[row].figures);
        }
        if (cross) {
            const qsizetype row = rowOf(crossRowOfProgram, crossRow, cross->rowsBy,
                                        idOf(cross->rowsBy, position.programId, b), position.programId, b);
            const qsizetype column =
                rowOf(crossColumnOfGroup, crossColumn, cross->columnsBy,
                      idOf(cross->columnsBy, position.programId, b), position.programId, b);
            if (row >= 0 && column >= 0) {
                add(cross->cells[row][column]);
                entry.cell = row * cross->columns.size() + column;
            }
        }
        if (hasBalance)
            withBalance.push_back(entry);
    }

    // Distinct borrowers with a balance: per row, per cell and over all loans. Sorted by borrower, a
    // borrower's loans are together, each row or cell in order.
    std::sort(withBalance.begin(), withBalance.end());
    qint64 distinct = 0;
    for (std::size_t i = 0; i < withBalance.size(); ++i) {
        const WithBalance& entry = withBalance[i];
        const bool firstOfBorrower = i == 0 || withBalance[i - 1].borrowerId != entry.borrowerId;
        if (firstOfBorrower)
            ++distinct;
        for (std::size_t t = 0; t < targets.size(); ++t) {
            if (entry.rows[t] < 0)
                continue;
            bool seen = false;
            for (std::size_t j = i; !seen && j > 0 && withBalance[j - 1].borrowerId == entry.borrowerId; --j)
                seen = withBalance[j - 1].rows[t] == entry.rows[t];
            if (!seen)
                ++targets[t].table->rows[entry.rows[t]].figures.borrowers;
        }
        if (cross && entry.cell >= 0) {
            bool seen = false;
            for (std::size_t j = i; !seen && j > 0 && withBalance[j - 1].borrowerId == entry.borrowerId; --j)
                seen = withBalance[j - 1].cell == entry.cell;
            if (!seen) {
                const qsizetype columns = cross->columns.size();
                ++cross->cells[entry.cell / columns][entry.cell % columns].borrowers;
            }
        }
    }

    // Savings balances of the groups at the month end, summed into communes and organisations by the group's
    // commune and organisation (savings belong to group members only, domain.md §4).
    bool needSavings = false;
    for (const Target& target : targets)
        needSavings = needSavings || target.table->hasSavings();
    QHash<QString, Money> savingsOf[3]; // commune, organisation, group
    if (needSavings) {
        auto byGroup = reports.savings(month, Breakdown::Group, filter);
        if (!byGroup)
            return byGroup.error();
        for (auto it = keys.groups.cbegin(); it != keys.groups.cend(); ++it) {
            const auto balance = byGroup->constFind(it.value());
            if (balance == byGroup->cend())
                continue;
            savingsOf[0][keys.communes.value(keys.groupCommunes.value(it.key()))] += *balance;
            savingsOf[1][keys.groupOrganizations.value(it.key())] += *balance;
            savingsOf[2][it.value()] += *balance;
        }
    }
    for (Target& target : targets) {
        ReportTable& table = *target.table;
        if (table.hasSavings()) {
            const int which = table.by == Breakdown::Commune        ? 0
                              : table.by == Breakdown::Organization ? 1
                                                                    : 2;
            for (ReportRow& row : table.rows)
                row.figures.savings = savingsOf[which].value(row.key);
        }
        table.total = {kTotalKey, QString(), {}};
        for (const ReportRow& row : std::as_const(table.rows))
            table.total.figures.addAmounts(row.figures);
        table.total.figures.borrowers = distinct;
    }
    return {};
}

Result<ReportTable> ReportBuilder::fromPositions(ReportTable table)
{
    auto rows = emptyRows(table.by, table.filter);
    if (!rows)
        return rows.error();
    ReportRepository reports(m_database);
    auto loans = reports.loansAt(table.asOf, table.filter);
    if (!loans)
        return loans.error();
    QStringList loanNos;
    loanNos.reserve(loans->size());
    for (const auto& loan : *loans)
        loanNos.append(loan.loanNo);
    auto facts = LoanRepository(m_database).facts(loanNos);
    if (!facts)
        return facts.error();

    QHash<QString, Figures> byKey;
    QHash<QString, QSet<QString>> borrowersByKey;
    QSet<QString> allBorrowers;
    for (const auto& loan : *loans) {
        const LoanPosition position = LoanCalculator(facts->value(loan.loanNo)).positionAt(table.asOf);
        if (!position.exists)
            continue;
        QString key = loan.program;
        if (table.by == Breakdown::Commune)
            key = loan.commune;
        else if (table.by == Breakdown::Organization)
            key = loan.organization;
        else if (table.by == Breakdown::Group)
            key = loan.group;
        Figures& f = byKey[key];
        f.outstandingEnd += position.outstanding;
        f.overdue += position.overdue;
        f.frozen += position.frozen;
        for (std::size_t i = 0; i < position.ageing.size(); ++i)
            f.ageing[i] += position.ageing[i];
        if (position.outstanding.isPositive()) {
            ++f.loans;
            borrowersByKey[key].insert(loan.borrowerId);
            allBorrowers.insert(loan.borrowerId);
        }
    }
    table.rows = std::move(rows).value();
    table.total = {kTotalKey, QString(), {}};
    for (ReportRow& row : table.rows) {
        row.figures = byKey.value(row.key);
        row.figures.borrowers = borrowersByKey.value(row.key).size();
        table.total.figures.addAmounts(row.figures);
    }
    table.total.figures.borrowers = allBorrowers.size();
    return table;
}

Result<QList<std::pair<YearMonth, Figures>>> ReportBuilder::monthTotals(YearMonth from, YearMonth to,
                                                                        const PortfolioFilter& filter)
{
    return ReportRepository(m_database).monthTotals(from, to, filter);
}

Result<std::optional<YearMonth>> ReportBuilder::latestMonthWithData()
{
    auto span = dataSpan();
    if (!span)
        return span.error();
    if (span->isEmpty())
        return std::optional<YearMonth>();
    return std::optional<YearMonth>(span->lastMonth());
}
