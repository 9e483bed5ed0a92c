#include "DisplayOptions.h"

QLocale DisplayOptions::locale() const
{
    switch (language) {
    case Language::English:
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    case Language::French:
        return QLocale(QLocale::French, QLocale::France);
    case Language::Vietnamese:
        break;
    }
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam);
}

int DisplayOptions::decimals() const
{
    switch (unit) {
    case MoneyUnit::MillionDong:
        return 2;
    case MoneyUnit::BillionDong:
        return 3;
    case MoneyUnit::Dong:
    case MoneyUnit::ThousandDong:
        break;
    }
    return 0;
}

QString DisplayOptions::money(Money amount) const
{
    return amount.format(locale(), unit, decimals());
}

QString DisplayOptions::percent(Percent value) const
{
    return value.format(locale());
}

QString DisplayOptions::percentWithSign(Percent value) const
{
    if (language == Language::French)
        return percent(value) + QChar(0x202F) + u'%';
    return percent(value) + u'%';
}

QString DisplayOptions::signedMoney(Money amount) const
{
    if (amount.isNegative())
        return QChar(0x2212) + money(-amount);
    return u'+' + money(amount);
}

QString DisplayOptions::month(YearMonth month) const
{
    return QStringLiteral("%1/%2").arg(month.month(), 2, 10, QChar(u'0')).arg(month.year());
}

QString DisplayOptions::date(const QDate& day) const
{
    return locale().toString(day, QStringLiteral("dd/MM/yyyy"));
}

QString DisplayOptions::count(qint64 value) const
{
    return locale().toString(value);
}

QString DisplayOptions::unitName() const
{
    return unitName(unit, language);
}

QString DisplayOptions::unitName(MoneyUnit unit, Language language)
{
    static const char* const vi[] = {"đồng", "nghìn đồng", "triệu đồng", "tỷ đồng"};
    static const char* const en[] = {"đồng", "thousand đồng", "million đồng", "billion đồng"};
    static const char* const fr[] = {"đồng", "milliers de đồng", "millions de đồng", "milliards de đồng"};
    const auto index = static_cast<std::size_t>(unit);
    switch (language) {
    case Language::English:
        return QString::fromUtf8(en[index]);
    case Language::French:
        return QString::fromUtf8(fr[index]);
    case Language::Vietnamese:
        break;
    }
    return QString::fromUtf8(vi[index]);
}

QString DisplayOptions::languageCode(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::French:
        return QStringLiteral("fr");
    case Language::Vietnamese:
        break;
    }
    return QStringLiteral("vi");
}

Language DisplayOptions::languageFromCode(const QString& code)
{
    if (code.startsWith(QStringLiteral("en")))
        return Language::English;
    if (code.startsWith(QStringLiteral("fr")))
        return Language::French;
    return Language::Vietnamese;
}

QString DisplayOptions::unitCode(MoneyUnit unit)
{
    switch (unit) {
    case MoneyUnit::ThousandDong:
        return QStringLiteral("thousand");
    case MoneyUnit::MillionDong:
        return QStringLiteral("million");
    case MoneyUnit::BillionDong:
        return QStringLiteral("billion");
    case MoneyUnit::Dong:
        break;
    }
    return QStringLiteral("dong");
}

MoneyUnit DisplayOptions::unitFromCode(const QString& code)
{
    if (code == QStringLiteral("thousand"))
        return MoneyUnit::ThousandDong;
    if (code == QStringLiteral("million"))
        return MoneyUnit::MillionDong;
    if (code == QStringLiteral("billion"))
        return MoneyUnit::BillionDong;
    return MoneyUnit::Dong;
}
