#pragma once

#include "Result.h"
#include "domain/Entities.h"
#include "report/PortfolioSelection.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

class Database;

/// Savings of group members (tiền gửi tổ viên). Like repayments, entries are never edited; reversed ones are
/// kept but returned by none of these functions.
class SavingsRepository
{
public:
    explicit SavingsRepository(Database& database)
        : m_database(database)
    {}

    Result<QList<SavingsEntry>> of(const QStringList& borrowerIds);
    /// The entries of the current members of each given group, by group code.
    Result<QHash<QString, QList<SavingsEntry>>> ofGroups(const QStringList& groupCodes);
    /// The savings balance at the end of @p day of every borrower the selection holds (its program is
    /// ignored) who has any savings entry by then, by borrower id.
    Result<QHash<QString, Money>> balancesAt(const QDate& day, const PortfolioSelection& selection);
    /// Visits every entry ordered by borrower id, date and amount.
    Status forEach(const std::function<void(const SavingsEntry&)>& visit);
    Status insert(const QList<SavingsEntry>& entries);

private:
    Database& m_database;
};
