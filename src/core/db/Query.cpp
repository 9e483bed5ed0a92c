#include "Query.h"

#include "domain/Dates.h"
#include "domain/Money.h"

#include <QSqlError>

Query::Query(Database& database, const QString& statement, QString operation)
    : m_database(database)
    , m_query(database.connection())
    , m_operation(std::move(operation))
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(statement))
        m_prepareStatus = m_database.errorFor(m_operation, m_query.lastError().text());
}

Query& Query::bind(const QVariant& value)
{
    m_query.addBindValue(value);
    return *this;
}

Query& Query::bind(const QString& value)
{
    m_query.addBindValue(value);
    return *this;
}

Query& Query::bind(qint64 value)
{
    m_query.addBindValue(value);
    return *this;
}

Query& Query::bind(int value)
{
    m_query.addBindValue(value);
    return *this;
}

Query& Query::bind(const QDate& date)
{
    m_query.addBindValue(Dates::toIso(date));
    return *this;
}

Query& Query::bind(const std::optional<QDate>& date)
{
    m_query.addBindValue(date ? QVariant(Dates::toIso(*date)) : QVariant(QMetaType(QMetaType::QString)));
    return *this;
}

Query& Query::bind(Money amount)
{
    m_query.addBindValue(amount.dong());
    return *this;
}

Query& Query::bindNullableText(const QString& value)
{
    m_query.addBindValue(value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value));
    return *this;
}

Status Query::exec()
{
    if (!m_prepareStatus)
        return m_prepareStatus;
    if (!m_query.exec())
        return m_database.errorFor(m_operation, m_query.lastError().text());
    return {};
}

Money Query::money(int column) const
{
    return Money::fromDong(m_query.value(column).toLongLong());
}

QDate Query::date(int column) const
{
    return Dates::parseIso(m_query.value(column).toString()).value_or(QDate());
}

std::optional<QDate> Query::optionalDate(int column) const
{
    if (m_query.isNull(column))
        return std::nullopt;
    return Dates::parseIso(m_query.value(column).toString());
}

QString placeholders(qsizetype count)
{
    QString text;
    text.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i)
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return text;
}
