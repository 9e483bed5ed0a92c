#include "TotalColumns.h"

#include "db/Query.h"

namespace TotalColumns {

const QStringList& names()
{
    static const QStringList columns = {QStringLiteral("borrowers"),
                                        QStringLiteral("loans"),
                                        QStringLiteral("outstanding_start"),
                                        QStringLiteral("disbursed"),
                                        QStringLiteral("collected_principal"),
                                        QStringLiteral("collected_interest"),
                                        QStringLiteral("outstanding_end"),
                                        QStringLiteral("overdue"),
                                        QStringLiteral("frozen"),
                                        QStringLiteral("overdue_1_30"),
                                        QStringLiteral("overdue_31_90"),
                                        QStringLiteral("overdue_91_180"),
                                        QStringLiteral("overdue_181_360"),
                                        QStringLiteral("overdue_over_360")};
    return columns;
}

QString plain()
{
    QStringList columns;
    for (const QString& column : names())
        columns << QStringLiteral("t.") + column;
    return columns.join(QStringLiteral(", "));
}

Figures read(const Query& query, int first)
{
    Figures f;
    f.borrowers = query.integer(first);
    f.loans = query.integer(first + 1);
    f.outstandingStart = query.money(first + 2);
    f.disbursed = query.money(first + 3);
    f.collectedPrincipal = query.money(first + 4);
    f.collectedInterest = query.money(first + 5);
    f.outstandingEnd = query.money(first + 6);
    f.overdue = query.money(first + 7);
    f.frozen = query.money(first + 8);
    for (int i = 0; i < kAgeBucketCount; ++i)
        f.ageing[static_cast<std::size_t>(i)] = query.money(first + 9 + i);
    return f;
}

void bind(Query& query, const Figures& f)
{
    query.bind(f.borrowers)
        .bind(f.loans)
        .bind(f.outstandingStart)
        .bind(f.disbursed)
        .bind(f.collectedPrincipal)
        .bind(f.collectedInterest)
        .bind(f.outstandingEnd)
        .bind(f.overdue)
        .bind(f.frozen);
    query.bindEach(f.ageing);
}

} // namespace TotalColumns
