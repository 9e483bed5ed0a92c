#pragma once

#include <QFont>
#include <QList>
#include <QStringList>

class QAbstractSeries;
class QChart;
class QGraphicsSimpleTextItem;

/// The names beside the bars of a horizontal bar chart, drawn by LoanDesk rather than by the category axis:
/// Qt Charts shortens every axis label to "..." when the rows are low, while these stay readable (shortened
/// with an ellipsis only when too wide). The owner leaves room for them with the chart's left margin.
class CategoryLabels
{
public:
    explicit CategoryLabels(QChart* chart);
    ~CategoryLabels();
    CategoryLabels(const CategoryLabels&) = delete;
    CategoryLabels& operator=(const CategoryLabels&) = delete;

    /// @p names in category order (bottom first, as Qt Charts counts), each at most @p maxWidth pixels wide.
    void set(const QStringList& names, QAbstractSeries* series, int maxWidth, const QFont& font);
    void clear();
    /// Puts each name beside its bar; call when the plot area changes.
    void place();
    /// The widest name, in pixels.
    [[nodiscard]] int width() const { return m_width; }

private:
    QChart* m_chart;
    QAbstractSeries* m_series = nullptr;
    QList<QGraphicsSimpleTextItem*> m_items;
    int m_width = 0;
};
