#include "DashboardView.h"

#include "ui_DashboardView.h"

#include "charts/AgeingChart.h"
#include "charts/ChartStyle.h"
#include "charts/RankedBarChart.h"
#include "charts/ShareDonutChart.h"
#include "charts/TrendChart.h"
#include "common/PageStyle.h"
#include "common/ProvisionalBanner.h"
#include "common/RatioStyle.h"
#include "print/ReportSettings.h"
#include "views/KpiTile.h"

#include <QEvent>
#include <QMessageBox>
#include <QPrinter>

#include <algorithm>

namespace {

/// "▲ +5.725,30 (+0,99%)" in green, "▼ −1.200,00 (−0,20%)" in red.
QString changeText(const DisplayOptions& options, Money change, Percent ratio)
{
    const bool down = change.isNegative();
    const QString colour = down ? QStringLiteral("#b71c1c") : QStringLiteral("#1b7a3d");
    const QString arrow = down ? QStringLiteral("▼") : QStringLiteral("▲");
    QString percent = options.percentWithSign(
        Percent::fromHundredths(ratio.hundredths() < 0 ? -ratio.hundredths() : ratio.hundredths()));
    percent.prepend(down ? QChar(0x2212) : QChar(u'+'));
    return QStringLiteral("<span style=\"color:%1\">%2 %3 (%4)</span>")
        .arg(colour, arrow, options.signedMoney(change).toHtmlEscaped(), percent.toHtmlEscaped());
}

QString ratioText(const DisplayOptions& options, Percent ratio)
{
    const RatioStyle::Level level = RatioStyle::level(ratio);
    const QString text = options.percentWithSign(ratio).toHtmlEscaped();
    if (level == RatioStyle::Level::Watch || level == RatioStyle::Level::Alarm)
        return QStringLiteral("<b style=\"color:%1\">%2</b>").arg(RatioStyle::foreground(level).name(), text);
    return QStringLiteral("<b>%1</b>").arg(text);
}

/// The rows of @p table with a positive @p value, largest first.
QList<const ReportRow*> ranked(const ReportTable& table, Money Figures::*value)
{
    QList<const ReportRow*> rows;
    for (const ReportRow& row : table.rows) {
        if ((row.figures.*value).isPositive())
            rows.append(&row);
    }
    std::stable_sort(rows.begin(), rows.end(), [value](const ReportRow* a, const ReportRow* b) {
        return a->figures.*value > b->figures.*value;
    });
    return rows;
}

} // namespace

DashboardView::DashboardView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DashboardView>())
{
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    PageStyle::apply(m_ui->headingLabel, m_ui->scopeLabel);
    // A dashboard of a month that is not closed says so in a bar under its title (domain.md §8).
    m_banner = new ProvisionalBanner(this);
    m_ui->contentsLayout->insertWidget(1, m_banner);
    m_ui->messageLabel->setStyleSheet(
        QStringLiteral("background: #fdecea; color: #8a1c1c; border: 1px solid #f3b8b4; padding: 6px;"));
    m_ui->dashboardContents->setStyleSheet(
        QStringLiteral("QWidget#dashboardContents { background: #f3f5f8; }"));

    const QColor blue = ChartStyle::outstanding();
    m_ui->outstandingKpiTile->setAccent(blue);
    m_ui->disbursedKpiTile->setAccent(QColor(0x4f, 0x9d, 0x69));
    m_ui->collectedPrincipalKpiTile->setAccent(QColor(0x4f, 0x9d, 0x69));
    m_ui->collectedInterestKpiTile->setAccent(QColor(0x4f, 0x9d, 0x69));
    m_ui->borrowersKpiTile->setAccent(blue);
    m_ui->overdueKpiTile->setAccent(ChartStyle::overdue());
    m_ui->frozenKpiTile->setAccent(ChartStyle::frozen());
    m_ui->overdueAndFrozenKpiTile->setAccent(ChartStyle::alarm());
    m_ui->communesKpiTile->setAccent(ChartStyle::overdue());
    m_ui->groupsKpiTile->setAccent(ChartStyle::overdue());

    for (RankedBarChart* chart : {m_ui->outstandingByProgramChart, m_ui->overdueByProgramChart})
        connect(chart, &RankedBarChart::barClicked, this, &DashboardView::programActivated);
    connect(m_ui->overdueByCommuneChart, &RankedBarChart::barClicked, this, &DashboardView::communeActivated);
    connect(m_ui->ageingChart, &AgeingChart::barClicked, this, &DashboardView::programActivated);
    connect(m_ui->organizationShareChart, &ShareDonutChart::sliceClicked, this,
            &DashboardView::organizationActivated);
    // The page scrolls: a chart grows for names on two lines rather than cut them.
    for (ChartPanel* chart : charts()) {
        chart->setBaseHeight(290);
        chart->setMayGrow(true);
    }
    m_ui->outstandingByProgramChart->setMaximumCategoryWidth(200);
    m_ui->overdueByProgramChart->setMaximumCategoryWidth(180);
    m_ui->overdueByCommuneChart->setMaximumCategoryWidth(130);
    render();
}

DashboardView::~DashboardView() = default;

void DashboardView::setData(std::shared_ptr<const DashboardData> dashboard)
{
    m_data = std::move(dashboard);
    m_ui->messageLabel->hide();
    render();
}

void DashboardView::setState(const ViewState& state)
{
    if (state == m_state)
        return;
    m_state = state;
    render();
}

void DashboardView::showMessage(const QString& message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void DashboardView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        render();
    }
    QWidget::changeEvent(event);
}

void DashboardView::render()
{
    const DisplayOptions& options = m_state.options;
    if (m_data) {
        m_ui->headingLabel->setText(tr("Portfolio at the end of %1").arg(options.date(m_data->asOf())));
        m_banner->setMonth(m_data->month, options.month(m_data->month), m_data->byProgram.closed);
    } else {
        m_ui->headingLabel->setText(tr("Portfolio"));
        m_banner->clear();
    }
    QString scope = m_state.scope.isEmpty() ? tr("Whole office") : m_state.scope;
    m_ui->scopeLabel->setText(scope + QStringLiteral("   ·   ") + ChartStyle::unitCaption(options));
    renderTiles();
    renderCharts();
    const PageExport::Heading heading = exportHeading();
    for (ChartPanel* chart : charts())
        chart->setPageContext(heading.office, heading.month);
}

QList<ChartPanel*> DashboardView::charts() const
{
    return {m_ui->outstandingByProgramChart, m_ui->trendChart,
            m_ui->organizationShareChart,    m_ui->overdueByProgramChart,
            m_ui->overdueByCommuneChart,     m_ui->ageingChart};
}

QWidget* DashboardView::page() const
{
    return m_ui->dashboardContents;
}

PageExport::Heading DashboardView::exportHeading() const
{
    const DisplayOptions& options = m_state.options;
    PageExport::Heading heading;
    heading.office = m_state.report.office(options.language);
    if (!m_state.scope.isEmpty())
        heading.office += QStringLiteral(" · ") + m_state.scope;
    heading.title = tr("Dashboard");
    heading.month = m_data ? options.month(m_data->month) : QString();
    heading.printedOn = options.date(QDate::currentDate());
    return heading;
}

QString DashboardView::suggestedFileName(const QString& suffix) const
{
    QString name = tr("dashboard").replace(u' ', u'-');
    if (m_data)
        name += u'-' + m_data->month.toIsoString();
    return name + u'.' + suffix;
}

bool DashboardView::saveAsPdf()
{
    const QString path = PageExport::askFileName(this, tr("Save the dashboard as PDF"),
                                                 suggestedFileName(QStringLiteral("pdf")),
                                                 tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return false;
    const Status status = PageExport::savePdf(page(), exportHeading(), path);
    if (!status)
        QMessageBox::warning(this, tr("Save dashboard as PDF"), status.error().message);
    return status.ok();
}

bool DashboardView::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Dashboard"));
    if (!PageExport::askPrinter(this, printer, tr("Print the dashboard")))
        return false;
    const Status status = PageExport::print(page(), exportHeading(), printer);
    if (!status)
        QMessageBox::warning(this, tr("Print dashboard"), status.error().message);
    return status.ok();
}

void DashboardView::renderTiles()
{
    const DisplayOptions& options = m_state.options;
    m_ui->outstandingKpiTile->setTitle(tr("Outstanding"));
    m_ui->disbursedKpiTile->setTitle(tr("Disbursed in the month"));
    m_ui->collectedPrincipalKpiTile->setTitle(tr("Principal collected in the month"));
    m_ui->collectedInterestKpiTile->setTitle(tr("Interest collected in the month"));
    m_ui->borrowersKpiTile->setTitle(tr("Borrowers with a balance"));
    m_ui->overdueKpiTile->setTitle(tr("Overdue debt"));
    m_ui->frozenKpiTile->setTitle(tr("Frozen debt"));
    m_ui->overdueAndFrozenKpiTile->setTitle(tr("Overdue + frozen"));
    m_ui->communesKpiTile->setTitle(tr("Communes with overdue debt"));
    m_ui->groupsKpiTile->setTitle(tr("Groups with overdue debt"));
    if (!m_data) {
        for (KpiTile* tile : findChildren<KpiTile*>()) {
            tile->setValue(QStringLiteral("—"));
            tile->setDetail(QString());
        }
        return;
    }
    const DashboardData& d = *m_data;
    const Figures& f = d.total;
    const QString month = options.month(d.month);
    m_ui->outstandingKpiTile->setValue(options.money(f.outstandingEnd));
    // Against last month, 31 December and the same month last year (when it had figures).
    QString comparisons =
        tr("%1 since %2")
            .arg(changeText(options, d.changeSincePreviousMonth, d.changeSincePreviousMonthRatio),
                 options.month(d.month.previous())) +
        QStringLiteral("<br>") +
        tr("%1 since %2")
            .arg(changeText(options, d.changeSinceYearStart, d.changeSinceYearStartRatio),
                 options.date(d.yearStartMonth().lastDay()));
    if (d.hasYearEarlier)
        comparisons += QStringLiteral("<br>") +
                       tr("%1 since %2")
                           .arg(changeText(options, d.changeSinceYearEarlier, d.changeSinceYearEarlierRatio),
                                options.month(d.yearEarlierMonth()));
    m_ui->outstandingKpiTile->setDetail(comparisons);
    m_ui->disbursedKpiTile->setValue(options.money(f.disbursed));
    m_ui->disbursedKpiTile->setDetail(tr("in %1").arg(month));
    m_ui->collectedPrincipalKpiTile->setValue(options.money(f.collectedPrincipal));
    m_ui->collectedPrincipalKpiTile->setDetail(tr("in %1").arg(month));
    m_ui->collectedInterestKpiTile->setValue(options.money(f.collectedInterest));
    m_ui->collectedInterestKpiTile->setDetail(tr("in %1").arg(month));
    m_ui->borrowersKpiTile->setValue(options.count(f.borrowers));
    m_ui->borrowersKpiTile->setDetail(tr("%1 loans with a balance").arg(options.count(f.loans)));
    m_ui->overdueKpiTile->setValue(options.money(f.overdue));
    m_ui->overdueKpiTile->setDetail(tr("%1 of outstanding").arg(ratioText(options, f.overdueRatio())));
    m_ui->frozenKpiTile->setValue(options.money(f.frozen));
    m_ui->frozenKpiTile->setDetail(tr("%1 of outstanding").arg(ratioText(options, f.frozenRatio())));
    m_ui->overdueAndFrozenKpiTile->setValue(options.money(f.overdueAndFrozen()));
    m_ui->overdueAndFrozenKpiTile->setDetail(
        tr("%1 of outstanding").arg(ratioText(options, f.overdueAndFrozenRatio())));
    m_ui->communesKpiTile->setValue(
        tr("%1 of %2").arg(options.count(d.communesWithOverdue), options.count(d.communes)));
    m_ui->communesKpiTile->setDetail(tr("with any overdue debt"));
    m_ui->groupsKpiTile->setValue(
        tr("%1 of %2").arg(options.count(d.groupsWithOverdue), options.count(d.groupsTotal)));
    m_ui->groupsKpiTile->setDetail(tr("with any overdue debt"));
}

void DashboardView::renderCharts()
{
    const DisplayOptions& options = m_state.options;
    if (!m_data) {
        m_ui->outstandingByProgramChart->setBars(tr("Outstanding by program"), QString(), {}, options,
                                                 tr("Loading…"));
        m_ui->overdueByProgramChart->setBars(tr("Overdue debt by program"), QString(), {}, options,
                                             tr("Loading…"));
        m_ui->overdueByCommuneChart->setBars(tr("Overdue debt by commune"), QString(), {}, options,
                                             tr("Loading…"));
        m_ui->trendChart->setTrend({}, options);
        m_ui->organizationShareChart->setShares({}, Money(), options);
        m_ui->ageingChart->setAgeing({}, options);
        return;
    }
    const DashboardData& d = *m_data;
    const QString unit = options.unitName();
    const QString noOverdue = tr("No overdue debt at %1").arg(options.date(d.asOf()));

    QList<RankedBarChart::Bar> outstanding;
    for (const ReportRow* row : ranked(d.byProgram, &Figures::outstandingEnd)) {
        const QString value = options.money(row->figures.outstandingEnd);
        outstanding.append(
            {row->key, row->name, row->figures.outstandingEnd, value, ChartStyle::outstanding(),
             row->name + u'\n' + value + u' ' + unit + u'\n' +
                 tr("%1 borrowers with a balance").arg(options.count(row->figures.borrowers))});
    }
    m_ui->outstandingByProgramChart->setBars(tr("Outstanding by program"), unit, outstanding, options,
                                             tr("No outstanding at %1").arg(options.date(d.asOf())));

    const auto overdueBars = [&options, &unit](const QList<const ReportRow*>& rows, qsizetype limit) {
        QList<RankedBarChart::Bar> bars;
        for (const ReportRow* row : rows) {
            if (bars.size() >= limit)
                break;
            const QString value = options.money(row->figures.overdue);
            const QString ratio = options.percentWithSign(row->figures.overdueRatio());
            bars.append({row->key, row->name, row->figures.overdue,
                         value + QStringLiteral("  (") + ratio + u')',
                         ChartStyle::overdueBar(row->figures.overdueRatio()),
                         row->name + u'\n' + tr("Overdue: %1 %2").arg(value, unit) + u'\n' +
                             tr("Overdue ratio: %1").arg(ratio)});
        }
        return bars;
    };
    m_ui->overdueByProgramChart->setBars(tr("Overdue debt by program (ratio)"), unit,
                                         overdueBars(ranked(d.byProgram, &Figures::overdue), 12), options,
                                         noOverdue);
    const QList<const ReportRow*> communes = ranked(d.byCommune, &Figures::overdue);
    const QString communeTitle = d.communesWithOverdue > kCommunesShown
                                     ? tr("Overdue debt by commune, worst %1 of %2 (ratio)")
                                           .arg(kCommunesShown)
                                           .arg(d.communesWithOverdue)
                                     : tr("Overdue debt by commune (ratio)");
    m_ui->overdueByCommuneChart->setBars(communeTitle, unit, overdueBars(communes, kCommunesShown), options,
                                         noOverdue);
    m_ui->trendChart->setTrend(d.trend, options);
    m_ui->organizationShareChart->setShares(d.outstandingShares, d.total.outstandingEnd, options);
    m_ui->ageingChart->setAgeing(d.byProgram, options);
}
