#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QPainter;
class QPagedPaintDevice;
class QPrinter;
class QRectF;
class QWidget;

/// Saving and printing what the window shows — the whole dashboard or one chart — as it looks on the screen:
/// a PNG of the widget, or an A4 landscape page (PDF through QPdfWriter, paper through QPrinter) with a title
/// line (the office, what is shown and the month at the left, the print date at the right) and the widget
/// drawn below it, scaled to the page. Charts are drawn from their scene, so a PDF keeps them as vectors.
///
/// The file dialog goes through askFileName(), which a test answers with setNextFileName() so it never
/// blocks.
class PageExport
{
    Q_DECLARE_TR_FUNCTIONS(PageExport)

public:
    /// The title line of a page.
    struct Heading
    {
        QString office;    ///< "Phòng giao dịch NHCSXH huyện Duy Tiên"
        QString title;     ///< "Tổng quan", a chart's title
        QString month;     ///< "08/2023"
        QString printedOn; ///< the day printed, as the window writes dates
    };

    /// Writes @p widget as it is on the screen to @p path (PNG).
    static Status savePng(QWidget* widget, const QString& path);
    /// Writes one A4 landscape page with @p heading and @p widget to @p path (PDF).
    static Status savePdf(QWidget* widget, const Heading& heading, const QString& path);
    /// Prints that page on @p printer (after its dialog).
    static Status print(QWidget* widget, const Heading& heading, QPrinter& printer);
    /// Draws the page on @p device.
    static bool paint(QWidget* widget, const Heading& heading, QPagedPaintDevice& device);

    /// Asks where to save (a save dialog), or returns the name set by setNextFileName() once. Empty:
    /// cancelled. A name without a suffix gets @p suffix.
    static QString askFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                               const QString& filter, const QString& suffix);
    /// The answer of the next askFileName() (tests).
    static void setNextFileName(const QString& path);
    /// Asks for a printer (a print dialog): false when cancelled. A test sets the answer with
    /// setNextPrintAnswer() and the printer writes a PDF instead.
    static bool askPrinter(QWidget* parent, QPrinter& printer, const QString& caption);
    /// The answer of the next askPrinter() (tests): true prints to @p pdfPath.
    static void setNextPrintAnswer(bool accept, const QString& pdfPath = {});

private:
    static void drawWidget(QWidget* widget, QPainter& painter, const QRectF& target);
};
