#include "TransactionGuard.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

TransactionGuard::TransactionGuard(Database& database)
    : m_database(database)
{
    QSqlQuery query(m_database.connection());
    // IMMEDIATE takes the write lock at once, so two writers wait for each other instead of failing midway.
    const QString begin = m_database.isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (query.exec(begin))
        m_active = true;
    else
        m_status = m_database.errorFor(Database::tr("starting a transaction"), query.lastError().text());
}

TransactionGuard::~TransactionGuard()
{
    if (m_active)
        rollback();
}

Status TransactionGuard::commit()
{
    if (!m_active)
        return m_status.ok() ? Status(Error::unusable(Database::tr("no transaction to commit"))) : m_status;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const Status failed = m_database.errorFor(Database::tr("committing"), query.lastError().text());
        rollback();
        return failed;
    }
    m_active = false;
    return {};
}

void TransactionGuard::rollback()
{
    if (!m_active)
        return;
    QSqlQuery query(m_database.connection());
    query.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}
