#pragma once

#include "Result.h"
#include "domain/Entities.h"
#include "validation/Validation.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

/// A problem with one record of a write, named as `FILE:LINE: field: message` for a row of an imported file,
/// or `field: message` for a form (no file).
struct RecordProblem
{
    QString file;
    int line = 0; ///< 0 when it concerns the whole file, or a record that comes from no file
    QString field;
    QString message;

    [[nodiscard]] QString toString() const;
};

/// The data files of the CSV format (csv.md), in import order.
namespace DataFiles {
inline const QString kCommunes = QStringLiteral("communes.csv");
inline const QString kGroups = QStringLiteral("groups.csv");
inline const QString kBorrowers = QStringLiteral("borrowers.csv");
inline const QString kMoves = QStringLiteral("moves.csv");
inline const QString kLoans = QStringLiteral("loans.csv");
inline const QString kSchedule = QStringLiteral("schedule.csv");
inline const QString kRepayments = QStringLiteral("repayments.csv");
inline const QString kSavings = QStringLiteral("savings.csv");
const QStringList& all();
} // namespace DataFiles

/// One record of a batch: its value, the line of the file it comes from (0: a form) and whether every field
/// could be read.
template <typename T>
struct BatchRow
{
    T value;
    int line = 0;
    bool usable = true;
};

/// New records to post together, in one transaction, through PortfolioService::post: an import (every file of
/// a folder) or what a form or a commune's transaction day enters. Entry numbers may be left at 0: the next
/// free numbers are given in the order of the rows.
struct PostingBatch
{
    QList<BatchRow<Commune>> communes;
    QList<BatchRow<Group>> groups;
    QList<BatchRow<Borrower>> borrowers;
    QList<BatchRow<Move>> moves;
    QList<BatchRow<Loan>> loans;
    QList<BatchRow<Installment>> installments;
    QList<BatchRow<Repayment>> repayments;
    QList<BatchRow<SavingsEntry>> savings;

    /// Whether the rows come from the files of a folder (problems name FILE:LINE) or from a form.
    bool fromFiles = false;
    /// Kinds of records whose file could not be read: references to them are not blamed on the rows that
    /// make them.
    QSet<ValidationContext::Kind> partial;
    /// Problems found while reading the rows (a field that is not a date, a misnamed file): the batch is
    /// refused with them and whatever else the rules find.
    QList<RecordProblem> readProblems;
    /// The communes and groups of an earlier part of the same import (BatchParts), written or not: rows of
    /// this part that refer to them are checked against them, and are not blamed for an earlier part's fault.
    QHash<QString, Commune> earlierCommunes;
    QHash<QString, Group> earlierGroups;
    /// Keys that rows of this part repeat from a row of another part of the same import (the key → that
    /// row's line): the key checks report them as repeated within the import, not as stored.
    QHash<QString, int> repeatedIdNumbers;
    QHash<qint64, int> repeatedRepaymentNos;
    QHash<qint64, int> repeatedSavingsNos;

    [[nodiscard]] bool isEmpty() const
    {
        return communes.isEmpty() && groups.isEmpty() && borrowers.isEmpty() && moves.isEmpty() &&
               loans.isEmpty() && installments.isEmpty() && repayments.isEmpty() && savings.isEmpty();
    }
    /// The file a problem with a row of @p file names: the file itself for an import, none for a form.
    [[nodiscard]] QString fileName(const QString& file) const { return fromFiles ? file : QString(); }
};

/// The records of one import too large to hold at once, given part by part to PortfolioService::postInParts.
/// Part 0 holds the communes and groups; each later part holds some borrowers with everything that hangs on
/// them (their moves, loans, schedules, repayments and savings entries), so that the rules over all the rows
/// of one loan or one borrower see them in one part, and what a part refers to is in it, in part 0 or stored.
/// Rows that share a key (a borrower id, a loan number) are in the same part, so that a repeated key is
/// reported as one batch would report it.
class BatchParts
{
public:
    virtual ~BatchParts() = default;
    /// Reads the records into parts, before the transaction that writes them begins (reading a large folder
    /// must not hold the write lock). Returns the number of parts.
    virtual Result<int> prepare() = 0;
    /// Told, inside the transaction, the highest entry numbers stored: entries without a number are numbered
    /// in row order from above them and every number the files give, as one batch would number them.
    virtual void numberFrom(qint64 maxRepayment, qint64 maxSavings) = 0;
    /// Part @p index (0 ≤ index < the number of parts).
    virtual Result<PostingBatch> part(int index) = 0;
};

/// How many records of each kind a batch added.
struct PostingCounts
{
    qsizetype communes = 0;
    qsizetype groups = 0;
    qsizetype borrowers = 0;
    qsizetype moves = 0;
    qsizetype loans = 0;
    qsizetype installments = 0;
    qsizetype repayments = 0;
    qsizetype savings = 0;

    PostingCounts& operator+=(const PostingCounts& other)
    {
        communes += other.communes;
        groups += other.groups;
        borrowers += other.borrowers;
        moves += other.moves;
        loans += other.loans;
        installments += other.installments;
        repayments += other.repayments;
        savings += other.savings;
        return *this;
    }
};
