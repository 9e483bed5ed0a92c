#include "ActivityRepository.h"

#include "db/Query.h"

Status ActivityRepository::add(const Days& change)
{
    if (change.isEmpty())
        return {};
    Query upsert(
        m_database,
        QStringLiteral("INSERT INTO activity_day (day, disbursements, other_records) VALUES (?, ?, ?) "
                       "ON CONFLICT (day) DO UPDATE SET disbursements = disbursements + "
                       "excluded.disbursements, other_records = other_records + excluded.other_records"),
        Database::tr("recording the days with data"));
    Query prune(
        m_database,
        QStringLiteral("DELETE FROM activity_day WHERE day = ? AND disbursements = 0 AND other_records = 0"),
        Database::tr("recording the days with data"));
    for (auto it = change.cbegin(); it != change.cend(); ++it) {
        if (it.value() == DayCount())
            continue;
        upsert.bind(it.key()).bind(it.value().disbursements).bind(it.value().otherRecords);
        if (Status s = upsert.exec(); !s)
            return s;
        prune.bind(it.key());
        if (Status s = prune.exec(); !s)
            return s;
    }
    return {};
}

Result<DataSpan> ActivityRepository::span()
{
    Query query(m_database,
                QStringLiteral("SELECT (SELECT MIN(day) FROM activity_day WHERE disbursements > 0), "
                               "(SELECT MAX(day) FROM activity_day)"),
                Database::tr("finding the months with data"));
    if (Status s = query.exec(); !s)
        return s.error();
    DataSpan span;
    if (query.next()) {
        span.firstDisbursement = query.date(0);
        span.lastDay = query.date(1);
    }
    return span;
}

Result<ActivityRepository::Days> ActivityRepository::stored()
{
    Query query(m_database, QStringLiteral("SELECT day, disbursements, other_records FROM activity_day"),
                Database::tr("counting the records of each day"));
    if (Status s = query.exec(); !s)
        return s.error();
    Days days;
    while (query.next())
        days.insert(query.date(0), {query.integer(1), query.integer(2)});
    if (Status s = query.status(); !s)
        return s.error();
    return days;
}
