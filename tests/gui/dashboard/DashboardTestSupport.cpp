#include "DashboardTestSupport.h"

#include "TestData.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace DashboardTestSupport {

TempDatabase& portfolio()
{
    static TempDatabase* temp = [] {
        // Settings of this test program only: never the user's, and not shared with tests running beside it.
        static QTemporaryDir settings;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
        QSettings().clear();
        auto* created = new TempDatabase;
        EXPECT_TRUE(TestData::importFixture(created->db(), QStringLiteral("portfolio-small")));
        return created;
    }();
    return *temp;
}

std::unique_ptr<MainWindow> openWindow(const QString& path, Language language, MoneyUnit unit)
{
    auto database = Database::open(path);
    if (!database) {
        ADD_FAILURE() << database.error().message.toStdString();
        return nullptr;
    }
    auto window = std::make_unique<MainWindow>(std::move(database).value());
    window->setRememberSettings(false);
    window->setLanguage(language);
    window->setUnit(unit);
    window->resize(1440, 900);
    window->show();
    EXPECT_TRUE(window->waitUntilIdle());
    return window;
}

CsvTable cliSummary(const QString& path, YearMonth month, Breakdown by)
{
    QByteArray out;
    QByteArray err;
    const int status =
        TestData::runCli({QStringLiteral("summary"), QStringLiteral("--db"), path, QStringLiteral("--month"),
                          month.toIsoString(), QStringLiteral("--by"), breakdownCode(by)},
                         &out, &err);
    EXPECT_EQ(status, 0) << err.toStdString();
    const QStringList columns = {QStringLiteral("key"),
                                 QStringLiteral("name"),
                                 QStringLiteral("borrowers"),
                                 QStringLiteral("loans"),
                                 QStringLiteral("outstanding_start"),
                                 QStringLiteral("disbursed"),
                                 QStringLiteral("collected_principal"),
                                 QStringLiteral("collected_interest"),
                                 QStringLiteral("outstanding_end"),
                                 QStringLiteral("overdue"),
                                 QStringLiteral("frozen"),
                                 QStringLiteral("overdue_ratio_pct")};
    CsvTable table = CsvTable::read(out, columns, {QStringLiteral("savings")});
    EXPECT_TRUE(table.problems.isEmpty()) << table.problems.join(u'\n').toStdString();
    return table;
}

const CsvRecord* recordOf(const CsvTable& table, const QString& key)
{
    for (const CsvRecord& record : table.records) {
        if (record.fields.value(0) == key)
            return &record;
    }
    return nullptr;
}

QString fieldOf(const CsvTable& table, const CsvRecord& record, const QString& column)
{
    return record.fields.value(table.columns.indexOf(column));
}

} // namespace DashboardTestSupport
