#include "TempDatabase.h"
#include "TestData.h"

#include "report/ReportBuilder.h"
#include "report/ReportRenderers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

TEST(ReportRenderers, JsonHoldsTheSameFiguresAsCsv)
{
    TempDatabase temp;
    ASSERT_TRUE(TestData::importFixture(temp.db(), QStringLiteral("worked-example")));
    auto table = ReportBuilder(temp.db()).summary(YearMonth(2023, 8), Breakdown::Organization);
    ASSERT_TRUE(table.ok());
    const QByteArray json = ReportRenderers::toJson(*table);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << json.toStdString();
    const QJsonObject root = document.object();
    EXPECT_EQ(root[QStringLiteral("report")].toString(), QStringLiteral("summary"));
    EXPECT_EQ(root[QStringLiteral("month")].toString(), QStringLiteral("2023-08"));
    EXPECT_EQ(root[QStringLiteral("by")].toString(), QStringLiteral("organization"));
    EXPECT_FALSE(root[QStringLiteral("closed")].toBool(true));
    EXPECT_EQ(root[QStringLiteral("columns")].toArray().size(), 13);
    const QJsonArray rows = root[QStringLiteral("rows")].toArray();
    ASSERT_EQ(rows.size(), 5);
    const QJsonObject hpn = rows[4].toObject();
    EXPECT_EQ(hpn[QStringLiteral("key")].toString(), QStringLiteral("HPN"));
    EXPECT_EQ(hpn[QStringLiteral("name")].toString(), QStringLiteral("Hội Liên hiệp Phụ nữ"));
    EXPECT_EQ(hpn[QStringLiteral("outstanding_end")].toInteger(), 28'000'000);
    EXPECT_EQ(hpn[QStringLiteral("savings")].toInteger(), 300'000);
    const QJsonObject total = root[QStringLiteral("total")].toObject();
    EXPECT_EQ(total[QStringLiteral("borrowers")].toInteger(), 2);
    // The ratio is written with its two decimals.
    EXPECT_TRUE(json.contains("\"overdue_ratio_pct\": 3.77"));
    EXPECT_TRUE(json.contains("\"overdue_ratio_pct\": 0.00"));
}

TEST(ReportRenderers, AgeingColumnsFollowTheCli)
{
    TempDatabase temp;
    ASSERT_TRUE(TestData::importFixture(temp.db(), QStringLiteral("worked-example")));
    auto table = ReportBuilder(temp.db()).ageing(QDate(2023, 9, 1), Breakdown::Program);
    ASSERT_TRUE(table.ok());
    const QByteArray csv = ReportRenderers::toCsv(*table);
    EXPECT_TRUE(csv.startsWith("key,name,current,overdue_1_30,overdue_31_90,overdue_91_180,overdue_181_360,"
                               "overdue_over_360,frozen\n"));
    EXPECT_TRUE(csv.endsWith("TOTAL,,16000000,10000000,2000000,0,0,0,25000000\n"));
    const QByteArray json = ReportRenderers::toJson(*table);
    EXPECT_TRUE(json.contains("\"as_of\": \"2023-09-01\""));
    // No month is closed: the figures are provisional, and the JSON says so.
    EXPECT_TRUE(json.contains("\"closed\": false"));
}
