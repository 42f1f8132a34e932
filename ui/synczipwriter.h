#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tixsync {

/// A minimal ZIP writer: every entry *stored* (no compression), UTF-8 names, one central
/// directory. Enough for a support bundle of text files that any unzip tool opens; QtCore has no
/// public zip writer and the bundle must not depend on an external program.
class SyncZipWriter final {
public:
    /// Adds a file; `name` uses '/' separators and must be relative.
    void addFile(const QString &name, const QByteArray &data, const QDateTime &modified = QDateTime::currentDateTime());
    /// The whole archive.
    QByteArray archive() const;
    /// Writes the archive to `path`; false with `error` set when it cannot.
    bool write(const QString &path, QString *error = nullptr) const;

    /// CRC-32 (IEEE 802.3, the one ZIP uses).
    static quint32 crc32(const QByteArray &data);

private:
    struct Entry {
        QByteArray name;
        QByteArray data;
        quint32 crc = 0;
        quint16 dosTime = 0;
        quint16 dosDate = 0;
    };
    QList<Entry> m_entries;
};

} // namespace tixsync
