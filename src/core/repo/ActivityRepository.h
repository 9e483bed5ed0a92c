#pragma once

#include "Result.h"
#include "domain/DataSpan.h"

#include <QDate>
#include <QMap>

class Database;

/// How many dated records fall on each day (activity_day): the disbursements and the other records (entries,
/// reversals, moves). It gives the months with data without reading the large tables.
class ActivityRepository
{
public:
    explicit ActivityRepository(Database& database)
        : m_database(database)
    {}

    struct DayCount
    {
        qint64 disbursements = 0;
        qint64 otherRecords = 0;
        bool operator==(const DayCount&) const = default;
    };
    using Days = QMap<QDate, DayCount>;

    /// Adds @p change to the counts of its days (negative counts take records away); a day left with no
    /// record is removed.
    Status add(const Days& change);
    /// The first disbursement and the latest dated record.
    Result<DataSpan> span();
    /// The stored counts (for `check`, which counts the records again).
    Result<Days> stored();

    Database& m_database;
};
