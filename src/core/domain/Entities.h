#pragma once

#include "Money.h"
#include "Rate.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

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
};

/// One installment of a loan's repayment schedule (phân kỳ trả nợ).
struct Installment
{
    QString loanNo;
    QDate dueOn;
    Money principal;
};

struct Repayment
{
    QString loanNo;
    QDate paidOn;
    Money principal;
    Money interest;
};

/// A savings movement of a group member: positive is a deposit, negative a withdrawal.
struct SavingsEntry
{
    QString borrowerId;
    QDate on;
    Money amount;
};
