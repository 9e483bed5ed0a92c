#pragma once

#include "Result.h"
#include "calc/CollectionProposal.h"
#include "domain/Entities.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

/// What the entry forms tell the staff member before anything is saved, read from what is stored and computed
/// by the core calculators. Read-only: it never writes, and nothing it says stops a save (the write service
/// alone refuses).
class LoanAdvice
{
    Q_DECLARE_TR_FUNCTIONS(LoanAdvice)

public:
    /// A household's total outstanding across its loans above which the loan form warns (100,000,000 đồng).
    static constexpr Money kHouseholdLimit = Money::fromDong(100'000'000);

    explicit LoanAdvice(Database& database)
        : m_database(database)
    {}

    /// Something to look at before disbursing a loan; not an error.
    struct Warning
    {
        enum class Kind
        {
            /// The household already has a loan with a balance in the same program.
            SameProgramBalance,
            /// The household's outstanding with the new loan would pass kHouseholdLimit.
            HouseholdLimit,
        };
        Kind kind = Kind::SameProgramBalance;
        QStringList loanNos; ///< the loans with a balance it is about
        Money outstanding;   ///< their outstanding at the end of the disbursement date
        Money total;         ///< HouseholdLimit: that outstanding plus the new amount

        bool operator==(const Warning&) const = default;
    };

    /// The warnings for disbursing @p loan (its borrower, program, amount and date), from the borrower's
    /// other loans at the end of the disbursement date. Every program counts for a household borrower (the
    /// catalogue does not mark household programs apart); an organisation gets no household warning.
    Result<QList<Warning>> warningsFor(const Loan& loan);

    /// The next free loan number: the highest stored number whose form is letters then digits, plus one with
    /// as many digits (L0000219 → L0000220); L0000001 in an empty database.
    Result<QString> nextLoanNo();

    /// What the repayment form proposes for loan @p loanNo on @p day (CollectionProposal, at the loan's own
    /// rate or its program's on the disbursement date).
    struct RepaymentProposal
    {
        Loan loan;
        MonthlyRate rate;
        CollectionProposal proposal;
    };
    Result<RepaymentProposal> repaymentProposal(const QString& loanNo, const QDate& day);

private:
    Database& m_database;
};
