#include "BorrowersView.h"

#include "models/BorrowerListModel.h"
#include "registers/BorrowerDialog.h"
#include "registers/MoveBorrowerDialog.h"
#include "report/PortfolioBrowser.h"
#include "service/Authorizer.h"

#include <QAction>
#include <QBoxLayout>
#include <QEvent>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

BorrowersView::BorrowersView(const QString& databasePath, QWidget* parent)
    : BorrowersView(databasePath, new BorrowerListModel, parent)
{}

BorrowersView::BorrowersView(const QString& databasePath, BorrowerListModel* model, QWidget* parent)
    : ListPageView(databasePath, model, BorrowerListModel::Overdue, parent)
    , m_model(model)
{
    addEntryActions();
}

BorrowersView::~BorrowersView() = default;

void BorrowersView::addEntryActions()
{
    m_newAction = new QAction(this);
    m_editAction = new QAction(this);
    m_moveAction = new QAction(this);
    m_newAction->setObjectName(QStringLiteral("borrowersPageNewAction"));
    m_editAction->setObjectName(QStringLiteral("borrowersPageEditAction"));
    m_moveAction->setObjectName(QStringLiteral("borrowersPageMoveAction"));
    m_newButton = new QPushButton(this);
    m_editButton = new QPushButton(this);
    m_moveButton = new QPushButton(this);
    m_newButton->setObjectName(QStringLiteral("newBorrowerButton"));
    m_editButton->setObjectName(QStringLiteral("editBorrowerButton"));
    m_moveButton->setObjectName(QStringLiteral("moveBorrowerButton"));
    connect(m_newAction, &QAction::triggered, this, &BorrowersView::newBorrower);
    connect(m_editAction, &QAction::triggered, this, &BorrowersView::editBorrower);
    connect(m_moveAction, &QAction::triggered, this, &BorrowersView::moveBorrower);
    connect(m_newButton, &QPushButton::clicked, m_newAction, &QAction::trigger);
    connect(m_editButton, &QPushButton::clicked, m_editAction, &QAction::trigger);
    connect(m_moveButton, &QPushButton::clicked, m_moveAction, &QAction::trigger);

    QTableView* table = tableView();
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    table->addAction(m_newAction);
    table->addAction(m_editAction);
    table->addAction(m_moveAction);
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BorrowersView::updateEntryActions);
    connect(table->model(), &QAbstractItemModel::modelReset, this, &BorrowersView::updateEntryActions);

    // The entry buttons go on a row of their own above the table.
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_moveButton);
    buttons->addStretch(1);
    if (auto* page = qobject_cast<QBoxLayout*>(layout()))
        page->insertLayout(page->indexOf(table), buttons);
    retranslateEntry();
    updateEntryActions();
}

void BorrowersView::retranslateEntry()
{
    m_newAction->setText(tr("&New borrower…"));
    m_editAction->setText(tr("&Edit borrower…"));
    m_moveAction->setText(tr("&Move borrower…"));
    for (auto [button, action] : {std::pair{m_newButton, m_newAction}, std::pair{m_editButton, m_editAction},
                                  std::pair{m_moveButton, m_moveAction}})
        button->setText(action->text());
    updateEntryActions(); // the tooltips
}

void BorrowersView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_newAction)
        retranslateEntry();
    ListPageView::changeEvent(event);
}

void BorrowersView::setDatabase(Database* database)
{
    m_database = database;
    updateEntryActions();
}

void BorrowersView::updateEntryActions()
{
    // Each button is enabled when there is a database to write to, a row where one is needed, and the role
    // of the user signed in may do it; a role that may not says who may in the tooltip (the write service
    // refuses it anyway).
    const bool row = !currentBorrowerId().isEmpty();
    const Actor actor = Actor::currentUser();
    const struct
    {
        QAction* action;
        QPushButton* button;
        bool possible;
        Operation operation;
        QString usual;
    } entries[] = {
        {m_newAction, m_newButton, m_database != nullptr, Operation::RegisterBorrower, QString()},
        {m_editAction, m_editButton, m_database != nullptr && row, Operation::EditBorrower, QString()},
        {m_moveAction, m_moveButton, m_database != nullptr && row, Operation::MoveBorrower,
         tr("Move the borrower to another group or commune from a date")},
    };
    for (const auto& entry : entries) {
        const bool allowed = Authorizer::allowsActor(actor, entry.operation);
        entry.action->setEnabled(entry.possible && allowed);
        entry.action->setToolTip(allowed ? entry.usual : Authorizer::whyNot(*actor.role, entry.operation));
        entry.button->setEnabled(entry.action->isEnabled());
        entry.button->setToolTip(entry.action->toolTip());
    }
}

QString BorrowersView::currentBorrowerId() const
{
    const QModelIndex index = tableView()->currentIndex();
    if (!index.isValid())
        return {};
    const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(index.model());
    const QModelIndex source = proxy ? proxy->mapToSource(index) : index;
    if (!source.isValid() || source.row() >= m_model->rowCount())
        return {};
    return borrowerAt(source.row());
}

void BorrowersView::saved()
{
    reload();
    emit changed();
}

BorrowerDialog* BorrowersView::newBorrower()
{
    if (!m_database)
        return nullptr;
    auto* dialog = new BorrowerDialog(*m_database, m_model->displayOptions(), QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        saved();
        emit borrowerRegistered(dialog->borrower().id);
    });
    dialog->open();
    return dialog;
}

BorrowerDialog* BorrowersView::editBorrower()
{
    const QString id = currentBorrowerId();
    if (!m_database || id.isEmpty())
        return nullptr;
    auto* dialog = new BorrowerDialog(*m_database, m_model->displayOptions(), id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &BorrowersView::saved);
    dialog->open();
    return dialog;
}

MoveBorrowerDialog* BorrowersView::moveBorrower()
{
    const QString id = currentBorrowerId();
    if (!m_database || id.isEmpty())
        return nullptr;
    auto* dialog = new MoveBorrowerDialog(*m_database, m_model->displayOptions(), id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &BorrowersView::saved);
    dialog->open();
    return dialog;
}

void BorrowersView::reload()
{
    if (m_lastRequest)
        startLoading(*m_lastRequest);
}

QString BorrowersView::title(const QString& monthEnd) const
{
    return monthEnd.isEmpty() ? tr("Borrowers") : tr("Borrowers at the end of %1").arg(monthEnd);
}

QString BorrowersView::hint() const
{
    return tr("Double-click a borrower to open the ledger: loans, installments, repayments and savings.");
}

QString BorrowersView::loadingText() const
{
    return tr("Loading the borrowers…");
}

QString BorrowersView::errorText(const QString& error) const
{
    return tr("The borrowers could not be read: %1").arg(error);
}

QString BorrowersView::countText(const QString& shown, const QString& total) const
{
    return tr("%1 of %2 borrowers shown").arg(shown, total);
}

QString BorrowersView::borrowerAt(int row) const
{
    return m_model->lines().at(row).borrower.id;
}

void BorrowersView::startLoading(const Request& wanted)
{
    m_lastRequest = wanted;
    load(
        m_model, wanted,
        [](Database& database, const Request& request) {
            return PortfolioBrowser(database, request.language).borrowers(request.month, request.selection);
        },
        {{BorrowerListModel::Name, 190}, {BorrowerListModel::Commune, 160}, {BorrowerListModel::Group, 220}});
}
