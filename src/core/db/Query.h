#pragma once

#include "Database.h"
#include "Result.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

class Money;

/// A prepared, forward-only statement with bound values, used only inside the repository layer. Errors name
/// the operation and carry the driver's text.
class Query
{
public:
    Query(Database& database, const QString& statement, QString operation);

    Query& bind(const QVariant& value);
    Query& bind(const QString& value);
    Query& bind(qint64 value);
    Query& bind(int value);
    Query& bind(const QDate& date);
    Query& bind(const std::optional<QDate>& date);
    Query& bind(Money amount);
    /// Binds an empty text as NULL.
    Query& bindNullableText(const QString& value);

    /// Runs the statement with the values bound since the last exec.
    Status exec();
    bool next() { return m_query.next(); }
    /// Releases the result of a SELECT before the statement is used again.
    void finish() { m_query.finish(); }

    [[nodiscard]] QString text(int column) const { return m_query.value(column).toString(); }
    [[nodiscard]] qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    [[nodiscard]] bool isNull(int column) const { return m_query.isNull(column); }
    [[nodiscard]] Money money(int column) const;
    [[nodiscard]] QDate date(int column) const;
    [[nodiscard]] std::optional<QDate> optionalDate(int column) const;
    [[nodiscard]] QVariant lastInsertId() const { return m_query.lastInsertId(); }

private:
    Database& m_database;
    QSqlQuery m_query;
    QString m_operation;
    Status m_prepareStatus;
};

/// `?, ?, ?` for an IN list of @p count values.
QString placeholders(qsizetype count);

/// Calls @p body with consecutive slices of @p items of at most @p size elements (bounded IN lists).
template <typename List, typename Body>
Status forEachChunk(const List& items, qsizetype size, Body body)
{
    for (qsizetype start = 0; start < items.size(); start += size) {
        if (Status s = body(items.mid(start, size)); !s)
            return s;
    }
    return {};
}
