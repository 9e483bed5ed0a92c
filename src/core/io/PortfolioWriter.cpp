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
    if (Status s = loans.insertInstallments(data.installments); !s)
        return s;
    if (Status s = RepaymentRepository(m_database).insert(data.repayments); !s)
        return s;
    if (Status s = SavingsRepository(m_database).insert(data.savings); !s)
        return s;

    QSet<QString> changedLoans;
    QSet<YearMonth> activeMonths;
    for (const Loan& loan : data.loans) {
        changedLoans.insert(loan.loanNo);
        activeMonths.insert(YearMonth::fromDate(loan.disbursedOn));
    }
    for (const Installment& installment : data.installments)
        changedLoans.insert(installment.loanNo);
    for (const Repayment& repayment : data.repayments) {
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
    if (Status s = figures.refreshLoans(loanNos); !s)
        return s;
    if (Status s = figures.refreshGroupSavings(*groups); !s)
        return s;
    if (Status s = figures.recordActivity(activeMonths); !s)
        return s;
    return transaction.commit();
}
