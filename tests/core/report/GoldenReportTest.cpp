// Every expected output of the shared data sets, produced in-process by the report core and compared byte for
// byte (after normalising line ends).
#include "TempDatabase.h"
#include "TestData.h"

#include "io/Importer.h"
#include "report/ReportBuilder.h"
#include "report/ReportRenderers.h"

#include <QFileInfo>

#include <gtest/gtest.h>

namespace {

class GoldenReports : public ::testing::TestWithParam<const char*>
{};

} // namespace

TEST_P(GoldenReports, MatchEveryExpectedFile)
{
    const QString dataSet = QString::fromLatin1(GetParam());
    TempDatabase temp;
    auto imported = Importer(temp.db()).importFolder(TestData::fixture(dataSet + QStringLiteral("/data")));
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    const QStringList files = TestData::expectedFiles(dataSet);
    ASSERT_FALSE(files.isEmpty());
    ReportBuilder builder(temp.db());
    for (const QString& file : files) {
        const QString name = QFileInfo(file).baseName(); // summary-2023-08-program, ageing-2023-08-31-group
        SCOPED_TRACE(name.toStdString());
        const QStringList parts = name.split(u'-');
        const auto by = parseBreakdown(parts.last());
        ASSERT_TRUE(by.has_value());
        Result<ReportTable> table = Error::usage(QString());
        if (parts.front() == QStringLiteral("summary")) {
            const auto month = YearMonth::parse(QString(parts[1] + u'-' + parts[2]));
            ASSERT_TRUE(month.has_value());
            table = builder.summary(*month, *by);
        } else {
            const auto day = Dates::parseIso(QString(parts[1] + u'-' + parts[2] + u'-' + parts[3]));
            ASSERT_TRUE(day.has_value());
            table = builder.ageing(*day, *by);
        }
        ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
        EXPECT_EQ(QString::fromUtf8(TestData::normalizeLineEnds(ReportRenderers::toCsv(*table))),
                  QString::fromUtf8(TestData::normalizeLineEnds(TestData::readFile(file))));
    }
}

INSTANTIATE_TEST_SUITE_P(SharedFixtures, GoldenReports,
                         ::testing::Values("worked-example", "portfolio-small"));
