#include "Importer.h"

#include "csv/CsvTable.h"
#include "domain/Dates.h"
#include "io/PortfolioWriter.h"
#include "repo/BorrowerRepository.h"
#include "repo/CommuneRepository.h"
#include "repo/GroupRepository.h"
#include "repo/LoanRepository.h"
#include "repo/ReferenceRepository.h"
#include "repo/RepaymentRepository.h"
#include "repo/SavingsRepository.h"
#include "validation/RecordSet.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

/// One parsed row of a file: where it came from, its value, and whether every field could be read.
template <typename T>
struct Row
{
    int line = 0;
    T value;
    bool usable = true;
};

/// Everything read from the folder.
struct DataSet
{
    QList<Row<Commune>> communes;
    QList<Row<Group>> groups;
    QList<Row<Borrower>> borrowers;
    QList<Row<Loan>> loans;
    QList<Row<Installment>> installments;
    QList<Row<Repayment>> repayments;
    QList<Row<SavingsEntry>> savings;
    QSet<QString> unreadable; ///< files present whose rows could not be read (bad header, I/O error)
};

const QString kCommunes = QStringLiteral("communes.csv");
const QString kGroups = QStringLiteral("groups.csv");
const QString kBorrowers = QStringLiteral("borrowers.csv");
const QString kLoans = QStringLiteral("loans.csv");
const QString kSchedule = QStringLiteral("schedule.csv");
const QString kRepayments = QStringLiteral("repayments.csv");
const QString kSavings = QStringLiteral("savings.csv");

/// Reads the fields of one record, turning each into its type and noting every field that cannot be read.
class FieldReader
{
public:
    FieldReader(const QString& file, const CsvRecord& record, const QStringList& columns,
                QList<ImportProblem>& problems)
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
            fail(column,
                 Importer::tr("%1 is not a real calendar date (write YYYY-MM-DD or DD/MM/YYYY)").arg(value));
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
                fail(column, Importer::tr("%1 is negative; it must be 0 or more").arg(value));
                return {};
            }
            return *amount;
        }
        fail(
            column,
            Importer::tr("%1 is not an amount: write whole đồng with digits only, e.g. 25000000").arg(value));
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
                     .arg(value));
        return rate;
    }

    BorrowerKind kind(int column)
    {
        const QString value = m_record.fields[column];
        const auto kind = parseBorrowerKind(value);
        if (!kind) {
            fail(column,
                 Importer::tr("%1 is not a kind of borrower: write household or organization").arg(value));
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
    QList<ImportProblem>& m_problems;
    bool m_ok = true;
};

/// Reads every record of @p file in @p directory with @p parse, which turns one record into a row.
template <typename T, typename Parse>
QList<Row<T>> readFile(const QString& directory, const QString& file, const QStringList& required,
                       const QStringList& optional, QList<ImportProblem>& problems, QSet<QString>& unreadable,
                       Parse parse)
{
    QList<Row<T>> rows;
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
        Row<T> row;
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
    for (Row<T>& row : rows) {
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

DataSet readDataSet(const QString& directory, QList<ImportProblem>& problems)
{
    DataSet data;
    data.communes = readFile<Commune>(directory, kCommunes, columns({"code", "name"}), {}, problems,
                                      data.unreadable, [](FieldReader& f) {
                                          return Commune{f.text(0, true), f.text(1, true)};
                                      });
    data.groups = readFile<Group>(
        directory, kGroups,
        columns({"code", "name", "commune_code", "organization_code", "leader_name", "founded_on"}),
        columns({"village"}), problems, data.unreadable, [](FieldReader& f) {
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
    data.borrowers = readFile<Borrower>(
        directory, kBorrowers, columns({"id", "id_number", "full_name", "commune_code"}),
        columns({"kind", "group_code", "village"}), problems, data.unreadable, [](FieldReader& f) {
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
    data.loans = readFile<Loan>(
        directory, kLoans,
        columns({"loan_no", "borrower_id", "program_code", "amount", "disbursed_on", "maturity_on"}),
        columns({"rate_pct_month", "frozen_on", "purpose"}), problems, data.unreadable, [](FieldReader& f) {
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
    data.installments =
        readFile<Installment>(directory, kSchedule, columns({"loan_no", "due_on", "principal"}), {}, problems,
                              data.unreadable, [](FieldReader& f) {
                                  return Installment{f.text(0, true), f.date(1, true), f.money(2, false)};
                              });
    data.repayments = readFile<Repayment>(
        directory, kRepayments, columns({"loan_no", "paid_on", "principal", "interest"}), {}, problems,
        data.unreadable, [](FieldReader& f) {
            return Repayment{f.text(0, true), f.date(1, true), f.money(2, false), f.money(3, false)};
        });
    data.savings =
        readFile<SavingsEntry>(directory, kSavings, columns({"borrower_id", "on", "amount"}), {}, problems,
                               data.unreadable, [](FieldReader& f) {
                                   return SavingsEntry{f.text(0, true), f.date(1, true), f.money(2, true)};
                               });
    return data;
}

template <typename T, typename KeyOf>
QStringList keysOf(const QList<Row<T>>& rows, KeyOf key)
{
    QSet<QString> keys;
    for (const Row<T>& row : rows) {
        const QString k = key(row.value);
        if (!k.isEmpty())
            keys.insert(k);
    }
    QStringList list(keys.cbegin(), keys.cend());
    std::sort(list.begin(), list.end());
    return list;
}

/// Checks the rows of each key (a loan, a borrower) that @p imported touches, its @p stored rows first and
/// the usable imported ones after them in file order; @p check names its problems by row index, reported here
/// against the imported row's line of @p file (a stored row counts as line 0).
template <typename T, typename KeyOf, typename Check>
void checkPerKey(const QList<T>& stored, const QList<Row<T>>& imported, KeyOf keyOf, const QString& file,
                 QList<ImportProblem>& problems, Check check)
{
    QHash<QString, QList<T>> byKey;
    QHash<QString, QList<int>> lines;
    for (const T& value : stored) {
        byKey[keyOf(value)].append(value);
        lines[keyOf(value)].append(0);
    }
    QSet<QString> touched;
    for (const Row<T>& row : imported) {
        if (!row.usable)
            continue;
        const QString key = keyOf(row.value);
        byKey[key].append(row.value);
        lines[key].append(row.line);
        touched.insert(key);
    }
    QStringList ordered(touched.cbegin(), touched.cend());
    std::sort(ordered.begin(), ordered.end());
    for (const QString& key : std::as_const(ordered)) {
        const QList<int>& rowLines = lines[key];
        Validation::NewRows isNew;
        for (const int line : rowLines)
            isNew.append(line > 0);
        for (const auto& problem : check(key, byKey[key], isNew))
            problems.append({file, rowLines[problem.index], problem.problem.field, problem.problem.message});
    }
}

} // namespace

QString ImportProblem::toString() const
{
    QString text = file;
    if (line > 0)
        text += u':' + QString::number(line);
    if (!column.isEmpty())
        text += QStringLiteral(": ") + column;
    return text + QStringLiteral(": ") + message;
}

const QStringList& Importer::fileNames()
{
    static const QStringList names = {kCommunes, kGroups,     kBorrowers, kLoans,
                                      kSchedule, kRepayments, kSavings};
    return names;
}

Result<ImportCounts> Importer::importFolder(const QString& directory)
{
    m_problems.clear();
    const QFileInfo folder(directory);
    if (!folder.isDir())
        return Error::io(tr("%1 is not a folder").arg(directory));

    // A misnamed data file must not be skipped silently.
    const QStringList present =
        QDir(directory).entryList(QDir::Files | QDir::Readable | QDir::Hidden, QDir::Name);
    for (const QString& name : present) {
        if (name.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) && !fileNames().contains(name))
            m_problems.append(
                {name, 0, QString(),
                 tr("is not a LoanDesk data file; the files are %1").arg(fileNames().join(u", "))});
    }
    DataSet data = readDataSet(directory, m_problems);

    // What the import refers to that may be stored already.
    RecordSet context;
    if (data.unreadable.contains(kCommunes))
        context.partial.insert(ValidationContext::Kind::Commune);
    if (data.unreadable.contains(kGroups))
        context.partial.insert(ValidationContext::Kind::Group);
    if (data.unreadable.contains(kBorrowers))
        context.partial.insert(ValidationContext::Kind::Borrower);
    if (data.unreadable.contains(kLoans))
        context.partial.insert(ValidationContext::Kind::Loan);
    auto catalogue = ReferenceRepository(m_database).catalogue();
    if (!catalogue)
        return catalogue.error();
    context.setCatalogue(std::move(catalogue).value());

    CommuneRepository communeRepo(m_database);
    GroupRepository groupRepo(m_database);
    BorrowerRepository borrowerRepo(m_database);
    LoanRepository loanRepo(m_database);

    QStringList communeCodes = keysOf(data.communes, [](const Commune& c) { return c.code; });
    communeCodes += keysOf(data.groups, [](const Group& g) { return g.communeCode; });
    communeCodes += keysOf(data.borrowers, [](const Borrower& b) { return b.communeCode; });
    auto storedCommunes = communeRepo.find(communeCodes);
    if (!storedCommunes)
        return storedCommunes.error();

    QStringList groupCodes = keysOf(data.groups, [](const Group& g) { return g.code; });
    groupCodes += keysOf(data.borrowers, [](const Borrower& b) { return b.groupCode; });
    auto storedGroups = groupRepo.find(groupCodes);
    if (!storedGroups)
        return storedGroups.error();

    QStringList borrowerIds = keysOf(data.borrowers, [](const Borrower& b) { return b.id; });
    borrowerIds += keysOf(data.loans, [](const Loan& l) { return l.borrowerId; });
    borrowerIds += keysOf(data.savings, [](const SavingsEntry& s) { return s.borrowerId; });
    auto storedBorrowers = borrowerRepo.find(borrowerIds);
    if (!storedBorrowers)
        return storedBorrowers.error();
    auto storedIdNumbers =
        borrowerRepo.idsByIdNumber(keysOf(data.borrowers, [](const Borrower& b) { return b.idNumber; }));
    if (!storedIdNumbers)
        return storedIdNumbers.error();

    QStringList loanNos = keysOf(data.loans, [](const Loan& l) { return l.loanNo; });
    loanNos += keysOf(data.installments, [](const Installment& i) { return i.loanNo; });
    loanNos += keysOf(data.repayments, [](const Repayment& r) { return r.loanNo; });
    auto storedLoans = loanRepo.find(loanNos);
    if (!storedLoans)
        return storedLoans.error();

    context.communes = *storedCommunes;
    context.groups = *storedGroups;
    context.borrowers = *storedBorrowers;
    context.loans = *storedLoans;

    // Keys: unique within the import and not stored yet. Every row with a key is known to the context, even a
    // broken one, so that rows referring to it are not blamed for its fault.
    auto checkKey = [this](const QString& file, int line, const QString& column, const QString& key,
                           QHash<QString, int>& seen, bool stored) {
        if (key.isEmpty())
            return true;
        if (stored) {
            m_problems.append({file, line, column, tr("%1 is already in the database").arg(key)});
            return false;
        }
        if (const auto it = seen.constFind(key); it != seen.cend()) {
            m_problems.append(
                {file, line, column, tr("%1 appears again (first on line %2)").arg(key).arg(*it)});
            return false;
        }
        seen.insert(key, line);
        return true;
    };

    QHash<QString, int> seen;
    for (Row<Commune>& row : data.communes) {
        row.usable &= checkKey(kCommunes, row.line, QStringLiteral("code"), row.value.code, seen,
                               storedCommunes->contains(row.value.code));
        context.communes.insert(row.value.code, row.value);
    }
    seen.clear();
    for (Row<Group>& row : data.groups) {
        row.usable &= checkKey(kGroups, row.line, QStringLiteral("code"), row.value.code, seen,
                               storedGroups->contains(row.value.code));
        context.groups.insert(row.value.code, row.value);
    }
    seen.clear();
    QHash<QString, int> seenIdNumbers;
    for (Row<Borrower>& row : data.borrowers) {
        row.usable &= checkKey(kBorrowers, row.line, QStringLiteral("id"), row.value.id, seen,
                               storedBorrowers->contains(row.value.id));
        row.usable &= checkKey(kBorrowers, row.line, QStringLiteral("id_number"), row.value.idNumber,
                               seenIdNumbers, storedIdNumbers->contains(row.value.idNumber));
        context.borrowers.insert(row.value.id, row.value);
    }
    seen.clear();
    for (Row<Loan>& row : data.loans) {
        row.usable &= checkKey(kLoans, row.line, QStringLiteral("loan_no"), row.value.loanNo, seen,
                               storedLoans->contains(row.value.loanNo));
        context.loans.insert(row.value.loanNo, row.value);
    }

    // Stored installments, repayments and savings of what the import adds to.
    QStringList storedLoanNos;
    for (const QString& loanNo : loanNos) {
        if (storedLoans->contains(loanNo))
            storedLoanNos.append(loanNo);
    }
    auto storedInstallments = loanRepo.installmentsOf(storedLoanNos);
    if (!storedInstallments)
        return storedInstallments.error();
    auto storedRepayments = RepaymentRepository(m_database).of(storedLoanNos);
    if (!storedRepayments)
        return storedRepayments.error();
    QStringList storedSaverIds;
    for (const QString& id : keysOf(data.savings, [](const SavingsEntry& s) { return s.borrowerId; })) {
        if (storedBorrowers->contains(id))
            storedSaverIds.append(id);
    }
    auto storedSavings = SavingsRepository(m_database).of(storedSaverIds);
    if (!storedSavings)
        return storedSavings.error();

    QSet<QString> storedDueKeys;
    for (const Installment& installment : *storedInstallments)
        storedDueKeys.insert(installment.loanNo + u'|' + Dates::toIso(installment.dueOn));
    seen.clear();
    for (Row<Installment>& row : data.installments) {
        const QString key = row.value.loanNo + u'|' + Dates::toIso(row.value.dueOn);
        if (!row.value.loanNo.isEmpty() && row.value.dueOn.isValid()) {
            if (storedDueKeys.contains(key)) {
                m_problems.append({kSchedule, row.line, QStringLiteral("due_on"),
                                   tr("%1 already has an installment due on %2 in the database")
                                       .arg(row.value.loanNo, Dates::toIso(row.value.dueOn))});
                row.usable = false;
            } else if (const auto it = seen.constFind(key); it != seen.cend()) {
                m_problems.append({kSchedule, row.line, QStringLiteral("due_on"),
                                   tr("%1 has another installment due on %2 (line %3)")
                                       .arg(row.value.loanNo, Dates::toIso(row.value.dueOn))
                                       .arg(*it)});
                row.usable = false;
            } else {
                seen.insert(key, row.line);
            }
        }
    }

    // Rules about each record.
    auto report = [this](const QString& file, int line, const FieldProblems& found) {
        for (const FieldProblem& problem : found)
            m_problems.append({file, line, problem.field, problem.message});
        return found.isEmpty();
    };
    for (Row<Commune>& row : data.communes) {
        if (row.usable)
            row.usable = report(kCommunes, row.line, Validation::checkCommune(row.value));
    }
    for (Row<Group>& row : data.groups) {
        if (row.usable)
            row.usable = report(kGroups, row.line, Validation::checkGroup(row.value, context));
    }
    for (Row<Borrower>& row : data.borrowers) {
        if (row.usable)
            row.usable = report(kBorrowers, row.line, Validation::checkBorrower(row.value, context));
    }
    QSet<QString> brokenLoans;
    for (Row<Loan>& row : data.loans) {
        if (row.usable)
            row.usable = report(kLoans, row.line, Validation::checkLoan(row.value, context));
        if (!row.usable)
            brokenLoans.insert(row.value.loanNo);
    }
    for (Row<Installment>& row : data.installments) {
        if (row.usable)
            row.usable = report(kSchedule, row.line, Validation::checkInstallment(row.value, context));
    }
    for (Row<Repayment>& row : data.repayments) {
        if (row.usable)
            row.usable = report(kRepayments, row.line, Validation::checkRepayment(row.value, context));
    }
    for (Row<SavingsEntry>& row : data.savings) {
        if (row.usable)
            row.usable = report(kSavings, row.line, Validation::checkSavingsEntry(row.value, context));
    }

    // Rules about all the rows of one loan or one borrower, stored and imported together. Loans whose own row
    // or one of whose installments is broken are left out: their figures would only repeat that fault.
    for (const Row<Installment>& row : data.installments) {
        if (!row.usable)
            brokenLoans.insert(row.value.loanNo);
    }
    const auto ofLoan = [](const auto& value) { return value.loanNo; };
    // A rule over a loan's rows, skipped for a loan that is not there or is broken.
    const auto forLoan = [&](auto rule) {
        return [&, rule](const QString& loanNo, const auto& rows, const Validation::NewRows& isNew) {
            const Loan* loan = context.loan(loanNo);
            if (!loan || brokenLoans.contains(loanNo))
                return QList<Validation::RowProblem>();
            return rule(*loan, rows, isNew);
        };
    };
    checkPerKey(*storedInstallments, data.installments, ofLoan, kSchedule, m_problems,
                forLoan(&Validation::checkSchedule));
    checkPerKey(*storedRepayments, data.repayments, ofLoan, kRepayments, m_problems,
                forLoan(&Validation::checkRepaymentTotals));
    checkPerKey(
        *storedSavings, data.savings, [](const SavingsEntry& entry) { return entry.borrowerId; }, kSavings,
        m_problems,
        [](const QString&, const QList<SavingsEntry>& rows, const Validation::NewRows& isNew) {
            return Validation::checkSavingsBalance(rows, isNew);
        });

    if (!m_problems.isEmpty()) {
        // Report in import order: file by file, line by line.
        std::stable_sort(m_problems.begin(), m_problems.end(),
                         [](const ImportProblem& a, const ImportProblem& b) {
                             const qsizetype fa = fileNames().indexOf(a.file);
                             const qsizetype fb = fileNames().indexOf(b.file);
                             if (fa != fb)
                                 return fa < fb;
                             return a.line < b.line;
                         });
        QStringList lines;
        for (const ImportProblem& problem : std::as_const(m_problems))
            lines.append(problem.toString());
        return Error::refused(lines.join(u'\n'));
    }

    // Write everything in one transaction.
    auto values = [](const auto& rows) {
        using T = std::decay_t<decltype(rows.front().value)>;
        QList<T> list;
        list.reserve(rows.size());
        for (const auto& row : rows)
            list.append(row.value);
        return list;
    };
    PortfolioData batch;
    batch.communes = values(data.communes);
    batch.groups = values(data.groups);
    batch.borrowers = values(data.borrowers);
    batch.loans = values(data.loans);
    batch.installments = values(data.installments);
    batch.repayments = values(data.repayments);
    batch.savings = values(data.savings);
    if (Status s = PortfolioWriter(m_database).write(batch); !s)
        return s.error();

    ImportCounts counts;
    counts.communes = data.communes.size();
    counts.groups = data.groups.size();
    counts.borrowers = data.borrowers.size();
    counts.loans = data.loans.size();
    counts.installments = data.installments.size();
    counts.repayments = data.repayments.size();
    counts.savings = data.savings.size();
    return counts;
}
