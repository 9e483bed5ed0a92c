#pragma once

#include "BorrowerLedger.h"
#include "BorrowerLine.h"
#include "LoanLine.h"
#include "PortfolioSelection.h"
#include "Result.h"
#include "domain/Catalogue.h"
#include "domain/Dates.h"

#include <QCoreApplication>
#include <optional>

class Database;

/// The drill-down behind the dashboard's figures: the loans or borrowers behind a bar or a row, and a
/// borrower's ledger. Figures come from the kept month rows (the same rows the summary sums) and, for the
/// ledger, from LoanCalculator.
class PortfolioBrowser
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioBrowser)

public:
    explicit PortfolioBrowser(Database& database, Language language = Language::Vietnamese);

    /// Every loan the selection holds that has a balance at the end of @p month or moved in it, ascending by
    /// number.
    Result<QList<LoanLine>> loans(YearMonth month, const PortfolioSelection& selection);
    /// The borrowers the selection holds with their loans' figures of @p month summed and their savings at
    /// its end: with a group (or a single borrower) chosen, every member; otherwise those with a loan row in
    /// the month or savings. With a program chosen, only borrowers with a loan of it.
    Result<QList<BorrowerLine>> borrowers(YearMonth month, const PortfolioSelection& selection);
    /// The ledger of @p borrowerId at the end of @p asOf.
    Result<BorrowerLedger> ledger(const QString& borrowerId, const QDate& asOf);

private:
    /// The loans the selection holds that have figures in @p month (a balance at its end or a movement in
    /// it), with those figures (LoanCalculator), ascending by loan number.
    Result<QList<LoanLine>> loanLines(YearMonth month, const PortfolioSelection& selection);
    Result<Catalogue> catalogue();

    Database& m_database;
    Language m_language;
    std::optional<Catalogue> m_catalogue;
};
