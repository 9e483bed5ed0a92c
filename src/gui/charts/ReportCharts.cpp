#include "ReportCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QPainter>
#include <QValueAxis>

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
    // Largest first from the top; Qt Charts counts categories from the bottom, so the smallest goes in first.
    std::stable_sort(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) { return a.value < b.value; });
    for (qsizetype i = bars.size() - 1; i >= 0; --i) {
        m_categories.append(bars[i].category);
        m_labels.append(bars[i].label);
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
    for (const Bar& bar : bars) {
        set->append(bar.value);
        m_values.append(bar.value);
        categories.append(bar.category);
        maximum = std::max(maximum, bar.value);
    }
    m_series = new QHorizontalBarSeries;
    m_series->append(set);
    m_series->setBarWidth(0.62);
    m_chart->addSeries(m_series);

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setLabelsFont(pointFont(8));
    categoryAxis->setGridLineVisible(false);
    categoryAxis->setLinePen(QPen(Qt::black, 0.6));
    m_chart->addAxis(categoryAxis, Qt::AlignLeft);
    m_series->attachAxis(categoryAxis);

    auto* valueAxis = new QValueAxis;
    // Room on the right of the longest bar for its label.
    valueAxis->setRange(0, maximum > 0 ? maximum * 1.3 : 1);
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
    // The scene is measured in points: the chart is laid out at its printed size, then scaled onto the page.
    const QSizeF size = target.size() / unitsPerPoint;
    const QRectF source(QPointF(), size);
    m_chart->resize(size);
    m_scene->setSceneRect(source);
    if (QGraphicsLayout* layout = m_chart->layout())
        layout->activate();
    m_scene->render(&painter, target, source, Qt::IgnoreAspectRatio);

    // The figures at the end of the bars.
    painter.save();
    QFont font(kFontFamily);
    font.setPixelSize(qRound(7.5 * unitsPerPoint));
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    painter.setFont(font);
    painter.setPen(Qt::black);
    const qreal gap = 3 * unitsPerPoint;
    const qreal height = 12 * unitsPerPoint;
    const qsizetype count = m_values.size();
    for (qsizetype i = 0; i < count; ++i) {
        const QPointF end = m_chart->mapToPosition(QPointF(m_values[i], static_cast<qreal>(i)), m_series);
        const QPointF at = target.topLeft() + end * unitsPerPoint;
        // m_labels run from the top; m_values from the bottom.
        painter.drawText(QRectF(at.x() + gap, at.y() - height / 2, target.right() - at.x(), height),
                         Qt::AlignLeft | Qt::AlignVCenter, m_labels[count - 1 - i]);
    }
    painter.restore();
}
