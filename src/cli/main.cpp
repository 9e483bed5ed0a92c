#include "CommandLine.h"
#include "SummaryPdf.h"

#include "print/ReportSettings.h"

#include <QApplication>
#include <QCoreApplication>

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
    commandLine.setOfficeName(ReportSettings::load().officeName);
    return commandLine.run();
}

} // namespace

int main(int argc, char* argv[])
{
    if (drawsPdf(argc, argv)) {
        // Drawn without a window on the offscreen platform, also on a machine with a desktop.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return run();
    }
    QCoreApplication app(argc, argv);
    return run();
}
