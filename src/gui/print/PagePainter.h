#pragma once

#include "Result.h"
#include "domain/Catalogue.h"

#include <QColor>
#include <QFont>
#include <QMarginsF>
#include <QPageLayout>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>

class QPainter;

/// The page machinery of LoanDesk's printed documents (the monthly summary, ReportDocument, and the
/// collection list of a commune's transaction day, CollectionListDocument): A4 pages with the report's
/// margins, the report's font, text measured and drawn by the font's design metrics in layout units (tenths
/// of a typographic point, independent of the device's resolution, so preview, paper and PDF break at the
/// same place), the bank's letterhead, the page number and the demonstration watermark. Every function that
/// takes a painter pointer only measures when it is null.
class QPagedPaintDevice;

namespace PagePainter {

/// The layout's units in one typographic point.
constexpr qreal kUnitsPerPoint = 10;

/// Millimetres in layout units.
constexpr qreal mm(qreal millimetres)
{
    return millimetres * 72.0 * kUnitsPerPoint / 25.4;
}

/// The space kept at the bottom of every page for its number.
constexpr qreal kFooterReserve = mm(8);
/// A cell's padding, left and right and above and below its text.
constexpr qreal kCellPadding = mm(1.5);
constexpr qreal kCellVerticalPadding = mm(0.7);
/// The width of a table's rules.
constexpr qreal kThinLine = 0.5 * kUnitsPerPoint;

/// The provisional and demonstration marks: dark red, which prints as a strong grey in black and white.
inline const QColor kMarkColour(0xB0, 0x00, 0x00);
/// The demonstration watermark: a light grey, translucent over the page.
inline const QColor kWatermarkColour(0x80, 0x80, 0x80, 0x38);
/// The size of the marks in the page header and their padding.
constexpr qreal kMarkPoints = 9.5;
constexpr qreal kMarkPadding = mm(1);
/// The background of a table's header cells.
inline const QColor kHeaderFill(0xEE, 0xEE, 0xEE);

/// A4 in @p orientation with the report's margins, the top one narrower by @p header millimetres.
QPageLayout a4(QPageLayout::Orientation orientation, qreal header = 0);

/// The report's font (DejaVu Sans, which covers Vietnamese) at @p points, in layout units.
QFont font(qreal points, bool bold = false, bool italic = false, bool condensed = false);

/// The width of one line of @p text, from the font's design metrics.
qreal textWidth(const QFont& font, const QString& text);
qreal lineHeight(const QFont& font);
/// @p text broken into the lines it takes within @p width.
QStringList wrapLines(const QFont& font, qreal width, const QString& text);
qreal longestWordWidth(const QFont& font, const QString& text);
/// @p text wrapped in as few lines as within @p width, with lines of even length.
QStringList balancedLines(const QFont& font, qreal width, const QString& text);
/// The height of @p text wrapped within @p width.
qreal wrappedHeight(const QFont& font, qreal width, const QString& text);

/// Draws one line of @p text in @p rect, aligned by @p flags, positioned by the metrics that measured it.
void drawText(QPainter& painter, const QFont& font, const QRectF& rect, int flags, const QString& text);
/// Draws @p lines one under the other in @p rect, aligned by @p flags.
void drawLines(QPainter& painter, const QFont& font, const QRectF& rect, const QStringList& lines, int flags);
/// Draws @p text wrapped in a block of @p width at @p top (when there is a painter) and returns its height.
qreal textBlock(QPainter* painter, const QFont& font, qreal left, qreal top, qreal width, const QString& text,
                int flags);
/// A cell's rectangle less its padding (@p verticalPadding above and below).
QRectF inner(const QRectF& cell, qreal verticalPadding = kCellVerticalPadding);

/// The bank's letterhead at the top of a first page: the bank and @p office at the top left (a short rule
/// under the office), the state and its motto at the top right; returns the height taken.
qreal paintLetterhead(QPainter* painter, qreal width, Language language, const QString& office);
/// The page number (`Trang X/Y`) centred at the bottom of a page of @p size.
void paintPageNumber(QPainter& painter, const QSizeF& size, int page, int pages, Language language);
/// The demonstration watermark, diagonally across a page of @p size (drawn last, light and translucent).
void paintWatermark(QPainter& painter, const QSizeF& size, Language language);
/// The demonstration line at the top left of every page of a demonstration document.
void paintDemonstrationHeader(QPainter& painter, qreal width, Language language);

/// Writes a document to the PDF file @p path under @p title: @p paint draws its pages on the writer and
/// returns how many. The file is written under a temporary name and replaces @p path only once whole; a
/// document that drew no page leaves nothing behind.
Status writePdf(const QString& path, const QString& title,
                const std::function<int(QPagedPaintDevice&)>& paint);

} // namespace PagePainter
