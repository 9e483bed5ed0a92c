#pragma once

#include <QFont>
#include <QList>
#include <QStringList>

class QAbstractSeries;
class QChart;
class QGraphicsSimpleTextItem;

/// The names beside the bars of a horizontal bar chart, drawn by LoanDesk rather than by the category axis:
/// Qt Charts shortens every axis label to "..." when the rows are low, while these stay readable. A name too
/// wide for one line is broken between words onto two (only a name too long even for two is shortened with an
/// ellipsis, its full text in the label's tooltip). The owner leaves room for them with the chart's left
/// margin and gives each row the height of lineCount() lines.
class CategoryLabels
{
public:
    explicit CategoryLabels(QChart* chart);
    ~CategoryLabels();
    CategoryLabels(const CategoryLabels&) = delete;
    CategoryLabels& operator=(const CategoryLabels&) = delete;

    /// @p names in category order (bottom first, as Qt Charts counts), each at most @p maxWidth pixels wide.
    /// A name too wide takes a second line only when @p maxLines is 2.
    void set(const QStringList& names, QAbstractSeries* series, int maxWidth, const QFont& font,
             int maxLines = 2);
    void clear();
    /// Puts each name beside its bar; call when the plot area changes.
    void place();
    /// The widest name, in pixels.
    [[nodiscard]] int width() const { return m_width; }
    /// 2 when a name takes two lines, else 1.
    [[nodiscard]] int lineCount() const { return m_lines; }
    /// The height a row needs for its name (@p lines lines of @p font).
    [[nodiscard]] static int rowHeight(const QFont& font, int lines);
    /// The labels, in category order (for tests).
    [[nodiscard]] const QList<QGraphicsSimpleTextItem*>& items() const { return m_items; }

private:
    QChart* m_chart;
    QAbstractSeries* m_series = nullptr;
    QList<QGraphicsSimpleTextItem*> m_items;
    int m_width = 0;
    int m_lines = 1;
};
