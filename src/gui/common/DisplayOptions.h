#pragma once

#include "domain/Catalogue.h"
#include "domain/Dates.h"
#include "domain/Money.h"

#include <QLocale>
#include <QString>

/// How figures are shown: the language (names, texts, number and date formats) and the unit of amounts. Every
/// view, chart and printed report takes its formatting from here, so a number looks the same everywhere.
struct DisplayOptions
{
    Language language = Language::Vietnamese;
    MoneyUnit unit = MoneyUnit::Dong;

    /// The locale of the language: vi_VN, en_GB, fr_FR.
    [[nodiscard]] QLocale locale() const;
    /// Decimals shown for amounts in the unit (0 for đồng and thousands, 2 for millions, 3 for billions).
    [[nodiscard]] int decimals() const;
    /// An amount in the unit, e.g. `586.123.456.789` or `586.123,46`.
    [[nodiscard]] QString money(Money amount) const;
    /// A percentage with two decimals, e.g. `3,77`.
    [[nodiscard]] QString percent(Percent value) const;
    /// A percentage with its sign as the language writes it: `3,77%` (vi), `3.77%` (en), `3,77 %` (fr).
    [[nodiscard]] QString percentWithSign(Percent value) const;
    /// An amount with an explicit sign, for changes: `+5.725,30`, `−1.200,00`.
    [[nodiscard]] QString signedMoney(Money amount) const;
    /// A month as `08/2023`.
    [[nodiscard]] QString month(YearMonth month) const;
    /// A date in the language's short form: `31/08/2023`.
    [[nodiscard]] QString date(const QDate& day) const;
    /// A count with group separators.
    [[nodiscard]] QString count(qint64 value) const;
    /// The unit's name in the language: `đồng`, `nghìn đồng`, `triệu đồng`, `tỷ đồng`.
    [[nodiscard]] QString unitName() const;
    static QString unitName(MoneyUnit unit, Language language);

    /// `vi`, `en`, `fr`.
    static QString languageCode(Language language);
    static Language languageFromCode(const QString& code);
    static QString unitCode(MoneyUnit unit);
    static MoneyUnit unitFromCode(const QString& code);

    bool operator==(const DisplayOptions&) const = default;
};
