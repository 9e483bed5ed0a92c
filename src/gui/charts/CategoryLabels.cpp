#include "CategoryLabels.h"

#include "ChartStyle.h"

#include <QAbstractSeries>
#include <QChart>
#include <QFontMetrics>
#include <QGraphicsSimpleTextItem>

#include <algorithm>

CategoryLabels::CategoryLabels(QChart* chart)
    : m_chart(chart)
{}

CategoryLabels::~CategoryLabels()
{
    clear();
}

void CategoryLabels::clear()
{
    qDeleteAll(m_items);
    m_items.clear();
    m_series = nullptr;
    m_width = 0;
}

void CategoryLabels::set(const QStringList& names, QAbstractSeries* series, int maxWidth, const QFont& font)
{
    clear();
    m_series = series;
    const QFontMetrics metrics(font);
    for (const QString& name : names) {
        const QString shown = metrics.elidedText(name, Qt::ElideRight, maxWidth);
        auto* item = new QGraphicsSimpleTextItem(shown, m_chart);
        item->setFont(font);
        item->setBrush(ChartStyle::text());
        item->setZValue(10);
        if (shown != name)
            item->setToolTip(name);
        m_items.append(item);
        m_width = std::max(m_width, metrics.horizontalAdvance(shown));
    }
    place();
}

void CategoryLabels::place()
{
    if (!m_series)
        return;
    const QRectF plot = m_chart->plotArea();
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const QPointF point = m_chart->mapToPosition(QPointF(0, static_cast<qreal>(i)), m_series);
        QGraphicsSimpleTextItem* item = m_items[i];
        const QRectF box = item->boundingRect();
        item->setPos(plot.left() - 6 - box.width(), point.y() - box.height() / 2);
    }
}
