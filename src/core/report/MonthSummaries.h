#pragma once

#include "CrossTable.h"
#include "ReportTable.h"

/// The monthly summary of one month in every breakdown at once, with the program × organisation matrix,
/// from one pass over the kept figures (ReportBuilder::monthSummaries). Each table is exactly what
/// ReportBuilder::summary returns for its breakdown.
struct MonthSummaries
{
    ReportTable byProgram;
    ReportTable byCommune;
    ReportTable byOrganization;
    ReportTable byGroup;
    CrossTable programByOrganization;
};
