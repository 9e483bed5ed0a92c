#pragma once

#include "db/Database.h"

#include <QTemporaryDir>

#include <memory>

/// A new LoanDesk database with every migration applied, in a private temporary folder removed afterwards.
class TempDatabase
{
public:
    TempDatabase();

    Database& db() { return *m_database; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString dir() const { return m_dir.path(); }
    /// A path for another file in the same temporary folder.
    [[nodiscard]] QString filePath(const QString& name) const { return m_dir.filePath(name); }
    /// Closes the connection (e.g. before comparing the file's bytes or handing it to another process).
    void close() { m_database.reset(); }
    /// Opens it again.
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
};
