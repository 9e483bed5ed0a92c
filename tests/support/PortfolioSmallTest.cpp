#include "PortfolioSmallTest.h"

#include "TestData.h"

TempDatabase* PortfolioSmallTest::s_temp = nullptr;

void PortfolioSmallTest::SetUpTestSuite()
{
    s_temp = new TempDatabase;
    ASSERT_TRUE(TestData::importFixture(s_temp->db(), QStringLiteral("portfolio-small")));
}

void PortfolioSmallTest::TearDownTestSuite()
{
    delete s_temp;
    s_temp = nullptr;
}
