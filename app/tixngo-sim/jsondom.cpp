#include "jsondom.h"

#include <charconv>
#include <cstring>

namespace sim {

namespace {
constexpr int kMaxDepth = 128;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray *out, char32_t cp)
{
    if (cp < 0x80) {
        out->append(char(cp));
    } else if (cp < 0x800) {
        out->append(char(0xC0 | (cp >> 6)));
        out->append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out->append(char(0xE0 | (cp >> 12)));
        out->append(char(0x80 | ((cp >> 6) & 0x3F)));
        out->append(char(0x80 | (cp & 0x3F)));
    } else {
        out->append(char(0xF0 | (cp >> 18)));
        out->append(char(0x80 | ((cp >> 12) & 0x3F)));
        out->append(char(0x80 | ((cp >> 6) & 0x3F)));
        out->append(char(0x80 | (cp & 0x3F)));
    }
}
} // namespace

bool JsonDom::fail(const char *message)
{
    if (m_errorOffset < 0) {
        m_errorOffset = m_pos;
        m_error = QString::fromLatin1(message);
    }
    return false;
}

void JsonDom::skipSpace()
{
    while (m_pos < m_size) {
        const char c = m_p[m_pos];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return;
        ++m_pos;
    }
}

bool JsonDom::parse(const QByteArray &json)
{
    m_json = json;
    m_p = m_json.constData();
    m_pos = 0;
    m_size = m_json.size();
    m_nodes.clear();
    m_nodes.reserve(size_t(m_size / 16 + 4));
    m_errorOffset = -1;
    m_error.clear();
    if (m_size > INT32_MAX - 1)
        return fail("the body is too large");
    skipSpace();
    if (value(0) < 0)
        return false;
    skipSpace();
    if (m_pos != m_size)
        return fail("unexpected text after the JSON value");
    return true;
}

bool JsonDom::string(std::int32_t *begin, std::int32_t *end, bool *escaped)
{
    // m_p[m_pos] == '"'
    ++m_pos;
    *begin = std::int32_t(m_pos);
    *escaped = false;
    for (;;) {
        // Fast scan to the next quote, backslash or control character.
        while (m_pos < m_size) {
            const unsigned char c = static_cast<unsigned char>(m_p[m_pos]);
            if (c == '"' || c == '\\' || c < 0x20)
                break;
            ++m_pos;
        }
        if (m_pos >= m_size)
            return fail("unterminated string");
        const char c = m_p[m_pos];
        if (c == '"') {
            *end = std::int32_t(m_pos);
            ++m_pos;
            return true;
        }
        if (c != '\\')
            return fail("control character in a string (escape it)");
        *escaped = true;
        ++m_pos;
        if (m_pos >= m_size)
            return fail("unterminated string");
        switch (m_p[m_pos]) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            ++m_pos;
            break;
        case 'u':
            for (int k = 1; k <= 4; ++k) {
                if (m_pos + k >= m_size || hexValue(m_p[m_pos + k]) < 0)
                    return fail("bad \\u escape");
            }
            m_pos += 5;
            break;
        default:
            return fail("bad escape in a string");
        }
    }
}

int JsonDom::value(int depth)
{
    if (depth > kMaxDepth) {
        fail("nesting too deep");
        return -1;
    }
    if (m_pos >= m_size) {
        fail("unexpected end of the body");
        return -1;
    }
    const int index = int(m_nodes.size());
    m_nodes.emplace_back();
    Node n;
    n.begin = std::int32_t(m_pos);
    const char c = m_p[m_pos];
    if (c == '{' || c == '[') {
        const bool object = c == '{';
        n.type = object ? Type::Object : Type::Array;
        ++m_pos;
        skipSpace();
        int last = -1;
        if (m_pos < m_size && m_p[m_pos] == (object ? '}' : ']')) {
            ++m_pos;
        } else {
            for (;;) {
                std::int32_t kb = 0, ke = 0;
                bool kesc = false;
                if (object) {
                    if (m_pos >= m_size || m_p[m_pos] != '"') {
                        fail("expected a quoted member name");
                        return -1;
                    }
                    if (!string(&kb, &ke, &kesc))
                        return -1;
                    skipSpace();
                    if (m_pos >= m_size || m_p[m_pos] != ':') {
                        fail("expected ':' after a member name");
                        return -1;
                    }
                    ++m_pos;
                    skipSpace();
                }
                const int child = value(depth + 1);
                if (child < 0)
                    return -1;
                if (object) {
                    m_nodes[size_t(child)].keyBegin = kb;
                    m_nodes[size_t(child)].keyEnd = ke;
                    m_nodes[size_t(child)].keyEscaped = kesc;
                }
                if (last < 0)
                    n.first = child;
                else
                    m_nodes[size_t(last)].next = child;
                last = child;
                ++n.count;
                skipSpace();
                if (m_pos < m_size && m_p[m_pos] == ',') {
                    ++m_pos;
                    skipSpace();
                    continue;
                }
                if (m_pos < m_size && m_p[m_pos] == (object ? '}' : ']')) {
                    ++m_pos;
                    break;
                }
                fail(object ? "expected ',' or '}'" : "expected ',' or ']'");
                return -1;
            }
        }
        n.end = std::int32_t(m_pos);
    } else if (c == '"') {
        n.type = Type::String;
        if (!string(&n.begin, &n.end, &n.escaped))
            return -1;
    } else if (c == 't' && m_size - m_pos >= 4 && std::memcmp(m_p + m_pos, "true", 4) == 0) {
        n.type = Type::True;
        m_pos += 4;
        n.end = std::int32_t(m_pos);
    } else if (c == 'f' && m_size - m_pos >= 5 && std::memcmp(m_p + m_pos, "false", 5) == 0) {
        n.type = Type::False;
        m_pos += 5;
        n.end = std::int32_t(m_pos);
    } else if (c == 'n' && m_size - m_pos >= 4 && std::memcmp(m_p + m_pos, "null", 4) == 0) {
        n.type = Type::Null;
        m_pos += 4;
        n.end = std::int32_t(m_pos);
    } else if (c == '-' || (c >= '0' && c <= '9')) {
        n.type = Type::Number;
        auto digit = [&] { return m_pos < m_size && m_p[m_pos] >= '0' && m_p[m_pos] <= '9'; };
        if (m_p[m_pos] == '-')
            ++m_pos;
        if (!digit()) {
            fail("bad number");
            return -1;
        }
        if (m_p[m_pos] == '0') {
            ++m_pos;
        } else {
            while (digit())
                ++m_pos;
        }
        if (m_pos < m_size && m_p[m_pos] == '.') {
            ++m_pos;
            if (!digit()) {
                fail("bad number");
                return -1;
            }
            while (digit())
                ++m_pos;
        }
        if (m_pos < m_size && (m_p[m_pos] == 'e' || m_p[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_size && (m_p[m_pos] == '+' || m_p[m_pos] == '-'))
                ++m_pos;
            if (!digit()) {
                fail("bad number");
                return -1;
            }
            while (digit())
                ++m_pos;
        }
        n.end = std::int32_t(m_pos);
    } else {
        fail("unexpected character");
        return -1;
    }
    m_nodes[size_t(index)] = n;
    return index;
}

int JsonDom::member(int obj, const char *key) const
{
    if (!isObject(obj))
        return -1;
    const qsizetype len = qsizetype(std::strlen(key));
    for (int c = m_nodes[size_t(obj)].first; c >= 0; c = m_nodes[size_t(c)].next) {
        const Node &n = m_nodes[size_t(c)];
        if (!n.keyEscaped) {
            if (n.keyEnd - n.keyBegin == len && std::memcmp(m_p + n.keyBegin, key, size_t(len)) == 0)
                return c;
        } else {
            QByteArray k;
            decodeInto(m_p + n.keyBegin, n.keyEnd - n.keyBegin, &k);
            if (k == key)
                return c;
        }
    }
    return -1;
}

void JsonDom::decodeInto(const char *s, qsizetype n, QByteArray *out)
{
    out->reserve(out->size() + n);
    for (qsizetype i = 0; i < n; ++i) {
        if (s[i] != '\\') {
            out->append(s[i]);
            continue;
        }
        const char e = s[++i];
        switch (e) {
        case 'b':
            out->append('\b');
            break;
        case 'f':
            out->append('\f');
            break;
        case 'n':
            out->append('\n');
            break;
        case 'r':
            out->append('\r');
            break;
        case 't':
            out->append('\t');
            break;
        case 'u': {
            char32_t cp = char32_t((hexValue(s[i + 1]) << 12) | (hexValue(s[i + 2]) << 8) | (hexValue(s[i + 3]) << 4)
                | hexValue(s[i + 4]));
            i += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF && i + 2 < n && s[i + 1] == '\\' && s[i + 2] == 'u') {
                const char32_t lo = char32_t((hexValue(s[i + 3]) << 12) | (hexValue(s[i + 4]) << 8)
                    | (hexValue(s[i + 5]) << 4) | hexValue(s[i + 6]));
                if (lo >= 0xDC00 && lo <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    i += 6;
                }
            }
            if (cp >= 0xD800 && cp <= 0xDFFF)
                cp = 0xFFFD; // lone surrogate
            appendUtf8(out, cp);
            break;
        }
        default:
            out->append(e);
            break; // " \ /
        }
    }
}

QByteArray JsonDom::utf8(int i) const
{
    if (!isString(i))
        return {};
    const Node &n = m_nodes[size_t(i)];
    if (!n.escaped)
        return m_json.mid(n.begin, n.end - n.begin);
    QByteArray out;
    decodeInto(m_p + n.begin, n.end - n.begin, &out);
    return out;
}

QString JsonDom::string(int i) const
{
    if (!isString(i))
        return {};
    const Node &n = m_nodes[size_t(i)];
    if (!n.escaped)
        return QString::fromUtf8(m_p + n.begin, n.end - n.begin);
    return QString::fromUtf8(utf8(i));
}

QString JsonDom::key(int memberNode) const
{
    const Node &n = m_nodes[size_t(memberNode)];
    if (!n.keyEscaped)
        return QString::fromUtf8(m_p + n.keyBegin, n.keyEnd - n.keyBegin);
    QByteArray k;
    decodeInto(m_p + n.keyBegin, n.keyEnd - n.keyBegin, &k);
    return QString::fromUtf8(k);
}

qsizetype JsonDom::length(int i) const
{
    if (!isString(i))
        return 0;
    const Node &n = m_nodes[size_t(i)];
    auto count = [](const char *s, qsizetype len) {
        qsizetype chars = 0;
        for (qsizetype k = 0; k < len; ++k)
            chars += (static_cast<unsigned char>(s[k]) & 0xC0) != 0x80;
        return chars;
    };
    if (!n.escaped)
        return count(m_p + n.begin, n.end - n.begin);
    const QByteArray d = utf8(i);
    return count(d.constData(), d.size());
}

double JsonDom::number(int i) const
{
    if (type(i) != Type::Number)
        return 0;
    const Node &n = m_nodes[size_t(i)];
    double v = 0;
    std::from_chars(m_p + n.begin, m_p + n.end, v);
    return v;
}

QByteArray JsonDom::raw(int i) const
{
    if (i < 0)
        return QByteArrayLiteral("null");
    const Node &n = m_nodes[size_t(i)];
    if (n.type == Type::String)
        return m_json.mid(n.begin - 1, n.end - n.begin + 2);
    return m_json.mid(n.begin, n.end - n.begin);
}

} // namespace sim
