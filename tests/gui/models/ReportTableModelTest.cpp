// The summary tables on screen: rows in the bank's order by default (the code column sorts back to it, a
// header click sorts as before), amounts footed in a unit like the printed report.
#include "models/ReportTableModel.h"
#include "models/ItemRoles.h"
#include "models/TableFilterProxyModel.h"

#include <gtest/gtest.h>

namespace {

using Field = ReportTableModel::Field;

ReportRow row(const QString& key, qint64 outstanding)
{
    ReportRow r;
    r.key = key;
    r.name = key;
    r.figures.outstandingEnd = Money::fromDong(outstanding);
    return r;
}

/// Programs in the CSV's ascending order, each 1,500 đồng (1,5 thousand), and their total.
ReportTable programs()
{
    ReportTable table;
    table.by = Breakdown::Program;
    for (const QString& key : QStringLiteral("CSGD HCN HN HMTN").split(u' '))
        table.rows.append(row(key, 1'500));
    table.total = row(QStringLiteral("TOTAL"), 6'000);
    return table;
}

QStringList keys(const QAbstractItemModel& model)
{
    QStringList result;
    for (int r = 0; r < model.rowCount(); ++r)
        result.append(model.index(r, 0).data(ItemRoles::KeyRole).toString());
    return result;
}

} // namespace

TEST(ReportTableModelTest, RowsInTheBanksOrderAndTheCodeSortsBackToIt)
{
    ReportTableModel model({Field::Key, Field::Name, Field::OutstandingEnd});
    model.setTable(programs());
    EXPECT_EQ(keys(model), QStringLiteral("HN HCN HMTN CSGD ").split(u' ')); // then TOTAL (no key)

    TableFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(model.columnOf(Field::Name), Qt::AscendingOrder);
    EXPECT_EQ(keys(proxy), QStringLiteral("CSGD HCN HMTN HN ").split(u' '));
    proxy.sort(model.columnOf(Field::Key), Qt::AscendingOrder);
    EXPECT_EQ(keys(proxy), QStringLiteral("HN HCN HMTN CSGD ").split(u' '));
}

TEST(ReportTableModelTest, AmountsInAUnitAddUpToTheTotalShown)
{
    ReportTableModel model({Field::Key, Field::OutstandingEnd});
    DisplayOptions options;
    options.unit = MoneyUnit::ThousandDong;
    model.setDisplayOptions(options);
    model.setTable(programs());
    // 4 × 1,5 thousand = 6: rounded alone 2 + 2 + 2 + 2 = 8; footed 2 + 2 + 1 + 1.
    const int column = model.columnOf(Field::OutstandingEnd);
    int sum = 0;
    for (int r = 0; r < model.rowCount() - 1; ++r)
        sum += model.index(r, column).data().toString().toInt();
    EXPECT_EQ(sum, 6);
    EXPECT_EQ(model.index(model.rowCount() - 1, column).data().toString(), QStringLiteral("6"));
    // The sort role keeps the exact đồng.
    EXPECT_EQ(model.index(0, column).data(ItemRoles::SortRole).toLongLong(), 1'500);
}
