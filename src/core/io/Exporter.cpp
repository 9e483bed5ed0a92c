#include "Exporter.h"

#include "csv/CsvWriter.h"
#include "domain/Dates.h"
#include "io/SafeFiles.h"
#include "repo/BorrowerRepository.h"
#include "repo/CommuneRepository.h"
#include "repo/GroupRepository.h"
#include "repo/LoanRepository.h"
#include "repo/MoveRepository.h"
#include "repo/RepaymentRepository.h"
#include "repo/SavingsRepository.h"

#include <QDir>
#include <QSaveFile>

namespace {

QString dateText(const std::optional<QDate>& date)
{
    return date ? Dates::toIso(*date) : QString();
}

/// One output file: header, records, then commit.
class CsvFile
{
public:
    CsvFile(const QString& path, const QList<QString>& header)
        : m_file(path)
    {
        if (m_file.open(QIODevice::WriteOnly))
            write(header);
    }

    void write(const QList<QString>& fields)
    {
        m_buffer += CsvWriter::encodeRecord(fields);
        if (m_buffer.size() > (1 << 20))
            flush();
    }

    Status commit()
    {
        flush();
        if (m_shortWrite) {
            // A write that stopped short (a full disk, a file size limit) is no error of the device: without
            // this the file would be committed cut off.
            m_file.cancelWriting();
            return Error::io(
                Exporter::tr("cannot write %1: the disk took only part of it").arg(m_file.fileName()));
        }
        if (!m_file.commit())
            return Error::io(
                Exporter::tr("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
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
    bool m_shortWrite = false;
};

} // namespace

Status Exporter::exportTo(const QString& directory)
{
    // Written into a folder beside the target and moved into place once every file is complete: a failed
    // export leaves no file behind (never 3 of 8), and replaces none.
    SafeFiles::StagingFolder staging(directory);
    if (Status s = staging.prepare(); !s)
        return s;
    if (Status s = writeFiles(staging.path()); !s)
        return s;
    return staging.commit();
}

Status Exporter::writeFiles(const QString& directory)
{
    const QDir dir(directory);

    auto communes = CommuneRepository(m_database).all();
    if (!communes)
        return communes.error();
    CsvFile communeFile(dir.filePath(QStringLiteral("communes.csv")),
                        {QStringLiteral("code"), QStringLiteral("name")});
    for (const Commune& commune : *communes)
        communeFile.write({commune.code, commune.name});
    if (Status s = communeFile.commit(); !s)
        return s;

    auto groups = GroupRepository(m_database).all();
    if (!groups)
        return groups.error();
    CsvFile groupFile(dir.filePath(QStringLiteral("groups.csv")),
                      {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("commune_code"),
                       QStringLiteral("organization_code"), QStringLiteral("village"),
                       QStringLiteral("leader_name"), QStringLiteral("founded_on")});
    for (const Group& g : *groups)
        groupFile.write({g.code, g.name, g.communeCode, g.organizationCode, g.village, g.leaderName,
                         Dates::toIso(g.foundedOn)});
    if (Status s = groupFile.commit(); !s)
        return s;

    auto borrowers = BorrowerRepository(m_database).all();
    if (!borrowers)
        return borrowers.error();
    CsvFile borrowerFile(dir.filePath(QStringLiteral("borrowers.csv")),
                         {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("id_number"),
                          QStringLiteral("full_name"), QStringLiteral("commune_code"),
                          QStringLiteral("group_code"), QStringLiteral("village")});
    for (const Borrower& b : *borrowers)
        borrowerFile.write(
            {b.id, borrowerKindCode(b.kind), b.idNumber, b.fullName, b.communeCode, b.groupCode, b.village});
    if (Status s = borrowerFile.commit(); !s)
        return s;

    CsvFile moveFile(dir.filePath(QStringLiteral("moves.csv")),
                     {QStringLiteral("borrower_id"), QStringLiteral("on"), QStringLiteral("group_code"),
                      QStringLiteral("commune_code")});
    if (Status s = MoveRepository(m_database).forEach([&](const Move& m) {
            // A group move names the group only: its commune is the group's.
            moveFile.write({m.borrowerId, Dates::toIso(m.on), m.groupCode,
                            m.groupCode.isEmpty() ? m.communeCode : QString()});
        });
        !s)
        return s;
    if (Status s = moveFile.commit(); !s)
        return s;

    LoanRepository loans(m_database);
    CsvFile loanFile(
        dir.filePath(QStringLiteral("loans.csv")),
        {QStringLiteral("loan_no"), QStringLiteral("borrower_id"), QStringLiteral("program_code"),
         QStringLiteral("amount"), QStringLiteral("disbursed_on"), QStringLiteral("maturity_on"),
         QStringLiteral("rate_pct_month"), QStringLiteral("frozen_on"), QStringLiteral("purpose")});
    if (Status s = loans.forEachLoan([&](const Loan& l) {
            loanFile.write({l.loanNo, l.borrowerId, l.programCode, l.amount.toPlainString(),
                            Dates::toIso(l.disbursedOn), Dates::toIso(l.maturityOn),
                            l.rate ? l.rate->toPlainString() : QString(), dateText(l.frozenOn), l.purpose});
        });
        !s)
        return s;
    if (Status s = loanFile.commit(); !s)
        return s;

    CsvFile scheduleFile(dir.filePath(QStringLiteral("schedule.csv")),
                         {QStringLiteral("loan_no"), QStringLiteral("due_on"), QStringLiteral("principal")});
    if (Status s = loans.forEachInstallment([&](const Installment& i) {
            scheduleFile.write({i.loanNo, Dates::toIso(i.dueOn), i.principal.toPlainString()});
        });
        !s)
        return s;
    if (Status s = scheduleFile.commit(); !s)
        return s;

    CsvFile repaymentFile(dir.filePath(QStringLiteral("repayments.csv")),
                          {QStringLiteral("loan_no"), QStringLiteral("paid_on"), QStringLiteral("principal"),
                           QStringLiteral("interest"), QStringLiteral("entry_no"), QStringLiteral("reverses"),
                           QStringLiteral("reason")});
    if (Status s = RepaymentRepository(m_database).forEach([&](const Repayment& r) {
            repaymentFile.write({r.loanNo, Dates::toIso(r.paidOn), r.principal.toPlainString(),
                                 r.interest.toPlainString(), QString::number(r.entryNo),
                                 r.isReversal() ? QString::number(r.reverses) : QString(), r.reason});
        });
        !s)
        return s;
    if (Status s = repaymentFile.commit(); !s)
        return s;

    CsvFile savingsFile(dir.filePath(QStringLiteral("savings.csv")),
                        {QStringLiteral("borrower_id"), QStringLiteral("on"), QStringLiteral("amount"),
                         QStringLiteral("entry_no"), QStringLiteral("reverses"), QStringLiteral("reason")});
    if (Status s = SavingsRepository(m_database).forEach([&](const SavingsEntry& e) {
            savingsFile.write({e.borrowerId, Dates::toIso(e.on), e.amount.toPlainString(),
                               QString::number(e.entryNo),
                               e.isReversal() ? QString::number(e.reverses) : QString(), e.reason});
        });
        !s)
        return s;
    return savingsFile.commit();
}
