#include "AgeingChart.h"

#include "ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetrics>
#include <QGraphicsTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QTextDocument>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <cstdlib>

AgeingChart::AgeingChart(QWidget* parent)
    : ChartPanel(parent)
    , m_names(chart())
{
    m_legend = new QGraphicsTextItem(chart());
    m_legend->setFont(ChartStyle::smallFont());
    m_legend->setZValue(10);
    connect(chart(), &QChart::plotAreaChanged, this, [this]() { placeLegend(); });
}

void AgeingChart::setAgeing(const ReportTable& byProgram, const DisplayOptions& options)
{
    m_table = byProgram;
    m_options = options;
    rebuild();
}

void AgeingChart::resizeEvent(QResizeEvent* event)
{
    ChartPanel::resizeEvent(event);
    if (!growing() && (std::abs(width() - m_builtWidth) > 8 || std::abs(height() - m_builtHeight) > 24))
        rebuild();
    else
        placeLegend();
}

void AgeingChart::rebuild()
{
    const ReportTable& byProgram = m_table;
    const DisplayOptions& options = m_options;
    m_builtWidth = width();
    m_builtHeight = height();
    m_names.clear();
    reset(options);
    m_legend->setVisible(false);
    m_keys.clear();
    QChart* c = chart();
    setTitle(tr("Age of overdue debt by program"));
    QList<const ReportRow*> rows;
    for (const ReportRow& row : byProgram.rows) {
        if (row.figures.overdue.isPositive())
            rows.append(&row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const ReportRow* a, const ReportRow* b) {
        return a->figures.overdue > b->figures.overdue;
    });
    if (rows.isEmpty()) {
        setMessage(tr("No overdue debt at %1").arg(options.date(byProgram.asOf)));
        return;
    }
    const QStringList bucketNames = {tr("1–30 days"), tr("31–90 days"), tr("91–180 days"), tr("181–360 days"),
                                     tr("over 360 days")};
    const QList<QColor> colours = ChartStyle::ageing();
    auto* series = new QHorizontalStackedBarSeries();
    series->setBarWidth(ChartStyle::barWidth(height(), rows.size()));
    QStringList categories; // the axis's own (hidden) labels: unique keys
    QStringList names;
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        categories.append(QString::number(i));
        names.append(rows[i]->name);
        m_keys.prepend(rows[i]->key);
    }
    qreal maximum = 0;
    for (const ReportRow* row : std::as_const(rows))
        maximum = std::max(maximum, ChartStyle::plotValue(row->figures.overdue, options.unit));
    for (int bucket = 0; bucket < kAgeBucketCount; ++bucket) {
        auto* set = new QBarSet(bucketNames[bucket]);
        set->setColor(colours[bucket]);
        set->setBorderColor(colours[bucket]);
        QStringList texts; // the amounts as the tables show them, bottom to top like the set
        for (qsizetype i = rows.size() - 1; i >= 0; --i) {
            const Money amount = rows[i]->figures.ageing[static_cast<std::size_t>(bucket)];
            set->append(ChartStyle::plotValue(amount, options.unit));
            texts.append(options.money(amount));
        }
        connect(set, &QBarSet::clicked, this, [this](int index) {
            const qsizetype row = m_keys.size() - 1 - index;
            if (row >= 0 && row < m_keys.size())
                emit barClicked(m_keys[row]);
        });
        const QString bucketName = bucketNames[bucket];
        const QString unit = options.unitName();
        connect(set, &QBarSet::hovered, this, [this, texts, bucketName, unit](bool status, int index) {
            if (status)
                showToolTip(bucketName + QStringLiteral(": ") + texts.value(index) + u' ' + unit);
            else
                QToolTip::hideText();
        });
        series->append(set);
    }
    c->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis();
    categoryAxis->append(categories);
    categoryAxis->setLabelsVisible(false);
    categoryAxis->setGridLineVisible(false);
    categoryAxis->setLinePenColor(ChartStyle::grid());
    c->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    auto* valueAxis = new QValueAxis();
    // Round ticks, only as many as their labels have room for beside the programs' names.
    ChartStyle::setRoundTicks(valueAxis, maximum * 1.05, std::max<qreal>(100, width() * 0.66 - 40),
                              options.locale());
    valueAxis->setTitleText(options.unitName());
    c->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    // The legend in one line under the chart: "Days past due: ■ 1–30 ■ 31–90 …".
    const QStringList shortNames = {tr("1–30"), tr("31–90"), tr("91–180"), tr("181–360"), tr("> 360")};
    // Each part stays whole: a narrow chart breaks the line between them.
    const auto whole = [](const QString& text) {
        return text.toHtmlEscaped().replace(u' ', QStringLiteral("&nbsp;"));
    };
    QString legend = QStringLiteral("<span style=\"color:#5f6b7a\">") + whole(tr("days past due")) +
                     QStringLiteral(":</span> ");
    for (int bucket = 0; bucket < kAgeBucketCount; ++bucket)
        legend += QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2 ")
                      .arg(colours[bucket].name(), whole(shortNames[bucket]));
    m_legend->setHtml(QStringLiteral("<div align=\"center\">") + legend + QStringLiteral("</div>"));
    m_legend->setVisible(true);
    QFont nameFont = ChartStyle::labelFont();
    const qreal rowHeight = (height() - 110.0) / static_cast<qreal>(rows.size());
    if (rowHeight < 18)
        nameFont.setPointSizeF(std::max(7.0, nameFont.pointSizeF() * rowHeight / 18.0));
    // Names on two lines where the rows have room for them, or where the chart may grow to give it.
    const int lines =
        mayGrow() || (height() - 120.0) / static_cast<qreal>(std::max<qsizetype>(1, rows.size())) >=
                         CategoryLabels::rowHeight(nameFont, 2)
            ? 2
            : 1;
    m_names.set(names, series, std::min(170, static_cast<int>(width() * 0.34)), nameFont, lines);
    c->setMargins(QMargins(m_names.width() + 10, 28, 8, 22));
    // Names on two lines need taller rows: the chart grows rather than letting them run into each other.
    if (mayGrow() && m_names.lineCount() > 1)
        requireHeight(120 + static_cast<int>(rows.size()) * CategoryLabels::rowHeight(nameFont, 2));
    else
        requireHeight(0);
    placeLegend();
}

void AgeingChart::placeLegend()
{
    m_names.place();
    if (!m_legend->isVisible())
        return;
    // Centred under the chart, on two lines when one is too narrow; the bottom margin follows its height.
    const qreal width = chart()->size().width();
    m_legend->setTextWidth(std::max<qreal>(100, width - 16));
    // The document's own size: the item's bounding rectangle can lag one layout behind a new text width.
    const qreal height = m_legend->document()->size().height();
    m_legend->setPos(8, chart()->size().height() - height - 2);
    const int bottom = static_cast<int>(std::ceil(height)) + 2;
    QMargins margins = chart()->margins();
    if (margins.bottom() != bottom) {
        margins.setBottom(bottom);
        chart()->setMargins(margins);
    }
}
