#pragma once

#include "service/Actor.h"

#include <QDialog>

#include <optional>

class Database;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// Offered when the desktop program starts on a database without users: creates its admin account (the first
/// user, docs/security.md) and signs it in. "Later" keeps the database without users, used as before by
/// whoever uses this computer's account; with "Do not ask again" ticked it is not offered again for that file
/// (User → Users… still creates the account).
class AdminSetupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AdminSetupDialog(Database& database, QWidget* parent = nullptr);

    /// The admin, signed in, once the dialog was accepted.
    [[nodiscard]] const std::optional<Actor>& actor() const { return m_actor; }
    /// Whether "Do not ask again for this database" is ticked (its answer matters when the dialog is
    /// rejected with Later).
    [[nodiscard]] bool dontAskAgain() const;

public slots:
    /// Creates the admin account from the fields; accepts the dialog when it was created.
    void create();

private:
    Database& m_database;
    QLineEdit* m_nameEdit;
    QLineEdit* m_passwordEdit;
    QLineEdit* m_repeatEdit;
    QLabel* m_messageLabel;
    QCheckBox* m_dontAskAgain;
    QDialogButtonBox* m_buttons;
    std::optional<Actor> m_actor;
};
