#include "BatchValidator.h"

#include "domain/Dates.h"
#include "domain/FieldLimits.h"
#include "repo/BorrowerRepository.h"
#include "repo/CommuneRepository.h"
#include "repo/GroupRepository.h"
#include "repo/LoanRepository.h"
#include "repo/MoveRepository.h"
#include "repo/ReferenceRepository.h"
#include "repo/RepaymentRepository.h"
#include "repo/SavingsRepository.h"
#include "validation/RecordSet.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

template <typename T, typename KeyOf>
QStringList keysOf(const QList<BatchRow<T>>& rows, KeyOf key)
{
    QSet<QString> keys;
    for (const BatchRow<T>& row : rows) {
        const QString k = key(row.value);
        if (!k.isEmpty())
            keys.insert(k);
    }
    QStringList list(keys.cbegin(), keys.cend());
    std::sort(list.begin(), list.end());
    return list;
}

/// Checks the rows of each key (a loan, a borrower) that @p batch touches, its @p stored rows first and the
/// usable new ones after them in row order; @p check names its problems by row index, reported here against
/// the new row's line of @p file (a stored row counts as line 0).
template <typename T, typename KeyOf, typename Check>
void checkPerKey(const QList<T>& stored, const QList<BatchRow<T>>& rows, KeyOf keyOf, const QString& file,
                 QList<RecordProblem>& problems, Check check)
{
    QHash<QString, QList<T>> byKey;
    QHash<QString, QList<int>> lines; // line of each row; 0: stored
    QHash<QString, QList<bool>> isNew;
    for (const T& value : stored) {
        byKey[keyOf(value)].append(value);
        lines[keyOf(value)].append(0);
        isNew[keyOf(value)].append(false);
    }
    QSet<QString> touched;
    for (const BatchRow<T>& row : rows) {
        if (!row.usable)
            continue;
        const QString key = keyOf(row.value);
        byKey[key].append(row.value);
        lines[key].append(row.line);
        isNew[key].append(true);
        touched.insert(key);
    }
    QStringList ordered(touched.cbegin(), touched.cend());
    std::sort(ordered.begin(), ordered.end());
    for (const QString& key : std::as_const(ordered)) {
        const QList<int>& rowLines = lines[key];
        for (const auto& problem : check(key, byKey[key], isNew[key]))
            problems.append({file, rowLines[problem.index], problem.problem.field, problem.problem.message});
    }
}

/// Key uniqueness: unique within the batch and not stored yet.
class KeyCheck
{
public:
    KeyCheck(QList<RecordProblem>& problems)
        : m_problems(problems)
    {}

    bool operator()(const QString& file, int line, const QString& column, const QString& key, bool stored)
    {
        if (key.isEmpty())
            return true;
        if (stored) {
            m_problems.append(
                {file, line, column,
                 BatchValidator::tr("%1 is already in the database").arg(FieldLimits::shortened(key))});
            return false;
        }
        if (const auto it = m_seen.constFind(key); it != m_seen.cend()) {
            m_problems.append(
                {file, line, column,
                 *it > 0 ? BatchValidator::tr("%1 appears again (first on line %2)")
                               .arg(FieldLimits::shortened(key))
                               .arg(*it)
                         : BatchValidator::tr("%1 appears twice").arg(FieldLimits::shortened(key))});
            return false;
        }
        m_seen.insert(key, line);
        return true;
    }
    void reset() { m_seen.clear(); }
    /// Makes @p key as seen first on @p line (a row of another part of the same import).
    void seed(const QHash<QString, int>& firstLines)
    {
        for (auto it = firstLines.cbegin(); it != firstLines.cend(); ++it)
            m_seen.insert(it.key(), it.value());
    }

private:
    QList<RecordProblem>& m_problems;
    QHash<QString, int> m_seen;
};

/// Gives every entry without a number the next free one, in row order, after checking the given ones.
/// @p repeated: numbers first given by a row of another part of the same import (→ its line), which count
/// as seen in this batch, not as stored.
template <typename T>
void numberEntries(QList<BatchRow<T>>& rows, qint64 storedMax, const QHash<qint64, T>& storedGiven,
                   const QHash<qint64, int>& repeated, const QString& file, QList<RecordProblem>& problems)
{
    qint64 next = storedMax;
    QHash<qint64, int> seen = repeated;
    for (BatchRow<T>& row : rows) {
        const qint64 entryNo = row.value.entryNo;
        if (entryNo <= 0)
            continue;
        next = std::max(next, entryNo);
        if (storedGiven.contains(entryNo) && !repeated.contains(entryNo)) {
            problems.append({file, row.line, QStringLiteral("entry_no"),
                             BatchValidator::tr("no. %1 is already in the database").arg(entryNo)});
            row.usable = false;
        } else if (const auto it = seen.constFind(entryNo); it != seen.cend()) {
            problems.append(
                {file, row.line, QStringLiteral("entry_no"),
                 BatchValidator::tr("no. %1 appears again (first on line %2)").arg(entryNo).arg(*it)});
            row.usable = false;
        } else {
            seen.insert(entryNo, row.line);
        }
    }
    for (BatchRow<T>& row : rows) {
        if (row.value.entryNo <= 0)
            row.value.entryNo = ++next;
    }
}

/// The reversal rules of domain.md §8 over the rows of one kind: the entry named exists (in the batch or
/// stored) and matches, and it is reversed once only.
template <typename T>
void checkReversals(QList<BatchRow<T>>& rows, const QHash<qint64, T>& stored,
                    const QHash<qint64, qint64>& storedReversals, const QString& file,
                    QList<RecordProblem>& problems)
{
    QHash<qint64, qsizetype> inBatch;
    for (qsizetype i = 0; i < rows.size(); ++i)
        inBatch.insert(rows[i].value.entryNo, i);
    QHash<qint64, int> reversedIn;
    for (BatchRow<T>& row : rows) {
        if (!row.value.isReversal())
            continue;
        const T* original = nullptr;
        if (const auto it = inBatch.constFind(row.value.reverses); it != inBatch.cend()) {
            const BatchRow<T>& named = rows[*it];
            if (!named.usable) {
                row.usable = false; // its own problem is reported; this one would only repeat it
                continue;
            }
            original = &named.value;
        } else if (const auto found = stored.constFind(row.value.reverses); found != stored.cend()) {
            original = &*found;
        }
        const FieldProblems found = Validation::checkReversal(row.value, original);
        for (const FieldProblem& problem : found)
            problems.append({file, row.line, problem.field, problem.message});
        if (!found.isEmpty()) {
            row.usable = false;
            continue;
        }
        if (const auto it = storedReversals.constFind(row.value.reverses); it != storedReversals.cend()) {
            problems.append(
                {file, row.line, QStringLiteral("reverses"),
                 BatchValidator::tr("entry no. %1 is reversed already, by no. %2; an entry is reversed "
                                    "once only")
                     .arg(row.value.reverses)
                     .arg(*it)});
            row.usable = false;
        } else if (const auto again = reversedIn.constFind(row.value.reverses); again != reversedIn.cend()) {
            problems.append(
                {file, row.line, QStringLiteral("reverses"),
                 BatchValidator::tr("entry no. %1 is reversed again (first on line %2); an entry is "
                                    "reversed once only")
                     .arg(row.value.reverses)
                     .arg(*again)});
            row.usable = false;
        } else {
            reversedIn.insert(row.value.reverses, row.line);
        }
    }
}

template <typename T>
QList<qint64> namedEntries(const QList<BatchRow<T>>& rows)
{
    QList<qint64> numbers;
    for (const BatchRow<T>& row : rows) {
        if (row.value.entryNo > 0)
            numbers.append(row.value.entryNo);
        if (row.value.isReversal())
            numbers.append(row.value.reverses);
    }
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    return numbers;
}

} // namespace

QString RecordProblem::toString() const
{
    QString text = file;
    if (line > 0)
        text += u':' + QString::number(line);
    if (!field.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(": ")) + field;
    return text + (text.isEmpty() ? QString() : QStringLiteral(": ")) + message;
}

const QStringList& DataFiles::all()
{
    static const QStringList names = {kCommunes, kGroups,   kBorrowers,  kMoves,
                                      kLoans,    kSchedule, kRepayments, kSavings};
    return names;
}

QString BatchValidator::closedMonthMessage(const QDate& day, YearMonth closedThrough)
{
    return tr("%1 falls in %2, a closed month: nothing dated on or before %3 can be posted or changed; post "
              "a "
              "reversal or a new entry dated in an open month instead")
        .arg(MessageWording::date(day), YearMonth::fromDate(day).toDisplayString(),
             Dates::toDisplay(closedThrough.lastDay()));
}

Result<QList<RecordProblem>> BatchValidator::validate(PostingBatch& batch)
{
    QList<RecordProblem> problems = batch.readProblems;
    const QString communeFile = batch.fileName(DataFiles::kCommunes);
    const QString groupFile = batch.fileName(DataFiles::kGroups);
    const QString borrowerFile = batch.fileName(DataFiles::kBorrowers);
    const QString moveFile = batch.fileName(DataFiles::kMoves);
    const QString loanFile = batch.fileName(DataFiles::kLoans);
    const QString scheduleFile = batch.fileName(DataFiles::kSchedule);
    const QString repaymentFile = batch.fileName(DataFiles::kRepayments);
    const QString savingsFile = batch.fileName(DataFiles::kSavings);

    // What the batch refers to that may be stored already.
    RecordSet context;
    context.partial = batch.partial;
    auto catalogue = ReferenceRepository(m_database).catalogue();
    if (!catalogue)
        return catalogue.error();
    context.setCatalogue(std::move(catalogue).value());

    BorrowerRepository borrowerRepo(m_database);
    LoanRepository loanRepo(m_database);
    RepaymentRepository repaymentRepo(m_database);
    SavingsRepository savingsRepo(m_database);

    QStringList communeCodes = keysOf(batch.communes, [](const Commune& c) { return c.code; });
    communeCodes += keysOf(batch.groups, [](const Group& g) { return g.communeCode; });
    communeCodes += keysOf(batch.borrowers, [](const Borrower& b) { return b.communeCode; });
    communeCodes += keysOf(batch.moves, [](const Move& m) { return m.communeCode; });
    auto storedCommunes = CommuneRepository(m_database).find(communeCodes);
    if (!storedCommunes)
        return storedCommunes.error();

    QStringList groupCodes = keysOf(batch.groups, [](const Group& g) { return g.code; });
    groupCodes += keysOf(batch.borrowers, [](const Borrower& b) { return b.groupCode; });
    groupCodes += keysOf(batch.moves, [](const Move& m) { return m.groupCode; });
    auto storedGroups = GroupRepository(m_database).find(groupCodes);
    if (!storedGroups)
        return storedGroups.error();

    QStringList borrowerIds = keysOf(batch.borrowers, [](const Borrower& b) { return b.id; });
    borrowerIds += keysOf(batch.loans, [](const Loan& l) { return l.borrowerId; });
    borrowerIds += keysOf(batch.savings, [](const SavingsEntry& s) { return s.borrowerId; });
    borrowerIds += keysOf(batch.moves, [](const Move& m) { return m.borrowerId; });
    auto storedBorrowers = borrowerRepo.find(borrowerIds);
    if (!storedBorrowers)
        return storedBorrowers.error();
    auto storedIdNumbers =
        borrowerRepo.idsByIdNumber(keysOf(batch.borrowers, [](const Borrower& b) { return b.idNumber; }));
    if (!storedIdNumbers)
        return storedIdNumbers.error();

    QStringList loanNos = keysOf(batch.loans, [](const Loan& l) { return l.loanNo; });
    loanNos += keysOf(batch.installments, [](const Installment& i) { return i.loanNo; });
    loanNos += keysOf(batch.repayments, [](const Repayment& r) { return r.loanNo; });
    auto storedLoans = loanRepo.find(loanNos);
    if (!storedLoans)
        return storedLoans.error();

    context.communes = *storedCommunes;
    context.groups = *storedGroups;
    for (auto it = batch.earlierCommunes.cbegin(); it != batch.earlierCommunes.cend(); ++it)
        context.communes.insert(it.key(), it.value());
    for (auto it = batch.earlierGroups.cbegin(); it != batch.earlierGroups.cend(); ++it)
        context.groups.insert(it.key(), it.value());
    context.borrowers = *storedBorrowers;
    context.loans = *storedLoans;

    // Keys: unique within the batch and not stored yet. Every row with a key is known to the context, even a
    // broken one, so that rows referring to it are not blamed for its fault.
    KeyCheck checkKey(problems);
    for (BatchRow<Commune>& row : batch.communes) {
        row.usable &= checkKey(communeFile, row.line, QStringLiteral("code"), row.value.code,
                               storedCommunes->contains(row.value.code));
        context.communes.insert(row.value.code, row.value);
    }
    checkKey.reset();
    for (BatchRow<Group>& row : batch.groups) {
        row.usable &= checkKey(groupFile, row.line, QStringLiteral("code"), row.value.code,
                               storedGroups->contains(row.value.code));
        context.groups.insert(row.value.code, row.value);
    }
    checkKey.reset();
    KeyCheck checkIdNumber(problems);
    checkIdNumber.seed(batch.repeatedIdNumbers);
    for (BatchRow<Borrower>& row : batch.borrowers) {
        row.usable &= checkKey(borrowerFile, row.line, QStringLiteral("id"), row.value.id,
                               storedBorrowers->contains(row.value.id));
        row.usable &= checkIdNumber(borrowerFile, row.line, QStringLiteral("id_number"), row.value.idNumber,
                                    storedIdNumbers->contains(row.value.idNumber) &&
                                        !batch.repeatedIdNumbers.contains(row.value.idNumber));
        context.borrowers.insert(row.value.id, row.value);
    }
    checkKey.reset();
    for (BatchRow<Loan>& row : batch.loans) {
        row.usable &= checkKey(loanFile, row.line, QStringLiteral("loan_no"), row.value.loanNo,
                               storedLoans->contains(row.value.loanNo));
        context.loans.insert(row.value.loanNo, row.value);
    }

    // Stored rows of what the batch adds to.
    QStringList storedLoanNos;
    for (const QString& loanNo : std::as_const(loanNos)) {
        if (storedLoans->contains(loanNo))
            storedLoanNos.append(loanNo);
    }
    auto storedInstallments = loanRepo.installmentsOf(storedLoanNos);
    if (!storedInstallments)
        return storedInstallments.error();
    auto storedRepayments = repaymentRepo.of(storedLoanNos);
    if (!storedRepayments)
        return storedRepayments.error();
    QStringList storedSaverIds;
    for (const QString& id : keysOf(batch.savings, [](const SavingsEntry& s) { return s.borrowerId; })) {
        if (storedBorrowers->contains(id))
            storedSaverIds.append(id);
    }
    auto storedSavings = savingsRepo.of(storedSaverIds);
    if (!storedSavings)
        return storedSavings.error();
    QStringList storedMoverIds;
    for (const QString& id : keysOf(batch.moves, [](const Move& m) { return m.borrowerId; })) {
        if (storedBorrowers->contains(id))
            storedMoverIds.append(id);
    }
    auto storedMoves = MoveRepository(m_database).of(storedMoverIds);
    if (!storedMoves)
        return storedMoves.error();

    QSet<QString> storedDueKeys;
    for (const Installment& installment : std::as_const(*storedInstallments))
        storedDueKeys.insert(installment.loanNo + u'|' + Dates::toIso(installment.dueOn));
    QHash<QString, int> seenDue;
    for (BatchRow<Installment>& row : batch.installments) {
        const QString key = row.value.loanNo + u'|' + Dates::toIso(row.value.dueOn);
        if (row.value.loanNo.isEmpty() || !row.value.dueOn.isValid())
            continue;
        if (storedDueKeys.contains(key)) {
            problems.append(
                {scheduleFile, row.line, QStringLiteral("due_on"),
                 tr("%1 already has an installment due on %2 in the database")
                     .arg(FieldLimits::shortened(row.value.loanNo), MessageWording::date(row.value.dueOn))});
            row.usable = false;
        } else if (const auto it = seenDue.constFind(key); it != seenDue.cend()) {
            problems.append({scheduleFile, row.line, QStringLiteral("due_on"),
                             *it > 0 ? tr("%1 has another installment due on %2 (line %3)")
                                           .arg(FieldLimits::shortened(row.value.loanNo),
                                                MessageWording::date(row.value.dueOn))
                                           .arg(*it)
                                     : tr("%1 has another installment due on %2")
                                           .arg(FieldLimits::shortened(row.value.loanNo),
                                                MessageWording::date(row.value.dueOn))});
            row.usable = false;
        } else {
            seenDue.insert(key, row.line);
        }
    }

    // Entry numbers: the given ones are new and unique; the others get the next free numbers.
    auto storedRepaymentEntries = repaymentRepo.byEntryNo(namedEntries(batch.repayments));
    if (!storedRepaymentEntries)
        return storedRepaymentEntries.error();
    auto storedSavingsEntries = savingsRepo.byEntryNo(namedEntries(batch.savings));
    if (!storedSavingsEntries)
        return storedSavingsEntries.error();
    auto maxRepayment = repaymentRepo.maxEntryNo();
    if (!maxRepayment)
        return maxRepayment.error();
    auto maxSavings = savingsRepo.maxEntryNo();
    if (!maxSavings)
        return maxSavings.error();
    numberEntries(batch.repayments, *maxRepayment, *storedRepaymentEntries, batch.repeatedRepaymentNos,
                  repaymentFile, problems);
    numberEntries(batch.savings, *maxSavings, *storedSavingsEntries, batch.repeatedSavingsNos, savingsFile,
                  problems);

    // Rules about each record.
    auto report = [&problems](const QString& file, int line, const FieldProblems& found) {
        for (const FieldProblem& problem : found)
            problems.append({file, line, problem.field, problem.message});
        return found.isEmpty();
    };
    for (BatchRow<Commune>& row : batch.communes) {
        if (row.usable)
            row.usable = report(communeFile, row.line, Validation::checkCommune(row.value));
    }
    for (BatchRow<Group>& row : batch.groups) {
        if (row.usable)
            row.usable = report(groupFile, row.line, Validation::checkGroup(row.value, context));
    }
    for (BatchRow<Borrower>& row : batch.borrowers) {
        if (row.usable)
            row.usable = report(borrowerFile, row.line, Validation::checkBorrower(row.value, context));
    }
    for (BatchRow<Move>& row : batch.moves) {
        if (row.usable && batch.fromFiles && !row.value.groupCode.isEmpty() &&
            !row.value.communeCode.isEmpty()) {
            problems.append({moveFile, row.line, QStringLiteral("commune_code"),
                             tr("give either group_code or commune_code, not both: a group move takes the "
                                "group's commune")});
            row.usable = false;
        }
        if (row.usable)
            row.usable = report(moveFile, row.line, Validation::checkMove(row.value, context));
    }
    QSet<QString> brokenLoans;
    for (BatchRow<Loan>& row : batch.loans) {
        if (row.usable)
            row.usable = report(loanFile, row.line, Validation::checkLoan(row.value, context));
        if (!row.usable)
            brokenLoans.insert(row.value.loanNo);
    }
    for (BatchRow<Installment>& row : batch.installments) {
        if (row.usable)
            row.usable = report(scheduleFile, row.line, Validation::checkInstallment(row.value, context));
    }
    for (BatchRow<Repayment>& row : batch.repayments) {
        if (row.usable)
            row.usable = report(repaymentFile, row.line, Validation::checkRepayment(row.value, context));
        if (row.usable && !row.value.isReversal() && !row.value.reason.isEmpty()) {
            problems.append({repaymentFile, row.line, QStringLiteral("reason"),
                             tr("is only for a reversal; give reverses, or leave reason empty")});
            row.usable = false;
        }
    }
    for (BatchRow<SavingsEntry>& row : batch.savings) {
        if (row.usable)
            row.usable = report(savingsFile, row.line, Validation::checkSavingsEntry(row.value, context));
        if (row.usable && !row.value.isReversal() && !row.value.reason.isEmpty()) {
            problems.append({savingsFile, row.line, QStringLiteral("reason"),
                             tr("is only for a reversal; give reverses, or leave reason empty")});
            row.usable = false;
        }
    }

    // Reversals (domain.md §8).
    QList<qint64> reversedNumbers;
    QList<qint64> reversedSavingsNumbers;
    for (const BatchRow<Repayment>& row : std::as_const(batch.repayments)) {
        if (row.value.isReversal())
            reversedNumbers.append(row.value.reverses);
    }
    for (const BatchRow<SavingsEntry>& row : std::as_const(batch.savings)) {
        if (row.value.isReversal())
            reversedSavingsNumbers.append(row.value.reverses);
    }
    auto repaymentReversals = repaymentRepo.reversalsOf(reversedNumbers);
    if (!repaymentReversals)
        return repaymentReversals.error();
    auto savingsReversals = savingsRepo.reversalsOf(reversedSavingsNumbers);
    if (!savingsReversals)
        return savingsReversals.error();
    checkReversals(batch.repayments, *storedRepaymentEntries, *repaymentReversals, repaymentFile, problems);
    checkReversals(batch.savings, *storedSavingsEntries, *savingsReversals, savingsFile, problems);

    // Nothing dated in a closed month (domain.md §8).
    if (m_closedThrough.isValid()) {
        const QDate closedEnd = m_closedThrough.lastDay();
        const auto refuse = [&](const QString& file, int line, const QString& field, const QDate& day) {
            problems.append({file, line, field, closedMonthMessage(day, m_closedThrough)});
        };
        QSet<QString> closedLoans;
        for (BatchRow<Loan>& row : batch.loans) {
            if (row.value.disbursedOn.isValid() && row.value.disbursedOn <= closedEnd) {
                refuse(loanFile, row.line, QStringLiteral("disbursed_on"), row.value.disbursedOn);
                row.usable = false;
                closedLoans.insert(row.value.loanNo);
                brokenLoans.insert(row.value.loanNo);
            }
        }
        for (BatchRow<Installment>& row : batch.installments) {
            if (closedLoans.contains(row.value.loanNo)) {
                problems.append(
                    {scheduleFile, row.line, QStringLiteral("loan_no"),
                     tr("%1 is disbursed in a closed month (%2), so its schedule cannot be posted")
                         .arg(FieldLimits::shortened(row.value.loanNo),
                              YearMonth::fromDate(context.loan(row.value.loanNo)->disbursedOn)
                                  .toDisplayString())});
                row.usable = false;
            } else if (row.value.dueOn.isValid() && row.value.dueOn <= closedEnd) {
                refuse(scheduleFile, row.line, QStringLiteral("due_on"), row.value.dueOn);
                row.usable = false;
            }
        }
        for (BatchRow<Move>& row : batch.moves) {
            if (row.value.on.isValid() && row.value.on <= closedEnd) {
                refuse(moveFile, row.line, QStringLiteral("on"), row.value.on);
                row.usable = false;
            }
        }
        for (BatchRow<Repayment>& row : batch.repayments) {
            if (row.value.paidOn.isValid() && row.value.paidOn <= closedEnd) {
                refuse(repaymentFile, row.line, QStringLiteral("paid_on"), row.value.paidOn);
                row.usable = false;
            }
        }
        for (BatchRow<SavingsEntry>& row : batch.savings) {
            if (row.value.on.isValid() && row.value.on <= closedEnd) {
                refuse(savingsFile, row.line, QStringLiteral("on"), row.value.on);
                row.usable = false;
            }
        }
    }

    // Rules about all the rows of one loan or one borrower, stored and new together. Loans whose own row or
    // one of whose installments is broken are left out: their figures would only repeat that fault.
    for (const BatchRow<Installment>& row : std::as_const(batch.installments)) {
        if (!row.usable)
            brokenLoans.insert(row.value.loanNo);
    }
    const auto ofLoan = [](const auto& value) { return value.loanNo; };
    const auto forLoan = [&](auto rule) {
        return [&, rule](const QString& loanNo, const auto& rows, const Validation::NewRows& isNew) {
            const Loan* loan = context.loan(loanNo);
            if (!loan || brokenLoans.contains(loanNo))
                return QList<Validation::RowProblem>();
            return rule(*loan, rows, isNew);
        };
    };
    checkPerKey(*storedInstallments, batch.installments, ofLoan, scheduleFile, problems,
                forLoan(&Validation::checkSchedule));
    checkPerKey(*storedRepayments, batch.repayments, ofLoan, repaymentFile, problems,
                forLoan(&Validation::checkRepaymentTotals));
    checkPerKey(
        *storedSavings, batch.savings, [](const SavingsEntry& entry) { return entry.borrowerId; },
        savingsFile, problems,
        [](const QString&, const QList<SavingsEntry>& rows, const Validation::NewRows& isNew) {
            return Validation::checkSavingsBalance(rows, isNew);
        });
    QList<Move> storedMoveList;
    for (const QList<Move>& moves : std::as_const(*storedMoves))
        storedMoveList += moves;
    checkPerKey(
        storedMoveList, batch.moves, [](const Move& move) { return move.borrowerId; }, moveFile, problems,
        [&context](const QString& id, const QList<Move>& rows, const Validation::NewRows& isNew) {
            const Borrower* borrower = context.borrower(id);
            if (!borrower)
                return QList<Validation::RowProblem>();
            return Validation::checkMoves({borrower->communeCode, borrower->groupCode}, rows, isNew);
        });

    // A field that could not be read was given a placeholder value; what the rules say about that placeholder
    // ("0 is not 4000000, …") would only confuse: the reading problem is the field's one message.
    QSet<QString> unreadFields;
    for (const RecordProblem& p : batch.readProblems) {
        if (p.line > 0 && !p.field.isEmpty())
            unreadFields.insert(p.file + u'\n' + QString::number(p.line) + u'\n' + p.field);
    }
    if (!unreadFields.isEmpty()) {
        const qsizetype read = batch.readProblems.size();
        QList<RecordProblem> kept = problems.mid(0, read);
        for (qsizetype i = read; i < problems.size(); ++i) {
            const RecordProblem& p = problems.at(i);
            if (!unreadFields.contains(p.file + u'\n' + QString::number(p.line) + u'\n' + p.field))
                kept.append(p);
        }
        problems = std::move(kept);
    }

    if (batch.fromFiles)
        sortInImportOrder(problems);
    return problems;
}

void BatchValidator::sortInImportOrder(QList<RecordProblem>& problems)
{
    std::stable_sort(problems.begin(), problems.end(), [](const RecordProblem& a, const RecordProblem& b) {
        const qsizetype fa = DataFiles::all().indexOf(a.file);
        const qsizetype fb = DataFiles::all().indexOf(b.file);
        if (fa != fb)
            return fa < fb;
        return a.line < b.line;
    });
}
