#pragma once

#include "Result.h"
#include "domain/Dates.h"
#include "report/Breakdown.h"
#include "report/Figures.h"
#include "report/LoanLine.h"
#include "report/PortfolioSelection.h"

#include <QHash>
#include <QList>
#include <QString>

class Database;

/// Reads the kept figures (see FigureRepository) summed by a breakdown. Reading a month touches only that
/// month's totals and the carried ones, never the whole history.
class ReportRepository
{
public:
    explicit ReportRepository(Database& database)
        : m_database(database)
    {}

    struct KeyName
    {
        QString key;
        QString name;
    };
    /// The communes or groups a breakdown lists (respecting the filter), ascending by key. Programs and
    /// organisations come from the catalogue instead.
    Result<QList<KeyName>> communes(const PortfolioFilter& filter);
    Result<QList<KeyName>> groups(const PortfolioFilter& filter);

    /// Savings balances at the end of @p month by key (program: none).
    Result<QHash<QString, Money>> savings(YearMonth month, Breakdown by, const PortfolioFilter& filter);
    /// The loans disbursed on or before the end of @p month that the selection holds, with their keys (their
    /// borrower's membership at the month's end), names and facts, ascending by loan number; their figures
    /// are left to the caller (LoanCalculator), and so are program names (they depend on the language).
    Result<QList<LoanLine>> loanLines(YearMonth month, const PortfolioSelection& selection);
    /// Month totals over a range of months (for trends), ascending, every month listed, from the kept totals
    /// by group: the amounts, the loans with a balance and the distinct borrowers with a balance.
    Result<QList<std::pair<YearMonth, Figures>>> monthTotals(YearMonth from, YearMonth to,
                                                             const PortfolioFilter& filter);

    /// The ids behind the keys of every breakdown, so that the kept totals can be summed by any breakdown.
    struct KeyDirectory
    {
        QHash<qint64, QString> programs;           ///< program id → code
        QHash<qint64, QString> communes;           ///< commune id → code
        QHash<qint64, QString> organizations;      ///< organisation id → code
        QHash<qint64, QString> groups;             ///< group id → code
        QHash<qint64, QString> groupOrganizations; ///< group id → organisation code
        QHash<qint64, qint64> groupCommunes;       ///< group id → commune id
    };
    Result<KeyDirectory> keyDirectory();

    /// The kept cells of @p month by program, commune and organisation (0: no group), within the filter: the
    /// month's own cells and the carried cells from before it, so that a key can come more than once (its
    /// figures are the sum). They are not added up in SQL: a GROUP BY had SQLite sort every cell of the
    /// month, 60 ms of a summary at 1,000,000 loans where reading the cells takes 2 ms.
    struct ProgramTotal
    {
        qint64 programId = 0;
        qint64 communeId = 0;
        qint64 organizationId = 0;
        Figures figures;
    };
    Result<QList<ProgramTotal>> programTotals(YearMonth month, const PortfolioFilter& filter);
    /// The kept cells of @p month by commune and group (0: no group), within the filter; as programTotals(),
    /// a key can come more than once.
    struct GroupTotal
    {
        qint64 communeId = 0;
        qint64 groupId = 0;
        Figures figures;
    };
    Result<QList<GroupTotal>> groupTotals(YearMonth month, const PortfolioFilter& filter);
    /// The distinct borrowers with a balance at the end of @p month within the filter (the kept totals by
    /// group summed).
    Result<qint64> borrowersWithBalance(YearMonth month, const PortfolioFilter& filter);

    /// A loan disbursed on or before a day, with its keys in every breakdown at that day.
    struct LoanKeys
    {
        QString loanNo;
        QString program;
        QString commune;
        QString organization;
        QString group;
        QString borrowerId;
    };
    Result<QList<LoanKeys>> loansAt(const QDate& day, const PortfolioFilter& filter);

private:
    Database& m_database;
};
