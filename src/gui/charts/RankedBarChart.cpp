#include "RankedBarChart.h"

#include "ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetrics>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cstdlib>

RankedBarChart::RankedBarChart(QWidget* parent)
    : ChartPanel(parent)
    , m_names(chart())
{
    connect(chart(), &QChart::plotAreaChanged, this, [this]() { placeLabels(); });
}

void RankedBarChart::setBars(const QString& title, const QString& axisTitle, QList<Bar> bars,
                             const DisplayOptions& options, const QString& emptyMessage)
{
    m_title = title;
    m_axisTitle = axisTitle;
    m_options = options;
    m_emptyMessage = emptyMessage;
    m_bars = std::move(bars);
    rebuild();
}

void RankedBarChart::rebuild()
{
    const DisplayOptions& options = m_options;
    qDeleteAll(m_labels);
    m_labels.clear();
    m_names.clear();
    m_series = nullptr;
    reset(options);
    m_builtWidth = width();
    m_builtHeight = height();
    QChart* c = chart();
    setTitle(m_title);
    if (m_bars.isEmpty()) {
        setMessage(m_emptyMessage);
        return;
    }
    // The names take at most two fifths of the width (on two lines where they need it).
    const int categoryWidth = std::min(m_categoryWidth, static_cast<int>(width() * 0.40));

    // Qt Charts counts categories from the bottom: the first bar (the largest) goes last.
    // Many bars in a short chart: a smaller font for the names.
    QFont categoryFont = ChartStyle::labelFont();
    const qreal rowHeight = (height() - 90.0) / static_cast<qreal>(m_bars.size());
    if (rowHeight < 18)
        categoryFont.setPointSizeF(std::max(7.0, categoryFont.pointSizeF() * rowHeight / 18.0));
    const QFontMetrics metrics(ChartStyle::labelFont());
    QStringList categories; // the axis's own (hidden) labels: unique keys
    QStringList names;      // what CategoryLabels draws beside the bars
    QList<QColor> colours;
    for (qsizetype i = m_bars.size() - 1; i >= 0; --i) {
        categories.append(QString::number(i));
        names.append(m_bars[i].category);
        if (!colours.contains(m_bars[i].colour))
            colours.append(m_bars[i].colour);
    }
    // One set per colour, stacked: each bar has its value in the set of its colour and 0 in the others.
    auto* series = new QHorizontalStackedBarSeries();
    series->setBarWidth(ChartStyle::barWidth(height(), m_bars.size()));
    qreal maximum = 0;
    for (const QColor& colour : std::as_const(colours)) {
        auto* set = new QBarSet(QString());
        set->setColor(colour);
        set->setBorderColor(colour);
        for (qsizetype i = m_bars.size() - 1; i >= 0; --i) {
            const qreal value = ChartStyle::plotValue(m_bars[i].value, options.unit);
            set->append(m_bars[i].colour == colour ? value : 0.0);
            maximum = std::max(maximum, value);
        }
        connect(set, &QBarSet::clicked, this, [this](int index) {
            const qsizetype bar = m_bars.size() - 1 - index;
            if (bar >= 0 && bar < m_bars.size())
                emit barClicked(m_bars[bar].key);
        });
        connect(set, &QBarSet::hovered, this, [this](bool status, int index) {
            const qsizetype bar = m_bars.size() - 1 - index;
            if (status && bar >= 0 && bar < m_bars.size())
                showToolTip(m_bars[bar].toolTip);
            else
                QToolTip::hideText();
        });
        series->append(set);
    }
    c->addSeries(series);
    m_series = series;

    auto* categoryAxis = new QBarCategoryAxis();
    categoryAxis->append(categories);
    categoryAxis->setLabelsVisible(false);
    categoryAxis->setGridLineVisible(false);
    categoryAxis->setLinePenColor(ChartStyle::grid());
    c->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    // Names on two lines where the rows have room for them, or where the chart may grow to give it.
    const int lines =
        mayGrow() || (height() - 90.0) / static_cast<qreal>(std::max<qsizetype>(1, m_bars.size())) >=
                         CategoryLabels::rowHeight(categoryFont, 2)
            ? 2
            : 1;
    m_names.set(names, series, categoryWidth, categoryFont, lines);
    c->setMargins(QMargins(m_names.width() + 10, 28, 8, 2));
    // Names on two lines need taller rows: the chart grows rather than letting them run into each other.
    if (mayGrow() && m_names.lineCount() > 1)
        requireHeight(90 + static_cast<int>(m_bars.size()) * CategoryLabels::rowHeight(categoryFont, 2));
    else
        requireHeight(0);

    // Room at the right for the value written after the longest bar.
    int widest = 0;
    for (const Bar& bar : std::as_const(m_bars))
        widest = std::max(widest, metrics.horizontalAdvance(bar.label));
    auto* valueAxis = new QValueAxis();
    valueAxis->setTitleText(m_axisTitle);
    c->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    // Room after the longest bar for its figure: the range goes that much beyond it, the ticks stay round and
    // only as many as their labels have room for.
    const qreal plotWidth = std::max<qreal>(120, width() - m_names.width() - 70);
    const qreal share = std::min<qreal>(0.6, (widest + 14) / plotWidth);
    ChartStyle::setRoundTicks(valueAxis, std::max(maximum, 1e-9) / (1 - share), plotWidth, options.locale());

    for (const Bar& bar : std::as_const(m_bars)) {
        auto* label = new QGraphicsSimpleTextItem(bar.label, c);
        label->setFont(ChartStyle::labelFont());
        label->setBrush(ChartStyle::text());
        label->setZValue(10);
        m_labels.append(label);
    }
    placeLabels();
}

void RankedBarChart::resizeEvent(QResizeEvent* event)
{
    ChartPanel::resizeEvent(event);
    if (!growing() && (std::abs(width() - m_builtWidth) > 8 || std::abs(height() - m_builtHeight) > 24))
        rebuild();
    else
        placeLabels();
}

void RankedBarChart::placeLabels()
{
    if (!m_series)
        return;
    m_names.place();
    const QRectF plot = chart()->plotArea();
    for (qsizetype i = 0; i < m_labels.size() && i < m_bars.size(); ++i) {
        const int category = static_cast<int>(m_bars.size() - 1 - i);
        // The end of the bar: the sum of the sets at this category (only one of them is not 0).
        qreal end = 0;
        const auto sets = m_series->barSets();
        for (const QBarSet* set : sets)
            end += set->at(category);
        const QPointF tip = chart()->mapToPosition(QPointF(end, category), m_series);
        const QPointF base = chart()->mapToPosition(QPointF(0, category), m_series);
        QGraphicsSimpleTextItem* label = m_labels[i];
        const QRectF box = label->boundingRect();
        QPointF position(tip.x() + 5, tip.y() - box.height() / 2);
        label->setBrush(ChartStyle::text());
        if (position.x() + box.width() > plot.right() + 4) {
            // No room after the bar: write the figure inside its end, in white.
            if (tip.x() - base.x() > box.width() + 10) {
                position.setX(tip.x() - box.width() - 5);
                label->setBrush(Qt::white);
            } else {
                position.setX(plot.right() + 4 - box.width());
            }
        }
        label->setPos(position);
        label->setVisible(plot.contains(QPointF(plot.left() + 1, tip.y())));
    }
}

QPoint RankedBarChart::barCenter(int index) const
{
    if (!m_series || index < 0 || index >= m_bars.size())
        return {};
    const int category = static_cast<int>(m_bars.size() - 1 - index);
    qreal end = 0;
    const auto sets = m_series->barSets();
    for (const QBarSet* set : sets)
        end += set->at(category);
    const QPointF middle = chart()->mapToPosition(QPointF(end / 2, category), m_series);
    return mapFromScene(chart()->mapToScene(middle));
}
