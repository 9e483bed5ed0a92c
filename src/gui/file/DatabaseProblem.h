#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

/// Why a file could not be opened as a LoanDesk database, in plain words for the person who chose it: what
/// is wrong and what to do. Told from the file itself (its SQLite header) and the error Database::open gave.
struct DatabaseProblem
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseProblem)

public:
    enum class Kind
    {
        Missing,     ///< no such file
        Unreadable,  ///< the file cannot be read (permissions, a folder, a device)
        NotLoanDesk, ///< not a SQLite file, or a SQLite file of another program
        Newer,       ///< written by a newer LoanDesk
        Locked,      ///< another program holds it locked
        ReadOnly,    ///< it can only be read here and needs an upgrade that would write it
        Corrupt,     ///< a LoanDesk file that cannot be used (damaged, or a failing upgrade)
        Exists,      ///< a new database was asked for where a file already is
        NotCreated,  ///< a new database could not be made there (a read-only folder, a full disk)
    };

    Kind kind = Kind::Corrupt;
    QString path;
    QString detail; ///< the technical message, shown under the explanation

    /// Looks at @p path to tell which problem @p error (from Database::open or create) was.
    static DatabaseProblem diagnose(const QString& path, const Error& error);
    /// Why a new database could not be created at @p path (Database::create's @p error).
    static DatabaseProblem ofCreation(const QString& path, const Error& error);

    /// One line: what is wrong.
    [[nodiscard]] QString title() const;
    /// What it means and what to do.
    [[nodiscard]] QString explanation() const;
};
