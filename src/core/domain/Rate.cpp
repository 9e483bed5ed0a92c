#include "Rate.h"

#include <QLocale>
#include <QStringView>

std::optional<MonthlyRate> MonthlyRate::parse(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.first(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.sliced(dot + 1);
    if (whole.isEmpty() || whole.size() > 3 || fraction.size() > 4 || (dot >= 0 && fraction.isEmpty()))
        return std::nullopt;
    qint64 value = 0;
    for (const QChar c : whole) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    qint64 decimals = 0;
    for (qsizetype i = 0; i < 4; ++i) {
        const QChar c = i < fraction.size() ? fraction[i] : u'0';
        if (c < u'0' || c > u'9')
            return std::nullopt;
        decimals = decimals * 10 + (c.unicode() - u'0');
    }
    return fromTenThousandths(value * 10'000 + decimals);
}

QString MonthlyRate::toPlainString() const
{
    QString fraction = QString::number(m_value % 10'000).rightJustified(4, u'0');
    while (fraction.size() > 2 && fraction.endsWith(u'0'))
        fraction.chop(1);
    return QString::number(m_value / 10'000) + u'.' + fraction;
}

QString MonthlyRate::format(const QLocale& locale) const
{
    QString text = toPlainString();
    text.replace(u'.', locale.decimalPoint());
    return text;
}
