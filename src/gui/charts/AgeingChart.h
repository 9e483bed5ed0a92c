#pragma once

#include "CategoryLabels.h"
#include "ChartPanel.h"
#include "report/ReportTable.h"

class QGraphicsTextItem;

/// How old the overdue debt is: one stacked bar per program with overdue debt (the most overdue at the top),
/// split into the five ageing buckets of domain.md §5. A click on a bar reports its program.
class AgeingChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit AgeingChart(QWidget* parent = nullptr);

    void setAgeing(const ReportTable& byProgram, const DisplayOptions& options);
    [[nodiscard]] const QStringList& keys() const { return m_keys; }

signals:
    void barClicked(const QString& key);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void placeLegend();

    ReportTable m_table;
    DisplayOptions m_options;
    int m_builtWidth = -1;
    int m_builtHeight = -1;
    QGraphicsTextItem* m_legend = nullptr;
    CategoryLabels m_names;
    QStringList m_keys; ///< programs shown, top first
};
