#include "SignInDialog.h"

#include "AdminSetupDialog.h"
#include "common/AppSettings.h"
#include "db/Database.h"

#include "service/UserService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_nameEdit(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_messageLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to LoanDesk"));
    m_nameEdit->setObjectName(QStringLiteral("userNameLineEdit"));
    m_nameEdit->setMaxLength(UserService::kMaxNameLength);
    m_passwordEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setMaxLength(UserService::kMaxPasswordLength);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("QLabel#messageLabel { color: #b71c1c; }"));
    m_messageLabel->hide();
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));

    auto* intro = new QLabel(tr("This database has users: sign in with your name and password."), this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
    m_nameEdit->setFocus();
}

void SignInDialog::trySignIn()
{
    auto actor = UserService(m_database).signIn(m_nameEdit->text(), m_passwordEdit->text());
    m_passwordEdit->clear();
    if (!actor) {
        m_messageLabel->setText(actor.error().message);
        m_messageLabel->show();
        m_passwordEdit->setFocus();
        return;
    }
    m_actor = *actor;
    accept();
}

bool SignInDialog::signInTo(Database& database, QWidget* parent, bool offerAdmin)
{
    auto hasUsers = UserService(database).hasUsers();
    if (hasUsers && *hasUsers) {
        Actor::setSignedIn(std::nullopt);
        SignInDialog dialog(database, parent);
        if (dialog.exec() != QDialog::Accepted || !dialog.actor())
            return false;
        Actor::setSignedIn(dialog.actor());
        return true;
    }
    Actor::setSignedIn(std::nullopt);
    if (offerAdmin && hasUsers && !database.isReadOnly() &&
        !AppSettings::adminOfferDeclined(database.path())) {
        AdminSetupDialog setup(database, parent);
        if (setup.exec() == QDialog::Accepted && setup.actor())
            Actor::setSignedIn(setup.actor());
        else if (setup.dontAskAgain())
            AppSettings::setAdminOfferDeclined(database.path(), true);
    }
    return true;
}
