#include "MainWindow.h"
#include "Startup.h"

#include "common/AppSettings.h"
#include "common/DisplayOptions.h"
#include "common/Translations.h"
#include "db/Database.h"
#include "file/DatabaseErrorDialog.h"
#include "file/FileChooser.h"
#include "file/RecentFiles.h"
#include "users/SignInDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QImage>
#include <QRegularExpression>

#include <cstdio>
#include <cstring>

namespace {

int fail(int status, const QString& message)
{
    std::fprintf(stderr, "loandesk: %s\n", qPrintable(message));
    return status;
}

std::optional<Location::Page> parseView(const QString& name)
{
    static const QList<std::pair<QString, Location::Page>> views = {
        {QStringLiteral("dashboard"), Location::Page::Dashboard},
        {QStringLiteral("programs"), Location::Page::Programs},
        {QStringLiteral("communes"), Location::Page::Communes},
        {QStringLiteral("organizations"), Location::Page::Organizations},
        {QStringLiteral("groups"), Location::Page::Groups},
        {QStringLiteral("borrowers"), Location::Page::Borrowers},
        {QStringLiteral("loans"), Location::Page::Loans},
        {QStringLiteral("reports"), Location::Page::Reports},
        {QStringLiteral("history"), Location::Page::History},
    };
    for (const auto& [code, page] : views) {
        if (code == name)
            return page;
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char* argv[])
{
    // A screenshot is rendered offscreen, and the help and the version are printed on a console: no display
    // is needed (or used) for them.
    for (int i = 1; i < argc; ++i) {
        const bool windowless = std::strcmp(argv[i], "--screenshot") == 0 ||
                                std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0 ||
                                std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0;
        if (windowless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("LoanDesk"));
    QApplication::setOrganizationName(QStringLiteral("LoanDesk"));
    QApplication::setApplicationVersion(QStringLiteral(LOANDESK_VERSION));
    // The desktop entry the package installs, so that a desktop shows the running window under its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("vn.org.vbsp.loandesk"));
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1x%1/apps/loandesk.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("LoanDesk, the loan-portfolio dashboard of a VBSP transaction office"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Open this database file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption monthOption(
        QStringLiteral("month"), QStringLiteral("Show this month (YYYY-MM)."), QStringLiteral("YYYY-MM"));
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QStringLiteral(
            "Open this page: dashboard, programs, communes, organizations, groups, borrowers, loans, "
            "reports, history."),
        QStringLiteral("VIEW"));
    const QCommandLineOption borrowerOption(
        QStringLiteral("borrower"), QStringLiteral("Open the ledger of this borrower (customer code)."),
        QStringLiteral("ID"));
    const QCommandLineOption languageOption(QStringLiteral("lang"), QStringLiteral("Language: vi, en or fr."),
                                            QStringLiteral("LANG"));
    const QCommandLineOption unitOption(
        QStringLiteral("unit"), QStringLiteral("Unit of amounts: dong, thousand, million or billion."),
        QStringLiteral("UNIT"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral(
            "Render the chosen view offscreen (at 1440×900 unless --size says otherwise), write it "
            "to FILE.png and exit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QStringLiteral(
            "The window's size for --screenshot, as WIDTHxHEIGHT (default 1440x900; 1366x768 is the "
            "commonest office laptop)."),
        QStringLiteral("WxH"));
    parser.addOptions({dbOption, monthOption, viewOption, borrowerOption, languageOption, unitOption,
                       screenshotOption, sizeOption});
    parser.process(app);

    const bool screenshot = parser.isSet(screenshotOption);
    std::optional<YearMonth> month;
    if (parser.isSet(monthOption)) {
        month = YearMonth::parse(parser.value(monthOption));
        if (!month)
            return fail(
                1,
                QStringLiteral("--month must be a month as YYYY-MM, not %1").arg(parser.value(monthOption)));
    }
    QSize windowSize(1440, 900);
    if (parser.isSet(sizeOption)) {
        static const QRegularExpression pattern(QStringLiteral("^([0-9]{3,5})x([0-9]{3,5})$"));
        const QRegularExpressionMatch match = pattern.match(parser.value(sizeOption));
        const int width = match.hasMatch() ? match.captured(1).toInt() : 0;
        const int height = match.hasMatch() ? match.captured(2).toInt() : 0;
        if (width < 640 || height < 480 || width > 7680 || height > 4320)
            return fail(1, QStringLiteral("--size must be WIDTHxHEIGHT between 640x480 and 7680x4320, not %1")
                               .arg(parser.value(sizeOption)));
        if (!screenshot)
            return fail(1, QStringLiteral("--size goes with --screenshot"));
        windowSize = QSize(width, height);
    }
    std::optional<Location::Page> view;
    if (parser.isSet(viewOption)) {
        view = parseView(parser.value(viewOption));
        if (!view)
            return fail(1, QStringLiteral("unknown --view %1").arg(parser.value(viewOption)));
    }
    std::optional<Language> language;
    if (parser.isSet(languageOption)) {
        const QString code = parser.value(languageOption);
        if (code != QStringLiteral("vi") && code != QStringLiteral("en") && code != QStringLiteral("fr"))
            return fail(1, QStringLiteral("--lang must be vi, en or fr, not %1").arg(code));
        language = DisplayOptions::languageFromCode(code);
    }
    std::optional<MoneyUnit> unit;
    if (parser.isSet(unitOption)) {
        const QString code = parser.value(unitOption);
        unit = DisplayOptions::unitFromCode(code);
        if (DisplayOptions::unitCode(*unit) != code)
            return fail(
                1, QStringLiteral("--unit must be dong, thousand, million or billion, not %1").arg(code));
    }

    // What is said before the window opens (a file that cannot be used) is in the user's language too.
    Translations::install(language ? *language : AppSettings::language());
    const QString requested = parser.value(dbOption);
    auto database = Startup::openDatabase(requested);
    if (!database) {
        if (screenshot)
            return fail(3, database.error().message);
        // Say what is wrong with the file and offer another way than quitting.
        FileChooser chooser;
        database =
            Startup::recover(requested.isEmpty() ? Startup::defaultDatabasePath() : requested,
                             database.error(), chooser, [](const DatabaseProblem& problem) {
                                 DatabaseErrorDialog dialog(problem, DatabaseErrorDialog::Context::Startup);
                                 dialog.exec();
                                 return dialog.choice();
                             });
        if (!database)
            return 3;
    }
    if (!screenshot) {
        RecentFiles::add((*database)->path());
        if (const QString warning = Database::permissionWarning((*database)->path()); !warning.isEmpty())
            std::fprintf(stderr, "loandesk: warning: %s\n", qPrintable(warning));
        // A database with users opens on a sign-in; one without is offered its admin account.
        if (!SignInDialog::signInTo(**database, nullptr, true))
            return 0;
    }

    // The window is deleted when closed: File → Open… and New database… replace it by a window of their own.
    auto* window = new MainWindow(std::move(database).value());
    std::unique_ptr<MainWindow> owned(window); // until the event loop takes over
    if (screenshot)
        window->setRememberSettings(false);
    else
        window->setAttribute(Qt::WA_DeleteOnClose);
    if (language)
        window->setLanguage(*language);
    if (unit)
        window->setUnit(*unit);
    if (month) {
        if (!window->months().contains(*month)) {
            const QString held =
                window->months().isEmpty()
                    ? QStringLiteral("no month with data")
                    : QStringLiteral("%1 to %2")
                          .arg(window->months().back().toIsoString(), window->months().front().toIsoString());
            return fail(
                1,
                QStringLiteral("no figures for %1: the database holds %2").arg(month->toIsoString(), held));
        }
        window->setMonth(*month);
    }
    if (view)
        window->navigate({*view, {}});
    if (parser.isSet(borrowerOption)) {
        PortfolioSelection selection;
        selection.borrowerId = parser.value(borrowerOption);
        window->navigate({Location::Page::Ledger, selection});
    }

    if (!screenshot) {
        window->show();
        (void)owned.release();
        return QApplication::exec();
    }
    // An empty database shows its welcome page.
    window->resize(windowSize);
    window->show();
    if (!window->waitUntilIdle(180000))
        return fail(4, QStringLiteral("the figures took too long to load"));
    const QImage image = window->grab().toImage();
    const QString path = parser.value(screenshotOption);
    if (image.isNull() || !image.save(path, "PNG"))
        return fail(4, QStringLiteral("cannot write the screenshot to %1").arg(path));
    return 0;
}
