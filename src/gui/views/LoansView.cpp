#include "LoansView.h"

#include "ui_LoansView.h"

#include "charts/ChartStyle.h"
#include "common/BackgroundLoader.h"
#include "models/ItemRoles.h"
#include "models/LoanListModel.h"
#include "models/TableFilterProxyModel.h"
#include "report/PortfolioBrowser.h"

#include <QEvent>
#include <QHeaderView>

LoansView::LoansView(const QString& databasePath, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LoansView>())
    , m_loader(new BackgroundLoader(databasePath, this))
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(13);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->scopeLabel->setStyleSheet(QStringLiteral("color: #4a5765;"));
    m_ui->hintLabel->setStyleSheet(QStringLiteral("color: #6b7785;"));
    m_ui->restrictionLabel->setStyleSheet(
        QStringLiteral("background: #e4eef8; color: #1d4f7c; border-radius: 3px; padding: 3px 8px;"));
    m_model = new LoanListModel(this);
    m_proxy = new TableFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    QTableView* table = m_ui->loansTableView;
    table->setModel(m_proxy);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(24);
    table->horizontalHeader()->setHighlightSections(false);
    table->sortByColumn(LoanListModel::Outstanding, Qt::DescendingOrder);
    connect(table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid())
            emit borrowerActivated(m_model->lines().at(source.row()).borrowerId);
    });
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_proxy, &TableFilterProxyModel::setSearchText);
    connect(m_ui->onlyOverdueCheckBox, &QCheckBox::toggled, m_proxy, &TableFilterProxyModel::setOnlyOverdue);
    connect(m_ui->clearRestrictionToolButton, &QToolButton::clicked, this, &LoansView::restrictionCleared);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LoansView::render);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LoansView::render);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LoansView::render);
    connect(m_loader, &BackgroundLoader::busyChanged, this, &LoansView::busyChanged);
    connect(m_loader, &BackgroundLoader::busyChanged, this, &LoansView::render);
    render();
}

LoansView::~LoansView() = default;

bool LoansView::isBusy() const
{
    return m_loader->isBusy();
}

QTableView* LoansView::tableView() const
{
    return m_ui->loansTableView;
}

void LoansView::setState(const ViewState& state)
{
    m_state = state;
    m_model->setDisplayOptions(state.options);
    m_proxy->setCollationLocale(state.options.locale());
    render();
    loadIfNeeded();
}

void LoansView::setSelection(const PortfolioSelection& selection, const QString& description)
{
    m_selection = selection;
    m_selection.filter = {};
    m_description = description;
    render();
    loadIfNeeded();
}

LoansView::Request LoansView::request() const
{
    Request request;
    request.month = m_state.month;
    request.selection = m_selection;
    request.selection.filter = m_state.filter;
    request.language = m_state.options.language;
    return request;
}

void LoansView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    loadIfNeeded();
}

void LoansView::loadIfNeeded()
{
    if (!isVisible() || !m_state.month.isValid())
        return;
    const Request wanted = request();
    if ((m_loaded && *m_loaded == wanted) || (m_loading && *m_loading == wanted))
        return;
    m_loading = wanted;
    m_loader->load<LoanListModel::Lines>(
        [wanted](Database& database) -> Result<LoanListModel::Lines> {
            auto loans = PortfolioBrowser(database, wanted.language).loans(wanted.month, wanted.selection);
            if (!loans)
                return loans.error();
            return LoanListModel::prepare(std::move(loans).value());
        },
        [this, wanted](const Result<LoanListModel::Lines>& result) {
            m_loading.reset();
            if (!result) {
                m_error = result.error().message;
                m_loaded.reset();
                m_model->setLines({});
            } else {
                m_error.clear();
                m_loaded = wanted;
                m_model->setLines(result.value());
                QTableView* table = m_ui->loansTableView;
                table->resizeColumnsToContents();
                for (const auto& [column, widest] :
                     {std::pair{LoanListModel::Borrower, 190}, std::pair{LoanListModel::Program, 220},
                      std::pair{LoanListModel::Commune, 160}, std::pair{LoanListModel::Group, 220}})
                    table->setColumnWidth(column, std::min(table->columnWidth(column), widest));
            }
            render();
        });
}

void LoansView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        render();
    }
    QWidget::changeEvent(event);
}

void LoansView::render()
{
    const DisplayOptions& options = m_state.options;
    m_ui->titleLabel->setText(m_state.month.isValid()
                                  ? tr("Loans at the end of %1").arg(options.date(m_state.month.lastDay()))
                                  : tr("Loans"));
    m_ui->scopeLabel->setText((m_state.scope.isEmpty() ? tr("Whole office") : m_state.scope) +
                              QStringLiteral("   ·   ") + ChartStyle::unitCaption(options));
    m_ui->restrictionLabel->setText(m_description);
    m_ui->restrictionLabel->setVisible(!m_description.isEmpty());
    m_ui->clearRestrictionToolButton->setVisible(!m_description.isEmpty());
    QString count;
    if (m_loader->isBusy())
        count = tr("Loading the loans…");
    else if (!m_error.isEmpty())
        count = tr("The loans could not be read: %1").arg(m_error);
    else
        count = tr("%1 of %2 loans shown (with a balance at the month end or a movement in the month)")
                    .arg(options.count(m_proxy->rowCount()), options.count(m_model->rowCount()));
    m_ui->countLabel->setText(count);
}
