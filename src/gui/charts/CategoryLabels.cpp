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
    m_lines = 1;
}

int CategoryLabels::rowHeight(const QFont& font, int lines)
{
    const QFontMetrics metrics(font);
    return lines > 1 ? lines * metrics.lineSpacing() + 4 : std::max(18, metrics.height() + 4);
}

void CategoryLabels::set(const QStringList& names, QAbstractSeries* series, int maxWidth, const QFont& font,
                         int maxLines)
{
    clear();
    m_series = series;
    const QFontMetrics metrics(font);
    for (const QString& name : names) {
        QString shown = name;
        int width = metrics.horizontalAdvance(name);
        if (width > maxWidth && maxLines < 2) {
            shown = metrics.elidedText(name, Qt::ElideRight, maxWidth);
            width = metrics.horizontalAdvance(shown);
        } else if (width > maxWidth) {
            // As many words as fit on the first line, the rest on the second (shortened only if still too
            // long).
            const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
            QString first;
            qsizetype used = 0;
            while (used < words.size()) {
                const QString longer = first.isEmpty() ? words[used] : first + u' ' + words[used];
                if (!first.isEmpty() && metrics.horizontalAdvance(longer) > maxWidth)
                    break;
                first = longer;
                ++used;
            }
            first = metrics.elidedText(first, Qt::ElideRight, maxWidth);
            const QString second =
                metrics.elidedText(QStringList(words.mid(used)).join(u' '), Qt::ElideRight, maxWidth);
            shown = second.isEmpty() ? first : first + u'\n' + second;
            width = std::max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second));
            if (!second.isEmpty())
                m_lines = 2;
        }
        auto* item = new QGraphicsSimpleTextItem(shown, m_chart);
        item->setFont(font);
        item->setBrush(ChartStyle::text());
        item->setZValue(10);
        if (QString(shown).replace(u'\n', u' ') != name)
            item->setToolTip(name);
        m_items.append(item);
        m_width = std::max(m_width, width);
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
