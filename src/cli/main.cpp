#include "CommandLine.h"
#include "SummaryPdf.h"

#include "print/ReportSettings.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstring>

namespace {

/// `summary … --format pdf`: the one command that draws (fonts, Qt Charts), so it needs a QApplication.
bool drawsPdf(int argc, char* argv[])
{
    if (argc < 2 || std::strcmp(argv[1], "summary") != 0)
        return false;
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--format=pdf") == 0)
            return true;
        if (std::strcmp(argv[i], "--format") == 0 && i + 1 < argc && std::strcmp(argv[i + 1], "pdf") == 0)
            return true;
    }
    return false;
}

int run()
{
    QCoreApplication::setApplicationName(QStringLiteral("loandesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOANDESK_VERSION));
    CommandLine commandLine(QCoreApplication::arguments().mid(1));
    commandLine.setPdfWriter(writeSummaryPdf);
    commandLine.setOfficeName(ReportSettings::loadFromComputer().officeName);
    return commandLine.run();
}

} // namespace

int main(int argc, char* argv[])
{
    if (drawsPdf(argc, argv)) {
        // Drawn without a window on the offscreen platform, also on a machine with a desktop.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a runtime folder (a cron job, root) Qt would print a warning on every run: give it a
        // private one.
        QTemporaryDir runtime;
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtime.isValid()) {
            QFile::setPermissions(runtime.path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
        }
        QApplication app(argc, argv);
        return run();
    }
    QCoreApplication app(argc, argv);
    return run();
}
