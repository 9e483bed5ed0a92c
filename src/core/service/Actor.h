#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

/// Who makes a change, and when: what the audit trail records. For now the user is the operating-system user;
/// once users and roles exist, the signed-in user.
struct Actor
{
    QString user;
    /// The time now; a test sets a fixed clock.
    std::function<QDateTime()> clock;

    /// The operating-system user and the system clock.
    static Actor currentUser();
    [[nodiscard]] QDateTime now() const { return clock ? clock() : QDateTime::currentDateTime(); }
    /// Today in the computer's time zone.
    [[nodiscard]] QDate today() const { return now().toLocalTime().date(); }
};
