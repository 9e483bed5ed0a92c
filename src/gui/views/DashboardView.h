#pragma once

#include "common/PageExport.h"
#include "common/ViewState.h"
#include "report/DashboardData.h"

#include <QWidget>

#include <memory>

namespace Ui {
class DashboardView;
}
class KpiTile;
class RankedBarChart;
class TrendChart;
class ShareDonutChart;
class AgeingChart;
class ProvisionalBanner;
class ChartPanel;

/// The director's morning page: the key figures of the month as tiles, and the charts that show where the
/// portfolio stands and where it slips. Everything shown comes from one DashboardData; a click on a bar or a
/// slice asks the window to open what is behind it.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(QWidget* parent = nullptr);
    ~DashboardView() override;

    void setData(std::shared_ptr<const DashboardData> dashboard);
    void setState(const ViewState& state);
    /// Shows @p message (an error) instead of stale figures.
    void showMessage(const QString& message);
    [[nodiscard]] const DashboardData* data() const { return m_data.get(); }
    /// "Provisional figures", shown while the month is not closed.
    [[nodiscard]] ProvisionalBanner* provisionalBanner() const { return m_banner; }

    /// The six charts.
    [[nodiscard]] QList<ChartPanel*> charts() const;
    /// The whole page, tiles and charts, as printed (also what is scrolled out of sight).
    [[nodiscard]] QWidget* page() const;
    /// The title line of the printed page: the office (and the filter), "Dashboard", the month, today.
    [[nodiscard]] PageExport::Heading exportHeading() const;
    /// File → Save dashboard as PDF… and Print dashboard…: ask where (PageExport), write; true when written.
    bool saveAsPdf();
    bool print();

    /// Communes shown in the overdue-by-commune chart at most (the worst first).
    static constexpr int kCommunesShown = 8;

signals:
    void programActivated(const QString& key);
    void communeActivated(const QString& key);
    void organizationActivated(const QString& key);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    void renderTiles();
    void renderCharts();
    [[nodiscard]] QString suggestedFileName(const QString& suffix) const;

    std::unique_ptr<Ui::DashboardView> m_ui;
    std::shared_ptr<const DashboardData> m_data;
    ViewState m_state;
    ProvisionalBanner* m_banner = nullptr;
};
