#include "csv/CsvReader.h"

#include <gtest/gtest.h>

namespace {

QList<CsvRecord> readAll(CsvReader& reader)
{
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.next(record))
        records.append(record);
    return records;
}

} // namespace

TEST(CsvReader, ReadsPlainRecordsWithLineNumbers)
{
    CsvReader reader("code,name\n13321,Phường Đồng Văn\n13324,Phường Hòa Mạc\n");
    const auto records = readAll(reader);
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[1].line, 2);
    EXPECT_EQ(records[1].fields,
              QList<QString>({QStringLiteral("13321"), QStringLiteral("Phường Đồng Văn")}));
    EXPECT_EQ(records[2].line, 3);
    EXPECT_TRUE(reader.problems().isEmpty());
}

TEST(CsvReader, HandlesQuotesCommasAndDoubledQuotes)
{
    CsvReader reader("a,b,c\n\"Mua máy dệt, máy khâu\",\"say \"\"hi\"\"\",\"\"\n");
    const auto records = readAll(reader);
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[1].fields[0], QStringLiteral("Mua máy dệt, máy khâu"));
    EXPECT_EQ(records[1].fields[1], QStringLiteral("say \"hi\""));
    EXPECT_EQ(records[1].fields[2], QString());
}

TEST(CsvReader, EmbeddedLineBreaksKeepLineNumbersExact)
{
    CsvReader reader("a,b\n1,\"two\nlines\"\n2,x\r\n3,\"three\r\nlines\r\nhere\"\n4,y");
    const auto records = readAll(reader);
    ASSERT_EQ(records.size(), 5);
    EXPECT_EQ(records[1].line, 2);
    EXPECT_EQ(records[1].fields[1], QStringLiteral("two\nlines"));
    EXPECT_EQ(records[2].line, 4);
    EXPECT_EQ(records[3].line, 5);
    EXPECT_EQ(records[4].line, 8);
    EXPECT_EQ(records[4].fields, QList<QString>({QStringLiteral("4"), QStringLiteral("y")}));
}

TEST(CsvReader, IgnoresAByteOrderMarkAndCrLf)
{
    CsvReader reader("\xEF\xBB\xBF"
                     "code,name\r\n1,A\r\n");
    const auto records = readAll(reader);
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0].fields[0], QStringLiteral("code")); // no BOM glued to the first name
    EXPECT_EQ(records[1].fields[1], QStringLiteral("A"));
}

TEST(CsvReader, LastLineWithoutLineEnd)
{
    CsvReader reader("a\n1");
    const auto records = readAll(reader);
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[1].fields[0], QStringLiteral("1"));
}

TEST(CsvReader, TrimsSurroundingSpacesAndSkipsBlankLines)
{
    CsvReader reader("a,b\n  1 ,  \"x\"  \n\n   \n2,y\n");
    const auto records = readAll(reader);
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[1].fields, QList<QString>({QStringLiteral("1"), QStringLiteral("x")}));
    EXPECT_EQ(records[2].line, 5);
}

TEST(CsvReader, InvalidUtf8NamesTheLineAndField)
{
    CsvReader reader("id,kind\nKH1,household\nKH2,\xFF\xFE\nKH3,household\n");
    const auto records = readAll(reader);
    ASSERT_EQ(records.size(), 4); // the record is still returned, with the broken field blank
    ASSERT_EQ(reader.problems().size(), 1);
    EXPECT_EQ(reader.problems()[0].line, 3);
    EXPECT_EQ(reader.problems()[0].field, 1);
    EXPECT_EQ(records[2].fields[1], QString());
}

TEST(CsvReader, RejectsOverlongAndSurrogateUtf8)
{
    for (const char* bad : {"a\n\xC0\xAF\n", "a\n\xED\xA0\x80\n", "a\n\xF5\x80\x80\x80\n", "a\n\xE1\x80\n"}) {
        CsvReader reader(bad);
        readAll(reader);
        EXPECT_EQ(reader.problems().size(), 1) << bad;
    }
    CsvReader good("a\nĐà Nẵng 😀\n");
    readAll(good);
    EXPECT_TRUE(good.problems().isEmpty());
}

TEST(CsvReader, UnterminatedQuoteNamesTheLineWhereItOpened)
{
    CsvReader reader("a,b\n1,x\n2,\"never closed\n3,y\n");
    const auto records = readAll(reader);
    ASSERT_EQ(records.size(), 2);
    ASSERT_EQ(reader.problems().size(), 1);
    EXPECT_EQ(reader.problems()[0].line, 3);
}

TEST(CsvReader, TextAfterAClosingQuoteIsAProblemOfThatRecordOnly)
{
    CsvReader reader("a,b\n1,\"x\"y\n2,z\n");
    const auto records = readAll(reader);
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[1].fields[0], QStringLiteral("2"));
    ASSERT_EQ(reader.problems().size(), 1);
    EXPECT_EQ(reader.problems()[0].line, 2);
}

TEST(CsvReader, EmptyInput)
{
    CsvReader reader("");
    CsvRecord record;
    EXPECT_FALSE(reader.next(record));
    EXPECT_TRUE(reader.problems().isEmpty());
}

TEST(CsvReader, RecordAtTheLimitIsRead)
{
    // "1," + name + "\n" is exactly kMaxRecordBytes.
    const QByteArray name(CsvReader::kMaxRecordBytes - 3, 'x');
    const QByteArray data = "code,name\n1," + name + "\n";
    CsvReader reader(data);
    const auto records = readAll(reader);
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[1].fields[1].size(), name.size());
    EXPECT_TRUE(reader.problems().isEmpty());
}

TEST(CsvReader, HugeRecordIsRefusedWithItsLineAndReadingGoesOn)
{
    // A 10 MB quoted name with line breaks inside: refused as one problem of line 3, where it starts; the
    // line numbers after it stay exact.
    QByteArray huge(10 * 1024 * 1024, 'A');
    huge[100] = '\n';
    huge[200] = '\n';
    const QByteArray data = "code,name\n1,ok\n2,\"" + huge + "\"\n3,after\n";
    CsvReader reader(data);
    const auto records = readAll(reader);
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[2].fields, QList<QString>({QStringLiteral("3"), QStringLiteral("after")}));
    EXPECT_EQ(records[2].line, 6);
    ASSERT_EQ(reader.problems().size(), 1);
    EXPECT_EQ(reader.problems()[0].line, 3);
    EXPECT_EQ(reader.problems()[0].field, -1);
    EXPECT_TRUE(reader.problems()[0].message.contains(QStringLiteral("64 KB")));
    EXPECT_LT(reader.problems()[0].message.size(), 200);
}

TEST(CsvReader, HugeUnquotedRecordIsRefused)
{
    const QByteArray data = "code,name\n1," + QByteArray(CsvReader::kMaxRecordBytes, 'x') + "\n2,b\n";
    CsvReader reader(data);
    const auto records = readAll(reader);
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[1].line, 3);
    ASSERT_EQ(reader.problems().size(), 1);
    EXPECT_EQ(reader.problems()[0].line, 2);
}

// Found by fuzzing (tests/fuzz/corpus/csv_reader/crash-carriage-return-alone): a carriage return without a
// line feed counted as a new line, so problems named lines past the end of the file.
TEST(CsvReader, ACarriageReturnAloneEndsARecordButNotALine)
{
    CsvReader reader("code,name\r\n1,a\r2,b\n3,\"x\"y\n");
    const auto records = readAll(reader);
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[1].fields, QList<QString>({QStringLiteral("1"), QStringLiteral("a")}));
    EXPECT_EQ(records[1].line, 2);
    EXPECT_EQ(records[2].fields, QList<QString>({QStringLiteral("2"), QStringLiteral("b")}));
    EXPECT_EQ(records[2].line, 2);
    ASSERT_EQ(reader.problems().size(), 1);
    EXPECT_EQ(reader.problems()[0].line, 3);
}
