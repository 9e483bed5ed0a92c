#include "DemoPortfolioSuite.h"

#include "db/Database.h"
#include "demo/DemoPortfolio.h"

TempDatabase* DemoPortfolioSuite::s_temp = nullptr;
Database* DemoPortfolioSuite::s_database = nullptr;

void DemoPortfolioSuite::SetUpTestSuite()
{
    const QString shared = qEnvironmentVariable("LOANDESK_DEMO_DB");
    if (!shared.isEmpty()) {
        auto opened = Database::open(shared);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        s_database = std::move(opened).value().release();
        return;
    }
    s_temp = new TempDatabase;
    const Status built = DemoPortfolio::build(s_temp->db());
    ASSERT_TRUE(built.ok()) << built.error().message.toStdString();
    s_database = &s_temp->db();
}

void DemoPortfolioSuite::TearDownTestSuite()
{
    if (!s_temp)
        delete s_database;
    delete s_temp;
    s_temp = nullptr;
    s_database = nullptr;
}
