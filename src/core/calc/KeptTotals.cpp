#include "KeptTotals.h"

#include <QVarLengthArray>

#include <algorithm>

namespace {

bool isZero(const LoanMonth& row)
{
    LoanMonth zero;
    zero.month = row.month;
    return row == zero;
}

} // namespace

void KeptTotals::addRow(Figures& f, const LoanMonth& row, int sign)
{
    const auto add = [sign](Money& total, Money amount) { total += amount.multipliedBy(sign); };
    if (row.outstandingEnd.isPositive())
        f.loans += sign;
    add(f.outstandingStart, row.outstandingStart);
    add(f.disbursed, row.disbursed);
    add(f.collectedPrincipal, row.collectedPrincipal);
    add(f.collectedInterest, row.collectedInterest);
    add(f.outstandingEnd, row.outstandingEnd);
    add(f.overdue, row.overdue);
    add(f.frozen, row.frozen);
    for (std::size_t i = 0; i < f.ageing.size(); ++i)
        add(f.ageing[i], row.ageing[i]);
}

void KeptTotals::addBorrower(const QList<Loan>& loans, const Timeline<TotalPlace>& places, int sign)
{
    // From the first month of any loan to the last horizon of them all, and to the borrower's last move:
    // after it no loan and no membership changes any more.
    YearMonth first;
    YearMonth last;
    for (const Loan& loan : loans) {
        if (loan.months.rows.isEmpty())
            continue;
        const YearMonth from = loan.months.rows.front().month;
        const YearMonth to = std::max(loan.months.horizon, loan.months.rows.back().month);
        first = first.isValid() ? std::min(first, from) : from;
        last = last.isValid() ? std::max(last, to) : to;
    }
    if (!first.isValid())
        return;
    if (const QDate moved = places.lastChange(); moved.isValid())
        last = std::max(last, YearMonth::fromDate(moved));

    QVarLengthArray<qint64, 8> programsWithBalance;
    const auto addMonth = [&](YearMonth month, bool carried) {
        const TotalPlace& place = places.at(month.lastDay());
        programsWithBalance.clear();
        bool anyBalance = false;
        GroupCell groupCell{carried, month.key(), place.communeId, place.groupId};
        CommuneCell communeCell{carried, month.key(), place.communeId, place.organizationId};
        Figures* group = nullptr;
        Figures* commune = nullptr;
        for (const Loan& loan : loans) {
            const LoanMonth row = loan.months.at(month);
            if (isZero(row))
                continue;
            if (!group) {
                group = &m_groups[groupCell];
                commune = &m_communes[communeCell];
            }
            addRow(*group, row, sign);
            addRow(*commune, row, sign);
            addRow(m_programs[{carried, month.key(), loan.programId, place.communeId, place.organizationId}],
                   row, sign);
            if (row.outstandingEnd.isPositive()) {
                anyBalance = true;
                if (!programsWithBalance.contains(loan.programId))
                    programsWithBalance.append(loan.programId);
            }
        }
        if (anyBalance) {
            group->borrowers += sign;
            commune->borrowers += sign;
        }
        for (const qint64 programId : std::as_const(programsWithBalance))
            m_programs[{carried, month.key(), programId, place.communeId, place.organizationId}].borrowers +=
                sign;
    };
    for (YearMonth month = first; month <= last; month = month.next())
        addMonth(month, false);
    addMonth(last.next(), true);
}

KeptTotals KeptTotals::fromCells(QHash<ProgramCell, Figures> programs, QHash<GroupCell, Figures> groups,
                                 QHash<CommuneCell, Figures> communes)
{
    KeptTotals totals;
    totals.m_programs = std::move(programs);
    totals.m_groups = std::move(groups);
    totals.m_communes = std::move(communes);
    return totals;
}

void KeptTotals::add(const KeptTotals& other)
{
    for (auto it = other.m_programs.cbegin(); it != other.m_programs.cend(); ++it)
        m_programs[it.key()].addAll(it.value());
    for (auto it = other.m_groups.cbegin(); it != other.m_groups.cend(); ++it)
        m_groups[it.key()].addAll(it.value());
    for (auto it = other.m_communes.cbegin(); it != other.m_communes.cend(); ++it)
        m_communes[it.key()].addAll(it.value());
}

void KeptTotals::clear()
{
    m_programs.clear();
    m_groups.clear();
    m_communes.clear();
}

void KeptTotals::dropZeros()
{
    m_programs.removeIf([](const auto& it) { return it.value() == Figures(); });
    m_groups.removeIf([](const auto& it) { return it.value() == Figures(); });
    m_communes.removeIf([](const auto& it) { return it.value() == Figures(); });
}
