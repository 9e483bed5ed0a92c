#include "Importer.h"

#include "csv/CsvTable.h"
#include "domain/Dates.h"
#include "domain/FieldLimits.h"
#include "service/PortfolioService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace {

using namespace DataFiles;

/// Reads the fields of one record, turning each into its type and noting every field that cannot be read.
class FieldReader
{
public:
    FieldReader(const QString& file, const CsvRecord& record, const QStringList& columns,
                QList<RecordProblem>& problems)
        : m_file(file)
        , m_record(record)
        , m_columns(columns)
        , m_problems(problems)
    {}

    [[nodiscard]] bool ok() const { return m_ok; }

    QString text(int column, bool required)
    {
        const QString value = m_record.fields[column];
        if (required && value.isEmpty())
            fail(column, Importer::tr("is required"));
        return value;
    }

    QDate date(int column, bool required)
    {
        const QString value = m_record.fields[column];
        if (value.isEmpty()) {
            if (required)
                fail(column, Importer::tr("is required"));
            return {};
        }
        const auto date = Dates::parseImport(value);
        if (!date) {
            fail(column, Importer::tr("%1 is not a real calendar date (write YYYY-MM-DD or DD/MM/YYYY)")
                             .arg(FieldLimits::shortened(value)));
            return {};
        }
        return *date;
    }

    std::optional<QDate> optionalDate(int column)
    {
        if (m_record.fields[column].isEmpty())
            return std::nullopt;
        const QDate value = date(column, true);
        return value.isValid() ? std::optional<QDate>(value) : std::nullopt;
    }

    Money money(int column, bool allowNegative)
    {
        const QString value = m_record.fields[column];
        if (value.isEmpty()) {
            fail(column, Importer::tr("is required"));
            return {};
        }
        if (const auto amount = Money::parse(value, true)) {
            if (amount->isNegative() && !allowNegative) {
                fail(column,
                     Importer::tr("%1 is negative; it must be 0 or more").arg(FieldLimits::shortened(value)));
                return {};
            }
            return *amount;
        }
        fail(column, Importer::tr("%1 is not an amount: write whole đồng with digits only, e.g. 25000000")
                         .arg(FieldLimits::shortened(value)));
        return {};
    }

    std::optional<MonthlyRate> rate(int column)
    {
        const QString value = m_record.fields[column];
        if (value.isEmpty())
            return std::nullopt;
        const auto rate = MonthlyRate::parse(value);
        if (!rate)
            fail(column,
                 Importer::tr("%1 is not a monthly rate: write a decimal such as 0.55 (at most 4 decimals)")
                     .arg(FieldLimits::shortened(value)));
        return rate;
    }

    /// An entry number (a positive whole number) or 0 when the field is empty.
    qint64 entryNumber(int column)
    {
        const QString value = m_record.fields[column];
        if (value.isEmpty())
            return 0;
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (!ok || number <= 0 || !value.front().isDigit()) {
            fail(column, Importer::tr("%1 is not an entry number: write a whole number from 1 up")
                             .arg(FieldLimits::shortened(value)));
            return 0;
        }
        return number;
    }

    BorrowerKind kind(int column)
    {
        const QString value = m_record.fields[column];
        const auto kind = parseBorrowerKind(value);
        if (!kind) {
            fail(column, Importer::tr("%1 is not a kind of borrower: write household or organization")
                             .arg(FieldLimits::shortened(value)));
            return BorrowerKind::Household;
        }
        return *kind;
    }

    void fail(int column, const QString& message)
    {
        m_problems.append({m_file, m_record.line, m_columns[column], message});
        m_ok = false;
    }

private:
    const QString& m_file;
    const CsvRecord& m_record;
    const QStringList& m_columns;
    QList<RecordProblem>& m_problems;
    bool m_ok = true;
};

/// Reads every record of @p file in @p directory with @p parse, which turns one record into a row.
template <typename T, typename Parse>
QList<BatchRow<T>> readFile(const QString& directory, const QString& file, const QStringList& required,
                            const QStringList& optional, QList<RecordProblem>& problems,
                            QSet<QString>& unreadable, Parse parse)
{
    QList<BatchRow<T>> rows;
    const QString path = QDir(directory).filePath(file);
    if (!QFileInfo::exists(path))
        return rows;
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        problems.append({file, 0, QString(), Importer::tr("cannot be read: %1").arg(input.errorString())});
        unreadable.insert(file);
        return rows;
    }
    const uchar* mapped = input.size() > 0 ? input.map(0, input.size()) : nullptr;
    QByteArray contents;
    QByteArrayView data;
    if (mapped) {
        data = QByteArrayView(reinterpret_cast<const char*>(mapped), input.size());
    } else {
        contents = input.readAll();
        data = contents;
    }
    CsvTableReader reader(data, required, optional);
    if (!reader.headerOk())
        unreadable.insert(file);
    const QStringList columns = reader.columns();
    CsvRecord record;
    while (reader.next(record)) {
        FieldReader fields(file, record, columns, problems);
        BatchRow<T> row;
        row.line = record.line;
        row.value = parse(fields);
        row.usable = fields.ok();
        rows.append(std::move(row));
    }
    // Reader problems (structure, encoding, header) are reported; a record with invalid UTF-8 was returned
    // with that field blank and must not be used.
    QSet<int> brokenLines;
    for (const CsvTableProblem& problem : reader.problems()) {
        problems.append({file, problem.line, problem.column, problem.message});
        brokenLines.insert(problem.line);
    }
    for (BatchRow<T>& row : rows) {
        if (brokenLines.contains(row.line))
            row.usable = false;
    }
    return rows;
}

QStringList columns(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* name : names)
        list.append(QString::fromLatin1(name));
    return list;
}

/// Reads every file of the folder into @p batch; @p unreadable gets the files whose rows could not be read.
/// @p proceed is asked after each file (with the number of files read); false stops the reading.
bool readDataSet(const QString& directory, PostingBatch& batch, QSet<QString>& unreadable,
                 const std::function<bool(int)>& proceed)
{
    QList<RecordProblem>& problems = batch.readProblems;
    batch.communes = readFile<Commune>(directory, kCommunes, columns({"code", "name"}), {}, problems,
                                       unreadable, [](FieldReader& f) {
                                           return Commune{f.text(0, true), f.text(1, true)};
                                       });
    if (!proceed(1))
        return false;
    batch.groups = readFile<Group>(
        directory, kGroups,
        columns({"code", "name", "commune_code", "organization_code", "leader_name", "founded_on"}),
        columns({"village"}), problems, unreadable, [](FieldReader& f) {
            Group g;
            g.code = f.text(0, true);
            g.name = f.text(1, true);
            g.communeCode = f.text(2, true);
            g.organizationCode = f.text(3, true);
            g.leaderName = f.text(4, true);
            g.foundedOn = f.date(5, true);
            g.village = f.text(6, false);
            return g;
        });
    if (!proceed(2))
        return false;
    batch.borrowers = readFile<Borrower>(
        directory, kBorrowers, columns({"id", "id_number", "full_name", "commune_code"}),
        columns({"kind", "group_code", "village"}), problems, unreadable, [](FieldReader& f) {
            Borrower b;
            b.id = f.text(0, true);
            b.idNumber = f.text(1, true);
            b.fullName = f.text(2, true);
            b.communeCode = f.text(3, true);
            b.kind = f.kind(4);
            b.groupCode = f.text(5, false);
            b.village = f.text(6, false);
            return b;
        });
    if (!proceed(3))
        return false;
    batch.moves =
        readFile<Move>(directory, kMoves, columns({"borrower_id", "on"}),
                       columns({"group_code", "commune_code"}), problems, unreadable, [](FieldReader& f) {
                           Move m;
                           m.borrowerId = f.text(0, true);
                           m.on = f.date(1, true);
                           m.groupCode = f.text(2, false);
                           m.communeCode = f.text(3, false);
                           return m;
                       });
    if (!proceed(4))
        return false;
    batch.loans = readFile<Loan>(
        directory, kLoans,
        columns({"loan_no", "borrower_id", "program_code", "amount", "disbursed_on", "maturity_on"}),
        columns({"rate_pct_month", "frozen_on", "purpose"}), problems, unreadable, [](FieldReader& f) {
            Loan l;
            l.loanNo = f.text(0, true);
            l.borrowerId = f.text(1, true);
            l.programCode = f.text(2, true);
            l.amount = f.money(3, false);
            l.disbursedOn = f.date(4, true);
            l.maturityOn = f.date(5, true);
            l.rate = f.rate(6);
            l.frozenOn = f.optionalDate(7);
            l.purpose = f.text(8, false);
            return l;
        });
    if (!proceed(5))
        return false;
    batch.installments =
        readFile<Installment>(directory, kSchedule, columns({"loan_no", "due_on", "principal"}), {}, problems,
                              unreadable, [](FieldReader& f) {
                                  return Installment{f.text(0, true), f.date(1, true), f.money(2, false)};
                              });
    if (!proceed(6))
        return false;
    batch.repayments = readFile<Repayment>(
        directory, kRepayments, columns({"loan_no", "paid_on", "principal", "interest"}),
        columns({"entry_no", "reverses", "reason"}), problems, unreadable, [](FieldReader& f) {
            Repayment r;
            r.loanNo = f.text(0, true);
            r.paidOn = f.date(1, true);
            r.principal = f.money(2, false);
            r.interest = f.money(3, false);
            r.entryNo = f.entryNumber(4);
            r.reverses = f.entryNumber(5);
            r.reason = f.text(6, false);
            return r;
        });
    if (!proceed(7))
        return false;
    batch.savings = readFile<SavingsEntry>(directory, kSavings, columns({"borrower_id", "on", "amount"}),
                                           columns({"entry_no", "reverses", "reason"}), problems, unreadable,
                                           [](FieldReader& f) {
                                               SavingsEntry e;
                                               e.borrowerId = f.text(0, true);
                                               e.on = f.date(1, true);
                                               e.amount = f.money(2, true);
                                               e.entryNo = f.entryNumber(3);
                                               e.reverses = f.entryNumber(4);
                                               e.reason = f.text(5, false);
                                               return e;
                                           });
    if (!proceed(8))
        return false;
    return true;
}

} // namespace

const QStringList& Importer::fileNames()
{
    return DataFiles::all();
}

PostingBatch Importer::read(const QString& directory)
{
    PostingBatch batch;
    batch.fromFiles = true;
    // A misnamed data file must not be skipped silently.
    const QStringList present =
        QDir(directory).entryList(QDir::Files | QDir::Readable | QDir::Hidden, QDir::Name);
    for (const QString& name : present) {
        if (name.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) && !fileNames().contains(name))
            batch.readProblems.append(
                {name, 0, QString(),
                 tr("is not a LoanDesk data file; the files are %1").arg(fileNames().join(u", "))});
    }
    QSet<QString> unreadable;
    m_cancelled = !readDataSet(directory, batch, unreadable, [this](int filesRead) {
        return !m_progress || m_progress(filesRead, stepCount());
    });
    if (unreadable.contains(kCommunes))
        batch.partial.insert(ValidationContext::Kind::Commune);
    if (unreadable.contains(kGroups))
        batch.partial.insert(ValidationContext::Kind::Group);
    if (unreadable.contains(kBorrowers))
        batch.partial.insert(ValidationContext::Kind::Borrower);
    if (unreadable.contains(kLoans))
        batch.partial.insert(ValidationContext::Kind::Loan);
    return batch;
}

int Importer::stepCount()
{
    return static_cast<int>(DataFiles::all().size()) + PortfolioService::kPostSteps;
}

Result<ImportCounts> Importer::importFolder(const QString& directory)
{
    m_problems.clear();
    m_cancelled = false;
    const QFileInfo folder(directory);
    if (!folder.isDir())
        return Error::io(tr("%1 is not a folder").arg(directory));
    PostingBatch batch = read(directory);
    if (m_cancelled)
        return Error::refused(tr("cancelled: nothing was written"));
    QStringList files;
    for (const QString& name : fileNames()) {
        if (QFileInfo::exists(QDir(directory).filePath(name)))
            files.append(name);
    }
    PortfolioService service(m_database, m_actor);
    if (m_progress) {
        const int read = static_cast<int>(fileNames().size());
        service.setProgress([this, read](int done, int) { return m_progress(read + done, stepCount()); });
    }
    auto counts =
        service.post(std::move(batch), PortfolioService::ImportSource{folder.absoluteFilePath(), files});
    m_problems = service.problems();
    m_cancelled = service.wasCancelled();
    return counts;
}
