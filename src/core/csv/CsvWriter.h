#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

/// Writes RFC 4180 CSV in UTF-8 without a byte-order mark and with LF line ends. A field is quoted when it
/// holds a comma, a quote, a line break or surrounding spaces.
class CsvWriter
{
public:
    static QByteArray encodeField(const QString& field);
    static QByteArray encodeRecord(const QList<QString>& fields);
};
