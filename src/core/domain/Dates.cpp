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
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    const QStringView year = text.first(4);
    const QStringView month = text.sliced(5, 2);
    const QStringView day = text.sliced(8, 2);
    if (!allDigits(year) || !allDigits(month) || !allDigits(day))
        return std::nullopt;
    return makeDate(toInt(year), toInt(month), toInt(day));
}

std::optional<QDate> parseIso(const char* text, qsizetype size)
{
    if (text == nullptr || size != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return std::nullopt;
            parts[p] = parts[p] * 10 + (text[i] - '0');
        }
    }
    return makeDate(parts[0], parts[1], parts[2]);
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
