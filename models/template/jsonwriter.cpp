#include "jsonwriter.h"

#include <QLocale>
#include <cmath>

namespace tixsync::tpl {

void JsonWriter::appendEscaped(QByteArray &out, QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    const qsizetype n = s.size();
    const char16_t *p = s.utf16();
    qsizetype start = out.size();
    out.resize(start + n * 3); // worst case for BMP characters; grown below for escapes
    char *o = out.data() + start;
    char *end = out.data() + out.size();
    auto ensure = [&](qsizetype more) {
        if (end - o < more) {
            const qsizetype used = o - out.data();
            out.resize(out.size() + more + n);
            o = out.data() + used;
            end = out.data() + out.size();
        }
    };
    for (qsizetype i = 0; i < n; ++i) {
        char16_t c = p[i];
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\') {
                ensure(1);
                *o++ = char(c);
                continue;
            }
            ensure(6);
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
            ensure(2);
            *o++ = char(0xc0 | (c >> 6));
            *o++ = char(0x80 | (c & 0x3f));
        } else if (c >= 0xd800 && c <= 0xdfff) {
            if (c <= 0xdbff && i + 1 < n && p[i + 1] >= 0xdc00 && p[i + 1] <= 0xdfff) {
                const char32_t u = 0x10000 + ((char32_t(c) - 0xd800) << 10) + (char32_t(p[i + 1]) - 0xdc00);
                ++i;
                ensure(4);
                *o++ = char(0xf0 | (u >> 18));
                *o++ = char(0x80 | ((u >> 12) & 0x3f));
                *o++ = char(0x80 | ((u >> 6) & 0x3f));
                *o++ = char(0x80 | (u & 0x3f));
            } else {
                ensure(3); // lone surrogate: U+FFFD
                *o++ = char(0xef);
                *o++ = char(0xbf);
                *o++ = char(0xbd);
            }
        } else {
            ensure(3);
            *o++ = char(0xe0 | (c >> 12));
            *o++ = char(0x80 | ((c >> 6) & 0x3f));
            *o++ = char(0x80 | (c & 0x3f));
        }
    }
    out.truncate(o - out.data());
}

void JsonWriter::string(QStringView s)
{
    m_buf.append('"');
    appendEscaped(m_buf, s);
    m_buf.append('"');
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
