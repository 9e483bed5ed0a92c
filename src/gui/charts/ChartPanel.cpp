#include "ChartPanel.h"

#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsSimpleTextItem>

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
    m_message->setText(message);
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
    const QRectF area = chart()->plotArea().isEmpty() ? chart()->rect() : chart()->plotArea();
    const QRectF box = m_message->boundingRect();
    m_message->setPos(area.center() - QPointF(box.width() / 2, box.height() / 2));
}
