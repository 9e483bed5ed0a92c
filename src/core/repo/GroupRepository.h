#pragma once

#include "Result.h"
#include "domain/Entities.h"

#include <QHash>
#include <QList>
#include <QStringList>

class Database;

/// Savings-and-loan groups by their code.
class GroupRepository
{
public:
    explicit GroupRepository(Database& database)
        : m_database(database)
    {}

    /// Every group, ascending by code.
    Result<QList<Group>> all();
    Result<QHash<QString, Group>> find(const QStringList& codes);
    Status insert(const QList<Group>& groups);
    /// Writes every field of the stored group with the same code.
    Status update(const Group& group);
    /// Whether anyone was ever a member of the group (from their registration or by a move).
    Result<bool> everHadMembers(const QString& code);

private:
    Database& m_database;
};
