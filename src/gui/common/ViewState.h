#pragma once

#include "DisplayOptions.h"
#include "domain/Dates.h"
#include "print/ReportSettings.h"
#include "report/Breakdown.h"

#include <QString>

/// What every page of the main window shows: the month, the window's filter and how figures are displayed,
/// with the filter in words for headings ("Phường Đồng Văn · Hội Nông dân").
struct ViewState
{
    YearMonth month;
    PortfolioFilter filter;
    DisplayOptions options;
    QString scope;         ///< the filter in words; empty when there is none
    ReportSettings report; ///< the office's settings (its name heads a printed or saved page)

    bool operator==(const ViewState&) const = default;
};
