#include "ReportCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QPainter>
#include <QValueAxis>
#include <QtMath>

#include <algorithm>

namespace {

const QString kFontFamily = QStringLiteral("DejaVu Sans");
const QColor kOutstandingColour(0x1F, 0x4E, 0x79);
const QColor kOverdueColour(0xB0, 0x3A, 0x2E);

/// A font for the chart's scene, whose units are typographic points.
QFont pointFont(int points, bool bold = false)
{
    QFont font(kFontFamily);
    font.setPixelSize(points);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64); // no ligatures (see ReportDocument::font)
    return font;
}

/// An amount as a bar length in the display unit. Only the bar's geometry is a floating-point number: every
/// figure printed next to a bar comes from DisplayOptions::money, exact to the đồng.
qreal barLength(Money amount, MoneyUnit unit)
{
    return static_cast<qreal>(amount.dong()) / static_cast<qreal>(Money::unitFactor(unit));
}

} // namespace

ReportChart::ReportChart()
    : m_scene(std::make_unique<QGraphicsScene>())
{}

ReportChart::~ReportChart() = default;

std::unique_ptr<ReportChart> ReportChart::outstandingByProgram(const ReportTable& byProgram,
                                                               const DisplayOptions& options)
{
    QList<Bar> bars;
    for (const ReportRow& row : byProgram.rows) {
        const Money amount = row.figures.outstandingEnd;
        bars.append({row.name, barLength(amount, options.unit), options.money(amount)});
    }
    auto chart = std::make_unique<ReportChart>();
    chart->build(std::move(bars), options, kOutstandingColour);
    return chart;
}

std::unique_ptr<ReportChart> ReportChart::overdueByCommune(const ReportTable& byCommune,
                                                           const DisplayOptions& options)
{
    QList<Bar> bars;
    for (const ReportRow& row : byCommune.rows) {
        const Money amount = row.figures.overdue;
        bars.append({row.name, barLength(amount, options.unit),
                     QStringLiteral("%1 (%2%)")
                         .arg(options.money(amount), options.percent(row.figures.overdueRatio()))});
    }
    auto chart = std::make_unique<ReportChart>();
    chart->build(std::move(bars), options, kOverdueColour);
    return chart;
}

void ReportChart::build(QList<Bar> bars, const DisplayOptions& options, const QColor& colour)
{
    // Largest first from the top (ties in the table's order); Qt Charts counts categories from the bottom.
    std::stable_sort(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) { return a.value > b.value; });
    for (const Bar& bar : bars) {
        m_categories.append(bar.category);
        m_labels.append(bar.label);
    }

    m_chart = new QChart;
    m_scene->addItem(m_chart);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundVisible(false);
    m_chart->setDropShadowEnabled(false);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chart->legend()->hide();
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(options.locale());

    auto* set = new QBarSet(QString());
    set->setColor(colour);
    set->setBorderColor(colour);
    QStringList categories;
    qreal maximum = 0;
    for (qsizetype i = bars.size() - 1; i >= 0; --i) {
        set->append(bars[i].value);
        m_values.append(bars[i].value);
        categories.append(QString::number(i)); // unique; the names are drawn by render()
        maximum = std::max(maximum, bars[i].value);
    }
    m_series = new QHorizontalBarSeries;
    m_series->append(set);
    m_series->setBarWidth(0.62);
    m_chart->addSeries(m_series);

    // The names are drawn next to the bars by render(): Qt Charts elides category labels that are taller than
    // their band, which a printed chart of 16 communes always has.
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setLabelsVisible(false);
    categoryAxis->setGridLineVisible(false);
    categoryAxis->setLinePen(QPen(Qt::black, 0.6));
    m_chart->addAxis(categoryAxis, Qt::AlignLeft);
    m_series->attachAxis(categoryAxis);

    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0, maximum > 0 ? maximum : 1);
    valueAxis->applyNiceNumbers();
    const int decimals = maximum >= 10 || maximum == 0 ? 0 : (maximum >= 1 ? 1 : 2);
    valueAxis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    valueAxis->setLabelsFont(pointFont(7));
    valueAxis->setGridLinePen(QPen(QColor(0xD0, 0xD0, 0xD0), 0.5));
    valueAxis->setLinePen(QPen(Qt::black, 0.6));
    m_chart->addAxis(valueAxis, Qt::AlignBottom);
    m_series->attachAxis(valueAxis);
}

void ReportChart::render(QPainter& painter, const QRectF& target, qreal unitsPerPoint) const
{
    // Texts drawn here: the names left of the plot, the figures at the end of the bars.
    QFont nameFont(kFontFamily);
    nameFont.setPixelSize(qRound(8 * unitsPerPoint));
    nameFont.setHintingPreference(QFont::PreferNoHinting);
    nameFont.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    QFont figureFont = nameFont;
    figureFont.setPixelSize(qRound(7.5 * unitsPerPoint));
    const QFontMetricsF names(nameFont);
    const QFontMetricsF figures(figureFont);
    const qreal gap = 4 * unitsPerPoint;
    qreal nameWidth = 0;
    for (const QString& name : m_categories)
        nameWidth = std::max(nameWidth, names.horizontalAdvance(name));
    nameWidth = std::min(nameWidth, target.width() * 0.4);
    qreal figureWidth = 0;
    for (const QString& label : m_labels)
        figureWidth = std::max(figureWidth, figures.horizontalAdvance(label));

    // The scene is measured in points: the chart is laid out at its printed size, then scaled onto the page,
    // with a plot area that leaves room for the names on the left, the figures on the right and the axis
    // below.
    const QSizeF size = target.size() / unitsPerPoint;
    const QRectF source(QPointF(), size);
    m_chart->resize(size);
    m_scene->setSceneRect(source);
    const qreal left = (nameWidth + gap) / unitsPerPoint;
    const qreal right = (figureWidth + gap) / unitsPerPoint + 4;
    m_chart->setMargins(QMargins(qCeil(left), 0, qCeil(right), 0));
    if (QGraphicsLayout* layout = m_chart->layout()) {
        layout->invalidate();
        layout->activate();
    }
    m_scene->render(&painter, target, source, Qt::IgnoreAspectRatio);

    painter.save();
    painter.setPen(Qt::black);
    const qreal height = names.height() * 1.2;
    const qsizetype count = m_values.size();
    for (qsizetype i = 0; i < count; ++i) {
        // m_categories and m_labels run from the top; Qt's categories (and m_values) from the bottom.
        const qsizetype fromTop = count - 1 - i;
        const QPointF start =
            target.topLeft() +
            m_chart->mapToPosition(QPointF(0, static_cast<qreal>(i)), m_series) * unitsPerPoint;
        const QPointF end =
            target.topLeft() +
            m_chart->mapToPosition(QPointF(m_values[i], static_cast<qreal>(i)), m_series) * unitsPerPoint;
        painter.setFont(nameFont);
        painter.drawText(QRectF(target.left(), start.y() - height / 2, nameWidth, height),
                         Qt::AlignRight | Qt::AlignVCenter,
                         names.elidedText(m_categories[fromTop], Qt::ElideRight, nameWidth));
        painter.setFont(figureFont);
        painter.drawText(QRectF(end.x() + gap, end.y() - height / 2, figureWidth + gap, height),
                         Qt::AlignLeft | Qt::AlignVCenter, m_labels[fromTop]);
    }
    painter.restore();
}
