#include "PortfolioService.h"

#include "AuditText.h"
#include "Authorizer.h"
#include "BatchValidator.h"
#include "calc/FigureUpdater.h"
#include "check/PortfolioCheck.h"
#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "domain/ClosingState.h"
#include "domain/Membership.h"
#include "repo/ActivityRepository.h"
#include "repo/AuditRepository.h"
#include "repo/BorrowerRepository.h"
#include "repo/ClosingRepository.h"
#include "repo/CommuneRepository.h"
#include "repo/GroupRepository.h"
#include "repo/LoanRepository.h"
#include "repo/MoveRepository.h"
#include "repo/OfficeSettingsRepository.h"
#include "repo/ReferenceRepository.h"
#include "repo/RepaymentRepository.h"
#include "repo/SavingsRepository.h"
#include "report/ReportBuilder.h"
#include "validation/RecordSet.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace {

template <typename T>
QList<T> valuesOf(const QList<BatchRow<T>>& rows)
{
    QList<T> values;
    values.reserve(rows.size());
    for (const BatchRow<T>& row : rows)
        values.append(row.value);
    return values;
}

QStringList sortedList(const QSet<QString>& set)
{
    QStringList list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end());
    return list;
}

/// How many groups' savings are computed at once after an import in parts (each reads everyone who was ever
/// in them).
constexpr qsizetype kGroupsPerRefresh = 50;

/// The groups the given borrowers were ever in (first membership and moves), after the batch is stored.
Result<QStringList> groupsInHistoryOf(Database& database, const QStringList& borrowerIds)
{
    QSet<QString> groups;
    if (borrowerIds.isEmpty())
        return QStringList();
    auto borrowers = BorrowerRepository(database).find(borrowerIds);
    if (!borrowers)
        return borrowers.error();
    auto moves = MoveRepository(database).of(borrowerIds);
    if (!moves)
        return moves.error();
    for (const Borrower& borrower : std::as_const(*borrowers)) {
        if (!borrower.groupCode.isEmpty())
            groups.insert(borrower.groupCode);
    }
    for (const QList<Move>& list : std::as_const(*moves)) {
        for (const Move& move : list) {
            if (!move.groupCode.isEmpty())
                groups.insert(move.groupCode);
        }
    }
    return sortedList(groups);
}

/// Writes the records of a checked batch with the kept figures they change, inside the caller's transaction.
/// With @p groupsLater, the groups whose savings change are added to it for the caller to refresh once, after
/// every part of an import is written, in place of refreshing them here.
Status writeBatch(Database& database, const PostingBatch& batch, YearMonth closedThrough,
                  QSet<QString>* groupsLater = nullptr)
{
    LoanRepository loans(database);
    MoveRepository movesRepo(database);

    const QList<Loan> newLoans = valuesOf(batch.loans);
    QList<Installment> installments = valuesOf(batch.installments);
    QList<Repayment> repayments = valuesOf(batch.repayments);
    QList<SavingsEntry> savings = valuesOf(batch.savings);
    QList<Move> moves = valuesOf(batch.moves);
    // Rows in key order, so that inserts append to the indexes; a reversal after the entry it names.
    std::stable_sort(installments.begin(), installments.end(), [](const auto& a, const auto& b) {
        return std::tie(a.loanNo, a.dueOn) < std::tie(b.loanNo, b.dueOn);
    });
    std::stable_sort(repayments.begin(), repayments.end(), [](const Repayment& a, const Repayment& b) {
        return std::make_tuple(a.loanNo, a.paidOn, a.isReversal(), a.entryNo) <
               std::make_tuple(b.loanNo, b.paidOn, b.isReversal(), b.entryNo);
    });
    std::stable_sort(savings.begin(), savings.end(), [](const SavingsEntry& a, const SavingsEntry& b) {
        return std::make_tuple(a.borrowerId, a.on, a.isReversal(), a.entryNo) <
               std::make_tuple(b.borrowerId, b.on, b.isReversal(), b.entryNo);
    });
    std::stable_sort(moves.begin(), moves.end(), [](const Move& a, const Move& b) {
        return std::tie(a.borrowerId, a.on) < std::tie(b.borrowerId, b.on);
    });

    QSet<QString> newLoanNos;
    QSet<QString> newLoanBorrowers;
    for (const Loan& loan : newLoans) {
        newLoanNos.insert(loan.loanNo);
        newLoanBorrowers.insert(loan.borrowerId);
    }
    QSet<QString> movers;
    for (const Move& move : std::as_const(moves))
        movers.insert(move.borrowerId);

    // Every borrower whose loans or membership change: what all their loans add to the totals is taken out
    // first and added back after the change. Stored loans whose facts change name their borrowers.
    QSet<QString> touched;
    for (const Installment& installment : std::as_const(installments)) {
        if (!newLoanNos.contains(installment.loanNo))
            touched.insert(installment.loanNo);
    }
    for (const Repayment& repayment : std::as_const(repayments)) {
        if (!newLoanNos.contains(repayment.loanNo))
            touched.insert(repayment.loanNo);
    }
    auto touchedBorrowers = loans.borrowersOfLoans(sortedList(touched));
    if (!touchedBorrowers)
        return touchedBorrowers.error();
    QSet<QString> affected = movers;
    affected.unite(newLoanBorrowers);
    for (const QString& id : std::as_const(*touchedBorrowers))
        affected.insert(id);
    const QStringList affectedList = sortedList(affected);
    FigureUpdater figures(database, closedThrough);
    if (Status s = figures.detachBorrowers(affectedList); !s)
        return s;
    if (Status s = CommuneRepository(database).insert(valuesOf(batch.communes)); !s)
        return s;
    if (Status s = GroupRepository(database).insert(valuesOf(batch.groups)); !s)
        return s;
    if (Status s = BorrowerRepository(database).insert(valuesOf(batch.borrowers)); !s)
        return s;
    if (!moves.isEmpty()) {
        if (Status s = movesRepo.insert(moves); !s)
            return s;
    }
    if (Status s = loans.insert(newLoans); !s)
        return s;
    if (Status s = loans.insertInstallments(installments); !s)
        return s;
    if (Status s = RepaymentRepository(database).insert(repayments); !s)
        return s;
    if (Status s = SavingsRepository(database).insert(savings); !s)
        return s;

    // New loans have all their facts in this batch; stored ones are read back with what was added.
    ActivityRepository::Days days;
    QHash<QString, LoanFacts> inMemory;
    for (const Loan& loan : newLoans) {
        ++days[loan.disbursedOn].disbursements;
        LoanFacts& facts = inMemory[loan.loanNo];
        facts.amount = loan.amount;
        facts.disbursedOn = loan.disbursedOn;
        facts.maturityOn = loan.maturityOn;
        facts.frozenOn = loan.frozenOn;
    }
    for (const Installment& installment : std::as_const(installments)) {
        if (const auto it = inMemory.find(installment.loanNo); it != inMemory.end())
            it->schedule.append({installment.dueOn, installment.principal});
    }
    for (const Repayment& repayment : std::as_const(repayments)) {
        if (const auto it = inMemory.find(repayment.loanNo); it != inMemory.end())
            it->payments.append(LoanFacts::Payment::of(repayment));
        ++days[repayment.paidOn].otherRecords;
    }
    QSet<QString> saversAndMovers = movers;
    for (const SavingsEntry& entry : std::as_const(savings)) {
        saversAndMovers.insert(entry.borrowerId);
        ++days[entry.on].otherRecords;
    }
    for (const Move& move : std::as_const(moves))
        ++days[move.on].otherRecords;

    if (Status s = figures.attachBorrowers(affectedList, inMemory); !s)
        return s;
    auto groups = groupsInHistoryOf(database, sortedList(saversAndMovers));
    if (!groups)
        return groups.error();
    if (groupsLater) {
        for (const QString& code : std::as_const(*groups))
            groupsLater->insert(code);
    } else if (Status s = figures.refreshGroupSavings(*groups); !s) {
        return s;
    }
    if (Status s = figures.countDays(days); !s)
        return s;
    return figures.finish();
}

/// A validation context with the catalogue and the given stored records.
Result<RecordSet> contextFor(Database& database, const QStringList& communeCodes,
                             const QStringList& groupCodes, const QStringList& borrowerIds)
{
    RecordSet context;
    auto catalogue = ReferenceRepository(database).catalogue();
    if (!catalogue)
        return catalogue.error();
    context.setCatalogue(std::move(catalogue).value());
    auto communes = CommuneRepository(database).find(communeCodes);
    if (!communes)
        return communes.error();
    auto groups = GroupRepository(database).find(groupCodes);
    if (!groups)
        return groups.error();
    auto borrowers = BorrowerRepository(database).find(borrowerIds);
    if (!borrowers)
        return borrowers.error();
    context.communes = *communes;
    context.groups = *groups;
    context.borrowers = *borrowers;
    return context;
}

QList<RecordProblem> asProblems(const FieldProblems& found)
{
    QList<RecordProblem> problems;
    for (const FieldProblem& problem : found)
        problems.append({QString(), 0, problem.field, problem.message});
    return problems;
}

} // namespace

PortfolioService::PortfolioService(Database& database, Actor actor)
    : m_database(database)
    , m_actor(std::move(actor))
{
    if (m_actor.user.isEmpty())
        m_actor.user = Actor::currentUser().user;
}

Status PortfolioService::refuse(const QList<RecordProblem>& problems)
{
    m_problems = problems;
    QStringList lines;
    for (const RecordProblem& problem : problems)
        lines.append(problem.toString());
    return Error::refused(lines.join(u'\n'));
}

Status PortfolioService::refuse(const QString& field, const QString& message)
{
    return refuse(QList<RecordProblem>{{QString(), 0, field, message}});
}

Status PortfolioService::refuseStale(const QString& kind, const QString& key, const QString& record)
{
    auto latest = AuditRepository(m_database).latestFor(kind, key);
    if (!latest)
        return latest.error();
    QString message;
    if (*latest) {
        const QDateTime at = QDateTime::fromString((*latest)->atLocal, Qt::ISODate);
        QString when = at.toString(QStringLiteral("HH:mm"));
        if (at.date() != m_actor.now().toOffsetFromUtc(at.offsetFromUtc()).date())
            when = tr("%1 on %2").arg(when, Dates::toDisplay(at.date()));
        //: An edit refused because someone else saved the same record after the form read it.
        message = tr("%1 was changed by %2 at %3 — reload").arg(record, (*latest)->user, when);
    } else {
        message = tr("%1 was changed by another program — reload").arg(record);
    }
    Status refused = refuse(QString(), message);
    Error error = refused.error();
    error.cause = Error::Cause::Stale;
    return error;
}

AuditEntry PortfolioService::auditEntry(const QString& operation, const QString& kind,
                                        const QString& key) const
{
    return AuditEntry::stamped(m_actor.now(), m_actor.user, operation, kind, key);
}

Status PortfolioService::commitEdit(TransactionGuard& transaction, AuditEntry entry,
                                    const QString& borrowerId, const AuditText::Change& change)
{
    entry.borrowerId = borrowerId;
    entry.oldValues = change.before;
    entry.newValues = change.after;
    if (Status s = AuditRepository(m_database).append(entry); !s)
        return s;
    return transaction.commit();
}

Status PortfolioService::authorize(Operation operation)
{
    m_problems.clear();
    Status allowed = Authorizer::check(m_database, m_actor, operation);
    if (!allowed && allowed.error().kind == Error::Kind::Refused)
        return refuse(QString(), allowed.error().message);
    return allowed;
}

Result<PostingCounts> PortfolioService::post(PostingBatch batch, const std::optional<ImportSource>& import)
{
    if (Status s = authorize(import ? Operation::Import : Operation::PostBatch); !s)
        return s.error();
    return postAuthorized(std::move(batch), import);
}

Result<PostingCounts> PortfolioService::postAuthorized(PostingBatch batch,
                                                       const std::optional<ImportSource>& import)
{
    m_problems.clear();
    m_cancelled = false;
    const Error cancelled = Error::refused(tr("cancelled: nothing was written"));
    TransactionGuard transaction(m_database);
    if (!transaction.isActive())
        return transaction.status().error();
    if (!proceed(0))
        return cancelled;
    auto closed = ClosingRepository(m_database).latest();
    if (!closed)
        return closed.error();
    // A form's problems write dates and amounts as its reader does; an import's as its files do.
    std::optional<MessageWording> wording;
    if (!batch.fromFiles)
        MessageWording::forForm(wording);
    auto found = BatchValidator(m_database, *closed).validate(batch);
    if (!found)
        return found.error();
    if (!found->isEmpty())
        return refuse(*found).error();
    if (!proceed(1))
        return cancelled;

    PostingCounts counts;
    counts.communes = batch.communes.size();
    counts.groups = batch.groups.size();
    counts.borrowers = batch.borrowers.size();
    counts.moves = batch.moves.size();
    counts.loans = batch.loans.size();
    counts.installments = batch.installments.size();
    counts.repayments = batch.repayments.size();
    counts.savings = batch.savings.size();

    // The audit rows, made before the facts change: a move names the membership it leaves.
    QList<AuditEntry> audit;
    if (import) {
        audit.append(importAuditEntry(*import, counts));
    } else {
        for (const auto& row : std::as_const(batch.communes)) {
            AuditEntry entry =
                auditEntry(AuditOperation::kRegisterCommune, QStringLiteral("commune"), row.value.code);
            entry.newValues = AuditText::text(AuditText::of(row.value));
            audit.append(entry);
        }
        for (const auto& row : std::as_const(batch.groups)) {
            AuditEntry entry =
                auditEntry(AuditOperation::kRegisterGroup, QStringLiteral("group"), row.value.code);
            entry.newValues = AuditText::text(AuditText::of(row.value));
            audit.append(entry);
        }
        for (const auto& row : std::as_const(batch.borrowers)) {
            AuditEntry entry =
                auditEntry(AuditOperation::kRegisterBorrower, QStringLiteral("borrower"), row.value.id);
            entry.borrowerId = row.value.id;
            entry.newValues = AuditText::text(AuditText::of(row.value));
            audit.append(entry);
        }
        if (!batch.moves.isEmpty()) {
            QSet<QString> ids;
            for (const auto& row : std::as_const(batch.moves))
                ids.insert(row.value.borrowerId);
            auto borrowers = BorrowerRepository(m_database).find(sortedList(ids));
            if (!borrowers)
                return borrowers.error();
            auto stored = MoveRepository(m_database).of(sortedList(ids));
            if (!stored)
                return stored.error();
            QHash<QString, Borrower> known = *borrowers;
            for (const auto& row : std::as_const(batch.borrowers))
                known.insert(row.value.id, row.value);
            QSet<QString> groupCodes;
            for (const auto& row : std::as_const(batch.moves))
                groupCodes.insert(row.value.groupCode);
            auto storedGroups = GroupRepository(m_database).find(sortedList(groupCodes));
            if (!storedGroups)
                return storedGroups.error();
            QHash<QString, Group> groups = *storedGroups;
            for (const auto& row : std::as_const(batch.groups))
                groups.insert(row.value.code, row.value);
            for (const auto& row : std::as_const(batch.moves)) {
                const Move& move = row.value;
                const Timeline<Membership> before =
                    membershipTimeline(known.value(move.borrowerId), stored->value(move.borrowerId));
                AuditEntry entry =
                    auditEntry(AuditOperation::kMoveBorrower, QStringLiteral("borrower"), move.borrowerId);
                entry.borrowerId = move.borrowerId;
                entry.oldValues = AuditText::text(AuditText::of(before.at(move.on.addDays(-1))));
                Membership after = move.membership();
                if (!after.groupCode.isEmpty())
                    after.communeCode =
                        groups.value(after.groupCode).communeCode; // a group move takes its commune
                entry.newValues = AuditText::text(
                    AuditText::Fields{{QStringLiteral("on"), Dates::toIso(move.on)}} + AuditText::of(after));
                audit.append(entry);
            }
        }
        for (const auto& row : std::as_const(batch.loans)) {
            AuditEntry entry =
                auditEntry(AuditOperation::kDisburseLoan, QStringLiteral("loan"), row.value.loanNo);
            entry.borrowerId = row.value.borrowerId;
            QList<Installment> schedule;
            for (const auto& installment : std::as_const(batch.installments)) {
                if (installment.value.loanNo == row.value.loanNo)
                    schedule.append(installment.value);
            }
            entry.newValues = AuditText::text(AuditText::of(row.value) + AuditText::of(schedule));
            audit.append(entry);
        }
        QHash<QString, QString> borrowerOfLoan;
        if (!batch.repayments.isEmpty()) {
            QSet<QString> loanNos;
            for (const auto& row : std::as_const(batch.repayments))
                loanNos.insert(row.value.loanNo);
            auto loans = LoanRepository(m_database).find(sortedList(loanNos));
            if (!loans)
                return loans.error();
            for (const Loan& loan : std::as_const(*loans))
                borrowerOfLoan.insert(loan.loanNo, loan.borrowerId);
            for (const auto& row : std::as_const(batch.loans))
                borrowerOfLoan.insert(row.value.loanNo, row.value.borrowerId);
        }
        for (const auto& row : std::as_const(batch.repayments)) {
            const Repayment& r = row.value;
            AuditEntry entry = auditEntry(r.isReversal() ? AuditOperation::kReverseRepayment
                                                         : AuditOperation::kPostRepayment,
                                          QStringLiteral("repayment"), QString::number(r.entryNo));
            entry.borrowerId = borrowerOfLoan.value(r.loanNo);
            entry.newValues = AuditText::text(AuditText::of(r));
            entry.reason = r.reason;
            audit.append(entry);
        }
        for (const auto& row : std::as_const(batch.savings)) {
            const SavingsEntry& e = row.value;
            AuditEntry entry =
                auditEntry(e.isReversal() ? AuditOperation::kReverseSavings : AuditOperation::kPostSavings,
                           QStringLiteral("savings"), QString::number(e.entryNo));
            entry.borrowerId = e.borrowerId;
            entry.newValues = AuditText::text(AuditText::of(e));
            entry.reason = e.reason;
            audit.append(entry);
        }
    }

    if (Status s = writeBatch(m_database, batch, *closed); !s) {
        if (s.error().kind == Error::Kind::Refused)
            return refuse(QString(), s.error().message).error();
        return s.error();
    }
    if (!proceed(2))
        return cancelled;
    if (Status s = auditAndCommit(transaction, audit); !s)
        return s.error();
    return counts;
}

Status PortfolioService::auditAndCommit(TransactionGuard& transaction, const QList<AuditEntry>& audit)
{
    AuditRepository trail(m_database);
    for (const AuditEntry& entry : audit) {
        if (Status s = trail.append(entry); !s)
            return s;
    }
    // The last moment to cancel: past it the transaction commits (the guard rolls back on every return
    // before).
    if (!proceed(3))
        return Error::refused(tr("cancelled: nothing was written"));
    if (Status s = transaction.commit(); !s)
        return s;
    if (m_progress)
        m_progress(kPostSteps, kPostSteps); // written: too late to cancel
    return {};
}

AuditEntry PortfolioService::importAuditEntry(const ImportSource& import, const PostingCounts& counts) const
{
    AuditEntry entry = auditEntry(AuditOperation::kImport, QStringLiteral("import"), import.folder);
    entry.newValues = AuditText::text({{QStringLiteral("files"), import.files.join(QStringLiteral(", "))},
                                       {QStringLiteral("communes"), QString::number(counts.communes)},
                                       {QStringLiteral("groups"), QString::number(counts.groups)},
                                       {QStringLiteral("borrowers"), QString::number(counts.borrowers)},
                                       {QStringLiteral("moves"), QString::number(counts.moves)},
                                       {QStringLiteral("loans"), QString::number(counts.loans)},
                                       {QStringLiteral("installments"), QString::number(counts.installments)},
                                       {QStringLiteral("repayments"), QString::number(counts.repayments)},
                                       {QStringLiteral("savings"), QString::number(counts.savings)}});
    return entry;
}

Result<PostingCounts> PortfolioService::postInParts(BatchParts& parts, const ImportSource& import)
{
    m_problems.clear();
    m_cancelled = false;
    if (Status s = authorize(Operation::Import); !s)
        return s.error();
    const Error cancelled = Error::refused(tr("cancelled: nothing was written"));
    // The folder is read before the write lock is taken: other windows and PCs wait only for the writing.
    auto partCount = parts.prepare();
    if (!partCount)
        return partCount.error();
    TransactionGuard transaction(m_database);
    if (!transaction.isActive())
        return transaction.status().error();
    auto closed = ClosingRepository(m_database).latest();
    if (!closed)
        return closed.error();
    auto maxRepayment = RepaymentRepository(m_database).maxEntryNo();
    if (!maxRepayment)
        return maxRepayment.error();
    auto maxSavings = SavingsRepository(m_database).maxEntryNo();
    if (!maxSavings)
        return maxSavings.error();
    parts.numberFrom(*maxRepayment, *maxSavings);
    if (!proceed(0))
        return cancelled;

    PostingCounts counts;
    QList<RecordProblem> problems;
    // A write refused by the last guard of the closed months, reported only when no part has a problem (one
    // batch would not have reached its write).
    std::optional<RecordProblem> refusedWrite;
    QSet<QString> groupsToRefresh;
    QHash<QString, Commune> communes;
    QHash<QString, Group> groups;
    for (int index = 0; index < *partCount; ++index) {
        auto batch = parts.part(index);
        if (!batch)
            return batch.error();
        batch->earlierCommunes = communes;
        batch->earlierGroups = groups;
        auto found = BatchValidator(m_database, *closed).validate(*batch);
        if (!found)
            return found.error();
        if (!found->isEmpty()) {
            problems += *found;
        } else if (problems.isEmpty() && !refusedWrite) {
            if (Status s = writeBatch(m_database, *batch, *closed, &groupsToRefresh); !s) {
                if (s.error().kind != Error::Kind::Refused)
                    return s.error();
                refusedWrite = RecordProblem{QString(), 0, QString(), s.error().message};
            }
        }
        for (const BatchRow<Commune>& row : std::as_const(batch->communes))
            communes.insert(row.value.code, row.value);
        for (const BatchRow<Group>& row : std::as_const(batch->groups))
            groups.insert(row.value.code, row.value);
        counts += PostingCounts{batch->communes.size(),   batch->groups.size(), batch->borrowers.size(),
                                batch->moves.size(),      batch->loans.size(),  batch->installments.size(),
                                batch->repayments.size(), batch->savings.size()};
        // Checking and writing the parts are steps 1 and 2 of kPostSteps.
        if (!proceed(std::min(2, 2 * (index + 1) / *partCount)))
            return cancelled;
    }
    if (!problems.isEmpty()) {
        BatchValidator::sortInImportOrder(problems);
        return refuse(problems).error();
    }
    if (refusedWrite)
        return refuse({*refusedWrite}).error();

    // Groups whose members are in several parts are computed once, from everything written.
    FigureUpdater figures(m_database, *closed);
    const QStringList groupList = sortedList(groupsToRefresh);
    for (qsizetype start = 0; start < groupList.size(); start += kGroupsPerRefresh) {
        if (Status s = figures.refreshGroupSavings(groupList.mid(start, kGroupsPerRefresh)); !s) {
            if (s.error().kind == Error::Kind::Refused)
                return refuse(QString(), s.error().message).error();
            return s.error();
        }
    }
    if (Status s = auditAndCommit(transaction, {importAuditEntry(import, counts)}); !s)
        return s.error();
    return counts;
}

bool PortfolioService::proceed(int done)
{
    if (!m_progress || m_progress(done, kPostSteps))
        return true;
    m_cancelled = true;
    return false;
}

Status PortfolioService::postOne(PostingBatch batch)
{
    auto posted = postAuthorized(std::move(batch));
    return posted ? Status() : Status(posted.error());
}

Status PortfolioService::registerCommune(const Commune& commune)
{
    if (Status s = authorize(Operation::RegisterCommune); !s)
        return s;
    PostingBatch batch;
    batch.communes.append({commune});
    return postOne(std::move(batch));
}

Status PortfolioService::registerGroup(const Group& group)
{
    if (Status s = authorize(Operation::RegisterGroup); !s)
        return s;
    PostingBatch batch;
    batch.groups.append({group});
    return postOne(std::move(batch));
}

Status PortfolioService::registerBorrower(const Borrower& borrower)
{
    if (Status s = authorize(Operation::RegisterBorrower); !s)
        return s;
    PostingBatch batch;
    batch.borrowers.append({borrower});
    return postOne(std::move(batch));
}

Status PortfolioService::moveBorrower(const Move& move)
{
    if (Status s = authorize(Operation::MoveBorrower); !s)
        return s;
    PostingBatch batch;
    batch.moves.append({move});
    return postOne(std::move(batch));
}

Status PortfolioService::disburseLoan(const Loan& loan, const QList<Installment>& schedule)
{
    if (Status s = authorize(Operation::DisburseLoan); !s)
        return s;
    PostingBatch batch;
    batch.loans.append({loan});
    for (Installment installment : schedule) {
        installment.loanNo = loan.loanNo;
        batch.installments.append({installment});
    }
    return postOne(std::move(batch));
}

template <typename T>
Result<qint64> PortfolioService::postEntry(const T& entry)
{
    PostingBatch batch;
    if constexpr (std::is_same_v<T, Repayment>)
        batch.repayments.append({entry});
    else
        batch.savings.append({entry});
    // The number the batch gives it is the next free one; read it back from the batch's own numbering.
    TransactionGuard transaction(m_database);
    if (!transaction.isActive())
        return transaction.status().error();
    qint64 number = entry.entryNo;
    if (number <= 0) {
        auto max = std::is_same_v<T, Repayment> ? RepaymentRepository(m_database).maxEntryNo()
                                                : SavingsRepository(m_database).maxEntryNo();
        if (!max)
            return max.error();
        number = *max + 1;
        if constexpr (std::is_same_v<T, Repayment>)
            batch.repayments.front().value.entryNo = number;
        else
            batch.savings.front().value.entryNo = number;
    }
    auto posted = postAuthorized(std::move(batch));
    if (!posted)
        return posted.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return number;
}

Result<qint64> PortfolioService::postRepayment(const Repayment& repayment)
{
    if (Status s = authorize(Operation::PostRepayment); !s)
        return s.error();
    return postEntry(repayment);
}

Result<qint64> PortfolioService::postSavings(const SavingsEntry& entry)
{
    if (Status s = authorize(Operation::PostSavings); !s)
        return s.error();
    return postEntry(entry);
}

Result<qint64> PortfolioService::reverseRepayment(qint64 entryNo, const QDate& on, const QString& reason)
{
    if (Status s = authorize(Operation::ReverseRepayment); !s)
        return s.error();
    m_problems.clear();
    auto found = RepaymentRepository(m_database).byEntryNo({entryNo});
    if (!found)
        return found.error();
    if (!found->contains(entryNo))
        return refuse(QStringLiteral("reverses"), tr("there is no repayment no. %1").arg(entryNo)).error();
    Repayment reversal = found->value(entryNo);
    reversal.paidOn = on;
    reversal.entryNo = 0;
    reversal.reverses = entryNo;
    reversal.reason = reason.trimmed();
    return postEntry(reversal);
}

Result<qint64> PortfolioService::reverseSavings(qint64 entryNo, const QDate& on, const QString& reason)
{
    if (Status s = authorize(Operation::ReverseSavings); !s)
        return s.error();
    m_problems.clear();
    auto found = SavingsRepository(m_database).byEntryNo({entryNo});
    if (!found)
        return found.error();
    if (!found->contains(entryNo))
        return refuse(QStringLiteral("reverses"), tr("there is no savings entry no. %1").arg(entryNo))
            .error();
    SavingsEntry reversal = found->value(entryNo);
    reversal.on = on;
    reversal.entryNo = 0;
    reversal.reverses = entryNo;
    reversal.reason = reason.trimmed();
    return postEntry(reversal);
}

Status PortfolioService::editCommune(const Commune& commune)
{
    if (Status s = authorize(Operation::EditCommune); !s)
        return s;
    std::optional<MessageWording> wording; // a form's problems, as its reader writes dates and amounts
    MessageWording::forForm(wording);
    m_problems.clear();
    TransactionGuard transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    auto stored = CommuneRepository(m_database).find({commune.code});
    if (!stored)
        return stored.error();
    if (!stored->contains(commune.code))
        return refuse(QStringLiteral("code"), tr("there is no commune %1").arg(commune.code));
    if (commune.version != stored->value(commune.code).version)
        return refuseStale(QStringLiteral("commune"), commune.code, tr("Commune %1").arg(commune.code));
    if (const FieldProblems found = Validation::checkCommune(commune); !found.isEmpty())
        return refuse(asProblems(found));
    const AuditText::Change change =
        AuditText::difference(AuditText::of(stored->value(commune.code)), AuditText::of(commune));
    if (change.isEmpty())
        return {};
    if (Status s = CommuneRepository(m_database).update(commune); !s)
        return s;
    return commitEdit(transaction,
                      auditEntry(AuditOperation::kEditCommune, QStringLiteral("commune"), commune.code),
                      QString(), change);
}

Status PortfolioService::editGroup(const Group& group)
{
    if (Status s = authorize(Operation::EditGroup); !s)
        return s;
    std::optional<MessageWording> wording; // a form's problems, as its reader writes dates and amounts
    MessageWording::forForm(wording);
    m_problems.clear();
    TransactionGuard transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    auto context = contextFor(m_database, {group.communeCode}, {group.code}, {});
    if (!context)
        return context.error();
    const Group* stored = context->group(group.code);
    if (!stored)
        return refuse(QStringLiteral("code"), tr("there is no group %1").arg(group.code));
    const Group before = *stored;
    if (group.version != before.version)
        return refuseStale(QStringLiteral("group"), group.code, tr("Group %1").arg(group.code));
    QList<RecordProblem> problems = asProblems(Validation::checkGroup(group, *context));
    if (group.communeCode != before.communeCode || group.organizationCode != before.organizationCode) {
        auto members = GroupRepository(m_database).everHadMembers(group.code);
        if (!members)
            return members.error();
        if (*members)
            problems.append({QString(), 0,
                             group.communeCode != before.communeCode ? QStringLiteral("commune_code")
                                                                     : QStringLiteral("organization_code"),
                             tr("group %1 has members, whose figures are counted under its commune and "
                                "organisation; they cannot change")
                                 .arg(group.code)});
    }
    if (!problems.isEmpty())
        return refuse(problems);
    const AuditText::Change change = AuditText::difference(AuditText::of(before), AuditText::of(group));
    if (change.isEmpty())
        return {};
    if (Status s = GroupRepository(m_database).update(group); !s)
        return s;
    return commitEdit(transaction,
                      auditEntry(AuditOperation::kEditGroup, QStringLiteral("group"), group.code), QString(),
                      change);
}

Status PortfolioService::editBorrower(const Borrower& borrower)
{
    if (Status s = authorize(Operation::EditBorrower); !s)
        return s;
    std::optional<MessageWording> wording; // a form's problems, as its reader writes dates and amounts
    MessageWording::forForm(wording);
    m_problems.clear();
    TransactionGuard transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    auto context = contextFor(m_database, {borrower.communeCode}, {borrower.groupCode}, {borrower.id});
    if (!context)
        return context.error();
    const Borrower* stored = context->borrower(borrower.id);
    if (!stored)
        return refuse(QStringLiteral("id"), tr("there is no borrower %1").arg(borrower.id));
    const Borrower before = *stored;
    if (borrower.version != before.version)
        return refuseStale(QStringLiteral("borrower"), borrower.id, tr("Borrower %1").arg(borrower.id));
    QList<RecordProblem> problems = asProblems(Validation::checkBorrower(borrower, *context));
    if (borrower.idNumber != before.idNumber) {
        auto holders = BorrowerRepository(m_database).idsByIdNumber({borrower.idNumber});
        if (!holders)
            return holders.error();
        if (holders->contains(borrower.idNumber))
            problems.append({QString(), 0, QStringLiteral("id_number"),
                             tr("%1 is the ID number of borrower %2")
                                 .arg(borrower.idNumber, holders->value(borrower.idNumber))});
    }
    const bool membership =
        borrower.communeCode != before.communeCode || borrower.groupCode != before.groupCode;
    if (membership || borrower.kind != before.kind) {
        auto history = BorrowerRepository(m_database).hasHistory(borrower.id);
        if (!history)
            return history.error();
        if (*history)
            problems.append(
                {QString(), 0,
                 membership ? (borrower.groupCode != before.groupCode ? QStringLiteral("group_code")
                                                                      : QStringLiteral("commune_code"))
                            : QStringLiteral("kind"),
                 membership
                     ? tr("%1 has loans, savings or moves: a change of group or commune is a move from a "
                          "date, not an edit")
                           .arg(borrower.id)
                     : tr("%1 has loans, savings or moves: the kind of borrower cannot change")
                           .arg(borrower.id)});
    }
    if (!problems.isEmpty())
        return refuse(problems);
    const AuditText::Change change = AuditText::difference(AuditText::of(before), AuditText::of(borrower));
    if (change.isEmpty())
        return {};
    if (Status s = BorrowerRepository(m_database).update(borrower); !s)
        return s;
    return commitEdit(transaction,
                      auditEntry(AuditOperation::kEditBorrower, QStringLiteral("borrower"), borrower.id),
                      borrower.id, change);
}

Status PortfolioService::editLoan(const Loan& loan, const std::optional<QList<Installment>>& schedule)
{
    if (Status s = authorize(Operation::EditLoan); !s)
        return s;
    std::optional<MessageWording> wording; // a form's problems, as its reader writes dates and amounts
    MessageWording::forForm(wording);
    m_problems.clear();
    TransactionGuard transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    LoanRepository loans(m_database);
    auto found = loans.find({loan.loanNo});
    if (!found)
        return found.error();
    if (!found->contains(loan.loanNo))
        return refuse(QStringLiteral("loan_no"), tr("there is no loan %1").arg(loan.loanNo));
    const Loan before = found->value(loan.loanNo);
    if (loan.version != before.version)
        return refuseStale(QStringLiteral("loan"), loan.loanNo, tr("Loan %1").arg(loan.loanNo));
    auto storedSchedule = loans.installmentsOf({loan.loanNo});
    if (!storedSchedule)
        return storedSchedule.error();
    QList<Installment> newSchedule = schedule ? *schedule : *storedSchedule;
    for (Installment& installment : newSchedule)
        installment.loanNo = loan.loanNo;
    auto closed = ClosingRepository(m_database).latest();
    if (!closed)
        return closed.error();

    QList<RecordProblem> problems;
    if (closed->isValid()) {
        const QDate end = closed->lastDay();
        const auto inClosed = [&end](const std::optional<QDate>& day) {
            return day && day->isValid() && *day <= end;
        };
        const auto refuseField = [&](const QString& field, const QDate& day) {
            problems.append({QString(), 0, field, BatchValidator::closedMonthMessage(day, *closed)});
        };
        const bool disbursedInClosed = before.disbursedOn <= end;
        if (disbursedInClosed) {
            const QString month = YearMonth::fromDate(before.disbursedOn).toDisplayString();
            const auto lockedField = [&](bool changed, const QString& field) {
                if (changed)
                    problems.append(
                        {QString(), 0, field,
                         tr("%1 was disbursed in %2, a closed month: its %3 cannot change; post a "
                            "reversal dated in an open month instead")
                             .arg(loan.loanNo, month, field)});
            };
            lockedField(loan.amount != before.amount, QStringLiteral("amount"));
            lockedField(loan.borrowerId != before.borrowerId, QStringLiteral("borrower_id"));
            lockedField(loan.programCode != before.programCode, QStringLiteral("program_code"));
        }
        if (loan.disbursedOn != before.disbursedOn &&
            (inClosed(before.disbursedOn) || inClosed(loan.disbursedOn)))
            refuseField(QStringLiteral("disbursed_on"),
                        inClosed(before.disbursedOn) ? before.disbursedOn : loan.disbursedOn);
        if (loan.maturityOn != before.maturityOn &&
            (inClosed(before.maturityOn) || inClosed(loan.maturityOn)))
            refuseField(QStringLiteral("maturity_on"),
                        inClosed(before.maturityOn) ? before.maturityOn : loan.maturityOn);
        if (loan.frozenOn != before.frozenOn && (inClosed(before.frozenOn) || inClosed(loan.frozenOn)))
            refuseField(QStringLiteral("frozen_on"),
                        inClosed(before.frozenOn) ? *before.frozenOn : *loan.frozenOn);
        if (schedule) {
            // Installments added, removed or changed must all be due in open months.
            QHash<QDate, Money> old;
            for (const Installment& installment : std::as_const(*storedSchedule))
                old.insert(installment.dueOn, installment.principal);
            QHash<QDate, Money> now;
            for (const Installment& installment : std::as_const(newSchedule))
                now.insert(installment.dueOn, installment.principal);
            QDate earliest;
            for (auto it = old.cbegin(); it != old.cend(); ++it) {
                if (now.value(it.key()) != it.value() && inClosed(it.key()) &&
                    (!earliest.isValid() || it.key() < earliest))
                    earliest = it.key();
            }
            for (auto it = now.cbegin(); it != now.cend(); ++it) {
                if (old.value(it.key()) != it.value() && inClosed(it.key()) &&
                    (!earliest.isValid() || it.key() < earliest))
                    earliest = it.key();
            }
            if (earliest.isValid())
                refuseField(QStringLiteral("due_on"), earliest);
        }
    }

    auto context = contextFor(m_database, {}, {}, {loan.borrowerId});
    if (!context)
        return context.error();
    context->loans.insert(loan.loanNo, loan);
    problems += asProblems(Validation::checkLoan(loan, *context));
    for (const Installment& installment : std::as_const(newSchedule))
        problems += asProblems(Validation::checkInstallment(installment, *context));
    for (const auto& problem : Validation::checkSchedule(loan, newSchedule))
        problems.append({QString(), 0, problem.problem.field, problem.problem.message});
    auto repayments = RepaymentRepository(m_database).of({loan.loanNo});
    if (!repayments)
        return repayments.error();
    for (const Repayment& repayment : std::as_const(*repayments)) {
        for (const FieldProblem& problem : Validation::checkRepayment(repayment, *context)) {
            if (problem.field == QStringLiteral("paid_on"))
                problems.append({QString(), 0, QStringLiteral("disbursed_on"),
                                 tr("repayment no. %1 is dated %2, before the disbursement date %3")
                                     .arg(QString::number(repayment.entryNo), Dates::toIso(repayment.paidOn),
                                          Dates::toIso(loan.disbursedOn))});
        }
    }
    for (const auto& problem : Validation::checkRepaymentTotals(loan, *repayments))
        problems.append({QString(), 0, QStringLiteral("amount"), problem.problem.message});
    if (!problems.isEmpty())
        return refuse(problems);

    AuditText::Fields beforeFields = AuditText::of(before);
    AuditText::Fields afterFields = AuditText::of(loan);
    if (schedule) {
        beforeFields += AuditText::of(*storedSchedule);
        afterFields += AuditText::of(newSchedule);
    }
    const AuditText::Change change = AuditText::difference(beforeFields, afterFields);
    if (change.isEmpty())
        return {};

    // The loan's borrower, before and after (an edit may give the loan to another borrower).
    const QStringList owners = before.borrowerId == loan.borrowerId
                                   ? QStringList{loan.borrowerId}
                                   : QStringList{before.borrowerId, loan.borrowerId};
    FigureUpdater figures(m_database, *closed);
    if (Status s = figures.detachBorrowers(owners); !s)
        return s;
    if (Status s = loans.update(loan); !s)
        return s;
    if (schedule) {
        if (Status s = loans.replaceInstallments(loan.loanNo, newSchedule); !s)
            return s;
    }
    if (Status s = figures.attachBorrowers(owners); !s)
        return s.error().kind == Error::Kind::Refused ? refuse(QString(), s.error().message) : s;
    if (loan.disbursedOn != before.disbursedOn) {
        ActivityRepository::Days days;
        --days[before.disbursedOn].disbursements;
        ++days[loan.disbursedOn].disbursements;
        if (Status s = figures.countDays(days); !s)
            return s;
    }
    if (Status s = figures.finish(); !s)
        return s;
    return commitEdit(transaction, auditEntry(AuditOperation::kEditLoan, QStringLiteral("loan"), loan.loanNo),
                      loan.borrowerId, change);
}

Status PortfolioService::closeMonth(YearMonth month)
{
    if (Status s = authorize(Operation::CloseMonth); !s)
        return s;
    return closeMonths(month, true);
}

Status PortfolioService::closeMonthsThrough(YearMonth month)
{
    if (Status s = authorize(Operation::CloseMonth); !s)
        return s;
    return closeMonths(month, false);
}

Status PortfolioService::closeMonths(YearMonth through, bool onlyOne)
{
    m_problems.clear();
    TransactionGuard transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    auto span = ActivityRepository(m_database).span();
    if (!span)
        return span.error();
    auto latest = ClosingRepository(m_database).latest();
    if (!latest)
        return latest.error();
    const ClosingState state = ClosingState::of(*span, *latest, m_actor.today());
    // The refusals name no field: they are about the month asked for, whatever form asked.
    if (span->isEmpty())
        return refuse(QString(), tr("there is no data yet, so no month to close"));
    if (!span->contains(through))
        return refuse(QString(), tr("%1 is not a month with data: the data run from %2 to %3")
                                     .arg(through.toDisplayString(), span->firstMonth().toDisplayString(),
                                          span->lastMonth().toDisplayString()));
    if (latest->isValid() && through <= *latest)
        return refuse(QString(), tr("%1 is closed already (months are closed up to %2)")
                                     .arg(through.toDisplayString(), latest->toDisplayString()));
    const YearMonth first = state.next;
    if (onlyOne && through != first)
        return refuse(QString(), tr("%1 cannot be closed yet: close %2 first (months are closed in order)")
                                     .arg(through.toDisplayString(), first.toDisplayString()));
    if (through.lastDay() >= m_actor.today())
        return refuse(QString(),
                      tr("%1 is not over yet: it can be closed from %2")
                          .arg(through.toDisplayString(), Dates::toDisplay(through.lastDay().addDays(1))));
    auto outcome = PortfolioCheck::run(m_database);
    if (!outcome)
        return outcome.error();
    if (!outcome->violations.isEmpty())
        return refuse(QString(),
                      tr("the portfolio does not pass check (%1 violations, the first: %2); correct it "
                         "before closing")
                          .arg(outcome->violations.size())
                          .arg(outcome->violations.front()));
    ReportBuilder builder(m_database);
    ClosingRepository closing(m_database);
    AuditRepository trail(m_database);
    for (YearMonth month = first; month <= through; month = month.next()) {
        auto totals = builder.summary(month, Breakdown::Program);
        if (!totals)
            return totals.error();
        AuditEntry entry =
            auditEntry(AuditOperation::kCloseMonth, QStringLiteral("month"), month.toIsoString());
        if (Status s = closing.insert({month, entry.atUtc, m_actor.user}); !s)
            return s;
        const Figures& f = totals->total.figures;
        entry.newValues =
            AuditText::text({{QStringLiteral("closed"), QStringLiteral("yes")},
                             {QStringLiteral("outstanding_end"), f.outstandingEnd.toPlainString()},
                             {QStringLiteral("disbursed"), f.disbursed.toPlainString()},
                             {QStringLiteral("collected_principal"), f.collectedPrincipal.toPlainString()},
                             {QStringLiteral("collected_interest"), f.collectedInterest.toPlainString()},
                             {QStringLiteral("overdue"), f.overdue.toPlainString()},
                             {QStringLiteral("frozen"), f.frozen.toPlainString()}});
        if (Status s = trail.append(entry); !s)
            return s;
    }
    return transaction.commit();
}

Status PortfolioService::reopenMonth(YearMonth month, const QString& reason)
{
    if (Status s = authorize(Operation::ReopenMonth); !s)
        return s;
    m_problems.clear();
    TransactionGuard transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    auto latest = ClosingRepository(m_database).latest();
    if (!latest)
        return latest.error();
    if (!latest->isValid())
        return refuse(QStringLiteral("month"), tr("no month is closed"));
    if (month != *latest)
        return refuse(QStringLiteral("month"),
                      tr("only the latest closed month, %1, can be reopened").arg(latest->toDisplayString()));
    if (reason.trimmed().isEmpty())
        return refuse(QStringLiteral("reason"), tr("say why the month is reopened"));
    FieldProblems tooLong;
    Validation::checkLength(tooLong, QStringLiteral("reason"), reason.trimmed(), FieldLimits::kText);
    if (!tooLong.isEmpty())
        return refuse(asProblems(tooLong));
    if (Status s = ClosingRepository(m_database).remove(month); !s)
        return s;
    AuditEntry entry = auditEntry(AuditOperation::kReopenMonth, QStringLiteral("month"), month.toIsoString());
    entry.oldValues = AuditText::text({{QStringLiteral("closed"), QStringLiteral("yes")}});
    entry.newValues = AuditText::text({{QStringLiteral("closed"), QStringLiteral("no")}});
    entry.reason = reason.trimmed();
    if (Status s = AuditRepository(m_database).append(entry); !s)
        return s;
    return transaction.commit();
}

namespace {

AuditText::Fields officeFields(const OfficeSettings& settings)
{
    return {{QStringLiteral("office_name"), settings.officeName},
            {QStringLiteral("place"), settings.place},
            {QStringLiteral("preparer_name"), settings.preparerName},
            {QStringLiteral("controller_name"), settings.controllerName},
            {QStringLiteral("director_name"), settings.directorName}};
}

} // namespace

Status PortfolioService::saveOfficeSettings(const OfficeSettings& settings, const QString& reason)
{
    if (Status s = authorize(Operation::EditSettings); !s)
        return s;
    m_problems.clear();
    TransactionGuard transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    OfficeSettingsRepository repository(m_database);
    auto stored = repository.load();
    if (!stored)
        return stored.error();
    OfficeSettings wanted = settings;
    wanted.officeName = wanted.officeName.simplified();
    wanted.place = wanted.place.simplified();
    wanted.preparerName = wanted.preparerName.simplified();
    wanted.controllerName = wanted.controllerName.simplified();
    wanted.directorName = wanted.directorName.simplified();
    wanted.demonstration = stored->demonstration;
    FieldProblems tooLong;
    for (const auto& [field, value] : officeFields(wanted))
        Validation::checkLength(tooLong, field, value, FieldLimits::kName);
    Validation::checkLength(tooLong, QStringLiteral("reason"), reason.trimmed(), FieldLimits::kText);
    if (!tooLong.isEmpty())
        return refuse(asProblems(tooLong));
    const AuditText::Change change = AuditText::difference(officeFields(*stored), officeFields(wanted));
    if (change.isEmpty())
        return {};
    if (Status s = repository.saveTexts(wanted); !s)
        return s;
    AuditEntry entry =
        auditEntry(AuditOperation::kEditOfficeSettings, QStringLiteral("office"), QStringLiteral("settings"));
    entry.oldValues = change.before;
    entry.newValues = change.after;
    entry.reason = reason.trimmed();
    if (Status s = AuditRepository(m_database).append(entry); !s)
        return s;
    return transaction.commit();
}

Status PortfolioService::markDemonstration()
{
    if (Status s = authorize(Operation::MarkDemonstration); !s)
        return s;
    m_problems.clear();
    TransactionGuard transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    OfficeSettingsRepository repository(m_database);
    auto stored = repository.load();
    if (!stored)
        return stored.error();
    if (stored->demonstration)
        return {};
    if (Status s = repository.markDemonstration(); !s)
        return s;
    AuditEntry entry = auditEntry(AuditOperation::kMarkDemonstration, QStringLiteral("office"),
                                  QStringLiteral("demonstration"));
    entry.newValues = AuditText::text({{QStringLiteral("demonstration"), QStringLiteral("yes")}});
    if (Status s = AuditRepository(m_database).append(entry); !s)
        return s;
    return transaction.commit();
}
