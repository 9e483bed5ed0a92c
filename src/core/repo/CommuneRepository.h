#pragma once

#include "Result.h"
#include "domain/Entities.h"

#include <QHash>
#include <QList>
#include <QStringList>

class Database;

/// Communes by their GSO code.
class CommuneRepository
{
public:
    explicit CommuneRepository(Database& database)
        : m_database(database)
    {}

    /// Every commune, ascending by code.
    Result<QList<Commune>> all();
    /// The communes among @p codes that are stored, by code.
    Result<QHash<QString, Commune>> find(const QStringList& codes);
    Status insert(const QList<Commune>& communes);
    /// Writes the name of the stored commune with the same code.
    Status update(const Commune& commune);

private:
    Database& m_database;
};
