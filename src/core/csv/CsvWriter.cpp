#include "CsvWriter.h"

QByteArray CsvWriter::encodeField(const QString& field)
{
    const bool needsQuotes = field.contains(u',') || field.contains(u'"') || field.contains(u'\n') ||
                             field.contains(u'\r') ||
                             (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    QByteArray bytes = field.toUtf8();
    if (!needsQuotes)
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QByteArray CsvWriter::encodeRecord(const QList<QString>& fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(',');
        line.append(encodeField(fields[i]));
    }
    line.append('\n');
    return line;
}
