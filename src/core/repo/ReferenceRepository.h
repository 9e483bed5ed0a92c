#pragma once

#include "Result.h"
#include "domain/Catalogue.h"

class Database;

/// The organisations and the program catalogue with its terms.
class ReferenceRepository
{
public:
    explicit ReferenceRepository(Database& database)
        : m_database(database)
    {}

    Result<Catalogue> catalogue();

private:
    Database& m_database;
};
