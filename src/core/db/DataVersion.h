#pragma once

#include "Result.h"

class Database;

/// `PRAGMA data_version` of the connection of @p database: a number that changes when another connection —
/// another LoanDesk window, `loandesk-cli import`, a thread of this program — commits a change to the file,
/// and stays the same for the changes this connection makes itself. Comparing two readings tells whether what
/// is shown may be out of date.
Result<qint64> readDataVersion(Database& database);
