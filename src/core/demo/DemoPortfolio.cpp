#include "DemoPortfolio.h"

PortfolioData DemoPortfolio::generate(const DemoOptions&, const Catalogue&)
{
    return {};
}

Status DemoPortfolio::build(Database&, const DemoOptions&)
{
    return {};
}
