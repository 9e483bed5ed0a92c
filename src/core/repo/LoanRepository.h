#pragma once

#include "Result.h"
#include "calc/LoanCalculator.h"
#include "domain/Entities.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

class Database;

/// Loans (khế ước) with their repayment schedules, by loan number.
class LoanRepository
{
public:
    explicit LoanRepository(Database& database)
        : m_database(database)
    {}

    Result<QHash<QString, Loan>> find(const QStringList& loanNos);
    /// Installments of the given loans, by loan number then due date.
    Result<QList<Installment>> installmentsOf(const QStringList& loanNos);
    /// Every loan number, ascending.
    Result<QStringList> allLoanNos();
    /// The loans of the given borrowers, ascending by loan number.
    Result<QStringList> loanNosOfBorrowers(const QStringList& borrowerIds);

    /// The loans of one borrower as the kept totals need them: number and program.
    struct BorrowerLoans
    {
        qint64 borrowerKey = 0;                  ///< the borrower's row id
        QString borrowerId;                      ///< the borrower's code
        QList<std::pair<QString, qint64>> loans; ///< loan number and program id, ascending by number
    };
    /// The stored given borrowers with their loans (a borrower not stored is left out).
    Result<QList<BorrowerLoans>> loansByBorrower(const QStringList& borrowerIds);
    /// The borrowers of the given loans, ascending.
    Result<QStringList> borrowersOfLoans(const QStringList& loanNos);
    /// Every borrower who has a loan, ascending.
    Result<QStringList> borrowersWithLoans();
    /// The same, of those who are or ever were in one of the communes @p communeIds (by row id).
    Result<QStringList> borrowersWithLoansIn(const QList<qint64>& communeIds);

    /// Visits every loan, ascending by loan number.
    Status forEachLoan(const std::function<void(const Loan&)>& visit);
    /// Visits every installment, ascending by loan number then due date.
    Status forEachInstallment(const std::function<void(const Installment&)>& visit);

    /// Everything the figures of each given loan depend on: its amount and dates, its schedule, every
    /// repayment and reversal (LoanFacts::Payment::of), the date of its borrower's last move.
    Result<QHash<QString, LoanFacts>> facts(const QStringList& loanNos);

    Status insert(const QList<Loan>& loans);
    Status insertInstallments(const QList<Installment>& installments);
    /// Writes every field of the stored loan with the same number.
    Status update(const Loan& loan);
    /// Replaces the whole schedule of @p loanNo.
    Status replaceInstallments(const QString& loanNo, const QList<Installment>& installments);

private:
    Database& m_database;
};
