#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlError;

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
    /// How open() may use a file.
    enum class Access
    {
        Detect,   ///< read and write, or only read when the file or its folder cannot be written
        ReadOnly, ///< only read, whatever the permissions allow
    };
    /// Whether open() runs SQLite's quick check of every page (`PRAGMA quick_check`).
    enum class Check
    {
        /// Refuse a file whose pages are damaged (every open by a person or a command); a file unchanged
        /// since it last passed is not read through again (CheckSeal).
        Quick,
        /// A further connection to a file this program has already opened and checked.
        None,
    };
    /// Opens an existing LoanDesk database and brings an older schema up to date. A missing file, a file that
    /// is not a LoanDesk database, one made by a newer LoanDesk and one whose pages fail SQLite's quick
    /// check are refused without being changed. A file that cannot be written (or sits in a folder that
    /// cannot be written) opens read-only: isReadOnly() is true and every write is refused.
    static Result<std::unique_ptr<Database>> open(const QString& path, Access access = Access::Detect,
                                                  Check check = Check::Quick);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Why the file is not private to its owner (others may read or write it: users and roles protect only
    /// what LoanDesk does, docs/security.md), or empty. Opening warns with it.
    [[nodiscard]] static QString permissionWarning(const QString& path);

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const;
    /// Whether the database was opened read-only: every transaction is refused with a clear message.
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    /// The error every write to a read-only database gets.
    [[nodiscard]] Error readOnlyError() const;
    /// Milliseconds the quick check took when the database was opened (0 when it did not run).
    [[nodiscard]] qint64 quickCheckMs() const { return m_quickCheckMs; }
    /// Whether open() left the quick check out because the file is, to the nanosecond, the one that last
    /// passed it (CheckSeal).
    [[nodiscard]] bool quickCheckSealTrusted() const { return m_sealTrusted; }
    /// `SQLITE` or `PSQL`: the few statements that differ between the two are chosen by this.
    [[nodiscard]] bool isSqlite() const;

    /// An error of kind Unusable naming @p operation and the driver's text; its cause is told from SQLite's
    /// error code @p sqliteCode (0: unknown, then only "locked" or "busy" in the text count).
    [[nodiscard]] Error errorFor(const QString& operation, const QString& driverText,
                                 int sqliteCode = 0) const;
    /// The same for an error of Qt SQL (its native code is SQLite's).
    [[nodiscard]] Error errorFor(const QString& operation, const QSqlError& error) const;
    /// The cause of SQLite's (primary or extended) result code @p sqliteCode.
    static Error::Cause causeOf(int sqliteCode);

    /// Milliseconds a statement waits for a lock held by another program before giving up.
    static constexpr int kBusyTimeoutMs = 5000;

    /// Where SQLite keeps its temporary data: sorts, and the journal of a savepoint (a guard nested in
    /// another), which holds the former content of every page the savepoint changes. Memory by default; a
    /// write whose nested guards change a large part of the file (the demonstration portfolio made part by
    /// part, VACUUM, an export) sets it on disk for its duration, so that memory does not grow with the file.
    /// SQLite decides at the start of a transaction: inside one, this changes nothing.
    Status setTemporaryDataOnDisk(bool onDisk);

    /// Whether a TransactionGuard is open on this connection (a guard opened inside another nests in it).
    [[nodiscard]] bool inTransaction() const { return m_transactionDepth > 0; }

private:
    friend class TransactionGuard;
    explicit Database(QString path);
    Status openConnection(bool readOnly, bool immutable = false);
    Status configure();
    Status quickCheck();

    QString m_path;
    bool m_readOnly = false;
    qint64 m_quickCheckMs = 0;
    bool m_sealTrusted = false;
    QString m_connectionName;
    int m_transactionDepth = 0;
};
