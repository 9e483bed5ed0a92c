#pragma once

#include "Result.h"
#include "calc/LoanCalculator.h"
#include "domain/Dates.h"

#include <QHash>

#include <QSet>
#include <QStringList>

class Database;

/// Brings the kept figures (loan_month, group_savings_month, activity_month) in line with the stored
/// portfolio after a change, inside the caller's transaction. Every write path calls it for what it touched.
class FigureUpdater
{
public:
    explicit FigureUpdater(Database& database)
        : m_database(database)
    {}

    /// Recomputes the month rows of the given loans from their stored facts.
    Status refreshLoans(const QStringList& loanNos);
    /// Writes the month rows of new loans whose every fact is in @p facts (nothing about them is stored yet
    /// but what the same transaction wrote), without reading them back.
    Status writeNewLoans(const QHash<QString, LoanFacts>& facts);
    /// Recomputes the month-end savings balances of the given groups from their members' entries.
    Status refreshGroupSavings(const QStringList& groupCodes);
    /// Records months in which something was disbursed, repaid or saved.
    Status recordActivity(const QSet<YearMonth>& months);

private:
    Database& m_database;
};
