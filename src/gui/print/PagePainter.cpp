#include "PagePainter.h"

#include "report/ReportText.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace PagePainter {

namespace {

constexpr qreal kUnits = kUnitsPerPoint;

const QString kFontFamily = QStringLiteral("DejaVu Sans");

// Page geometry (millimetres): A4 with the margins of an administrative document, a little narrower for
// tables.
const QMarginsF kLandscapeMargins(20, 15, 12, 10);
const QMarginsF kPortraitMargins(25, 15, 15, 12);

} // namespace

QPageLayout a4(QPageLayout::Orientation orientation, qreal header)
{
    QMarginsF margins = orientation == QPageLayout::Portrait ? kPortraitMargins : kLandscapeMargins;
    margins.setTop(margins.top() - header);
    return QPageLayout(QPageSize(QPageSize::A4), orientation, margins, QPageLayout::Millimeter);
}

QFont font(qreal points, bool bold, bool italic, bool condensed)
{
    QFont result(kFontFamily);
    result.setPixelSize(qRound(points * kUnits));
    result.setBold(bold);
    result.setItalic(italic);
    if (condensed)
        result.setStretch(QFont::SemiCondensed);
    // Outline metrics that scale linearly: the same line breaks at every resolution.
    result.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: a "fi" or "fl" glyph would be copied out of the PDF as one odd character (ﬁ). Qt 6.4 has
    // no font-feature switch, but it does not ligate text with letter spacing; 1/64 of a layout unit is
    // nothing.
    result.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return result;
}

/// From the font's design metrics (the outlines' own advances, never rounded to pixels): the widths a PDF
/// positions its glyphs by, at any resolution.
qreal textWidth(const QFont& font, const QString& text)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setUseDesignMetrics(true);
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    return line.isValid() ? line.naturalTextWidth() : 0;
}

qreal lineHeight(const QFont& font)
{
    return QFontMetricsF(font).height();
}

/// The document breaks every text itself and then draws it line by line, so the paint device never breaks a
/// line differently from the layout (a PDF or printer device measures text with its own metrics, a hair
/// apart from these).
QStringList wrapLines(const QFont& font, qreal width, const QString& text)
{
    if (text.isEmpty())
        return {QString()};
    QTextLayout layout(text, font);
    QTextOption option;
    option.setUseDesignMetrics(true);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max<qreal>(width, 1));
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

qreal longestWordWidth(const QFont& font, const QString& text)
{
    qreal widest = 0;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts))
        widest = std::max(widest, textWidth(font, word));
    return widest;
}

/// ("Dư nợ / đầu kỳ" rather than "Dư nợ đầu / kỳ"): the narrowest width that still takes that many lines.
QStringList balancedLines(const QFont& font, qreal width, const QString& text)
{
    const QStringList greedy = wrapLines(font, width, text);
    if (greedy.size() < 2)
        return greedy;
    // Never narrower than the longest word, which would then be cut.
    qreal low = std::max(width / static_cast<qreal>(greedy.size()) * 0.8, longestWordWidth(font, text));
    qreal high = width;
    for (int i = 0; i < 12; ++i) {
        const qreal middle = (low + high) / 2;
        if (wrapLines(font, middle, text).size() > greedy.size())
            low = middle;
        else
            high = middle;
    }
    return wrapLines(font, high, text);
}

qreal wrappedHeight(const QFont& font, qreal width, const QString& text)
{
    return static_cast<qreal>(wrapLines(font, width, text).size()) * lineHeight(font);
}

/// (QPainter::drawText would lay the text out again with the device's own metrics.)
void drawText(QPainter& painter, const QFont& font, const QRectF& rect, int flags, const QString& text)
{
    if (text.isEmpty())
        return;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setUseDesignMetrics(true);
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return;
    const qreal width = line.naturalTextWidth();
    qreal x = rect.left();
    if (flags & Qt::AlignRight)
        x = rect.right() - width;
    else if (flags & Qt::AlignHCenter)
        x = rect.left() + (rect.width() - width) / 2;
    qreal y = rect.top();
    if (flags & Qt::AlignVCenter)
        y += (rect.height() - line.height()) / 2;
    else if (flags & Qt::AlignBottom)
        y = rect.bottom() - line.height();
    layout.draw(&painter, QPointF(x, y));
}

void drawLines(QPainter& painter, const QFont& font, const QRectF& rect, const QStringList& lines, int flags)
{
    const qreal height = lineHeight(font);
    const qreal total = height * static_cast<qreal>(lines.size());
    qreal y = rect.top();
    if (flags & Qt::AlignVCenter)
        y += (rect.height() - total) / 2;
    else if (flags & Qt::AlignBottom)
        y += rect.height() - total;
    const int horizontal = flags & Qt::AlignHorizontal_Mask;
    for (const QString& line : lines) {
        drawText(painter, font, QRectF(rect.left(), y, rect.width(), height), horizontal | Qt::AlignVCenter,
                 line);
        y += height;
    }
}

qreal textBlock(QPainter* painter, const QFont& font, qreal left, qreal top, qreal width, const QString& text,
                int flags)
{
    const QStringList lines = wrapLines(font, width, text);
    const qreal height = static_cast<qreal>(lines.size()) * lineHeight(font);
    if (painter)
        drawLines(*painter, font, QRectF(left, top, width, height), lines, flags);
    return height;
}

QRectF inner(const QRectF& cell, qreal verticalPadding)
{
    return cell.adjusted(kCellPadding, verticalPadding, -kCellPadding, -verticalPadding);
}

qreal paintLetterhead(QPainter* painter, qreal width, Language language, const QString& office)
{
    const QFont regular = font(10);
    const QFont bold = font(10, true);
    const QFont motto = font(10.5, true);
    const qreal leftWidth = width * 0.42;
    const qreal rightLeft = width * 0.40;
    const qreal rightWidth = width - rightLeft;
    const qreal rule = mm(1.2);

    // Top left: the bank and the office, a short rule under the office (a third to a half of its line).
    qreal left =
        textBlock(painter, regular, 0, 0, leftWidth, ReportText::bankName(language), Qt::AlignHCenter);
    const qreal officeHeight = textBlock(painter, bold, 0, left, leftWidth, office, Qt::AlignHCenter);
    left += officeHeight + rule;
    if (painter) {
        const qreal ruleWidth = std::min(textWidth(bold, office), leftWidth) * 0.4;
        painter->setPen(QPen(Qt::black, kThinLine * 1.2));
        painter->drawLine(QPointF((leftWidth - ruleWidth) / 2, left),
                          QPointF((leftWidth + ruleWidth) / 2, left));
    }
    // Top right: the state and its motto, the motto underlined over its whole length.
    qreal right = textBlock(painter, bold, rightLeft, 0, rightWidth, ReportText::countryName(language),
                            Qt::AlignHCenter);
    const QString mottoText = ReportText::motto(language);
    right += textBlock(painter, motto, rightLeft, right, rightWidth, mottoText, Qt::AlignHCenter) + rule;
    if (painter) {
        const qreal mottoWidth = std::min(textWidth(motto, mottoText), rightWidth);
        const qreal centre = rightLeft + rightWidth / 2;
        painter->drawLine(QPointF(centre - mottoWidth / 2, right), QPointF(centre + mottoWidth / 2, right));
    }
    return std::max(left, right);
}

void paintPageNumber(QPainter& painter, const QSizeF& size, int page, int pages, Language language)
{
    painter.setPen(Qt::black);
    const qreal height = lineHeight(font(8.5));
    drawText(painter, font(8.5), QRectF(0, size.height() - height, size.width(), height), Qt::AlignHCenter,
             ReportText::pageNumber(page, pages, language));
}

void paintWatermark(QPainter& painter, const QSizeF& size, Language language)
{
    // Across the page from the bottom left to the top right, as large as fits the diagonal.
    const QString mark = ReportText::demonstrationMark(language);
    const qreal diagonal = std::hypot(size.width(), size.height());
    const qreal angle = -std::atan2(size.height(), size.width()) * 180.0 / std::numbers::pi;
    const qreal points = std::clamp(diagonal * 0.7 / textWidth(font(100, true), mark) * 100, 24.0, 110.0);
    const QFont big = font(points, true);
    const qreal width = textWidth(big, mark);
    const qreal height = lineHeight(big);
    painter.save();
    painter.translate(size.width() / 2, size.height() / 2);
    painter.rotate(angle);
    painter.setPen(kWatermarkColour);
    drawText(painter, big, QRectF(-width / 2, -height / 2, width, height), Qt::AlignCenter, mark);
    painter.restore();
    painter.setPen(Qt::black);
}

void paintDemonstrationHeader(QPainter& painter, qreal width, Language language)
{
    // At the top left, on every page: the page of a demonstration document says so even on its own.
    const QFont italic = font(kMarkPoints, true, true);
    painter.setPen(kMarkColour);
    drawText(painter, italic, QRectF(0, kMarkPadding, width / 2, lineHeight(italic)),
             Qt::AlignLeft | Qt::AlignVCenter, ReportText::demonstrationLine(language));
    painter.setPen(Qt::black);
}

Status writePdf(const QString& path, const QString& title,
                const std::function<int(QPagedPaintDevice&)>& paint)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(
            QCoreApplication::translate("PagePainter", "cannot write %1: %2").arg(path, file.errorString()));
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(1200);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("LoanDesk %1").arg(QStringLiteral(LOANDESK_VERSION)));
        pages = paint(writer);
    }
    if (pages == 0) {
        file.cancelWriting();
        return Error::io(
            QCoreApplication::translate("PagePainter", "cannot write %1: the PDF could not be drawn")
                .arg(path));
    }
    if (!file.commit())
        return Error::io(
            QCoreApplication::translate("PagePainter", "cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

} // namespace PagePainter
