#include "ReportBuilder.h"

#include "calc/LoanCalculator.h"
#include "db/Database.h"
#include "repo/LoanRepository.h"
#include "repo/ReferenceRepository.h"
#include "repo/ReportRepository.h"

#include <QSet>

#include <algorithm>

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
    ReportTable table;
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
    ReportTable table;
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
    ReportRepository reports(m_database);
    auto figures = reports.monthFigures(table.month, table.by, table.filter);
    if (!figures)
        return figures.error();
    auto savings = reports.savings(table.month, table.by, table.filter);
    if (!savings)
        return savings.error();
    auto borrowers = reports.borrowersWithBalance(table.month, table.filter);
    if (!borrowers)
        return borrowers.error();

    table.rows = std::move(rows).value();
    table.total = {kTotalKey, QString(), {}};
    for (ReportRow& row : table.rows) {
        row.figures = figures->value(row.key);
        row.figures.savings = savings->value(row.key);
        table.total.figures.addAmounts(row.figures);
    }
    table.total.figures.borrowers = *borrowers;
    return table;
}

Result<ReportTable> ReportBuilder::fromPositions(ReportTable table)
{
    auto rows = emptyRows(table.by, table.filter);
    if (!rows)
        return rows.error();
    ReportRepository reports(m_database);
    auto loans = reports.loansInMonth(table.month, table.filter);
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
    return ReportRepository(m_database).latestActivityMonth();
}
