#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace tixsync::tpl {

/// A small streaming UTF-8 JSON writer for the injection payload hot path (QJsonDocument is an
/// order of magnitude slower, see docs/template.md). It only appends: the caller is responsible
/// for the structure (keys, commas, nesting). Escaping follows RFC 8259: `"` `\` and control
/// characters below U+0020 are escaped; everything else, including U+2028/U+2029, is written as
/// UTF-8. Lone surrogates (invalid UTF-16) are written as U+FFFD.
class JsonWriter {
public:
    QByteArray &buffer() { return m_buf; }
    const QByteArray &buffer() const { return m_buf; }
    qsizetype size() const { return m_buf.size(); }
    void truncate(qsizetype size) { m_buf.truncate(size); }
    /// Empties the buffer but keeps its capacity (batches reuse one writer).
    void clear() { m_buf.truncate(0); }

    void raw(char c) { m_buf.append(c); }
    void raw(const char *latin1) { m_buf.append(latin1); }
    void raw(const QByteArray &bytes) { m_buf.append(bytes); }
    /// A JSON string literal including the quotes.
    void string(QStringView s);
    /// A key including the quotes and the colon.
    void key(QStringView s);
    void number(double d);
    void boolean(bool b) { m_buf.append(b ? "true" : "false"); }
    void null() { m_buf.append("null"); }

    /// Appends `s` escaped as the inside of a JSON string (no quotes).
    static void appendEscaped(QByteArray &out, QStringView s);

private:
    QByteArray m_buf;
};

} // namespace tixsync::tpl
