#include "TrendChart.h"

#include "ChartStyle.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cstdlib>

TrendChart::TrendChart(QWidget* parent)
    : ChartPanel(parent)
{}

void TrendChart::setTrend(const QList<std::pair<YearMonth, Figures>>& trend, const DisplayOptions& options)
{
    m_trend = trend;
    m_options = options;
    rebuild();
}

void TrendChart::resizeEvent(QResizeEvent* event)
{
    ChartPanel::resizeEvent(event);
    // The months written under the axis depend on the width.
    if (std::abs(width() - m_builtWidth) > 8)
        rebuild();
}

void TrendChart::rebuild()
{
    const QList<std::pair<YearMonth, Figures>>& trend = m_trend;
    const DisplayOptions& options = m_options;
    m_builtWidth = width();
    m_monthLabels.clear();
    reset(options);
    m_points = trend.size();
    QChart* c = chart();
    setTitle(tr("Outstanding and overdue ratio over 24 months"));
    if (trend.isEmpty()) {
        setMessage(tr("No data"));
        return;
    }

    auto* upper = new QLineSeries();
    auto* lower = new QLineSeries();
    auto* ratio = new QLineSeries();
    qreal maxOutstanding = 0;
    qreal maxRatio = 0;
    for (qsizetype i = 0; i < trend.size(); ++i) {
        const Figures& f = trend[i].second;
        const qreal outstanding = ChartStyle::plotValue(f.outstandingEnd, options.unit);
        const qreal percent = static_cast<qreal>(f.overdueRatio().hundredths()) / 100.0;
        upper->append(static_cast<qreal>(i), outstanding);
        lower->append(static_cast<qreal>(i), 0);
        ratio->append(static_cast<qreal>(i), percent);
        maxOutstanding = std::max(maxOutstanding, outstanding);
        maxRatio = std::max(maxRatio, percent);
    }
    auto* area = new QAreaSeries(upper, lower);
    area->setName(tr("Outstanding (%1)").arg(options.unitName()));
    QColor fill = ChartStyle::outstandingLight();
    fill.setAlpha(200);
    area->setBrush(fill);
    area->setPen(QPen(ChartStyle::outstanding(), 2));
    c->addSeries(area);
    ratio->setName(tr("Overdue ratio (%)"));
    ratio->setPen(QPen(ChartStyle::alarm(), 2.2));
    ratio->setPointsVisible(true);
    c->addSeries(ratio);

    auto* months = new QCategoryAxis();
    months->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const qsizetype last = trend.size() - 1;
    // Every k-th month counting back from the latest, k as small as lets the labels stand side by side with
    // a gap in the plot's width (the chart's less the two value axes'); the axis reaches half a label beyond
    // the first and the last month, so that Qt Charts neither cuts nor drops them.
    const QFontMetricsF metrics(ChartStyle::smallFont());
    const qreal labelWidth = metrics.horizontalAdvance(QStringLiteral("00/00"));
    const qreal plotWidth = std::max<qreal>(80, width() - 130);
    const qreal slot = plotWidth / static_cast<qreal>(trend.size() + 1);
    int step = 12;
    for (const int candidate : {1, 2, 3, 4, 6, 12}) {
        if (candidate * slot >= labelWidth + 14) {
            step = candidate;
            break;
        }
    }
    for (qsizetype i = 0; i <= last; ++i) {
        if ((last - i) % step == 0) {
            const YearMonth month = trend[i].first;
            const QString label = QStringLiteral("%1/%2")
                                      .arg(month.month(), 2, 10, QChar(u'0'))
                                      .arg(month.year() % 100, 2, 10, QChar(u'0'));
            months->append(label, static_cast<qreal>(i));
            m_monthLabels.append(label);
        }
    }
    const qreal pad = std::max<qreal>(0.5, (labelWidth / 2 + 3) / slot);
    months->setRange(-pad, static_cast<qreal>(last) + pad);
    months->setLabelsFont(ChartStyle::smallFont());
    months->setLabelsColor(ChartStyle::muted());
    months->setGridLineColor(ChartStyle::grid());
    months->setLinePenColor(ChartStyle::grid());
    c->addAxis(months, Qt::AlignBottom);
    area->attachAxis(months);
    ratio->attachAxis(months);

    auto* amounts = new QValueAxis();
    ChartStyle::prepareValueAxis(amounts, maxOutstanding * 1.1, 5);
    // The units are in the legend ("Outstanding (million đồng)", "Overdue ratio (%)"), beside the colours of
    // the two axes: a rotated title would leave the long labels of small units no room.
    amounts->setLabelsColor(ChartStyle::outstanding());
    c->addAxis(amounts, Qt::AlignLeft);
    area->attachAxis(amounts);

    auto* percents = new QValueAxis();
    ChartStyle::prepareValueAxis(percents, std::max(maxRatio * 1.25, 0.5), 5);
    percents->setLabelsColor(ChartStyle::alarm());
    percents->setGridLineVisible(false);
    c->addAxis(percents, Qt::AlignRight);
    ratio->attachAxis(percents);

    c->legend()->show();
    c->legend()->setAlignment(Qt::AlignTop);
}
