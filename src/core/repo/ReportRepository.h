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

#include <optional>
#include <vector>

class Database;

/// Reads the kept figures (see FigureRepository) summed by a breakdown. Reading a month touches only that
/// month's rows and the few loans whose balance carries forward past their last row, never the whole history.
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
    /// Every loan with a kept row in @p month (a balance at its end or a movement in it) that the selection
    /// holds, with its keys (its borrower's membership at the month's end), names and figures of the month,
    /// ascending by loan number. Program names are left to the caller (they depend on the language).
    Result<QList<LoanLine>> loanLines(YearMonth month, const PortfolioSelection& selection);
    /// Month totals over a range of months (for trends), ascending, every month listed: the amounts and the
    /// count of loans with a balance, from the kept month totals. Distinct borrowers are not kept by month:
    /// `borrowers` is 0 (the summary of a month counts them).
    Result<QList<std::pair<YearMonth, Figures>>> monthTotals(YearMonth from, YearMonth to,
                                                             const PortfolioFilter& filter);

    /// The ids behind the keys of every breakdown, so that month positions can be summed by any breakdown in
    /// one pass (see monthPositions); each borrower with their membership at the end of @p day.
    struct KeyDirectory
    {
        QHash<qint64, QString> programs;           ///< program id → code
        QHash<qint64, QString> communes;           ///< commune id → code
        QHash<qint64, QString> groups;             ///< group id → code
        QHash<qint64, QString> groupOrganizations; ///< group id → organisation code
        QHash<qint64, qint64> groupCommunes;       ///< group id → commune id
        struct BorrowerKeys
        {
            qint64 communeId = 0;
            qint64 groupId = 0; ///< 0: in no group
        };
        /// Borrower id → commune and group, indexed by id (ids are the table's dense row ids); an id without
        /// a borrower has commune 0.
        std::vector<BorrowerKeys> borrowers;
        [[nodiscard]] BorrowerKeys borrower(qint64 id) const
        {
            return id >= 0 && static_cast<std::size_t>(id) < borrowers.size()
                       ? borrowers[static_cast<std::size_t>(id)]
                       : BorrowerKeys();
        }
    };
    Result<KeyDirectory> keyDirectory(const QDate& day);

    /// A loan's position at the end of a month (its kept row, or the last row of a loan whose balance carries
    /// forward) with the ids of its program and borrower.
    struct Position
    {
        qint64 programId = 0;
        qint64 borrowerId = 0;
        LoanMonth figures;
    };
    /// The position of every loan at the end of @p month: one indexed range of one month plus the
    /// carried-forward loans, with no join, for summing in memory.
    Result<QList<Position>> monthPositions(YearMonth month);

    /// A loan that may have a balance during the month of a day, with its keys in every breakdown at that
    /// day.
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
