#pragma once

#include "Result.h"
#include "domain/Catalogue.h"
#include "domain/PortfolioData.h"

#include <functional>

class Database;

/// Options of the demonstration portfolio. The same options always give the same portfolio.
struct DemoOptions
{
    quint32 seed = 20230831;
    /// Size in percent of the Duy Tiên office (100 = about 15,000 loans with a balance); larger portfolios
    /// add communes and groups so that performance work can build a million loans with the same code.
    int scalePercent = 100;
};

/// The Duy Tiên demonstration portfolio of cli.md: loans disbursed from 2013 to 31 August 2023 whose figures
/// at the end of August 2023 are those reported for the office, with the history of a mature book (steady
/// growth from 2018, a little overdue debt every month; see DemoPortfolio.cpp).
class DemoPortfolio
{
public:
    /// Generates the portfolio part by part and hands each part to @p take, so that a portfolio of any size
    /// is made in the memory of one part: up to scale 100 the office is one part; above it each part is a
    /// copy of the office's communes at a scale of at most 50 % with a seed of its own, its codes numbered on
    /// from the part before. Stops at the first failure of @p take and returns it.
    static Status generateParts(const DemoOptions& options, const Catalogue& catalogue,
                                const QList<Commune>& communes,
                                const std::function<Status(PortfolioData&&)>& take);
    /// The records of the portfolio, generated in memory, with the communes of Duy Tiên.
    static PortfolioData generate(const DemoOptions& options, const Catalogue& catalogue);
    /// The same over the given communes (the portfolio holds them; above scale 100 it adds copies).
    static PortfolioData generate(const DemoOptions& options, const Catalogue& catalogue,
                                  const QList<Commune>& communes);
    /// The 16 communes of Duy Tiên town, from the program's reference data.
    static Result<QList<Commune>> duyTienCommunes();
    /// Generates the portfolio and writes it into @p database in one transaction.
    static Status build(Database& database, const DemoOptions& options = {});
    /// Writes the records of the portfolio as an import folder (csv.md) in @p directory, part by part: all
    /// eight files or, on failure, none. The folder holds what the generator makes; the corrections of
    /// August 2023 and the closing of the months before it, which build() makes through the write service
    /// after the records are written, are not in it.
    static Status writeCsv(const QString& directory, const DemoOptions& options = {});
};
