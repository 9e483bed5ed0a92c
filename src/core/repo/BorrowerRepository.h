#pragma once

#include "Result.h"
#include "domain/Entities.h"

#include <QHash>
#include <QList>
#include <QStringList>

class Database;

/// Borrowers (households and organisations) by the office's customer code.
class BorrowerRepository
{
public:
    explicit BorrowerRepository(Database& database)
        : m_database(database)
    {}

    /// Every borrower, ascending by id.
    Result<QList<Borrower>> all();
    Result<QHash<QString, Borrower>> find(const QStringList& ids);
    /// The borrower id holding each of @p idNumbers that is stored, by id_number.
    Result<QHash<QString, QString>> idsByIdNumber(const QStringList& idNumbers);
    /// The groups the given borrowers belong to (borrowers in no group are left out), ascending.
    Result<QStringList> groupCodesOf(const QStringList& ids);
    Status insert(const QList<Borrower>& borrowers);

private:
    Database& m_database;
};
