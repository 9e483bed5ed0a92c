#include "ShareDonutChart.h"

#include "ChartStyle.h"

#include <QChart>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QTextDocument>
#include <QToolTip>

#include <QtMath>

#include <algorithm>
#include <cmath>

ShareDonutChart::ShareDonutChart(QWidget* parent)
    : ChartPanel(parent)
{
    m_legend = new QGraphicsTextItem(chart());
    m_legend->setFont(ChartStyle::smallFont());
    m_legend->setZValue(10);
    connect(chart(), &QChart::plotAreaChanged, this, [this]() { placeLegend(); });
}

void ShareDonutChart::setShares(const QList<DashboardData::Share>& shares, Money total,
                                const DisplayOptions& options)
{
    reset(options);
    m_keys.clear();
    m_series = nullptr;
    m_legend->setHtml(QString());
    QChart* c = chart();
    setTitle(tr("Share of outstanding by organisation"));
    if (!total.isPositive()) {
        setMessage(tr("No outstanding"));
        return;
    }
    // Largest first; direct lending, which no organisation manages, last and in grey.
    QList<DashboardData::Share> ordered;
    for (const DashboardData::Share& share : shares) {
        if (share.outstanding.isPositive() && share.key != kDirectKey)
            ordered.append(share);
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto& a, const auto& b) { return a.outstanding > b.outstanding; });
    for (const DashboardData::Share& share : shares) {
        if (share.outstanding.isPositive() && share.key == kDirectKey)
            ordered.append(share);
    }

    auto* series = new QPieSeries();
    series->setHoleSize(0.5);
    series->setHorizontalPosition(0.23);
    m_series = series;
    const QList<QColor> colours = ChartStyle::shares();
    QString legend = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        const DashboardData::Share& share = ordered[i];
        const QColor colour = share.key == kDirectKey ? QColor(0x9a, 0xa5, 0xb1) : colours.value(i % 4);
        auto* slice = series->append(share.name, ChartStyle::plotValue(share.outstanding, options.unit));
        slice->setColor(colour);
        slice->setBorderColor(Qt::white);
        slice->setBorderWidth(1); // QPieSlice takes whole pixels: 1.5 was always drawn as 1
        const QString key = share.key;
        const QString amount = options.money(share.outstanding);
        const QString percent = options.percentWithSign(share.share);
        const QString tip =
            share.name + u'\n' + amount + u' ' + options.unitName() + QStringLiteral(" · ") + percent;
        connect(slice, &QPieSlice::clicked, this, [this, key]() { emit sliceClicked(key); });
        // A slice under the pointer is lighter, never moved: an exploded slice moved away from a pointer near
        // the hole, and the first click fell into the hole.
        connect(slice, &QPieSlice::hovered, this, [this, slice, colour, tip](bool state) {
            slice->setColor(state ? colour.lighter(118) : colour);
            if (state)
                showToolTip(tip);
            else
                QToolTip::hideText();
        });
        legend += QStringLiteral(
                      "<tr><td valign=\"top\"><span style=\"color:%1; font-size:11pt\">■</span></td>"
                      "<td><span style=\"color:#212b36\">%2</span><br>"
                      "<b style=\"color:#212b36\">%3</b> <span style=\"color:#5f6b7a\">· %4</span></td></tr>")
                      .arg(colour.name(), share.name.toHtmlEscaped(), percent.toHtmlEscaped(),
                           amount.toHtmlEscaped());
        m_keys.append(key);
    }
    legend += QStringLiteral("</table>");
    c->addSeries(series);
    m_legend->setHtml(legend);
    placeLegend();
}

void ShareDonutChart::placeLegend()
{
    const QRectF plot = chart()->plotArea();
    if (plot.height() <= 0 || plot.width() <= 0)
        return;
    // A chart much higher than wide (a dashboard column beside a tall one) has the donut on top and the
    // legend under it; otherwise the donut fills the left part and the legend the right part.
    const bool stacked = plot.height() > plot.width() * 1.15;
    m_legend->setTextWidth(stacked ? plot.width() - 8 : std::max<qreal>(80, plot.width() * 0.52));
    const QRectF box = m_legend->boundingRect();
    qreal diameter = 0;
    if (stacked)
        diameter = std::max<qreal>(60, std::min(plot.width() * 0.8, plot.height() - box.height() - 16));
    else
        diameter = std::min(plot.height() * 0.95, plot.width() * 0.44);
    if (m_series) {
        const qreal size = diameter / std::min(plot.width(), plot.height());
        // Both sizes are shares of the plot area, not of each other: a hole of 0.5 in a pie of less than 0.5
        // (a tall, narrow chart) left no ring at all.
        m_series->setPieSize(size);
        m_series->setHoleSize(size * 0.5);
        if (stacked) {
            const qreal top = (plot.height() - diameter - 12 - box.height()) / 2;
            m_series->setHorizontalPosition(0.5);
            m_series->setVerticalPosition((std::max<qreal>(0, top) + diameter / 2) / plot.height());
        } else {
            m_series->setHorizontalPosition(0.23);
            m_series->setVerticalPosition(0.5);
        }
    }
    if (stacked) {
        const qreal top = plot.top() + std::max<qreal>(0, (plot.height() - diameter - 12 - box.height()) / 2);
        m_legend->setPos(plot.left() + (plot.width() - box.width()) / 2, top + diameter + 12);
    } else {
        m_legend->setPos(plot.left() + plot.width() * 0.48, plot.center().y() - box.height() / 2);
    }
}

QPoint ShareDonutChart::slicePoint(int index, qreal radius) const
{
    if (!m_series || index < 0 || index >= m_series->count())
        return {};
    const QPieSlice* slice = m_series->slices().at(index);
    const QRectF plot = chart()->plotArea();
    const QPointF centre(plot.left() + plot.width() * m_series->horizontalPosition(),
                         plot.top() + plot.height() * m_series->verticalPosition());
    const qreal outer = m_series->pieSize() * std::min(plot.width(), plot.height()) / 2;
    // Qt Charts measures angles clockwise from twelve o'clock, in degrees.
    const qreal angle = qDegreesToRadians(slice->startAngle() + slice->angleSpan() / 2);
    const QPointF point = centre + QPointF(std::sin(angle), -std::cos(angle)) * outer * radius;
    return mapFromScene(chart()->mapToScene(point));
}
