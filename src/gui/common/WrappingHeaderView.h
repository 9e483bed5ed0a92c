#pragma once

#include <QHash>
#include <QHeaderView>

class QTableView;

/// The column header of LoanDesk's summary tables, made for an office laptop's 1366 pixels: every column is
/// as wide as its figures and its title; when the columns do not all fit the table's width, the titles break
/// onto two lines between words (the numbers are narrower than their titles) and the name column gives up
/// width down to a minimum. What still does not fit scrolls horizontally. A title is never cut.
class WrappingHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    /// Becomes the horizontal header of @p table.
    explicit WrappingHeaderView(QTableView* table);

    /// The name column, which may be narrowed from @p maximum down to @p minimum pixels (its cells are then
    /// shortened with an ellipsis); -1 for none.
    void setKeyColumn(int column, int maximum, int minimum);
    /// Column @p column is never wider than @p maximum pixels (nor narrower than its title); its cells are
    /// shortened with an ellipsis.
    void setColumnMaximum(int column, int maximum) { m_maxima.insert(column, maximum); }
    /// Measures the columns' contents again (after the table's data changed) and lays the columns out.
    void fitColumns();
    /// Whether the titles are on two lines now.
    [[nodiscard]] bool isWrapping() const { return m_wrapping; }
    /// The width the title of @p logical needs as shown now (one line, or the best split over two), padding
    /// and sort indicator included.
    [[nodiscard]] int titleWidth(int logical) const;
    /// The title of @p logical as drawn: its lines, the widest broken in two between words when wrapping.
    [[nodiscard]] QString titleText(int logical) const;

protected:
    QSize sectionSizeFromContents(int logical) const override;
    void paintSection(QPainter* painter, const QRect& rect, int logical) const override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Chooses one or two lines and sets the widths for the table's current width.
    void apply();
    [[nodiscard]] int titleWidth(int logical, bool wrapping) const;
    /// Whether the title of @p logical is on two lines now.
    [[nodiscard]] bool wraps(int logical) const;
    /// QHeaderView's size of the title on its own lines, with room for a sort arrow in the sorted column
    /// only.
    [[nodiscard]] QSize plainSize(int logical) const;
    void setWrapping(bool wrapping);

    QTableView* m_table;
    QList<int> m_contents; ///< the widest cell of each column
    QHash<int, int> m_maxima;
    bool m_wrapping = false;
    bool m_applying = false;
    int m_key = -1;
    int m_keyMaximum = 340;
    int m_keyMinimum = 160;
    int m_appliedWidth = -1;
};
