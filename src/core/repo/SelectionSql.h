#pragma once

#include "report/PortfolioSelection.h"

#include <QString>

class Query;

/// The `AND …` conditions that restrict a statement to a filter or a drill-down selection, shared by the
/// repositories. They expect the aliases `c` (commune), `g` (savings_group, left-joined), `o` (organization,
/// left-joined), `p` (program) and `b` (borrower); the values are bound in the same order by the bind
/// functions.
namespace SelectionSql {

QString filterCondition(const PortfolioFilter& filter);
void bindFilter(Query& query, const PortfolioFilter& filter);

/// Also restricts by program; leave PortfolioSelection::programCode empty for a statement without `p`.
QString selectionCondition(const PortfolioSelection& selection);
void bindSelection(Query& query, const PortfolioSelection& selection);

} // namespace SelectionSql
