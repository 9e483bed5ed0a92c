#pragma once

#include "Result.h"
#include "domain/Entities.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

class Database;

/// Moves of borrowers to another group or commune from a date (domain.md §8). A move read back names the new
/// commune also for a group move (the group's commune).
class MoveRepository
{
public:
    explicit MoveRepository(Database& database)
        : m_database(database)
    {}

    /// The moves of the given borrowers, by borrower id, each list ascending by date.
    Result<QHash<QString, QList<Move>>> of(const QStringList& borrowerIds);
    /// Visits every move ordered by borrower id then date.
    Status forEach(const std::function<void(const Move&)>& visit);
    /// Whether any move is stored.
    Result<bool> any();
    /// Stores moves; a group move takes the group's commune.
    Status insert(const QList<Move>& moves);

private:
    Database& m_database;
};
