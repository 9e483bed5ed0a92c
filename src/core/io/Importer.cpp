#include "Importer.h"

#include "DataFileReader.h"
#include "FolderParts.h"
#include "service/PortfolioService.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <functional>

namespace {

using namespace DataFileReading;

/// Reads every file of the folder into @p batch; @p unreadable gets the files whose rows could not be read.
/// @p proceed is asked after each file (with the number of files read); false stops the reading.
bool readDataSet(const QString& directory, PostingBatch& batch, QSet<QString>& unreadable,
                 const std::function<bool(int)>& proceed)
{
    QList<RecordProblem>& problems = batch.readProblems;
    readFile(directory, batch.communes, problems, unreadable);
    if (!proceed(1))
        return false;
    readFile(directory, batch.groups, problems, unreadable);
    if (!proceed(2))
        return false;
    readFile(directory, batch.borrowers, problems, unreadable);
    if (!proceed(3))
        return false;
    readFile(directory, batch.moves, problems, unreadable);
    if (!proceed(4))
        return false;
    readFile(directory, batch.loans, problems, unreadable);
    if (!proceed(5))
        return false;
    readFile(directory, batch.installments, problems, unreadable);
    if (!proceed(6))
        return false;
    readFile(directory, batch.repayments, problems, unreadable);
    if (!proceed(7))
        return false;
    readFile(directory, batch.savings, problems, unreadable);
    return proceed(8);
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
    batch.readProblems = misnamedFiles(directory);
    QSet<QString> unreadable;
    m_cancelled = !readDataSet(directory, batch, unreadable, [this](int filesRead) {
        return !m_progress || m_progress(filesRead, stepCount());
    });
    batch.partial = partialKinds(unreadable);
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
    QStringList files;
    qint64 bytes = 0;
    for (const QString& name : fileNames()) {
        const QFileInfo file(QDir(directory).filePath(name));
        if (file.exists()) {
            files.append(name);
            bytes += file.size();
        }
    }
    PortfolioService service(m_database, m_actor);
    if (m_progress) {
        const int read = static_cast<int>(fileNames().size());
        service.setProgress([this, read](int done, int) { return m_progress(read + done, stepCount()); });
    }
    const PortfolioService::ImportSource source{folder.absoluteFilePath(), files};
    Result<ImportCounts> counts = Error::io(QString());
    if (bytes <= m_partBytes) {
        PostingBatch batch = read(directory);
        if (m_cancelled)
            return Error::refused(tr("cancelled: nothing was written"));
        counts = service.post(std::move(batch), source);
    } else {
        bool cancelled = false;
        counts = postFolderInParts(
            service, m_database, directory, m_partBytes, source,
            [this](int filesRead) { return !m_progress || m_progress(filesRead, stepCount()); }, cancelled);
        if (cancelled) {
            m_cancelled = true;
            return counts;
        }
    }
    m_problems = service.problems();
    m_cancelled = service.wasCancelled();
    return counts;
}
