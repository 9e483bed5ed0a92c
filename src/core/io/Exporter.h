#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

class Database;

/// Writes the whole portfolio as a data set in the canonical form of csv.md: all eight files, every column,
/// rows ordered by key, amounts as plain integers and dates as YYYY-MM-DD. Every entry is written with its
/// entry number, reversed entries and reversals included, and every move. Importing the result into an empty
/// database reproduces every figure of every month and every ledger.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    explicit Exporter(Database& database)
        : m_database(database)
    {}

    /// Writes the files into @p directory, creating it if needed: all of them or, on failure, none (they are
    /// written into a temporary folder beside it and moved into place at the end).
    Status exportTo(const QString& directory);

private:
    Status writeFiles(const QString& directory);

    Database& m_database;
};
