#include "synczipwriter.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <array>

namespace tixsync {

namespace {
void put16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xff));
    out.append(char((v >> 8) & 0xff));
}
void put32(QByteArray &out, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((v >> (8 * i)) & 0xff));
}
const std::array<quint32, 256> &crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    return table;
}
constexpr quint16 kVersion = 20; // 2.0: stored entries
constexpr quint16 kUtf8Names = 0x0800; // general purpose bit 11
} // namespace

quint32 SyncZipWriter::crc32(const QByteArray &data)
{
    const auto &t = crcTable();
    quint32 c = 0xffffffffu;
    for (char ch : data)
        c = t[(c ^ quint8(ch)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

void SyncZipWriter::addFile(const QString &name, const QByteArray &data, const QDateTime &modified)
{
    Entry e;
    e.name = name.toUtf8();
    e.data = data;
    e.crc = crc32(data);
    const QDateTime local = modified.toLocalTime();
    const QDate d = local.date().year() < 1980 ? QDate(1980, 1, 1) : local.date();
    const QTime tm = local.time();
    e.dosDate = quint16(((d.year() - 1980) << 9) | (d.month() << 5) | d.day());
    e.dosTime = quint16((tm.hour() << 11) | (tm.minute() << 5) | (tm.second() / 2));
    m_entries << e;
}

QByteArray SyncZipWriter::archive() const
{
    QByteArray out;
    QByteArray central;
    quint16 count = 0;
    for (const Entry &e : m_entries) {
        const quint32 offset = quint32(out.size());
        put32(out, 0x04034b50);
        put16(out, kVersion);
        put16(out, kUtf8Names);
        put16(out, 0); // stored
        put16(out, e.dosTime);
        put16(out, e.dosDate);
        put32(out, e.crc);
        put32(out, quint32(e.data.size()));
        put32(out, quint32(e.data.size()));
        put16(out, quint16(e.name.size()));
        put16(out, 0);
        out += e.name;
        out += e.data;

        put32(central, 0x02014b50);
        put16(central, (3 << 8) | kVersion); // made by: Unix
        put16(central, kVersion);
        put16(central, kUtf8Names);
        put16(central, 0);
        put16(central, e.dosTime);
        put16(central, e.dosDate);
        put32(central, e.crc);
        put32(central, quint32(e.data.size()));
        put32(central, quint32(e.data.size()));
        put16(central, quint16(e.name.size()));
        put16(central, 0); // extra
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, quint32(0100644) << 16); // external: -rw-r--r--
        put32(central, offset);
        central += e.name;
        ++count;
    }
    const quint32 centralOffset = quint32(out.size());
    out += central;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, count);
    put16(out, count);
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

bool SyncZipWriter::write(const QString &path, QString *error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(archive()) < 0 || !f.commit()) {
        if (error)
            *error = QCoreApplication::translate("SyncZipWriter", "Cannot write %1: %2. Choose another folder.")
                         .arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace tixsync
