#pragma once

#include "Actor.h"
#include "AuditText.h"
#include "Authorizer.h"
#include "PostingBatch.h"
#include "Result.h"
#include "domain/AuditEntry.h"
#include "domain/Dates.h"
#include "domain/OfficeSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

class Database;
class TransactionGuard;

/// The one write path of LoanDesk (domain.md §4 and §8): the import, the entry forms and the console program
/// change the portfolio only through it. Each operation is one transaction — nested in the caller's when one
/// is open (TransactionGuard) — that checks its rules against what is stored inside that same transaction,
/// writes the facts together with the kept figures they change (FigureUpdater) and a row of the audit trail,
/// and either commits all of it or leaves the database exactly as it was.
///
/// A refused operation returns an error of kind Refused whose message lists every problem, one per line, as
/// `field: message` (a form) or `FILE:LINE: field: message` (an import); problems() holds them one by one.
/// Posted money is never edited or deleted: an entry is corrected by a dated reversal. Nothing dated on or
/// before the end of the latest closed month can be posted, reversed, moved or changed.
///
/// Every operation first asks the Authorizer whether the actor may do it (a database without users lets
/// everyone; otherwise the signed-in user's role decides, docs/security.md): a refusal is of kind Refused and
/// writes nothing. The actor is also who the audit trail records.
class PortfolioService
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioService)

public:
    explicit PortfolioService(Database& database, Actor actor = Actor::currentUser());

    /// The problems of the last refused operation.
    [[nodiscard]] const QList<RecordProblem>& problems() const { return m_problems; }
    [[nodiscard]] const Actor& actor() const { return m_actor; }

    /// Where an import comes from, for its one row in the audit trail.
    struct ImportSource
    {
        QString folder;
        QStringList files; ///< the data files it read
    };
    /// Posts a batch of new records (an import, a transaction day): all or nothing. Entries without a number
    /// get the next free ones. The audit trail gets one row for an import (@p import given), else one row per
    /// record.
    Result<PostingCounts> post(PostingBatch batch, const std::optional<ImportSource>& import = std::nullopt);

    /// Posts an import that is read part by part (BatchParts): all or nothing, in one transaction, with the
    /// same rules, problems and figures as post() of the whole folder at once, holding one part in memory at
    /// a time. Each part is checked against what the earlier parts wrote; after a part with a problem the
    /// later ones are still checked, so that every problem is reported, but nothing more is written.
    Result<PostingCounts> postInParts(BatchParts& parts, const ImportSource& import);

    /// Told how far post() is (@p done of @p total steps: checking, writing the records, the kept figures,
    /// the audit trail, committing); answering false cancels it: the transaction is rolled back, nothing is
    /// written, and post() returns an error with wasCancelled() true. Called on the thread that posts.
    using Progress = std::function<bool(int done, int total)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    /// The number of steps post() reports.
    static constexpr int kPostSteps = 4;
    /// Whether the last post() stopped because the progress callback asked it to.
    [[nodiscard]] bool wasCancelled() const { return m_cancelled; }

    Status registerCommune(const Commune& commune);
    /// Changes a commune's name.
    Status editCommune(const Commune& commune);
    Status registerGroup(const Group& group);
    /// Changes a group's name, village, leader or founding date; its commune and organisation only while no
    /// one was ever a member.
    Status editGroup(const Group& group);
    Status registerBorrower(const Borrower& borrower);
    /// Changes a borrower's name, ID number or village; kind, commune and group only while the borrower has
    /// no loan, savings entry or move (a change of group or commune is a move).
    Status editBorrower(const Borrower& borrower);
    /// Moves a borrower to another group (or, without a group, another commune) from a date.
    Status moveBorrower(const Move& move);

    /// Disburses a new loan with its schedule (empty: everything is due at maturity).
    Status disburseLoan(const Loan& loan, const QList<Installment>& schedule = {});
    /// Changes a stored loan and, when given, replaces its schedule. Its amount, borrower, program and
    /// disbursement date change only while it was disbursed in an open month; its maturity, freezing date and
    /// installments only where their old and new dates are in open months. The loan number is the key.
    Status editLoan(const Loan& loan, const std::optional<QList<Installment>>& schedule = std::nullopt);

    /// Posts a repayment; returns its entry number.
    Result<qint64> postRepayment(const Repayment& repayment);
    /// Posts a savings deposit or withdrawal; returns its entry number.
    Result<qint64> postSavings(const SavingsEntry& entry);
    /// Reverses repayment no. @p entryNo on @p on; returns the reversal's entry number.
    Result<qint64> reverseRepayment(qint64 entryNo, const QDate& on, const QString& reason);
    /// Reverses savings entry no. @p entryNo on @p on; returns the reversal's entry number.
    Result<qint64> reverseSavings(qint64 entryNo, const QDate& on, const QString& reason);

    /// Closes @p month (domain.md §8): it is a month with data, it is over, the month before is closed (or it
    /// is the first month with data), and the portfolio passes `check`.
    Status closeMonth(YearMonth month);
    /// Closes every open month up to @p month, in order, after one `check`.
    Status closeMonthsThrough(YearMonth month);
    /// Reopens @p month, which must be the latest closed month, giving a reason.
    Status reopenMonth(YearMonth month, const QString& reason);

    /// Saves the office's name, place and signatories (texts are trimmed; the demonstration mark is kept as
    /// it is); @p reason, when given, goes to the audit row. Nothing is written when nothing changes.
    Status saveOfficeSettings(const OfficeSettings& settings, const QString& reason = QString());
    /// Marks the database as holding the demonstration portfolio, for good.
    Status markDemonstration();

private:
    /// The role check of every operation (Authorizer::check); a refusal is also the one problem.
    Status authorize(Operation operation);
    /// Appends the audit rows of a post and commits it: the last step of post() and postInParts(), and the
    /// last moment to cancel them.
    Status auditAndCommit(TransactionGuard& transaction, const QList<AuditEntry>& audit);
    /// The one audit row of an import.
    [[nodiscard]] AuditEntry importAuditEntry(const ImportSource& import, const PostingCounts& counts) const;
    /// post() once the actor is allowed to post.
    Result<PostingCounts> postAuthorized(PostingBatch batch,
                                         const std::optional<ImportSource>& import = std::nullopt);
    Status refuse(const QList<RecordProblem>& problems);
    Status refuse(const QString& field, const QString& message);
    /// Refuses an edit based on a version of a record that was changed since, naming who changed it and when
    /// (from the audit trail): "Loan 0012 was changed by lan at 14:32 — reload". Its cause is Stale.
    Status refuseStale(const QString& kind, const QString& key, const QString& record);
    [[nodiscard]] AuditEntry auditEntry(const QString& operation, const QString& kind,
                                        const QString& key) const;
    /// Appends the audit row of an edit (old → new values) and commits the edit's transaction.
    Status commitEdit(TransactionGuard& transaction, AuditEntry entry, const QString& borrowerId,
                      const AuditText::Change& change);
    /// Posts a batch of one operation's rows (a registration, a move, a disbursement with its schedule).
    Status postOne(PostingBatch batch);
    Status closeMonths(YearMonth through, bool onlyOne);
    template <typename T>
    Result<qint64> postEntry(const T& entry);

    /// Reports @p done steps of post(); false when the caller cancelled (m_cancelled is then set).
    bool proceed(int done);

    Database& m_database;
    Actor m_actor;
    QList<RecordProblem> m_problems;
    Progress m_progress;
    bool m_cancelled = false;
};
