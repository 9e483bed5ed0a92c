#pragma once

#include "common/ViewState.h"
#include "models/ReportTableModel.h"
#include "report/DashboardData.h"

#include <QWidget>

#include <memory>

namespace Ui {
class BreakdownView;
}
class CrossTableModel;
class TableFilterProxyModel;
class RankedBarChart;
class AgeingChart;
class ShareDonutChart;
class ProvisionalBanner;
class QTableView;
class WrappingHeaderView;

/// The Programs, Communes, Organisations and Groups pages: the month's summary by that breakdown as a
/// sortable, searchable table with the charts that go with it (and, for organisations, the program ×
/// organisation matrix). A double-click on a row or a click on a bar opens what is behind it.
class BreakdownView : public QWidget
{
    Q_OBJECT

public:
    explicit BreakdownView(Breakdown by, QWidget* parent = nullptr);
    ~BreakdownView() override;

    [[nodiscard]] Breakdown breakdown() const { return m_by; }
    void setState(const ViewState& state);
    /// The figures of the month (for the matrix and the shares) and the table to show: the dashboard's
    /// summary of this breakdown, or one narrowed to a commune or organisation.
    void setData(std::shared_ptr<const DashboardData> dashboard, const ReportTable& table);
    /// "Commune: Xã Mộc Bắc": the page is narrowed to what a click chose; empty for none.
    void setRestriction(const QString& text);
    void showMessage(const QString& message);

    [[nodiscard]] QTableView* tableView() const;
    [[nodiscard]] QTableView* matrixView() const;
    [[nodiscard]] ReportTableModel* model() const { return m_model; }
    [[nodiscard]] CrossTableModel* matrixModel() const { return m_matrix; }
    [[nodiscard]] RankedBarChart* mainChart() const { return m_barChart; }
    /// "Provisional figures", shown while the month is not closed.
    [[nodiscard]] ProvisionalBanner* provisionalBanner() const { return m_banner; }

signals:
    void rowActivated(const QString& key);
    void matrixCellActivated(const QString& programKey, const QString& organizationKey);
    void restrictionCleared();

protected:
    void changeEvent(QEvent* event) override;

private:
    static QList<ReportTableModel::Field> fieldsFor(Breakdown by);
    void render();
    void renderCharts();
    void activate(const QModelIndex& proxyIndex);

    std::unique_ptr<Ui::BreakdownView> m_ui;
    Breakdown m_by;
    ViewState m_state;
    std::shared_ptr<const DashboardData> m_data;
    ReportTable m_table;
    QString m_restriction;
    ReportTableModel* m_model = nullptr;
    TableFilterProxyModel* m_proxy = nullptr;
    CrossTableModel* m_matrix = nullptr;
    TableFilterProxyModel* m_matrixProxy = nullptr;
    RankedBarChart* m_barChart = nullptr;
    RankedBarChart* m_secondBarChart = nullptr;
    AgeingChart* m_ageingChart = nullptr;
    ShareDonutChart* m_donut = nullptr;
    ProvisionalBanner* m_banner = nullptr;
    WrappingHeaderView* m_header = nullptr;
    WrappingHeaderView* m_matrixHeader = nullptr;
};
