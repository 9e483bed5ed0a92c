#pragma once

#include "Database.h"
#include "Result.h"

#include <QDate>
#include <QVariant>

#include <memory>
#include <optional>

class Money;

/// A prepared statement with bound values, used only inside the repository layer. Errors name the operation
/// and carry the driver's text.
///
/// On SQLite the statement runs through SQLite's own C interface on the connection Qt SQL opened (the same
/// connection, the same transaction): binding and reading values that way costs a fraction of QSqlQuery's
/// per-value QVariant handling, which matters when a write keeps a million month rows up to date. On any
/// other driver the statement runs through QSqlQuery.
class Query
{
public:
    Query(Database& database, const QString& statement, QString operation);
    ~Query();
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    Query& bind(const QString& value);
    Query& bind(qint64 value);
    Query& bind(int value);
    Query& bind(const QDate& date);
    Query& bind(const std::optional<QDate>& date);
    Query& bind(Money amount);
    /// Binds an empty text as NULL.
    Query& bindNullableText(const QString& value);
    Query& bindNull();
    /// Binds every value of @p values in order (the values of an IN list of placeholders()).
    template <typename List>
    Query& bindEach(const List& values)
    {
        for (const auto& value : values)
            bind(value);
        return *this;
    }

    /// Runs the statement with the values bound since the last exec.
    Status exec();
    /// Moves to the next result row; false at the end (or on an error, see status()).
    bool next();
    /// Releases the result of a SELECT before the statement is used again.
    void finish();
    /// An error met while stepping through rows.
    [[nodiscard]] const Status& status() const { return m_stepStatus; }

    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] qint64 integer(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] Money money(int column) const;
    [[nodiscard]] QDate date(int column) const;
    [[nodiscard]] std::optional<QDate> optionalDate(int column) const;

private:
    struct Backend;
    struct SqliteBackend;
    struct QtBackend;

    Database& m_database;
    QString m_operation;
    Status m_prepareStatus;
    Status m_stepStatus;
    std::unique_ptr<Backend> m_backend;
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
