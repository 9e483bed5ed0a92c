#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// One record of a CSV file with the physical line on which it starts (1 is the first line of the file).
struct CsvRecord
{
    int line = 0;
    QList<QString> fields;
};

/// A problem found while reading: the line, the zero-based field index when it concerns one field (else -1),
/// and a message in plain words.
struct CsvProblem
{
    int line = 0;
    int field = -1;
    QString message;
};

/// An RFC 4180 reader over bytes: comma separator, double-quoted fields that may hold commas, quotes (`""`)
/// and line breaks, LF or CRLF line ends, an optional last line end and an ignored UTF-8 byte-order mark.
/// Fields must be valid UTF-8. Surrounding spaces of every field are trimmed; blank lines are skipped.
///
/// A record larger than kMaxRecordBytes (line end included) is a problem of the line where it starts and is
/// skipped without being copied: a hostile file cannot make the program hold a huge field.
///
/// Records are read one at a time so that a large file is never held twice in memory. A malformed record is
/// reported as a problem and skipped; reading goes on with the next record so that every problem is found.
class CsvReader
{
public:
    /// The largest record read, in bytes: far above any real record (the longest allowed fields of a row add
    /// up to a few KB), far below what would hurt.
    static constexpr qsizetype kMaxRecordBytes = 64 * 1024;

    explicit CsvReader(QByteArrayView data);

    /// Reads the next record into @p record. Returns false at the end of the data. Problems of the record are
    /// appended to problems(); a record with a structural problem (unterminated quote, text after a closing
    /// quote) is not returned, one with invalid UTF-8 in a field is returned with that field empty.
    bool next(CsvRecord& record);
    /// How many bytes of the data have been read (no byte before it is looked at again).
    [[nodiscard]] qsizetype position() const { return m_pos; }

    [[nodiscard]] const QList<CsvProblem>& problems() const { return m_problems; }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    int m_line = 1;
    QList<CsvProblem> m_problems;
};
