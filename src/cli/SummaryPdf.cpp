#include "SummaryPdf.h"

#include "print/ReportDocument.h"
#include "print/ReportSettings.h"

Status writeSummaryPdf(Database& database, const PdfRequest& request)
{
    DisplayOptions options;
    options.language = request.language;
    options.unit = request.unit;
    ReportRequest report;
    report.kind = request.kind;
    report.by = request.by;
    report.month = request.month;
    report.asOf = request.asOf;
    auto document = ReportDocument::build(database, report, options, ReportSettings::load());
    if (!document)
        return document.error();
    if (request.date.isValid())
        document->setDate(request.date);
    return document->writePdf(request.out);
}
