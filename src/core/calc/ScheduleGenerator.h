#pragma once

#include "domain/Entities.h"

#include <QDate>
#include <QList>

#include <optional>

/// Proposes a loan's repayment schedule (phân kỳ trả nợ) for the loan form: an installment every 1, 3, 6 or
/// 12 months counted from the disbursement date (adding months as a calendar does), the last one on the
/// maturity date. The amount is split into equal installments rounded down to the đồng; the remainder goes to
/// the last one, so the installments always add up to the amount. A proposal only: the staff member can
/// change every row before the loan is saved, and the write service checks the schedule as it checks an
/// import.
class ScheduleGenerator
{
public:
    /// The installments of @p amount every @p everyMonths months from @p disbursedOn to @p maturityOn.
    /// Nothing when the dates are not in order, the amount is not positive or @p everyMonths is not positive.
    static QList<Installment> generate(Money amount, const QDate& disbursedOn, const QDate& maturityOn,
                                       int everyMonths, const QString& loanNo = QString());

    /// The due dates of generate(): disbursedOn + k × everyMonths for each k while before maturityOn, then
    /// maturityOn.
    static QList<QDate> dueDates(const QDate& disbursedOn, const QDate& maturityOn, int everyMonths);

    /// @p amount split into @p count equal parts rounded down to the đồng, the remainder on the last part.
    static QList<Money> split(Money amount, int count);

    /// The maturity date of a loan of @p months months disbursed on @p disbursedOn.
    static QDate maturityFor(const QDate& disbursedOn, int months);
    /// The whole number of months from @p disbursedOn to @p maturityOn when the maturity is exactly that many
    /// calendar months later (maturityFor gives it back); nothing otherwise.
    static std::optional<int> termMonths(const QDate& disbursedOn, const QDate& maturityOn);
};
