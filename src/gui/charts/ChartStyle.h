#pragma once

#include "common/DisplayOptions.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>

class QChart;
class QValueAxis;

/// The look shared by the dashboard's charts: a calm blue for outstanding, amber to red for overdue debt,
/// fonts that cover Vietnamese, numbers in the chosen language, no animation (charts are redrawn on every
/// change).
class ChartStyle
{
    Q_DECLARE_TR_FUNCTIONS(ChartStyle)

public:
    static QColor outstanding();
    static QColor outstandingLight();
    static QColor overdue();
    static QColor frozen();
    static QColor alarm();
    /// The colour of an overdue bar by its ratio's level: alarm red, watch orange, else amber.
    static QColor overdueBar(Percent ratio);
    static QColor text();
    static QColor muted();
    static QColor grid();
    /// Five colours for the ageing buckets, from fresh (1–30 days) to old (over 360 days).
    static QList<QColor> ageing();
    /// One colour per organisation share (direct lending last, in grey).
    static QList<QColor> shares();

    static QFont titleFont();
    static QFont labelFont();
    static QFont smallFont();

    /// Applies the common look and the locale of @p options to @p chart.
    static void prepare(QChart* chart, const DisplayOptions& options);
    /// Formats a value axis in the chosen unit: round ticks, localised numbers, at most @p ticks ticks.
    static void prepareValueAxis(QValueAxis* axis, qreal maximum, int ticks = 5);
    /// Ticks of a value axis from 0 to @p top every round step, as many as fit in @p pixels with labels of
    /// the chart's locale side by side.
    static void setRoundTicks(QValueAxis* axis, qreal top, qreal pixels, const QLocale& locale);
    /// The width of the bars of a horizontal bar series of @p bars bars in a chart @p chartHeight pixels high
    /// (QAbstractBarSeries::setBarWidth): at most about 26 pixels thick, however few they are.
    static qreal barWidth(int chartHeight, qsizetype bars);
    /// An amount in the chosen unit as a plotting coordinate (never used for a figure).
    static qreal plotValue(Money amount, MoneyUnit unit);
    /// "in million đồng" for titles.
    static QString unitCaption(const DisplayOptions& options);
};
