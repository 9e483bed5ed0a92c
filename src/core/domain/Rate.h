#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>
#include <optional>

class QLocale;

/// An interest rate in percent per month, exact to four decimals (`0.6875` %/month is 6875 ten-thousandths).
class MonthlyRate
{
public:
    constexpr MonthlyRate() = default;
    static constexpr MonthlyRate fromTenThousandths(qint64 value)
    {
        MonthlyRate rate;
        rate.m_value = value;
        return rate;
    }
    /// `0.55`, `0.6875`, `1`: a non-negative decimal with at most four decimals.
    static std::optional<MonthlyRate> parse(QStringView text);

    [[nodiscard]] constexpr qint64 tenThousandths() const { return m_value; }
    /// Canonical text with two to four decimals: `0.55`, `0.6875`, `1.00`.
    [[nodiscard]] QString toPlainString() const;
    [[nodiscard]] QString format(const QLocale& locale) const;

    constexpr auto operator<=>(const MonthlyRate&) const = default;

private:
    qint64 m_value = 0;
};
