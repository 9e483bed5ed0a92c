#pragma once

#include "common/DisplayOptions.h"
#include "domain/Dates.h"
#include "report/Breakdown.h"

#include <QWidget>

class Database;

/// The Reports page of the main window: choose the month and the report, then preview, print, save as PDF, or
/// export XLSX or CSV. (Placeholder until the printing work lands.)
class ReportsView : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsView(Database& database, QWidget* parent = nullptr);

    void setMonth(YearMonth month);
    void setFilter(const PortfolioFilter& filter);
    void setDisplayOptions(const DisplayOptions& options);

private:
    Database& m_database;
    YearMonth m_month;
    PortfolioFilter m_filter;
    DisplayOptions m_options;
};
