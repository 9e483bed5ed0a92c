#pragma once

#include "Money.h"
#include "Rate.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

/// The key under which loans that belong to no savings-and-loan group are reported (domain.md §2).
inline const QString kDirectKey = QStringLiteral("DIRECT");

enum class BorrowerKind
{
    Household,
    Organization,
};

QString borrowerKindCode(BorrowerKind kind);
std::optional<BorrowerKind> parseBorrowerKind(QStringView text);

/// One of the four mass organisations that run savings-and-loan groups on the bank's behalf.
struct Organization
{
    QString code;
    QString nameVi;
    QString nameEn;
    QString nameFr;
};

/// Terms of a program from a date on (domain.md §2). A loan is checked against the row in force on its
/// disbursement date.
struct ProgramTerms
{
    QDate effectiveFrom;
    MonthlyRate rate;
    Money maxAmount;
    int maxTermMonths = 0;
};

struct Program
{
    QString code;
    QString nameVi;
    QString nameEn;
    QString nameFr;
    QString legalBasis;
    QList<ProgramTerms> terms; ///< ascending by effectiveFrom

    /// The terms in force on @p date, or nullptr before the program's first terms.
    [[nodiscard]] const ProgramTerms* termsOn(const QDate& date) const;
};

struct Commune
{
    QString code;
    QString name;
    qint64 version = 0; ///< as stored (raised by every edit); an edit carries the version it was based on
};

/// A savings-and-loan group (Tổ tiết kiệm và vay vốn).
struct Group
{
    QString code;
    QString name;
    QString communeCode;
    QString organizationCode;
    QString village;
    QString leaderName;
    QDate foundedOn;
    qint64 version = 0; ///< as stored (raised by every edit); an edit carries the version it was based on
};

struct Borrower
{
    QString id; ///< the office's customer code
    BorrowerKind kind = BorrowerKind::Household;
    QString idNumber;
    QString fullName;
    QString communeCode;
    QString groupCode; ///< empty: in no group
    QString village;
    qint64 version = 0; ///< as stored (raised by every edit); an edit carries the version it was based on
};

/// A loan contract (khế ước).
struct Loan
{
    QString loanNo;
    QString borrowerId;
    QString programCode;
    Money amount;
    QDate disbursedOn;
    QDate maturityOn;
    std::optional<MonthlyRate> rate; ///< as agreed; empty: the program's terms in force on disbursedOn
    std::optional<QDate> frozenOn;   ///< khoanh nợ: from this date the balance is frozen, not overdue
    QString purpose;
    qint64 version = 0; ///< as stored (raised by every edit); an edit carries the version it was based on
};

/// One installment of a loan's repayment schedule (phân kỳ trả nợ).
struct Installment
{
    QString loanNo;
    QDate dueOn;
    Money principal;
};

/// A repayment of a loan's principal and interest. A posted repayment is never edited or deleted: a mistake
/// is corrected by a reversal (domain.md §8), a repayment row that names the entry it takes back. Amounts are
/// as written (a reversal carries the reversed entry's amounts); what a reversal does to the figures is the
/// calculator's business (LoanCalculator), see effectSign().
struct Repayment
{
    Repayment(QString loanNo_ = {}, QDate paidOn_ = {}, Money principal_ = {}, Money interest_ = {},
              qint64 entryNo_ = 0, qint64 reverses_ = 0, QString reason_ = {})
        : loanNo(std::move(loanNo_))
        , paidOn(paidOn_)
        , principal(principal_)
        , interest(interest_)
        , entryNo(entryNo_)
        , reverses(reverses_)
        , reason(std::move(reason_))
    {}

    QString loanNo;
    QDate paidOn;
    Money principal;
    Money interest;
    qint64 entryNo = 0;  ///< unique among repayments; 0: not given yet (the write service numbers it)
    qint64 reverses = 0; ///< the entry number this reversal takes back; 0: an ordinary entry
    QString reason;      ///< why, for a reversal

    [[nodiscard]] bool isReversal() const { return reverses > 0; }
};

/// A savings movement of a group member: positive is a deposit, negative a withdrawal. Entry numbers and
/// reversals as for repayments, numbered separately.
struct SavingsEntry
{
    SavingsEntry(QString borrowerId_ = {}, QDate on_ = {}, Money amount_ = {}, qint64 entryNo_ = 0,
                 qint64 reverses_ = 0, QString reason_ = {})
        : borrowerId(std::move(borrowerId_))
        , on(on_)
        , amount(amount_)
        , entryNo(entryNo_)
        , reverses(reverses_)
        , reason(std::move(reason_))
    {}

    QString borrowerId;
    QDate on;
    Money amount;
    qint64 entryNo = 0;
    qint64 reverses = 0;
    QString reason;

    [[nodiscard]] bool isReversal() const { return reverses > 0; }
};

/// Where a borrower belongs: a commune and, for a grouped household, a group (empty: none).
struct Membership
{
    QString communeCode;
    QString groupCode;

    bool operator==(const Membership&) const = default;
};

/// A change of a borrower's membership from a date (chuyển tổ, chuyển xã; domain.md §8): a grouped household
/// moves to another group (its commune is the group's), a borrower without a group to another commune.
struct Move
{
    QString borrowerId;
    QDate on;
    QString groupCode;   ///< the new group, for a grouped household
    QString communeCode; ///< the new commune, for a borrower without a group (read back: also the group's)

    [[nodiscard]] Membership membership() const { return {communeCode, groupCode}; }
};
