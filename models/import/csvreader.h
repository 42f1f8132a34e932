#pragma once

#include "core/error.h"

#include <QByteArrayView>
#include <QString>
#include <string>
#include <vector>

class QIODevice;

namespace tixsync {

/// One CSV record: the unescaped UTF-8 bytes of its fields back to back, and where each field
/// starts in the file (physical line and character column, both 1-based).
struct CsvRecord {
    std::string data;
    std::vector<int> ends; // end offset of field i in `data`
    std::vector<int> lines; // line where field i starts
    std::vector<int> columns; // column where field i starts

    int size() const { return int(ends.size()); }
    QByteArrayView field(int i) const
    {
        const int begin = i == 0 ? 0 : ends[i - 1];
        return QByteArrayView(data.data() + begin, ends[i] - begin);
    }
    QString text(int i) const { return QString::fromUtf8(field(i)); }
    /// The line where the record starts.
    int line() const { return lines.empty() ? 0 : lines.front(); }
    void clear()
    {
        data.clear();
        ends.clear();
        lines.clear();
        columns.clear();
    }
};

/// A streaming RFC 4180 reader: a hand-written state machine over a large read buffer.
/// Quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF, LF or a
/// lone CR; a UTF-8 byte order mark at the start is skipped; blank lines are skipped. Every byte
/// is checked to be UTF-8, and a record longer than maxRecordBytes() is an error rather than
/// unbounded memory. Errors carry the file name, line and column, and say what to change.
///
/// Memory is the read buffer plus one record, whatever the size of the input.
class CsvReader final {
public:
    static constexpr int DefaultBufferSize = 4 << 20;
    static constexpr int DefaultMaxRecordBytes = 1 << 20;

    /// Reads from `device` (opened for reading); `fileName` is what errors name.
    CsvReader(QIODevice *device, QString fileName, int bufferSize = DefaultBufferSize);
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    void setMaxRecordBytes(int bytes) { m_maxRecordBytes = bytes; }
    int maxRecordBytes() const { return m_maxRecordBytes; }

    /// Reads the next record into `record`. Returns false at the end of the input or on an error
    /// (then hasError() is true and error() says what and where).
    bool readRecord(CsvRecord *record);

    bool hasError() const { return m_failed; }
    const Error &error() const { return m_error; }
    /// Bytes consumed from the device so far (for progress).
    qint64 bytesRead() const { return m_consumed; }
    /// The line the reader is on (1-based).
    int currentLine() const { return m_line; }

private:
    bool fill();
    bool failAt(const char *code, const QString &message, int line, int column);
    bool tooLong(int line, int column);

    QIODevice *m_device;
    QString m_fileName;
    std::vector<char> m_buffer;
    qint64 m_pos = 0;
    qint64 m_len = 0;
    qint64 m_consumed = 0;
    int m_maxRecordBytes = DefaultMaxRecordBytes;
    int m_line = 1;
    int m_column = 0; // column of the last byte read
    bool m_started = false;
    bool m_eof = false;
    bool m_failed = false;
    bool m_skipLf = false;
    Error m_error;
};

} // namespace tixsync
