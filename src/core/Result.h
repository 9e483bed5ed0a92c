#pragma once

#include <QString>

#include <utility>
#include <variant>

/// What went wrong, in plain words, and of which kind (the CLI maps the kind to its exit status).
struct Error
{
    enum class Kind
    {
        Usage,    ///< the request itself is malformed (bad month, unknown option)
        Refused,  ///< the data was refused (validation failed, invariants violated)
        Unusable, ///< the database cannot be used (missing, not LoanDesk, too new, locked, corrupt)
        Io,       ///< a file other than the database could not be read or written
    };

    /// What the storage reported, told from SQLite's own error code (never from its wording), so that a
    /// locked, read-only or full file is never mistaken for one that is not a LoanDesk database.
    enum class Cause
    {
        None,         ///< not a storage failure (or one without a more precise cause)
        Busy,         ///< another program held the lock past the busy timeout (SQLITE_BUSY, SQLITE_LOCKED)
        ReadOnly,     ///< the file or its folder cannot be written (SQLITE_READONLY, or opened read-only)
        DiskIo,       ///< the disk failed to read or write (SQLITE_IOERR)
        Corrupt,      ///< the file's pages are damaged (SQLITE_CORRUPT, a failed quick check)
        Full,         ///< the disk or the database's page limit is full (SQLITE_FULL)
        CannotOpen,   ///< the file cannot be opened at all (SQLITE_CANTOPEN)
        NotADatabase, ///< not a SQLite file (SQLITE_NOTADB)
        Stale,        ///< an edit based on a version of a record that was changed since
    };

    Kind kind = Kind::Unusable;
    QString message;
    Cause cause = Cause::None;

    static Error usage(QString message) { return {Kind::Usage, std::move(message)}; }
    static Error refused(QString message) { return {Kind::Refused, std::move(message)}; }
    static Error unusable(QString message) { return {Kind::Unusable, std::move(message)}; }
    static Error io(QString message) { return {Kind::Io, std::move(message)}; }
    static Error storage(Cause cause, QString message) { return {Kind::Unusable, std::move(message), cause}; }
};

/// A value or the error that prevented it. No exception crosses a layer boundary in LoanDesk.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] T& value() & { return std::get<T>(m_state); }
    [[nodiscard]] const T& value() const& { return std::get<T>(m_state); }
    [[nodiscard]] T&& value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    [[nodiscard]] const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// Success or an error, for operations without a value.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {}
    static Status success() { return {}; }

    [[nodiscard]] bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};
