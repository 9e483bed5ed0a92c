#pragma once

#include "report/PortfolioSelection.h"

#include <QDate>
#include <QString>

class Query;

/// The `AND …` conditions that restrict a statement to a filter or a drill-down selection, shared by the
/// repositories. They expect the aliases `c` (commune), `g` (savings_group, left-joined), `o` (organization,
/// left-joined), `p` (program) and `b` (borrower); the values are bound in the same order by the bind
/// functions.
namespace SelectionSql {

/// Joins, after a statement's `borrower b`, the borrower's membership at the end of a day bound at this place
/// (domain.md §8: that of their last move dated on or before it, or the first one) as `c` (commune), `g`
/// (savings_group, left-joined) and `o` (organization, left-joined). Binds one date: bindMembershipDay.
QString membershipJoins();
void bindMembershipDay(Query& query, const QDate& day);

QString filterCondition(const PortfolioFilter& filter);
void bindFilter(Query& query, const PortfolioFilter& filter);

/// Also restricts by program; leave PortfolioSelection::programCode empty for a statement without `p`.
QString selectionCondition(const PortfolioSelection& selection);
void bindSelection(Query& query, const PortfolioSelection& selection);

} // namespace SelectionSql
