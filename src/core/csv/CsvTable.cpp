#include "CsvTable.h"

#include "domain/FieldLimits.h"

CsvTableReader::CsvTableReader(QByteArrayView data, QStringList required, QStringList optional)
    : m_reader(data)
{
    m_columns = required + optional;
    m_sourceIndex.fill(-1, m_columns.size());
    CsvRecord header;
    if (!m_reader.next(header)) {
        if (m_reader.problems().isEmpty())
            m_problems.append({1, QString(), tr("the file is empty; its first line must name the columns")});
        return;
    }
    m_fileColumns = header.fields;
    bool ok = true;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString& name = header.fields[i];
        const qsizetype wanted = m_columns.indexOf(name);
        if (wanted < 0) {
            m_problems.append(
                {header.line, FieldLimits::shortened(name),
                 name.isEmpty() ? tr("column %1 has no name").arg(i + 1) : tr("unknown column")});
            ok = false;
        } else if (m_sourceIndex[wanted] >= 0) {
            m_problems.append(
                {header.line, FieldLimits::shortened(name), tr("the column appears more than once")});
            ok = false;
        } else {
            m_sourceIndex[wanted] = static_cast<int>(i);
        }
    }
    for (qsizetype i = 0; i < required.size(); ++i) {
        if (m_sourceIndex[i] < 0) {
            m_problems.append({header.line, m_columns[i], tr("required column is missing")});
            ok = false;
        }
    }
    m_headerOk = ok;
}

bool CsvTableReader::next(CsvRecord& record)
{
    if (!m_headerOk)
        return false;
    while (m_reader.next(m_raw)) {
        if (m_raw.fields.size() != m_fileColumns.size()) {
            m_problems.append(
                {m_raw.line, QString(),
                 tr("%1 fields where the header has %2").arg(m_raw.fields.size()).arg(m_fileColumns.size())});
            continue;
        }
        record.line = m_raw.line;
        record.fields.resize(m_columns.size());
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const int source = m_sourceIndex[i];
            record.fields[i] = source >= 0 ? m_raw.fields[source] : QString();
        }
        return true;
    }
    return false;
}

CsvTableProblem CsvTableReader::tableProblem(const CsvProblem& problem) const
{
    const QString column =
        problem.field >= 0 && problem.field < m_fileColumns.size() ? m_fileColumns[problem.field] : QString();
    return {problem.line, column, problem.message};
}

QList<CsvTableProblem> CsvTableReader::newProblems()
{
    QList<CsvTableProblem> found = m_problems.mid(m_tableProblemsSeen);
    m_tableProblemsSeen = m_problems.size();
    const QList<CsvProblem>& read = m_reader.problems();
    for (; m_readerProblemsSeen < read.size(); ++m_readerProblemsSeen)
        found.append(tableProblem(read[m_readerProblemsSeen]));
    return found;
}

QList<CsvTableProblem> CsvTableReader::problems() const
{
    QList<CsvTableProblem> all = m_problems;
    for (const CsvProblem& problem : m_reader.problems())
        all.append(tableProblem(problem));
    std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.line < b.line; });
    return all;
}

CsvTable CsvTable::read(QByteArrayView data, const QStringList& required, const QStringList& optional)
{
    CsvTable table;
    CsvTableReader reader(data, required, optional);
    table.columns = reader.columns();
    CsvRecord record;
    while (reader.next(record))
        table.records.append(record);
    for (const CsvTableProblem& problem : reader.problems()) {
        table.problems.append(
            problem.column.isEmpty()
                ? QStringLiteral("line %1: %2").arg(problem.line).arg(problem.message)
                : QStringLiteral("line %1: %2: %3").arg(problem.line).arg(problem.column, problem.message));
    }
    return table;
}
