#pragma once

#include "Dates.h"

#include <QList>

/// The months with data (domain.md §8): from the month of the first disbursement to the month of the latest
/// dated record (a disbursement, an entry, a reversal, a move). A summary or ageing outside them is refused.
struct DataSpan
{
    QDate firstDisbursement; ///< invalid: no loan at all, so no month with data
    QDate lastDay;           ///< the latest dated record

    [[nodiscard]] bool isEmpty() const { return !firstDisbursement.isValid() || !lastDay.isValid(); }
    [[nodiscard]] YearMonth firstMonth() const { return YearMonth::fromDate(firstDisbursement); }
    [[nodiscard]] YearMonth lastMonth() const { return YearMonth::fromDate(lastDay); }
    [[nodiscard]] bool contains(YearMonth month) const
    {
        return !isEmpty() && firstMonth() <= month && month <= lastMonth();
    }
    /// Every month with data, ascending.
    [[nodiscard]] QList<YearMonth> months() const
    {
        QList<YearMonth> all;
        if (isEmpty())
            return all;
        for (YearMonth month = firstMonth(); month <= lastMonth(); month = month.next())
            all.append(month);
        return all;
    }
};
