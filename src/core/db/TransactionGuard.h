#pragma once

#include "Result.h"

class Database;

/// Begins a write transaction on construction and rolls it back on destruction unless commit() succeeded.
/// Every change a user makes is exactly one guard, so a failure leaves the database as it was.
///
/// Guards nest: a guard opened while another is open on the same connection is a savepoint inside it, so an
/// operation that is one transaction on its own (posting a repayment) can also be one step of a larger one
/// (an import, a commune's transaction day). Its commit keeps its changes for the outer guard to commit or
/// roll back; its rollback undoes its own changes only. Guards end in the reverse order of their opening.
class TransactionGuard
{
public:
    explicit TransactionGuard(Database& database);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard&) = delete;
    TransactionGuard& operator=(const TransactionGuard&) = delete;

    /// Whether the transaction began; if not, status() says why.
    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] const Status& status() const { return m_status; }
    /// Whether this guard is a savepoint inside another guard.
    [[nodiscard]] bool isNested() const { return m_level > 0; }

    Status commit();
    void rollback();

private:
    [[nodiscard]] QString savepointName() const;

    Database& m_database;
    Status m_status;
    int m_level = 0; ///< 0: the outermost guard (BEGIN … COMMIT); n: the n-th savepoint inside it
    bool m_active = false;
};
