#pragma once

#include "Result.h"

class Database;

/// Begins a write transaction on construction and rolls it back on destruction unless commit() succeeded.
/// Every change a user makes is exactly one guard, so a failure leaves the database as it was.
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

    Status commit();
    void rollback();

private:
    Database& m_database;
    Status m_status;
    bool m_active = false;
};
