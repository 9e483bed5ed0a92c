// Users and roles (docs/security.md): the role check of every write of the write service, over all operations
// and roles, and the audit trail naming the signed-in user.
#include "ServiceTestSupport.h"

#include "db/TransactionGuard.h"
#include "repo/AuditRepository.h"
#include "repo/LoanRepository.h"
#include "service/Authorizer.h"
#include "service/UserService.h"

#include <QSet>

#include <functional>

namespace {

const QString kPassword = QStringLiteral("correct horse 7");

/// One write of the service, the operation it is, and the roles that may do it (the table as the
/// specification states it, written out here independently of Authorizer::allows).
struct WriteCase
{
    const char* name;
    Operation operation;
    QSet<Role> allowed;
    std::function<Status(PortfolioService&, Database&)> write;
};

template <typename T>
Status statusOf(const Result<T>& result)
{
    return result ? Status() : Status(result.error());
}

const QSet<Role> kStaff = {Role::Staff};
const QSet<Role> kDirector = {Role::Director};
const QSet<Role> kAdmin = {Role::Admin};
const QSet<Role> kDirectorOrAdmin = {Role::Director, Role::Admin};

QList<WriteCase> writeCases()
{
    return {
        {"registerCommune", Operation::RegisterCommune, kStaff,
         [](PortfolioService& s, Database&) {
             return s.registerCommune({QStringLiteral("C9"), QStringLiteral("Xã Chín")});
         }},
        {"editCommune", Operation::EditCommune, kStaff,
         [](PortfolioService& s, Database&) {
             return s.editCommune({QStringLiteral("C1"), QStringLiteral("Phường Một"), 1});
         }},
        {"registerGroup", Operation::RegisterGroup, kStaff,
         [](PortfolioService& s, Database&) {
             return s.registerGroup({QStringLiteral("G9"), QStringLiteral("Tổ G9"), QStringLiteral("C1"),
                                     QStringLiteral("HND"), QString(), QStringLiteral("Trần Văn Tổ"),
                                     QDate(2020, 1, 1)});
         }},
        {"editGroup", Operation::EditGroup, kStaff,
         [](PortfolioService& s, Database&) {
             return s.editGroup({QStringLiteral("G1"), QStringLiteral("Tổ Hoa Sen"), QStringLiteral("C1"),
                                 QStringLiteral("HPN"), QString(), QStringLiteral("Nguyễn Thị Tổ Trưởng"),
                                 QDate(2010, 1, 1), 1});
         }},
        {"registerBorrower", Operation::RegisterBorrower, kStaff,
         [](PortfolioService& s, Database&) {
             return s.registerBorrower({QStringLiteral("B9"), BorrowerKind::Household,
                                        QStringLiteral("001100000009"), QStringLiteral("Hộ B9"),
                                        QStringLiteral("C1"), QStringLiteral("G1"), QString()});
         }},
        {"editBorrower", Operation::EditBorrower, kStaff,
         [](PortfolioService& s, Database&) {
             return s.editBorrower({QStringLiteral("B1"), BorrowerKind::Household,
                                    QStringLiteral("001100000001"), QStringLiteral("Lê Thị Hoa"),
                                    QStringLiteral("C1"), QStringLiteral("G1"), QStringLiteral("Thôn 3"), 1});
         }},
        {"moveBorrower", Operation::MoveBorrower, kStaff,
         [](PortfolioService& s, Database&) {
             return s.moveBorrower(
                 {QStringLiteral("B1"), QDate(2024, 5, 10), QStringLiteral("G3"), QString()});
         }},
        {"disburseLoan", Operation::DisburseLoan, kStaff,
         [](PortfolioService& s, Database&) {
             Loan loan;
             loan.loanNo = QStringLiteral("L9");
             loan.borrowerId = QStringLiteral("B2");
             loan.programCode = QStringLiteral("HN");
             loan.amount = vnd(5'000'000);
             loan.disbursedOn = QDate(2024, 3, 1);
             loan.maturityOn = QDate(2025, 3, 1);
             return s.disburseLoan(loan);
         }},
        {"editLoan", Operation::EditLoan, kStaff,
         [](PortfolioService& s, Database& db) {
             auto found = LoanRepository(db).find({QStringLiteral("L2")});
             if (!found)
                 return Status(found.error());
             Loan loan = found->value(QStringLiteral("L2"));
             loan.frozenOn = QDate(2024, 8, 1);
             return s.editLoan(loan);
         }},
        {"postRepayment", Operation::PostRepayment, kStaff,
         [](PortfolioService& s, Database&) {
             return statusOf(
                 s.postRepayment({QStringLiteral("L2"), QDate(2024, 4, 1), vnd(1'000'000), vnd(0)}));
         }},
        {"postSavings", Operation::PostSavings, kStaff,
         [](PortfolioService& s, Database&) {
             return statusOf(s.postSavings({QStringLiteral("B1"), QDate(2024, 4, 1), vnd(200'000)}));
         }},
        {"reverseRepayment", Operation::ReverseRepayment, kStaff,
         [](PortfolioService& s, Database&) {
             return statusOf(s.reverseRepayment(1, QDate(2024, 4, 2), QStringLiteral("wrong loan")));
         }},
        {"reverseSavings", Operation::ReverseSavings, kStaff,
         [](PortfolioService& s, Database&) {
             return statusOf(s.reverseSavings(1, QDate(2024, 4, 2), QStringLiteral("wrong borrower")));
         }},
        {"post (a transaction day)", Operation::PostBatch, kStaff,
         [](PortfolioService& s, Database&) {
             PostingBatch batch;
             const Repayment repayment{QStringLiteral("L3"), QDate(2024, 4, 3), vnd(500'000), vnd(0)};
             batch.repayments.append({repayment});
             return statusOf(s.post(batch));
         }},
        {"post (an import)", Operation::Import, kStaff,
         [](PortfolioService& s, Database&) {
             PostingBatch batch;
             const Commune commune{QStringLiteral("C8"), QStringLiteral("Xã Tám")};
             batch.communes.append({commune});
             return statusOf(s.post(batch, PortfolioService::ImportSource{QStringLiteral("/tmp/in"), {}}));
         }},
        {"closeMonth", Operation::CloseMonth, kDirector,
         [](PortfolioService& s, Database&) { return s.closeMonth(YearMonth(2023, 2)); }},
        {"closeMonthsThrough", Operation::CloseMonth, kDirector,
         [](PortfolioService& s, Database&) { return s.closeMonthsThrough(YearMonth(2023, 3)); }},
        {"reopenMonth", Operation::ReopenMonth, kAdmin,
         [](PortfolioService& s, Database&) {
             return s.reopenMonth(YearMonth(2023, 1), QStringLiteral("a repayment was missed"));
         }},
        {"saveOfficeSettings", Operation::EditSettings, kDirectorOrAdmin,
         [](PortfolioService& s, Database&) {
             OfficeSettings settings;
             settings.officeName = QStringLiteral("Phòng giao dịch Duy Tiên");
             return s.saveOfficeSettings(settings);
         }},
        {"markDemonstration", Operation::MarkDemonstration, kAdmin,
         [](PortfolioService& s, Database&) { return s.markDemonstration(); }},
    };
}

class AuthorizerTest : public SmallBookTest
{
protected:
    void SetUp() override
    {
        SmallBookTest::SetUp();
        // Written before the database had users, by the operating-system user: a repayment and a savings
        // entry to reverse (no. 1 each), and January 2023 closed.
        ASSERT_TRUE(
            service().postRepayment({QStringLiteral("L1"), QDate(2024, 2, 1), vnd(1'000'000), vnd(0)}).ok());
        ASSERT_TRUE(service().postSavings({QStringLiteral("B1"), QDate(2024, 2, 1), vnd(1'000'000)}).ok());
        ASSERT_TRUE(service().closeMonth(YearMonth(2023, 1)).ok());

        UserService users(db(), testActor().clock);
        ASSERT_TRUE(users.addUser(Actor(), QStringLiteral("an"), Role::Admin, kPassword).ok());
        auto admin = users.signIn(QStringLiteral("an"), kPassword);
        ASSERT_TRUE(admin.ok());
        ASSERT_TRUE(users.addUser(*admin, QStringLiteral("dung"), Role::Director, kPassword).ok());
        ASSERT_TRUE(users.addUser(*admin, QStringLiteral("thu.ha"), Role::Staff, kPassword).ok());
    }

    Actor signedIn(Role role)
    {
        const QString name = role == Role::Admin      ? QStringLiteral("an")
                             : role == Role::Director ? QStringLiteral("dung")
                                                      : QStringLiteral("thu.ha");
        auto actor = UserService(db(), testActor().clock).signIn(name, kPassword);
        EXPECT_TRUE(actor.ok()) << name.toStdString();
        return actor ? *actor : Actor();
    }

    qsizetype auditRows()
    {
        auto rows = AuditRepository(db()).find({});
        return rows ? rows->size() : -1;
    }
};

} // namespace

TEST_F(AuthorizerTest, TheTableCoversEveryWriteOfTheService)
{
    QSet<Operation> covered;
    for (const WriteCase& write : writeCases())
        covered.insert(write.operation);
    // Every operation is a write of the service except those other parts of the program check themselves.
    for (Operation operation : Authorizer::allOperations()) {
        const bool elsewhere = operation == Operation::EditCatalogue || operation == Operation::ManageUsers ||
                               operation == Operation::Restore;
        EXPECT_EQ(covered.contains(operation), !elsewhere) << Authorizer::describe(operation).toStdString();
    }
    // The table of the specification for those three.
    EXPECT_TRUE(Authorizer::allows(Role::Admin, Operation::Restore));
    EXPECT_FALSE(Authorizer::allows(Role::Director, Operation::Restore));
    EXPECT_FALSE(Authorizer::allows(Role::Staff, Operation::Restore));
    EXPECT_TRUE(Authorizer::allows(Role::Admin, Operation::ManageUsers));
    EXPECT_FALSE(Authorizer::allows(Role::Director, Operation::ManageUsers));
    EXPECT_TRUE(Authorizer::allows(Role::Admin, Operation::EditCatalogue));
    EXPECT_FALSE(Authorizer::allows(Role::Staff, Operation::EditCatalogue));
}

TEST_F(AuthorizerTest, EveryWriteChecksTheRoleAndRecordsTheSignedInUser)
{
    const QList<Role> roles = {Role::Director, Role::Staff, Role::Admin};
    for (const WriteCase& write : writeCases()) {
        for (Role role : roles) {
            SCOPED_TRACE(std::string(write.name) + " as " + Roles::code(role).toStdString());
            const bool allowed = write.allowed.contains(role);
            EXPECT_EQ(Authorizer::allows(role, write.operation), allowed);
            const Actor actor = signedIn(role);
            // Each write is tried inside a transaction rolled back afterwards, so every case starts from the
            // same database.
            TransactionGuard scratch(db());
            ASSERT_TRUE(scratch.isActive());
            const qsizetype before = auditRows();
            PortfolioService service(db(), actor);
            const Status status = write.write(service, db());
            if (allowed) {
                EXPECT_TRUE(status.ok()) << status.error().message.toStdString();
                auto rows = AuditRepository(db()).find({});
                ASSERT_TRUE(rows.ok());
                ASSERT_GT(rows->size(), before);
                EXPECT_EQ(rows->front().user, actor.user);
            } else {
                ASSERT_FALSE(status.ok());
                EXPECT_EQ(status.error().kind, Error::Kind::Refused);
                EXPECT_TRUE(status.error().message.contains(actor.user))
                    << status.error().message.toStdString();
                EXPECT_TRUE(status.error().message.contains(Authorizer::roleName(role)));
                EXPECT_EQ(auditRows(), before);
            }
            scratch.rollback();
        }
    }
}

TEST_F(AuthorizerTest, OnceUsersExistNoOneSignedInWritesNothing)
{
    for (const WriteCase& write : writeCases()) {
        SCOPED_TRACE(write.name);
        const qsizetype before = auditRows();
        PortfolioService service(db(), testActor()); // the operating-system user, not signed in
        const Status status = write.write(service, db());
        ASSERT_FALSE(status.ok());
        EXPECT_EQ(status.error().kind, Error::Kind::Refused);
        EXPECT_TRUE(status.error().message.contains(QStringLiteral("sign in")))
            << status.error().message.toStdString();
        EXPECT_EQ(auditRows(), before);
    }
    // A name that is not (or no longer) a user is refused even when it claims a role.
    Actor forged = testActor();
    forged.user = QStringLiteral("mallory");
    forged.role = Role::Admin;
    EXPECT_FALSE(Authorizer::check(db(), forged, Operation::ReopenMonth).ok());
}

TEST_F(AuthorizerTest, TheRoleStoredNowDecidesNotTheOneSignedInWith)
{
    const Actor staff = signedIn(Role::Staff);
    const Actor admin = signedIn(Role::Admin);
    ASSERT_TRUE(UserService(db(), testActor().clock)
                    .changeRole(admin, QStringLiteral("thu.ha"), Role::Director)
                    .ok());
    PortfolioService service(db(), staff);
    EXPECT_FALSE(service.registerCommune({QStringLiteral("C9"), QStringLiteral("Xã Chín")}).ok());
    EXPECT_TRUE(service.closeMonth(YearMonth(2023, 2)).ok());
}

TEST(AuthorizerWithoutUsersTest, ADatabaseWithoutUsersIsUsedAsBefore)
{
    TempDatabase temp;
    for (Operation operation : Authorizer::allOperations())
        EXPECT_TRUE(Authorizer::check(temp.db(), Actor::currentUser(), operation).ok());
    PortfolioService service(temp.db(), testActor());
    ASSERT_TRUE(service.registerCommune({QStringLiteral("C1"), QStringLiteral("Xã Một")}).ok());
    auto rows = AuditRepository(temp.db()).find({});
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->front().user, QStringLiteral("tester"));
}
