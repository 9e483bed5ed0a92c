#pragma once

#include "Breakdown.h"

#include <QString>

/// The loans or borrowers behind one figure of the dashboard: the window's filter (commune, organisation) and
/// at most one key of each breakdown, as a click on a bar or a table row chooses it. Empty members mean no
/// restriction; `DIRECT` as the organisation or group means the loans of borrowers in no group.
struct PortfolioSelection
{
    PortfolioFilter filter;
    QString programCode;
    QString communeCode;
    QString organizationCode;
    QString groupCode;
    QString borrowerId;

    [[nodiscard]] bool isEmpty() const
    {
        return filter.isEmpty() && programCode.isEmpty() && communeCode.isEmpty() &&
               organizationCode.isEmpty() && groupCode.isEmpty() && borrowerId.isEmpty();
    }
    bool operator==(const PortfolioSelection&) const = default;
};
