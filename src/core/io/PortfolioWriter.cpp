#include "PortfolioWriter.h"

#include "calc/FigureUpdater.h"
#include "db/TransactionGuard.h"
#include "repo/BorrowerRepository.h"
#include "repo/CommuneRepository.h"
#include "repo/GroupRepository.h"
#include "repo/LoanRepository.h"
#include "repo/RepaymentRepository.h"
#include "repo/SavingsRepository.h"

#include <QSet>

#include <algorithm>
#include <tuple>

namespace {

/// The batch's rows in key order, so that inserts append to the indexes instead of jumping around in them.
template <typename T, typename Less>
QList<T> sorted(QList<T> rows, Less less)
{
    std::stable_sort(rows.begin(), rows.end(), less);
    return rows;
}

} // namespace

Status PortfolioWriter::write(const PortfolioData& data)
{
    TransactionGuard transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    BorrowerRepository borrowers(m_database);
    LoanRepository loans(m_database);
    if (Status s = CommuneRepository(m_database).insert(data.communes); !s)
        return s;
    if (Status s = GroupRepository(m_database).insert(data.groups); !s)
        return s;
    if (Status s = borrowers.insert(data.borrowers); !s)
        return s;
    if (Status s = loans.insert(data.loans); !s)
        return s;
    const QList<Installment> installments = sorted(data.installments, [](const auto& a, const auto& b) {
        return std::tie(a.loanNo, a.dueOn) < std::tie(b.loanNo, b.dueOn);
    });
    const QList<Repayment> repayments = sorted(data.repayments, [](const auto& a, const auto& b) {
        return std::tie(a.loanNo, a.paidOn) < std::tie(b.loanNo, b.paidOn);
    });
    const QList<SavingsEntry> savings = sorted(data.savings, [](const auto& a, const auto& b) {
        return std::tie(a.borrowerId, a.on) < std::tie(b.borrowerId, b.on);
    });
    if (Status s = loans.insertInstallments(installments); !s)
        return s;
    if (Status s = RepaymentRepository(m_database).insert(repayments); !s)
        return s;
    if (Status s = SavingsRepository(m_database).insert(savings); !s)
        return s;

    // New loans have all their facts in this batch; loans stored before are read back with what was added.
    QHash<QString, LoanFacts> newLoans;
    QSet<QString> changedLoans;
    QSet<YearMonth> activeMonths;
    for (const Loan& loan : data.loans) {
        LoanFacts& facts = newLoans[loan.loanNo];
        facts.amount = loan.amount;
        facts.disbursedOn = loan.disbursedOn;
        facts.maturityOn = loan.maturityOn;
        facts.frozenOn = loan.frozenOn;
        activeMonths.insert(YearMonth::fromDate(loan.disbursedOn));
    }
    for (const Installment& installment : installments) {
        if (const auto it = newLoans.find(installment.loanNo); it != newLoans.end())
            it->schedule.append({installment.dueOn, installment.principal});
        else
            changedLoans.insert(installment.loanNo);
    }
    for (const Repayment& repayment : repayments) {
        if (const auto it = newLoans.find(repayment.loanNo); it != newLoans.end())
            it->payments.append({repayment.paidOn, repayment.principal, repayment.interest});
        else
            changedLoans.insert(repayment.loanNo);
        activeMonths.insert(YearMonth::fromDate(repayment.paidOn));
    }
    QSet<QString> savers;
    for (const SavingsEntry& entry : data.savings) {
        savers.insert(entry.borrowerId);
        activeMonths.insert(YearMonth::fromDate(entry.on));
    }
    QStringList loanNos(changedLoans.cbegin(), changedLoans.cend());
    std::sort(loanNos.begin(), loanNos.end());
    auto groups = borrowers.groupCodesOf(QStringList(savers.cbegin(), savers.cend()));
    if (!groups)
        return groups.error();

    FigureUpdater figures(m_database);
    if (Status s = figures.writeNewLoans(newLoans); !s)
        return s;
    if (Status s = figures.refreshLoans(loanNos); !s)
        return s;
    if (Status s = figures.refreshGroupSavings(*groups); !s)
        return s;
    if (Status s = figures.recordActivity(activeMonths); !s)
        return s;
    return transaction.commit();
}
