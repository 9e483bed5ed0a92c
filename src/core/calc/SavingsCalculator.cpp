#include "SavingsCalculator.h"

#include "EntryEffect.h"

#include <QMap>
#include <QSet>

#include <algorithm>

SavingsLedger::SavingsLedger(const QList<SavingsEntry>& entries)
{
    QMap<QDate, Money> byDay;
    for (const SavingsEntry& entry : entries)
        byDay[entry.on] += EntryEffect::amount(entry);
    Money balance;
    m_balanceAfter.reserve(byDay.size());
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        balance += it.value();
        m_balanceAfter.append({it.key(), balance});
    }
}

Money SavingsLedger::balanceAt(const QDate& day) const
{
    const auto it = std::upper_bound(m_balanceAfter.cbegin(), m_balanceAfter.cend(), day,
                                     [](const QDate& d, const auto& entry) { return d < entry.first; });
    return it == m_balanceAfter.cbegin() ? Money() : std::prev(it)->second;
}

QList<QDate> SavingsLedger::days() const
{
    QList<QDate> days;
    days.reserve(m_balanceAfter.size());
    for (const auto& [day, balance] : m_balanceAfter)
        days.append(day);
    return days;
}

QList<SavingsMonth> SavingsCalculator::groupMonths(const QString& groupCode, const QList<Saver>& savers)
{
    QSet<YearMonth> changed;
    for (const Saver& saver : savers) {
        for (const QDate& day : saver.ledger.days()) {
            if (saver.group.at(day) == groupCode)
                changed.insert(YearMonth::fromDate(day));
        }
        QString before = saver.group.first();
        for (const auto& [from, group] : saver.group.changes()) {
            if (before == groupCode || group == groupCode)
                changed.insert(YearMonth::fromDate(from));
            before = group;
        }
    }
    QList<YearMonth> months(changed.cbegin(), changed.cend());
    std::sort(months.begin(), months.end());
    QList<SavingsMonth> rows;
    rows.reserve(months.size());
    for (const YearMonth& month : std::as_const(months)) {
        const QDate end = month.lastDay();
        Money balance;
        for (const Saver& saver : savers) {
            if (saver.group.at(end) == groupCode)
                balance += saver.ledger.balanceAt(end);
        }
        rows.append({month, balance});
    }
    return rows;
}
