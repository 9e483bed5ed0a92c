#pragma once

#include "DataSpan.h"

/// Which month can be closed next (domain.md §8): months are closed in order from the first month with data,
/// and a month only once it is over. The write service refuses by these rules; the desktop program offers by
/// them.
struct ClosingState
{
    enum class Blocked
    {
        None,      ///< next can be closed
        NoData,    ///< there is no month with data
        AllClosed, ///< every month with data is closed
        NotOver,   ///< next is not over yet: it can be closed from closableFrom
    };

    YearMonth latestClosed; ///< invalid: none is closed
    YearMonth next;         ///< the first open month with data; invalid when there is none
    Blocked blocked = Blocked::NoData;
    QDate closableFrom; ///< the day after next's last day

    [[nodiscard]] bool canClose() const { return blocked == Blocked::None; }

    static ClosingState of(const DataSpan& span, YearMonth latestClosed, const QDate& today)
    {
        ClosingState state;
        state.latestClosed = latestClosed;
        if (span.isEmpty())
            return state;
        const YearMonth next = latestClosed.isValid() ? latestClosed.next() : span.firstMonth();
        if (!span.contains(next)) {
            state.blocked = Blocked::AllClosed;
            return state;
        }
        state.next = next;
        state.closableFrom = next.lastDay().addDays(1);
        state.blocked = today < state.closableFrom ? Blocked::NotOver : Blocked::None;
        return state;
    }
};
