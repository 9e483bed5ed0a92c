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

private:
    qsizetype m_points = 0;
};
