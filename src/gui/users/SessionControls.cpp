#include "SessionControls.h"

#include "SignInDialog.h"
#include "UsersDialog.h"

#include "MainWindow.h"
#include "db/Database.h"
#include "service/Authorizer.h"
#include "service/UserService.h"
#include "views/BorrowerLedgerView.h"
#include "views/BorrowersView.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QVariant>

namespace {

/// The window's actions that write, by object name, and the operation each one leads to.
struct GuardedAction
{
    const char* objectName;
    Operation operation;
    bool alwaysEnabledWhenAllowed; ///< false: the window decides when it is allowed (the Month menu)
};

const GuardedAction kGuarded[] = {
    {"newCommuneAction", Operation::RegisterCommune, true},
    {"groupsRegisterAction", Operation::RegisterGroup, true},
    {"newBorrowerAction", Operation::RegisterBorrower, true},
    {"newLoanAction", Operation::DisburseLoan, true},
    {"repaymentAction", Operation::PostRepayment, true},
    {"transactionDayAction", Operation::PostBatch, true},
    {"importCsvFolderAction", Operation::Import, true},
    {"closeMonthAction", Operation::CloseMonth, false},
    {"reopenMonthAction", Operation::ReopenMonth, false},
    {"restoreAction", Operation::Restore, true},
};

const char* const kSavedToolTip = "loandeskToolTipBeforeRole";

} // namespace

SessionControls::SessionControls(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_menu(new QMenu(window))
    , m_users(new QAction(window))
    , m_switchUser(new QAction(window))
    , m_signOut(new QAction(window))
    , m_label(new QLabel(window))
{
    setObjectName(QStringLiteral("sessionControls"));
    m_menu->setObjectName(QStringLiteral("userMenu"));
    m_users->setObjectName(QStringLiteral("usersAction"));
    m_switchUser->setObjectName(QStringLiteral("switchUserAction"));
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    m_label->setObjectName(QStringLiteral("signedInUserLabel"));
    m_menu->addAction(m_users);
    m_menu->addSeparator();
    m_menu->addAction(m_switchUser);
    m_menu->addAction(m_signOut);
    // Before Help, the last menu.
    const QList<QAction*> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.back(), m_menu);
    window->statusBar()->addPermanentWidget(m_label);
    connect(m_users, &QAction::triggered, this, &SessionControls::openUsers);
    connect(m_switchUser, &QAction::triggered, this, &SessionControls::switchUser);
    connect(m_signOut, &QAction::triggered, this, &SessionControls::signOut);
    window->installEventFilter(this);
    retranslate();
    apply();
    // The file itself is protected only by its permissions: say so when others may read it.
    if (const QString warning = Database::permissionWarning(window->database().path()); !warning.isEmpty())
        window->statusBar()->showMessage(tr("Warning: %1").arg(warning));
}

bool SessionControls::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void SessionControls::retranslate()
{
    m_menu->setTitle(tr("&User"));
    m_users->setText(tr("&Users…"));
    m_users->setStatusTip(tr("Adds users, sets their passwords and roles, unlocks accounts"));
    m_switchUser->setText(tr("S&witch user…"));
    m_signOut->setText(tr("Sign &out"));
    apply();
}

bool SessionControls::databaseHasUsers() const
{
    auto hasUsers = UserService(m_window->database()).hasUsers();
    return hasUsers && *hasUsers;
}

void SessionControls::apply()
{
    const Actor actor = Actor::currentUser();
    const bool hasUsers = databaseHasUsers();
    // The ledger keeps the actor its forms write as: the user signed in now (without users, whoever the
    // window was given).
    if (BorrowerLedgerView* ledger = m_window->ledgerView(); ledger && hasUsers)
        ledger->setActor(actor);
    if (BorrowersView* borrowers = m_window->borrowersView())
        borrowers->updateEntryActions();
    for (const GuardedAction& guarded : kGuarded) {
        auto* action = m_window->findChild<QAction*>(QString::fromLatin1(guarded.objectName));
        if (!action)
            continue;
        const bool allowed = !hasUsers || (actor.role && Authorizer::allows(*actor.role, guarded.operation));
        if (!allowed) {
            if (!action->property(kSavedToolTip).isValid())
                action->setProperty(kSavedToolTip, action->toolTip());
            action->setEnabled(false);
            action->setToolTip(actor.role ? Authorizer::whyNot(*actor.role, guarded.operation)
                                          : tr("Sign in to %1").arg(Authorizer::describe(guarded.operation)));
            continue;
        }
        if (action->property(kSavedToolTip).isValid()) {
            action->setToolTip(action->property(kSavedToolTip).toString());
            action->setProperty(kSavedToolTip, QVariant());
            if (!guarded.alwaysEnabledWhenAllowed)
                m_window->reloadAll(); // the Month menu decides again
        }
        // A file that can only be read offers no write, whoever is signed in (a restore replaces the file).
        if (guarded.alwaysEnabledWhenAllowed)
            action->setEnabled(!m_window->database().isReadOnly());
    }
    const bool admin = !hasUsers || (actor.role && Authorizer::allows(*actor.role, Operation::ManageUsers));
    m_users->setEnabled(admin);
    m_users->setToolTip(admin        ? QString()
                        : actor.role ? Authorizer::whyNot(*actor.role, Operation::ManageUsers)
                                     : tr("Sign in to manage the users"));
    m_switchUser->setEnabled(hasUsers);
    m_signOut->setEnabled(hasUsers && actor.isSignedIn());
    if (actor.isSignedIn())
        m_label->setText(tr("Signed in: %1 (%2)").arg(actor.user, Authorizer::roleName(*actor.role)));
    else if (hasUsers)
        m_label->setText(tr("Not signed in"));
    else
        m_label->setText(tr("User: %1").arg(actor.user));
    m_label->setToolTip(hasUsers ? QString()
                                 : tr("This database has no users: anyone who can open the file can change "
                                      "everything. An admin account is created with User → Users…"));
}

void SessionControls::openUsers()
{
    UsersDialog dialog(m_window->database(), m_window);
    dialog.exec();
    apply();
}

void SessionControls::switchUser()
{
    SignInDialog dialog(m_window->database(), m_window);
    if (dialog.exec() == QDialog::Accepted && dialog.actor())
        Actor::setSignedIn(dialog.actor());
    apply();
}

void SessionControls::signOut()
{
    Actor::setSignedIn(std::nullopt);
    apply();
    SignInDialog dialog(m_window->database(), m_window);
    if (dialog.exec() == QDialog::Accepted && dialog.actor()) {
        Actor::setSignedIn(dialog.actor());
        apply();
        return;
    }
    m_window->close();
}
