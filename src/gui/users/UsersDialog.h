#pragma once

#include "Result.h"
#include "service/Actor.h"

#include <QDialog>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

/// Help → Users…, for an admin: the users of the database with their role and whether they are locked; adds
/// a user, sets a password, changes a role and unlocks an account (UserService, each one transaction with its
/// row in the audit trail). What is refused is said under the form.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UsersDialog(Database& database, QWidget* parent = nullptr, Actor actor = Actor::currentUser());

    /// Reads the users again.
    void refresh();
    /// The form's buttons, for tests.
    void addUser();
    void setPassword();
    void setRole();
    void unlock();
    /// The name of the user chosen in the table (empty: none).
    [[nodiscard]] QString selectedName() const;

private:
    void report(const Status& status, const QString& done);

    Database& m_database;
    Actor m_actor;
    QTableWidget* m_table;
    QLineEdit* m_nameEdit;
    QComboBox* m_roleCombo;
    QLineEdit* m_passwordEdit;
    QLabel* m_messageLabel;
};
