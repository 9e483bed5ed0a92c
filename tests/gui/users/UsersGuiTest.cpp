// Users and roles in the desktop program (docs/security.md): the sign-in dialog, the first admin account, the
// Users… dialog, the signed-in user in the status bar, and the menu actions a role may not do disabled with a
// tooltip saying why, while the write service refuses them anyway.
#include "WritePathTestSupport.h"

#include "repo/UserRepository.h"
#include "service/PortfolioService.h"
#include "service/UserService.h"
#include "users/AdminSetupDialog.h"
#include "users/SessionControls.h"
#include "users/SignInDialog.h"
#include "users/UsersDialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

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
    for (const char* name : {"newCommuneAction", "newLoanAction", "repaymentAction", "transactionDayAction",
                             "importCsvFolderAction"}) {
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
    signIn(QStringLiteral("dung"));
    window->findChild<SessionControls*>()->apply();
    EXPECT_FALSE(action(*window, "newLoanAction")->isEnabled());
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
