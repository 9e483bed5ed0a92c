#pragma once

#include <QObject>

class MainWindow;
class QAction;
class QLabel;
class QMenu;

/// What the main window shows of users and roles (docs/security.md): the User menu (Users… for an admin,
/// Switch user…, Sign out), the signed-in user in the status bar, and the menu actions the signed-in role may
/// not do disabled, with a tooltip saying why. The write service checks the role again on every write: this
/// only spares the person a refusal.
class SessionControls : public QObject
{
    Q_OBJECT

public:
    explicit SessionControls(MainWindow* window);

    [[nodiscard]] QMenu* menu() const { return m_menu; }
    [[nodiscard]] QAction* usersAction() const { return m_users; }
    [[nodiscard]] QAction* switchUserAction() const { return m_switchUser; }
    [[nodiscard]] QAction* signOutAction() const { return m_signOut; }
    [[nodiscard]] QLabel* userLabel() const { return m_label; }

public slots:
    /// Enables or disables the window's actions for the role of the user signed in now, and says who that is.
    void apply();
    /// Help → Users…
    void openUsers();
    /// Asks for another sign-in; the current user stays signed in when it is cancelled.
    void switchUser();
    /// Signs out and asks for a sign-in; the window closes when it is cancelled.
    void signOut();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    [[nodiscard]] bool databaseHasUsers() const;

    MainWindow* m_window;
    QMenu* m_menu;
    QAction* m_users;
    QAction* m_switchUser;
    QAction* m_signOut;
    QLabel* m_label;
};
