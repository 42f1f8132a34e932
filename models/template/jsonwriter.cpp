#include "jsonwriter.h"

#include <QLocale>
#include <cmath>

namespace tixsync::tpl {

namespace {
// Writes the escaped UTF-8 of `s` at `o`, which has room for 6 bytes per UTF-16 unit (the worst
// case: \u00XX); returns the end.
char *escape(char *o, QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    const char16_t *p = s.utf16();
    const char16_t *end = p + s.size();
    while (p < end) {
        const char16_t c = *p++;
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\') [[likely]] {
                *o++ = char(c);
                continue;
            }
            *o++ = '\\';
            switch (c) {
            case u'"':
                *o++ = '"';
                break;
            case u'\\':
                *o++ = '\\';
                break;
            case u'\n':
                *o++ = 'n';
                break;
            case u'\r':
                *o++ = 'r';
                break;
            case u'\t':
                *o++ = 't';
                break;
            case u'\b':
                *o++ = 'b';
                break;
            case u'\f':
                *o++ = 'f';
                break;
            default:
                *o++ = 'u';
                *o++ = '0';
                *o++ = '0';
                *o++ = hex[(c >> 4) & 0xf];
                *o++ = hex[c & 0xf];
            }
        } else if (c < 0x800) {
            *o++ = char(0xc0 | (c >> 6));
            *o++ = char(0x80 | (c & 0x3f));
        } else if (c >= 0xd800 && c <= 0xdfff) {
            if (c <= 0xdbff && p < end && *p >= 0xdc00 && *p <= 0xdfff) {
                const char32_t u = 0x10000 + ((char32_t(c) - 0xd800) << 10) + (char32_t(*p++) - 0xdc00);
                *o++ = char(0xf0 | (u >> 18));
                *o++ = char(0x80 | ((u >> 12) & 0x3f));
                *o++ = char(0x80 | ((u >> 6) & 0x3f));
                *o++ = char(0x80 | (u & 0x3f));
            } else { // lone surrogate: U+FFFD
                *o++ = char(0xef);
                *o++ = char(0xbf);
                *o++ = char(0xbd);
            }
        } else {
            *o++ = char(0xe0 | (c >> 12));
            *o++ = char(0x80 | ((c >> 6) & 0x3f));
            *o++ = char(0x80 | (c & 0x3f));
        }
    }
    return o;
}
} // namespace

void JsonWriter::appendEscaped(QByteArray &out, QStringView s)
{
    const qsizetype start = out.size();
    out.resize(start + s.size() * 6);
    char *o = escape(out.data() + start, s);
    out.truncate(o - out.data());
}

void JsonWriter::string(QStringView s)
{
    const qsizetype start = m_buf.size();
    m_buf.resize(start + s.size() * 6 + 2);
    char *o = m_buf.data() + start;
    *o++ = '"';
    o = escape(o, s);
    *o++ = '"';
    m_buf.truncate(o - m_buf.data());
}

void JsonWriter::key(QStringView s)
{
    const qsizetype start = m_buf.size();
    m_buf.resize(start + s.size() * 6 + 3);
    char *o = m_buf.data() + start;
    *o++ = '"';
    o = escape(o, s);
    *o++ = '"';
    *o++ = ':';
    m_buf.truncate(o - m_buf.data());
}

void JsonWriter::number(double d)
{
    if (!std::isfinite(d)) {
        m_buf.append("null");
        return;
    }
    if (d == std::floor(d) && std::fabs(d) < 1e15) {
        m_buf.append(QByteArray::number(qint64(d)));
        return;
    }
    m_buf.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
}

} // namespace tixsync::tpl
