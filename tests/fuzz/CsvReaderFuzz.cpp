// Fuzz target: the CSV reader and the table reader over it, on any bytes.
//
// Properties: reading ends; records come in file order with lines inside the file; every field is trimmed
// and fits the record limit; problems name a line of the file and never echo a huge value; the table reader
// gives every record the asked columns.
#include "FuzzSupport.h"

#include "csv/CsvReader.h"
#include "csv/CsvTable.h"

namespace {

constexpr qsizetype kLongestMessage = 1000;

int lineCount(QByteArrayView data)
{
    return static_cast<int>(data.count('\n')) + 1;
}

void readRecords(QByteArrayView data)
{
    const int lines = lineCount(data);
    CsvReader reader(data);
    CsvRecord record;
    int previous = 0;
    while (reader.next(record)) {
        FUZZ_CHECK(record.line >= previous && record.line <= lines);
        previous = record.line;
        FUZZ_CHECK(!record.fields.isEmpty());
        qsizetype bytes = 0;
        for (const QString& field : record.fields) {
            FUZZ_CHECK(field == field.trimmed(), field);
            bytes += field.size();
        }
        FUZZ_CHECK(bytes <= CsvReader::kMaxRecordBytes);
    }
    for (const CsvProblem& problem : reader.problems()) {
        FUZZ_CHECK(problem.line >= 1 && problem.line <= lines);
        FUZZ_CHECK(problem.field >= -1);
        FUZZ_CHECK(!problem.message.isEmpty() && problem.message.size() < kLongestMessage, problem.message);
    }
}

void readTable(QByteArrayView data)
{
    const QStringList required = {QStringLiteral("loan_no"), QStringLiteral("paid_on"),
                                  QStringLiteral("principal"), QStringLiteral("interest")};
    const QStringList optional = {QStringLiteral("entry_no"), QStringLiteral("reverses"),
                                  QStringLiteral("reason")};
    CsvTableReader reader(data, required, optional);
    FUZZ_CHECK(reader.columns().size() == required.size() + optional.size());
    CsvRecord record;
    while (reader.next(record)) {
        FUZZ_CHECK(reader.headerOk());
        FUZZ_CHECK(record.fields.size() == reader.columns().size());
    }
    for (const CsvTableProblem& problem : reader.problems()) {
        FUZZ_CHECK(problem.line >= 1);
        FUZZ_CHECK(problem.column.size() <= 60, problem.column); // a column name, or one shortened
        FUZZ_CHECK(!problem.message.isEmpty() && problem.message.size() < kLongestMessage, problem.message);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzSupport::ensureApplication();
    const QByteArrayView input = FuzzSupport::bytes(data, size);
    readRecords(input);
    readTable(input);
    return 0;
}
