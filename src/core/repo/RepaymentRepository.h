#pragma once

#include "Result.h"
#include "domain/Entities.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

class Database;

/// Repayments of loans, each with its entry number. A posted repayment is never edited or deleted; a mistake
/// is corrected by a reversal, another row that names it (domain.md §8). Every function returns entries and
/// reversals alike, with their amounts as posted.
class RepaymentRepository
{
public:
    explicit RepaymentRepository(Database& database)
        : m_database(database)
    {}

    /// The repayments and reversals of the given loans, by loan number, date and entry number.
    Result<QList<Repayment>> of(const QStringList& loanNos);
    /// The stored rows among @p entryNos, by entry number.
    Result<QHash<qint64, Repayment>> byEntryNo(const QList<qint64>& entryNos);
    /// For each of @p entryNos that is reversed already: the entry number of its reversal.
    Result<QHash<qint64, qint64>> reversalsOf(const QList<qint64>& entryNos);
    /// The highest entry number given so far (0: none).
    Result<qint64> maxEntryNo();
    /// Visits every row ordered by loan number, date, principal, interest and entry number.
    Status forEach(const std::function<void(const Repayment&)>& visit);
    /// Stores rows whose entry numbers are given.
    Status insert(const QList<Repayment>& repayments);

private:
    Database& m_database;
};
