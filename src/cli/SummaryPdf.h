#pragma once

#include "CommandLine.h"

/// `loandesk-cli summary|ageing --format pdf`: the printed summary or ageing table drawn by the desktop
/// program's own document (ReportDocument), with the desktop program's report settings, on the offscreen
/// platform.
Status writeSummaryPdf(Database& database, const PdfRequest& request);
