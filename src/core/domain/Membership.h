#pragma once

#include "Entities.h"
#include "Timeline.h"

/// A borrower's membership over time (domain.md §8): the first one, as registered, then each move from its
/// date. At a day D it is that of the last move dated ≤ D, or the first one.
inline Timeline<Membership> membershipTimeline(const Borrower& borrower, const QList<Move>& moves)
{
    Timeline<Membership> timeline({borrower.communeCode, borrower.groupCode});
    for (const Move& move : moves)
        timeline.setFrom(move.on, move.membership());
    return timeline;
}

/// The same reduced to the group (empty while in none).
inline Timeline<QString> groupTimeline(const Borrower& borrower, const QList<Move>& moves)
{
    Timeline<QString> timeline(borrower.groupCode);
    for (const Move& move : moves)
        timeline.setFrom(move.on, move.groupCode);
    return timeline;
}
