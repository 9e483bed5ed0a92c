// Users and roles in the desktop program (docs/security.md): the sign-in dialog, the first admin account, the
// Users… dialog, the signed-in user in the status bar, and the menu actions a role may not do disabled with a
// tooltip saying why, while the write service refuses them anyway.
#include "WritePathTestSupport.h"

#include "common/AppSettings.h"
#include "repo/UserRepository.h"
#include "service/PortfolioService.h"
#include "service/UserService.h"
#include "users/AdminSetupDialog.h"
#include "users/SessionControls.h"
#include "users/SignInDialog.h"
#include "users/UsersDialog.h"
#include "views/BorrowerLedgerView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

#include <gtest/gtest.h>

using namespace WritePathTestSupport;

namespace {

const QString kPassword = QStringLiteral("office pass 1");

class UsersGuiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Actor::setSignedIn(std::nullopt);
        m_temp = importedPortfolio();
    }
    void TearDown() override { Actor::setSignedIn(std::nullopt); }

    /// Adds an admin (an), a director (dung) and a member of staff (thu.ha).
    void addUsers()
    {
        UserService users(m_temp->db());
        ASSERT_TRUE(users.addUser(Actor(), QStringLiteral("an"), Role::Admin, kPassword).ok());
        auto admin = users.signIn(QStringLiteral("an"), kPassword);
        ASSERT_TRUE(admin.ok());
        ASSERT_TRUE(users.addUser(*admin, QStringLiteral("dung"), Role::Director, kPassword).ok());
        ASSERT_TRUE(users.addUser(*admin, QStringLiteral("thu.ha"), Role::Staff, kPassword).ok());
    }
    void signIn(const QString& name)
    {
        auto actor = UserService(m_temp->db()).signIn(name, kPassword);
        ASSERT_TRUE(actor.ok());
        Actor::setSignedIn(*actor);
    }
    static QAction* action(MainWindow& window, const char* name)
    {
        auto* found = window.findChild<QAction*>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }
    static QString userLabel(MainWindow& window)
    {
        auto* label = window.findChild<QLabel*>(QStringLiteral("signedInUserLabel"));
        return label ? label->text() : QString();
    }

    std::unique_ptr<TempDatabase> m_temp;
};

} // namespace

TEST_F(UsersGuiTest, WithoutUsersEverythingIsOfferedAsBefore)
{
    auto window = openWindow(m_temp->path());
    ASSERT_TRUE(window);
    for (const char* name : {"newCommuneAction", "newLoanAction", "repaymentAction", "transactionDayAction",
                             "importCsvFolderAction", "usersAction"})
        EXPECT_TRUE(action(*window, name)->isEnabled()) << name;
    EXPECT_FALSE(action(*window, "signOutAction")->isEnabled());
    EXPECT_EQ(userLabel(*window), QStringLiteral("User: %1").arg(Actor::operatingSystemUser().user));
}

TEST_F(UsersGuiTest, ADirectorClosesMonthsButEntersNothing)
{
    addUsers();
    signIn(QStringLiteral("dung"));
    auto window = openWindow(m_temp->path());
    ASSERT_TRUE(window);
    EXPECT_EQ(userLabel(*window), QStringLiteral("Signed in: dung (director)"));
    for (const char* name : {"newCommuneAction", "newBorrowerAction", "newLoanAction", "repaymentAction",
                             "transactionDayAction", "importCsvFolderAction"}) {
        QAction* entry = action(*window, name);
        EXPECT_FALSE(entry->isEnabled()) << name;
        EXPECT_TRUE(entry->toolTip().contains(QStringLiteral("only staff may")))
            << entry->toolTip().toStdString();
    }
    EXPECT_EQ(action(*window, "closeMonthAction")->isEnabled(), window->closableMonth().isValid());
    EXPECT_FALSE(action(*window, "reopenMonthAction")->isEnabled());
    EXPECT_TRUE(
        action(*window, "reopenMonthAction")->toolTip().contains(QStringLiteral("only admin may reopen")));
    EXPECT_FALSE(action(*window, "usersAction")->isEnabled());
    EXPECT_TRUE(action(*window, "signOutAction")->isEnabled());
    // Nor do the Borrowers page and the ledger offer an entry; each button says who may.
    for (const char* name :
         {"borrowersPageNewAction", "borrowersPageEditAction", "borrowersPageMoveAction"}) {
        QAction* entry = action(*window, name);
        EXPECT_FALSE(entry->isEnabled()) << name;
        EXPECT_TRUE(entry->toolTip().contains(QStringLiteral("only staff may")))
            << entry->toolTip().toStdString();
    }
    window->setMonth(YearMonth(2024, 6));
    PortfolioSelection selection;
    selection.borrowerId = QStringLiteral("KH000001");
    window->navigate({Location::Page::Ledger, selection});
    ASSERT_TRUE(window->waitUntilIdle());
    BorrowerLedgerView* ledger = window->ledgerView();
    ASSERT_TRUE(ledger->ledger().has_value());
    ledger->selectLoan(0);
    ASSERT_TRUE(window->waitUntilIdle());
    for (const char* name : {"newLoanButton", "editLoanButton", "newRepaymentButton", "newSavingsButton",
                             "reverseEntryButton"}) {
        auto* button = ledger->findChild<QPushButton*>(QString::fromLatin1(name));
        ASSERT_NE(button, nullptr) << name;
        EXPECT_FALSE(button->isEnabled()) << name;
        EXPECT_TRUE(button->toolTip().contains(QStringLiteral("only staff may")))
            << name << ": " << button->toolTip().toStdString();
    }
    // The write service refuses what the menu does not offer.
    PortfolioService service(window->database());
    const Status refused = service.registerCommune({QStringLiteral("99999"), QStringLiteral("Xã Thử")});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("only staff may register a commune")));
}

TEST_F(UsersGuiTest, StaffEnterRecordsButCloseNoMonth)
{
    addUsers();
    signIn(QStringLiteral("thu.ha"));
    auto window = openWindow(m_temp->path());
    ASSERT_TRUE(window);
    EXPECT_EQ(userLabel(*window), QStringLiteral("Signed in: thu.ha (staff)"));
    for (const char* name : {"newCommuneAction", "newLoanAction", "repaymentAction", "transactionDayAction",
                             "importCsvFolderAction"})
        EXPECT_TRUE(action(*window, name)->isEnabled()) << name;
    EXPECT_FALSE(action(*window, "closeMonthAction")->isEnabled());
    EXPECT_TRUE(
        action(*window, "closeMonthAction")->toolTip().contains(QStringLiteral("only director may close")));
    EXPECT_FALSE(action(*window, "usersAction")->isEnabled());
    // Switching to the director (as Switch user… does) changes what is offered at once.
    EXPECT_TRUE(action(*window, "borrowersPageNewAction")->isEnabled());
    signIn(QStringLiteral("dung"));
    window->findChild<SessionControls*>()->apply();
    EXPECT_FALSE(action(*window, "newLoanAction")->isEnabled());
    EXPECT_FALSE(action(*window, "borrowersPageNewAction")->isEnabled());
    EXPECT_EQ(userLabel(*window), QStringLiteral("Signed in: dung (director)"));
}

TEST_F(UsersGuiTest, AnAdminManagesUsersInTheUsersDialog)
{
    addUsers();
    signIn(QStringLiteral("an"));
    auto window = openWindow(m_temp->path());
    ASSERT_TRUE(window);
    EXPECT_TRUE(action(*window, "usersAction")->isEnabled());
    EXPECT_FALSE(action(*window, "newLoanAction")->isEnabled());

    UsersDialog dialog(window->database(), window.get());
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("usersTableWidget"));
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->rowCount(), 3);
    dialog.findChild<QLineEdit*>(QStringLiteral("userNameLineEdit"))->setText(QStringLiteral("minh"));
    auto* role = dialog.findChild<QComboBox*>(QStringLiteral("roleComboBox"));
    role->setCurrentIndex(role->findData(QStringLiteral("staff")));
    dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(QStringLiteral("minh pass 1"));
    dialog.addUser();
    EXPECT_EQ(table->rowCount(), 4);
    EXPECT_TRUE(dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->text().isEmpty());
    auto added = UserRepository(window->database()).find(QStringLiteral("minh"));
    ASSERT_TRUE(added.ok() && added->has_value());
    EXPECT_EQ((*added)->role, Role::Staff);
    // A refusal is said in the dialog.
    dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(QStringLiteral("short"));
    dialog.addUser();
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("messageLabel"))
                    ->text()
                    .contains(QStringLiteral("password")));
}

TEST_F(UsersGuiTest, TheSignInDialogSaysWhatIsWrongAndStaysOpen)
{
    addUsers();
    SignInDialog dialog(m_temp->db());
    dialog.findChild<QLineEdit*>(QStringLiteral("userNameLineEdit"))->setText(QStringLiteral("thu.ha"));
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    EXPECT_EQ(password->echoMode(), QLineEdit::Password);
    password->setText(QStringLiteral("wrong pass"));
    dialog.trySignIn();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.actor().has_value());
    EXPECT_TRUE(password->text().isEmpty());
    EXPECT_TRUE(
        dialog.findChild<QLabel*>(QStringLiteral("messageLabel"))->text().contains(QStringLiteral("wrong")));
    password->setText(kPassword);
    dialog.trySignIn();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_TRUE(dialog.actor().has_value());
    EXPECT_EQ(dialog.actor()->user, QStringLiteral("thu.ha"));
}

TEST_F(UsersGuiTest, TheFirstStartCreatesTheAdminAccount)
{
    AdminSetupDialog dialog(m_temp->db());
    dialog.findChild<QLineEdit*>(QStringLiteral("userNameLineEdit"))->setText(QStringLiteral("an"));
    dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(kPassword);
    dialog.findChild<QLineEdit*>(QStringLiteral("repeatPasswordLineEdit"))->setText(kPassword + u'x');
    dialog.create();
    EXPECT_FALSE(dialog.actor().has_value());
    EXPECT_TRUE(
        dialog.findChild<QLabel*>(QStringLiteral("messageLabel"))->text().contains(QStringLiteral("differ")));
    dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(kPassword);
    dialog.findChild<QLineEdit*>(QStringLiteral("repeatPasswordLineEdit"))->setText(kPassword);
    dialog.create();
    ASSERT_TRUE(dialog.actor().has_value());
    EXPECT_EQ(*dialog.actor()->role, Role::Admin);
    EXPECT_TRUE(UserService(m_temp->db()).hasUsers().value());
}

// "Later" with "Do not ask again" stops the offer of the admin account for that database; without the tick it
// comes back at the next start.
TEST_F(UsersGuiTest, TheAdminOfferCanBeDeclinedForGood)
{
    int offered = 0;
    const auto answerLater = [&offered](bool dontAskAgain) {
        QTimer::singleShot(0, [&offered, dontAskAgain]() {
            auto* setup = qobject_cast<AdminSetupDialog*>(QApplication::activeModalWidget());
            if (!setup)
                return;
            ++offered;
            setup->findChild<QCheckBox*>(QStringLiteral("dontAskAgainCheckBox"))->setChecked(dontAskAgain);
            setup->reject();
        });
    };
    answerLater(false);
    EXPECT_TRUE(SignInDialog::signInTo(m_temp->db(), nullptr, true));
    EXPECT_EQ(offered, 1);
    EXPECT_FALSE(AppSettings::adminOfferDeclined(m_temp->path()));

    answerLater(true);
    EXPECT_TRUE(SignInDialog::signInTo(m_temp->db(), nullptr, true));
    EXPECT_EQ(offered, 2);
    EXPECT_TRUE(AppSettings::adminOfferDeclined(m_temp->path()));

    answerLater(false); // would answer, were it asked
    EXPECT_TRUE(SignInDialog::signInTo(m_temp->db(), nullptr, true));
    QCoreApplication::processEvents();
    EXPECT_EQ(offered, 2);
    EXPECT_FALSE(UserService(m_temp->db()).hasUsers().value());
    AppSettings::setAdminOfferDeclined(m_temp->path(), false);
}

// The desktop program's start (main.cpp calls SignInDialog::signInTo before any window): a database with
// users asks for a sign-in first; cancelling it opens nothing.
TEST_F(UsersGuiTest, AStartOnADatabaseWithUsersAsksForASignInFirst)
{
    addUsers();
    int asked = 0;
    const auto answer = [&asked](const QString& password) {
        QTimer::singleShot(0, [&asked, password]() {
            auto* dialog = qobject_cast<SignInDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            ++asked;
            if (password.isEmpty()) {
                dialog->reject();
                return;
            }
            dialog->findChild<QLineEdit*>(QStringLiteral("userNameLineEdit"))
                ->setText(QStringLiteral("thu.ha"));
            dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(password);
            dialog->trySignIn();
        });
    };
    answer(QString());
    EXPECT_FALSE(SignInDialog::signInTo(m_temp->db(), nullptr, true));
    EXPECT_EQ(asked, 1);
    EXPECT_FALSE(Actor::currentUser().isSignedIn());

    answer(kPassword);
    EXPECT_TRUE(SignInDialog::signInTo(m_temp->db(), nullptr, true));
    EXPECT_EQ(asked, 2);
    EXPECT_EQ(Actor::currentUser().user, QStringLiteral("thu.ha"));
    EXPECT_EQ(Actor::currentUser().role, Role::Staff);
}
