#include "DataSetWriter.h"

#include "csv/CsvWriter.h"
#include "domain/Dates.h"
#include "service/PostingBatch.h"

#include <QDir>

namespace {

QString dateText(const std::optional<QDate>& date)
{
    return date ? Dates::toIso(*date) : QString();
}

enum FileIndex
{
    kCommuneFile,
    kGroupFile,
    kBorrowerFile,
    kMoveFile,
    kLoanFile,
    kScheduleFile,
    kRepaymentFile,
    kSavingsFile
};

} // namespace

/// One output file: header, records, then commit.
class DataSetWriter::File
{
public:
    File(const QString& path, const QList<QString>& header)
        : m_file(path)
    {
        if (m_file.open(QIODevice::WriteOnly))
            write(header);
        else
            m_openError = m_file.errorString();
    }

    void write(const QList<QString>& fields)
    {
        if (!m_openError.isEmpty())
            return;
        m_buffer += CsvWriter::encodeRecord(fields);
        if (m_buffer.size() > (1 << 20))
            flush();
    }

    Status status() const
    {
        if (!m_openError.isEmpty())
            return Error::io(DataSetWriter::tr("cannot write %1: %2").arg(m_file.fileName(), m_openError));
        if (m_shortWrite)
            return Error::io(
                DataSetWriter::tr("cannot write %1: the disk took only part of it").arg(m_file.fileName()));
        return {};
    }

    Status commit()
    {
        if (!m_openError.isEmpty())
            return status();
        flush();
        if (m_shortWrite) {
            // A write that stopped short (a full disk, a file size limit) is no error of the device: without
            // this the file would be committed cut off.
            m_file.cancelWriting();
            return Error::io(
                DataSetWriter::tr("cannot write %1: the disk took only part of it").arg(m_file.fileName()));
        }
        if (!m_file.commit())
            return Error::io(
                DataSetWriter::tr("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        return {};
    }

private:
    void flush()
    {
        if (!m_buffer.isEmpty() && m_file.write(m_buffer) != m_buffer.size())
            m_shortWrite = true;
        m_buffer.clear();
    }

    QSaveFile m_file;
    QByteArray m_buffer;
    QString m_openError;
    bool m_shortWrite = false;
};

DataSetWriter::DataSetWriter(const QString& directory)
{
    const QDir dir(directory);
    const auto open = [&dir](const QString& name, const QList<QString>& header) {
        return std::make_unique<File>(dir.filePath(name), header);
    };
    m_files[kCommuneFile] = open(DataFiles::kCommunes, {QStringLiteral("code"), QStringLiteral("name")});
    m_files[kGroupFile] = open(
        DataFiles::kGroups, {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("commune_code"),
                             QStringLiteral("organization_code"), QStringLiteral("village"),
                             QStringLiteral("leader_name"), QStringLiteral("founded_on")});
    m_files[kBorrowerFile] = open(DataFiles::kBorrowers,
                                  {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("id_number"),
                                   QStringLiteral("full_name"), QStringLiteral("commune_code"),
                                   QStringLiteral("group_code"), QStringLiteral("village")});
    m_files[kMoveFile] =
        open(DataFiles::kMoves, {QStringLiteral("borrower_id"), QStringLiteral("on"),
                                 QStringLiteral("group_code"), QStringLiteral("commune_code")});
    m_files[kLoanFile] =
        open(DataFiles::kLoans,
             {QStringLiteral("loan_no"), QStringLiteral("borrower_id"), QStringLiteral("program_code"),
              QStringLiteral("amount"), QStringLiteral("disbursed_on"), QStringLiteral("maturity_on"),
              QStringLiteral("rate_pct_month"), QStringLiteral("frozen_on"), QStringLiteral("purpose")});
    m_files[kScheduleFile] = open(DataFiles::kSchedule, {QStringLiteral("loan_no"), QStringLiteral("due_on"),
                                                         QStringLiteral("principal")});
    m_files[kRepaymentFile] =
        open(DataFiles::kRepayments,
             {QStringLiteral("loan_no"), QStringLiteral("paid_on"), QStringLiteral("principal"),
              QStringLiteral("interest"), QStringLiteral("entry_no"), QStringLiteral("reverses"),
              QStringLiteral("reason")});
    m_files[kSavingsFile] = open(DataFiles::kSavings, {QStringLiteral("borrower_id"), QStringLiteral("on"),
                                                       QStringLiteral("amount"), QStringLiteral("entry_no"),
                                                       QStringLiteral("reverses"), QStringLiteral("reason")});
}

DataSetWriter::~DataSetWriter() = default;

void DataSetWriter::write(const Commune& commune)
{
    m_files[kCommuneFile]->write({commune.code, commune.name});
}

void DataSetWriter::write(const Group& g)
{
    m_files[kGroupFile]->write({g.code, g.name, g.communeCode, g.organizationCode, g.village, g.leaderName,
                                Dates::toIso(g.foundedOn)});
}

void DataSetWriter::write(const Borrower& b)
{
    m_files[kBorrowerFile]->write(
        {b.id, borrowerKindCode(b.kind), b.idNumber, b.fullName, b.communeCode, b.groupCode, b.village});
}

void DataSetWriter::write(const Move& m)
{
    // A group move names the group only: its commune is the group's.
    m_files[kMoveFile]->write(
        {m.borrowerId, Dates::toIso(m.on), m.groupCode, m.groupCode.isEmpty() ? m.communeCode : QString()});
}

void DataSetWriter::write(const Loan& l)
{
    m_files[kLoanFile]->write({l.loanNo, l.borrowerId, l.programCode, l.amount.toPlainString(),
                               Dates::toIso(l.disbursedOn), Dates::toIso(l.maturityOn),
                               l.rate ? l.rate->toPlainString() : QString(), dateText(l.frozenOn),
                               l.purpose});
}

void DataSetWriter::write(const Installment& i)
{
    m_files[kScheduleFile]->write({i.loanNo, Dates::toIso(i.dueOn), i.principal.toPlainString()});
}

void DataSetWriter::write(const Repayment& r)
{
    // An entry not yet posted has no number: the import numbers it.
    m_files[kRepaymentFile]->write({r.loanNo, Dates::toIso(r.paidOn), r.principal.toPlainString(),
                                    r.interest.toPlainString(),
                                    r.entryNo > 0 ? QString::number(r.entryNo) : QString(),
                                    r.isReversal() ? QString::number(r.reverses) : QString(), r.reason});
}

void DataSetWriter::write(const SavingsEntry& e)
{
    m_files[kSavingsFile]->write({e.borrowerId, Dates::toIso(e.on), e.amount.toPlainString(),
                                  e.entryNo > 0 ? QString::number(e.entryNo) : QString(),
                                  e.isReversal() ? QString::number(e.reverses) : QString(), e.reason});
}

void DataSetWriter::write(const PortfolioData& data)
{
    const auto writeAll = [this](const auto& records) {
        for (const auto& record : records)
            write(record);
    };
    writeAll(data.communes);
    writeAll(data.groups);
    writeAll(data.borrowers);
    writeAll(data.moves);
    writeAll(data.loans);
    writeAll(data.installments);
    writeAll(data.repayments);
    writeAll(data.savings);
}

Status DataSetWriter::status() const
{
    for (const auto& file : m_files) {
        if (Status s = file->status(); !s)
            return s;
    }
    return {};
}

Status DataSetWriter::commit()
{
    for (const auto& file : m_files) {
        if (Status s = file->commit(); !s)
            return s;
    }
    return {};
}
