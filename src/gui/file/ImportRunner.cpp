#include "ImportRunner.h"

#include "db/Database.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

ImportRunner::ImportRunner(QString databasePath, QString folder, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_folder(std::move(folder))
    , m_shared(std::make_shared<Shared>())
{}

ImportRunner::~ImportRunner()
{
    // Nobody waits for the result any more; an import that has not committed yet writes nothing.
    m_shared->cancel = true;
}

void ImportRunner::setStepHook(std::function<void(int, int)> hook)
{
    m_shared->hook = std::move(hook);
}

void ImportRunner::cancel()
{
    m_shared->cancel = true;
}

void ImportRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_outcome = {};
    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { emit progressed(value, m_watcher->progressMaximum()); });
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this]() {
        m_running = false;
        if (m_watcher->future().resultCount() > 0)
            m_outcome = m_watcher->result();
        else
            m_outcome.error = Error::unusable(tr("the import stopped unexpectedly"));
        emit finished();
    });
    m_watcher->setFuture(
        QtConcurrent::run([path = m_path, folder = m_folder, shared = m_shared](QPromise<Outcome>& promise) {
            Outcome outcome;
            promise.setProgressRange(0, Importer::stepCount());
            auto database = Database::open(path);
            if (!database) {
                outcome.error = database.error();
                promise.addResult(outcome);
                return;
            }
            Importer importer(**database);
            importer.setProgress([&promise, shared](int done, int total) {
                promise.setProgressValue(done);
                if (shared->hook)
                    shared->hook(done, total);
                return !shared->cancel.load();
            });
            auto counts = importer.importFolder(folder);
            if (counts) {
                outcome.counts = counts.value();
            } else {
                outcome.cancelled = importer.wasCancelled();
                outcome.error = counts.error();
                outcome.problems = importer.problems();
            }
            promise.addResult(outcome);
        }));
}
