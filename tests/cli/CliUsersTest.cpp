// loandesk-cli with users (docs/security.md): --user with the password on standard input, the usage error
// when it is missing, the user commands, and the audit trail naming the signed-in user.
#include "TempDatabase.h"
#include "TestData.h"

#include "repo/AuditRepository.h"
#include "service/Actor.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct CliRun
{
    int status = -1;
    QString out;
    QString err;
};

/// Runs loandesk-cli with @p input on its standard input (closed afterwards).
CliRun cli(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(TestData::cliPath(), arguments);
    if (!process.waitForStarted(30000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

class CliUsersTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.filePath(QStringLiteral("office.loandesk"));
        ASSERT_EQ(cli({QStringLiteral("init"), QStringLiteral("--db"), m_db}).status, 0);
    }
    QStringList args(const QStringList& rest) const
    {
        QStringList all = rest;
        all.insert(rest.size() > 0 && rest.front() == QStringLiteral("user") ? 2 : 1, QStringLiteral("--db"));
        all.insert(rest.size() > 0 && rest.front() == QStringLiteral("user") ? 3 : 2, m_db);
        return all;
    }
    QString data() const { return TestData::fixture(QStringLiteral("worked-example/data")); }

    QTemporaryDir m_dir;
    QString m_db;
};

} // namespace

TEST_F(CliUsersTest, WithoutUsersWritesNeedNoSignInAndRecordTheSystemUser)
{
    const CliRun run = cli(args({QStringLiteral("import"), data()}));
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    auto database = Database::open(m_db);
    ASSERT_TRUE(database.ok());
    auto rows = AuditRepository(**database).find({});
    ASSERT_TRUE(rows.ok());
    ASSERT_FALSE(rows->isEmpty());
    EXPECT_EQ(rows->front().user, Actor::currentUser().user);
}

TEST_F(CliUsersTest, OnceUsersExistWritesNeedUserAndPassword)
{
    // The first user is an admin, added without --user.
    CliRun run = cli(args({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
                           QStringLiteral("an"), QStringLiteral("--role"), QStringLiteral("staff")}),
                     "admin pass 1\n");
    EXPECT_EQ(run.status, 2) << run.err.toStdString();
    run = cli(args({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
                    QStringLiteral("an"), QStringLiteral("--role"), QStringLiteral("admin")}),
              "admin pass 1\n");
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    // The admin adds a member of staff: the admin's password, then the new user's.
    run = cli(args({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
                    QStringLiteral("thu.ha"), QStringLiteral("--role"), QStringLiteral("staff"),
                    QStringLiteral("--user"), QStringLiteral("an")}),
              "admin pass 1\nstaff pass 1\n");
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    run = cli(args({QStringLiteral("user"), QStringLiteral("list")}));
    ASSERT_EQ(run.status, 0);
    EXPECT_EQ(run.out, QStringLiteral("an,admin,\nthu.ha,staff,\n"));

    // No --user: the usage status, a clear message, nothing written.
    run = cli(args({QStringLiteral("import"), data()}));
    EXPECT_EQ(run.status, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("needs --user NAME"))) << run.err.toStdString();
    // --user without a password on standard input: the usage status too.
    run = cli(args({QStringLiteral("import"), data(), QStringLiteral("--user"), QStringLiteral("thu.ha")}));
    EXPECT_EQ(run.status, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no password"))) << run.err.toStdString();
    // A wrong password is refused.
    run = cli(args({QStringLiteral("import"), data(), QStringLiteral("--user"), QStringLiteral("thu.ha")}),
              "staff pass 2\n");
    EXPECT_EQ(run.status, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("wrong user name or password"))) << run.err.toStdString();
    // The admin may not import: the role is checked by the write service.
    run = cli(args({QStringLiteral("import"), data(), QStringLiteral("--user"), QStringLiteral("an")}),
              "admin pass 1\n");
    EXPECT_EQ(run.status, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("only staff may import data"))) << run.err.toStdString();
    {
        auto database = Database::open(m_db);
        ASSERT_TRUE(database.ok());
        auto rows = AuditRepository(**database).find({});
        ASSERT_TRUE(rows.ok());
        for (const AuditEntry& row : *rows)
            EXPECT_NE(row.operation, AuditOperation::kImport);
    }
    // Staff import; the audit trail names them.
    run = cli(args({QStringLiteral("import"), data(), QStringLiteral("--user"), QStringLiteral("thu.ha")}),
              "staff pass 1\n");
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    auto database = Database::open(m_db);
    ASSERT_TRUE(database.ok());
    auto rows = AuditRepository(**database).find({});
    ASSERT_TRUE(rows.ok());
    ASSERT_FALSE(rows->isEmpty());
    EXPECT_EQ(rows->front().operation, AuditOperation::kImport);
    EXPECT_EQ(rows->front().user, QStringLiteral("thu.ha"));
}

TEST_F(CliUsersTest, LockAndUnlockFromTheCommandLine)
{
    ASSERT_EQ(cli(args({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
                        QStringLiteral("an"), QStringLiteral("--role"), QStringLiteral("admin")}),
                  "admin pass 1\n")
                  .status,
              0);
    ASSERT_EQ(cli(args({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
                        QStringLiteral("dung"), QStringLiteral("--role"), QStringLiteral("director"),
                        QStringLiteral("--user"), QStringLiteral("an")}),
                  "admin pass 1\ndirector pass 1\n")
                  .status,
              0);
    // dung closes 01/2023, giving @p input as the password.
    const auto closeJanuaryAsDung = [this](const char* input) {
        return cli(args({QStringLiteral("close"), QStringLiteral("--month"), QStringLiteral("2023-01"),
                         QStringLiteral("--user"), QStringLiteral("dung")}),
                   input);
    };
    for (int attempt = 0; attempt < 5; ++attempt)
        EXPECT_EQ(closeJanuaryAsDung("guess\n").status, 2);
    CliRun run = cli(args({QStringLiteral("user"), QStringLiteral("list")}));
    EXPECT_TRUE(run.out.contains(QStringLiteral("dung,director,locked until"))) << run.out.toStdString();
    run = closeJanuaryAsDung("director pass 1\n");
    EXPECT_EQ(run.status, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("locked"))) << run.err.toStdString();
    ASSERT_EQ(cli(args({QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("--name"),
                        QStringLiteral("dung"), QStringLiteral("--user"), QStringLiteral("an")}),
                  "admin pass 1\n")
                  .status,
              0);
    // Signed in again: the refusal is now about the data (no data yet), not the sign-in.
    run = closeJanuaryAsDung("director pass 1\n");
    EXPECT_EQ(run.status, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no data yet"))) << run.err.toStdString();
    // A password change of one's own: the current password, then the new one.
    ASSERT_EQ(cli(args({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--name"),
                        QStringLiteral("dung"), QStringLiteral("--user"), QStringLiteral("dung")}),
                  "director pass 1\ndirector pass 2\n")
                  .status,
              0);
    run = cli(args({QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("--name"),
                    QStringLiteral("dung"), QStringLiteral("--role"), QStringLiteral("admin"),
                    QStringLiteral("--user"), QStringLiteral("dung")}),
              "director pass 2\n");
    EXPECT_EQ(run.status, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("only admin may manage the users"))) << run.err.toStdString();
}

TEST_F(CliUsersTest, WarnsWhenOthersCanReadTheFile)
{
    EXPECT_FALSE(cli(args({QStringLiteral("months")})).err.contains(QStringLiteral("warning")));
    ASSERT_TRUE(QFile::setPermissions(m_db, QFile::permissions(m_db) | QFileDevice::ReadOther));
    const CliRun run = cli(args({QStringLiteral("months")}));
    EXPECT_EQ(run.status, 0);
    EXPECT_TRUE(run.err.contains(QStringLiteral("warning: every user of this computer can read")))
        << run.err.toStdString();
}
