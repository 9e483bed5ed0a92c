#pragma once

#include "service/Actor.h"

#include <QDialog>

#include <optional>

class Database;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// Sign-in to a database that has users (docs/security.md): a name and a password, checked by UserService. A
/// wrong password or a locked account is said under the fields and the dialog stays open; the password field
/// is emptied after every attempt.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(Database& database, QWidget* parent = nullptr);

    /// The signed-in user once the dialog was accepted.
    [[nodiscard]] const std::optional<Actor>& actor() const { return m_actor; }

    /// Before a window shows @p database: when it has users, asks for a sign-in (false when the person gives
    /// up); otherwise, when @p offerAdmin, offers to create the admin account (AdminSetupDialog). Records
    /// the outcome with Actor::setSignedIn.
    static bool signInTo(Database& database, QWidget* parent, bool offerAdmin);

public slots:
    /// Checks the name and password; accepts the dialog when they are right.
    void trySignIn();

private:
    Database& m_database;
    QLineEdit* m_nameEdit;
    QLineEdit* m_passwordEdit;
    QLabel* m_messageLabel;
    QDialogButtonBox* m_buttons;
    std::optional<Actor> m_actor;
};
