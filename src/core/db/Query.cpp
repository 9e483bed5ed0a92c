#include "Query.h"
#include "SqliteHandle.h"

#include "domain/Dates.h"
#include "domain/Money.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <variant>
#include <vector>

namespace {

using Value = std::variant<std::monostate, qint64, QByteArray>;

} // namespace

struct Query::Backend
{
    virtual ~Backend() = default;
    std::vector<Value> values;
    virtual QString prepareError() const = 0;
    /// SQLite's result code of the last failure (0 when unknown).
    int errorCode = 0;
    virtual bool exec(QString& error) = 0;
    virtual bool next(QString& error) = 0;
    virtual void finish() = 0;
    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual QString text(int column) const = 0;
    virtual std::optional<QDate> date(int column) const { return Dates::parseIso(text(column)); }
};

struct Query::SqliteBackend final : Backend
{
    SqliteBackend(sqlite3* db, const QString& statement)
        : handle(db)
    {
        const QByteArray sql = statement.toUtf8();
        if (sqlite3_prepare_v3(handle, sql.constData(), static_cast<int>(sql.size()),
                               SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
            error = QString::fromUtf8(sqlite3_errmsg(handle));
            errorCode = sqlite3_extended_errcode(handle);
            stmt = nullptr;
        }
    }
    ~SqliteBackend() override { sqlite3_finalize(stmt); }

    QString prepareError() const override { return error; }

    bool exec(QString& message) override
    {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        for (std::size_t i = 0; i < values.size(); ++i) {
            const int index = static_cast<int>(i) + 1;
            const Value& value = values[i];
            if (const auto* number = std::get_if<qint64>(&value))
                sqlite3_bind_int64(stmt, index, *number);
            else if (const auto* bytes = std::get_if<QByteArray>(&value))
                sqlite3_bind_text(stmt, index, bytes->constData(), static_cast<int>(bytes->size()),
                                  SQLITE_TRANSIENT);
            else
                sqlite3_bind_null(stmt, index);
        }
        values.clear();
        const int rc = sqlite3_step(stmt);
        pendingRow = rc == SQLITE_ROW;
        if (rc == SQLITE_ROW || rc == SQLITE_DONE)
            return true;
        message = QString::fromUtf8(sqlite3_errmsg(handle));
        errorCode = rc;
        sqlite3_reset(stmt);
        return false;
    }

    bool next(QString& message) override
    {
        if (pendingRow) {
            pendingRow = false;
            return true;
        }
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE && rc != SQLITE_MISUSE) {
            message = QString::fromUtf8(sqlite3_errmsg(handle));
            errorCode = rc;
        }
        return false;
    }

    void finish() override
    {
        pendingRow = false;
        sqlite3_reset(stmt);
    }

    bool isNull(int column) const override { return sqlite3_column_type(stmt, column) == SQLITE_NULL; }
    qint64 integer(int column) const override { return sqlite3_column_int64(stmt, column); }
    QString text(int column) const override
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
        return data ? QString::fromUtf8(data, sqlite3_column_bytes(stmt, column)) : QString();
    }
    // Dates are read millions of times by a check or an ageing: parsed from the stored bytes directly.
    std::optional<QDate> date(int column) const override
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
        return Dates::parseIso(data, sqlite3_column_bytes(stmt, column));
    }

    sqlite3* handle = nullptr;
    sqlite3_stmt* stmt = nullptr;
    QString error;
    bool pendingRow = false;
};

struct Query::QtBackend final : Backend
{
    QtBackend(const QSqlDatabase& db, const QString& statement)
        : query(db)
    {
        query.setForwardOnly(true);
        if (!query.prepare(statement)) {
            error = query.lastError().text();
            errorCode = query.lastError().nativeErrorCode().toInt();
        }
    }

    QString prepareError() const override { return error; }

    bool exec(QString& message) override
    {
        for (const Value& value : values) {
            if (const auto* number = std::get_if<qint64>(&value))
                query.addBindValue(*number);
            else if (const auto* bytes = std::get_if<QByteArray>(&value))
                query.addBindValue(QString::fromUtf8(*bytes));
            else
                query.addBindValue(QVariant(QMetaType(QMetaType::QString)));
        }
        values.clear();
        if (query.exec())
            return true;
        message = query.lastError().text();
        errorCode = query.lastError().nativeErrorCode().toInt();
        return false;
    }

    bool next(QString& message) override
    {
        if (query.next())
            return true;
        if (query.lastError().isValid()) {
            message = query.lastError().text();
            errorCode = query.lastError().nativeErrorCode().toInt();
        }
        errorCode = query.lastError().nativeErrorCode().toInt();
        return false;
    }

    void finish() override { query.finish(); }
    bool isNull(int column) const override { return query.isNull(column); }
    qint64 integer(int column) const override { return query.value(column).toLongLong(); }
    QString text(int column) const override { return query.value(column).toString(); }

    QSqlQuery query;
    QString error;
};

Query::Query(Database& database, const QString& statement, QString operation)
    : m_database(database)
    , m_operation(std::move(operation))
{
    const QSqlDatabase connection = database.connection();
    if (sqlite3* handle = sqliteHandle(connection))
        m_backend = std::make_unique<SqliteBackend>(handle, statement);
    else
        m_backend = std::make_unique<QtBackend>(connection, statement);
    if (const QString error = m_backend->prepareError(); !error.isEmpty())
        m_prepareStatus = m_database.errorFor(m_operation, error, m_backend->errorCode);
}

Query::~Query() = default;

Query& Query::bind(const QString& value)
{
    m_backend->values.emplace_back(value.toUtf8());
    return *this;
}

Query& Query::bind(qint64 value)
{
    m_backend->values.emplace_back(value);
    return *this;
}

Query& Query::bind(int value)
{
    m_backend->values.emplace_back(qint64(value));
    return *this;
}

Query& Query::bind(const QDate& date)
{
    // YYYY-MM-DD written directly: dates are bound by the million when a large folder is imported.
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 1 || year > 9999)
        return bind(Dates::toIso(date));
    QByteArray text(10, '-');
    char* out = text.data();
    out[0] = char('0' + year / 1000);
    out[1] = char('0' + year / 100 % 10);
    out[2] = char('0' + year / 10 % 10);
    out[3] = char('0' + year % 10);
    out[5] = char('0' + month / 10);
    out[6] = char('0' + month % 10);
    out[8] = char('0' + day / 10);
    out[9] = char('0' + day % 10);
    m_backend->values.emplace_back(std::move(text));
    return *this;
}

Query& Query::bind(const std::optional<QDate>& date)
{
    return date ? bind(*date) : bindNull();
}

Query& Query::bind(Money amount)
{
    return bind(amount.dong());
}

Query& Query::bindNullableText(const QString& value)
{
    return value.isEmpty() ? bindNull() : bind(value);
}

Query& Query::bindNull()
{
    m_backend->values.emplace_back(std::monostate());
    return *this;
}

Status Query::exec()
{
    if (!m_prepareStatus) {
        m_backend->values.clear();
        return m_prepareStatus;
    }
    m_stepStatus = Status();
    QString error;
    if (!m_backend->exec(error))
        return m_database.errorFor(m_operation, error, m_backend->errorCode);
    return {};
}

bool Query::next()
{
    if (!m_prepareStatus)
        return false;
    QString error;
    if (m_backend->next(error))
        return true;
    if (!error.isEmpty())
        m_stepStatus = m_database.errorFor(m_operation, error, m_backend->errorCode);
    return false;
}

void Query::finish()
{
    m_backend->finish();
}

QString Query::text(int column) const
{
    return m_backend->text(column);
}

qint64 Query::integer(int column) const
{
    return m_backend->integer(column);
}

bool Query::isNull(int column) const
{
    return m_backend->isNull(column);
}

Money Query::money(int column) const
{
    return Money::fromDong(m_backend->integer(column));
}

QDate Query::date(int column) const
{
    return m_backend->date(column).value_or(QDate());
}

std::optional<QDate> Query::optionalDate(int column) const
{
    if (m_backend->isNull(column))
        return std::nullopt;
    return m_backend->date(column);
}

QString placeholders(qsizetype count)
{
    QString text;
    text.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i)
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return text;
}
