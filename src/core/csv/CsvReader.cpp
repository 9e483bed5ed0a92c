#include "CsvReader.h"

#include <QCoreApplication>

namespace {

bool isUtf8Valid(QByteArrayView bytes)
{
    // A strict check: shortest forms only, no surrogates, nothing above U+10FFFF.
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int codePoint = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            codePoint = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            codePoint = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            codePoint = c & 0x07;
        } else {
            return false;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (p[i + k] & 0x3F);
        }
        if ((extra == 2 && codePoint < 0x800) || (extra == 3 && codePoint < 0x10000) ||
            codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

CsvReader::CsvReader(QByteArrayView data)
    : m_data(data)
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool CsvReader::next(CsvRecord& record)
{
    const qsizetype n = m_data.size();
    while (m_pos < n) {
        const int startLine = m_line;
        const qsizetype recordStart = m_pos;
        // Bytes past the limit are scanned (to find where the record ends) but never copied.
        const auto fits = [recordStart](qsizetype end) { return end - recordStart <= kMaxRecordBytes; };
        QList<QByteArray> raw;
        bool broken = false;
        QString brokenMessage;
        bool endOfRecord = false;
        while (!endOfRecord) {
            // One field.
            QByteArray field;
            qsizetype p = m_pos;
            while (p < n && isSpace(m_data[p]))
                ++p;
            if (p < n && m_data[p] == '"') {
                const int quoteLine = m_line;
                ++p;
                bool closed = false;
                while (p < n) {
                    const char c = m_data[p];
                    if (c == '"') {
                        if (p + 1 < n && m_data[p + 1] == '"') {
                            field.append('"');
                            p += 2;
                            continue;
                        }
                        ++p;
                        closed = true;
                        break;
                    }
                    if (c == '\n')
                        ++m_line;
                    if (fits(p))
                        field.append(c);
                    ++p;
                }
                if (!closed) {
                    m_problems.append(
                        {quoteLine, static_cast<int>(raw.size()),
                         QCoreApplication::translate(
                             "CsvReader", "a quoted field is not closed before the end of the file")});
                    m_pos = n;
                    return false;
                }
                while (p < n && isSpace(m_data[p]))
                    ++p;
                if (p < n && m_data[p] != ',' && m_data[p] != '\n' && m_data[p] != '\r') {
                    broken = true;
                    brokenMessage = QCoreApplication::translate(
                                        "CsvReader", "unexpected text after the closing quote of field %1")
                                        .arg(raw.size() + 1);
                    while (p < n && m_data[p] != ',' && m_data[p] != '\n' && m_data[p] != '\r')
                        ++p;
                }
            } else {
                const qsizetype begin = p;
                while (p < n && m_data[p] != ',' && m_data[p] != '\n' && m_data[p] != '\r') {
                    if (m_data[p] == '"' && !broken) {
                        broken = true;
                        brokenMessage =
                            QCoreApplication::translate(
                                "CsvReader", "a quote inside field %1 that is not enclosed in quotes")
                                .arg(raw.size() + 1);
                    }
                    ++p;
                }
                qsizetype end = p;
                while (end > begin && isSpace(m_data[end - 1]))
                    --end;
                if (fits(end))
                    field = m_data.sliced(begin, end - begin).toByteArray();
            }
            if (fits(p))
                raw.append(field);
            // Separator or end of record.
            if (p >= n) {
                endOfRecord = true;
            } else if (m_data[p] == ',') {
                ++p;
            } else {
                // A carriage return alone ends the record too, but only a line feed starts a new line: lines
                // are numbered as an editor shows them (found by fuzzing: lines past the end of the file).
                if (m_data[p] == '\r')
                    ++p;
                if (p < n && m_data[p] == '\n') {
                    ++p;
                    ++m_line;
                }
                endOfRecord = true;
            }
            m_pos = p;
        }
        if (!fits(m_pos)) {
            m_problems.append(
                {startLine, -1,
                 QCoreApplication::translate(
                     "CsvReader", "the record is larger than %1 KB; no record of a data file needs "
                                  "that much, so it is not read")
                     .arg(kMaxRecordBytes / 1024)});
            continue;
        }
        if (broken) {
            m_problems.append({startLine, -1, brokenMessage});
            continue;
        }
        if (raw.size() == 1 && raw.front().trimmed().isEmpty())
            continue; // blank line
        record.line = startLine;
        record.fields.clear();
        record.fields.reserve(raw.size());
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const QByteArray& bytes = raw[i];
            if (!isUtf8Valid(bytes)) {
                m_problems.append({startLine, static_cast<int>(i),
                                   QCoreApplication::translate("CsvReader", "the text is not valid UTF-8")});
                record.fields.append(QString());
                continue;
            }
            record.fields.append(QString::fromUtf8(bytes).trimmed());
        }
        return true;
    }
    return false;
}
