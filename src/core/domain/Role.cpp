#include "Role.h"

QString Roles::code(Role role)
{
    switch (role) {
    case Role::Director:
        return QStringLiteral("director");
    case Role::Staff:
        return QStringLiteral("staff");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("staff");
}

std::optional<Role> Roles::parse(const QString& code)
{
    for (Role role : kAll) {
        if (Roles::code(role) == code.trimmed().toLower())
            return role;
    }
    return std::nullopt;
}
