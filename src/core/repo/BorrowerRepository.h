#pragma once

#include "Result.h"
#include "domain/Entities.h"
#include "report/BorrowerLine.h"
#include "report/PortfolioSelection.h"

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
    /// The borrowers a drill-down selection holds (its program is ignored), with the names of their commune
    /// and group, ascending by id. The figures of the lines are left at zero for the caller to fill.
    Result<QList<BorrowerLine>> select(const PortfolioSelection& selection);
    Status insert(const QList<Borrower>& borrowers);

private:
    Database& m_database;
};
