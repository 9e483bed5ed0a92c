#pragma once

#include "Actor.h"
#include "Result.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <QList>

class Database;

/// Everything a user can ask LoanDesk to change. Reading and printing are open to every role and are not
/// listed.
enum class Operation
{
    RegisterCommune,
    EditCommune,
    RegisterGroup,
    EditGroup,
    RegisterBorrower,
    EditBorrower,
    MoveBorrower,
    DisburseLoan,
    EditLoan,
    PostRepayment,
    PostSavings,
    ReverseRepayment,
    ReverseSavings,
    PostBatch, ///< a transaction day: several entries posted together
    Import,
    CloseMonth,
    ReopenMonth,
    EditSettings, ///< the office's name, place and signatories
    MarkDemonstration,
    EditCatalogue, ///< the program catalogue and its terms
    ManageUsers,   ///< add users, change another user's password or role, unlock an account
    Restore,       ///< replace the database by a backup
};

/// The one Operation × Role table of LoanDesk (docs/security.md) and the check every write makes against it.
///
/// Use: before changing anything, `if (Status s = Authorizer::check(database, actor, Operation::Restore); !s)
/// return s;` — it lets everything through while the database has no users (it is then used as before users
/// existed, by the operating-system user), and otherwise lets through only a signed-in user whose role, as
/// stored in the database now, allows the operation. The refusal is an error of kind Refused that says who
/// may do it. The desktop program asks allows() to disable what the signed-in role may not do.
class Authorizer
{
    Q_DECLARE_TR_FUNCTIONS(Authorizer)

public:
    /// Whether @p role may do @p operation: the table itself.
    [[nodiscard]] static bool allows(Role role, Operation operation);
    /// Whether @p actor may do @p operation in @p database (see the class comment).
    static Status check(Database& database, const Actor& actor, Operation operation);
    /// Whether the signed-in @p actor (or anyone, while no one is signed in) may do @p operation, by the role
    /// the actor signed in with: for enabling actions, never instead of check().
    [[nodiscard]] static bool allowsActor(const Actor& actor, Operation operation);

    /// Every operation, in the order of the enum (for the table's tests and its documentation).
    [[nodiscard]] static QList<Operation> allOperations();
    /// What the operation does, in words: "post a repayment".
    [[nodiscard]] static QString describe(Operation operation);
    /// The role's name in words: "director", "staff", "admin" (translated).
    [[nodiscard]] static QString roleName(Role role);
    /// Why @p role may not do @p operation, for a refusal or a disabled action's tooltip.
    [[nodiscard]] static QString whyNot(Role role, Operation operation);
};
