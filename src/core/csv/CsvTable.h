#pragma once

#include "CsvReader.h"

#include <QCoreApplication>
#include <QStringList>

/// A problem of a CSV table: the line, the column it concerns (empty when the whole line) and the message.
struct CsvTableProblem
{
    int line = 0;
    QString column;
    QString message;
};

/// Reads a CSV file whose first line names its columns, in any order. Records come out with their fields in
/// the order the caller asked for (required columns, then optional ones; an absent optional column reads as
/// empty). A missing required column, an unknown column or a repeated column is a problem of line 1, and then
/// no record is read. A record with the wrong number of fields is a problem of its line and is skipped.
class CsvTableReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvTableReader)

public:
    CsvTableReader(QByteArrayView data, QStringList required, QStringList optional = {});

    [[nodiscard]] bool headerOk() const { return m_headerOk; }
    /// The columns of the records, in output order.
    [[nodiscard]] const QStringList& columns() const { return m_columns; }
    /// Whether the file has the column at all (an optional column may be absent).
    [[nodiscard]] bool hasColumn(int index) const { return m_sourceIndex.value(index, -1) >= 0; }

    bool next(CsvRecord& record);
    /// How many bytes of the data have been read (no byte before it is looked at again).
    [[nodiscard]] qsizetype position() const { return m_reader.position(); }

    /// Problems found so far, including those of the underlying reader.
    [[nodiscard]] QList<CsvTableProblem> problems() const;
    /// The problems found since the last call (all of them at the first), in the order they were found; for
    /// a caller that handles each record as it is read.
    QList<CsvTableProblem> newProblems();

private:
    [[nodiscard]] CsvTableProblem tableProblem(const CsvProblem& problem) const;

    CsvReader m_reader;
    QStringList m_columns;
    QList<int> m_sourceIndex; ///< per output column, its index in the file (-1: absent)
    QList<QString> m_fileColumns;
    QList<CsvTableProblem> m_problems;
    bool m_headerOk = false;
    CsvRecord m_raw;
    qsizetype m_tableProblemsSeen = 0;  ///< of m_problems, how many newProblems() gave
    qsizetype m_readerProblemsSeen = 0; ///< of the reader's problems, how many newProblems() gave
};

/// A whole small table read at once (reference data, tests).
struct CsvTable
{
    QStringList columns;
    QList<CsvRecord> records;
    QStringList problems; ///< "line N: column: message"

    static CsvTable read(QByteArrayView data, const QStringList& required, const QStringList& optional = {});
};
