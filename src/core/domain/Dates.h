#pragma once

#include <QDate>
#include <QHashFunctions>
#include <QString>

#include <compare>
#include <optional>

/// A calendar month (the period of the monthly summary).
class YearMonth
{
public:
    constexpr YearMonth() = default;
    constexpr YearMonth(int year, int month)
        : m_year(year)
        , m_month(month)
    {}
    static YearMonth fromDate(const QDate& date) { return {date.year(), date.month()}; }
    /// 202308 ⇄ August 2023: the form stored in the database.
    static constexpr YearMonth fromKey(int key) { return {key / 100, key % 100}; }
    /// Strict `YYYY-MM`.
    static std::optional<YearMonth> parse(QStringView text);

    [[nodiscard]] constexpr int year() const { return m_year; }
    [[nodiscard]] constexpr int month() const { return m_month; }
    [[nodiscard]] constexpr int key() const { return m_year * 100 + m_month; }
    [[nodiscard]] constexpr bool isValid() const { return m_year > 0 && m_month >= 1 && m_month <= 12; }

    [[nodiscard]] QDate firstDay() const { return QDate(m_year, m_month, 1); }
    [[nodiscard]] QDate lastDay() const;
    [[nodiscard]] constexpr YearMonth addMonths(int months) const
    {
        const int index = m_year * 12 + (m_month - 1) + months;
        return {index / 12, index % 12 + 1};
    }
    [[nodiscard]] constexpr YearMonth previous() const { return addMonths(-1); }
    [[nodiscard]] constexpr YearMonth next() const { return addMonths(1); }
    /// Number of months from this month to @p other (positive when other is later).
    [[nodiscard]] constexpr int monthsTo(YearMonth other) const
    {
        return (other.m_year * 12 + other.m_month) - (m_year * 12 + m_month);
    }

    /// `2023-08`
    [[nodiscard]] QString toIsoString() const;
    /// `08/2023`, as the bank writes a month (in messages and on screen).
    [[nodiscard]] QString toDisplayString() const;

    constexpr auto operator<=>(const YearMonth&) const = default;

private:
    int m_year = 0;
    int m_month = 0;
};

inline size_t qHash(const YearMonth& month, size_t seed = 0)
{
    return ::qHash(month.key(), seed);
}

namespace Dates {

/// Strict `YYYY-MM-DD` that is a real calendar date.
std::optional<QDate> parseIso(QStringView text);
/// The same for a date stored as text in the database (ASCII bytes), without making a QString of it.
std::optional<QDate> parseIso(const char* text, qsizetype size);
/// `YYYY-MM-DD` or the Vietnamese `DD/MM/YYYY` (day and month may have one digit), a real calendar date.
std::optional<QDate> parseImport(QStringView text);
/// `2023-08-31`
QString toIso(const QDate& date);
/// `31/08/2023`, as the bank writes a date (in messages).
QString toDisplay(const QDate& date);
/// Adds months as a calendar does: 2023-01-31 plus one month is 2023-02-28.
QDate addMonthsClamped(const QDate& date, int months);

} // namespace Dates
