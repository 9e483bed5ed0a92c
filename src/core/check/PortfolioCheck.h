#pragma once

#include "Result.h"
#include "domain/Entities.h"
#include "repo/ActivityRepository.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

/// Verifies a database: the file (SQLite integrity, schema version, foreign keys), the rules of domain.md §4
/// on the stored portfolio, the kept figures against a recomputation from the stored facts, and the summary
/// identity (outstanding_end = outstanding_start + disbursed − collected_principal) of every row of every
/// breakdown for every month with data.
class PortfolioCheck
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioCheck)

public:
    struct Outcome
    {
        QStringList checked;    ///< what was checked, one line each
        QStringList violations; ///< every violation found, one line each
    };

    static Result<Outcome> run(Database& database);

private:
    /// "ok", or how many violations were found since there were @p before.
    static QString verdict(const Outcome& outcome, qsizetype before);
    /// The rules of domain.md §4 on everything stored; counts the records of each day into @p countedDays.
    static Status checkRules(Database& database, const QList<Commune>& communes, const QList<Group>& groups,
                             Outcome& outcome, ActivityRepository::Days& countedDays);
    /// Each group's kept savings balances against its members' entries.
    static Status checkGroupSavings(Database& database, const QList<Group>& groups, Outcome& outcome);
    /// The kept month totals and horizons against a recomputation from the facts.
    static Status checkKeptTotals(Database& database, Outcome& outcome);
};
