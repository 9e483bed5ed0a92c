#pragma once

#include "Result.h"
#include "domain/Catalogue.h"
#include "domain/PortfolioData.h"

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
    /// The records of the portfolio, generated in memory, with the communes of Duy Tiên.
    static PortfolioData generate(const DemoOptions& options, const Catalogue& catalogue);
    /// The same over the given communes (the portfolio holds them; above scale 100 it adds copies).
    static PortfolioData generate(const DemoOptions& options, const Catalogue& catalogue,
                                  const QList<Commune>& communes);
    /// The 16 communes of Duy Tiên town, from the program's reference data.
    static Result<QList<Commune>> duyTienCommunes();
    /// Generates the portfolio and writes it into @p database in one transaction.
    static Status build(Database& database, const DemoOptions& options = {});
};
