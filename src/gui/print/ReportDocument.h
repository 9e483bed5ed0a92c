#pragma once

#include "Result.h"
#include "common/DisplayOptions.h"
#include "print/ReportSettings.h"
#include "report/ReportTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
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

    [[nodiscard]] const ReportTable& table() const { return m_table; }
    [[nodiscard]] const DisplayOptions& options() const { return m_options; }
    [[nodiscard]] const ReportSettings& settings() const { return m_settings; }
    [[nodiscard]] QDate date() const { return m_date; }
    [[nodiscard]] const QString& scope() const { return m_scope; }
    [[nodiscard]] bool hasChartPage() const { return m_chartTables.has_value(); }
    /// Whether the report's month is not closed (domain.md §8): then every page says "SỐ LIỆU TẠM TÍNH"
    /// in its header, and the period under the title of page 1 and of the chart page is followed by it.
    [[nodiscard]] bool isProvisional() const { return !m_table.closed; }

    /// `Tổng hợp theo chương trình - Tháng 08 năm 2023`: the window title of the preview and the PDF's title.
    [[nodiscard]] QString title() const;
    /// A file name without folder or extension: `bao-cao-2023-08-program`.
    [[nodiscard]] QString suggestedFileName() const;

    /// The printed columns: STT, then the table's columns (key, name, figures).
    [[nodiscard]] QStringList headings() const;
    /// The text of a cell as printed and as shown on screen (`586.123,46`, `0,36`); the total row's name is
    /// "Tổng cộng".
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
    [[nodiscard]] std::optional<Layout> tryLayout(QPageLayout::Orientation orientation, qreal points,
                                                  bool comfortable) const;
    /// Sizes the table's columns for @p width at @p fontPoints; false when it does not fit (@p comfortable:
    /// with every name on one line).
    [[nodiscard]] bool fitTable(Layout& layout, qreal width, qreal fontPoints, bool comfortable) const;
    void paginate(Layout& layout) const;
    [[nodiscard]] QList<Column> columns() const;

    /// The height of the page header above the content, taken from the top margin (0 for a closed month).
    [[nodiscard]] qreal pageHeaderHeight() const;
    /// The page header: the provisional mark, boxed at the top right (nothing for a closed month).
    void paintPageHeader(QPainter& painter, const Layout& layout) const;
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
    std::optional<std::pair<ReportTable, ReportTable>> m_chartTables;
    mutable std::optional<Layout> m_layout;
};
