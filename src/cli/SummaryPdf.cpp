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
    const ReportSettings settings = ReportSettings::load(database);
    auto document = ReportDocument::build(database, report, options, settings);
    if (!document)
        return document.error();
    if (request.date.isValid())
        document->setDate(request.date);
    return document->writePdf(request.out);
}
