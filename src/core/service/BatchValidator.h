#pragma once

#include "PostingBatch.h"
#include "Result.h"
#include "domain/Dates.h"

#include <QCoreApplication>

class Database;

/// The rules a batch must pass before it is written (domain.md §4 and §8), checked against the other rows of
/// the batch and against what the database holds, inside the transaction that will write it: keys are new and
/// unique, references exist, each record passes its rules, the rows of each loan and each borrower pass the
/// rules over all of them with what is stored, reversals name an entry that can be reversed, moves follow the
/// borrower's previous ones, and nothing is dated in a closed month. It also gives the next free entry
/// numbers to the entries that have none. Every problem is reported, not only the first.
class BatchValidator
{
    Q_DECLARE_TR_FUNCTIONS(BatchValidator)

public:
    /// @p closedThrough: the latest closed month (invalid: none).
    BatchValidator(Database& database, YearMonth closedThrough)
        : m_database(database)
        , m_closedThrough(closedThrough)
    {}

    /// Checks @p batch, numbering its entries; the problems found (empty: it may be written), or the error
    /// that prevented checking.
    Result<QList<RecordProblem>> validate(PostingBatch& batch);

    /// Sorts the problems of an import in import order: file by file, line by line (stable).
    static void sortInImportOrder(QList<RecordProblem>& problems);

    /// The refusal of something dated @p day when the month up to @p closedThrough is closed, naming the
    /// month.
    static QString closedMonthMessage(const QDate& day, YearMonth closedThrough);

private:
    Database& m_database;
    YearMonth m_closedThrough;
};
