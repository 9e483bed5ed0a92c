#pragma once

#include "calc/LoanPosition.h"
#include "domain/Entities.h"

#include <QString>

/// One borrower of a drill-down list (a group's members, the borrowers of a commune): who they are, where
/// they report, and their loans' figures of the month summed, with their savings balance at the month end.
struct BorrowerLine
{
    Borrower borrower;
    QString communeName;
    QString organizationCode; ///< `DIRECT` for a borrower in no group
    QString groupName;        ///< empty for a borrower in no group

    qint64 loans = 0; ///< loans with a balance at the month end
    Money outstandingEnd;
    Money overdue;
    Money frozen;
    Money collectedPrincipal;
    Money collectedInterest;
    AgeBuckets ageing{};
    Money savings;

    [[nodiscard]] Percent overdueRatio() const { return Percent::ratio(overdue, outstandingEnd); }
};
