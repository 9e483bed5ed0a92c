#include "Authorizer.h"

#include "db/Database.h"
#include "repo/UserRepository.h"

#include <QStringList>

bool Authorizer::allows(Role role, Operation operation)
{
    switch (operation) {
    case Operation::RegisterCommune:
    case Operation::EditCommune:
    case Operation::RegisterGroup:
    case Operation::EditGroup:
    case Operation::RegisterBorrower:
    case Operation::EditBorrower:
    case Operation::MoveBorrower:
    case Operation::DisburseLoan:
    case Operation::EditLoan:
    case Operation::PostRepayment:
    case Operation::PostSavings:
    case Operation::ReverseRepayment:
    case Operation::ReverseSavings:
    case Operation::PostBatch:
    case Operation::Import:
        return role == Role::Staff;
    case Operation::CloseMonth:
        return role == Role::Director;
    case Operation::EditSettings:
        return role == Role::Director || role == Role::Admin;
    case Operation::ReopenMonth:
    case Operation::MarkDemonstration:
    case Operation::EditCatalogue:
    case Operation::ManageUsers:
    case Operation::Restore:
        return role == Role::Admin;
    }
    return false;
}

bool Authorizer::allowsActor(const Actor& actor, Operation operation)
{
    return !actor.role || allows(*actor.role, operation);
}

Status Authorizer::check(Database& database, const Actor& actor, Operation operation)
{
    UserRepository users(database);
    auto count = users.count();
    if (!count)
        return count.error();
    if (*count == 0)
        return {};
    if (!actor.isSignedIn())
        return Error::refused(tr("sign in first: this database has users, and only a signed-in user may %1")
                                  .arg(describe(operation)));
    auto account = users.find(actor.user);
    if (!account)
        return account.error();
    if (!account->has_value())
        return Error::refused(tr("%1 is no longer a user of this database").arg(actor.user));
    const Role role = (*account)->role;
    if (!allows(role, operation))
        return Error::refused(tr("not allowed for %1: %2").arg(actor.user, whyNot(role, operation)));
    return {};
}

QList<Operation> Authorizer::allOperations()
{
    QList<Operation> all;
    for (int i = 0; i <= static_cast<int>(Operation::Restore); ++i)
        all.append(static_cast<Operation>(i));
    return all;
}

QString Authorizer::describe(Operation operation)
{
    switch (operation) {
    case Operation::RegisterCommune:
        return tr("register a commune");
    case Operation::EditCommune:
        return tr("change a commune");
    case Operation::RegisterGroup:
        return tr("register a group");
    case Operation::EditGroup:
        return tr("change a group");
    case Operation::RegisterBorrower:
        return tr("register a borrower");
    case Operation::EditBorrower:
        return tr("change a borrower");
    case Operation::MoveBorrower:
        return tr("move a borrower");
    case Operation::DisburseLoan:
        return tr("disburse a loan");
    case Operation::EditLoan:
        return tr("change a loan");
    case Operation::PostRepayment:
        return tr("post a repayment");
    case Operation::PostSavings:
        return tr("post a savings entry");
    case Operation::ReverseRepayment:
        return tr("reverse a repayment");
    case Operation::ReverseSavings:
        return tr("reverse a savings entry");
    case Operation::PostBatch:
        return tr("post a transaction day");
    case Operation::Import:
        return tr("import data");
    case Operation::CloseMonth:
        return tr("close a month");
    case Operation::ReopenMonth:
        return tr("reopen a month");
    case Operation::EditSettings:
        return tr("change the office settings");
    case Operation::MarkDemonstration:
        return tr("mark the data as a demonstration");
    case Operation::EditCatalogue:
        return tr("change the program catalogue");
    case Operation::ManageUsers:
        return tr("manage the users");
    case Operation::Restore:
        return tr("restore a backup");
    }
    return QString();
}

QString Authorizer::roleName(Role role)
{
    switch (role) {
    case Role::Director:
        return tr("director");
    case Role::Staff:
        return tr("staff");
    case Role::Admin:
        return tr("admin");
    }
    return QString();
}

QString Authorizer::whyNot(Role role, Operation operation)
{
    QStringList allowed;
    for (Role other : Roles::kAll) {
        if (allows(other, operation))
            allowed.append(roleName(other));
    }
    return tr("only %1 may %2; you are signed in as %3")
        .arg(allowed.join(tr(" or ")), describe(operation), roleName(role));
}
