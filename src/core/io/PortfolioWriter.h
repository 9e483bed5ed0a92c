#pragma once

#include "Result.h"
#include "domain/PortfolioData.h"

class Database;

/// Writes a batch of checked records in one transaction together with the kept figures they change. Nothing
/// is written when any step fails.
class PortfolioWriter
{
public:
    explicit PortfolioWriter(Database& database)
        : m_database(database)
    {}

    Status write(const PortfolioData& data);

private:
    Database& m_database;
};
