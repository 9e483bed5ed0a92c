#include "BreakdownView.h"

#include "ui_BreakdownView.h"

#include "charts/AgeingChart.h"
#include "charts/ChartStyle.h"
#include "charts/RankedBarChart.h"
#include "charts/ShareDonutChart.h"
#include "common/PageStyle.h"
#include "common/ProvisionalBanner.h"
#include "common/RatioStyle.h"
#include "common/WrappingHeaderView.h"
#include "models/CrossTableModel.h"
#include "models/ItemRoles.h"
#include "models/TableFilterProxyModel.h"
#include "print/ReportSettings.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>

namespace {

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

/// Row height of the summary tables.
constexpr int kRowHeight = 24;

WrappingHeaderView* prepareTable(QTableView* view)
{
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(kRowHeight);
    // Titles that break onto two lines when the columns would not all fit (a 1366-pixel laptop).
    auto* header = new WrappingHeaderView(view);
    view->setSortingEnabled(false);
    view->setSortingEnabled(true);
    view->setStyleSheet(QStringLiteral("QHeaderView::section { padding: 2px 6px; }"));
    return header;
}

/// The height that shows every row of @p view, its header and a horizontal scroll bar.
int wholeTableHeight(const QTableView* view)
{
    const int rows = view->model() ? view->model()->rowCount() : 0;
    return view->horizontalHeader()->sizeHint().height() + rows * kRowHeight +
           view->horizontalScrollBar()->sizeHint().height() + 2 * view->frameWidth() + 2;
}

} // namespace

BreakdownView::BreakdownView(Breakdown by, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BreakdownView>())
    , m_by(by)
{
    m_ui->setupUi(this);
    PageStyle::apply(m_ui->titleLabel, m_ui->scopeLabel, m_ui->hintLabel, m_ui->restrictionLabel);
    // A summary of a month that is not closed says so in a bar under its title (domain.md §8).
    m_banner = new ProvisionalBanner(this);
    m_ui->viewLayout->insertWidget(1, m_banner);

    m_model = new ReportTableModel(fieldsFor(by), this);
    m_proxy = new TableFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_ui->breakdownTableView->setModel(m_proxy);
    m_header = prepareTable(m_ui->breakdownTableView);
    connect(m_ui->breakdownTableView, &QTableView::activated, this, &BreakdownView::activate);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_proxy, &TableFilterProxyModel::setSearchText);
    connect(m_ui->onlyOverdueCheckBox, &QCheckBox::toggled, m_proxy, &TableFilterProxyModel::setOnlyOverdue);
    connect(m_ui->clearRestrictionToolButton, &QToolButton::clicked, this,
            &BreakdownView::restrictionCleared);

    switch (by) {
    case Breakdown::Program:
        m_barChart = new RankedBarChart(m_ui->chartsWidget);
        m_ageingChart = new AgeingChart(m_ui->chartsWidget);
        m_ui->chartsLayout->addWidget(m_barChart, 55);
        m_ui->chartsLayout->addWidget(m_ageingChart, 45);
        connect(m_ageingChart, &AgeingChart::barClicked, this, &BreakdownView::rowActivated);
        break;
    case Breakdown::Commune:
        m_barChart = new RankedBarChart(m_ui->chartsWidget);
        m_secondBarChart = new RankedBarChart(m_ui->chartsWidget);
        m_ui->chartsLayout->addWidget(m_barChart, 1);
        m_ui->chartsLayout->addWidget(m_secondBarChart, 1);
        connect(m_secondBarChart, &RankedBarChart::barClicked, this, &BreakdownView::rowActivated);
        break;
    case Breakdown::Organization:
        m_donut = new ShareDonutChart(m_ui->chartsWidget);
        m_ui->chartsLayout->addWidget(m_donut, 1);
        connect(m_donut, &ShareDonutChart::sliceClicked, this, &BreakdownView::rowActivated);
        break;
    case Breakdown::Group:
        m_barChart = new RankedBarChart(m_ui->chartsWidget);
        m_ui->chartsLayout->addWidget(m_barChart, 1);
        break;
    }
    if (m_barChart)
        connect(m_barChart, &RankedBarChart::barClicked, this, &BreakdownView::rowActivated);

    if (by == Breakdown::Organization) {
        m_matrix = new CrossTableModel(this);
        m_matrixProxy = new TableFilterProxyModel(this);
        m_matrixProxy->setSourceModel(m_matrix);
        m_ui->matrixTableView->setModel(m_matrixProxy);
        m_matrixHeader = prepareTable(m_ui->matrixTableView);
        connect(m_ui->matrixTableView, &QTableView::activated, this, [this](const QModelIndex& index) {
            const QModelIndex source = m_matrixProxy->mapToSource(index);
            const QString program = source.data(ItemRoles::KeyRole).toString();
            const QString organization = m_matrix->columnKey(source.column());
            if (!program.isEmpty() || !organization.isEmpty())
                emit matrixCellActivated(program, organization);
        });
        m_ui->contentSplitter->setSizes({200, 220, 400});
    } else {
        m_ui->matrixGroupBox->hide();
        m_ui->contentSplitter->setStretchFactor(0, 5);
        m_ui->contentSplitter->setStretchFactor(1, 4);
    }
    setRestriction(QString());
    render();
}

BreakdownView::~BreakdownView() = default;

QList<ReportTableModel::Field> BreakdownView::fieldsFor(Breakdown by)
{
    using F = ReportTableModel::Field;
    switch (by) {
    case Breakdown::Program:
        return {F::Name,
                F::OutstandingEnd,
                F::Overdue,
                F::OverdueRatio,
                F::Frozen,
                F::Borrowers,
                F::Loans,
                F::Disbursed,
                F::CollectedPrincipal,
                F::CollectedInterest,
                F::OutstandingStart};
    case Breakdown::Commune:
        return {F::Name,      F::OutstandingEnd, F::Overdue,   F::OverdueRatio,       F::Frozen, F::Savings,
                F::Borrowers, F::Loans,          F::Disbursed, F::CollectedPrincipal, F::Key};
    case Breakdown::Organization:
        return {F::Name,    F::OutstandingEnd, F::Overdue, F::OverdueRatio, F::Frozen,
                F::Savings, F::Borrowers,      F::Loans,   F::Disbursed,    F::CollectedPrincipal};
    case Breakdown::Group:
        return {F::Key,     F::Name,         F::Commune, F::Organization, F::OutstandingEnd,
                F::Overdue, F::OverdueRatio, F::Frozen,  F::Savings,      F::Borrowers};
    }
    return {};
}

QTableView* BreakdownView::tableView() const
{
    return m_ui->breakdownTableView;
}

QTableView* BreakdownView::matrixView() const
{
    return m_ui->matrixTableView;
}

void BreakdownView::setState(const ViewState& state)
{
    if (state == m_state)
        return;
    m_state = state;
    m_model->setDisplayOptions(state.options);
    m_proxy->setCollationLocale(state.options.locale());
    if (m_matrix)
        m_matrix->setDisplayOptions(state.options);
    // Figures in another unit or language have other widths.
    m_header->fitColumns();
    if (m_matrixHeader)
        m_matrixHeader->fitColumns();
    render();
}

void BreakdownView::setData(std::shared_ptr<const DashboardData> dashboard, const ReportTable& table)
{
    m_data = std::move(dashboard);
    m_table = table;
    QHash<QString, ReportTableModel::GroupPlace> places;
    if (m_data && m_by == Breakdown::Group) {
        QHash<QString, QString> communeNames;
        for (const ReportRow& row : m_data->byCommune.rows)
            communeNames.insert(row.key, row.name);
        QHash<QString, QString> organizationNames;
        for (const ReportRow& row : m_data->byOrganization.rows)
            organizationNames.insert(row.key, row.name);
        for (const Group& group : m_data->groups)
            places.insert(group.code, {communeNames.value(group.communeCode),
                                       organizationNames.value(group.organizationCode)});
        places.insert(kDirectKey, {QString(), organizationNames.value(kDirectKey)});
    }
    m_model->setGroupPlaces(places);
    const bool firstTime = m_model->rowCount() == 0;
    m_model->setTable(table);
    if (m_matrix && m_data)
        m_matrix->setTable(m_data->programByOrganization);
    // The rows come in the bank's order (programs as in the catalogue, organisations HPN, HND, CCB, DTN,
    // codes ascending, direct lending last): a page opens in that order; a click on a column title sorts by
    // it.
    if (firstTime)
        m_ui->breakdownTableView->sortByColumn(-1, Qt::AscendingOrder);
    m_header->setKeyColumn(m_model->columnOf(ReportTableModel::Field::Name), 340, 170);
    m_header->fitColumns();
    if (m_matrix) {
        if (firstTime)
            m_ui->matrixTableView->sortByColumn(-1, Qt::AscendingOrder);
        m_matrixHeader->setKeyColumn(0, 340, 170);
        m_matrixHeader->fitColumns();
        // The organisations' table is short: every row and its total are shown, the matrix takes the rest.
        const int whole = wholeTableHeight(m_ui->breakdownTableView);
        m_ui->breakdownTableView->setMinimumHeight(whole);
        const QList<int> sizes = m_ui->contentSplitter->sizes();
        const int total = sizes.size() == 3 ? sizes[0] + sizes[1] + sizes[2] : 0;
        if (total > whole) {
            const int rest = total - whole;
            m_ui->contentSplitter->setSizes({whole, rest * 4 / 10, rest - rest * 4 / 10});
        } else {
            m_ui->contentSplitter->setSizes({whole, 220, 400});
        }
    }
    showMessage(QString());
    render();
}

void BreakdownView::setRestriction(const QString& text)
{
    m_restriction = text;
    m_ui->restrictionLabel->setText(text);
    m_ui->restrictionLabel->setVisible(!text.isEmpty());
    m_ui->clearRestrictionToolButton->setVisible(!text.isEmpty());
}

void BreakdownView::showMessage(const QString& message)
{
    if (!message.isEmpty())
        m_ui->scopeLabel->setText(
            QStringLiteral("<span style=\"color:#b71c1c\">%1</span>").arg(message.toHtmlEscaped()));
    else
        render();
}

void BreakdownView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        if (m_matrix)
            m_matrix->retranslate();
        m_header->fitColumns();
        if (m_matrixHeader)
            m_matrixHeader->fitColumns();
        setRestriction(m_restriction);
        render();
    }
    QWidget::changeEvent(event);
}

void BreakdownView::activate(const QModelIndex& proxyIndex)
{
    const QString key = proxyIndex.data(ItemRoles::KeyRole).toString();
    if (!key.isEmpty())
        emit rowActivated(key);
}

void BreakdownView::render()
{
    const DisplayOptions& options = m_state.options;
    QString title;
    switch (m_by) {
    case Breakdown::Program:
        title = tr("Programs");
        break;
    case Breakdown::Commune:
        title = tr("Communes and wards");
        break;
    case Breakdown::Organization:
        title = tr("Entrusted organisations");
        break;
    case Breakdown::Group:
        title = tr("Savings-and-loan groups");
        break;
    }
    const QString date = m_table.asOf.isValid() ? options.date(m_table.asOf) : QString();
    m_ui->titleLabel->setText(date.isEmpty() ? title : tr("%1 at the end of %2").arg(title, date));
    if (m_table.month.isValid())
        m_banner->setMonth(m_table.month, options.month(m_table.month), m_table.closed);
    else
        m_banner->clear();
    m_ui->scopeLabel->setText((m_state.scope.isEmpty() ? tr("Whole office") : m_state.scope) +
                              QStringLiteral("   ·   ") + ChartStyle::unitCaption(options));
    m_ui->legendLabel->setText(RatioStyle::legend(options.locale()));
    renderCharts();
    // What a saved or printed chart says above it.
    const QString office = m_state.report.office(options.language);
    const QString month = m_table.month.isValid() ? options.month(m_table.month) : QString();
    for (ChartPanel* chart :
         std::initializer_list<ChartPanel*>{m_barChart, m_secondBarChart, m_ageingChart, m_donut}) {
        if (chart)
            chart->setPageContext(office, month);
    }
}

void BreakdownView::renderCharts()
{
    const DisplayOptions& options = m_state.options;
    const QString unit = options.unitName();
    const QString noOverdue =
        tr("No overdue debt at %1").arg(m_table.asOf.isValid() ? options.date(m_table.asOf) : QString());
    const auto overdueBars = [&](const QList<const ReportRow*>& rows, qsizetype limit) {
        QList<RankedBarChart::Bar> bars;
        for (const ReportRow* row : rows) {
            if (bars.size() >= limit)
                break;
            const QString value = options.money(row->figures.overdue);
            const QString ratio = options.percentWithSign(row->figures.overdueRatio());
            bars.append({row->key, row->name, row->figures.overdue,
                         value + QStringLiteral("  (") + ratio + u')',
                         ChartStyle::overdueBar(row->figures.overdueRatio()),
                         row->name + u'\n' + value + u' ' + unit + QStringLiteral(" · ") + ratio});
        }
        return bars;
    };
    const auto outstandingBars = [&](const QList<const ReportRow*>& rows) {
        QList<RankedBarChart::Bar> bars;
        for (const ReportRow* row : rows) {
            const QString value = options.money(row->figures.outstandingEnd);
            bars.append({row->key, row->name, row->figures.outstandingEnd, value, ChartStyle::outstanding(),
                         row->name + u'\n' + value + u' ' + unit});
        }
        return bars;
    };
    switch (m_by) {
    case Breakdown::Program:
        m_barChart->setMaximumCategoryWidth(260);
        m_barChart->setBars(tr("Outstanding by program"), unit,
                            outstandingBars(ranked(m_table, &Figures::outstandingEnd)), options,
                            tr("No outstanding"));
        m_ageingChart->setAgeing(m_table, options);
        break;
    case Breakdown::Commune:
        m_barChart->setMaximumCategoryWidth(170);
        m_barChart->setBars(tr("Overdue debt by commune (ratio)"), unit,
                            overdueBars(ranked(m_table, &Figures::overdue), 40), options, noOverdue);
        m_secondBarChart->setMaximumCategoryWidth(170);
        m_secondBarChart->setBars(tr("Outstanding by commune"), unit,
                                  outstandingBars(ranked(m_table, &Figures::outstandingEnd)), options,
                                  tr("No outstanding"));
        break;
    case Breakdown::Organization:
        if (m_data)
            m_donut->setShares(m_data->outstandingShares, m_data->total.outstandingEnd, options);
        else
            m_donut->setShares({}, Money(), options);
        break;
    case Breakdown::Group: {
        m_barChart->setMaximumCategoryWidth(240);
        const QList<const ReportRow*> rows = ranked(m_table, &Figures::overdue);
        QList<const ReportRow*> groups;
        for (const ReportRow* row : rows) {
            if (row->key != kDirectKey)
                groups.append(row);
        }
        const QString title =
            groups.size() > 10
                ? tr("Groups with the most overdue debt, worst 10 of %1 (ratio)").arg(groups.size())
                : tr("Groups with overdue debt (ratio)");
        m_barChart->setBars(title, unit, overdueBars(groups, 10), options, noOverdue);
        break;
    }
    }
}
