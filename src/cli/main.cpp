#include "CommandLine.h"
#include "SummaryPdf.h"

#include "print/ReportSettings.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstring>

namespace {

/// `summary|ageing … --format pdf`: the commands that draw (fonts, Qt Charts), so they need a QApplication.
bool drawsPdf(int argc, char* argv[])
{
    if (argc < 2 || (std::strcmp(argv[1], "summary") != 0 && std::strcmp(argv[1], "ageing") != 0))
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
    const ReportSettings settings = ReportSettings::loadFromComputer();
    commandLine.setWorkbookSettings({settings.officeName, settings.placeName(), settings.preparerName,
                                     settings.controllerName, settings.directorName});
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
