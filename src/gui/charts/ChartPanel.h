#pragma once

#include "common/DisplayOptions.h"

#include <QChartView>

class QGraphicsSimpleTextItem;
class QMenu;

/// The frame of every dashboard chart: a chart view with antialiasing, the common style, and a message shown
/// in place of the chart when there is nothing to draw ("No overdue debt"). Its context menu saves the chart
/// as PNG or PDF or prints it (PageExport), with a title line of the office, the chart and the month. A
/// tooltip it shows goes away when the chart is hidden (another page opened).
class ChartPanel : public QChartView
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget* parent = nullptr);

    /// Removes every series and axis and applies the style of @p options.
    void reset(const DisplayOptions& options);
    /// Shows @p message in the middle of the chart (empty: none).
    void setMessage(const QString& message);
    /// The chart's title, at the top left (Qt Charts centres its own over the plot area, which a wide margin
    /// for names pushes aside).
    void setTitle(const QString& title);
    [[nodiscard]] QString title() const;
    /// The office and the month written above the chart when it is saved as PDF or printed.
    void setPageContext(const QString& office, const QString& month);
    /// The context menu: Save as PNG…, Save as PDF…, Print… (the caller owns it).
    [[nodiscard]] QMenu* createExportMenu();
    /// What the menu's actions do (the file or printer is asked through PageExport). True when written.
    bool saveAsPng();
    bool saveAsPdf();
    bool printChart();
    /// Shows @p text as this chart's tooltip at the pointer (hidden again with the chart).
    void showToolTip(const QString& text);
    /// The height the chart keeps at least; it grows beyond it when its rows need more (requireHeight()).
    void setBaseHeight(int pixels);
    /// Whether the chart may grow taller than its base height for names on two lines (in a page that scrolls,
    /// as the dashboard); otherwise names take two lines only when the rows have room for them.
    void setMayGrow(bool mayGrow) { m_mayGrow = mayGrow; }
    [[nodiscard]] bool mayGrow() const { return m_mayGrow; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    /// Makes the chart at least @p pixels high (never lower than the base height).
    void requireHeight(int pixels);
    /// Whether the chart is being resized by requireHeight() (a resize that must not rebuild it).
    [[nodiscard]] bool growing() const { return m_growing; }

private:
    void placeMessage();
    [[nodiscard]] QString fileStem() const;

    DisplayOptions m_options;
    QString m_office;
    QString m_month;
    bool m_showsToolTip = false;

    int m_baseHeight = 220;
    bool m_mayGrow = false;
    bool m_growing = false;
    QString m_messageText;
    QGraphicsSimpleTextItem* m_message = nullptr;
    QGraphicsSimpleTextItem* m_title = nullptr;
};
