#include "FigureUpdater.h"

#include "calc/LoanCalculator.h"
#include "db/Database.h"
#include "repo/FigureRepository.h"
#include "repo/LoanRepository.h"
#include "repo/SavingsRepository.h"

#include <QMap>

#include <algorithm>

Status FigureUpdater::refreshLoans(const QStringList& loanNos)
{
    LoanRepository loans(m_database);
    FigureRepository figures(m_database);
    constexpr qsizetype kBatch = 2000;
    for (qsizetype start = 0; start < loanNos.size(); start += kBatch) {
        const QStringList batch = loanNos.mid(start, kBatch);
        auto facts = loans.facts(batch);
        if (!facts)
            return facts.error();
        for (const QString& loanNo : batch) {
            const auto it = facts->constFind(loanNo);
            if (it == facts->cend())
                return Error::unusable(Database::tr("no loan %1 to update the figures of").arg(loanNo));
            const LoanCalculator calculator(*it);
            if (Status s = figures.replaceLoanMonths(loanNo, calculator.months()); !s)
                return s;
        }
    }
    return figures.flushMonthTotals();
}

Status FigureUpdater::writeNewLoans(const QHash<QString, LoanFacts>& facts)
{
    QStringList loanNos = facts.keys();
    std::sort(loanNos.begin(), loanNos.end());
    FigureRepository figures(m_database);
    for (const QString& loanNo : std::as_const(loanNos)) {
        if (Status s = figures.replaceLoanMonths(loanNo, LoanCalculator(facts.value(loanNo)).months()); !s)
            return s;
    }
    return figures.flushMonthTotals();
}

Status FigureUpdater::refreshGroupSavings(const QStringList& groupCodes)
{
    SavingsRepository savings(m_database);
    auto entries = savings.ofGroups(groupCodes);
    if (!entries)
        return entries.error();
    FigureRepository figures(m_database);
    for (const QString& code : groupCodes) {
        QMap<YearMonth, Money> change;
        for (const SavingsEntry& entry : entries->value(code))
            change[YearMonth::fromDate(entry.on)] += entry.amount;
        QList<FigureRepository::SavingsMonth> months;
        Money balance;
        for (auto it = change.cbegin(); it != change.cend(); ++it) {
            balance += it.value();
            months.append({it.key(), balance});
        }
        if (Status s = figures.replaceGroupSavings(code, months); !s)
            return s;
    }
    return {};
}

Status FigureUpdater::recordActivity(const QSet<YearMonth>& months)
{
    return FigureRepository(m_database).addActivityMonths(months);
}
