#pragma once

#include "Result.h"
#include "common/DisplayOptions.h"
#include "print/ReportSettings.h"
#include "report/Footing.h"
#include "report/ReportTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QHash>
#include <QPageLayout>
#include <QSizeF>
#include <QStringList>

#include <optional>

class Database;
class QPagedPaintDevice;
class QPainter;

/// Which report of which month: the choice made in the Reports view or on the command line.
struct ReportRequest
{
    ReportTable::Kind kind = ReportTable::Kind::Summary;
    Breakdown by = Breakdown::Program;
    YearMonth month;        ///< the summary's month; an ageing table is taken at its last day
    PortfolioFilter filter; ///< a commune and/or an organisation, or the whole office
    QDate asOf; ///< an ageing table's day (`loandesk-cli ageing --as-of`); invalid: the month's last day

    bool operator==(const ReportRequest&) const = default;
};

/// The printed monthly report in the bank's layout, built from the report core's tables.
///
/// One paint path: print preview, printing, Save PDF and `loandesk-cli summary --format pdf` all call
/// paint(), which draws every page on any QPagedPaintDevice (QPrinter, QPdfWriter). The layout is computed in
/// tenths of a typographic point, independent of the device's resolution, so the preview, the paper and the
/// PDF break their pages at the same rows. Every figure is formatted by DisplayOptions, exactly as the screen
/// shows it.
///
/// Pages: A4, landscape when the table is too wide for portrait. Page 1 carries the bank and the office (top
/// left) and the state and its motto (top right), the title, the period and the unit; then the table, its
/// header repeated on every page, a bold totals row, the total outstanding in figures and in words, the place
/// and date line and the three signatures. A summary ends with a page of charts (outstanding by program,
/// overdue by commune) drawn as vectors. Every page has its number, `Trang X/Y`. A report of a month that is
/// not closed is provisional and says so on every page: "SỐ LIỆU TẠM TÍNH" boxed in the page header (a band
/// taken from the top margin, so the pages break where they will once the month is closed), and in bold
/// beside the period under the title of page 1 and of the chart page.
///
/// The rows are in the bank's order (ReportOrder: programs as in the catalogue, organisations HPN, HND, CCB,
/// DTN, then direct lending), not the CSV's. In a unit other than đồng every amount column is footed
/// (Footing: the printed rows add up exactly to the printed total), which a note under the table says; a
/// table whose borrowers add up to more than its total says why. A table that nearly fits a page is set a
/// little tighter to end on it; otherwise its totals row keeps at least three rows with it and the closing
/// block (totals in words, date line, signatures) is never split from the totals row. A report made from
/// demonstration data (setDemonstration) carries a light diagonal watermark "DỮ LIỆU MẪU" on every page and
/// "Dữ liệu mẫu — không phải số liệu thật" at the top of every page and under the title.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    ReportDocument(ReportTable table, DisplayOptions options, ReportSettings settings);

    /// Builds the document of @p request from @p database: the table in the options' language, the tables of
    /// the chart page (for a summary) and the scope line of a filtered report. The date line says today.
    static Result<ReportDocument> build(Database& database, const ReportRequest& request,
                                        const DisplayOptions& options, const ReportSettings& settings);

    /// The tables the chart page is drawn from (a summary by program and one by commune of the same month).
    /// Without them the document has no chart page.
    void setChartTables(ReportTable byProgram, ReportTable byCommune);
    /// The commune / organisation a filtered report is restricted to (printed under the period).
    void setScope(const QString& scope);
    /// The date of the place and date line (default: today).
    void setDate(const QDate& date);
    /// Whether the figures are demonstration data (default false): then every page is watermarked "DỮ LIỆU
    /// MẪU" and says "Dữ liệu mẫu — không phải số liệu thật" under the title and in its page header. The
    /// caller knows where the data come from; the document never guesses.
    void setDemonstration(bool demonstration);

    [[nodiscard]] const ReportTable& table() const { return m_table; }
    [[nodiscard]] const DisplayOptions& options() const { return m_options; }
    [[nodiscard]] const ReportSettings& settings() const { return m_settings; }
    [[nodiscard]] QDate date() const { return m_date; }
    [[nodiscard]] const QString& scope() const { return m_scope; }
    [[nodiscard]] bool hasChartPage() const { return m_chartTables.has_value(); }
    /// Whether the report's month is not closed (domain.md §8): then every page says "SỐ LIỆU TẠM TÍNH"
    /// in its header, and the period under the title of page 1 and of the chart page is followed by it.
    [[nodiscard]] bool isProvisional() const { return !m_table.closed; }
    [[nodiscard]] bool isDemonstration() const { return m_demonstration; }
    /// The notes printed under the table: that amounts in a unit are footed, that a household is counted
    /// once in the total of borrowers.
    [[nodiscard]] QStringList notes() const;

    /// `Tổng hợp theo chương trình - Tháng 08 năm 2023`: the window title of the preview and the PDF's title.
    [[nodiscard]] QString title() const;
    /// A file name without folder or extension: `bao-cao-2023-08-program`.
    [[nodiscard]] QString suggestedFileName() const;

    /// The printed columns: STT, then the table's columns (key, name, figures).
    [[nodiscard]] QStringList headings() const;
    /// The table's columns as printed (printedColumnsOf: an ageing table with its totals).
    [[nodiscard]] QList<Column> columns() const;
    /// The text of a cell as printed and as shown on screen (`586.123,46`, `0,36`); the total row's name is
    /// "Tổng cộng". A row of table() prints its footed amount (what the rows add up to the total with).
    [[nodiscard]] QString cellText(const ReportRow& row, Column column, bool total = false) const;
    /// Whether a column holds figures (right-aligned).
    static bool isFigure(Column column);

    /// A4 in the orientation the table needs, with the report's margins (the top one narrower by the page
    /// header of a provisional report).
    [[nodiscard]] QPageLayout pageLayout() const;
    /// The number of pages paint() draws.
    [[nodiscard]] int pageCount() const;
    /// Paints every page on @p device (setting its page layout first); returns the number of pages, 0 when
    /// the device could not be painted on.
    int paint(QPagedPaintDevice& device) const;
    /// Writes the document as a PDF file (fonts embedded).
    Status writePdf(const QString& path) const;

    /// The report's font (DejaVu Sans, which covers Vietnamese) at @p points, in the layout's units.
    static QFont font(qreal points, bool bold = false, bool italic = false, bool condensed = false);
    /// The layout's units in one typographic point.
    static constexpr qreal kUnitsPerPoint = 10;

private:
    struct Page
    {
        qsizetype firstRow = 0; ///< rows [firstRow, endRow) of the table; the total row is index rows.size()
        qsizetype endRow = 0;
        bool heading = false; ///< the bank's heading and the title (page 1)
        bool closing = false; ///< totals in words, date line and signatures
        bool charts = false;  ///< the chart page
    };
    struct Layout
    {
        QPageLayout::Orientation orientation = QPageLayout::Landscape;
        QSizeF size; ///< the paintable area in layout units
        qreal fontPoints = 8.5;
        QList<qreal> widths; ///< per printed column
        qreal headerHeight = 0;
        qreal indexHeight = 0;
        QList<qreal> rowHeights; ///< the rows, then the total row
        qreal headingHeight = 0;
        qreal closingHeight = 0;
        QList<Page> pages;
    };

    /// The layout, computed once (it measures every cell at several sizes).
    [[nodiscard]] const Layout& layout() const;
    [[nodiscard]] Layout computeLayout() const;
    /// @p tight: rows a little lower (less padding above and below the text), to end a table on a page.
    [[nodiscard]] std::optional<Layout> tryLayout(QPageLayout::Orientation orientation, qreal points,
                                                  bool comfortable, bool tight = false) const;
    /// Sizes the table's columns for @p width at @p fontPoints; false when it does not fit (@p comfortable:
    /// with every name on one line).
    [[nodiscard]] bool fitTable(Layout& layout, qreal width, qreal fontPoints, bool comfortable,
                                qreal rowPadding) const;
    void paginate(Layout& layout) const;
    /// The cell of @p column in the row keyed @p key, footed; nothing for a row not in the table.
    [[nodiscard]] const Cell* footedCell(const QString& key, Column column) const;

    /// Whether the pages have a header band: a provisional report or one of demonstration data.
    [[nodiscard]] bool hasPageHeader() const { return isProvisional() || m_demonstration; }
    /// The height of the page header above the content, taken from the top margin (0 without one).
    [[nodiscard]] qreal pageHeaderHeight() const;
    /// The page header: the provisional mark, boxed at the top right, and the demonstration line at the top
    /// left (nothing for real figures of a closed month).
    void paintPageHeader(QPainter& painter, const Layout& layout) const;
    /// The demonstration watermark, diagonally across the page (drawn last, light and translucent).
    void paintWatermark(QPainter& painter, const Layout& layout) const;
    /// The demonstration line under a title at @p top, when there is a painter; returns its height (0 for
    /// real figures).
    qreal paintDemonstrationLine(QPainter* painter, qreal top, qreal width) const;
    /// The period line under a title at @p top, in bold italic of @p points, with the provisional mark
    /// after it for a month that is not closed; drawn when there is a painter; returns its height.
    qreal paintPeriod(QPainter* painter, qreal top, qreal width, qreal points) const;
    qreal paintHeading(QPainter* painter, qreal width) const;
    qreal paintClosing(QPainter* painter, qreal top, qreal width) const;
    qreal paintTableHeader(QPainter& painter, const Layout& layout, qreal top) const;
    qreal paintRow(QPainter& painter, const Layout& layout, qsizetype index, qreal top) const;
    void paintCharts(QPainter& painter, const Layout& layout) const;
    void paintFooter(QPainter& painter, const Layout& layout, int page, int pages) const;

    ReportTable m_table;
    DisplayOptions m_options;
    ReportSettings m_settings;
    QString m_scope;
    QDate m_date;
    bool m_demonstration = false;
    Footing::FootedCells m_cells;         ///< the printed cells of the rows, footed in the unit
    QHash<QString, qsizetype> m_rowIndex; ///< a row's key → its index in m_table.rows and m_cells.rows
    std::optional<std::pair<ReportTable, ReportTable>> m_chartTables;
    mutable std::optional<Layout> m_layout;
};
