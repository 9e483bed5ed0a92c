#include "CommandLine.h"

#include "check/PortfolioCheck.h"
#include "db/Backup.h"
#include "db/Database.h"
#include "demo/DemoPortfolio.h"
#include "domain/Dates.h"
#include "io/Exporter.h"
#include "io/Importer.h"
#include "repo/OfficeSettingsRepository.h"
#include "report/ReportBuilder.h"
#include "report/ReportRenderers.h"
#include "report/ReportText.h"
#include "report/XlsxRenderer.h"
#include "service/PortfolioService.h"
#include "service/RestoreService.h"
#include "service/UserService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif
#include <cerrno>
#include <cstring>

namespace {

constexpr int kOk = 0;
constexpr int kUsage = 1;
constexpr int kRefused = 2;
constexpr int kUnusable = 3;

int statusFor(const Error& error)
{
    switch (error.kind) {
    case Error::Kind::Refused:
        return kRefused;
    case Error::Kind::Unusable:
        return kUnusable;
    case Error::Kind::Usage:
    case Error::Kind::Io:
        break;
    }
    return kUsage;
}

/// The exit status of a failed output (an export, a report file, a backup): a file that could not be written
/// is status 3 like a database that could not be used, never 1 (bad usage).
int outputStatus(const Error& error)
{
    return error.kind == Error::Kind::Io ? kUnusable : statusFor(error);
}

} // namespace

CommandLine::CommandLine(QStringList arguments, std::FILE* out, std::FILE* err)
    : m_arguments(std::move(arguments))
    , m_out(out)
    , m_err(err)
{}

QString CommandLine::usage()
{
    return QStringLiteral(
        "Usage:\n"
        "  loandesk-cli init    --db FILE [--demo [--demo-seed N] [--demo-scale PERCENT]]\n"
        "  loandesk-cli init    --demo --csv DIR [--demo-seed N] [--demo-scale PERCENT]\n"
        "  loandesk-cli import  --db FILE DIR\n"
        "  loandesk-cli export  --db FILE --out DIR\n"
        "  loandesk-cli summary --db FILE --month YYYY-MM [--by program|commune|organization|group]\n"
        "                       [--format csv|json|pdf|xlsx] [--out FILE]\n"
        "                       [--language vi|en|fr] [--unit dong|thousand|million|billion]\n"
        "                       [--date YYYY-MM-DD]   (these three for pdf and xlsx only)\n"
        "  loandesk-cli ageing  --db FILE --as-of YYYY-MM-DD [--by program|commune|organization|group]\n"
        "                       [--format csv|json|pdf|xlsx] [--out FILE]\n"
        "                       [--language vi|en|fr] [--unit dong|thousand|million|billion]\n"
        "                       [--date YYYY-MM-DD]   (these three for pdf and xlsx only)\n"
        "  loandesk-cli check   --db FILE\n"
        "  loandesk-cli backup  --db FILE --out FILE   (or --to FILE)\n"
        "  loandesk-cli restore --db FILE --from BACKUP [--inspect] [--user NAME]\n"
        "  loandesk-cli months  --db FILE\n"
        "  loandesk-cli close   --db FILE --month YYYY-MM\n"
        "  loandesk-cli reopen  --db FILE --month YYYY-MM --reason TEXT\n"
        "  loandesk-cli user    list   --db FILE\n"
        "  loandesk-cli user    add    --db FILE --name NAME --role director|staff|admin\n"
        "  loandesk-cli user    passwd --db FILE --name NAME\n"
        "  loandesk-cli user    role   --db FILE --name NAME --role director|staff|admin\n"
        "  loandesk-cli user    unlock --db FILE --name NAME\n"
        "  loandesk-cli --help | --version\n"
        "\n"
        "Users: a database without users is used as it always was, and the audit trail records the\n"
        "operating-system user. Once it has users, import, close, reopen and the user commands that change\n"
        "something need --user NAME, with that user's password on the first line of standard input (a new\n"
        "password, for user add and user passwd, on the next line). The first user, added without --user,\n"
        "is an admin. Roles: staff enter and import records, a director closes months, an admin reopens\n"
        "them and keeps the users. Five wrong passwords lock a user for 5 minutes.\n"
        "\n"
        "Commands:\n"
        "  init     create a new database with the schema and the reference data; --demo fills it with the\n"
        "           Duy Tien demonstration portfolio. An existing file is never touched. --demo-scale sizes\n"
        "           it in percent of the office (2500: about a million loans, made part by part in bounded\n"
        "           memory); --csv DIR writes its records as an import folder instead of a database.\n"
        "  import   load a folder of CSV files (communes, groups, borrowers, moves, loans, schedule,\n"
        "           repayments, savings), all or nothing; every problem is reported as FILE:LINE: column:\n"
        "           message. Nothing dated in a closed month is accepted.\n"
        "  export   write the whole portfolio as CSV files in the same format\n"
        "  summary  the monthly summary of a month by program, commune, organization or group; pdf is the\n"
        "           printed report in the bank's layout (the desktop program's Save PDF), xlsx the workbook\n"
        "           with one sheet per breakdown; both need --out. --language and --unit choose the "
        "report's\n"
        "           language and the unit of its amounts (default vi, dong), --date the date on its "
        "signature\n"
        "           line (default today). Office name, place and signatories come from the desktop "
        "program's\n"
        "           report settings.\n"
        "  ageing   overdue principal by days past due at the end of a day; pdf and xlsx as for summary\n"
        "           (the printed table adds the total overdue and the total outstanding)\n"
        "  check    verify the file, the rules of the portfolio and the kept figures\n"
        "  backup   write a consistent copy, also while the desktop program has the database open; the\n"
        "           copy is complete or absent, never half written\n"
        "  restore  replace the database by a backup: shows what the backup holds (date, months with\n"
        "           data and which are closed, the total outstanding of its last month, the result of\n"
        "           check), refuses a backup that does not pass check, keeps the current file in\n"
        "           FILE.backups first; --inspect only shows, changing nothing\n"
        "  months   list the months with data, oldest first, each closed or open\n"
        "  close    close a month: nothing dated in it or before can change any more; months close in\n"
        "           order and only when check finds no violation\n"
        "  reopen   reopen the latest closed month, saying why (recorded in the audit trail)\n"
        "\n"
        "A summary or ageing outside the months with data is refused. The JSON forms say whether the\n"
        "month is closed (\"closed\": true) or its figures are still provisional.\n"
        "\n"
        "Exit status: 0 success, 1 bad usage, 2 data refused (import, check, a backup failing check),\n"
        "3 database unusable or an output that could not be written.\n");
}

void CommandLine::print(const QByteArray& bytes)
{
    const auto size = static_cast<std::size_t>(bytes.size());
    if (std::fwrite(bytes.constData(), 1, size, m_out) != size)
        outputFailed();
}

void CommandLine::outputFailed()
{
    if (!m_outFailed)
        m_outError = QString::fromLocal8Bit(std::strerror(errno));
    m_outFailed = true;
}

bool CommandLine::flushOutput()
{
    if (std::fflush(m_out) != 0 || std::ferror(m_out) != 0)
        outputFailed();
    return !m_outFailed;
}

void CommandLine::printLine(const QString& line)
{
    print(line.toUtf8() + '\n');
}

int CommandLine::fail(int status, const QString& message)
{
    for (const QString& line : message.split(u'\n', Qt::SkipEmptyParts)) {
        const QByteArray bytes = QStringLiteral("loandesk-cli: %1\n").arg(line).toUtf8();
        std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), m_err);
    }
    std::fflush(m_err);
    return status;
}

bool CommandLine::parse(Parsed& parsed, const QStringList& valueOptions, const QStringList& flagOptions,
                        int maxPositional)
{
    const QStringList args = m_arguments.mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (!arg.startsWith(QStringLiteral("--"))) {
            parsed.positional.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasValue = true;
        }
        if (flagOptions.contains(name)) {
            if (hasValue) {
                fail(kUsage, tr("--%1 takes no value").arg(name));
                return false;
            }
            parsed.options.insert(name, QStringLiteral("1"));
            continue;
        }
        if (!valueOptions.contains(name)) {
            fail(kUsage,
                 tr("unknown option --%1 for %2 (see loandesk-cli --help)").arg(name, parsed.command));
            return false;
        }
        if (!hasValue) {
            if (i + 1 >= args.size()) {
                fail(kUsage, tr("--%1 needs a value").arg(name));
                return false;
            }
            value = args[++i];
        }
        if (parsed.options.contains(name)) {
            fail(kUsage, tr("--%1 is given twice").arg(name));
            return false;
        }
        parsed.options.insert(name, value);
    }
    if (parsed.positional.size() > maxPositional) {
        fail(kUsage, tr("unexpected argument %1 for %2 (see loandesk-cli --help)")
                         .arg(parsed.positional.value(maxPositional), parsed.command));
        return false;
    }
    return true;
}

int CommandLine::run()
{
    const int status = dispatch();
    // Whatever was printed must have reached standard output (a full disk, a closed pipe, /dev/full): a
    // report that was not written is no success.
    if (!flushOutput() && status == kOk)
        return fail(kUnusable, tr("cannot write to the standard output: %1").arg(m_outError));
    return status;
}

int CommandLine::dispatch()
{
    if (m_arguments.isEmpty() || m_arguments.front().isEmpty())
        return fail(kUsage, tr("no command given\n") + usage());
    const QString command = m_arguments.front();
    if (command == QStringLiteral("--help") || command == QStringLiteral("-h") ||
        command == QStringLiteral("help")) {
        print(usage().toUtf8());
        return kOk;
    }
    if (command == QStringLiteral("--version")) {
        printLine(QStringLiteral("loandesk-cli %1 (schema version %2)")
                      .arg(QStringLiteral(LOANDESK_VERSION))
                      .arg(Database::currentSchemaVersion()));
        return kOk;
    }
    m_parsed.command = command;
    if (const qsizetype db = m_arguments.indexOf(QStringLiteral("--db"));
        db > 0 && db + 1 < m_arguments.size()) {
        if (const QString warning = Database::permissionWarning(m_arguments[db + 1]); !warning.isEmpty())
            fail(kOk, tr("warning: %1").arg(warning));
    }
    if (m_arguments.contains(QStringLiteral("--help"))) {
        print(usage().toUtf8());
        return kOk;
    }
    if (command == QStringLiteral("init"))
        return init();
    if (command == QStringLiteral("import"))
        return import();
    if (command == QStringLiteral("export"))
        return exportData();
    if (command == QStringLiteral("summary"))
        return summary();
    if (command == QStringLiteral("ageing"))
        return ageing();
    if (command == QStringLiteral("check"))
        return check();
    if (command == QStringLiteral("backup"))
        return backup();
    if (command == QStringLiteral("restore"))
        return restore();
    if (command == QStringLiteral("months"))
        return months();
    if (command == QStringLiteral("close"))
        return close();
    if (command == QStringLiteral("reopen"))
        return reopen();
    if (command == QStringLiteral("user"))
        return user();
    return fail(kUsage, tr("unknown command %1 (see loandesk-cli --help)").arg(command));
}

int CommandLine::writeOutput(const Parsed& parsed, const QByteArray& bytes)
{
    const QString target = parsed.options.value(QStringLiteral("out"));
    if (target.isEmpty() || target == QStringLiteral("-")) {
        print(bytes);
        if (!flushOutput())
            return fail(kUnusable, tr("cannot write to the standard output: %1").arg(m_outError));
        return kOk;
    }
    if (const QFileInfo info(target); info.exists() && !info.isFile()) {
        // A device or a pipe (/dev/stdout, a FIFO) is written to as it is, never replaced by a rename.
        QFile device(target);
        if (!device.open(QIODevice::WriteOnly | QIODevice::Append) || device.write(bytes) != bytes.size() ||
            !device.flush())
            return fail(kUnusable, tr("cannot write %1: %2").arg(target, device.errorString()));
        return kOk;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(kUnusable, tr("cannot write %1: %2").arg(target, file.errorString()));
    return kOk;
}

int CommandLine::init()
{
    if (!parse(m_parsed,
               {QStringLiteral("db"), QStringLiteral("csv"), QStringLiteral("demo-seed"),
                QStringLiteral("demo-scale")},
               {QStringLiteral("demo")}, 0))
        return kUsage;
    const QString path = m_parsed.options.value(QStringLiteral("db"));
    const QString folder = m_parsed.options.value(QStringLiteral("csv"));
    const bool demo = m_parsed.options.contains(QStringLiteral("demo"));
    if (path.isEmpty() == folder.isEmpty() || (!folder.isEmpty() && !demo))
        return fail(kUsage, tr("init needs --db FILE, or --demo with --csv DIR"));
    DemoOptions options;
    bool ok = true;
    if (m_parsed.options.contains(QStringLiteral("demo-seed")))
        options.seed = m_parsed.options.value(QStringLiteral("demo-seed")).toUInt(&ok);
    if (ok && m_parsed.options.contains(QStringLiteral("demo-scale")))
        options.scalePercent = m_parsed.options.value(QStringLiteral("demo-scale")).toInt(&ok);
    if (!ok || options.scalePercent < 1 || options.scalePercent > 100000)
        return fail(kUsage,
                    tr("--demo-seed takes a whole number and --demo-scale a percentage from 1 to 100000"));
    if (!folder.isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        if (QDir(folder).exists() && !QDir(folder).isEmpty())
            return fail(kUnusable,
                        tr("%1 is a folder that is not empty; init never overwrites a file").arg(folder));
        // An empty folder is made again at the end, whole, in one rename: never half of the files.
        if (QDir(folder).exists())
            QDir().rmdir(folder);
        if (Status s = DemoPortfolio::writeCsv(folder, options); !s)
            return fail(statusFor(s.error()), s.error().message);
        printLine(tr("wrote the Duy Tien demonstration portfolio into %1 in %2 s")
                      .arg(folder)
                      .arg(QString::number(static_cast<double>(timer.elapsed()) / 1000.0, 'f', 1)));
        return kOk;
    }
    QElapsedTimer timer;
    timer.start();
    auto database = Database::create(path);
    if (!database)
        return fail(statusFor(database.error()), database.error().message);
    if (m_parsed.options.contains(QStringLiteral("demo"))) {
        if (Status s = DemoPortfolio::build(**database, options); !s) {
            const QString message = s.error().message;
            database->reset();
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
            return fail(statusFor(s.error()), message);
        }
        printLine(tr("created %1 with the Duy Tien demonstration portfolio in %2 s")
                      .arg(path)
                      .arg(QString::number(static_cast<double>(timer.elapsed()) / 1000.0, 'f', 1)));
    } else {
        printLine(tr("created %1 (schema version %2)").arg(path).arg(Database::currentSchemaVersion()));
    }
    return kOk;
}

int CommandLine::import()
{
    if (!parse(m_parsed, {QStringLiteral("db"), QStringLiteral("user")}, {}, 1))
        return kUsage;
    const QString path = m_parsed.options.value(QStringLiteral("db"));
    if (path.isEmpty() || m_parsed.positional.size() != 1)
        return fail(kUsage, tr("import needs --db FILE and a folder"));
    auto database = Database::open(path);
    if (!database)
        return fail(statusFor(database.error()), database.error().message);
    int status = kOk;
    const auto actor = writer(**database, status);
    if (!actor)
        return status;
    Importer importer(**database, *actor);
    auto counts = importer.importFolder(m_parsed.positional.front());
    if (!counts) {
        if (counts.error().kind == Error::Kind::Refused)
            fail(kRefused,
                 counts.error().message + u'\n' +
                     tr("nothing was imported; problems found: %1").arg(importer.problems().size()));
        else
            fail(statusFor(counts.error()), counts.error().message);
        return statusFor(counts.error());
    }
    printLine(tr("imported %1 communes, %2 groups, %3 borrowers, %8 moves, %4 loans, %5 installments, "
                 "%6 repayments, %7 savings entries")
                  .arg(counts->communes)
                  .arg(counts->groups)
                  .arg(counts->borrowers)
                  .arg(counts->loans)
                  .arg(counts->installments)
                  .arg(counts->repayments)
                  .arg(counts->savings)
                  .arg(counts->moves));
    return kOk;
}

int CommandLine::exportData()
{
    if (!parse(m_parsed, {QStringLiteral("db"), QStringLiteral("out")}, {}, 0))
        return kUsage;
    const QString path = m_parsed.options.value(QStringLiteral("db"));
    const QString out = m_parsed.options.value(QStringLiteral("out"));
    if (path.isEmpty() || out.isEmpty())
        return fail(kUsage, tr("export needs --db FILE and --out DIR"));
    auto database = Database::open(path);
    if (!database)
        return fail(statusFor(database.error()), database.error().message);
    if (Status s = Exporter(**database).exportTo(out); !s)
        return fail(outputStatus(s.error()), s.error().message);
    return kOk;
}

int CommandLine::printedOptions(QString& format, PdfRequest& request)
{
    format = m_parsed.options.value(QStringLiteral("format"), QStringLiteral("csv"));
    if (format != QStringLiteral("csv") && format != QStringLiteral("json") &&
        format != QStringLiteral("pdf") && format != QStringLiteral("xlsx"))
        return fail(kUsage, tr("--format takes csv, json, pdf or xlsx"));
    const bool printed = format == QStringLiteral("pdf") || format == QStringLiteral("xlsx");
    if (printed && m_parsed.options.value(QStringLiteral("out")).isEmpty())
        return fail(kUsage, tr("--format %1 needs --out FILE").arg(format));
    // A PDF or a workbook is written under a temporary name and renamed: never over a device or a pipe.
    if (const QFileInfo out(m_parsed.options.value(QStringLiteral("out")));
        printed && out.exists() && !out.isFile())
        return fail(kUnusable, tr("cannot write %1: it is not a regular file").arg(out.filePath()));

    // The options of the printed forms; the CSV and JSON forms are always Vietnamese names and whole đồng.
    request.out = m_parsed.options.value(QStringLiteral("out"));
    for (const QString& option :
         {QStringLiteral("language"), QStringLiteral("unit"), QStringLiteral("date")}) {
        if (!printed && m_parsed.options.contains(option))
            return fail(kUsage, tr("--%1 is for --format pdf and xlsx only").arg(option));
    }
    const QString language = m_parsed.options.value(QStringLiteral("language"), QStringLiteral("vi"));
    if (language == QStringLiteral("en"))
        request.language = Language::English;
    else if (language == QStringLiteral("fr"))
        request.language = Language::French;
    else if (language != QStringLiteral("vi"))
        return fail(kUsage, tr("--language takes vi, en or fr"));
    const QString unit = m_parsed.options.value(QStringLiteral("unit"), QStringLiteral("dong"));
    if (unit == QStringLiteral("thousand"))
        request.unit = MoneyUnit::ThousandDong;
    else if (unit == QStringLiteral("million"))
        request.unit = MoneyUnit::MillionDong;
    else if (unit == QStringLiteral("billion"))
        request.unit = MoneyUnit::BillionDong;
    else if (unit != QStringLiteral("dong"))
        return fail(kUsage, tr("--unit takes dong, thousand, million or billion"));
    if (m_parsed.options.contains(QStringLiteral("date"))) {
        const auto date = Dates::parseIso(m_parsed.options.value(QStringLiteral("date")));
        if (!date)
            return fail(kUsage, tr("%1 is not a date; write YYYY-MM-DD, e.g. 2023-09-05")
                                    .arg(m_parsed.options.value(QStringLiteral("date"))));
        request.date = *date;
    }
    if (format == QStringLiteral("pdf") && !m_pdfWriter)
        return fail(kUsage, tr("--format pdf is not available in this build"));
    return kOk;
}

int CommandLine::writePrinted(Database& database, const QString& format, const PdfRequest& request)
{
    if (format == QStringLiteral("pdf")) {
        if (Status s = m_pdfWriter(database, request); !s)
            return fail(outputStatus(s.error()), s.error().message);
        return kOk;
    }
    ReportBuilder builder(database, request.language);
    XlsxOptions options;
    options.language = request.language;
    options.unit = request.unit;
    const WorkbookSettings workbook = workbookFor(database);
    options.officeName = workbook.officeName;
    options.placeName = workbook.placeName;
    options.preparerName = workbook.preparerName;
    options.controllerName = workbook.controllerName;
    options.directorName = workbook.directorName;
    options.demonstration = workbook.demonstration;
    options.date = request.date;
    const Status s =
        request.kind == ReportTable::Kind::Ageing
            ? XlsxRenderer::writeAgeing(builder, request.asOf, request.by, {}, options, request.out)
            : XlsxRenderer::writeMonth(builder, ReportTable::Kind::Summary, request.month, request.by, {},
                                       options, request.out);
    if (!s)
        return fail(outputStatus(s.error()), s.error().message);
    return kOk;
}

int CommandLine::summary()
{
    if (!parse(m_parsed,
               {QStringLiteral("db"), QStringLiteral("month"), QStringLiteral("by"), QStringLiteral("format"),
                QStringLiteral("out"), QStringLiteral("language"), QStringLiteral("unit"),
                QStringLiteral("date")},
               {}, 0))
        return kUsage;
    const QString path = m_parsed.options.value(QStringLiteral("db"));
    if (path.isEmpty() || !m_parsed.options.contains(QStringLiteral("month")))
        return fail(kUsage, tr("summary needs --db FILE and --month YYYY-MM"));
    const auto month = YearMonth::parse(m_parsed.options.value(QStringLiteral("month")));
    if (!month)
        return fail(kUsage, tr("%1 is not a month; write YYYY-MM, e.g. 2023-08")
                                .arg(m_parsed.options.value(QStringLiteral("month"))));
    const auto by = parseBreakdown(m_parsed.options.value(QStringLiteral("by"), QStringLiteral("program")));
    if (!by)
        return fail(kUsage, tr("--by takes program, commune, organization or group"));
    PdfRequest request;
    request.kind = ReportTable::Kind::Summary;
    request.month = *month;
    request.by = *by;
    QString format;
    if (const int status = printedOptions(format, request); status != kOk)
        return status;

    auto database = Database::open(path);
    if (!database)
        return fail(statusFor(database.error()), database.error().message);
    if (format == QStringLiteral("pdf") || format == QStringLiteral("xlsx"))
        return writePrinted(**database, format, request);
    ReportBuilder builder(**database, Language::Vietnamese);
    auto table = builder.summary(*month, *by);
    if (!table)
        return fail(statusFor(table.error()), table.error().message);
    return writeOutput(m_parsed, format == QStringLiteral("json") ? ReportRenderers::toJson(*table)
                                                                  : ReportRenderers::toCsv(*table));
}

WorkbookSettings CommandLine::workbookFor(Database& database) const
{
    // The office's settings in the database; a database that has none yet, the ones of this computer.
    auto stored = OfficeSettingsRepository(database).load();
    if (!stored)
        return m_workbook;
    OfficeSettings computer;
    computer.officeName = m_workbook.officeName;
    computer.place = m_workbook.placeName;
    computer.preparerName = m_workbook.preparerName;
    computer.controllerName = m_workbook.controllerName;
    computer.directorName = m_workbook.directorName;
    const OfficeSettings office = stored->orTextsOf(computer);
    return {office.officeName,   office.place.isEmpty() ? ReportText::defaultPlace() : office.place,
            office.preparerName, office.controllerName,
            office.directorName, office.demonstration};
}

int CommandLine::ageing()
{
    if (!parse(m_parsed,
               {QStringLiteral("db"), QStringLiteral("as-of"), QStringLiteral("by"), QStringLiteral("format"),
                QStringLiteral("out"), QStringLiteral("language"), QStringLiteral("unit"),
                QStringLiteral("date")},
               {}, 0))
        return kUsage;
    const QString path = m_parsed.options.value(QStringLiteral("db"));
    if (path.isEmpty() || !m_parsed.options.contains(QStringLiteral("as-of")))
        return fail(kUsage, tr("ageing needs --db FILE and --as-of YYYY-MM-DD"));
    const auto day = Dates::parseIso(m_parsed.options.value(QStringLiteral("as-of")));
    if (!day)
        return fail(kUsage, tr("%1 is not a date; write YYYY-MM-DD, e.g. 2023-08-31")
                                .arg(m_parsed.options.value(QStringLiteral("as-of"))));
    const auto by = parseBreakdown(m_parsed.options.value(QStringLiteral("by"), QStringLiteral("program")));
    if (!by)
        return fail(kUsage, tr("--by takes program, commune, organization or group"));
    PdfRequest request;
    request.kind = ReportTable::Kind::Ageing;
    request.month = YearMonth::fromDate(*day);
    request.asOf = *day;
    request.by = *by;
    QString format;
    if (const int status = printedOptions(format, request); status != kOk)
        return status;

    auto database = Database::open(path);
    if (!database)
        return fail(statusFor(database.error()), database.error().message);
    if (format == QStringLiteral("pdf") || format == QStringLiteral("xlsx"))
        return writePrinted(**database, format, request);
    ReportBuilder builder(**database, Language::Vietnamese);
    auto table = builder.ageing(*day, *by);
    if (!table)
        return fail(statusFor(table.error()), table.error().message);
    return writeOutput(m_parsed, format == QStringLiteral("json") ? ReportRenderers::toJson(*table)
                                                                  : ReportRenderers::toCsv(*table));
}

int CommandLine::check()
{
    if (!parse(m_parsed, {QStringLiteral("db")}, {}, 0))
        return kUsage;
    const QString path = m_parsed.options.value(QStringLiteral("db"));
    if (path.isEmpty())
        return fail(kUsage, tr("check needs --db FILE"));
    auto database = Database::open(path);
    if (!database)
        return fail(statusFor(database.error()), database.error().message);
    auto outcome = PortfolioCheck::run(**database);
    if (!outcome)
        return fail(statusFor(outcome.error()), outcome.error().message);
    printLine(tr("checked %1").arg(path));
    for (const QString& line : outcome->checked)
        printLine(QStringLiteral("  ") + line);
    for (const QString& line : outcome->violations)
        printLine(tr("  violation: %1").arg(line));
    std::fflush(m_out);
    if (!outcome->violations.isEmpty())
        return fail(kRefused, tr("check found violations: %1").arg(outcome->violations.size()));
    printLine(tr("no violations"));
    return kOk;
}

int CommandLine::backup()
{
    if (!parse(m_parsed, {QStringLiteral("db"), QStringLiteral("out"), QStringLiteral("to")}, {}, 0))
        return kUsage;
    const QString path = m_parsed.options.value(QStringLiteral("db"));
    const QString out =
        m_parsed.options.value(QStringLiteral("out"), m_parsed.options.value(QStringLiteral("to")));
    if (path.isEmpty() || out.isEmpty() ||
        (m_parsed.options.contains(QStringLiteral("out")) && m_parsed.options.contains(QStringLiteral("to"))))
        return fail(kUsage, tr("backup needs --db FILE and --out FILE"));
    auto database = Database::open(path);
    if (!database)
        return fail(statusFor(database.error()), database.error().message);
    if (Status s = backupDatabase(**database, out); !s)
        return fail(outputStatus(s.error()), s.error().message);
    printLine(tr("wrote a consistent copy of %1 to %2").arg(path, out));
    return kOk;
}

void CommandLine::printContents(const BackupContents& contents)
{
    printLine(tr("backup %1").arg(contents.path));
    printLine(tr("  written %1").arg(contents.writtenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    printLine(tr("  schema version %1").arg(contents.schemaVersion));
    if (contents.months.isEmpty()) {
        printLine(tr("  no month with data"));
    } else {
        printLine(
            tr("  months with data: %1 to %2 (%3), closed through %4")
                .arg(contents.months.front().toIsoString(), contents.months.back().toIsoString())
                .arg(contents.months.size())
                .arg(contents.latestClosed.isValid() ? contents.latestClosed.toIsoString() : tr("none")));
        for (const YearMonth& month : contents.months)
            printLine(QStringLiteral("  month %1,%2")
                          .arg(month.toIsoString(),
                               contents.isClosed(month) ? QStringLiteral("closed") : QStringLiteral("open")));
        printLine(
            tr("  outstanding at the end of %1: %2")
                .arg(contents.months.back().toIsoString(), contents.lastMonthOutstanding.toPlainString()));
    }
    for (const QString& line : contents.checked)
        printLine(tr("  checked: %1").arg(line));
    for (const QString& line : contents.violations)
        printLine(tr("  violation: %1").arg(line));
    printLine(contents.passesCheck() ? tr("  check: no violations")
                                     : tr("  check: %1 violations").arg(contents.violations.size()));
}

int CommandLine::restore()
{
    if (!parse(m_parsed, {QStringLiteral("db"), QStringLiteral("from"), QStringLiteral("user")},
               {QStringLiteral("inspect")}, 0))
        return kUsage;
    const QString path = m_parsed.options.value(QStringLiteral("db"));
    const QString from = m_parsed.options.value(QStringLiteral("from"));
    if (path.isEmpty() || from.isEmpty())
        return fail(kUsage, tr("restore needs --db FILE and --from BACKUP"));
    const RestoreService service(path);
    if (m_parsed.options.contains(QStringLiteral("inspect"))) {
        auto contents = service.inspect(from);
        if (!contents)
            return fail(statusFor(contents.error()), contents.error().message);
        printContents(*contents);
        if (!contents->passesCheck())
            return fail(kRefused, tr("the backup does not pass the check: a restore would refuse it"));
        return kOk;
    }
    // Once the database has users, a restore is an admin's (the service checks the role): who asks signs in
    // like for any write. A file that cannot be opened has no users to ask.
    Actor actor = Actor::currentUser();
    if (QFileInfo::exists(path)) {
        if (auto current = Database::open(path)) {
            int status = kOk;
            auto signedIn = writer(**current, status);
            if (!signedIn)
                return status;
            actor = *signedIn;
        }
    }
    auto outcome = RestoreService(path, {}, actor).restore(from);
    if (!outcome)
        return fail(outputStatus(outcome.error()), outcome.error().message);
    printContents(outcome->restored);
    if (!outcome->keptCopy.isEmpty())
        printLine(tr("the database as it was is kept in %1").arg(outcome->keptCopy));
    printLine(tr("restored %1 from %2").arg(path, from));
    return kOk;
}

std::optional<YearMonth> CommandLine::monthOption(const QString& command)
{
    if (!m_parsed.options.contains(QStringLiteral("month"))) {
        fail(kUsage, tr("%1 needs --month YYYY-MM").arg(command));
        return std::nullopt;
    }
    const auto month = YearMonth::parse(m_parsed.options.value(QStringLiteral("month")));
    if (!month)
        fail(kUsage, tr("%1 is not a month; write YYYY-MM, e.g. 2023-08")
                         .arg(m_parsed.options.value(QStringLiteral("month"))));
    return month;
}

int CommandLine::months()
{
    if (!parse(m_parsed, {QStringLiteral("db")}, {}, 0))
        return kUsage;
    const QString path = m_parsed.options.value(QStringLiteral("db"));
    if (path.isEmpty())
        return fail(kUsage, tr("months needs --db FILE"));
    auto database = Database::open(path);
    if (!database)
        return fail(statusFor(database.error()), database.error().message);
    ReportBuilder builder(**database);
    auto span = builder.dataSpan();
    if (!span)
        return fail(statusFor(span.error()), span.error().message);
    auto closed = builder.latestClosedMonth();
    if (!closed)
        return fail(statusFor(closed.error()), closed.error().message);
    for (const YearMonth& month : span->months())
        printLine(month.toIsoString() + (closed->isValid() && month <= *closed ? QStringLiteral(",closed")
                                                                               : QStringLiteral(",open")));
    std::fflush(m_out);
    return kOk;
}

int CommandLine::close()
{
    if (!parse(m_parsed, {QStringLiteral("db"), QStringLiteral("month"), QStringLiteral("user")}, {}, 0))
        return kUsage;
    const QString path = m_parsed.options.value(QStringLiteral("db"));
    if (path.isEmpty())
        return fail(kUsage, tr("close needs --db FILE and --month YYYY-MM"));
    const auto month = monthOption(QStringLiteral("close"));
    if (!month)
        return kUsage;
    auto database = Database::open(path);
    if (!database)
        return fail(statusFor(database.error()), database.error().message);
    int status = kOk;
    const auto actor = writer(**database, status);
    if (!actor)
        return status;
    PortfolioService service(**database, *actor);
    if (Status s = service.closeMonth(*month); !s)
        return fail(statusFor(s.error()), s.error().message);
    printLine(tr("closed %1: nothing dated on or before %2 can change any more")
                  .arg(month->toIsoString(), Dates::toIso(month->lastDay())));
    return kOk;
}

int CommandLine::reopen()
{
    if (!parse(
            m_parsed,
            {QStringLiteral("db"), QStringLiteral("month"), QStringLiteral("reason"), QStringLiteral("user")},
            {}, 0))
        return kUsage;
    const QString path = m_parsed.options.value(QStringLiteral("db"));
    if (path.isEmpty() || m_parsed.options.value(QStringLiteral("reason")).trimmed().isEmpty())
        return fail(kUsage, tr("reopen needs --db FILE, --month YYYY-MM and --reason TEXT"));
    const auto month = monthOption(QStringLiteral("reopen"));
    if (!month)
        return kUsage;
    auto database = Database::open(path);
    if (!database)
        return fail(statusFor(database.error()), database.error().message);
    int status = kOk;
    const auto actor = writer(**database, status);
    if (!actor)
        return status;
    PortfolioService service(**database, *actor);
    if (Status s = service.reopenMonth(*month, m_parsed.options.value(QStringLiteral("reason"))); !s)
        return fail(statusFor(s.error()), s.error().message);
    printLine(tr("reopened %1").arg(month->toIsoString()));
    return kOk;
}

std::optional<QString> CommandLine::readPassword(const QString& prompt)
{
#ifdef Q_OS_UNIX
    const int fd = fileno(m_in);
    termios saved{};
    const bool terminal = isatty(fd) && tcgetattr(fd, &saved) == 0;
    if (terminal) {
        const QByteArray bytes = prompt.toUtf8();
        std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), m_err);
        std::fflush(m_err);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
#else
    Q_UNUSED(prompt);
#endif
    QByteArray line;
    bool any = false;
    for (int c = std::fgetc(m_in); c != EOF; c = std::fgetc(m_in)) {
        any = true;
        if (c == '\n')
            break;
        if (line.size() <= UserService::kMaxPasswordLength * 4)
            line.append(static_cast<char>(c));
    }
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(fd, TCSAFLUSH, &saved);
        std::fputc('\n', m_err);
    }
#endif
    if (!any)
        return std::nullopt;
    if (line.endsWith('\r'))
        line.chop(1);
    const QString password = QString::fromUtf8(line);
    line.fill('\0');
    return password;
}

std::optional<Actor> CommandLine::writer(Database& database, int& status)
{
    auto hasUsers = UserService(database).hasUsers();
    if (!hasUsers) {
        status = fail(statusFor(hasUsers.error()), hasUsers.error().message);
        return std::nullopt;
    }
    const QString name = m_parsed.options.value(QStringLiteral("user"));
    if (!*hasUsers) {
        if (!name.isEmpty()) {
            status =
                fail(kUsage, tr("%1 has no users yet: %2 needs no --user (add the first user, an admin, with "
                                "loandesk-cli user add)")
                                 .arg(database.path(), m_parsed.command));
            return std::nullopt;
        }
        return Actor::currentUser();
    }
    if (name.isEmpty()) {
        status = fail(kUsage, tr("%1 has users: %2 needs --user NAME, with the password on standard input")
                                  .arg(database.path(), m_parsed.command));
        return std::nullopt;
    }
    const auto password = readPassword(tr("Password for %1: ").arg(name));
    if (!password) {
        status = fail(kUsage, tr("no password for %1 on standard input").arg(name));
        return std::nullopt;
    }
    auto actor = UserService(database).signIn(name, *password);
    if (!actor) {
        status = fail(statusFor(actor.error()), actor.error().message);
        return std::nullopt;
    }
    return *actor;
}

int CommandLine::user()
{
    if (!parse(m_parsed,
               {QStringLiteral("db"), QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("user")},
               {}, 1))
        return kUsage;
    const QString action = m_parsed.positional.value(0);
    const QStringList actions = {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("passwd"),
                                 QStringLiteral("role"), QStringLiteral("unlock")};
    const QString path = m_parsed.options.value(QStringLiteral("db"));
    if (!actions.contains(action) || path.isEmpty())
        return fail(
            kUsage,
            tr("user needs list, add, passwd, role or unlock, and --db FILE (see loandesk-cli --help)"));
    const QString name = m_parsed.options.value(QStringLiteral("name"));
    if (action != QStringLiteral("list") && name.trimmed().isEmpty())
        return fail(kUsage, tr("user %1 needs --name NAME").arg(action));
    std::optional<Role> role;
    if (action == QStringLiteral("add") || action == QStringLiteral("role")) {
        role = Roles::parse(m_parsed.options.value(QStringLiteral("role")));
        if (!role)
            return fail(kUsage, tr("user %1 needs --role director, staff or admin").arg(action));
    }
    auto database = Database::open(path);
    if (!database)
        return fail(statusFor(database.error()), database.error().message);
    UserService users(**database);
    if (action == QStringLiteral("list")) {
        auto all = users.users();
        if (!all)
            return fail(statusFor(all.error()), all.error().message);
        const QDateTime now = QDateTime::currentDateTime();
        for (const UserAccount& account : *all)
            printLine(QStringLiteral("%1,%2,%3")
                          .arg(account.name, Roles::code(account.role),
                               account.isLockedAt(now) ? tr("locked until %1")
                                                             .arg(account.lockedUntil.toLocalTime().toString(
                                                                 QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                                                       : QString()));
        std::fflush(m_out);
        return kOk;
    }
    auto hasUsers = users.hasUsers();
    if (!hasUsers)
        return fail(statusFor(hasUsers.error()), hasUsers.error().message);
    Actor by;
    if (*hasUsers || !m_parsed.options.value(QStringLiteral("user")).isEmpty()) {
        int status = kOk;
        const auto actor = writer(**database, status);
        if (!actor)
            return status;
        by = *actor;
    } else if (action != QStringLiteral("add")) {
        return fail(kRefused,
                    tr("%1 has no users yet: add the first one, an admin, with user add").arg(path));
    }
    Status done;
    if (action == QStringLiteral("add") || action == QStringLiteral("passwd")) {
        const auto password = readPassword(tr("New password for %1: ").arg(name));
        if (!password)
            return fail(kUsage, tr("no new password for %1 on standard input").arg(name));
        done = action == QStringLiteral("add") ? users.addUser(by, name, *role, *password)
                                               : users.changePassword(by, name, *password);
    } else if (action == QStringLiteral("role")) {
        done = users.changeRole(by, name, *role);
    } else {
        done = users.unlock(by, name);
    }
    if (!done)
        return fail(statusFor(done.error()), done.error().message);
    if (action == QStringLiteral("add"))
        printLine(tr("added %1 (%2)").arg(name.trimmed(), Roles::code(*role)));
    else if (action == QStringLiteral("passwd"))
        printLine(tr("changed the password of %1").arg(name.trimmed()));
    else if (action == QStringLiteral("role"))
        printLine(tr("%1 is now %2").arg(name.trimmed(), Roles::code(*role)));
    else
        printLine(tr("unlocked %1").arg(name.trimmed()));
    return kOk;
}
