#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

/// One row of the audit trail: who did what to which record, when, with the values before and after as
/// readable text and the reason where there is one. The trail is append-only.
struct AuditEntry
{
    qint64 id = 0;
    QString atUtc;   ///< ISO 8601 in UTC: `2026-12-05T03:15:00Z`
    QString atLocal; ///< ISO 8601 with the offset of the computer's time zone: `2026-12-05T10:15:00+07:00`
    QString user;
    QString operation;  ///< what was done: see AuditOperation
    QString recordKind; ///< `commune`, `group`, `borrower`, `loan`, `repayment`, `savings`, `month`,
                        ///< `import`, `office`, `user`, `backup` (a restore: the backup's file name)
    QString recordKey;  ///< its key: a code, a loan number, an entry number, `2023-07`, a folder
    QString borrowerId; ///< the borrower the record belongs to, when it belongs to one
    QString oldValues;  ///< `field: value; …` before the change (empty for a new record)
    QString newValues;  ///< `field: value; …` after it
    QString reason;

    /// A new row of the trail: @p at (any time zone) written in UTC and in the computer's local time.
    static AuditEntry stamped(const QDateTime& at, const QString& user, const QString& operation,
                              const QString& recordKind, const QString& recordKey)
    {
        const QDateTime local = at.toLocalTime();
        AuditEntry entry;
        entry.atUtc = at.toUTC().toString(Qt::ISODate);
        entry.atLocal = local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
        entry.user = user;
        entry.operation = operation;
        entry.recordKind = recordKind;
        entry.recordKey = recordKey;
        return entry;
    }
};

/// The operations the audit trail records (stored as these codes; the desktop program translates them).
namespace AuditOperation {
inline const QString kRegisterCommune = QStringLiteral("register-commune");
inline const QString kEditCommune = QStringLiteral("edit-commune");
inline const QString kRegisterGroup = QStringLiteral("register-group");
inline const QString kEditGroup = QStringLiteral("edit-group");
inline const QString kRegisterBorrower = QStringLiteral("register-borrower");
inline const QString kEditBorrower = QStringLiteral("edit-borrower");
inline const QString kMoveBorrower = QStringLiteral("move-borrower");
inline const QString kDisburseLoan = QStringLiteral("disburse-loan");
inline const QString kEditLoan = QStringLiteral("edit-loan");
inline const QString kPostRepayment = QStringLiteral("post-repayment");
inline const QString kReverseRepayment = QStringLiteral("reverse-repayment");
inline const QString kPostSavings = QStringLiteral("post-savings");
inline const QString kReverseSavings = QStringLiteral("reverse-savings");
inline const QString kCloseMonth = QStringLiteral("close-month");
inline const QString kReopenMonth = QStringLiteral("reopen-month");
inline const QString kImport = QStringLiteral("import");
inline const QString kEditOfficeSettings = QStringLiteral("edit-office-settings");
inline const QString kMarkDemonstration = QStringLiteral("mark-demonstration");
inline const QString kAddUser = QStringLiteral("add-user");
inline const QString kChangePassword = QStringLiteral("change-password");
inline const QString kChangeRole = QStringLiteral("change-role");
inline const QString kLockUser = QStringLiteral("lock-user");
inline const QString kUnlockUser = QStringLiteral("unlock-user");
inline const QString kRestore = QStringLiteral("restore");
} // namespace AuditOperation

/// Which rows of the trail to list. Empty members mean no restriction.
struct AuditFilter
{
    QDate from; ///< local date, inclusive
    QDate to;   ///< local date, inclusive
    QString user;
    QString record;     ///< part of the record's key or kind, or its borrower's id
    QString borrowerId; ///< exactly this borrower's records
    int limit = 0;      ///< 0: all
};
