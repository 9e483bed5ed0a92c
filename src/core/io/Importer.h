#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

/// A problem found in an import, reported as `FILE:LINE: column: message`.
struct ImportProblem
{
    QString file;
    int line = 0; ///< 0 when it concerns the whole file
    QString column;
    QString message;

    [[nodiscard]] QString toString() const;
};

/// How many rows of each kind an import added.
struct ImportCounts
{
    qsizetype communes = 0;
    qsizetype groups = 0;
    qsizetype borrowers = 0;
    qsizetype loans = 0;
    qsizetype installments = 0;
    qsizetype repayments = 0;
    qsizetype savings = 0;
};

/// Loads a data set in the format of csv.md, all or nothing: every row of every file is checked against
/// domain.md §4, against the other files and against the database, and only when nothing fails is everything
/// written, in one transaction, together with the kept figures.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    explicit Importer(Database& database)
        : m_database(database)
    {}

    /// The files of a data set, in import order.
    static const QStringList& fileNames();

    /// Imports the folder @p directory. On refusal the error (kind Refused) lists every problem, one per
    /// line, and problems() holds them one by one; the database is left as it was.
    Result<ImportCounts> importFolder(const QString& directory);

    [[nodiscard]] const QList<ImportProblem>& problems() const { return m_problems; }

private:
    Database& m_database;
    QList<ImportProblem> m_problems;
};
