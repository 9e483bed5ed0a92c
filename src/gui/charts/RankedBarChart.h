#pragma once

#include "CategoryLabels.h"
#include "ChartPanel.h"
#include "domain/Money.h"

#include <QColor>
#include <QList>

class QAbstractBarSeries;
class QGraphicsSimpleTextItem;

/// Horizontal bars ranked from the top, each with its figure written at its end exactly as the tables show it
/// (the unit and format of DisplayOptions), e.g. outstanding by program or overdue debt by commune. A click
/// on a bar reports the key behind it.
class RankedBarChart : public ChartPanel
{
    Q_OBJECT

public:
    struct Bar
    {
        QString key;
        QString category; ///< the name on the axis (shortened to fit when long)
        Money value;
        QString label; ///< the text at the end of the bar
        QColor colour;
        QString toolTip;
    };

    explicit RankedBarChart(QWidget* parent = nullptr);

    /// Draws @p bars, the first at the top; @p axisTitle names the unit of the value axis. With no bars,
    /// shows
    /// @p emptyMessage instead.
    void setBars(const QString& title, const QString& axisTitle, QList<Bar> bars,
                 const DisplayOptions& options, const QString& emptyMessage);
    [[nodiscard]] const QList<Bar>& bars() const { return m_bars; }
    /// The widest a category name may be, in pixels, before it is shortened.
    void setMaximumCategoryWidth(int pixels) { m_categoryWidth = pixels; }
    /// The middle of bar @p index (0 = top) in this view's coordinates.
    [[nodiscard]] QPoint barCenter(int index) const;

signals:
    void barClicked(const QString& key);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void placeLabels();

    QString m_title;
    QString m_axisTitle;
    DisplayOptions m_options;
    QString m_emptyMessage;
    int m_builtWidth = -1;
    int m_builtHeight = -1;
    QList<Bar> m_bars;
    QAbstractBarSeries* m_series = nullptr;
    QList<QGraphicsSimpleTextItem*> m_labels;
    CategoryLabels m_names;
    int m_categoryWidth = 190;
};
