#pragma once

#include "Result.h"

#include <QStringList>

class Database;

/// The file-level checks of `check`: SQLite's own integrity check and the foreign keys.
class HealthRepository
{
public:
    explicit HealthRepository(Database& database)
        : m_database(database)
    {}

    /// Problems reported by `PRAGMA integrity_check` (empty when the file is sound).
    Result<QStringList> integrityProblems();
    /// Rows whose reference points nowhere (`PRAGMA foreign_key_check`).
    Result<QStringList> foreignKeyProblems();
    /// `PRAGMA application_id`.
    Result<int> applicationId();

private:
    Database& m_database;
};
