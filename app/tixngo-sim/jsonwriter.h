#pragma once

#include <QByteArray>
#include <QString>
#include <cstring>
#include <vector>

namespace sim {

/// A small streaming UTF-8 JSON writer: responses of thousands of objects are written straight
/// into one buffer (several times faster than building a QJsonDocument). Commas are managed
/// per nesting level; keys and values must alternate inside objects.
class JsonWriter {
public:
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(const char *name);
    JsonWriter &value(QStringView text);
    JsonWriter &value(const char *latin1);
    JsonWriter &value(const QByteArray &utf8) { return rawString(utf8); }
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(double number);
    JsonWriter &value(bool flag);
    JsonWriter &null();
    /// A string value or null when the text is empty.
    JsonWriter &stringOrNull(const QString &text) { return text.isEmpty() ? null() : value(QStringView(text)); }
    /// Inserts already serialized JSON as one value.
    JsonWriter &raw(const QByteArray &json);

    const QByteArray &data() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

private:
    void separate();
    JsonWriter &rawString(const QByteArray &utf8);
    void escape(const char *s, qsizetype n);

    QByteArray m_out;
    std::vector<bool> m_first; // one entry per open container: no value written yet
    bool m_afterKey = false;
};

} // namespace sim
