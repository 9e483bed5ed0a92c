#include "ScheduleGenerator.h"

#include "domain/Dates.h"

QList<QDate> ScheduleGenerator::dueDates(const QDate& disbursedOn, const QDate& maturityOn, int everyMonths)
{
    QList<QDate> dates;
    if (!disbursedOn.isValid() || !maturityOn.isValid() || maturityOn <= disbursedOn || everyMonths <= 0)
        return dates;
    // Each date from the disbursement date itself, so that a clamped month end does not drift (31/01 → 28/02
    // → 31/05, not 28/05).
    for (int k = 1;; ++k) {
        const QDate due = Dates::addMonthsClamped(disbursedOn, k * everyMonths);
        if (due >= maturityOn)
            break;
        dates.append(due);
    }
    dates.append(maturityOn);
    return dates;
}

QList<Money> ScheduleGenerator::split(Money amount, int count)
{
    QList<Money> parts;
    if (count <= 0)
        return parts;
    const Money each = amount.dividedBy(count, Rounding::TowardZero);
    for (int i = 0; i < count - 1; ++i)
        parts.append(each);
    parts.append(amount - each.multipliedBy(count - 1));
    return parts;
}

QList<Installment> ScheduleGenerator::generate(Money amount, const QDate& disbursedOn,
                                               const QDate& maturityOn, int everyMonths,
                                               const QString& loanNo)
{
    QList<Installment> installments;
    if (!amount.isPositive())
        return installments;
    const QList<QDate> dates = dueDates(disbursedOn, maturityOn, everyMonths);
    const QList<Money> parts = split(amount, static_cast<int>(dates.size()));
    for (qsizetype i = 0; i < dates.size(); ++i)
        installments.append({loanNo, dates[i], parts[i]});
    return installments;
}

QDate ScheduleGenerator::maturityFor(const QDate& disbursedOn, int months)
{
    if (!disbursedOn.isValid() || months <= 0)
        return {};
    return Dates::addMonthsClamped(disbursedOn, months);
}

std::optional<int> ScheduleGenerator::termMonths(const QDate& disbursedOn, const QDate& maturityOn)
{
    if (!disbursedOn.isValid() || !maturityOn.isValid() || maturityOn <= disbursedOn)
        return std::nullopt;
    const int months =
        (maturityOn.year() - disbursedOn.year()) * 12 + maturityOn.month() - disbursedOn.month();
    for (int candidate : {months, months - 1, months + 1}) {
        if (candidate > 0 && maturityFor(disbursedOn, candidate) == maturityOn)
            return candidate;
    }
    return std::nullopt;
}
