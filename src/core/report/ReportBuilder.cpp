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
    // At a month end the kept month totals hold the ageing already; on other days it is computed from the
    // loans that can have a balance in that month.
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
    auto directory = reports.keyDirectory();
    if (!directory)
        return directory.error();
    const ReportRepository::KeyDirectory& keys = *directory;
    // Only the kept totals the tables need: by program for programs and the program × organisation table, by
    // group for the others; the distinct borrowers of the whole come from the totals by group when they are
    // read anyway, else from the totals by commune and organisation.
    bool needPrograms = cross != nullptr;
    bool needGroups = false;
    for (const ReportTable* table : tables) {
        needPrograms = needPrograms || table->by == Breakdown::Program;
        needGroups = needGroups || table->by != Breakdown::Program;
    }
    QList<ReportRepository::ProgramTotal> byProgram;
    if (needPrograms) {
        auto read = reports.programTotals(month, filter);
        if (!read)
            return read.error();
        byProgram = std::move(read).value();
    }
    QList<ReportRepository::GroupTotal> byGroup;
    qint64 distinct = 0;
    if (needGroups) {
        auto read = reports.groupTotals(month, filter);
        if (!read)
            return read.error();
        byGroup = std::move(read).value();
        for (const ReportRepository::GroupTotal& total : std::as_const(byGroup))
            distinct += total.figures.borrowers;
    } else {
        auto read = reports.borrowersWithBalance(month, filter);
        if (!read)
            return read.error();
        distinct = *read;
    }

    // Each loan falls into one row of every breakdown (domain.md §6): its program, its borrower's commune,
    // the organisation of its borrower's group and that group, DIRECT for a borrower in no group. The kept
    // totals by program give the program rows and the program × organisation table; those by group give the
    // commune, organisation and group rows and the distinct borrowers of each (a borrower is in one commune
    // and group at a month's end, so they add up). A key a table does not list (left out by the filter) takes
    // nothing.
    const auto organizationOf = [&keys](qint64 organizationId) {
        return organizationId == 0 ? kDirectKey : keys.organizations.value(organizationId);
    };
    const auto groupKeyOf = [&keys](Breakdown by, const ReportRepository::GroupTotal& total) {
        switch (by) {
        case Breakdown::Commune:
            return keys.communes.value(total.communeId);
        case Breakdown::Organization:
            return total.groupId == 0 ? kDirectKey : keys.groupOrganizations.value(total.groupId);
        case Breakdown::Group:
            return total.groupId == 0 ? kDirectKey : keys.groups.value(total.groupId);
        case Breakdown::Program:
            break;
        }
        return QString();
    };
    for (ReportTable* table : tables) {
        QHash<QString, qsizetype> rowOfKey;
        for (qsizetype i = 0; i < table->rows.size(); ++i)
            rowOfKey.insert(table->rows[i].key, i);
        if (table->by == Breakdown::Program) {
            for (const ReportRepository::ProgramTotal& total : std::as_const(byProgram)) {
                const qsizetype row = rowOfKey.value(keys.programs.value(total.programId), -1);
                if (row >= 0)
                    table->rows[row].figures.addAll(total.figures);
            }
        } else {
            for (const ReportRepository::GroupTotal& total : std::as_const(byGroup)) {
                const qsizetype row = rowOfKey.value(groupKeyOf(table->by, total), -1);
                if (row >= 0)
                    table->rows[row].figures.addAll(total.figures);
            }
        }
    }
    if (cross) {
        QHash<QString, qsizetype> crossRow;
        QHash<QString, qsizetype> crossColumn;
        for (qsizetype i = 0; i < cross->rows.size(); ++i)
            crossRow.insert(cross->rows[i].key, i);
        for (qsizetype i = 0; i < cross->columns.size(); ++i)
            crossColumn.insert(cross->columns[i].key, i);
        cross->cells = QList<QList<Figures>>(cross->rows.size(), QList<Figures>(cross->columns.size()));
        for (const ReportRepository::ProgramTotal& total : std::as_const(byProgram)) {
            const qsizetype row = crossRow.value(keys.programs.value(total.programId), -1);
            const qsizetype column = crossColumn.value(organizationOf(total.organizationId), -1);
            if (row >= 0 && column >= 0)
                cross->cells[row][column].addAll(total.figures);
        }
    }

    // Savings balances of the groups at the month end, summed into communes and organisations by the group's
    // commune and organisation (savings belong to group members only, domain.md §4).
    bool needSavings = false;
    for (const ReportTable* table : tables)
        needSavings = needSavings || table->hasSavings();
    QHash<QString, Money> savingsOf[3]; // commune, organisation, group
    if (needSavings) {
        auto savingsByGroup = reports.savings(month, Breakdown::Group, filter);
        if (!savingsByGroup)
            return savingsByGroup.error();
        for (auto it = keys.groups.cbegin(); it != keys.groups.cend(); ++it) {
            const auto balance = savingsByGroup->constFind(it.value());
            if (balance == savingsByGroup->cend())
                continue;
            savingsOf[0][keys.communes.value(keys.groupCommunes.value(it.key()))] += *balance;
            savingsOf[1][keys.groupOrganizations.value(it.key())] += *balance;
            savingsOf[2][it.value()] += *balance;
        }
    }
    for (ReportTable* target : tables) {
        ReportTable& table = *target;
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
    QHash<QString, Figures> byKey;
    QHash<QString, QSet<QString>> borrowersByKey;
    QSet<QString> allBorrowers;
    // The facts are read a part of the loans at a time: memory stays that of a part whatever the portfolio.
    constexpr qsizetype kLoansPerPart = 5'000;
    LoanRepository loanRepo(m_database);
    for (qsizetype from = 0; from < loans->size(); from += kLoansPerPart) {
        const qsizetype to = std::min(loans->size(), from + kLoansPerPart);
        QStringList loanNos;
        loanNos.reserve(to - from);
        for (qsizetype i = from; i < to; ++i)
            loanNos.append(loans->at(i).loanNo);
        auto facts = loanRepo.facts(loanNos);
        if (!facts)
            return facts.error();
        for (qsizetype i = from; i < to; ++i) {
            const auto& loan = loans->at(i);
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
            for (std::size_t a = 0; a < position.ageing.size(); ++a)
                f.ageing[a] += position.ageing[a];
            if (position.outstanding.isPositive()) {
                ++f.loans;
                borrowersByKey[key].insert(loan.borrowerId);
                allBorrowers.insert(loan.borrowerId);
            }
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
