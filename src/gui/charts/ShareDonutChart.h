#pragma once

#include "ChartPanel.h"
#include "report/DashboardData.h"

class QGraphicsTextItem;
class QPieSeries;

/// A donut of each organisation's share of outstanding, direct lending included, largest first, with a legend
/// that gives every name in full with its share and amount. A click on a slice reports its organisation; the
/// slice under the pointer is drawn lighter (never moved, so the first click lands where it was aimed).
class ShareDonutChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit ShareDonutChart(QWidget* parent = nullptr);

    void setShares(const QList<DashboardData::Share>& shares, Money total, const DisplayOptions& options);
    /// The organisations shown, in slice order.
    [[nodiscard]] const QStringList& keys() const { return m_keys; }
    /// A point of slice @p index in view coordinates, @p radius of the way from the centre to the outer edge
    /// (the ring lies between 0.5 and 1); a null point when there is no such slice.
    [[nodiscard]] QPoint slicePoint(int index, qreal radius = 0.75) const;
    /// The pie's slices (for tests).
    [[nodiscard]] QPieSeries* series() const { return m_series; }

signals:
    void sliceClicked(const QString& key);

private:
    void placeLegend();

    QStringList m_keys;
    QPieSeries* m_series = nullptr;
    QGraphicsTextItem* m_legend = nullptr;
};
