#include "PortfolioSmallTest.h"

#include "TestData.h"

#include "io/Importer.h"

TempDatabase* PortfolioSmallTest::s_temp = nullptr;

void PortfolioSmallTest::SetUpTestSuite()
{
    s_temp = new TempDatabase;
    auto imported =
        Importer(s_temp->db()).importFolder(TestData::fixture(QStringLiteral("portfolio-small/data")));
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
}

void PortfolioSmallTest::TearDownTestSuite()
{
    delete s_temp;
    s_temp = nullptr;
}
