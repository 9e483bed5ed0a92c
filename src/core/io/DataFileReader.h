#pragma once

#include "csv/CsvTable.h"
#include "domain/Dates.h"
#include "domain/FieldLimits.h"
#include "io/Importer.h"
#include "service/PostingBatch.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

/// Reading the data files of csv.md, shared by the import of a folder as one batch and in parts: each file's
/// columns, how a record becomes a row (every field that cannot be read is a problem of its line), and how a
/// row is kept in a part's temporary file.
namespace DataFileReading {

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

/// The columns of each data file, how one record becomes a row, and how a row is kept in a part's file while
/// an import is read in parts.
template <typename T>
struct Format;

template <>
struct Format<Commune>
{
    static const QString& file() { return kCommunes; }
    static QStringList required() { return {QStringLiteral("code"), QStringLiteral("name")}; }
    static QStringList optional() { return {}; }
    static Commune parse(FieldReader& f) { return Commune{f.text(0, true), f.text(1, true)}; }
};

template <>
struct Format<Group>
{
    static const QString& file() { return kGroups; }
    static QStringList required()
    {
        return {QStringLiteral("code"),         QStringLiteral("name"),
                QStringLiteral("commune_code"), QStringLiteral("organization_code"),
                QStringLiteral("leader_name"),  QStringLiteral("founded_on")};
    }
    static QStringList optional() { return {QStringLiteral("village")}; }
    static Group parse(FieldReader& f)
    {
        Group g;
        g.code = f.text(0, true);
        g.name = f.text(1, true);
        g.communeCode = f.text(2, true);
        g.organizationCode = f.text(3, true);
        g.leaderName = f.text(4, true);
        g.foundedOn = f.date(5, true);
        g.village = f.text(6, false);
        return g;
    }
};

template <>
struct Format<Borrower>
{
    static constexpr quint8 kPartRecord = 0; ///< the tag of its rows in a part's file
    static const QString& file() { return kBorrowers; }
    static QStringList required()
    {
        return {QStringLiteral("id"), QStringLiteral("id_number"), QStringLiteral("full_name"),
                QStringLiteral("commune_code")};
    }
    static QStringList optional()
    {
        return {QStringLiteral("kind"), QStringLiteral("group_code"), QStringLiteral("village")};
    }
    static Borrower parse(FieldReader& f)
    {
        Borrower b;
        b.id = f.text(0, true);
        b.idNumber = f.text(1, true);
        b.fullName = f.text(2, true);
        b.communeCode = f.text(3, true);
        b.kind = f.kind(4);
        b.groupCode = f.text(5, false);
        b.village = f.text(6, false);
        return b;
    }
    static void write(QDataStream& out, const Borrower& b)
    {
        out << b.id << static_cast<qint32>(b.kind) << b.idNumber << b.fullName << b.communeCode << b.groupCode
            << b.village;
    }
    static void read(QDataStream& in, Borrower& b)
    {
        qint32 kind = 0;
        in >> b.id >> kind >> b.idNumber >> b.fullName >> b.communeCode >> b.groupCode >> b.village;
        b.kind = static_cast<BorrowerKind>(kind);
    }
};

template <>
struct Format<Move>
{
    static constexpr quint8 kPartRecord = 1; ///< the tag of its rows in a part's file
    static const QString& file() { return kMoves; }
    static QStringList required() { return {QStringLiteral("borrower_id"), QStringLiteral("on")}; }
    static QStringList optional() { return {QStringLiteral("group_code"), QStringLiteral("commune_code")}; }
    static Move parse(FieldReader& f)
    {
        Move m;
        m.borrowerId = f.text(0, true);
        m.on = f.date(1, true);
        m.groupCode = f.text(2, false);
        m.communeCode = f.text(3, false);
        return m;
    }
    static void write(QDataStream& out, const Move& m)
    {
        out << m.borrowerId << m.on << m.groupCode << m.communeCode;
    }
    static void read(QDataStream& in, Move& m) { in >> m.borrowerId >> m.on >> m.groupCode >> m.communeCode; }
};

inline void writeMoney(QDataStream& out, Money amount)
{
    out << static_cast<qint64>(amount.dong());
}

inline Money readMoney(QDataStream& in)
{
    qint64 dong = 0;
    in >> dong;
    return Money::fromDong(dong);
}

template <>
struct Format<Loan>
{
    static constexpr quint8 kPartRecord = 2; ///< the tag of its rows in a part's file
    static const QString& file() { return kLoans; }
    static QStringList required()
    {
        return {QStringLiteral("loan_no"), QStringLiteral("borrower_id"),  QStringLiteral("program_code"),
                QStringLiteral("amount"),  QStringLiteral("disbursed_on"), QStringLiteral("maturity_on")};
    }
    static QStringList optional()
    {
        return {QStringLiteral("rate_pct_month"), QStringLiteral("frozen_on"), QStringLiteral("purpose")};
    }
    static Loan parse(FieldReader& f)
    {
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
    }
    static void write(QDataStream& out, const Loan& l)
    {
        out << l.loanNo << l.borrowerId << l.programCode;
        writeMoney(out, l.amount);
        out << l.disbursedOn << l.maturityOn << l.rate.has_value()
            << static_cast<qint64>(l.rate ? l.rate->tenThousandths() : 0) << l.frozenOn.has_value()
            << l.frozenOn.value_or(QDate()) << l.purpose;
    }
    static void read(QDataStream& in, Loan& l)
    {
        bool hasRate = false;
        bool frozen = false;
        qint64 rate = 0;
        QDate frozenOn;
        in >> l.loanNo >> l.borrowerId >> l.programCode;
        l.amount = readMoney(in);
        in >> l.disbursedOn >> l.maturityOn >> hasRate >> rate >> frozen >> frozenOn >> l.purpose;
        if (hasRate)
            l.rate = MonthlyRate::fromTenThousandths(rate);
        if (frozen)
            l.frozenOn = frozenOn;
    }
};

template <>
struct Format<Installment>
{
    static constexpr quint8 kPartRecord = 3; ///< the tag of its rows in a part's file
    static const QString& file() { return kSchedule; }
    static QStringList required()
    {
        return {QStringLiteral("loan_no"), QStringLiteral("due_on"), QStringLiteral("principal")};
    }
    static QStringList optional() { return {}; }
    static Installment parse(FieldReader& f)
    {
        return Installment{f.text(0, true), f.date(1, true), f.money(2, false)};
    }
    static void write(QDataStream& out, const Installment& i)
    {
        out << i.loanNo << i.dueOn;
        writeMoney(out, i.principal);
    }
    static void read(QDataStream& in, Installment& i)
    {
        in >> i.loanNo >> i.dueOn;
        i.principal = readMoney(in);
    }
};

template <>
struct Format<Repayment>
{
    static constexpr quint8 kPartRecord = 4; ///< the tag of its rows in a part's file
    static const QString& file() { return kRepayments; }
    static QStringList required()
    {
        return {QStringLiteral("loan_no"), QStringLiteral("paid_on"), QStringLiteral("principal"),
                QStringLiteral("interest")};
    }
    static QStringList optional()
    {
        return {QStringLiteral("entry_no"), QStringLiteral("reverses"), QStringLiteral("reason")};
    }
    static Repayment parse(FieldReader& f)
    {
        Repayment r;
        r.loanNo = f.text(0, true);
        r.paidOn = f.date(1, true);
        r.principal = f.money(2, false);
        r.interest = f.money(3, false);
        r.entryNo = f.entryNumber(4);
        r.reverses = f.entryNumber(5);
        r.reason = f.text(6, false);
        return r;
    }
    static void write(QDataStream& out, const Repayment& r)
    {
        out << r.loanNo << r.paidOn;
        writeMoney(out, r.principal);
        writeMoney(out, r.interest);
        out << r.entryNo << r.reverses << r.reason;
    }
    static void read(QDataStream& in, Repayment& r)
    {
        in >> r.loanNo >> r.paidOn;
        r.principal = readMoney(in);
        r.interest = readMoney(in);
        in >> r.entryNo >> r.reverses >> r.reason;
    }
};

template <>
struct Format<SavingsEntry>
{
    static constexpr quint8 kPartRecord = 5; ///< the tag of its rows in a part's file
    static const QString& file() { return kSavings; }
    static QStringList required()
    {
        return {QStringLiteral("borrower_id"), QStringLiteral("on"), QStringLiteral("amount")};
    }
    static QStringList optional()
    {
        return {QStringLiteral("entry_no"), QStringLiteral("reverses"), QStringLiteral("reason")};
    }
    static SavingsEntry parse(FieldReader& f)
    {
        SavingsEntry e;
        e.borrowerId = f.text(0, true);
        e.on = f.date(1, true);
        e.amount = f.money(2, true);
        e.entryNo = f.entryNumber(3);
        e.reverses = f.entryNumber(4);
        e.reason = f.text(5, false);
        return e;
    }
    static void write(QDataStream& out, const SavingsEntry& e)
    {
        out << e.borrowerId << e.on;
        writeMoney(out, e.amount);
        out << e.entryNo << e.reverses << e.reason;
    }
    static void read(QDataStream& in, SavingsEntry& e)
    {
        in >> e.borrowerId >> e.on;
        e.amount = readMoney(in);
        in >> e.entryNo >> e.reverses >> e.reason;
    }
};

/// The pages of a mapped file that the reader is done with, let go as it moves on: mapped pages count as the
/// process's memory while they stay resident, and a data file can be gigabytes.
class MappedPages
{
public:
    MappedPages(const uchar* data, qint64 size)
        : m_data(data)
        , m_size(size)
    {}
    /// Lets go of the whole pages before @p position.
    void release(qint64 position);

private:
    const uchar* m_data;
    qint64 m_size;
    qint64 m_released = 0;
};

/// Reads every record of the data file of T in @p directory, one at a time: @p onRow gets each row with the
/// problems of reading it (its fields, its line's encoding) and how many bytes of the file are read; @p
/// fileProblems gets those of the file as a whole (it cannot be read, its header, a line that is not a
/// record). @p unreadable gets the file when its rows could not be read.
template <typename T, typename OnRow>
void scanFile(const QString& directory, QList<RecordProblem>& fileProblems, QSet<QString>& unreadable,
              OnRow onRow)
{
    const QString& file = Format<T>::file();
    const QString path = QDir(directory).filePath(file);
    if (!QFileInfo::exists(path))
        return;
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        fileProblems.append(
            {file, 0, QString(), Importer::tr("cannot be read: %1").arg(input.errorString())});
        unreadable.insert(file);
        return;
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
    CsvTableReader reader(data, Format<T>::required(), Format<T>::optional());
    if (!reader.headerOk())
        unreadable.insert(file);
    const QStringList columns = reader.columns();
    const auto toProblem = [&file](const CsvTableProblem& p) {
        return RecordProblem{file, p.line, p.column, p.message};
    };
    MappedPages pages(mapped, input.size());
    CsvRecord record;
    while (reader.next(record)) {
        pages.release(reader.position());
        QList<RecordProblem> problems;
        FieldReader fields(file, record, columns, problems);
        BatchRow<T> row;
        row.line = record.line;
        row.value = Format<T>::parse(fields);
        row.usable = fields.ok();
        // A problem of the record's line (invalid UTF-8: that field was returned blank) makes it unusable.
        for (const CsvTableProblem& problem : reader.newProblems()) {
            if (problem.line == record.line) {
                problems.append(toProblem(problem));
                row.usable = false;
            } else {
                fileProblems.append(toProblem(problem));
            }
        }
        onRow(std::move(row), std::move(problems), qint64(reader.position()));
    }
    for (const CsvTableProblem& problem : reader.newProblems())
        fileProblems.append(toProblem(problem));
}

/// Reads every record of the data file of T into @p rows, its problems into @p problems.
template <typename T>
void readFile(const QString& directory, QList<BatchRow<T>>& rows, QList<RecordProblem>& problems,
              QSet<QString>& unreadable)
{
    scanFile<T>(directory, problems, unreadable,
                [&rows, &problems](BatchRow<T>&& row, QList<RecordProblem>&& rowProblems, qint64) {
                    problems += rowProblems;
                    rows.append(std::move(row));
                });
}

/// The misnamed data files of @p directory (a file ending in .csv that is not one of the data files).
QList<RecordProblem> misnamedFiles(const QString& directory);
/// The kinds of records whose file could not be read.
QSet<ValidationContext::Kind> partialKinds(const QSet<QString>& unreadable);

} // namespace DataFileReading
