#include "KeyIds.h"

KeyIds::KeyIds(Database& database, const QString& statement, QString operation)
    : m_query(database, statement, std::move(operation))
{}

Result<std::optional<qint64>> KeyIds::of(const QString& code)
{
    if (m_hasLast && code == m_lastCode)
        return m_lastId;
    m_query.bind(code);
    if (Status s = m_query.exec(); !s)
        return s.error();
    std::optional<qint64> id;
    if (m_query.next())
        id = m_query.integer(0);
    if (!m_query.status())
        return m_query.status().error();
    m_query.finish();
    m_hasLast = true;
    m_lastCode = code;
    m_lastId = id;
    return id;
}
