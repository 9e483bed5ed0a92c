#pragma once

#include "Result.h"
#include "domain/OfficeSettings.h"

class Database;

/// Reads and writes the office's settings (table office_setting, one row per key).
class OfficeSettingsRepository
{
public:
    explicit OfficeSettingsRepository(Database& database)
        : m_database(database)
    {}

    Result<OfficeSettings> load();
    /// Writes the texts of @p settings (an empty text removes its key); the demonstration mark is not
    /// touched.
    Status saveTexts(const OfficeSettings& settings);
    /// Marks the database as holding the demonstration portfolio.
    Status markDemonstration();

private:
    Status put(const QString& key, const QString& value);

    Database& m_database;
};
