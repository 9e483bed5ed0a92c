#include "Actor.h"

#include <QMutex>
#include <QMutexLocker>
#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace {

QString systemUserName()
{
#ifdef Q_OS_UNIX
    if (const passwd* entry = getpwuid(getuid()); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

QMutex& sessionMutex()
{
    static QMutex mutex;
    return mutex;
}

std::optional<Actor>& session()
{
    static std::optional<Actor> signedIn;
    return signedIn;
}

} // namespace

Actor Actor::operatingSystemUser()
{
    return {systemUserName(), {}, {}};
}

Actor Actor::currentUser()
{
    {
        const QMutexLocker lock(&sessionMutex());
        if (const std::optional<Actor>& signedIn = session())
            return {signedIn->user, {}, signedIn->role};
    }
    return operatingSystemUser();
}

void Actor::setSignedIn(const std::optional<Actor>& actor)
{
    const QMutexLocker lock(&sessionMutex());
    session() = actor;
}
