#pragma once

#include <QtGlobal>

#include <compare>
#include <optional>

class QLocale;
class QString;
class QStringView;

/// The unit an amount is shown in. The stored value is always whole đồng.
enum class MoneyUnit
{
    Dong,
    ThousandDong,
    MillionDong,
    BillionDong,
};

/// Rounding rules for integer division of amounts.
enum class Rounding
{
    HalfUp,     ///< to the nearest, halves away from zero (the bank's rule for reports)
    TowardZero, ///< truncate
};

/// An exact amount of Vietnamese đồng. VND has no minor unit, so an amount is a whole number of đồng held in
/// a 64-bit integer. There is deliberately no conversion from or to floating point.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromDong(qint64 dong) { return Money(dong); }

    [[nodiscard]] constexpr qint64 dong() const { return m_dong; }
    [[nodiscard]] constexpr bool isZero() const { return m_dong == 0; }
    [[nodiscard]] constexpr bool isPositive() const { return m_dong > 0; }
    [[nodiscard]] constexpr bool isNegative() const { return m_dong < 0; }

    constexpr Money operator+(Money other) const { return Money(m_dong + other.m_dong); }
    constexpr Money operator-(Money other) const { return Money(m_dong - other.m_dong); }
    constexpr Money operator-() const { return Money(-m_dong); }
    constexpr Money& operator+=(Money other)
    {
        m_dong += other.m_dong;
        return *this;
    }
    constexpr Money& operator-=(Money other)
    {
        m_dong -= other.m_dong;
        return *this;
    }
    constexpr auto operator<=>(const Money&) const = default;

    [[nodiscard]] constexpr Money multipliedBy(qint64 factor) const { return Money(m_dong * factor); }
    [[nodiscard]] Money dividedBy(qint64 divisor, Rounding rounding) const;

    [[nodiscard]] static constexpr Money min(Money a, Money b) { return a < b ? a : b; }
    [[nodiscard]] static constexpr Money max(Money a, Money b) { return a < b ? b : a; }

    /// Parses the canonical CSV form: digits only, with a leading '-' when @p allowNegative. Returns nothing
    /// for anything else (separators, decimals, spaces, empty text, values beyond ±10^18).
    static std::optional<Money> parse(QStringView text, bool allowNegative = false);

    /// The canonical form: `25000000`, `-200000`.
    [[nodiscard]] QString toPlainString() const;

    /// Localised text in @p unit with @p decimals decimals, e.g. `586.123.456.789` (vi, đồng) or `586.123,46`
    /// (vi, million đồng, 2 decimals). Rounds half up in integer arithmetic.
    [[nodiscard]] QString format(const QLocale& locale, MoneyUnit unit = MoneyUnit::Dong,
                                 int decimals = 0) const;

    /// Localised text with the currency sign: `586.123.456.789 ₫`.
    [[nodiscard]] QString formatCurrency(const QLocale& locale) const;

    /// Number of đồng in one @p unit.
    static constexpr qint64 unitFactor(MoneyUnit unit)
    {
        switch (unit) {
        case MoneyUnit::Dong:
            return 1;
        case MoneyUnit::ThousandDong:
            return 1'000;
        case MoneyUnit::MillionDong:
            return 1'000'000;
        case MoneyUnit::BillionDong:
            return 1'000'000'000;
        }
        return 1;
    }

private:
    constexpr explicit Money(qint64 dong)
        : m_dong(dong)
    {}

    qint64 m_dong = 0;
};

/// A share in hundredths of a percent (`3.77` % is 377). Computed from two amounts in integer arithmetic.
class Percent
{
public:
    constexpr Percent() = default;
    static constexpr Percent fromHundredths(qint64 hundredths)
    {
        Percent p;
        p.m_hundredths = hundredths;
        return p;
    }
    /// part ÷ whole × 100, rounded half up to two decimals; 0.00 when whole is 0 (domain.md §6).
    static Percent ratio(Money part, Money whole);

    [[nodiscard]] constexpr qint64 hundredths() const { return m_hundredths; }
    constexpr auto operator<=>(const Percent&) const = default;

    /// `3.77`, always two decimals, C locale (CSV, JSON).
    [[nodiscard]] QString toPlainString() const;
    /// Localised: `3,77` in Vietnamese and French.
    [[nodiscard]] QString format(const QLocale& locale) const;

private:
    qint64 m_hundredths = 0;
};
