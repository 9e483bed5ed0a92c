#pragma once

#include "domain/Role.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

/// Who makes a change, and when: what the audit trail records. In a database without users it is the
/// operating-system user; once users exist, the user who signed in (UserService::signIn), whose role the
/// write service checks (Authorizer) before every write.
struct Actor
{
    QString user;
    /// The time now; a test sets a fixed clock.
    std::function<QDateTime()> clock;
    /// The role of the signed-in user, set only by UserService::signIn; empty: no one signed in (the
    /// operating-system user of a database without users). The Authorizer checks the role stored in the
    /// database at the time of the write, not this copy.
    std::optional<Role> role{};

    /// Who uses the program now, with the system clock: the user signed in to this process (setSignedIn, the
    /// desktop program after its sign-in), or else the operating-system user.
    static Actor currentUser();
    /// The operating-system user and the system clock, whoever signed in.
    static Actor operatingSystemUser();
    /// Records who signed in to this process (the desktop program has one database, and one signed-in user,
    /// at a time); empty: no one (a database without users, or after signing out). Thread-safe: the window's
    /// background work writes as the same user.
    static void setSignedIn(const std::optional<Actor>& actor);
    [[nodiscard]] bool isSignedIn() const { return role.has_value(); }
    [[nodiscard]] QDateTime now() const { return clock ? clock() : QDateTime::currentDateTime(); }
    /// Today in the computer's time zone.
    [[nodiscard]] QDate today() const { return now().toLocalTime().date(); }
};
