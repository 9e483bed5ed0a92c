#include "Money.h"

#include <QLocale>
#include <QString>
#include <QStringView>

namespace {

constexpr qint64 kMaxAbs = 1'000'000'000'000'000'000LL; // 10^18, far beyond any portfolio

qint64 divideRounded(qint64 value, qint64 divisor, Rounding rounding)
{
    Q_ASSERT(divisor > 0);
    const qint64 quotient = value / divisor;
    const qint64 remainder = value % divisor;
    if (rounding == Rounding::TowardZero || remainder == 0)
        return quotient;
    // Half up (away from zero) without overflow: compare 2·|r| with the divisor.
    const qint64 absRemainder = remainder < 0 ? -remainder : remainder;
    if (absRemainder >= divisor - absRemainder)
        return value < 0 ? quotient - 1 : quotient + 1;
    return quotient;
}

qint64 powerOfTen(int exponent)
{
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

/// The magnitude of @p value, unsigned so that the most negative value has one too.
quint64 magnitude(qint64 value)
{
    return value < 0 ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
}

/// Formats a number from its parts: the whole part, then @p decimals digits of @p fraction.
QString formatParts(const QLocale& locale, bool negative, quint64 whole, quint64 fraction, int decimals)
{
    QString text = locale.toString(whole);
    if (decimals > 0) {
        text += locale.decimalPoint();
        text += QString::number(fraction).rightJustified(decimals, u'0');
    }
    if (negative)
        text.prepend(locale.negativeSign());
    return text;
}

/// Formats @p scaled, a fixed-point number with @p decimals decimals, in @p locale.
QString formatFixed(const QLocale& locale, qint64 scaled, int decimals)
{
    const quint64 absolute = magnitude(scaled);
    const auto factor = static_cast<quint64>(powerOfTen(decimals));
    return formatParts(locale, scaled < 0, absolute / factor, absolute % factor, decimals);
}

} // namespace

Money Money::dividedBy(qint64 divisor, Rounding rounding) const
{
    if (divisor < 0)
        return Money(-divideRounded(m_dong, -divisor, rounding));
    return Money(divideRounded(m_dong, divisor, rounding));
}

std::optional<Money> Money::parse(QStringView text, bool allowNegative)
{
    bool negative = false;
    if (!text.isEmpty() && text.front() == u'-') {
        if (!allowNegative)
            return std::nullopt;
        negative = true;
        text = text.mid(1);
    }
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    if (value >= kMaxAbs)
        return std::nullopt;
    return Money(negative ? -value : value);
}

QString Money::toPlainString() const
{
    return QString::number(m_dong);
}

QString Money::format(const QLocale& locale, MoneyUnit unit, int decimals) const
{
    decimals = qBound(0, decimals, 6);
    const qint64 factor = unitFactor(unit);
    // value / factor × 10^decimals, rounded half up: divide by (factor / 10^decimals) when that is whole.
    const qint64 scale = powerOfTen(decimals);
    if (factor >= scale)
        return formatFixed(locale, divideRounded(m_dong, factor / scale, Rounding::HalfUp), decimals);
    // More decimals than the unit has digits (đồng with 2 decimals): the value is exact and its last decimals
    // are zeros. Made from the whole units and the rest, as m_dong × 10^decimals could overflow (found by
    // fuzzing: 40480258024048025 đồng with 3 decimals).
    const quint64 absolute = magnitude(m_dong);
    const auto unitDong = static_cast<quint64>(factor);
    return formatParts(locale, m_dong < 0, absolute / unitDong,
                       absolute % unitDong * static_cast<quint64>(scale / factor), decimals);
}

QString Money::formatCurrency(const QLocale& locale) const
{
    return locale.toCurrencyString(m_dong, QStringLiteral("₫"));
}

Percent Percent::ratio(Money part, Money whole)
{
    if (whole.isZero())
        return Percent();
    // part / whole × 10000, half up. Amounts stay below 10^15 đồng, so ×20000 stays inside 64 bits.
    const qint64 sign = whole.isNegative() ? -1 : 1;
    const qint64 numerator = sign * part.dong() * 10'000;
    return fromHundredths(divideRounded(numerator, sign * whole.dong(), Rounding::HalfUp));
}

QString Percent::toPlainString() const
{
    return formatFixed(QLocale::c(), m_hundredths, 2);
}

QString Percent::format(const QLocale& locale) const
{
    return formatFixed(locale, m_hundredths, 2);
}
