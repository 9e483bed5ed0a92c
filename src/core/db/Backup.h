#pragma once

#include "Result.h"

class Database;

/// Writes a consistent copy of the database to @p target (a new file), also while another program has the
/// database open and writes to it: the copy is the state of one moment (`VACUUM INTO` on a read transaction).
Status backupDatabase(Database& database, const QString& target);
