#include "csv/CsvTable.h"

#include <gtest/gtest.h>

TEST(CsvTable, ReordersColumnsAndFillsAbsentOptionalOnes)
{
    CsvTableReader reader("name,code\nA,1\n", {QStringLiteral("code"), QStringLiteral("name")},
                          {QStringLiteral("village")});
    ASSERT_TRUE(reader.headerOk());
    EXPECT_TRUE(reader.hasColumn(0));
    EXPECT_FALSE(reader.hasColumn(2));
    CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record.fields, QList<QString>({QStringLiteral("1"), QStringLiteral("A"), QString()}));
}

TEST(CsvTable, HeaderProblemsAreProblemsOfLineOne)
{
    CsvTableReader reader("code,code,remarks\n1,1,x\n", {QStringLiteral("code"), QStringLiteral("name")});
    EXPECT_FALSE(reader.headerOk());
    CsvRecord record;
    EXPECT_FALSE(reader.next(record));
    const auto problems = reader.problems();
    ASSERT_EQ(problems.size(), 3);
    for (const auto& problem : problems)
        EXPECT_EQ(problem.line, 1);
    QStringList columns;
    for (const auto& problem : problems)
        columns.append(problem.column);
    columns.sort();
    EXPECT_EQ(columns,
              QStringList({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("remarks")}));
}

TEST(CsvTable, WrongFieldCountIsAProblemOfItsLine)
{
    CsvTableReader reader("a,b\n1,2\n1,2,3\n4,5\n", {QStringLiteral("a"), QStringLiteral("b")});
    CsvRecord record;
    QList<int> lines;
    while (reader.next(record))
        lines.append(record.line);
    EXPECT_EQ(lines, QList<int>({2, 4}));
    ASSERT_EQ(reader.problems().size(), 1);
    EXPECT_EQ(reader.problems()[0].line, 3);
}

TEST(CsvTable, EmptyFileIsAProblem)
{
    CsvTableReader reader("", {QStringLiteral("a")});
    EXPECT_FALSE(reader.headerOk());
    ASSERT_EQ(reader.problems().size(), 1);
    EXPECT_EQ(reader.problems()[0].line, 1);
}
