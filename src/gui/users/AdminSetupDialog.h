#pragma once

#include "service/Actor.h"

#include <QDialog>

#include <optional>

class Database;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// Offered when the desktop program starts on a database without users: creates its admin account (the first
/// user, docs/security.md) and signs it in. "Later" keeps the database without users, used as before by
/// whoever uses this computer's account.
class AdminSetupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AdminSetupDialog(Database& database, QWidget* parent = nullptr);

    /// The admin, signed in, once the dialog was accepted.
    [[nodiscard]] const std::optional<Actor>& actor() const { return m_actor; }

public slots:
    /// Creates the admin account from the fields; accepts the dialog when it was created.
    void create();

private:
    Database& m_database;
    QLineEdit* m_nameEdit;
    QLineEdit* m_passwordEdit;
    QLineEdit* m_repeatEdit;
    QLabel* m_messageLabel;
    QDialogButtonBox* m_buttons;
    std::optional<Actor> m_actor;
};
