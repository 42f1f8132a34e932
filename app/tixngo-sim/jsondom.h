#pragma once

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <vector>

namespace sim {

/// A small, strict JSON (RFC 8259) reader into a flat node table over the original UTF-8 bytes.
/// Strings are not decoded until asked for, keys are compared in place, and a ticket's raw text
/// can be kept as is. QJsonDocument in Qt 6.4 parses ≈ 25 MB/s with a malloc per value; this
/// keeps a 1 000-ticket (≈ 1 MB) injection body at a few milliseconds.
class JsonDom {
public:
    enum class Type : std::uint8_t { Null, False, True, Number, String, Array, Object };

    struct Node {
        Type type = Type::Null;
        bool escaped = false; // String: contains backslash escapes
        bool keyEscaped = false;
        std::int32_t next = -1; // next sibling (array element / object member)
        std::int32_t first = -1; // first child (Array, Object)
        std::int32_t count = 0; // number of children
        std::int32_t begin = 0; // String: first byte after the quote; others: first byte
        std::int32_t end = 0; // String: the closing quote; others: one past the last byte
        std::int32_t keyBegin = 0; // object members: the key's bytes, without quotes
        std::int32_t keyEnd = 0;
    };

    /// Parses `json` (kept by reference-counted copy). On failure returns false and sets the
    /// byte offset and a message ("unexpected character", "unterminated string"…).
    bool parse(const QByteArray &json);
    qsizetype errorOffset() const { return m_errorOffset; }
    const QString &errorMessage() const { return m_error; }

    /// The root value is node 0.
    /// The UTF-8 text being read (node offsets point into it).
    const char *data() const { return m_p; }
    const Node &node(int i) const { return m_nodes[size_t(i)]; }
    Type type(int i) const { return i < 0 ? Type::Null : m_nodes[size_t(i)].type; }
    bool isString(int i) const { return i >= 0 && m_nodes[size_t(i)].type == Type::String; }
    bool isObject(int i) const { return i >= 0 && m_nodes[size_t(i)].type == Type::Object; }
    bool isArray(int i) const { return i >= 0 && m_nodes[size_t(i)].type == Type::Array; }

    /// The member `key` of object `obj`, or -1 (also when obj is -1 or not an object).
    int member(int obj, const char *key) const;
    /// The member's key text (decoded).
    QString key(int memberNode) const;

    /// Decoded string value (empty for non-strings).
    QString string(int i) const;
    /// The string's UTF-8 bytes (decoded); cheap for strings without escapes.
    QByteArray utf8(int i) const;
    /// Length of a string in characters (Unicode code points), without decoding when possible.
    qsizetype length(int i) const;
    /// True when the string is empty (or the node is not a string).
    bool isEmptyString(int i) const { return isString(i) && m_nodes[size_t(i)].begin == m_nodes[size_t(i)].end; }
    double number(int i) const;
    /// The exact source text of a value (for strings: with the quotes).
    QByteArray raw(int i) const;

private:
    int value(int depth);
    bool string(std::int32_t *begin, std::int32_t *end, bool *escaped);
    void skipSpace();
    bool fail(const char *message);
    static void decodeInto(const char *s, qsizetype n, QByteArray *out);

    QByteArray m_json;
    const char *m_p = nullptr;
    qsizetype m_pos = 0;
    qsizetype m_size = 0;
    std::vector<Node> m_nodes;
    qsizetype m_errorOffset = -1;
    QString m_error;
};

} // namespace sim
