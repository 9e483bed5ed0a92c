#pragma once

#include "Result.h"
#include "domain/Dates.h"

#include <QList>
#include <QString>

class Database;

/// The closed months (chốt số liệu tháng, domain.md §8): when and by whom each was closed.
class ClosingRepository
{
public:
    explicit ClosingRepository(Database& database)
        : m_database(database)
    {}

    struct ClosedMonth
    {
        YearMonth month;
        QString closedAt; ///< UTC, ISO 8601
        QString closedBy;
    };

    /// Every closed month, ascending.
    Result<QList<ClosedMonth>> all();
    /// The latest closed month; an invalid month when none is closed.
    Result<YearMonth> latest();
    Status insert(const ClosedMonth& closed);
    Status remove(YearMonth month);

private:
    Database& m_database;
};
