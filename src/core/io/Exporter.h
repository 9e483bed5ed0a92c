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

    /// Writes the files into @p directory, creating it if needed; each file is replaced whole or not at all.
    Status exportTo(const QString& directory);

private:
    Database& m_database;
};
