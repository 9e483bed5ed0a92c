#include "ReportRenderers.h"

#include "csv/CsvWriter.h"

namespace {

QByteArray jsonString(const QString& text)
{
    QByteArray out = "\"";
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toLatin1();
            else
                out += QString(c).toUtf8();
        }
    }
    return out + '"';
}

QByteArray jsonValue(const Cell& cell)
{
    if (const auto* text = std::get_if<QString>(&cell))
        return jsonString(*text);
    return plainText(cell).toUtf8(); // integers and the two-decimal ratio are valid JSON numbers as written
}

QByteArray jsonRow(const ReportRow& row, const QList<Column>& columns)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0)
            out += ", ";
        out += jsonString(columnCode(columns[i])) + ": " + jsonValue(cellOf(row, columns[i]));
    }
    return out + '}';
}

} // namespace

namespace ReportRenderers {

QByteArray toCsv(const ReportTable& table)
{
    const QList<Column> columns = columnsOf(table);
    QList<QString> fields;
    for (const Column column : columns)
        fields.append(columnCode(column));
    QByteArray out = CsvWriter::encodeRecord(fields);
    auto appendRow = [&](const ReportRow& row) {
        fields.clear();
        for (const Column column : columns)
            fields.append(plainText(cellOf(row, column)));
        out += CsvWriter::encodeRecord(fields);
    };
    for (const ReportRow& row : table.rows)
        appendRow(row);
    appendRow(table.total);
    return out;
}

QByteArray toJson(const ReportTable& table)
{
    const QList<Column> columns = columnsOf(table);
    QByteArray out = "{\n";
    if (table.kind == ReportTable::Kind::Summary) {
        out += "  \"report\": \"summary\",\n";
        out += "  \"month\": " + jsonString(table.month.toIsoString()) + ",\n";
    } else {
        out += "  \"report\": \"ageing\",\n";
        out += "  \"as_of\": " + jsonString(table.asOf.toString(Qt::ISODate)) + ",\n";
    }
    out += "  \"by\": " + jsonString(breakdownCode(table.by)) + ",\n";
    out += QByteArray("  \"closed\": ") + (table.closed ? "true" : "false") + ",\n";
    out += "  \"columns\": [";
    for (qsizetype i = 0; i < columns.size(); ++i)
        out += (i > 0 ? ", " : "") + jsonString(columnCode(columns[i]));
    out += "],\n  \"rows\": [\n";
    for (qsizetype i = 0; i < table.rows.size(); ++i)
        out += "    " + jsonRow(table.rows[i], columns) + (i + 1 < table.rows.size() ? ",\n" : "\n");
    out += "  ],\n  \"total\": " + jsonRow(table.total, columns) + "\n}\n";
    return out;
}

} // namespace ReportRenderers
