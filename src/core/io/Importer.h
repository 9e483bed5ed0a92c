#pragma once

#include "Result.h"
#include "service/Actor.h"
#include "service/PortfolioService.h"
#include "service/PostingBatch.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <algorithm>

class Database;

/// A problem found in an import, reported as `FILE:LINE: column: message`.
using ImportProblem = RecordProblem;
/// How many rows of each kind an import added.
using ImportCounts = PostingCounts;

/// Loads a data set in the format of csv.md, all or nothing, through the write service, which checks every
/// row against domain.md §4 and §8, the other files and the database inside the transaction that writes it,
/// and writes nothing unless nothing fails. The audit trail gets one row for the import.
///
/// A folder of at most partBytes() is read into one batch (PortfolioService::post). A larger one is read in
/// parts (PortfolioService::postInParts): each borrower with everything that hangs on them in one part, the
/// parts kept in temporary files until their turn, so that memory stays bounded whatever the size of the
/// folder; the rules, the problems reported and the figures are the same.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    explicit Importer(Database& database, Actor actor = Actor::currentUser())
        : m_database(database)
        , m_actor(std::move(actor))
    {}

    /// The files of a data set, in import order.
    static const QStringList& fileNames();

    /// Reads the folder @p directory into a batch, with the problems of reading it (nothing is written).
    PostingBatch read(const QString& directory);
    /// Imports the folder @p directory. On refusal the error (kind Refused) lists every problem, one per
    /// line, and problems() holds them one by one; the database is left as it was.
    Result<ImportCounts> importFolder(const QString& directory);

    [[nodiscard]] const QList<ImportProblem>& problems() const { return m_problems; }

    /// Told how far importFolder() is (@p done of @p total steps: reading each data file, then the steps of
    /// PortfolioService::post); answering false cancels the import: nothing is written (the one transaction
    /// is rolled back) and importFolder() returns an error with wasCancelled() true. Called on the importing
    /// thread.
    using Progress = PortfolioService::Progress;
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    /// The size of the data files above which a folder is read in parts, and about the size of each part.
    static constexpr qint64 kPartBytes = 16 * 1024 * 1024;
    [[nodiscard]] qint64 partBytes() const { return m_partBytes; }
    /// Sets the size of a part (tests read small folders in many parts).
    void setPartBytes(qint64 bytes) { m_partBytes = std::max<qint64>(1, bytes); }

    /// Whether the last importFolder() was cancelled through the progress callback.
    [[nodiscard]] bool wasCancelled() const { return m_cancelled; }
    /// The number of steps importFolder() reports.
    static int stepCount();

private:
    Database& m_database;
    Actor m_actor;
    QList<ImportProblem> m_problems;
    Progress m_progress;
    bool m_cancelled = false;
    qint64 m_partBytes = kPartBytes;
};
