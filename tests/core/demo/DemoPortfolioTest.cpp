#include <gtest/gtest.h>

TEST(DemoPortfolio, Placeholder) {}
