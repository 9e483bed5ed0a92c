#pragma once

class QSqlDatabase;
struct sqlite3;

/// The SQLite connection under a QSQLITE connection (for what Qt SQL does not offer: prepared statements kept
/// for reuse, the online backup API); null for another driver.
sqlite3* sqliteHandle(const QSqlDatabase& db);
