#include "UsersDialog.h"

#include "service/Authorizer.h"
#include "service/UserService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

UsersDialog::UsersDialog(Database& database, QWidget* parent, Actor actor)
    : QDialog(parent)
    , m_database(database)
    , m_actor(std::move(actor))
    , m_table(new QTableWidget(0, 3, this))
    , m_nameEdit(new QLineEdit(this))
    , m_roleCombo(new QComboBox(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users"));
    m_table->setObjectName(QStringLiteral("usersTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_nameEdit->setObjectName(QStringLiteral("userNameLineEdit"));
    m_nameEdit->setMaxLength(UserService::kMaxNameLength);
    m_roleCombo->setObjectName(QStringLiteral("roleComboBox"));
    for (Role role : Roles::kAll)
        m_roleCombo->addItem(Authorizer::roleName(role), Roles::code(role));
    m_roleCombo->setCurrentIndex(1); // staff
    m_passwordEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("at least %1 characters").arg(UserService::kMinPasswordLength));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);

    auto* add = new QPushButton(tr("&Add user"), this);
    add->setObjectName(QStringLiteral("addUserButton"));
    auto* password = new QPushButton(tr("Set &password"), this);
    password->setObjectName(QStringLiteral("setPasswordButton"));
    auto* role = new QPushButton(tr("Change &role"), this);
    role->setObjectName(QStringLiteral("changeRoleButton"));
    auto* unlockButton = new QPushButton(tr("&Unlock"), this);
    unlockButton->setObjectName(QStringLiteral("unlockButton"));
    connect(add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(password, &QPushButton::clicked, this, &UsersDialog::setPassword);
    connect(role, &QPushButton::clicked, this, &UsersDialog::setRole);
    connect(unlockButton, &QPushButton::clicked, this, &UsersDialog::unlock);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this]() {
        const QString name = selectedName();
        if (name.isEmpty())
            return;
        m_nameEdit->setText(name);
        if (const QTableWidgetItem* roleItem = m_table->item(m_table->currentRow(), 1))
            m_roleCombo->setCurrentIndex(m_roleCombo->findData(roleItem->data(Qt::UserRole)));
    });

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("R&ole:"), m_roleCombo);
    form->addRow(tr("New pass&word:"), m_passwordEdit);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {add, password, role, unlockButton})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_messageLabel);
    layout->addWidget(close);
    resize(560, 460);
    refresh();
}

void UsersDialog::refresh()
{
    auto users = UserService(m_database).users();
    m_table->setRowCount(0);
    if (!users) {
        m_messageLabel->setText(users.error().message);
        return;
    }
    const QDateTime now = m_actor.now();
    for (const UserAccount& account : *users) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(account.name));
        auto* role = new QTableWidgetItem(Authorizer::roleName(account.role));
        role->setData(Qt::UserRole, Roles::code(account.role));
        m_table->setItem(row, 1, role);
        m_table->setItem(row, 2,
                         new QTableWidgetItem(account.isLockedAt(now)
                                                  ? tr("locked until %1")
                                                        .arg(account.lockedUntil.toLocalTime().toString(
                                                            QStringLiteral("HH:mm")))
                                                  : tr("active")));
    }
}

QString UsersDialog::selectedName() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    return selected.isEmpty() ? QString() : m_table->item(selected.front()->row(), 0)->text();
}

void UsersDialog::report(const Status& status, const QString& done)
{
    m_passwordEdit->clear();
    if (!status) {
        m_messageLabel->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
        m_messageLabel->setText(status.error().message);
        return;
    }
    m_messageLabel->setStyleSheet(QString());
    m_messageLabel->setText(done);
    refresh();
}

void UsersDialog::addUser()
{
    const auto role = Roles::parse(m_roleCombo->currentData().toString());
    const QString name = m_nameEdit->text().trimmed();
    report(UserService(m_database, m_actor.clock)
               .addUser(m_actor, name, role.value_or(Role::Staff), m_passwordEdit->text()),
           tr("Added %1.").arg(name));
}

void UsersDialog::setPassword()
{
    const QString name = m_nameEdit->text().trimmed();
    report(UserService(m_database, m_actor.clock).changePassword(m_actor, name, m_passwordEdit->text()),
           tr("Changed the password of %1.").arg(name));
}

void UsersDialog::setRole()
{
    const auto role = Roles::parse(m_roleCombo->currentData().toString());
    const QString name = m_nameEdit->text().trimmed();
    report(UserService(m_database, m_actor.clock).changeRole(m_actor, name, role.value_or(Role::Staff)),
           tr("%1 is now %2.").arg(name, m_roleCombo->currentText()));
}

void UsersDialog::unlock()
{
    const QString name = m_nameEdit->text().trimmed();
    report(UserService(m_database, m_actor.clock).unlock(m_actor, name), tr("Unlocked %1.").arg(name));
}
