#include "ChartStyle.h"

#include "common/RatioStyle.h"

#include <QChart>
#include <QFontMetrics>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

QColor ChartStyle::outstanding()
{
    return QColor(0x2f, 0x6f, 0xa7);
}

QColor ChartStyle::outstandingLight()
{
    return QColor(0xa9, 0xc8, 0xe4);
}

QColor ChartStyle::overdue()
{
    return QColor(0xe0, 0x8a, 0x00);
}

QColor ChartStyle::frozen()
{
    return QColor(0x7b, 0x6f, 0xa8);
}

QColor ChartStyle::alarm()
{
    return QColor(0xc6, 0x28, 0x28);
}

QColor ChartStyle::text()
{
    return QColor(0x21, 0x2b, 0x36);
}

QColor ChartStyle::muted()
{
    return QColor(0x5f, 0x6b, 0x7a);
}

QColor ChartStyle::grid()
{
    return QColor(0xe3, 0xe8, 0xee);
}

QList<QColor> ChartStyle::ageing()
{
    return {QColor(0xf6, 0xc3, 0x44), QColor(0xee, 0x96, 0x1c), QColor(0xdd, 0x5e, 0x1f),
            QColor(0xbe, 0x2d, 0x25), QColor(0x7f, 0x15, 0x15)};
}

QList<QColor> ChartStyle::shares()
{
    return {QColor(0x2f, 0x6f, 0xa7), QColor(0x4f, 0x9d, 0x69), QColor(0xd9, 0x8c, 0x2b),
            QColor(0x8e, 0x6c, 0xb8), QColor(0x9a, 0xa5, 0xb1), QColor(0xc4, 0x4e, 0x52)};
}

QFont ChartStyle::titleFont()
{
    QFont font;
    font.setPointSizeF(10.5);
    font.setBold(true);
    return font;
}

QFont ChartStyle::labelFont()
{
    QFont font;
    font.setPointSizeF(8.5);
    return font;
}

QFont ChartStyle::smallFont()
{
    QFont font;
    font.setPointSizeF(8);
    return font;
}

void ChartStyle::prepare(QChart* chart, const DisplayOptions& options)
{
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    chart->setMargins(QMargins(4, 2, 8, 2));
    chart->setTitleFont(titleFont());
    chart->setTitleBrush(text());
    chart->setLocalizeNumbers(true);
    chart->setLocale(options.locale());
    chart->legend()->setFont(smallFont());
    chart->legend()->setLabelColor(text());
}

void ChartStyle::prepareValueAxis(QValueAxis* axis, qreal maximum, int ticks)
{
    if (maximum <= 0)
        maximum = 1;
    axis->setRange(0, maximum);
    axis->setTickCount(ticks);
    axis->applyNiceNumbers();
    const qreal step = (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1);
    int decimals = 0;
    while (decimals < 3 && step < std::pow(10.0, -decimals) * 0.999)
        ++decimals;
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    axis->setLabelsFont(smallFont());
    axis->setLabelsColor(muted());
    axis->setTruncateLabels(false); // "800.000.000", never "800.000 …": the layout leaves them room
    axis->setGridLineColor(grid());
    axis->setLinePenColor(grid());
    axis->setTitleFont(smallFont());
    axis->setTitleBrush(muted());
}

QColor ChartStyle::overdueBar(Percent ratio)
{
    switch (RatioStyle::level(ratio)) {
    case RatioStyle::Level::Alarm:
        return alarm();
    case RatioStyle::Level::Watch:
        return overdue();
    case RatioStyle::Level::Low:
    case RatioStyle::Level::None:
        break;
    }
    return QColor(0xf0, 0xb4, 0x29);
}

qreal ChartStyle::niceStep(qreal rough)
{
    if (rough <= 0)
        return 1;
    const qreal power = std::pow(10.0, std::floor(std::log10(rough)));
    for (const qreal factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= rough * 0.999)
            return factor * power;
    }
    return 10 * power;
}

void ChartStyle::setRoundTicks(QValueAxis* axis, qreal top, qreal pixels, const QLocale& locale)
{
    if (top <= 0)
        top = 1;
    const QFontMetrics metrics(smallFont());
    const int decimals = top >= 10 ? 0 : (top >= 1 ? 1 : 2);
    const qreal labelWidth = metrics.horizontalAdvance(locale.toString(top, 'f', decimals)) + 20.0;
    const int ticks = std::clamp(static_cast<int>(pixels / labelWidth), 1, 4);
    const qreal interval = niceStep(top / ticks);
    int intervalDecimals = 0;
    while (intervalDecimals < 3 && interval < std::pow(10.0, -intervalDecimals) * 0.999)
        ++intervalDecimals;
    axis->setRange(0, top);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(interval);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(intervalDecimals));
    axis->setLabelsFont(smallFont());
    axis->setLabelsColor(muted());
    axis->setTruncateLabels(false); // "800.000.000", never "800.000 …": the layout leaves them room
    axis->setGridLineColor(grid());
    axis->setLinePenColor(grid());
    axis->setTitleFont(smallFont());
    axis->setTitleBrush(muted());
}

qreal ChartStyle::plotValue(Money amount, MoneyUnit unit)
{
    return static_cast<qreal>(amount.dong()) / static_cast<qreal>(Money::unitFactor(unit));
}

QString ChartStyle::unitCaption(const DisplayOptions& options)
{
    return tr("Unit: %1").arg(options.unitName());
}
