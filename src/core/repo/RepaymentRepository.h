#pragma once

#include "Result.h"
#include "domain/Entities.h"

#include <QList>
#include <QStringList>

#include <functional>

class Database;

/// Repayments of loans. A posted repayment is never edited or deleted; a reversed one is kept for the audit
/// trail and returned by none of these functions.
class RepaymentRepository
{
public:
    explicit RepaymentRepository(Database& database)
        : m_database(database)
    {}

    /// The repayments of the given loans.
    Result<QList<Repayment>> of(const QStringList& loanNos);
    /// Visits every repayment ordered by loan number, date, principal and interest.
    Status forEach(const std::function<void(const Repayment&)>& visit);
    Status insert(const QList<Repayment>& repayments);

private:
    Database& m_database;
};
