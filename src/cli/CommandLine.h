#pragma once

#include "Result.h"
#include "domain/Catalogue.h"
#include "domain/Dates.h"
#include "domain/Money.h"
#include "report/Breakdown.h"
#include "report/ReportTable.h"
#include "service/Actor.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QStringList>

#include <cstdio>
#include <functional>
#include <optional>

class Database;
struct BackupContents;

/// What `summary --format pdf` and `ageing --format pdf` ask for: the printed report in the bank's layout.
struct PdfRequest
{
    ReportTable::Kind kind = ReportTable::Kind::Summary;
    YearMonth month; ///< the summary's month; for ageing, the month of asOf
    QDate asOf;      ///< the ageing table's day (ageing only)
    Breakdown by = Breakdown::Program;
    Language language = Language::Vietnamese;
    MoneyUnit unit = MoneyUnit::Dong;
    QDate date; ///< the date on the signature line; invalid: today
    QString out;
};

/// What the desktop program's report settings put on a workbook: the office line, the place of the date line
/// and the signatories (empty: the defaults, and room to sign).
struct WorkbookSettings
{
    QString officeName;
    QString placeName;
    QString preparerName;
    QString controllerName;
    QString directorName;
    bool demonstration = false; ///< the database holds demonstration data: every page says so
};

/// Draws the PDF of a request. The printing code needs Qt GUI, which the CLI library does not link: the
/// executable installs the writer (src/cli/SummaryPdf), so that everything else stays console-only.
using PdfWriter = std::function<Status(Database& database, const PdfRequest& request)>;

/// loandesk-cli: the console program of cli.md. run() returns the exit status: 0 success, 1 bad usage, 2 data
/// refused, 3 database unusable.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine(QStringList arguments, std::FILE* out = stdout, std::FILE* err = stderr);

    int run();

    /// Installs the writer of `summary --format pdf` (without one, pdf is refused as unavailable).
    void setPdfWriter(PdfWriter writer) { m_pdfWriter = std::move(writer); }
    /// The office line of the workbook's heading (the desktop program's report setting; empty: the default).
    void setOfficeName(QString name) { m_workbook.officeName = std::move(name); }
    /// The office, place and signatories of the workbooks (the desktop program's report settings).
    void setWorkbookSettings(WorkbookSettings settings) { m_workbook = std::move(settings); }

    /// Where passwords are read from (standard input unless a test gives another file).
    void setInput(std::FILE* in) { m_in = in; }

    static QString usage();

private:
    struct Parsed
    {
        QString command;
        QHash<QString, QString> options; ///< without the leading dashes; flags map to "1"
        QStringList positional;
    };

    int dispatch();
    int fail(int status, const QString& message);
    /// Flushes standard output; false when anything printed could not be written.
    bool flushOutput();
    void outputFailed();
    bool parse(Parsed& parsed, const QStringList& valueOptions, const QStringList& flagOptions,
               int maxPositional);
    void print(const QByteArray& bytes);
    void printLine(const QString& line);
    int writeOutput(const Parsed& parsed, const QByteArray& bytes);
    /// Reads --format (csv, json, pdf or xlsx; pdf and xlsx need --out) and the options of the printed forms
    /// (--language, --unit, --date) into @p request; returns the exit status of a usage error, or kOk.
    int printedOptions(QString& format, PdfRequest& request);
    /// Writes @p request as a PDF or a workbook (the format says which).
    int writePrinted(Database& database, const QString& format, const PdfRequest& request);

    int init();
    int import();
    int exportData();
    int summary();
    int ageing();
    int check();
    int backup();
    int restore();
    void printContents(const BackupContents& contents);
    int months();
    int close();
    int reopen();
    /// `user list|add|passwd|role|unlock`: the users of a database (docs/security.md).
    int user();
    /// Who writes in @p database: the operating-system user while it has no users; otherwise the user named
    /// by
    /// --user, signed in with the password on the next line of standard input. Empty when that fails: the
    /// message is printed and @p status holds the exit status (1 when --user is missing, 2 when refused).
    std::optional<Actor> writer(Database& database, int& status);
    /// Reads one line of standard input (without echo on a terminal, after @p prompt); empty at its end.
    std::optional<QString> readPassword(const QString& prompt);
    /// Parses --month YYYY-MM of @p command (required).
    std::optional<YearMonth> monthOption(const QString& command);

    QStringList m_arguments;
    std::FILE* m_out;
    std::FILE* m_err;
    std::FILE* m_in = stdin;
    bool m_outFailed = false; ///< a write to m_out failed
    QString m_outError;       ///< why
    Parsed m_parsed;
    PdfWriter m_pdfWriter;
    /// The workbook settings of @p database: the office's settings kept in it, or (none saved yet) this
    /// computer's; and whether it holds demonstration data.
    [[nodiscard]] WorkbookSettings workbookFor(Database& database) const;

    WorkbookSettings m_workbook;
};
