// Fuzz target: the parsers of what a CSV file or a form gives as text: dates (ISO and DD/MM/YYYY), months,
// amounts and monthly rates, and the formatting of what they read.
//
// Properties: whatever a parser accepts is a real value in its range and reads back from its canonical
// form unchanged; an ISO date, a month and an amount written canonically are given back as they were read.
#include "FuzzSupport.h"

#include "domain/Dates.h"
#include "domain/Money.h"
#include "domain/Rate.h"

#include <QLocale>

namespace {

void dates(const QString& text)
{
    const auto iso = Dates::parseIso(text);
    if (iso) {
        FUZZ_CHECK(iso->isValid() && iso->year() >= 1900 && iso->year() <= 2999, text);
        FUZZ_CHECK(Dates::toIso(*iso) == text, text);
    }
    const auto imported = Dates::parseImport(text);
    if (imported) {
        FUZZ_CHECK(imported->isValid() && imported->year() >= 1900 && imported->year() <= 2999, text);
        FUZZ_CHECK(Dates::parseImport(Dates::toDisplay(*imported)) == imported, text);
        FUZZ_CHECK(Dates::parseIso(Dates::toIso(*imported)) == imported, text);
    }
    if (!text.contains(u'/'))
        FUZZ_CHECK(imported == iso, text);
    if (const auto month = YearMonth::parse(text)) {
        FUZZ_CHECK(month->isValid() && month->year() >= 1900, text);
        FUZZ_CHECK(month->toIsoString() == text, text);
        FUZZ_CHECK(month->firstDay().isValid() && month->lastDay().isValid(), text);
    }
}

void amounts(const QString& text, int selector)
{
    static const QList<QLocale> locales = {QLocale(QLocale::Vietnamese, QLocale::Vietnam),
                                           QLocale(QLocale::English, QLocale::UnitedKingdom),
                                           QLocale(QLocale::French, QLocale::France), QLocale::c()};
    const auto positive = Money::parse(text, false);
    const auto any = Money::parse(text, true);
    if (positive) {
        FUZZ_CHECK(!positive->isNegative(), text);
        FUZZ_CHECK(any == positive, text);
    }
    if (!any)
        return;
    FUZZ_CHECK(Money::parse(any->toPlainString(), true) == any, text);
    const bool canonical = !text.startsWith(u'0') && !text.startsWith(QStringLiteral("-0"));
    if (canonical)
        FUZZ_CHECK(any->toPlainString() == text, text);
    const QLocale& locale = locales[selector % locales.size()];
    const auto unit = static_cast<MoneyUnit>(selector / 4 % 4);
    const int decimals = selector / 16 % 8;
    FUZZ_CHECK(!any->format(locale, unit, decimals).isEmpty(), text);
    FUZZ_CHECK(!any->formatCurrency(locale).isEmpty(), text);
}

void rates(const QString& text)
{
    if (const auto rate = MonthlyRate::parse(text))
        FUZZ_CHECK(MonthlyRate::parse(rate->toPlainString()) == rate, text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzSupport::ensureApplication();
    // The first byte chooses how amounts are formatted; the rest is the text.
    const int selector = size > 0 ? data[0] : 0;
    const QString text = QString::fromUtf8(FuzzSupport::bytes(data, size).sliced(size > 0 ? 1 : 0));
    dates(text);
    amounts(text, selector);
    rates(text);
    return 0;
}
