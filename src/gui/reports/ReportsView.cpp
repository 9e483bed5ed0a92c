#include "ReportsView.h"

ReportsView::ReportsView(Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
{
}

void ReportsView::setMonth(YearMonth month)
{
    m_month = month;
}

void ReportsView::setFilter(const PortfolioFilter& filter)
{
    m_filter = filter;
}

void ReportsView::setDisplayOptions(const DisplayOptions& options)
{
    m_options = options;
}
