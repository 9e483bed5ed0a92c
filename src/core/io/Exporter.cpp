#include "Exporter.h"

#include "db/Database.h"
#include "io/DataSetWriter.h"
#include "io/SafeFiles.h"
#include "repo/BorrowerRepository.h"
#include "repo/CommuneRepository.h"
#include "repo/GroupRepository.h"
#include "repo/LoanRepository.h"
#include "repo/MoveRepository.h"
#include "repo/RepaymentRepository.h"
#include "repo/SavingsRepository.h"

#include <QScopeGuard>

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
    // The records are read in key order; sorting a table that no index orders spills to a temporary file
    // rather than holding the whole table in memory.
    if (Status s = m_database.setTemporaryDataOnDisk(true); !s)
        return s;
    const auto restore =
        qScopeGuard([this] { [[maybe_unused]] const Status s = m_database.setTemporaryDataOnDisk(false); });
    DataSetWriter files(directory);
    const auto writeAll = [&files](const auto& records) {
        if (!records)
            return Status(records.error());
        for (const auto& record : *records)
            files.write(record);
        return Status();
    };
    const auto write = [&files](const auto& record) { files.write(record); };
    if (Status s = writeAll(CommuneRepository(m_database).all()); !s)
        return s;
    if (Status s = writeAll(GroupRepository(m_database).all()); !s)
        return s;
    if (Status s = writeAll(BorrowerRepository(m_database).all()); !s)
        return s;
    if (Status s = MoveRepository(m_database).forEach(write); !s)
        return s;
    LoanRepository loans(m_database);
    if (Status s = loans.forEachLoan(write); !s)
        return s;
    if (Status s = loans.forEachInstallment(write); !s)
        return s;
    if (Status s = RepaymentRepository(m_database).forEach(write); !s)
        return s;
    if (Status s = SavingsRepository(m_database).forEach(write); !s)
        return s;
    return files.commit();
}
