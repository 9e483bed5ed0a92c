#pragma once

#include "Result.h"
#include "domain/Entities.h"
#include "report/BorrowerLine.h"
#include "report/PortfolioSelection.h"

#include <QHash>
#include <QList>
#include <QStringList>

class Database;

/// Borrowers (households and organisations) by the office's customer code. A stored borrower holds their
/// first membership (commune, group); later ones are moves (MoveRepository).
class BorrowerRepository
{
public:
    explicit BorrowerRepository(Database& database)
        : m_database(database)
    {}

    /// Every borrower, ascending by id.
    Result<QList<Borrower>> all();
    /// Every borrower's id, ascending.
    Result<QStringList> allIds();
    Result<QHash<QString, Borrower>> find(const QStringList& ids);
    /// The borrower id holding each of @p idNumbers that is stored, by id_number.
    Result<QHash<QString, QString>> idsByIdNumber(const QStringList& idNumbers);
    /// The borrowers who were ever in one of the given groups, from their registration or by a move,
    /// ascending.
    Result<QStringList> membersEver(const QStringList& groupCodes);
    /// The borrowers a drill-down selection holds at the end of @p day (its program is ignored), with their
    /// commune and group at that day and their names, ascending by id. The figures of the lines are left at
    /// zero for the caller to fill.
    Result<QList<BorrowerLine>> select(const PortfolioSelection& selection, const QDate& day);
    /// Whether the borrower has any loan, savings entry or move.
    Result<bool> hasHistory(const QString& id);
    Status insert(const QList<Borrower>& borrowers);
    /// Writes every field of the stored borrower with the same id.
    Status update(const Borrower& borrower);

private:
    Database& m_database;
};
