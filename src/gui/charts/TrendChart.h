#pragma once

#include "ChartPanel.h"
#include "domain/Dates.h"
#include "report/Figures.h"

#include <QList>

/// Two years at a glance: outstanding at each month end (area, left axis, in the chosen unit) and the overdue
/// ratio (line, right axis, in percent).
class TrendChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit TrendChart(QWidget* parent = nullptr);

    void setTrend(const QList<std::pair<YearMonth, Figures>>& trend, const DisplayOptions& options);
    [[nodiscard]] qsizetype pointCount() const { return m_points; }
    /// The months written under the axis ("08/23"), left to right: every month, or every 2nd, 3rd, 4th, 6th
    /// or 12th counting back from the latest, as many as the chart's width has room for side by side.
    [[nodiscard]] const QStringList& monthLabels() const { return m_monthLabels; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();

    QList<std::pair<YearMonth, Figures>> m_trend;
    DisplayOptions m_options;
    qsizetype m_points = 0;
    QStringList m_monthLabels;
    int m_builtWidth = -1;
};
