#include "ticketsnapshot.h"

#include "core/logging.h"
#include "core/store.h"
#include "recontable.h"
#include "recontr.h"

#include <QSqlQuery>
#include <cstring>
#include <sqlite3.h>

namespace tixsync::recon {

namespace {
// Status codes as stored by Store (toCode): exact bytes first, the tolerant parser as fallback.
template <typename Enum, int Count> struct CodeTable {
    std::array<QByteArray, Count> codes;
    explicit CodeTable(const std::array<Enum, Count> &all)
    {
        for (int i = 0; i < Count; ++i)
            codes[i] = toCode(all[i]).toLatin1();
    }
    int match(const char *p, int n) const
    {
        for (int i = 0; i < Count; ++i)
            if (codes[i].size() == n && std::memcmp(codes[i].constData(), p, size_t(n)) == 0)
                return i;
        return -1;
    }
};

int s360Code(const char *p, int n)
{
    static const CodeTable<S360Status, S360StatusCount> table(allS360Statuses());
    int i = table.match(p, n);
    if (i < 0) {
        S360Status s;
        if (parseS360Status(QString::fromUtf8(p, n), &s))
            i = int(s);
    }
    return i;
}

int tixngoCode(const char *p, int n)
{
    if (n == 0)
        return int(TixngoStatus::None);
    static const CodeTable<TixngoStatus, TixngoStatusCount> table(allTixngoStatuses());
    int i = table.match(p, n);
    if (i < 0) {
        TixngoStatus t;
        if (parseTixngoStatus(QString::fromUtf8(p, n), &t))
            i = int(t);
    }
    return i;
}

// Owner drift (REC-8) is looked at only for live printed / controlled tickets with no transfer pending.
bool ownerMatters(int s360, int tixngo)
{
    const auto s = S360Status(s360);
    const auto t = TixngoStatus(tixngo);
    return (s == S360Status::Printed || s == S360Status::Controlled) && isLive(t) && t != TixngoStatus::PendingTransfer
        && t != TixngoStatus::Pending;
}

bool sameText(QByteArrayView a, QByteArrayView b)
{
    if (a.size() == b.size() && std::memcmp(a.data(), b.data(), size_t(a.size())) == 0)
        return true;
    return QString::fromUtf8(a).trimmed().compare(QString::fromUtf8(b).trimmed(), Qt::CaseInsensitive) == 0;
}

// rule REC-8: the TIXNGO current owner is known and is not the S-360 cultural contact. E-mails
// decide when both sides have one; otherwise first and last names.
bool ownerDiffers(QByteArrayView cFirst, QByteArrayView cLast, QByteArrayView cMail, QByteArrayView oFirst,
    QByteArrayView oLast, QByteArrayView oMail)
{
    if (oFirst.isEmpty() && oLast.isEmpty() && oMail.isEmpty())
        return false;
    if (!cMail.isEmpty() && !oMail.isEmpty())
        return !sameText(cMail, oMail);
    return !(sameText(cFirst, oFirst) && sameText(cLast, oLast));
}

int digits(const char *p, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const unsigned d = unsigned(p[i]) - '0';
        if (d > 9)
            return -1;
        v = v * 10 + int(d);
    }
    return v;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = unsigned((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + qint64(doe) - 719468;
}

QByteArrayView col(sqlite3_stmt *st, int i)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, i));
    return p ? QByteArrayView(p, sqlite3_column_bytes(st, i)) : QByteArrayView();
}

qint64 timeCol(sqlite3_stmt *st, int i)
{
    const QByteArrayView v = col(st, i);
    return TicketSnapshot::parseTime(v.data(), int(v.size()));
}

constexpr const char *kColumns = "ticket_id, event_id, barcode, s360_status, tixngo_status, tixngo_controlled, "
                                 "s360_status_changed_at, controlled_at, tixngo_updated_at, last_sync_at, injected_at";
constexpr const char *kOwnerColumns = ", contact_first_name, contact_last_name, contact_email, "
                                      "tixngo_owner_first_name, tixngo_owner_last_name, tixngo_owner_email";
} // namespace

qint64 TicketSnapshot::parseTime(const char *p, int n)
{
    // yyyy-MM-ddTHH:mm:ss[.fff…](Z|±hh:mm)
    if (n < 20 || p[4] != '-' || p[7] != '-' || (p[10] != 'T' && p[10] != 't' && p[10] != ' ') || p[13] != ':'
        || p[16] != ':')
        return NoTime;
    const int y = digits(p, 4), mo = digits(p + 5, 2), d = digits(p + 8, 2);
    const int h = digits(p + 11, 2), mi = digits(p + 14, 2), s = digits(p + 17, 2);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 60)
        return NoTime;
    int pos = 19;
    if (p[pos] == '.') {
        ++pos;
        while (pos < n && unsigned(p[pos]) - '0' <= 9)
            ++pos;
    }
    int offset = 0;
    if (pos < n && (p[pos] == 'Z' || p[pos] == 'z')) {
        ++pos;
    } else if (pos + 6 <= n && (p[pos] == '+' || p[pos] == '-') && p[pos + 3] == ':') {
        const int oh = digits(p + pos + 1, 2), om = digits(p + pos + 4, 2);
        if (oh < 0 || om < 0)
            return NoTime;
        offset = (p[pos] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        pos += 6;
    } else {
        return NoTime;
    }
    if (pos != n)
        return NoTime;
    return daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s - offset;
}

void TicketSnapshot::reserve(qsizetype rows)
{
    m_ids.ends.reserve(size_t(rows));
    m_ids.bytes.reserve(size_t(rows) * 12);
    m_barcodes.ends.reserve(size_t(rows));
    m_barcodes.bytes.reserve(size_t(rows) * 16);
    for (auto *v : {&m_s360, &m_tixngo, &m_flags})
        v->reserve(size_t(rows));
    m_event.reserve(size_t(rows));
    for (auto *v : {&m_s360Changed, &m_controlledAt, &m_tixngoUpdated, &m_lastSync, &m_injected})
        v->reserve(size_t(rows));
}

quint32 TicketSnapshot::internEvent(QByteArrayView utf8)
{
    if (!m_events.isEmpty() && utf8 == QByteArrayView(m_lastEvent))
        return m_lastEventIndex;
    // Look up without copying; copy only a new event id.
    const QByteArray key = QByteArray::fromRawData(utf8.data(), utf8.size());
    auto it = m_eventIndex.constFind(key);
    if (it == m_eventIndex.cend()) {
        it = m_eventIndex.insert(utf8.toByteArray(), quint32(m_events.size()));
        m_events << QString::fromUtf8(utf8);
    }
    m_lastEvent = it.key(); // shares the stored copy
    m_lastEventIndex = *it;
    return m_lastEventIndex;
}

void TicketSnapshot::appendRow(QByteArrayView id, QByteArrayView eventId, QByteArrayView barcode, std::uint8_t s360,
    std::uint8_t tixngo, std::uint8_t flags, qint64 s360Changed, qint64 controlledAt, qint64 tixngoUpdated,
    qint64 lastSync, qint64 injected)
{
    m_ids.append(id.data(), id.size());
    m_barcodes.append(barcode.data(), barcode.size());
    m_event.push_back(internEvent(eventId));
    m_s360.push_back(s360);
    m_tixngo.push_back(tixngo);
    m_flags.push_back(flags);
    m_s360Changed.push_back(s360Changed);
    m_controlledAt.push_back(controlledAt);
    m_tixngoUpdated.push_back(tixngoUpdated);
    m_lastSync.push_back(lastSync);
    m_injected.push_back(injected);
}

void TicketSnapshot::append(const Ticket &t, bool compareOwners)
{
    std::uint8_t flags = t.tixngoControlled ? TixngoControlled : 0;
    if (compareOwners
        && ownerDiffers(t.contact.firstName.toUtf8(), t.contact.lastName.toUtf8(), t.contact.email.toUtf8(),
            t.tixngoOwner.firstName.toUtf8(), t.tixngoOwner.lastName.toUtf8(), t.tixngoOwner.email.toUtf8()))
        flags |= OwnerDiffers;
    appendRow(t.ticketId.toUtf8(), t.eventId.toUtf8(), t.barcode.toUtf8(), std::uint8_t(t.s360Status),
        std::uint8_t(t.tixngoStatus), flags, toSeconds(t.s360StatusChangedAt), toSeconds(t.controlledAt),
        toSeconds(t.tixngoUpdatedAt), toSeconds(t.lastSyncAt), toSeconds(t.injectedAt));
}

void TicketSnapshot::setTixngoState(qsizetype row, TixngoStatus status, bool controlled, qint64 updatedAt)
{
    m_tixngo[row] = std::uint8_t(status);
    m_flags[row] = std::uint8_t((m_flags[row] & ~TixngoControlled) | (controlled ? TixngoControlled : 0));
    m_tixngoUpdated[row] = updatedAt;
}

qsizetype TicketSnapshot::memoryBytes() const
{
    auto cap = [](const auto &v) { return qsizetype(v.capacity() * sizeof(v[0])); };
    return cap(m_ids.bytes) + cap(m_ids.ends) + cap(m_barcodes.bytes) + cap(m_barcodes.ends) + cap(m_event)
        + cap(m_s360) + cap(m_tixngo) + cap(m_flags) + cap(m_s360Changed) + cap(m_controlledAt) + cap(m_tixngoUpdated)
        + cap(m_lastSync) + cap(m_injected);
}

Result<TicketSnapshot> TicketSnapshot::load(const Store &store, const LoadOptions &options)
{
    TicketSnapshot snap;
    snap.m_idsFromPrimaryKey = true;
    QString sql = QStringLiteral("SELECT ") + QLatin1String(kColumns)
        + (options.compareOwners ? QLatin1String(kOwnerColumns) : QLatin1String()) + QStringLiteral(" FROM tickets");
    // Filters, all bound: one event, and / or the shipment modes that go to TIXNGO.
    QStringList where;
    QVariantList binds;
    if (!options.eventId.isEmpty()) {
        where << QStringLiteral("event_id = ?");
        binds << options.eventId;
    }
    if (!options.shipmentModes.isEmpty()) {
        QStringList marks;
        for (const QString &mode : options.shipmentModes) {
            marks << QStringLiteral("?");
            binds << mode;
        }
        where << QStringLiteral("shipment_mode IN (") + marks.join(QLatin1String(", ")) + QLatin1Char(')');
    }
    const QString filter = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
    sql += filter;
    // A size hint to reserve the columns once: MAX(rowid) costs nothing on SQLite (an upper bound),
    // COUNT(*) would scan; with an event the event index answers (shipment modes are ignored).
    QString countSql;
    QVariantList countBinds;
    if (!options.eventId.isEmpty()) {
        countSql = QStringLiteral("SELECT COUNT(*) FROM tickets WHERE event_id = ?");
        countBinds << options.eventId;
    } else {
        countSql = store.backend() == Store::Backend::Sqlite ? QStringLiteral("SELECT MAX(rowid) FROM tickets")
                                                             : QStringLiteral("SELECT COUNT(*) FROM tickets");
    }
    if (auto count = store.exec(countSql, countBinds); count && count->next())
        snap.reserve(count->value(0).toLongLong());

    qint64 badRows = 0;
    const ReconTable &table = ReconTable::instance();
    if (sqlite3 *db = store.sqliteHandle()) {
        sqlite3_stmt *st = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &st, nullptr) != SQLITE_OK)
            return fail(QStringLiteral("RECON_LOAD"),
                Reconciliation::tr("Cannot read the tickets for reconciliation: %1")
                    .arg(QString::fromUtf8(sqlite3_errmsg(db))));
        std::vector<QByteArray> bound;
        bound.reserve(size_t(binds.size()));
        for (const QVariant &v : binds) {
            bound.push_back(v.toString().toUtf8());
            sqlite3_bind_text(st, int(bound.size()), bound.back().constData(), int(bound.back().size()), SQLITE_STATIC);
        }
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            const QByteArrayView s = col(st, 3), t = col(st, 4);
            const int s360 = s360Code(s.data(), int(s.size()));
            const int tix = tixngoCode(t.data(), int(t.size()));
            if (s360 < 0 || tix < 0) {
                ++badRows;
                continue;
            }
            std::uint8_t flags = sqlite3_column_int(st, 5) ? TixngoControlled : 0;
            const bool agree = table.rule(S360Status(s360), TixngoStatus(tix), flags & TixngoControlled).isNone();
            if (options.compareOwners && agree && ownerMatters(s360, tix)
                && ownerDiffers(col(st, 11), col(st, 12), col(st, 13), col(st, 14), col(st, 15), col(st, 16)))
                flags |= OwnerDiffers;
            // Most tickets agree: their times are never read, so skip fetching and parsing them.
            if (agree && !(flags & OwnerDiffers) && !options.allTimes)
                snap.appendRow(col(st, 0), col(st, 1), col(st, 2), std::uint8_t(s360), std::uint8_t(tix), flags, NoTime,
                    NoTime, NoTime, NoTime, NoTime);
            else
                snap.appendRow(col(st, 0), col(st, 1), col(st, 2), std::uint8_t(s360), std::uint8_t(tix), flags,
                    timeCol(st, 6), timeCol(st, 7), timeCol(st, 8), timeCol(st, 9), timeCol(st, 10));
        }
        const QString why = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            return fail(QStringLiteral("RECON_LOAD"),
                Reconciliation::tr("Cannot read the tickets for reconciliation: %1").arg(why));
    } else {
        // PostgreSQL: QtSql, forward only.
        QSqlQuery q(store.database());
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return fail(store.sqlError(q, Reconciliation::tr("reading the tickets for reconciliation")));
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec())
            return fail(store.sqlError(q, Reconciliation::tr("reading the tickets for reconciliation")));
        auto time = [&](int i) {
            const QByteArray b = q.value(i).toString().toUtf8();
            return parseTime(b.constData(), int(b.size()));
        };
        while (q.next()) {
            const QByteArray s = q.value(3).toString().toUtf8(), t = q.value(4).toString().toUtf8();
            const int s360 = s360Code(s.constData(), int(s.size()));
            const int tix = tixngoCode(t.constData(), int(t.size()));
            if (s360 < 0 || tix < 0) {
                ++badRows;
                continue;
            }
            std::uint8_t flags = q.value(5).toInt() ? TixngoControlled : 0;
            if (options.compareOwners) {
                QByteArray p[6];
                for (int i = 0; i < 6; ++i)
                    p[i] = q.value(11 + i).toString().toUtf8();
                if (ownerDiffers(p[0], p[1], p[2], p[3], p[4], p[5]))
                    flags |= OwnerDiffers;
            }
            snap.appendRow(q.value(0).toString().toUtf8(), q.value(1).toString().toUtf8(),
                q.value(2).toString().toUtf8(), std::uint8_t(s360), std::uint8_t(tix), flags, time(6), time(7), time(8),
                time(9), time(10));
        }
    }
    snap.m_unreadableRows = badRows;
    if (badRows)
        qCWarning(lcRecon) << badRows << "tickets with an unknown S-360 or TIXNGO status code were not reconciled";
    return snap;
}

} // namespace tixsync::recon
