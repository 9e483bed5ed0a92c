#pragma once

#include "Result.h"
#include "common/DisplayOptions.h"
#include "print/ReportSettings.h"
#include "report/CollectionSheet.h"

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>
#include <QSizeF>
#include <QStringList>

#include <optional>

class QPagedPaintDevice;
class QPainter;

/// The collection list of a commune's transaction day (danh sách thu nợ, thu lãi, tiền gửi tiết kiệm),
/// printed before the day and filled in by hand at the commune's transaction point: for each group, on pages
/// of its own (A4 landscape), a table of its members — No., member, loan, outstanding, interest due,
/// principal due, savings balance, then blank columns for the principal, interest and savings collected and
/// the member's signature — with the group's totals and the signatures of the group leader (Tổ trưởng) and
/// the credit officer (Cán bộ tín dụng). Page 1 of each group carries the bank's letterhead, the title, the
/// commune, the group and its leader, and the day.
///
/// One paint path with the printed summary (ReportDocument): the same page machinery (PagePainter: A4 and
/// its margins, the font, text measured in layout units, the letterhead, `Trang X/Y`, the demonstration
/// watermark); print preview, printing and Save PDF all call paint(). The figures come from the
/// CollectionSheet (CollectionSheetBuilder), formatted by DisplayOptions in đồng; the texts are in the
/// options' language, like the summary's.
class CollectionListDocument
{
    Q_DECLARE_TR_FUNCTIONS(CollectionListDocument)

public:
    CollectionListDocument(CollectionSheet sheet, DisplayOptions options, ReportSettings settings);

    /// Whether the figures are demonstration data (default: the settings' mark): every page watermarked.
    void setDemonstration(bool demonstration);
    [[nodiscard]] bool isDemonstration() const { return m_demonstration; }
    [[nodiscard]] const CollectionSheet& sheet() const { return m_sheet; }

    /// `Danh sách thu nợ, thu lãi, tiền gửi tiết kiệm - Phường Đồng Văn - 31/08/2023`.
    [[nodiscard]] QString title() const;
    /// `danh-sach-thu-13321-2023-08-31`.
    [[nodiscard]] QString suggestedFileName() const;
    /// The printed columns' headings.
    [[nodiscard]] QStringList headings() const;
    /// The signature captions under each group's table: the group leader, the credit officer.
    [[nodiscard]] QStringList signatureCaptions() const;

    /// A4 landscape with the report's margins.
    [[nodiscard]] QPageLayout pageLayout() const;
    [[nodiscard]] int pageCount() const;
    /// Paints every page on @p device; returns the number of pages, 0 when it could not paint.
    int paint(QPagedPaintDevice& device) const;
    /// Writes the document as a PDF file (fonts embedded).
    Status writePdf(const QString& path) const;

private:
    /// One printed line of a group's table: a member's loan (or a member with savings only), or the total.
    struct Line
    {
        int member = -1; ///< -1: the group's total
        int loan = -1;   ///< -1: no loan
        bool firstOfMember = false;
        int serial = 0; ///< the member's number in the group, on their first line
    };
    struct Page
    {
        int group = -1;          ///< index in the sheet; -1: a commune with no member to collect from
        qsizetype firstLine = 0; ///< lines [firstLine, endLine) of the group
        qsizetype endLine = 0;
        bool heading = false; ///< letterhead, title and the group's lines (a group's first page)
        bool closing = false; ///< the signatures
    };
    struct Layout
    {
        QSizeF size; ///< the paintable area in layout units
        QList<qreal> widths;
        qreal headerHeight = 0;
        QList<QList<qreal>> lineHeights; ///< per group, per line
        QList<qreal> headingHeights;     ///< per group
        qreal closingHeight = 0;
        QList<Page> pages;
    };

    [[nodiscard]] QList<Line> linesOf(int group) const;
    [[nodiscard]] const Layout& layout() const;
    [[nodiscard]] Layout computeLayout() const;
    [[nodiscard]] QString cellText(int group, const Line& line, int column) const;
    [[nodiscard]] qreal lineHeight(int group, const Line& line, const QList<qreal>& widths) const;

    qreal paintHeading(QPainter* painter, int group, qreal width) const;
    qreal paintTableHeader(QPainter& painter, const Layout& layout, qreal top) const;
    qreal paintLine(QPainter& painter, const Layout& layout, int group, const Line& line, qreal height,
                    qreal top) const;
    qreal paintClosing(QPainter* painter, int group, qreal top, qreal width) const;

    CollectionSheet m_sheet;
    DisplayOptions m_options;
    ReportSettings m_settings;
    bool m_demonstration = false;
    mutable std::optional<Layout> m_layout;
};
