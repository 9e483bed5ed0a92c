#include "Dates.h"

#include <QStringView>

namespace {

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

int toInt(QStringView digits)
{
    int value = 0;
    for (const QChar c : digits)
        value = value * 10 + (c.unicode() - u'0');
    return value;
}

std::optional<QDate> makeDate(int year, int month, int day)
{
    if (year < 1900 || year > 2999)
        return std::nullopt;
    if (!QDate::isValid(year, month, day))
        return std::nullopt;
    return QDate(year, month, day);
}

/// Strict `YYYY-MM-DD` in UTF-16 text or in the ASCII bytes of a stored date.
template <typename Char>
std::optional<QDate> parseIsoChars(const Char* text, qsizetype size)
{
    if (text == nullptr || size != 10 || text[4] != Char('-') || text[7] != Char('-'))
        return std::nullopt;
    const auto number = [text](qsizetype from, qsizetype length) -> std::optional<int> {
        int value = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            if (text[i] < Char('0') || text[i] > Char('9'))
                return std::nullopt;
            value = value * 10 + static_cast<int>(text[i] - Char('0'));
        }
        return value;
    };
    const auto year = number(0, 4);
    const auto month = number(5, 2);
    const auto day = number(8, 2);
    if (!year || !month || !day)
        return std::nullopt;
    return makeDate(*year, *month, *day);
}

} // namespace

std::optional<YearMonth> YearMonth::parse(QStringView text)
{
    if (text.size() != 7 || text[4] != u'-')
        return std::nullopt;
    const QStringView year = text.first(4);
    const QStringView month = text.sliced(5, 2);
    if (!allDigits(year) || !allDigits(month))
        return std::nullopt;
    const YearMonth result(toInt(year), toInt(month));
    if (!result.isValid() || result.year() < 1900)
        return std::nullopt;
    return result;
}

QDate YearMonth::lastDay() const
{
    const QDate first = firstDay();
    return QDate(m_year, m_month, first.daysInMonth());
}

QString YearMonth::toIsoString() const
{
    return QStringLiteral("%1-%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_month, 2, 10, QLatin1Char('0'));
}

namespace Dates {

std::optional<QDate> parseIso(QStringView text)
{
    return parseIsoChars(text.utf16(), text.size());
}

std::optional<QDate> parseIso(const char* text, qsizetype size)
{
    return parseIsoChars(text, size);
}

std::optional<QDate> parseImport(QStringView text)
{
    if (text.contains(u'/')) {
        const qsizetype first = text.indexOf(u'/');
        const qsizetype second = text.indexOf(u'/', first + 1);
        if (second < 0 || text.indexOf(u'/', second + 1) >= 0)
            return std::nullopt;
        const QStringView day = text.first(first);
        const QStringView month = text.sliced(first + 1, second - first - 1);
        const QStringView year = text.sliced(second + 1);
        if (day.size() > 2 || month.size() > 2 || year.size() != 4)
            return std::nullopt;
        if (!allDigits(day) || !allDigits(month) || !allDigits(year))
            return std::nullopt;
        return makeDate(toInt(year), toInt(month), toInt(day));
    }
    return parseIso(text);
}

QString toIso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QDate addMonthsClamped(const QDate& date, int months)
{
    // QDate::addMonths keeps the day when it exists and otherwise uses the last day of the target month.
    return date.addMonths(months);
}

} // namespace Dates

QString YearMonth::toDisplayString() const
{
    return QStringLiteral("%1/%2").arg(m_month, 2, 10, QLatin1Char('0')).arg(m_year, 4, 10, QLatin1Char('0'));
}

QString Dates::toDisplay(const QDate& date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}
