#pragma once

#include "report/PortfolioSelection.h"

/// A place in the main window, as the back and forward buttons remember it: a page and what it is narrowed to
/// (a program, commune, organisation, group or borrower chosen by a click).
struct Location
{
    enum class Page
    {
        Dashboard,
        Programs,
        Communes,
        Organizations,
        Groups,
        Borrowers,
        Loans,
        Reports,
        Ledger,
        History, ///< the audit trail; narrowed to one borrower by selection.borrowerId
    };

    Page page = Page::Dashboard;
    /// The keys chosen by the click (its filter part is not used: the window's filter applies everywhere).
    PortfolioSelection selection;

    bool operator==(const Location&) const = default;
};
