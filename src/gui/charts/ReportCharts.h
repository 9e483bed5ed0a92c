#pragma once

#include "common/DisplayOptions.h"
#include "report/ReportTable.h"

#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>

class QChart;
class QGraphicsScene;
class QHorizontalBarSeries;
class QPainter;

/// A chart of the printed report: horizontal bars, one per row of a report table, largest first, each
/// labelled with its figure formatted exactly as the screen shows it. Drawn as vectors, so a PDF stays sharp.
///
/// All Qt Charts code of the printed report lives here (Qt Charts is deprecated in later Qt 6 releases, so a
/// future swap touches one folder).
class ReportChart
{
public:
    ReportChart();
    ~ReportChart();
    ReportChart(const ReportChart&) = delete;
    ReportChart& operator=(const ReportChart&) = delete;

    /// Outstanding at the end of the month per program (a summary by program).
    static std::unique_ptr<ReportChart> outstandingByProgram(const ReportTable& byProgram,
                                                             const DisplayOptions& options);
    /// Overdue debt per commune, with its share of the commune's outstanding (a summary by commune).
    static std::unique_ptr<ReportChart> overdueByCommune(const ReportTable& byCommune,
                                                         const DisplayOptions& options);

    /// Draws the chart into @p target on @p painter. @p unitsPerPoint: the painter's logical units in one
    /// typographic point (10 for a painter in tenths of a point), so the chart's texts keep their point
    /// sizes.
    void render(QPainter& painter, const QRectF& target, qreal unitsPerPoint) const;

    [[nodiscard]] QChart* chart() const { return m_chart; }
    /// The bars' categories, top to bottom, and their labels (the formatted figures).
    [[nodiscard]] const QStringList& categories() const { return m_categories; }
    [[nodiscard]] const QStringList& labels() const { return m_labels; }

private:
    struct Bar
    {
        QString category;
        qreal value = 0;
        QString label;
    };
    void build(QList<Bar> bars, const DisplayOptions& options, const QColor& colour);

    std::unique_ptr<QGraphicsScene> m_scene; ///< owns the chart
    QChart* m_chart = nullptr;
    QHorizontalBarSeries* m_series = nullptr;
    QList<qreal> m_values; ///< in bar order (bottom to top, as Qt Charts counts categories)
    QStringList m_categories;
    QStringList m_labels;
};
