#include "CommandLine.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("loandesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOANDESK_VERSION));
    return CommandLine(QCoreApplication::arguments().mid(1)).run();
}
