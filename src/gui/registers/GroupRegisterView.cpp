#include "GroupRegisterView.h"

#include "GroupDialog.h"
#include "GroupRegisterModel.h"

#include "models/ItemRoles.h"
#include "models/TableFilterProxyModel.h"
#include "repo/ReferenceRepository.h"
#include "report/RegisterReader.h"
#include "service/Actor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

GroupRegisterView::GroupRegisterView(Database& database, const DisplayOptions& options, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_options(options)
    , m_model(new GroupRegisterModel(this))
    , m_proxy(new TableFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_newButton(new QPushButton(tr("&New group…"), this))
    , m_editButton(new QPushButton(tr("&Edit group…"), this))
    , m_countLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("groupRegisterView"));
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_table->setObjectName(QStringLiteral("groupsTableView"));
    m_newButton->setObjectName(QStringLiteral("newGroupButton"));
    m_editButton->setObjectName(QStringLiteral("editGroupButton"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_search->setPlaceholderText(tr("Search by name, code, commune, village or leader…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(300);

    m_proxy->setSourceModel(m_model);
    m_proxy->setCollationLocale(options.locale());
    m_table->setModel(m_proxy);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(GroupRegisterModel::Code, Qt::AscendingOrder);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this]() { m_editButton->setEnabled(m_table->currentIndex().isValid()); });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &TableFilterProxyModel::setSearchText);
    connect(m_search, &QLineEdit::textChanged, this, &GroupRegisterView::updateCount);
    connect(m_newButton, &QPushButton::clicked, this, &GroupRegisterView::newGroup);
    connect(m_editButton, &QPushButton::clicked, this, &GroupRegisterView::editGroup);
    connect(m_table, &QTableView::activated, this, &GroupRegisterView::editGroup);

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_newButton);
    tools->addWidget(m_editButton);
    tools->addStretch(1);
    tools->addWidget(m_search);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_countLabel);
    reload();
}

void GroupRegisterView::reload()
{
    const QString current = currentGroupCode();
    QList<GroupRegisterLine> lines;
    Catalogue catalogue;
    auto read = RegisterReader(m_database).groups(Actor::currentUser().today());
    if (read)
        lines = std::move(read).value();
    if (auto reference = ReferenceRepository(m_database).catalogue())
        catalogue = std::move(reference).value();
    m_model->setLines(std::move(lines), catalogue, m_options);
    m_table->resizeColumnsToContents();
    if (!current.isEmpty()) {
        const QModelIndexList found =
            m_proxy->match(m_proxy->index(0, 0), ItemRoles::KeyRole, current, 1, Qt::MatchExactly);
        if (!found.isEmpty())
            m_table->setCurrentIndex(found.first());
    }
    updateCount();
    if (!read)
        m_countLabel->setText(tr("The groups could not be read: %1").arg(read.error().message));
}

void GroupRegisterView::updateCount()
{
    m_countLabel->setText(
        tr("%1 of %2 groups shown")
            .arg(m_options.count(m_proxy->rowCount()), m_options.count(m_model->rowCount())));
    m_editButton->setEnabled(m_table->currentIndex().isValid());
}

QString GroupRegisterView::currentGroupCode() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(ItemRoles::KeyRole).toString() : QString();
}

GroupDialog* GroupRegisterView::openDialog(GroupDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        const QString code = dialog->group().code;
        reload();
        const QModelIndexList found =
            m_proxy->match(m_proxy->index(0, 0), ItemRoles::KeyRole, code, 1, Qt::MatchExactly);
        if (!found.isEmpty())
            m_table->setCurrentIndex(found.first());
        updateCount();
        emit changed();
    });
    dialog->open();
    return dialog;
}

GroupDialog* GroupRegisterView::newGroup()
{
    return openDialog(new GroupDialog(m_database, m_options, std::nullopt, this));
}

GroupDialog* GroupRegisterView::editGroup()
{
    const QString code = currentGroupCode();
    for (const GroupRegisterLine& line : m_model->lines()) {
        if (line.group.code == code)
            return openDialog(new GroupDialog(m_database, m_options, line.group, this));
    }
    return nullptr;
}
