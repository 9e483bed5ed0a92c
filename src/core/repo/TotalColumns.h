#pragma once

#include "report/Figures.h"

#include <QStringList>

class Query;

/// The figure columns of the kept totals (program_total, group_total, commune_total) after their key:
/// borrowers, loans, then the amounts, in the order in which they are read, bound and summed.
namespace TotalColumns {

const QStringList& names();
/// Every column of alias `t` as it is, in the order of names().
QString plain();
/// The figures in the columns of @p query from @p first on.
Figures read(const Query& query, int first);
/// Binds the figures of @p figures in the order of names().
void bind(Query& query, const Figures& figures);

} // namespace TotalColumns
