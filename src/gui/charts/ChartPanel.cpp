#include "ChartPanel.h"

#include "ChartStyle.h"
#include "common/PageExport.h"

#include <QAbstractAxis>
#include <QChart>
#include <QContextMenuEvent>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QMenu>
#include <QMessageBox>
#include <QPrinter>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QToolTip>

#include <algorithm>

ChartPanel::ChartPanel(QWidget* parent)
    : QChartView(new QChart(), parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(m_baseHeight);
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

void ChartPanel::setPageContext(const QString& office, const QString& month)
{
    m_office = office;
    m_month = month;
}

QMenu* ChartPanel::createExportMenu()
{
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("chartExportMenu"));
    QAction* png = menu->addAction(tr("Save as PNG…"), this, &ChartPanel::saveAsPng);
    png->setObjectName(QStringLiteral("saveChartPngAction"));
    QAction* pdf = menu->addAction(tr("Save as PDF…"), this, &ChartPanel::saveAsPdf);
    pdf->setObjectName(QStringLiteral("saveChartPdfAction"));
    menu->addSeparator();
    QAction* print = menu->addAction(tr("Print…"), this, &ChartPanel::printChart);
    print->setObjectName(QStringLiteral("printChartAction"));
    return menu;
}

void ChartPanel::contextMenuEvent(QContextMenuEvent* event)
{
    QToolTip::hideText();
    QMenu* menu = createExportMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
    event->accept();
}

QString ChartPanel::fileStem() const
{
    QString stem = title().simplified();
    stem.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|()]")), QString());
    stem.replace(u' ', u'-');
    if (!m_month.isEmpty())
        stem += u'-' + QString(m_month).replace(u'/', u'-');
    return stem.isEmpty() ? QStringLiteral("chart") : stem;
}

bool ChartPanel::saveAsPng()
{
    const QString path =
        PageExport::askFileName(this, tr("Save the chart as PNG"), fileStem() + QStringLiteral(".png"),
                                tr("PNG images (*.png)"), QStringLiteral("png"));
    if (path.isEmpty())
        return false;
    const Status status = PageExport::savePng(this, path);
    if (!status)
        QMessageBox::warning(this, tr("Save as PNG"), status.error().message);
    return status.ok();
}

bool ChartPanel::saveAsPdf()
{
    const QString path =
        PageExport::askFileName(this, tr("Save the chart as PDF"), fileStem() + QStringLiteral(".pdf"),
                                tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return false;
    const Status status =
        PageExport::savePdf(this, {m_office, title(), m_month, m_options.date(QDate::currentDate())}, path);
    if (!status)
        QMessageBox::warning(this, tr("Save as PDF"), status.error().message);
    return status.ok();
}

bool ChartPanel::printChart()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title());
    if (!PageExport::askPrinter(this, printer, tr("Print the chart")))
        return false;
    const Status status =
        PageExport::print(this, {m_office, title(), m_month, m_options.date(QDate::currentDate())}, printer);
    if (!status)
        QMessageBox::warning(this, tr("Print"), status.error().message);
    return status.ok();
}

void ChartPanel::showToolTip(const QString& text)
{
    if (!isVisible())
        return;
    m_showsToolTip = true;
    QToolTip::showText(QCursor::pos(), text, this);
}

void ChartPanel::hideEvent(QHideEvent* event)
{
    // A tooltip shown over a slice or a bar would stay on the screen after the page changed: no hover ever
    // leaves a hidden chart.
    if (m_showsToolTip)
        QToolTip::hideText();
    m_showsToolTip = false;
    QChartView::hideEvent(event);
}

void ChartPanel::setBaseHeight(int pixels)
{
    m_baseHeight = pixels;
    setMinimumHeight(pixels);
}

void ChartPanel::requireHeight(int pixels)
{
    // A larger minimum resizes the chart at once: the resize must not rebuild the chart in the middle of the
    // rebuild that asked for the height (growing() says so to resizeEvent()).
    const int wanted = std::max(m_baseHeight, pixels);
    if (wanted == minimumHeight())
        return;
    const QScopedValueRollback<bool> growing(m_growing, true);
    setMinimumHeight(wanted);
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
    m_options = options;
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
