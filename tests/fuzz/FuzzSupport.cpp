#include "FuzzSupport.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace FuzzSupport {

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "loandesk-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* application = new QCoreApplication(argc, argv);
    Q_UNUSED(application)
}

void fail(const char* condition, const char* file, int line, const QString& what)
{
    std::fprintf(stderr, "%s:%d: property broken: %s\n", file, line, condition);
    if (!what.isEmpty())
        std::fprintf(stderr, "%s\n", what.left(2000).toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

} // namespace FuzzSupport
