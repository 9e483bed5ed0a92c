#pragma once

#include "Result.h"
#include "calc/KeptTotals.h"
#include "calc/SavingsCalculator.h"
#include "domain/Timeline.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

class Database;
class Query;

/// The figures LoanDesk keeps up to date with every write so that the figures of any month are read without
/// going through all history: the month totals by program, commune and organisation (program_total), by
/// commune and group (group_total) and by commune and organisation (commune_total, for trends), each with its
/// carried cells (KeptTotals), and each group's month-end
/// savings balance (group_savings_month). Writes happen inside the caller's transaction, together with the
/// change they follow.
class FigureRepository
{
public:
    explicit FigureRepository(Database& database);
    ~FigureRepository();

    /// Adds @p change to the kept totals, cell by cell.
    Status addTotals(const KeptTotals& change);
    /// Removes every kept total (before a rebuild).
    Status clearTotals();
    /// The stored totals of the communes @p communeIds (by row id), for `check`; cells whose every figure is
    /// zero are left out.
    Result<KeptTotals> storedTotals(const QList<qint64>& communeIds);
    /// Every commune id that a commune, a borrower, a move or a kept cell names, ascending: those of communes
    /// that do not exist (a damaged file) included.
    Result<QList<qint64>> communeIdsInUse();

    /// The version of the code that computed the kept figures (kept_state; 0: none recorded).
    Result<int> keptFiguresVersion();
    Status setKeptFiguresVersion(int version);

    /// Records a loan's horizon (the last month its figures change in) and whether it still owes after it, by
    /// which the lists of a month leave out loans repaid and done with before it.
    Status setHorizon(const QString& loanNo, YearMonth horizon, bool carriesForward);
    /// The recorded horizon of each of the loans @p loanNos and whether it carries forward (for `check`).
    Result<QHash<QString, std::pair<YearMonth, bool>>> horizons(const QStringList& loanNos);

    /// Where a borrower (by row id) was totalled from each date: the first membership, then each move.
    Result<Timeline<TotalPlace>> placesOf(qint64 borrowerId);
    /// Forgets whether any move is stored (after moves are stored).
    void forgetMoves() { m_anyMoves.reset(); }

    using SavingsMonth = ::SavingsMonth;
    /// Replaces the month-end savings balances of @p groupCode.
    Status replaceGroupSavings(const QString& groupCode, const QList<SavingsMonth>& months);
    /// The stored savings balances of one group, ascending (for `check`).
    Result<QList<SavingsMonth>> groupSavings(const QString& groupCode);

private:
    Database& m_database;
    std::optional<bool> m_anyMoves;
    std::unique_ptr<Query> m_upsertProgram;
    std::unique_ptr<Query> m_upsertGroup;
    std::unique_ptr<Query> m_upsertCommune;
    std::unique_ptr<Query> m_setHorizon;
    std::unique_ptr<Query> m_firstPlace;
    std::unique_ptr<Query> m_movedPlaces;
};
