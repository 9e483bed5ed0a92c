#include "MainWindow.h"
#include "Startup.h"

#include "db/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("LoanDesk"));
    QApplication::setOrganizationName(QStringLiteral("LoanDesk"));
    QApplication::setApplicationVersion(QStringLiteral(LOANDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("LoanDesk, the loan-portfolio dashboard of a VBSP transaction office"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Open this database file."),
                                      QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.process(app);

    auto database = Startup::openDatabase(parser.value(dbOption));
    if (!database) {
        QMessageBox::critical(nullptr, QStringLiteral("LoanDesk"), database.error().message);
        return 3;
    }
    MainWindow window(std::move(database).value());
    window.show();
    return QApplication::exec();
}
