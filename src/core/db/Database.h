#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

/// One open LoanDesk database: a SQLite file through Qt SQL, with foreign keys on, write-ahead logging and a
/// busy timeout. A Database is used from the thread that opened it; other threads open their own.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    /// The schema version this program writes; a file with a higher `PRAGMA user_version` is refused
    /// untouched.
    static int currentSchemaVersion();
    /// `PRAGMA application_id` of LoanDesk files ("LDSK").
    static constexpr int kApplicationId = 0x4C44534B;

    /// Creates a new database at @p path with the whole schema and the reference data, readable and writable
    /// by its owner only (0600 on Unix; SQLite gives its -wal and -shm files the same permissions). Refuses
    /// an existing file.
    /// @p schemaVersion stops the migrations at an older version (to test upgrades).
    static Result<std::unique_ptr<Database>> create(const QString& path, int schemaVersion = -1);
    /// Opens an existing LoanDesk database and brings an older schema up to date. A missing file, a file that
    /// is not a LoanDesk database and one made by a newer LoanDesk are refused without being changed.
    static Result<std::unique_ptr<Database>> open(const QString& path);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Why the file is not private to its owner (others may read or write it: users and roles protect only
    /// what LoanDesk does, docs/security.md), or empty. Opening warns with it.
    [[nodiscard]] static QString permissionWarning(const QString& path);

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const;
    /// `SQLITE` or `PSQL`: the few statements that differ between the two are chosen by this.
    [[nodiscard]] bool isSqlite() const;

    /// An error of kind Unusable naming @p operation and the driver's text.
    [[nodiscard]] Error errorFor(const QString& operation, const QString& driverText) const;

    /// Milliseconds a statement waits for a lock held by another program before giving up.
    static constexpr int kBusyTimeoutMs = 5000;

    /// Whether a TransactionGuard is open on this connection (a guard opened inside another nests in it).
    [[nodiscard]] bool inTransaction() const { return m_transactionDepth > 0; }

private:
    friend class TransactionGuard;
    explicit Database(QString path);
    Status openConnection(bool readOnly);
    Status configure();

    QString m_path;
    QString m_connectionName;
    int m_transactionDepth = 0;
};
