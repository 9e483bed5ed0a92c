#include "ReportDocument.h"

#include "PagePainter.h"

#include "charts/ReportCharts.h"
#include "db/Database.h"
#include "repo/CommuneRepository.h"
#include "report/ReportBuilder.h"
#include "report/ReportOrder.h"
#include "report/ReportText.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

using namespace PagePainter;

namespace {

constexpr qreal kUnits = ReportDocument::kUnitsPerPoint;

/// The padding of a tight row: a table that nearly fits its page is set this much lower rather than leave its
/// last rows on the next page.
constexpr qreal kTightVerticalPadding = mm(0.35);

/// The provisional mark (domain.md §8), in kMarkColour: in the page header it is boxed, in a band taken from
/// the top margin (15 mm become 7, still more than any printer leaves unprinted): the page's content keeps
/// its room and its place on the paper, so a provisional report breaks its pages exactly where the closed one
/// will. (Drawn in the margin itself, the mark would be on paper too, but a print preview shows whatever lies
/// in the margins washed out.)
constexpr qreal kMarkBandMillimetres = 8;

/// The table's font sizes, tried from the largest until the table fits the page's width.
constexpr qreal kTableFontSizes[] = {9, 8.5, 8, 7.5, 7, 6.5, 6};

/// The letters of the column-number row under the header: A, B, C for the text columns, then 1, 2, 3…
QString indexLabel(qsizetype printedColumn)
{
    if (printedColumn < 3)
        return QString(QChar(static_cast<char16_t>(u'A' + printedColumn)));
    return QString::number(printedColumn - 2);
}

QString scopeText(Database& database, const PortfolioFilter& filter, Language language,
                  ReportBuilder& builder)
{
    QStringList parts;
    if (!filter.communeCode.isEmpty()) {
        auto communes = CommuneRepository(database).find({filter.communeCode});
        parts.append(communes && communes->contains(filter.communeCode)
                         ? communes->value(filter.communeCode).name
                         : filter.communeCode);
    }
    if (!filter.organizationCode.isEmpty()) {
        auto catalogue = builder.catalogue();
        parts.append(catalogue ? catalogue->organizationName(filter.organizationCode, language)
                               : filter.organizationCode);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

ReportDocument::ReportDocument(ReportTable table, DisplayOptions options, ReportSettings settings)
    : m_table(ReportOrder::inBankOrder(std::move(table)))
    , m_options(options)
    , m_settings(std::move(settings))
    , m_date(QDate::currentDate())
    , m_demonstration(m_settings.demonstration)
{
    // The printed amounts: in a unit other than đồng, footed so that the rows add up to the printed total.
    m_cells = Footing::footedCells(m_table, printedColumnsOf(m_table),
                                   Footing::quantum(m_options.unit, m_options.decimals()));
    for (qsizetype i = 0; i < m_table.rows.size(); ++i)
        m_rowIndex.insert(m_table.rows[i].key, i);
}

Result<ReportDocument> ReportDocument::build(Database& database, const ReportRequest& request,
                                             const DisplayOptions& options, const ReportSettings& settings)
{
    if (!request.month.isValid())
        return Error::usage(tr("no month chosen"));
    ReportBuilder builder(database, options.language);
    const QDate asOf = request.asOf.isValid() ? request.asOf : request.month.lastDay();
    auto table = request.kind == ReportTable::Kind::Ageing
                     ? builder.ageing(asOf, request.by, request.filter)
                     : builder.summary(request.month, request.by, request.filter);
    if (!table)
        return table.error();
    ReportDocument document(std::move(table).value(), options, settings);
    if (request.kind == ReportTable::Kind::Summary) {
        auto byProgram = request.by == Breakdown::Program
                             ? Result<ReportTable>(document.m_table)
                             : builder.summary(request.month, Breakdown::Program, request.filter);
        if (!byProgram)
            return byProgram.error();
        auto byCommune = request.by == Breakdown::Commune
                             ? Result<ReportTable>(document.m_table)
                             : builder.summary(request.month, Breakdown::Commune, request.filter);
        if (!byCommune)
            return byCommune.error();
        document.setChartTables(std::move(byProgram).value(), std::move(byCommune).value());
    }
    if (!request.filter.isEmpty())
        document.setScope(scopeText(database, request.filter, options.language, builder));
    return document;
}

void ReportDocument::setChartTables(ReportTable byProgram, ReportTable byCommune)
{
    m_chartTables = std::make_pair(std::move(byProgram), std::move(byCommune));
    m_layout.reset();
}

void ReportDocument::setScope(const QString& scope)
{
    m_scope = scope;
    m_layout.reset();
}

void ReportDocument::setDemonstration(bool demonstration)
{
    if (demonstration == m_demonstration)
        return;
    m_demonstration = demonstration;
    m_layout.reset();
}

QStringList ReportDocument::notes() const
{
    QStringList result;
    if (m_options.unit != MoneyUnit::Dong)
        result.append(ReportText::roundingNote(m_options.language));
    if (m_table.kind == ReportTable::Kind::Summary && Footing::borrowersOverlap(m_table))
        result.append(ReportText::borrowersNote(m_options.language));
    return result;
}

void ReportDocument::setDate(const QDate& date)
{
    if (date == m_date)
        return;
    m_date = date;
    m_layout.reset();
}

const ReportDocument::Layout& ReportDocument::layout() const
{
    if (!m_layout)
        m_layout = computeLayout();
    return *m_layout;
}

QString ReportDocument::title() const
{
    return ReportText::shortName(m_table.kind, m_table.by, m_options.language) + QStringLiteral(" - ") +
           ReportText::period(m_table, m_options.language);
}

QString ReportDocument::suggestedFileName() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(m_table.kind == ReportTable::Kind::Ageing ? QStringLiteral("ageing") : QStringLiteral("summary"),
             m_table.month.toIsoString(), breakdownCode(m_table.by));
}

QList<Column> ReportDocument::columns() const
{
    return m_cells.columns;
}

const Cell* ReportDocument::footedCell(const QString& key, Column column) const
{
    const auto row = m_rowIndex.constFind(key);
    const qsizetype c = m_cells.columns.indexOf(column);
    if (row == m_rowIndex.cend() || c < 0)
        return nullptr;
    return &m_cells.rows[*row][c];
}

QStringList ReportDocument::headings() const
{
    QStringList result{ReportText::serialHeading(m_options.language)};
    for (Column column : columns())
        result.append(ReportText::columnHeading(column, m_table.kind, m_table.by, m_options.language));
    return result;
}

bool ReportDocument::isFigure(Column column)
{
    return column != Column::Key && column != Column::Name;
}

QString ReportDocument::cellText(const ReportRow& row, Column column, bool total) const
{
    if (total && column == Column::Key)
        return {};
    if (total && column == Column::Name)
        return ReportText::totalLabel(m_options.language);
    const Cell* footed = total ? nullptr : footedCell(row.key, column);
    const Cell cell = footed ? *footed : cellOf(row, column);
    if (const auto* amount = std::get_if<Money>(&cell))
        return m_options.money(*amount);
    if (const auto* count = std::get_if<qint64>(&cell))
        return m_options.count(*count);
    if (const auto* percent = std::get_if<Percent>(&cell))
        return m_options.percent(*percent);
    return std::get<QString>(cell);
}

QFont ReportDocument::font(qreal points, bool bold, bool italic, bool condensed)
{
    return PagePainter::font(points, bold, italic, condensed);
}

// ---- Layout
// ---------------------------------------------------------------------------------------------------

bool ReportDocument::fitTable(Layout& layout, qreal width, qreal fontPoints, bool comfortable,
                              qreal rowPadding) const
{
    const QFont body = font(fontPoints, false, false, true);
    const QFont bold = font(fontPoints, true, false, true);
    const QList<Column> cols = columns();
    const Language language = m_options.language;
    QList<qreal> widths(cols.size() + 1, 0);

    widths[0] = std::max(textWidth(bold, ReportText::serialHeading(language)),
                         textWidth(body, QString::number(m_table.rows.size()))) +
                2 * kCellPadding;
    qsizetype nameColumn = -1;
    qreal nameNatural = 0;
    qreal nameMinimum = 0;
    QList<qreal> oneLineHeadings(cols.size() + 1, 0); // the width at which a heading needs no wrapping
    for (qsizetype c = 0; c < cols.size(); ++c) {
        const Column column = cols[c];
        const QString heading = ReportText::columnHeading(column, m_table.kind, m_table.by, language);
        qreal natural = 0;
        for (const ReportRow& row : m_table.rows)
            natural = std::max(natural, textWidth(body, cellText(row, column)));
        if (isFigure(column))
            natural = std::max(natural, textWidth(bold, cellText(m_table.total, column, true)));
        natural += kUnits / 2; // half a point to spare: a text exactly as wide as its cell may wrap
        const qreal headingWord = longestWordWidth(bold, heading) + kUnits / 2;
        oneLineHeadings[c + 1] = textWidth(bold, heading) + 2 * kCellPadding;
        if (column == Column::Name) {
            nameColumn = c + 1;
            nameNatural = std::max(natural, textWidth(bold, heading)) + 2 * kCellPadding;
            nameMinimum = std::max(headingWord + 2 * kCellPadding, mm(36));
            continue;
        }
        qreal columnWidth = std::max(natural, headingWord) + 2 * kCellPadding;
        if (isFigure(column))
            columnWidth = std::max(columnWidth, mm(14)); // headings wrap in at most three lines
        widths[c + 1] = columnWidth;
    }
    qreal fixed = 0;
    for (qreal w : widths)
        fixed += w;
    const qreal forName = width - fixed;
    if (forName < nameMinimum || (comfortable && forName < nameNatural))
        return false;
    // The name gets what it needs (wrapping past that), the rest widens the figure columns: first those whose
    // heading wraps, towards one line, then all of them alike.
    const qreal nameWidth = std::min(forName, std::max(nameNatural, nameMinimum));
    widths[nameColumn] = nameWidth;
    qreal extra = forName - nameWidth;
    qreal deficit = 0;
    qsizetype figureColumns = 0;
    for (qsizetype c = 0; c < cols.size(); ++c) {
        if (!isFigure(cols[c]))
            continue;
        ++figureColumns;
        deficit += std::max<qreal>(0, oneLineHeadings[c + 1] - widths[c + 1]);
    }
    if (deficit > 0) {
        const qreal share = std::min<qreal>(1, extra / deficit);
        for (qsizetype c = 0; c < cols.size(); ++c) {
            if (isFigure(cols[c]))
                widths[c + 1] += share * std::max<qreal>(0, oneLineHeadings[c + 1] - widths[c + 1]);
        }
        extra -= share * deficit;
    }
    for (qsizetype c = 0; c < cols.size() && figureColumns > 0; ++c) {
        if (isFigure(cols[c]))
            widths[c + 1] += extra / static_cast<qreal>(figureColumns);
    }

    layout.fontPoints = fontPoints;
    layout.widths = widths;
    // Header and column-number row.
    qreal header = 0;
    const QStringList heads = headings();
    for (qsizetype c = 0; c < heads.size(); ++c)
        header = std::max(
            header, static_cast<qreal>(balancedLines(bold, widths[c] - 2 * kCellPadding, heads[c]).size()) *
                        lineHeight(bold));
    layout.headerHeight = header + 2 * rowPadding;
    layout.indexHeight = lineHeight(font(fontPoints - 1, false, true, true)) + rowPadding;
    // Rows: the name may wrap.
    layout.rowHeights.clear();
    const qreal single = lineHeight(body);
    for (const ReportRow& row : m_table.rows) {
        const qreal name = wrappedHeight(body, widths[nameColumn] - 2 * kCellPadding, row.name);
        layout.rowHeights.append(std::max(single, name) + 2 * rowPadding);
    }
    layout.rowHeights.append(lineHeight(bold) + 2.4 * rowPadding);
    return true;
}

std::optional<ReportDocument::Layout> ReportDocument::tryLayout(QPageLayout::Orientation orientation,
                                                                qreal points, bool comfortable,
                                                                bool tight) const
{
    Layout layout;
    layout.orientation = orientation;
    const QPageLayout page = a4(orientation);
    layout.size = page.paintRect(QPageLayout::Point).size() * kUnits;
    // Too wide even at the smallest size (points 0): the widest columns run past the margin rather than
    // vanish.
    const bool overflow = points <= 0;
    if (!fitTable(layout, overflow ? 1e9 : layout.size.width(),
                  overflow ? kTableFontSizes[std::size(kTableFontSizes) - 1] : points, comfortable,
                  tight ? kTightVerticalPadding : kCellVerticalPadding))
        return std::nullopt;
    layout.headingHeight = paintHeading(nullptr, layout.size.width());
    layout.closingHeight = paintClosing(nullptr, 0, layout.size.width());
    paginate(layout);
    return layout;
}

ReportDocument::Layout ReportDocument::computeLayout() const
{
    // The candidates, best first: portrait at a comfortable size with every name on one line; landscape at
    // the largest size down to 8 points that keeps the names on one line; landscape at the largest size that
    // fits with the names wrapped.
    struct Candidate
    {
        QPageLayout::Orientation orientation;
        qreal points;
        bool comfortable;
    };
    QList<Candidate> candidates = {{QPageLayout::Portrait, 9, true}, {QPageLayout::Portrait, 8.5, true}};
    for (qreal points : kTableFontSizes) {
        if (points >= 8)
            candidates.append({QPageLayout::Landscape, points, true});
    }
    for (qreal points : kTableFontSizes)
        candidates.append({QPageLayout::Landscape, points, false});
    candidates.append({QPageLayout::Landscape, 0, false});

    auto tablePages = [](const Layout& layout) {
        return std::count_if(layout.pages.cbegin(), layout.pages.cend(),
                             [](const Page& p) { return !p.charts; });
    };
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        std::optional<Layout> layout =
            tryLayout(candidates[i].orientation, candidates[i].points, candidates[i].comfortable);
        if (!layout)
            continue;
        // A table that spills onto a second page by a few rows is better a little tighter on one page: rows
        // a little lower first, then a little smaller (not below 8 points).
        if (tablePages(*layout) > 1) {
            if (auto one = tryLayout(candidates[i].orientation, candidates[i].points,
                                     candidates[i].comfortable, true);
                one && tablePages(*one) == 1)
                return *one;
            for (qsizetype j = i + 1; j < candidates.size(); ++j) {
                const Candidate& smaller = candidates[j];
                if (smaller.orientation != candidates[i].orientation || smaller.points < 8 ||
                    smaller.points >= candidates[i].points)
                    continue;
                for (const bool tight : {false, true}) {
                    if (auto one = tryLayout(smaller.orientation, smaller.points, false, tight);
                        one && tablePages(*one) == 1)
                        return *one;
                }
            }
        }
        return *layout;
    }
    return *tryLayout(QPageLayout::Landscape, 0, false);
}

void ReportDocument::paginate(Layout& layout) const
{
    const qreal content = layout.size.height() - kFooterReserve;
    const qreal tableHeader = layout.headerHeight + layout.indexHeight;
    const qsizetype count = layout.rowHeights.size(); // rows and the total
    auto rowsHeight = [&](qsizetype from, qsizetype to) {
        qreal sum = 0;
        for (qsizetype i = from; i < to; ++i)
            sum += layout.rowHeights[i];
        return sum;
    };

    layout.pages.clear();
    qsizetype next = 0;
    bool first = true;
    while (next < count) {
        const qreal available = content - (first ? layout.headingHeight : 0) - tableHeader;
        const qsizetype start = next;
        qreal used = 0;
        while (next < count && (next == start || used + layout.rowHeights[next] <= available)) {
            used += layout.rowHeights[next];
            ++next;
        }
        Page page;
        page.firstRow = start;
        page.endRow = next;
        page.heading = first;
        layout.pages.append(page);
        first = false;
    }

    // The totals row never stands alone: it keeps at least three rows of the table with it (all of them in a
    // shorter table), taken from the page before when need be.
    const qsizetype dataRows = count - 1;
    const qsizetype keep = std::min<qsizetype>(3, dataRows);
    auto pageHeight = [&](const Page& page, bool closing) {
        return (page.heading ? layout.headingHeight : 0) +
               (page.endRow > page.firstRow ? tableHeader + rowsHeight(page.firstRow, page.endRow) : 0) +
               (closing ? layout.closingHeight : 0);
    };
    if (layout.pages.size() > 1) {
        Page& last = layout.pages.last();
        Page& before = layout.pages[layout.pages.size() - 2];
        const qsizetype withTotal = last.endRow - last.firstRow - 1; // the table's rows beside the total
        const qsizetype move = std::min(keep - withTotal, before.endRow - before.firstRow - 1);
        if (move > 0) {
            before.endRow -= move;
            last.firstRow -= move;
        }
    }
    // The closing block (totals in words, date line, signatures) goes whole under the totals row; when it
    // does not fit there, the totals row and its last rows go with it to a new page.
    Page& last = layout.pages.last();
    if (pageHeight(last, true) <= content) {
        last.closing = true;
    } else {
        Page closing;
        closing.closing = true;
        closing.endRow = last.endRow;
        closing.firstRow = std::max(last.firstRow, last.endRow - (keep + 1));
        // Only a page too short for three rows and the closing block takes the closing block alone.
        if (pageHeight(closing, true) > content)
            closing.firstRow = closing.endRow = count;
        last.endRow = std::min(last.endRow, closing.firstRow);
        if (last.endRow == last.firstRow && !last.heading)
            layout.pages.removeLast();
        layout.pages.append(closing);
    }
    if (m_chartTables) {
        Page charts;
        charts.firstRow = charts.endRow = count;
        charts.charts = true;
        layout.pages.append(charts);
    }
}

QPageLayout ReportDocument::pageLayout() const
{
    // The page header's band comes out of the top margin: the content stays where it is on the paper.
    return a4(layout().orientation, hasPageHeader() ? kMarkBandMillimetres : 0);
}

int ReportDocument::pageCount() const
{
    return static_cast<int>(layout().pages.size());
}

// ---- Painting
// -------------------------------------------------------------------------------------------------

qreal ReportDocument::pageHeaderHeight() const
{
    if (!hasPageHeader())
        return 0;
    // What the band moves the paintable area's top by on the device: Qt places it at whole points.
    const QPageLayout::Orientation orientation = layout().orientation;
    return static_cast<qreal>(a4(orientation).marginsPoints().top() - pageLayout().marginsPoints().top()) *
           kUnits;
}

void ReportDocument::paintPageHeader(QPainter& painter, const Layout& layout) const
{
    const QFont bold = font(kMarkPoints, true);
    if (m_demonstration)
        PagePainter::paintDemonstrationHeader(painter, layout.size.width(), m_options.language);
    if (!isProvisional())
        return;
    // Boxed at the top right, like the mark of a draft on an administrative document.
    const QString mark = ReportText::provisionalMark(m_options.language);
    const qreal width = textWidth(bold, mark) + 2 * kMarkPadding;
    const qreal height = lineHeight(bold) + 2 * kMarkPadding;
    const QRectF box(layout.size.width() - width, 0, width, height);
    painter.setPen(QPen(kMarkColour, kThinLine * 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
    drawText(painter, bold, box, Qt::AlignCenter, mark);
    painter.setPen(Qt::black);
}

qreal ReportDocument::paintPeriod(QPainter* painter, qreal top, qreal width, qreal points) const
{
    const QFont periodFont = font(points, true, true);
    const QString period = ReportText::period(m_table, m_options.language);
    if (!isProvisional())
        return textBlock(painter, periodFont, 0, top, width, period, Qt::AlignHCenter);

    // `Tháng 08 năm 2023 – SỐ LIỆU TẠM TÍNH`, the mark upright in red, the whole line centred; on a line of
    // its own under the period when both do not fit on one.
    const QFont markFont = font(points, true);
    const QString mark = ReportText::provisionalMark(m_options.language);
    const QString dash = QStringLiteral("–");
    const qreal gap = mm(1.5);
    const qreal periodWidth = textWidth(periodFont, period);
    const qreal dashWidth = textWidth(periodFont, dash);
    const qreal markWidth = textWidth(markFont, mark);
    const qreal lineWidth = periodWidth + gap + dashWidth + gap + markWidth;
    if (lineWidth > width) {
        qreal height = textBlock(painter, periodFont, 0, top, width, period, Qt::AlignHCenter);
        if (painter)
            painter->setPen(kMarkColour);
        height += textBlock(painter, markFont, 0, top + height, width, mark, Qt::AlignHCenter);
        if (painter)
            painter->setPen(Qt::black);
        return height;
    }
    const qreal height = std::max(lineHeight(periodFont), lineHeight(markFont));
    if (painter) {
        qreal x = (width - lineWidth) / 2;
        const int flags = Qt::AlignLeft | Qt::AlignVCenter;
        painter->setPen(Qt::black);
        drawText(*painter, periodFont, QRectF(x, top, periodWidth, height), flags, period);
        x += periodWidth + gap;
        drawText(*painter, periodFont, QRectF(x, top, dashWidth, height), flags, dash);
        x += dashWidth + gap;
        painter->setPen(kMarkColour);
        drawText(*painter, markFont, QRectF(x, top, markWidth, height), flags, mark);
        painter->setPen(Qt::black);
    }
    return height;
}

qreal ReportDocument::paintHeading(QPainter* painter, qreal width) const
{
    const Language language = m_options.language;
    const qreal top = PagePainter::paintLetterhead(painter, width, language, m_settings.office(language));

    // The title, the breakdown of an ageing table, the period, the scope and the unit.
    qreal y = top + mm(6);
    y += textBlock(painter, font(13, true), 0, y, width,
                   ReportText::title(m_table.kind, m_table.by, language), Qt::AlignHCenter);
    if (const QString sub = ReportText::subtitle(m_table.kind, m_table.by, language); !sub.isEmpty())
        y += mm(0.5) +
             textBlock(painter, font(10.5, false, true), 0, y + mm(0.5), width, sub, Qt::AlignHCenter);
    y += mm(1) + paintPeriod(painter, y + mm(1), width, 11);
    if (!m_scope.isEmpty())
        y += mm(0.5) + textBlock(painter, font(10, false, true), 0, y + mm(0.5), width,
                                 ReportText::scopeLabel(language) + m_scope, Qt::AlignHCenter);
    y += paintDemonstrationLine(painter, y, width);
    y += mm(3);
    y += textBlock(painter, font(9, false, true), 0, y, width, ReportText::unitLine(m_options.unit, language),
                   Qt::AlignRight);
    return y + mm(1);
}

qreal ReportDocument::paintClosing(QPainter* painter, qreal top, qreal width) const
{
    const Language language = m_options.language;
    qreal y = top + mm(1.5);
    // The notes on the table, right under it.
    for (const QString& note : notes())
        y += textBlock(painter, font(8.5, false, true), 0, y, width, QStringLiteral("(*) ") + note,
                       Qt::AlignLeft);
    y += mm(1.5);
    if (m_table.kind == ReportTable::Kind::Summary) {
        const Money total = m_table.total.figures.outstandingEnd;
        y += textBlock(painter, font(9.5), 0, y, width, ReportText::totalOutstandingLine(total, language),
                       Qt::AlignLeft);
        y += mm(0.5);
        y += textBlock(painter, font(9.5, false, true), 0, y, width, ReportText::inWordsLine(total, language),
                       Qt::AlignLeft);
    }
    y += mm(3);
    // Three columns: the preparer, the controller, the director; the place and date over the director.
    const qreal column = width / 3;
    y += textBlock(painter, font(10, false, true), 2 * column, y, column,
                   ReportText::placeAndDate(m_settings.placeName(), m_date, language), Qt::AlignHCenter);
    y += mm(1);
    const ReportText::Signatory signatories[] = {
        ReportText::Signatory::Preparer, ReportText::Signatory::Controller, ReportText::Signatory::Director};
    const QString names[] = {m_settings.preparerName, m_settings.controllerName, m_settings.directorName};
    qreal titles = 0;
    qreal hints = 0;
    for (int i = 0; i < 3; ++i) {
        titles = std::max(titles,
                          textBlock(painter, font(10, true), i * column, y, column,
                                    ReportText::signatoryTitle(signatories[i], language), Qt::AlignHCenter));
    }
    y += titles;
    for (int i = 0; i < 3; ++i) {
        hints =
            std::max(hints, textBlock(painter, font(9, false, true), i * column, y, column,
                                      ReportText::signatoryHint(signatories[i], language), Qt::AlignHCenter));
    }
    y += hints + mm(19);
    qreal nameHeight = lineHeight(font(10, true));
    for (int i = 0; i < 3; ++i) {
        if (!names[i].trimmed().isEmpty())
            nameHeight = std::max(nameHeight, textBlock(painter, font(10, true), i * column, y, column,
                                                        names[i].trimmed(), Qt::AlignHCenter));
    }
    return y + nameHeight - top;
}

qreal ReportDocument::paintTableHeader(QPainter& painter, const Layout& layout, qreal top) const
{
    const QFont bold = font(layout.fontPoints, true, false, true);
    const QFont index = font(layout.fontPoints - 1, false, true, true);
    const QStringList heads = headings();
    painter.setPen(QPen(Qt::black, kThinLine));
    qreal x = 0;
    for (qsizetype c = 0; c < heads.size(); ++c) {
        const qreal w = layout.widths[c];
        const QRectF cell(x, top, w, layout.headerHeight);
        painter.fillRect(cell, QColor(0xEE, 0xEE, 0xEE));
        painter.drawRect(cell);
        const QRectF inner =
            cell.adjusted(kCellPadding, kCellVerticalPadding, -kCellPadding, -kCellVerticalPadding);
        drawLines(painter, bold, inner, balancedLines(bold, inner.width(), heads[c]), Qt::AlignCenter);
        const QRectF number(x, top + layout.headerHeight, w, layout.indexHeight);
        painter.drawRect(number);
        drawText(painter, index, number, Qt::AlignCenter, indexLabel(c));
        x += w;
    }
    return top + layout.headerHeight + layout.indexHeight;
}

qreal ReportDocument::paintRow(QPainter& painter, const Layout& layout, qsizetype index, qreal top) const
{
    const bool total = index == m_table.rows.size();
    const ReportRow& row = total ? m_table.total : m_table.rows[index];
    const QList<Column> cols = columns();
    const qreal height = layout.rowHeights[index];
    painter.setPen(QPen(Qt::black, kThinLine));
    const QFont text = font(layout.fontPoints, total, false, true);
    auto inner = [](const QRectF& cell) {
        return cell.adjusted(kCellPadding, kCellVerticalPadding, -kCellPadding, -kCellVerticalPadding);
    };

    qreal x = 0;
    if (total) {
        // "Tổng cộng" across STT, key and name.
        qreal merged = layout.widths[0];
        qsizetype c = 0;
        while (c < cols.size() && !isFigure(cols[c]))
            merged += layout.widths[++c];
        const QRectF cell(0, top, merged, height);
        painter.drawRect(cell);
        drawText(painter, text, inner(cell), Qt::AlignCenter, ReportText::totalLabel(m_options.language));
        x = merged;
        for (++c; c <= cols.size(); ++c) {
            const QRectF figure(x, top, layout.widths[c], height);
            painter.drawRect(figure);
            drawText(painter, text, inner(figure), Qt::AlignRight | Qt::AlignVCenter,
                     cellText(row, cols[c - 1], true));
            x += layout.widths[c];
        }
        return top + height;
    }

    const QRectF serial(0, top, layout.widths[0], height);
    painter.drawRect(serial);
    drawText(painter, text, inner(serial), Qt::AlignCenter, QString::number(index + 1));
    x = layout.widths[0];
    for (qsizetype c = 0; c < cols.size(); ++c) {
        const qreal w = layout.widths[c + 1];
        const QRectF cell(x, top, w, height);
        painter.drawRect(cell);
        const Column column = cols[c];
        if (column == Column::Name) {
            const QRectF area = inner(cell);
            drawLines(painter, text, area, wrapLines(text, area.width(), row.name),
                      Qt::AlignLeft | Qt::AlignVCenter);
        } else {
            drawText(painter, text, inner(cell),
                     (isFigure(column) ? Qt::AlignRight : Qt::AlignHCenter) | Qt::AlignVCenter,
                     cellText(row, column));
        }
        x += w;
    }
    return top + height;
}

void ReportDocument::paintCharts(QPainter& painter, const Layout& layout) const
{
    const Language language = m_options.language;
    const qreal width = layout.size.width();
    painter.setPen(Qt::black);
    qreal y = textBlock(&painter, font(12, true), 0, 0, width, ReportText::chartsPageTitle(language),
                        Qt::AlignHCenter);
    y += mm(0.5) + paintPeriod(&painter, y + mm(0.5), width, 10.5);
    if (!m_scope.isEmpty())
        y += textBlock(&painter, font(10, false, true), 0, y, width,
                       ReportText::scopeLabel(language) + m_scope, Qt::AlignHCenter);
    y += paintDemonstrationLine(&painter, y, width);
    y += mm(4);

    const auto programs = ReportChart::outstandingByProgram(m_chartTables->first, m_options);
    const auto communes = ReportChart::overdueByCommune(m_chartTables->second, m_options);
    const qreal available = layout.size.height() - kFooterReserve - y;
    // Each chart as tall as its bars need: its title and axis, then up to 7 mm a bar, less when the page is
    // short.
    const auto programBars = static_cast<qreal>(std::max<qsizetype>(1, programs->categories().size()));
    const auto communeBars = static_cast<qreal>(std::max<qsizetype>(1, communes->categories().size()));
    const qreal chrome = mm(24);
    const qreal perBar = std::clamp((available - 2 * chrome) / (programBars + communeBars), mm(3), mm(7));
    const qreal programHeight = chrome + programBars * perBar;
    const qreal communeHeight = chrome + communeBars * perBar;
    const struct
    {
        const ReportChart* chart;
        QString title;
        qreal height;
    } parts[] = {
        {programs.get(), ReportText::outstandingByProgramTitle(m_options.unit, language), programHeight},
        {communes.get(), ReportText::overdueByCommuneTitle(m_options.unit, language), communeHeight}};
    for (const auto& part : parts) {
        const qreal titleHeight =
            textBlock(&painter, font(10, true), 0, y, width, part.title, Qt::AlignLeft) + mm(1.5);
        const QRectF target(0, y + titleHeight, width, part.height - titleHeight - mm(4));
        part.chart->render(painter, target, kUnits);
        y += part.height;
    }
}

qreal ReportDocument::paintDemonstrationLine(QPainter* painter, qreal top, qreal width) const
{
    if (!m_demonstration)
        return 0;
    if (painter)
        painter->setPen(kMarkColour);
    const qreal height =
        mm(0.5) + textBlock(painter, font(10.5, true, true), 0, top + mm(0.5), width,
                            ReportText::demonstrationLine(m_options.language), Qt::AlignHCenter);
    if (painter)
        painter->setPen(Qt::black);
    return height;
}

void ReportDocument::paintWatermark(QPainter& painter, const Layout& layout) const
{
    PagePainter::paintWatermark(
        painter, QSizeF(layout.size.width(), layout.size.height() + pageHeaderHeight()), m_options.language);
}

void ReportDocument::paintFooter(QPainter& painter, const Layout& layout, int page, int pages) const
{
    PagePainter::paintPageNumber(painter, layout.size, page, pages, m_options.language);
}

int ReportDocument::paint(QPagedPaintDevice& device) const
{
    const Layout& layout = this->layout();
    device.setPageLayout(pageLayout());
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // Layout units (tenths of a point) to device pixels.
    const qreal scale = static_cast<qreal>(device.logicalDpiX()) / (72.0 * kUnits);
    const auto pages = static_cast<int>(layout.pages.size());
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device.newPage();
        painter.resetTransform();
        painter.scale(scale, scale);
        // The page header, then the page in the room the layout was made for.
        paintPageHeader(painter, layout);
        painter.translate(0, pageHeaderHeight());
        const Page& page = layout.pages[p];
        qreal y = 0;
        if (page.heading)
            y = paintHeading(&painter, layout.size.width());
        if (page.endRow > page.firstRow) {
            y = paintTableHeader(painter, layout, y);
            for (qsizetype row = page.firstRow; row < page.endRow; ++row)
                y = paintRow(painter, layout, row, y);
        }
        if (page.closing)
            paintClosing(&painter, y, layout.size.width());
        if (page.charts)
            paintCharts(painter, layout);
        paintFooter(painter, layout, p + 1, pages);
        if (m_demonstration) {
            painter.translate(0, -pageHeaderHeight());
            paintWatermark(painter, layout);
        }
    }
    painter.end();
    return pages;
}

Status ReportDocument::writePdf(const QString& path) const
{
    // A viewer shows the title in its window: a provisional report says so there too.
    const QString shown =
        isProvisional()
            ? title() + QStringLiteral(" (%1)").arg(ReportText::provisionalMark(m_options.language))
            : title();
    return PagePainter::writePdf(path, shown, [this](QPagedPaintDevice& device) { return paint(device); });
}
