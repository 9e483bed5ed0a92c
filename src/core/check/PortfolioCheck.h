#pragma once

#include "Result.h"

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
};
