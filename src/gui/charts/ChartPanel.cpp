#include "ChartPanel.h"

#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>

#include <algorithm>

ChartPanel::ChartPanel(QWidget* parent)
    : QChartView(new QChart(), parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setFrameShape(QFrame::NoFrame);
    m_message = new QGraphicsSimpleTextItem(chart());
    m_message->setFont(ChartStyle::labelFont());
    m_message->setBrush(ChartStyle::muted());
    m_message->setZValue(20);
    m_title = new QGraphicsSimpleTextItem(chart());
    m_title->setFont(ChartStyle::titleFont());
    m_title->setBrush(ChartStyle::text());
    m_title->setPos(10, 6);
    m_title->setZValue(20);
}

void ChartPanel::setTitle(const QString& title)
{
    m_title->setText(title);
}

QString ChartPanel::title() const
{
    return m_title->text();
}

void ChartPanel::reset(const DisplayOptions& options)
{
    QChart* c = chart();
    c->removeAllSeries();
    const auto axes = c->axes();
    for (QAbstractAxis* axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
    ChartStyle::prepare(c, options);
    c->setMargins(QMargins(4, 28, 8, 2));
    c->legend()->hide();
    setMessage(QString());
}

void ChartPanel::setMessage(const QString& message)
{
    m_messageText = message;
    m_message->setVisible(!message.isEmpty());
    placeMessage();
}

void ChartPanel::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    placeMessage();
}

void ChartPanel::placeMessage()
{
    // On one line, or broken between words into lines as wide as the chart allows.
    const QFontMetricsF metrics(m_message->font());
    const qreal room = std::max<qreal>(60, chart()->size().width() - 24);
    QStringList lines;
    for (const QString& word : m_messageText.split(u' ', Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && metrics.horizontalAdvance(lines.back() + u' ' + word) <= room)
            lines.back() += u' ' + word;
        else
            lines.append(word);
    }
    m_message->setText(lines.join(u'\n'));
    const QRectF area = chart()->plotArea().isEmpty() ? chart()->rect() : chart()->plotArea();
    const QRectF box = m_message->boundingRect();
    const QPointF centred = area.center() - QPointF(box.width() / 2, box.height() / 2);
    const qreal right = std::max<qreal>(8, chart()->size().width() - box.width() - 8);
    m_message->setPos(std::clamp<qreal>(centred.x(), 8, right), centred.y());
}
