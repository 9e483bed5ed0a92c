#include "HistoryView.h"

#include "ui_HistoryView.h"

#include "common/BackgroundLoader.h"
#include "common/PageStyle.h"
#include "models/AuditTrailModel.h"
#include "models/ItemRoles.h"
#include "models/TableFilterProxyModel.h"
#include "repo/AuditRepository.h"
#include "repo/BorrowerRepository.h"

#include <QEvent>
#include <QHeaderView>
#include <QSet>
#include <QTimer>

HistoryView::HistoryView(const QString& databasePath, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryView>())
    , m_loader(new BackgroundLoader(databasePath, this))
    , m_model(new AuditTrailModel(this))
    , m_recordTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    PageStyle::apply(m_ui->titleLabel, m_ui->scopeLabel, m_ui->hintLabel, m_ui->restrictionLabel);
    m_proxy = new TableFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    QTableView* table = m_ui->historyTableView;
    table->setModel(m_proxy);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(24);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->sortByColumn(AuditTrailModel::Time, Qt::DescendingOrder);

    const QDate today = QDate::currentDate();
    m_ui->fromDateEdit->setDate(today.addMonths(-1));
    m_ui->toDateEdit->setDate(today);
    m_ui->restrictionLabel->hide();
    m_ui->clearRestrictionToolButton->hide();
    fillUsers({});

    // Typing in the record box narrows the list once the typing pauses.
    m_recordTimer->setSingleShot(true);
    m_recordTimer->setInterval(350);
    connect(m_recordTimer, &QTimer::timeout, this, [this]() {
        m_record = m_ui->recordLineEdit->text().trimmed();
        loadIfNeeded();
    });
    connect(m_ui->recordLineEdit, &QLineEdit::textChanged, this, [this]() {
        if (!m_updatingControls)
            m_recordTimer->start();
    });
    const auto datesChanged = [this]() {
        m_ui->fromDateEdit->setEnabled(m_ui->fromCheckBox->isChecked());
        m_ui->toDateEdit->setEnabled(m_ui->toCheckBox->isChecked());
        if (!m_updatingControls)
            loadIfNeeded();
    };
    connect(m_ui->fromCheckBox, &QCheckBox::toggled, this, datesChanged);
    connect(m_ui->toCheckBox, &QCheckBox::toggled, this, datesChanged);
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, datesChanged);
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, datesChanged);
    connect(m_ui->userComboBox, &QComboBox::currentIndexChanged, this, [this]() {
        if (m_updatingControls)
            return;
        m_user = m_ui->userComboBox->currentData().toString();
        loadIfNeeded();
    });
    connect(m_ui->clearRestrictionToolButton, &QToolButton::clicked, this, &HistoryView::restrictionCleared);
    connect(table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString borrower = m_proxy->mapToSource(index).data(ItemRoles::KeyRole).toString();
        if (!borrower.isEmpty())
            emit borrowerActivated(borrower);
    });
    connect(m_loader, &BackgroundLoader::busyChanged, this, &HistoryView::busyChanged);
    connect(m_loader, &BackgroundLoader::busyChanged, this, &HistoryView::render);
    render();
}

HistoryView::~HistoryView()
{
    m_loader->cancel();
}

bool HistoryView::isBusy() const
{
    return m_loader->isBusy();
}

QTableView* HistoryView::tableView() const
{
    return m_ui->historyTableView;
}

void HistoryView::setState(const ViewState& state)
{
    m_state = state;
    m_model->setDisplayOptions(state.options);
    m_proxy->setCollationLocale(state.options.locale());
    render();
}

void HistoryView::setBorrower(const QString& borrowerId)
{
    if (borrowerId == m_borrowerId)
        return;
    m_borrowerId = borrowerId;
    render();
    loadIfNeeded();
}

void HistoryView::setDateRange(const QDate& from, const QDate& to)
{
    m_updatingControls = true;
    m_ui->fromCheckBox->setChecked(from.isValid());
    if (from.isValid())
        m_ui->fromDateEdit->setDate(from);
    m_ui->toCheckBox->setChecked(to.isValid());
    if (to.isValid())
        m_ui->toDateEdit->setDate(to);
    m_ui->fromDateEdit->setEnabled(from.isValid());
    m_ui->toDateEdit->setEnabled(to.isValid());
    m_updatingControls = false;
    loadIfNeeded();
}

void HistoryView::setUser(const QString& user)
{
    m_user = user;
    fillUsers(m_users);
    loadIfNeeded();
}

void HistoryView::setRecordText(const QString& text)
{
    m_updatingControls = true;
    m_ui->recordLineEdit->setText(text);
    m_updatingControls = false;
    m_recordTimer->stop();
    m_record = text.trimmed();
    loadIfNeeded();
}

void HistoryView::reload()
{
    m_loaded.reset();
    m_loading.reset();
    loadIfNeeded();
}

HistoryView::Request HistoryView::request() const
{
    Request wanted;
    if (m_ui->fromCheckBox->isChecked())
        wanted.from = m_ui->fromDateEdit->date();
    if (m_ui->toCheckBox->isChecked())
        wanted.to = m_ui->toDateEdit->date();
    wanted.user = m_user;
    wanted.record = m_record;
    wanted.borrowerId = m_borrowerId;
    return wanted;
}

void HistoryView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    loadIfNeeded();
}

void HistoryView::loadIfNeeded()
{
    if (!isVisible())
        return;
    const Request wanted = request();
    if ((m_loaded && *m_loaded == wanted) || (m_loading && *m_loading == wanted))
        return;
    m_loading = wanted;
    m_loader->load<Loaded>(
        [wanted](Database& database) -> Result<Loaded> {
            AuditRepository trail(database);
            AuditFilter filter;
            filter.from = wanted.from;
            filter.to = wanted.to;
            filter.user = wanted.user;
            filter.record = wanted.record;
            filter.borrowerId = wanted.borrowerId;
            filter.limit = kLimit + 1;
            auto entries = trail.find(filter);
            if (!entries)
                return entries.error();
            Loaded loaded;
            loaded.entries = std::move(entries).value();
            loaded.truncated = loaded.entries.size() > kLimit;
            if (loaded.truncated)
                loaded.entries.resize(kLimit);
            auto users = trail.users();
            if (!users)
                return users.error();
            loaded.users = std::move(users).value();
            QSet<QString> ids;
            if (!wanted.borrowerId.isEmpty())
                ids.insert(wanted.borrowerId);
            for (const AuditEntry& entry : std::as_const(loaded.entries)) {
                if (!entry.borrowerId.isEmpty())
                    ids.insert(entry.borrowerId);
            }
            auto borrowers = BorrowerRepository(database).find(QStringList(ids.cbegin(), ids.cend()));
            if (!borrowers)
                return borrowers.error();
            for (const Borrower& borrower : std::as_const(*borrowers))
                loaded.borrowerNames.insert(borrower.id, borrower.fullName);
            return loaded;
        },
        [this, wanted](const Result<Loaded>& result) {
            m_loading.reset();
            if (!result) {
                m_error = result.error().message;
                m_loaded.reset();
                m_model->setEntries({}, {});
                m_truncated = false;
            } else {
                m_error.clear();
                m_loaded = wanted;
                m_truncated = result->truncated;
                m_model->setEntries(result->entries, result->borrowerNames);
                fillUsers(result->users);
                QTableView* table = m_ui->historyTableView;
                table->resizeColumnsToContents();
                const QList<std::pair<int, int>> widest = {{AuditTrailModel::Record, 260},
                                                           {AuditTrailModel::Reason, 320},
                                                           {AuditTrailModel::Borrower, 240},
                                                           {AuditTrailModel::Change, 520}};
                for (const auto& [column, width] : widest)
                    table->setColumnWidth(column, std::min(table->columnWidth(column), width));
            }
            render();
        });
}

void HistoryView::fillUsers(const QStringList& users)
{
    m_users = users;
    m_updatingControls = true;
    QComboBox* combo = m_ui->userComboBox;
    combo->clear();
    combo->addItem(tr("All users"), QString());
    QStringList listed = users;
    if (!m_user.isEmpty() && !listed.contains(m_user))
        listed.append(m_user);
    for (const QString& user : std::as_const(listed))
        combo->addItem(user, user);
    combo->setCurrentIndex(std::max(0, combo->findData(m_user)));
    m_updatingControls = false;
}

void HistoryView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        fillUsers(m_users);
        render();
    }
    QWidget::changeEvent(event);
}

void HistoryView::render()
{
    const DisplayOptions& options = m_state.options;
    m_ui->titleLabel->setText(tr("History of changes"));
    m_ui->scopeLabel->setText(
        tr("Newest first   ·   times are the local time of the computer that made the change"));
    m_ui->hintLabel->setText(tr("Double-click a change of a borrower's records to open the ledger."));
    QString restriction;
    if (!m_borrowerId.isEmpty()) {
        const QString name = m_model->borrowerName(m_borrowerId);
        restriction = name.isEmpty() ? tr("Borrower %1").arg(m_borrowerId)
                                     : tr("Borrower %1 · %2").arg(m_borrowerId, name);
    }
    m_ui->restrictionLabel->setText(restriction);
    m_ui->restrictionLabel->setVisible(!restriction.isEmpty());
    m_ui->clearRestrictionToolButton->setVisible(!restriction.isEmpty());
    QString count;
    const int rows = m_model->rowCount();
    if (m_loader->isBusy())
        count = tr("Reading the history…");
    else if (!m_error.isEmpty())
        count = tr("The history could not be read: %1").arg(m_error);
    else if (rows == 0)
        count = tr("No change recorded matches the filter");
    else if (m_truncated)
        count =
            tr("The newest %1 changes shown: narrow the filter to see older ones").arg(options.count(rows));
    else
        count = tr("Changes shown: %1").arg(options.count(rows));
    m_ui->countLabel->setText(count);
}
