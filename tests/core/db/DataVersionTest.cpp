#include "TempDatabase.h"

#include "db/DataVersion.h"
#include "domain/Entities.h"
#include "service/PortfolioService.h"

#include <gtest/gtest.h>

// The data version of a connection changes when another connection commits, not for its own changes.
TEST(DataVersion, ChangesWithAnotherConnectionsCommitOnly)
{
    TempDatabase temp;
    auto other = Database::open(temp.path());
    ASSERT_TRUE(other.ok());
    const auto first = readDataVersion(temp.db());
    ASSERT_TRUE(first.ok());

    ASSERT_TRUE(
        PortfolioService(temp.db()).registerCommune({QStringLiteral("10001"), QStringLiteral("Xã A")}));
    const auto own = readDataVersion(temp.db());
    ASSERT_TRUE(own.ok());
    EXPECT_EQ(*own, *first);

    ASSERT_TRUE(PortfolioService(**other).registerCommune({QStringLiteral("10002"), QStringLiteral("Xã B")}));
    const auto changed = readDataVersion(temp.db());
    ASSERT_TRUE(changed.ok());
    EXPECT_NE(*changed, *own);
    const auto again = readDataVersion(temp.db());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, *changed);
}
