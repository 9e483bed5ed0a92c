#pragma once

#include "common/DisplayOptions.h"

#include <QChartView>

class QGraphicsSimpleTextItem;

/// The frame of every dashboard chart: a chart view with antialiasing, the common style, and a message shown
/// in place of the chart when there is nothing to draw ("No overdue debt").
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

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void placeMessage();

    QString m_messageText;
    QGraphicsSimpleTextItem* m_message = nullptr;
    QGraphicsSimpleTextItem* m_title = nullptr;
};
