#pragma once

#include "calc/LoanCalculator.h"
#include "domain/Timeline.h"
#include "report/Figures.h"

#include <QHash>
#include <QList>

/// Where a borrower's figures are totalled at the end of a day: their commune, the organisation of their
/// group and that group (0: a borrower in no group, DIRECT).
struct TotalPlace
{
    qint64 communeId = 0;
    qint64 organizationId = 0;
    qint64 groupId = 0;
    bool operator==(const TotalPlace&) const = default;
};

/// A cell of the kept totals by program: the figures of the loans of one program whose borrowers were in one
/// commune and organisation at the end of the month. @c carried cells hold what stays the same in every month
/// from @c ym on (the loans of borrowers past the horizon of all their loans); the figures of a month are its
/// own cells plus every carried cell from that month or before.
struct ProgramCell
{
    bool carried = false;
    int ym = 0;
    qint64 programId = 0;
    qint64 communeId = 0;
    qint64 organizationId = 0;
    bool operator==(const ProgramCell&) const = default;
};

/// A cell of the kept totals by group: the figures of every loan of the borrowers who were in one commune and
/// group (0: none) at the end of the month; its `borrowers` counts each borrower with a balance once,
/// whatever the programs of their loans.
struct GroupCell
{
    bool carried = false;
    int ym = 0;
    qint64 communeId = 0;
    qint64 groupId = 0;
    bool operator==(const GroupCell&) const = default;
};

/// A cell of the kept totals by commune and organisation: what the group cells of one commune and
/// organisation (0: DIRECT) add up to, kept on its own so that a trend of many months reads few cells.
struct CommuneCell
{
    bool carried = false;
    int ym = 0;
    qint64 communeId = 0;
    qint64 organizationId = 0;
    bool operator==(const CommuneCell&) const = default;
};

inline size_t qHash(const ProgramCell& cell, size_t seed = 0)
{
    return qHashMulti(seed, cell.carried, cell.ym, cell.programId, cell.communeId, cell.organizationId);
}

inline size_t qHash(const GroupCell& cell, size_t seed = 0)
{
    return qHashMulti(seed, cell.carried, cell.ym, cell.communeId, cell.groupId);
}

inline size_t qHash(const CommuneCell& cell, size_t seed = 0)
{
    return qHashMulti(seed, cell.carried, cell.ym, cell.communeId, cell.organizationId);
}

/// The month totals LoanDesk keeps instead of every loan's figures of every month (domain.md §5–6, issue of
/// bank scale): a borrower's loans add their month rows (LoanCalculator) to the cells of their program, of
/// their group and of their commune and organisation, under the borrower's membership at each month's end, up
/// to the last horizon of the borrower's loans; after it nothing changes any more, so what they still owe is
/// added once, to carried cells. Distinct borrowers add up the same way: a borrower is in one commune,
/// organisation and group at a month's end.
///
/// A write takes out what a borrower's loans added before the change (sign −1) and adds what they add after
/// it; both come from the facts, so the kept totals equal a recomputation from the facts after every write.
class KeptTotals
{
public:
    struct Loan
    {
        QString loanNo;
        qint64 programId = 0;
        LoanCalculator::Months months;
    };

    /// Adds (@p sign 1) or takes out (−1) the figures of one borrower's loans, every one of them.
    void addBorrower(const QList<Loan>& loans, const Timeline<TotalPlace>& places, int sign = 1);

    /// Totals made of the given cells (as stored).
    static KeptTotals fromCells(QHash<ProgramCell, Figures> programs, QHash<GroupCell, Figures> groups,
                                QHash<CommuneCell, Figures> communes);

    /// Adds @p other cell by cell.
    void add(const KeptTotals& other);

    [[nodiscard]] const QHash<ProgramCell, Figures>& programs() const { return m_programs; }
    [[nodiscard]] const QHash<GroupCell, Figures>& groups() const { return m_groups; }
    [[nodiscard]] const QHash<CommuneCell, Figures>& communes() const { return m_communes; }
    [[nodiscard]] qsizetype cellCount() const
    {
        return m_programs.size() + m_groups.size() + m_communes.size();
    }
    [[nodiscard]] bool isEmpty() const
    {
        return m_programs.isEmpty() && m_groups.isEmpty() && m_communes.isEmpty();
    }
    void clear();
    /// Drops the cells whose every figure is zero.
    void dropZeros();

    /// Adds one loan's month @p row to @p total as the kept totals count it (loans: those with a balance);
    /// @p sign −1 takes it out.
    static void addRow(Figures& total, const LoanMonth& row, int sign = 1);

private:
    QHash<ProgramCell, Figures> m_programs;
    QHash<GroupCell, Figures> m_groups;
    QHash<CommuneCell, Figures> m_communes;
};
