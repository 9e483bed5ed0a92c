#include "ListPageView.h"

#include "ui_ListPageView.h"

#include "charts/ChartStyle.h"
#include "common/PageStyle.h"
#include "common/WrappingHeaderView.h"
#include "models/LineListModel.h"
#include "models/TableFilterProxyModel.h"

#include <QEvent>
#include <QHeaderView>

ListPageView::ListPageView(const QString& databasePath, LineListModelBase* model, int sortColumn,
                           QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ListPageView>())
    , m_loader(new BackgroundLoader(databasePath, this))
    , m_model(model)
{
    m_ui->setupUi(this);
    m_model->setParent(this);
    PageStyle::apply(m_ui->titleLabel, m_ui->scopeLabel, m_ui->hintLabel, m_ui->restrictionLabel);
    m_proxy = new TableFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    QTableView* table = m_ui->tableView;
    table->setModel(m_proxy);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(24);
    // Titles on two lines when the columns would not fit an office laptop's width.
    m_header = new WrappingHeaderView(table);
    m_header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->setSortingEnabled(false);
    table->setSortingEnabled(true);
    table->sortByColumn(sortColumn, Qt::DescendingOrder);
    connect(table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid())
            emit borrowerActivated(borrowerAt(source.row()));
    });
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_proxy, &TableFilterProxyModel::setSearchText);
    connect(m_ui->onlyOverdueCheckBox, &QCheckBox::toggled, m_proxy, &TableFilterProxyModel::setOnlyOverdue);
    connect(m_ui->clearRestrictionToolButton, &QToolButton::clicked, this, &ListPageView::restrictionCleared);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ListPageView::render);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ListPageView::render);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ListPageView::render);
    connect(m_loader, &BackgroundLoader::busyChanged, this, &ListPageView::busyChanged);
    connect(m_loader, &BackgroundLoader::busyChanged, this, &ListPageView::render);
    // The texts come from the page's virtual functions, which answer once the page is constructed.
    QMetaObject::invokeMethod(this, &ListPageView::render, Qt::QueuedConnection);
}

ListPageView::~ListPageView()
{
    // The page's own part is gone: nothing may reach render() and its virtual texts any more.
    m_proxy->disconnect(this);
    m_loader->disconnect(this);
}

bool ListPageView::isBusy() const
{
    return m_loader->isBusy();
}

QTableView* ListPageView::tableView() const
{
    return m_ui->tableView;
}

void ListPageView::setState(const ViewState& state)
{
    m_state = state;
    m_model->setDisplayOptions(state.options);
    m_proxy->setCollationLocale(state.options.locale());
    render();
    loadIfNeeded();
}

void ListPageView::setSelection(const PortfolioSelection& selection, const QString& description)
{
    m_selection = selection;
    m_selection.filter = {};
    m_description = description;
    render();
    loadIfNeeded();
}

ListPageView::Request ListPageView::request() const
{
    Request request;
    request.month = m_state.month;
    request.selection = m_selection;
    request.selection.filter = m_state.filter;
    request.language = m_state.options.language;
    return request;
}

void ListPageView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    loadIfNeeded();
}

void ListPageView::reload()
{
    m_loader->cancel(); // what it was reading may predate the change
    m_loaded.reset();
    m_loading.reset();
    loadIfNeeded();
}

void ListPageView::loadIfNeeded()
{
    if (!isVisible() || !m_state.month.isValid())
        return;
    const Request wanted = request();
    if ((m_loaded && *m_loaded == wanted) || (m_loading && *m_loading == wanted))
        return;
    m_loading = wanted;
    startLoading(wanted);
}

void ListPageView::finishLoading(const Request& wanted, const QString& error,
                                 const QList<std::pair<int, int>>& widest)
{
    m_loading.reset();
    m_error = error;
    if (!error.isEmpty()) {
        m_loaded.reset();
    } else {
        m_loaded = wanted;
        for (const auto& [column, width] : widest)
            m_header->setColumnMaximum(column, width);
        m_header->fitColumns();
    }
    render();
}

void ListPageView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        render();
    }
    QWidget::changeEvent(event);
}

void ListPageView::render()
{
    const DisplayOptions& options = m_state.options;
    m_ui->titleLabel->setText(
        title(m_state.month.isValid() ? options.date(m_state.month.lastDay()) : QString()));
    m_ui->scopeLabel->setText((m_state.scope.isEmpty() ? tr("Whole office") : m_state.scope) +
                              QStringLiteral("   ·   ") + ChartStyle::unitCaption(options));
    m_ui->hintLabel->setText(hint());
    m_ui->restrictionLabel->setText(m_description);
    m_ui->restrictionLabel->setVisible(!m_description.isEmpty());
    m_ui->clearRestrictionToolButton->setVisible(!m_description.isEmpty());
    QString count;
    if (m_loader->isBusy())
        count = loadingText();
    else if (!m_error.isEmpty())
        count = errorText(m_error);
    else
        count = countText(options.count(m_proxy->rowCount()), options.count(m_model->rowCount()));
    m_ui->countLabel->setText(count);
}
