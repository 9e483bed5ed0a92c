#include "ClosingRepository.h"

#include "db/Query.h"

Result<QList<ClosingRepository::ClosedMonth>> ClosingRepository::all()
{
    Query query(m_database, QStringLiteral("SELECT ym, closed_at, closed_by FROM closed_month ORDER BY ym"),
                Database::tr("reading the closed months"));
    if (Status s = query.exec(); !s)
        return s.error();
    QList<ClosedMonth> months;
    while (query.next())
        months.append({YearMonth::fromKey(static_cast<int>(query.integer(0))), query.text(1), query.text(2)});
    if (Status s = query.status(); !s)
        return s.error();
    return months;
}

Result<YearMonth> ClosingRepository::latest()
{
    Query query(m_database, QStringLiteral("SELECT MAX(ym) FROM closed_month"),
                Database::tr("reading the closed months"));
    if (Status s = query.exec(); !s)
        return s.error();
    if (!query.next() || query.isNull(0))
        return YearMonth();
    return YearMonth::fromKey(static_cast<int>(query.integer(0)));
}

Status ClosingRepository::insert(const ClosedMonth& closed)
{
    Query query(m_database,
                QStringLiteral("INSERT INTO closed_month (ym, closed_at, closed_by) VALUES (?, ?, ?)"),
                Database::tr("closing a month"));
    query.bind(closed.month.key()).bind(closed.closedAt).bind(closed.closedBy);
    return query.exec();
}

Status ClosingRepository::remove(YearMonth month)
{
    Query query(m_database, QStringLiteral("DELETE FROM closed_month WHERE ym = ?"),
                Database::tr("reopening a month"));
    query.bind(month.key());
    return query.exec();
}
