#pragma once

#include "Result.h"
#include "domain/Entities.h"
#include "report/PortfolioSelection.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

class Database;

/// Savings of group members (tiền gửi tổ viên), each entry with its entry number (numbered apart from the
/// repayments). Like repayments, entries are never edited or deleted; a reversal names the entry it takes
/// back. Every function returns entries and reversals alike, with their amounts as posted.
class SavingsRepository
{
public:
    explicit SavingsRepository(Database& database)
        : m_database(database)
    {}

    /// The entries and reversals of the given borrowers, by borrower id, date and entry number.
    Result<QList<SavingsEntry>> of(const QStringList& borrowerIds);
    /// The stored rows among @p entryNos, by entry number.
    Result<QHash<qint64, SavingsEntry>> byEntryNo(const QList<qint64>& entryNos);
    /// For each of @p entryNos that is reversed already: the entry number of its reversal.
    Result<QHash<qint64, qint64>> reversalsOf(const QList<qint64>& entryNos);
    /// The highest entry number given so far (0: none).
    Result<qint64> maxEntryNo();
    /// The entries dated on or before @p day of every borrower the selection holds at that day (its program
    /// is ignored), for their balances.
    Result<QList<SavingsEntry>> upTo(const QDate& day, const PortfolioSelection& selection);
    /// Visits every row ordered by borrower id, date, amount and entry number.
    Status forEach(const std::function<void(const SavingsEntry&)>& visit);
    /// Stores rows whose entry numbers are given.
    Status insert(const QList<SavingsEntry>& entries);

private:
    Database& m_database;
};
