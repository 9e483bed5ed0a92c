#pragma once

#include "Result.h"
#include "db/Database.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

/// Runs read-only work on the portfolio off the UI thread and hands the result back on the UI thread, so that
/// switching month or filter never freezes the window. Each job opens its own connection to the database file
/// (a Database belongs to the thread that opened it; SQLite's write-ahead log lets readers run beside a
/// writer). Only the latest request counts: the result of an older one that finishes later is dropped.
class BackgroundLoader : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundLoader(QString databasePath, QObject* parent = nullptr)
        : QObject(parent)
        , m_path(std::move(databasePath))
    {}

    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] const QString& databasePath() const { return m_path; }

    /// Runs @p job in a worker thread with a connection of its own; calls @p done on this object's thread
    /// with its result, unless another request was made meanwhile.
    template <typename T>
    void load(std::function<Result<T>(Database&)> job, std::function<void(const Result<T>&)> done)
    {
        const quint64 ticket = ++m_latest;
        setBusy(true);
        using Shared = std::shared_ptr<Result<T>>;
        auto* watcher = new QFutureWatcher<Shared>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ticket, done]() {
            watcher->deleteLater();
            if (ticket != m_latest)
                return; // a newer request is running; this result is stale
            const Shared result = watcher->result();
            setBusy(false);
            done(*result);
        });
        watcher->setFuture(QtConcurrent::run([path = m_path, job]() -> Shared {
            // The window checked the file's pages when it opened it.
            auto database = Database::open(path, Database::Access::Detect, Database::Check::None);
            if (!database)
                return std::make_shared<Result<T>>(database.error());
            return std::make_shared<Result<T>>(job(**database));
        }));
    }

    /// Drops the request in flight, if any.
    void cancel();

signals:
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);

    QString m_path;
    quint64 m_latest = 0;
    bool m_busy = false;
};
