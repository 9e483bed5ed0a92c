#pragma once

#include "Result.h"
#include "io/Importer.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

/// Imports a folder of CSV files (csv.md) into a database file off the UI thread, with a connection of its
/// own, reporting its progress and taking a cancel at any step: a cancelled import rolls its one transaction
/// back and writes nothing (Importer::setProgress). finished() comes on the UI thread with the outcome.
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    /// What an import came to.
    struct Outcome
    {
        std::optional<ImportCounts> counts; ///< set when it was written
        bool cancelled = false;             ///< stopped on request: nothing was written
        Error error;                        ///< why not, when not written and not cancelled
        QList<ImportProblem> problems;      ///< each problem of a refused import

        [[nodiscard]] bool written() const { return counts.has_value(); }
    };

    ImportRunner(QString databasePath, QString folder, QObject* parent = nullptr);
    ~ImportRunner() override;

    [[nodiscard]] const QString& folder() const { return m_folder; }
    void start();
    /// Asks the import to stop at its next step (any thread). Too late once it committed.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    /// The outcome, once finished() came.
    [[nodiscard]] const Outcome& outcome() const { return m_outcome; }

    /// Called on the importing thread at each step, before the import asks whether to stop (for tests: a
    /// cancel at a chosen step).
    void setStepHook(std::function<void(int done, int total)> hook);

signals:
    void progressed(int done, int total);
    void finished();

private:
    struct Shared
    {
        std::atomic<bool> cancel = false;
        std::function<void(int, int)> hook;
    };

    QString m_path;
    QString m_folder;
    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<Outcome>* m_watcher = nullptr;
    Outcome m_outcome;
    bool m_running = false;
};
