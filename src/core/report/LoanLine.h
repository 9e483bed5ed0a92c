#pragma once

#include "calc/LoanPosition.h"
#include "domain/Money.h"

#include <QDate>
#include <QString>

#include <optional>

/// One loan of a drill-down list: who holds it, where it reports in every breakdown, and its kept figures of
/// the month (its position at the month end and what moved in the month).
struct LoanLine
{
    QString loanNo;
    QString borrowerId;
    QString borrowerName;
    QString programCode;
    QString programName;
    QString communeCode;
    QString communeName;
    QString organizationCode; ///< `DIRECT` for a borrower in no group
    QString groupCode;        ///< `DIRECT` for a borrower in no group
    QString groupName;        ///< empty for a borrower in no group
    Money amount;
    QDate disbursedOn;
    QDate maturityOn;
    std::optional<QDate> frozenOn;
    LoanMonth figures;

    [[nodiscard]] Percent overdueRatio() const
    {
        return Percent::ratio(figures.overdue, figures.outstandingEnd);
    }
};
