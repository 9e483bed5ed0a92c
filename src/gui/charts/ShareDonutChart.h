#pragma once

#include "ChartPanel.h"
#include "report/DashboardData.h"

class QGraphicsTextItem;
class QPieSeries;

/// A donut of each organisation's share of outstanding, direct lending included, largest first, with a legend
/// that gives every name in full with its share and amount. A click on a slice reports its organisation.
class ShareDonutChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit ShareDonutChart(QWidget* parent = nullptr);

    void setShares(const QList<DashboardData::Share>& shares, Money total, const DisplayOptions& options);
    /// The organisations shown, in slice order.
    [[nodiscard]] const QStringList& keys() const { return m_keys; }

signals:
    void sliceClicked(const QString& key);

private:
    void placeLegend();

    QStringList m_keys;
    QPieSeries* m_series = nullptr;
    QGraphicsTextItem* m_legend = nullptr;
};
