#include "BorrowersView.h"

#include "ui_BorrowersView.h"

#include "charts/ChartStyle.h"
#include "common/BackgroundLoader.h"
#include "models/BorrowerListModel.h"
#include "models/ItemRoles.h"
#include "models/TableFilterProxyModel.h"
#include "report/PortfolioBrowser.h"

#include <QEvent>
#include <QHeaderView>

BorrowersView::BorrowersView(const QString& databasePath, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BorrowersView>())
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
    m_model = new BorrowerListModel(this);
    m_proxy = new TableFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    QTableView* table = m_ui->borrowersTableView;
    table->setModel(m_proxy);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(24);
    table->horizontalHeader()->setHighlightSections(false);
    table->sortByColumn(BorrowerListModel::Overdue, Qt::DescendingOrder);
    connect(table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid())
            emit borrowerActivated(m_model->lines().at(source.row()).borrower.id);
    });
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_proxy, &TableFilterProxyModel::setSearchText);
    connect(m_ui->onlyOverdueCheckBox, &QCheckBox::toggled, m_proxy, &TableFilterProxyModel::setOnlyOverdue);
    connect(m_ui->clearRestrictionToolButton, &QToolButton::clicked, this,
            &BorrowersView::restrictionCleared);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &BorrowersView::render);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &BorrowersView::render);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BorrowersView::render);
    connect(m_loader, &BackgroundLoader::busyChanged, this, &BorrowersView::busyChanged);
    connect(m_loader, &BackgroundLoader::busyChanged, this, &BorrowersView::render);
    render();
}

BorrowersView::~BorrowersView() = default;

bool BorrowersView::isBusy() const
{
    return m_loader->isBusy();
}

QTableView* BorrowersView::tableView() const
{
    return m_ui->borrowersTableView;
}

void BorrowersView::setState(const ViewState& state)
{
    m_state = state;
    m_model->setDisplayOptions(state.options);
    m_proxy->setCollationLocale(state.options.locale());
    render();
    loadIfNeeded();
}

void BorrowersView::setSelection(const PortfolioSelection& selection, const QString& description)
{
    m_selection = selection;
    m_selection.filter = {};
    m_description = description;
    render();
    loadIfNeeded();
}

BorrowersView::Request BorrowersView::request() const
{
    Request request;
    request.month = m_state.month;
    request.selection = m_selection;
    request.selection.filter = m_state.filter;
    request.language = m_state.options.language;
    return request;
}

void BorrowersView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    loadIfNeeded();
}

void BorrowersView::loadIfNeeded()
{
    if (!isVisible() || !m_state.month.isValid())
        return;
    const Request wanted = request();
    if ((m_loaded && *m_loaded == wanted) || (m_loading && *m_loading == wanted))
        return;
    m_loading = wanted;
    m_loader->load<BorrowerListModel::Lines>(
        [wanted](Database& database) -> Result<BorrowerListModel::Lines> {
            auto borrowers =
                PortfolioBrowser(database, wanted.language).borrowers(wanted.month, wanted.selection);
            if (!borrowers)
                return borrowers.error();
            return BorrowerListModel::prepare(std::move(borrowers).value());
        },
        [this, wanted](const Result<BorrowerListModel::Lines>& result) {
            m_loading.reset();
            if (!result) {
                m_error = result.error().message;
                m_loaded.reset();
                m_model->setLines({});
            } else {
                m_error.clear();
                m_loaded = wanted;
                m_model->setLines(result.value());
                QTableView* table = m_ui->borrowersTableView;
                table->resizeColumnsToContents();
                for (const auto& [column, widest] :
                     {std::pair{BorrowerListModel::Name, 190}, std::pair{BorrowerListModel::Commune, 160},
                      std::pair{BorrowerListModel::Group, 220}})
                    table->setColumnWidth(column, std::min(table->columnWidth(column), widest));
            }
            render();
        });
}

void BorrowersView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        render();
    }
    QWidget::changeEvent(event);
}

void BorrowersView::render()
{
    const DisplayOptions& options = m_state.options;
    m_ui->titleLabel->setText(
        m_state.month.isValid() ? tr("Borrowers at the end of %1").arg(options.date(m_state.month.lastDay()))
                                : tr("Borrowers"));
    m_ui->scopeLabel->setText((m_state.scope.isEmpty() ? tr("Whole office") : m_state.scope) +
                              QStringLiteral("   ·   ") + ChartStyle::unitCaption(options));
    m_ui->restrictionLabel->setText(m_description);
    m_ui->restrictionLabel->setVisible(!m_description.isEmpty());
    m_ui->clearRestrictionToolButton->setVisible(!m_description.isEmpty());
    QString count;
    if (m_loader->isBusy())
        count = tr("Loading the borrowers…");
    else if (!m_error.isEmpty())
        count = tr("The borrowers could not be read: %1").arg(m_error);
    else
        count = tr("%1 of %2 borrowers shown")
                    .arg(options.count(m_proxy->rowCount()), options.count(m_model->rowCount()));
    m_ui->countLabel->setText(count);
}
