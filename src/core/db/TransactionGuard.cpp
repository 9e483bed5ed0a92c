#include "TransactionGuard.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

TransactionGuard::TransactionGuard(Database& database)
    : m_database(database)
    , m_level(database.m_transactionDepth)
{
    if (m_database.isReadOnly()) {
        m_status = m_database.readOnlyError();
        return;
    }
    QSqlQuery query(m_database.connection());
    // IMMEDIATE takes the write lock at once, so two writers wait for each other instead of failing midway,
    // and what a write reads to validate it cannot change before it commits.
    QString begin = m_database.isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (m_level > 0)
        begin = QStringLiteral("SAVEPOINT ") + savepointName();
    if (query.exec(begin)) {
        m_active = true;
        ++m_database.m_transactionDepth;
    } else {
        m_status = m_database.errorFor(Database::tr("starting a transaction"), query.lastError());
    }
}

TransactionGuard::~TransactionGuard()
{
    if (m_active)
        rollback();
}

QString TransactionGuard::savepointName() const
{
    return QStringLiteral("loandesk_%1").arg(m_level);
}

Status TransactionGuard::commit()
{
    if (!m_active)
        return m_status.ok() ? Status(Error::unusable(Database::tr("no transaction to commit"))) : m_status;
    QSqlQuery query(m_database.connection());
    const QString statement =
        m_level > 0 ? QStringLiteral("RELEASE ") + savepointName() : QStringLiteral("COMMIT");
    if (!query.exec(statement)) {
        const Status failed = m_database.errorFor(Database::tr("committing"), query.lastError());
        rollback();
        return failed;
    }
    m_active = false;
    --m_database.m_transactionDepth;
    return {};
}

void TransactionGuard::rollback()
{
    if (!m_active)
        return;
    QSqlQuery query(m_database.connection());
    if (m_level > 0) {
        query.exec(QStringLiteral("ROLLBACK TO ") + savepointName());
        query.exec(QStringLiteral("RELEASE ") + savepointName());
    } else {
        query.exec(QStringLiteral("ROLLBACK"));
    }
    m_active = false;
    --m_database.m_transactionDepth;
}
