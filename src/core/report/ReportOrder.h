#pragma once

#include "CrossTable.h"
#include "ReportTable.h"

#include <QString>

/// The order the bank lists a report's rows in, for everything printed or shown (the printed summary, the
/// workbook, the tables on screen): programs in the catalogue's order (domain.md §2: HN, HCN, HMTN, …, CSGD),
/// organisations HPN, HND, CCB, DTN, then direct lending; communes and groups by code, direct lending
/// (DIRECT) last. The CSV and JSON forms of loandesk-cli keep the ascending order of cli.md: ReportBuilder
/// lists the rows that way and only the renderers of people's reports reorder them.
namespace ReportOrder {

/// Whether the row keyed @p a comes before the row keyed @p b in a table by @p by (a strict weak order; the
/// TOTAL key is never compared: it has its own row).
bool before(Breakdown by, const QString& a, const QString& b);

/// @p table with its rows in the bank's order (the total unchanged).
ReportTable inBankOrder(ReportTable table);

/// @p table with its rows and columns in the bank's order, their cells and totals with them.
CrossTable inBankOrder(CrossTable table);

} // namespace ReportOrder
