#include "AdminSetupDialog.h"

#include "service/UserService.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AdminSetupDialog::AdminSetupDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_nameEdit(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_repeatEdit(new QLineEdit(this))
    , m_messageLabel(new QLabel(this))
    , m_dontAskAgain(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("adminSetupDialog"));
    setWindowTitle(tr("Create the admin account"));
    m_nameEdit->setObjectName(QStringLiteral("userNameLineEdit"));
    m_nameEdit->setMaxLength(UserService::kMaxNameLength);
    m_passwordEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_repeatEdit->setObjectName(QStringLiteral("repeatPasswordLineEdit"));
    m_repeatEdit->setEchoMode(QLineEdit::Password);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("QLabel#messageLabel { color: #b71c1c; }"));
    m_messageLabel->hide();
    m_dontAskAgain->setObjectName(QStringLiteral("dontAskAgainCheckBox"));
    m_dontAskAgain->setText(tr("&Do not ask again for this database"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create admin account"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Later"));

    auto* intro = new QLabel(
        tr("This database has no users yet, so anyone who can open it can change everything. Create its "
           "admin "
           "account: the admin then adds the staff and the director, each with their own password and role, "
           "and from then on LoanDesk opens on a sign-in.\n\nLater keeps the database without users for "
           "now."),
        this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);
    form->addRow(tr("&Repeat password:"), m_repeatEdit);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_dontAskAgain);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AdminSetupDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
    m_nameEdit->setFocus();
}

bool AdminSetupDialog::dontAskAgain() const
{
    return m_dontAskAgain->isChecked();
}

void AdminSetupDialog::create()
{
    const auto say = [this](const QString& message) {
        m_messageLabel->setText(message);
        m_messageLabel->show();
    };
    if (m_passwordEdit->text() != m_repeatEdit->text()) {
        say(tr("The two passwords differ."));
        return;
    }
    UserService users(m_database);
    if (Status s = users.addUser(Actor(), m_nameEdit->text(), Role::Admin, m_passwordEdit->text()); !s) {
        say(s.error().message);
        return;
    }
    auto actor = users.signIn(m_nameEdit->text(), m_passwordEdit->text());
    m_passwordEdit->clear();
    m_repeatEdit->clear();
    if (!actor) {
        say(actor.error().message);
        return;
    }
    m_actor = *actor;
    accept();
}
