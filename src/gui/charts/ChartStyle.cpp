#include "ChartStyle.h"

#include "common/RatioStyle.h"

#include <QChart>
#include <QFontMetrics>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

/// A round step (1, 2 or 5 times a power of ten) of at least @p rough.
qreal niceStep(qreal rough)
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

/// The look of every value axis, its labels with as many decimals as a tick @p step needs.
void styleValueAxis(QValueAxis* axis, qreal step)
{
    int decimals = 0;
    while (decimals < 3 && step < std::pow(10.0, -decimals) * 0.999)
        ++decimals;
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    axis->setLabelsFont(ChartStyle::smallFont());
    axis->setLabelsColor(ChartStyle::muted());
    axis->setTruncateLabels(false); // "800.000.000", never "800.000 …": the layout leaves them room
    axis->setGridLineColor(ChartStyle::grid());
    axis->setLinePenColor(ChartStyle::grid());
    axis->setTitleFont(ChartStyle::smallFont());
    axis->setTitleBrush(ChartStyle::muted());
}

} // namespace

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
    styleValueAxis(axis, (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1));
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

void ChartStyle::setRoundTicks(QValueAxis* axis, qreal top, qreal pixels, const QLocale& locale)
{
    if (top <= 0)
        top = 1;
    const QFontMetrics metrics(smallFont());
    const int decimals = top >= 10 ? 0 : (top >= 1 ? 1 : 2);
    const qreal labelWidth = metrics.horizontalAdvance(locale.toString(top, 'f', decimals)) + 20.0;
    const int ticks = std::clamp(static_cast<int>(pixels / labelWidth), 1, 4);
    const qreal interval = niceStep(top / ticks);
    axis->setRange(0, top);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(interval);
    styleValueAxis(axis, interval);
}

qreal ChartStyle::barWidth(int chartHeight, qsizetype bars)
{
    // Bars at most about 26 pixels thick, however few they are.
    const qreal rowPixels =
        std::max(1.0, (chartHeight - 90.0) / static_cast<qreal>(std::max<qsizetype>(1, bars)));
    return std::clamp(26.0 / rowPixels, 0.25, 0.72);
}

qreal ChartStyle::plotValue(Money amount, MoneyUnit unit)
{
    return static_cast<qreal>(amount.dong()) / static_cast<qreal>(Money::unitFactor(unit));
}

QString ChartStyle::unitCaption(const DisplayOptions& options)
{
    return tr("Unit: %1").arg(options.unitName());
}
