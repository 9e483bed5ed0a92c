#include "csv/CsvWriter.h"
#include "csv/CsvReader.h"

#include <gtest/gtest.h>

TEST(CsvWriter, QuotesOnlyWhenNeeded)
{
    EXPECT_EQ(CsvWriter::encodeField(QStringLiteral("Cho vay hộ nghèo")), QByteArray("Cho vay hộ nghèo"));
    EXPECT_EQ(CsvWriter::encodeField(QStringLiteral("mầm non, tiểu học")),
              QByteArray("\"mầm non, tiểu học\""));
    EXPECT_EQ(CsvWriter::encodeField(QStringLiteral("say \"hi\"")), QByteArray("\"say \"\"hi\"\"\""));
    EXPECT_EQ(CsvWriter::encodeField(QStringLiteral("two\nlines")), QByteArray("\"two\nlines\""));
    EXPECT_EQ(CsvWriter::encodeField(QString()), QByteArray());
    EXPECT_EQ(CsvWriter::encodeRecord({QStringLiteral("a"), QString(), QStringLiteral("b,c")}),
              QByteArray("a,,\"b,c\"\n"));
}

TEST(CsvWriter, WhatItWritesReadsBackTheSame)
{
    const QList<QString> fields = {QStringLiteral("Mua máy dệt, máy khâu"), QStringLiteral("\"quoted\""),
                                   QStringLiteral("line\nbreak"), QStringLiteral("plain"), QString()};
    const QByteArray bytes = CsvWriter::encodeRecord(fields) + CsvWriter::encodeRecord(fields);
    CsvReader reader(bytes);
    CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record.fields, fields);
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record.line, 3);
}
