#include "HealthRepository.h"

#include "db/Query.h"

Result<QStringList> HealthRepository::integrityProblems()
{
    Query query(m_database, QStringLiteral("PRAGMA integrity_check"), Database::tr("checking the file"));
    if (Status s = query.exec(); !s)
        return s.error();
    QStringList problems;
    while (query.next()) {
        if (query.text(0) != QStringLiteral("ok"))
            problems.append(query.text(0));
    }
    return problems;
}

Result<QStringList> HealthRepository::foreignKeyProblems()
{
    Query query(m_database, QStringLiteral("PRAGMA foreign_key_check"),
                Database::tr("checking the references"));
    if (Status s = query.exec(); !s)
        return s.error();
    QStringList problems;
    while (query.next())
        problems.append(Database::tr("row %1 of %2 refers to a missing row of %3")
                            .arg(query.text(1), query.text(0), query.text(2)));
    return problems;
}

Result<int> HealthRepository::applicationId()
{
    Query query(m_database, QStringLiteral("PRAGMA application_id"), Database::tr("reading the file type"));
    if (Status s = query.exec(); !s)
        return s.error();
    return query.next() ? static_cast<int>(query.integer(0)) : 0;
}
