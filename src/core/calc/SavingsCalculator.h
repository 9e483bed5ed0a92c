#pragma once

#include "domain/Dates.h"
#include "domain/Entities.h"
#include "domain/Timeline.h"

#include <QList>

/// A group's savings balance at the end of a month (kept in group_savings_month).
struct SavingsMonth
{
    YearMonth month;
    Money balanceEnd;

    bool operator==(const SavingsMonth&) const = default;
};

/// One saver's entries with the running balance after each day, for balances at any day.
class SavingsLedger
{
public:
    SavingsLedger() = default;
    /// @p entries in any order; reversals count against the entry they name from their own date.
    explicit SavingsLedger(const QList<SavingsEntry>& entries);

    /// The savings balance at the end of @p day (domain.md §5 and §8).
    [[nodiscard]] Money balanceAt(const QDate& day) const;
    /// The days with an entry or a reversal, ascending.
    [[nodiscard]] QList<QDate> days() const;

private:
    QList<std::pair<QDate, Money>> m_balanceAfter; ///< per day with entries, ascending
};

/// The savings figures of groups: the balance of a group's members at a month's end, with members taken by
/// their membership at that day (domain.md §6 and §8).
class SavingsCalculator
{
public:
    /// A member, present or past, of the group being computed.
    struct Saver
    {
        SavingsLedger ledger;
        Timeline<QString> group; ///< the saver's group over time ("" while in none)
    };

    /// One row for each month in which a saver's entry falls while they are in @p groupCode or someone joins
    /// or leaves it, with the members' balance at its end; between two rows the balance does not change.
    static QList<SavingsMonth> groupMonths(const QString& groupCode, const QList<Saver>& savers);
};
