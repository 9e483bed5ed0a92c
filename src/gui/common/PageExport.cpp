#include "PageExport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsView>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

#include <algorithm>
#include <optional>

namespace {

std::optional<QString>& nextFileName()
{
    static std::optional<QString> name;
    return name;
}

struct PrintAnswer
{
    bool accept = false;
    QString pdfPath;
};

std::optional<PrintAnswer>& nextPrintAnswer()
{
    static std::optional<PrintAnswer> answer;
    return answer;
}

QPageLayout landscapeA4()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                       QPageLayout::Millimeter);
}

} // namespace

Status PageExport::savePng(QWidget* widget, const QString& path)
{
    const QImage image = widget->grab().toImage();
    if (image.isNull() || !image.save(path, "PNG"))
        return Error::io(tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    return Status::success();
}

Status PageExport::savePdf(QWidget* widget, const Heading& heading, const QString& path)
{
    QPdfWriter writer(path);
    writer.setPageLayout(landscapeA4());
    writer.setResolution(300);
    writer.setTitle(heading.title + QStringLiteral(" · ") + heading.month);
    writer.setCreator(QStringLiteral("LoanDesk"));
    if (!paint(widget, heading, writer))
        return Error::io(tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    return Status::success();
}

Status PageExport::print(QWidget* widget, const Heading& heading, QPrinter& printer)
{
    if (!paint(widget, heading, printer))
        return Error::io(tr("The printer could not be used."));
    return Status::success();
}

bool PageExport::paint(QWidget* widget, const Heading& heading, QPagedPaintDevice& device)
{
    device.setPageLayout(landscapeA4());
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    // The painter's origin is the top left corner inside the margins.
    const int resolution = device.logicalDpiX();
    const QRect paintRect = device.pageLayout().paintRectPixels(resolution);
    const QRectF page(0, 0, paintRect.width(), paintRect.height());
    // The title line, in points whatever the device's resolution.
    const qreal pixelsPerPoint = resolution / 72.0;
    QFont titleFont(QStringLiteral("DejaVu Sans"));
    titleFont.setPixelSize(std::max(1, qRound(11 * pixelsPerPoint)));
    titleFont.setBold(true);
    QFont dateFont = titleFont;
    dateFont.setBold(false);
    dateFont.setPixelSize(std::max(1, qRound(9 * pixelsPerPoint)));
    painter.setPen(QColor(0x16, 0x21, 0x2c));
    const QFontMetricsF metrics(titleFont);
    const QRectF line(page.left(), page.top(), page.width(), metrics.height());
    QStringList parts;
    for (const QString& part : {heading.office, heading.title, heading.month}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    painter.setFont(titleFont);
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, parts.join(QStringLiteral(" — ")));
    painter.setFont(dateFont);
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, tr("Printed on %1").arg(heading.printedOn));
    const qreal ruleY = line.bottom() + 3 * pixelsPerPoint;
    painter.setPen(QPen(QColor(0x9a, 0xa5, 0xb1), std::max(1.0, 0.5 * pixelsPerPoint)));
    painter.drawLine(QPointF(page.left(), ruleY), QPointF(page.right(), ruleY));

    // The widget below, as large as the page allows with its proportions kept.
    const QRectF room(page.left(), ruleY + 6 * pixelsPerPoint, page.width(),
                      page.bottom() - ruleY - 6 * pixelsPerPoint);
    const QSizeF size = QSizeF(widget->size()).scaled(room.size(), Qt::KeepAspectRatio);
    const QRectF target(room.left() + (room.width() - size.width()) / 2, room.top(), size.width(),
                        size.height());
    drawWidget(widget, painter, target);
    return painter.end();
}

void PageExport::drawWidget(QWidget* widget, QPainter& painter, const QRectF& target)
{
    if (auto* view = qobject_cast<QGraphicsView*>(widget)) {
        // A chart: its scene, drawn as vectors.
        view->render(&painter, target, view->viewport()->rect());
        return;
    }
    painter.save();
    painter.translate(target.topLeft());
    const qreal scale = target.width() / std::max(1, widget->width());
    painter.scale(scale, scale);
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawWindowBackground | QWidget::DrawChildren);
    painter.restore();
}

QString PageExport::askFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                const QString& filter, const QString& suffix)
{
    QString path;
    if (nextFileName()) {
        path = *nextFileName();
        nextFileName().reset();
    } else {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(parent, caption, QDir(folder).filePath(suggestedName), filter);
    }
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    return path;
}

void PageExport::setNextFileName(const QString& path)
{
    nextFileName() = path;
}

bool PageExport::askPrinter(QWidget* parent, QPrinter& printer, const QString& caption)
{
    if (nextPrintAnswer()) {
        const PrintAnswer answer = *nextPrintAnswer();
        nextPrintAnswer().reset();
        if (answer.accept) {
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(answer.pdfPath);
        }
        return answer.accept;
    }
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(caption);
    return dialog.exec() == QDialog::Accepted;
}

void PageExport::setNextPrintAnswer(bool accept, const QString& pdfPath)
{
    nextPrintAnswer() = PrintAnswer{accept, pdfPath};
}
