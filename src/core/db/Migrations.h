#pragma once

#include "Result.h"

class Database;

/// The numbered, append-only schema migrations. Version N is the state after step N; the version of a file is
/// kept in `PRAGMA user_version`. Each step runs in its own transaction, so a failed step leaves the file at
/// the previous version. Steps are never edited once released: a change to the schema is a new step.
namespace Migrations {

int latestVersion();
/// Runs every step above the file's version, up to @p target (by default the latest).
Status migrate(Database& database, int target = -1);

} // namespace Migrations
