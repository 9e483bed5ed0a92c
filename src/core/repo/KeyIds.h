#pragma once

#include "Result.h"
#include "db/Query.h"

#include <optional>

/// The row id of a record found by its code (a loan number, a borrower's code), for a write that binds the id
/// itself in place of a subquery for every row it inserts. Rows are written sorted by their key, so the id
/// is looked up once for each run of rows with the same code.
class KeyIds
{
public:
    /// @p statement selects the id of one code, e.g. `SELECT id FROM loan WHERE loan_no = ?`.
    KeyIds(Database& database, const QString& statement, QString operation);

    /// The id of the record @p code, or none when there is no such record.
    Result<std::optional<qint64>> of(const QString& code);

private:
    Query m_query;
    bool m_hasLast = false;
    QString m_lastCode;
    std::optional<qint64> m_lastId;
};
