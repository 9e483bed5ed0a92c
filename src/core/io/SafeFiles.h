#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// Files written so that a reader never finds half of them: written under a temporary name beside the target,
/// flushed to the disk, then renamed into place (a rename within one folder is atomic); on failure the
/// temporary file or folder is removed and the target is left as it was.
namespace SafeFiles {

/// A new temporary name beside @p target (same folder, so that the final rename stays in one file system):
/// `<target>.partial-<random>`.
QString partialName(const QString& target);
/// Flushes the content of the file @p path to the disk (fsync).
Status syncFile(const QString& path);
/// Flushes the folder @p path itself (its list of names) to the disk, so that a rename in it survives a power
/// cut.
Status syncFolder(const QString& path);
/// Renames @p from to @p to, replacing a file there in one step (rename(2)), and flushes the folder.
Status replace(const QString& from, const QString& to);
/// Copies the file @p from to the new file @p to through a partial name: flushed, then renamed.
Status copy(const QString& from, const QString& to);

/// The folder of several output files (an export): the files are written into a temporary folder beside the
/// target; commit() moves them into place, and a staging folder that is not committed is removed with
/// everything in it.
class StagingFolder
{
    Q_DECLARE_TR_FUNCTIONS(StagingFolder)

public:
    explicit StagingFolder(QString target);
    ~StagingFolder();
    StagingFolder(const StagingFolder&) = delete;
    StagingFolder& operator=(const StagingFolder&) = delete;

    /// Creates the temporary folder (and the target's parent folders when missing).
    Status prepare();
    /// Where to write the files.
    [[nodiscard]] QString path() const { return m_staging; }
    /// Moves every written file into the target: the staging folder becomes the target when there is none
    /// yet; otherwise each file replaces its namesake there.
    Status commit();

private:
    QString m_target;
    QString m_staging;
    bool m_committed = false;
};

} // namespace SafeFiles
