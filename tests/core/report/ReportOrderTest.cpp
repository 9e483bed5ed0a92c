// The bank's order of a report's rows (print, workbook, screen) — the CSV keeps the ascending order.
#include "report/ReportOrder.h"
#include "domain/Catalogue.h"

#include <gtest/gtest.h>

namespace {

ReportTable tableOf(Breakdown by, const QStringList& keys)
{
    ReportTable table;
    table.by = by;
    for (const QString& key : keys)
        table.rows.append({key, key, {}});
    return table;
}

/// `u"HN HCN"` → {HN, HCN}.
QStringList list(QStringView keys)
{
    return keys.toString().split(u' ');
}

QStringList keysOf(const ReportTable& table)
{
    QStringList keys;
    for (const ReportRow& row : table.rows)
        keys.append(row.key);
    return keys;
}

} // namespace

TEST(ReportOrderTest, ProgramsInTheCataloguesOrder)
{
    QStringList ascending = Catalogue::programOrder();
    ascending.sort();
    const ReportTable ordered = ReportOrder::inBankOrder(tableOf(Breakdown::Program, ascending));
    EXPECT_EQ(keysOf(ordered), list(u"HN HCN HMTN HSSV GQVL XKLD NSVS NOXH NOHN SXKD MTHT CSGD"));
}

TEST(ReportOrderTest, ProgramTheCatalogueGainedLaterComesAfterTheTwelve)
{
    const ReportTable ordered =
        ReportOrder::inBankOrder(tableOf(Breakdown::Program, list(u"ZZNEW AANEW CSGD HN")));
    EXPECT_EQ(keysOf(ordered), list(u"HN CSGD AANEW ZZNEW"));
}

TEST(ReportOrderTest, OrganisationsThenDirectLending)
{
    const ReportTable ordered =
        ReportOrder::inBankOrder(tableOf(Breakdown::Organization, list(u"CCB DIRECT DTN HND HPN")));
    EXPECT_EQ(keysOf(ordered), list(u"HPN HND CCB DTN DIRECT"));
}

TEST(ReportOrderTest, CommunesAndGroupsByCodeDirectLast)
{
    EXPECT_EQ(keysOf(ReportOrder::inBankOrder(tableOf(Breakdown::Commune, list(u"13369 DIRECT 13321")))),
              list(u"13321 13369 DIRECT"));
    EXPECT_EQ(keysOf(ReportOrder::inBankOrder(tableOf(Breakdown::Group, list(u"DIRECT T0002 A0001 T0001")))),
              list(u"A0001 T0001 T0002 DIRECT"));
}

TEST(ReportOrderTest, TotalIsKept)
{
    ReportTable table = tableOf(Breakdown::Program, list(u"HCN HN"));
    table.total = {QStringLiteral("TOTAL"), QString(), {}};
    table.total.figures.loans = 7;
    EXPECT_EQ(ReportOrder::inBankOrder(table).total.figures.loans, 7);
}

TEST(ReportOrderTest, AProgramByOrganisationMatrixKeepsEveryCellWithItsRowAndColumn)
{
    CrossTable table;
    table.rowsBy = Breakdown::Program;
    table.columnsBy = Breakdown::Organization;
    const QStringList rows = list(u"CSGD GQVL HN");
    const QStringList columns = list(u"CCB DIRECT HND HPN");
    for (const QString& row : rows) {
        table.rows.append({row, row});
        Figures total;
        total.loans = rows.indexOf(row);
        table.rowTotals.append(total);
        QList<Figures> cells;
        for (const QString& column : columns) {
            Figures cell;
            cell.loans = rows.indexOf(row) * 10 + columns.indexOf(column); // which cell it is
            cells.append(cell);
        }
        table.cells.append(cells);
    }
    for (const QString& column : columns) {
        table.columns.append({column, column});
        Figures total;
        total.loans = columns.indexOf(column);
        table.columnTotals.append(total);
    }
    const CrossTable sorted = ReportOrder::inBankOrder(table);
    QStringList rowKeys;
    for (const CrossTable::Key& key : sorted.rows)
        rowKeys.append(key.key);
    QStringList columnKeys;
    for (const CrossTable::Key& key : sorted.columns)
        columnKeys.append(key.key);
    EXPECT_EQ(rowKeys, list(u"HN GQVL CSGD"));
    EXPECT_EQ(columnKeys, list(u"HPN HND CCB DIRECT"));
    for (qsizetype r = 0; r < sorted.rows.size(); ++r) {
        EXPECT_EQ(sorted.rowTotals[r].loans, rows.indexOf(sorted.rows[r].key));
        for (qsizetype c = 0; c < sorted.columns.size(); ++c)
            EXPECT_EQ(sorted.cell(r, c).loans,
                      rows.indexOf(sorted.rows[r].key) * 10 + columns.indexOf(sorted.columns[c].key));
    }
    for (qsizetype c = 0; c < sorted.columns.size(); ++c)
        EXPECT_EQ(sorted.columnTotals[c].loans, columns.indexOf(sorted.columns[c].key));
}
