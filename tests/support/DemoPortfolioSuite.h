#pragma once

#include "TempDatabase.h"

#include <gtest/gtest.h>

/// A test suite over the demonstration portfolio: the database built by `loandesk-cli init --demo` for the
/// whole test run (CTest fixture demo_portfolio, named by LOANDESK_DEMO_DB), or one built here when the test
/// program runs on its own.
class DemoPortfolioSuite : public ::testing::Test
{
protected:
    static void SetUpTestSuite();
    static void TearDownTestSuite();

    /// The suite's database.
    static Database& db() { return *s_database; }

    static TempDatabase* s_temp;
    static Database* s_database;
};
