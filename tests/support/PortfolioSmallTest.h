#pragma once

#include "TempDatabase.h"

#include <gtest/gtest.h>

/// A test suite over one database holding the fixture portfolio-small, imported once for the whole suite.
class PortfolioSmallTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite();
    static void TearDownTestSuite();

    /// The suite's database.
    static Database& db() { return s_temp->db(); }

    static TempDatabase* s_temp;
};
