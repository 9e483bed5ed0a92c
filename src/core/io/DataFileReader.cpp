#include "DataFileReader.h"

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace DataFileReading {

void MappedPages::release(qint64 position)
{
#ifdef Q_OS_LINUX
    // In steps of 64 MB: the pages stay in the file cache; only this process's hold on them ends (they are
    // read from the file again if looked at, which the reader never does).
    constexpr qint64 kStep = 64 * 1024 * 1024;
    if (!m_data || position - m_released < kStep)
        return;
    const qint64 page = sysconf(_SC_PAGESIZE);
    const qint64 end = std::min(position, m_size) / page * page;
    if (end > m_released) {
        madvise(const_cast<uchar*>(m_data) + m_released, static_cast<size_t>(end - m_released),
                MADV_DONTNEED);
        m_released = end;
    }
#else
    Q_UNUSED(position);
#endif
}

QList<RecordProblem> misnamedFiles(const QString& directory)
{
    QList<RecordProblem> problems;
    const QStringList present =
        QDir(directory).entryList(QDir::Files | QDir::Readable | QDir::Hidden, QDir::Name);
    for (const QString& name : present) {
        if (name.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) && !DataFiles::all().contains(name))
            problems.append({name, 0, QString(),
                             Importer::tr("is not a LoanDesk data file; the files are %1")
                                 .arg(DataFiles::all().join(u", "))});
    }
    return problems;
}

QSet<ValidationContext::Kind> partialKinds(const QSet<QString>& unreadable)
{
    QSet<ValidationContext::Kind> partial;
    if (unreadable.contains(kCommunes))
        partial.insert(ValidationContext::Kind::Commune);
    if (unreadable.contains(kGroups))
        partial.insert(ValidationContext::Kind::Group);
    if (unreadable.contains(kBorrowers))
        partial.insert(ValidationContext::Kind::Borrower);
    if (unreadable.contains(kLoans))
        partial.insert(ValidationContext::Kind::Loan);
    return partial;
}

} // namespace DataFileReading
