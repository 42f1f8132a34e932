#pragma once

#include "core/domain.h"
#include "core/error.h"
#include "recontypes.h"

#include <QByteArrayView>
#include <QHash>
#include <QStringList>
#include <vector>

namespace tixsync {
class Store;
}

namespace tixsync::recon {

/// The columns of the tickets table that reconciliation needs, for millions of tickets, as
/// compact column arrays: statuses as small integers, times as UTC seconds, ids and barcodes as
/// UTF-8 in one byte arena each, event ids interned. About 100 bytes per ticket.
///
/// load() reads SQLite through the sqlite3 C API (the store's own connection, so call it in the
/// thread that owns the store) and PostgreSQL through QtSql. append() builds one in memory.
class TicketSnapshot {
public:
    enum Flag : std::uint8_t {
        TixngoControlled = 1, // V4 `controlled` attribute
        OwnerDiffers = 2, // TIXNGO current owner known and not the S-360 cultural contact
    };

    struct LoadOptions {
        QString eventId; // only this event; empty = all
        QStringList shipmentModes; // only tickets of these shipment modes; empty = all
        bool compareOwners = false; // fill OwnerDiffers (costs six more columns)
        /// Times are parsed only for rows that disagree (ReconTable) or whose owner differs,
        /// unless this is set (needed when TIXNGO states may replace the local ones).
        bool allTimes = false;
    };

    static Result<TicketSnapshot> load(const Store &store, const LoadOptions &options);
    /// Appends one ticket (tests, small in-memory sets). Ticket ids are checked for duplicates
    /// by the reconciler only for snapshots built this way (the table's primary key forbids them).
    void append(const Ticket &ticket, bool compareOwners = false);
    void reserve(qsizetype rows);

    qsizetype size() const { return qsizetype(m_s360.size()); }
    bool idsFromPrimaryKey() const { return m_idsFromPrimaryKey; }
    /// Rows load() left out because their S-360 or TIXNGO status code is unknown.
    qint64 unreadableRows() const { return m_unreadableRows; }

    QByteArrayView ticketIdUtf8(qsizetype row) const { return m_ids.view(row); }
    QString ticketId(qsizetype row) const { return QString::fromUtf8(m_ids.view(row)); }
    QByteArrayView barcodeUtf8(qsizetype row) const { return m_barcodes.view(row); }
    QString barcode(qsizetype row) const { return QString::fromUtf8(m_barcodes.view(row)); }
    quint32 eventIndex(qsizetype row) const { return m_event[row]; }
    const QStringList &events() const { return m_events; }
    QString eventId(qsizetype row) const { return m_events.at(m_event[row]); }

    S360Status s360Status(qsizetype row) const { return static_cast<S360Status>(m_s360[row]); }
    TixngoStatus tixngoStatus(qsizetype row) const { return static_cast<TixngoStatus>(m_tixngo[row]); }
    std::uint8_t flags(qsizetype row) const { return m_flags[row]; }
    bool tixngoControlled(qsizetype row) const { return m_flags[row] & TixngoControlled; }

    qint64 s360ChangedAt(qsizetype row) const { return m_s360Changed[row]; }
    qint64 controlledAt(qsizetype row) const { return m_controlledAt[row]; }
    qint64 tixngoUpdatedAt(qsizetype row) const { return m_tixngoUpdated[row]; }
    qint64 lastSyncAt(qsizetype row) const { return m_lastSync[row]; }
    qint64 injectedAt(qsizetype row) const { return m_injected[row]; }

    /// Replaces the TIXNGO side of one row (a fresher state read from TIXNGO).
    void setTixngoState(qsizetype row, TixngoStatus status, bool controlled, qint64 updatedAt);

    /// Raw arrays for the classification loop.
    const std::uint8_t *s360Data() const { return m_s360.data(); }
    const std::uint8_t *tixngoData() const { return m_tixngo.data(); }
    const std::uint8_t *flagsData() const { return m_flags.data(); }

    /// RFC 3339 UTF-8 text → UTC seconds; NoTime when empty or malformed.
    static qint64 parseTime(const char *text, int length);
    static qint64 toSeconds(const QDateTime &dt) { return dt.isValid() ? dt.toSecsSinceEpoch() : NoTime; }

    /// Bytes held, roughly (for the benchmark and the status bar).
    qsizetype memoryBytes() const;

private:
    struct Arena {
        std::vector<char> bytes;
        std::vector<quint32> ends; // end offset of each string
        void append(const char *data, qsizetype n)
        {
            bytes.insert(bytes.end(), data, data + n);
            ends.push_back(quint32(bytes.size()));
        }
        QByteArrayView view(qsizetype i) const
        {
            const quint32 b = i ? ends[i - 1] : 0;
            return QByteArrayView(bytes.data() + b, qsizetype(ends[i] - b));
        }
    };
    quint32 internEvent(QByteArrayView utf8);
    void appendRow(QByteArrayView id, QByteArrayView eventId, QByteArrayView barcode, std::uint8_t s360,
        std::uint8_t tixngo, std::uint8_t flags, qint64 s360Changed, qint64 controlledAt, qint64 tixngoUpdated,
        qint64 lastSync, qint64 injected);

    Arena m_ids;
    Arena m_barcodes;
    std::vector<quint32> m_event;
    std::vector<std::uint8_t> m_s360;
    std::vector<std::uint8_t> m_tixngo;
    std::vector<std::uint8_t> m_flags;
    std::vector<qint64> m_s360Changed;
    std::vector<qint64> m_controlledAt;
    std::vector<qint64> m_tixngoUpdated;
    std::vector<qint64> m_lastSync;
    std::vector<qint64> m_injected;
    QStringList m_events;
    QHash<QByteArray, quint32> m_eventIndex;
    QByteArray m_lastEvent;
    quint32 m_lastEventIndex = 0;
    bool m_idsFromPrimaryKey = false;
    qint64 m_unreadableRows = 0;
};

} // namespace tixsync::recon
