#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace tixsync {

namespace {
/// Bytes that need no attention inside an unquoted / a quoted field: ASCII, not a separator,
/// quote or line break.
struct PlainTables {
    bool unquoted[256];
    bool quoted[256];
    constexpr PlainTables()
        : unquoted()
        , quoted()
    {
        for (int c = 0; c < 0x80; ++c) {
            unquoted[c] = c != ',' && c != '"' && c != '\n' && c != '\r';
            quoted[c] = c != '"' && c != '\n';
        }
    }
};
constexpr PlainTables kPlain;

QString sizeText(int bytes)
{
    if (bytes >= (1 << 20) && bytes % (1 << 20) == 0)
        return QCoreApplication::translate("CsvReader", "%1 MiB").arg(bytes >> 20);
    if (bytes >= 1024 && bytes % 1024 == 0)
        return QCoreApplication::translate("CsvReader", "%1 KiB").arg(bytes >> 10);
    return QCoreApplication::translate("CsvReader", "%1 bytes").arg(bytes);
}
} // namespace

CsvReader::CsvReader(QIODevice *device, QString fileName, int bufferSize)
    : m_device(device)
    , m_fileName(std::move(fileName))
    , m_buffer(size_t(qMax(bufferSize, 1)))
{
}

bool CsvReader::failAt(const char *code, const QString &message, int line, int column)
{
    m_failed = true;
    m_error = makeError(QString::fromLatin1(code), message);
    m_error.file = m_fileName;
    m_error.line = line;
    m_error.column = column;
    return false;
}

bool CsvReader::tooLong(int line, int column)
{
    return failAt("CSV_LINE_TOO_LONG",
        QCoreApplication::translate(
            "CsvReader", "Line %1 is longer than %2 — is a quote unterminated? Close the quote, or shorten the line.")
            .arg(line)
            .arg(sizeText(m_maxRecordBytes)),
        line, column);
}

bool CsvReader::fill()
{
    if (m_eof || m_failed)
        return false;
    if (!m_started) {
        m_started = true;
        if (m_device->peek(3) == QByteArrayView("\xEF\xBB\xBF")) {
            char bom[3];
            m_device->read(bom, 3);
            m_consumed += 3;
        }
    }
    const qint64 n = m_device->read(m_buffer.data(), qint64(m_buffer.size()));
    if (n < 0) {
        return failAt("CSV_READ",
            QCoreApplication::translate("CsvReader", "Cannot read the file: %1").arg(m_device->errorString()), m_line,
            0);
    }
    if (n == 0) {
        m_eof = true;
        return false;
    }
    m_pos = 0;
    m_len = n;
    m_consumed += n;
    return true;
}

bool CsvReader::readRecord(CsvRecord *r)
{
    r->clear();
    if (m_failed)
        return false;
    enum State { FieldStart, Unquoted, Quoted, QuoteSeen };
    State st = FieldStart;
    bool any = false; // the record has begun (a byte other than a line break was seen)
    int fieldLine = m_line;
    int fieldCol = m_column + 1;
    int quoteLine = 0;
    int quoteCol = 0;
    // UTF-8 validation: continuation bytes still expected, the allowed range of the next one,
    // and where the sequence started.
    int need = 0;
    uchar lo = 0x80;
    uchar hi = 0xBF;
    int seqLine = 0;
    int seqCol = 0;
    const qint64 maxBytes = m_maxRecordBytes;
    qint64 raw = 0; // bytes of this record, separators and quotes included

    auto endField = [&] {
        r->ends.push_back(int(r->data.size()));
        r->lines.push_back(fieldLine);
        r->columns.push_back(fieldCol);
    };
    auto badUtf8 = [&](int line, int column) {
        return failAt("CSV_BAD_UTF8",
            QCoreApplication::translate("CsvReader",
                "Line %1, column %2 is not valid UTF-8. Save the file as UTF-8 (in a spreadsheet: "
                "\"CSV UTF-8\") or fix the character there.")
                .arg(line)
                .arg(column),
            line, column);
    };
    auto lineEnd = [&](uchar c) {
        if (c == '\r')
            m_skipLf = true;
        ++m_line;
        m_column = 0;
    };

    for (;;) {
        if (m_pos >= m_len && !fill()) {
            if (m_failed)
                return false;
            if (need)
                return badUtf8(seqLine, seqCol);
            if (st == Quoted)
                return failAt("CSV_UNTERMINATED_QUOTE",
                    QCoreApplication::translate("CsvReader",
                        "The quote opened at line %1, column %2 is never closed. Add the closing "
                        "quote (\") at the end of that field, and double any quote inside it (\"\").")
                        .arg(quoteLine)
                        .arg(quoteCol),
                    quoteLine, quoteCol);
            if (!any && r->ends.empty())
                return false;
            endField();
            return true;
        }
        // Fast path: a run of plain ASCII inside a field is copied in one go.
        if ((st == Unquoted || st == Quoted) && need == 0) {
            const bool *plain = st == Unquoted ? kPlain.unquoted : kPlain.quoted;
            const char *begin = m_buffer.data() + m_pos;
            const char *end = m_buffer.data() + m_len;
            const char *p = begin;
            while (p < end && plain[uchar(*p)])
                ++p;
            if (p > begin) {
                const qint64 n = p - begin;
                if ((raw += n) > maxBytes)
                    return tooLong(r->lines.empty() ? fieldLine : r->lines.front(), 1);
                r->data.append(begin, size_t(n));
                m_column += int(n);
                m_pos += n;
                continue;
            }
        }
        const uchar c = uchar(m_buffer[size_t(m_pos++)]);
        if (m_skipLf) {
            m_skipLf = false;
            if (c == '\n')
                continue;
        }
        if (++raw > maxBytes)
            return tooLong(r->lines.empty() ? fieldLine : r->lines.front(), 1);
        if (c >= 0x80) {
            if (need) {
                if (c < lo || c > hi)
                    return badUtf8(seqLine, seqCol);
                lo = 0x80;
                hi = 0xBF;
                --need;
            } else {
                ++m_column;
                seqLine = m_line;
                seqCol = m_column;
                if (c >= 0xC2 && c <= 0xDF) {
                    need = 1;
                } else if (c == 0xE0) {
                    need = 2;
                    lo = 0xA0;
                } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
                    need = 2;
                } else if (c == 0xED) {
                    need = 2;
                    hi = 0x9F;
                } else if (c == 0xF0) {
                    need = 3;
                    lo = 0x90;
                } else if (c >= 0xF1 && c <= 0xF3) {
                    need = 3;
                } else if (c == 0xF4) {
                    need = 3;
                    hi = 0x8F;
                } else {
                    return badUtf8(m_line, m_column);
                }
                if (st == FieldStart) {
                    fieldLine = m_line;
                    fieldCol = m_column;
                    st = Unquoted;
                } else if (st == QuoteSeen) {
                    return failAt("CSV_AFTER_QUOTE",
                        QCoreApplication::translate("CsvReader",
                            "Line %1, column %2: text follows the closing quote of a field. Put the whole "
                            "field in quotes and double the quotes inside it (\"\").")
                            .arg(m_line)
                            .arg(m_column),
                        m_line, m_column);
                }
            }
            any = true;
            r->data.push_back(char(c));
            continue;
        }
        if (need)
            return badUtf8(seqLine, seqCol);
        ++m_column;
        switch (st) {
        case FieldStart:
            fieldLine = m_line;
            fieldCol = m_column;
            if (c == ',') {
                any = true;
                endField();
            } else if (c == '\n' || c == '\r') {
                lineEnd(c);
                if (!any && r->ends.empty()) // a blank line
                    continue;
                endField();
                return true;
            } else if (c == '"') {
                any = true;
                st = Quoted;
                quoteLine = m_line;
                quoteCol = m_column;
            } else {
                any = true;
                st = Unquoted;
                r->data.push_back(char(c));
            }
            break;
        case Unquoted:
            if (c == ',') {
                endField();
                st = FieldStart;
            } else if (c == '\n' || c == '\r') {
                lineEnd(c);
                endField();
                return true;
            } else if (c == '"') {
                return failAt("CSV_STRAY_QUOTE",
                    QCoreApplication::translate("CsvReader",
                        "Line %1, column %2: a quote inside a field that does not start with a quote. "
                        "Put the whole field in quotes and double the quote (\"\").")
                        .arg(m_line)
                        .arg(m_column),
                    m_line, m_column);
            } else {
                r->data.push_back(char(c));
            }
            break;
        case Quoted:
            if (c == '"') {
                st = QuoteSeen;
                continue;
            }
            if (c == '\n') {
                ++m_line;
                m_column = 0;
            }
            r->data.push_back(char(c));
            break;
        case QuoteSeen:
            if (c == '"') {
                r->data.push_back('"');
                st = Quoted;
            } else if (c == ',') {
                endField();
                st = FieldStart;
            } else if (c == '\n' || c == '\r') {
                lineEnd(c);
                endField();
                return true;
            } else {
                return failAt("CSV_AFTER_QUOTE",
                    QCoreApplication::translate("CsvReader",
                        "Line %1, column %2: text follows the closing quote of a field. Put the whole "
                        "field in quotes and double the quotes inside it (\"\").")
                        .arg(m_line)
                        .arg(m_column),
                    m_line, m_column);
            }
            break;
        }
    }
}

} // namespace tixsync
