#pragma once

#include <QDate>
#include <QList>

#include <algorithm>
#include <utility>

/// A value that changes from dates on: a first value, then each change from its date. What it is at the end
/// of a day is the value of the last change dated on or before that day, or the first value (domain.md §8: a
/// borrower's membership at D is that of their last move dated ≤ D, or the first one).
template <typename T>
class Timeline
{
public:
    Timeline() = default;
    explicit Timeline(T first)
        : m_first(std::move(first))
    {}

    /// Adds a change from @p from; changes may come in any order. A second change of the same day replaces
    /// the first.
    void setFrom(const QDate& from, T value)
    {
        const auto it =
            std::lower_bound(m_changes.begin(), m_changes.end(), from,
                             [](const auto& change, const QDate& day) { return change.first < day; });
        if (it != m_changes.end() && it->first == from)
            it->second = std::move(value);
        else
            m_changes.insert(it, {from, std::move(value)});
    }

    [[nodiscard]] const T& at(const QDate& day) const
    {
        const auto it = std::upper_bound(m_changes.cbegin(), m_changes.cend(), day,
                                         [](const QDate& d, const auto& change) { return d < change.first; });
        return it == m_changes.cbegin() ? m_first : std::prev(it)->second;
    }

    [[nodiscard]] const T& first() const { return m_first; }
    [[nodiscard]] const T& latest() const { return m_changes.isEmpty() ? m_first : m_changes.back().second; }
    /// The changes, ascending by date.
    [[nodiscard]] const QList<std::pair<QDate, T>>& changes() const { return m_changes; }
    /// The date of the last change; invalid when there is none.
    [[nodiscard]] QDate lastChange() const { return m_changes.isEmpty() ? QDate() : m_changes.back().first; }

private:
    T m_first{};
    QList<std::pair<QDate, T>> m_changes;
};
