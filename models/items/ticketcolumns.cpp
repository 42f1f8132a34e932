#include "ticketcolumns.h"

#include "core/store.h"
#include "tickettablemodel.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <numeric>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <unordered_map>

namespace tixsync {

namespace {

// The columns the ticket table needs, in the order the row builder reads them.
enum Field : int {
    FTicketId,
    FNumber,
    FEventId,
    FGate,
    FArea,
    FBlock,
    FRow,
    FSeat,
    FHolderFirst,
    FHolderLast,
    FContactFirst,
    FContactLast,
    FContactEmail,
    FHolderEmail,
    FS360,
    FReason,
    FTixngo,
    FLastSync,
    FieldCount
};
constexpr const char *kSelect
    = "SELECT ticket_id, ticket_number, event_id, seat_gate, seat_area, seat_block, seat_row, "
      "seat_number, holder_first_name, holder_last_name, contact_first_name, "
      "contact_last_name, contact_email, holder_email, s360_status, s360_reason, "
      "tixngo_status, last_sync_at FROM tickets";
constexpr const char *kEvents = "SELECT event_id, name FROM events ORDER BY start_time, event_id";
constexpr char kSearchSeparator = '\x1f';
constexpr char kSearchRowEnd = '\n';
constexpr std::string_view kSeatSeparator = " \xC2\xB7 "; // " · "

// Appends `v` case-folded exactly as QString::toCaseFolded() folds it, without a QString for
// ASCII and the Latin-1 letters of French, German and Italian names (À…Þ → à…þ, except ×);
// anything else falls back to QString for the rest of the value.
void appendFolded(std::string &out, QByteArrayView v)
{
    const std::size_t start = out.size();
    const auto n = std::size_t(v.size());
    out.resize(start + n);
    char *dst = out.data() + start;
    const auto *src = reinterpret_cast<const unsigned char *>(v.data());
    for (std::size_t i = 0; i < n; ++i) {
        const unsigned char c = src[i];
        if (c < 0x80) {
            dst[i] = char((c >= 'A' && c <= 'Z') ? c + 32 : c);
        } else if (c == 0xC3 && i + 1 < n) {
            const unsigned char d = src[i + 1];
            dst[i] = char(c);
            dst[i + 1] = char((d >= 0x80 && d <= 0x9E && d != 0x97) ? d + 0x20 : d);
            ++i;
        } else {
            out.resize(start + i);
            const QByteArray rest = QString::fromUtf8(v.sliced(qsizetype(i))).toCaseFolded().toUtf8();
            out.append(rest.constData(), std::size_t(rest.size()));
            return;
        }
    }
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

// Natural order: digit runs compare by value ("T9" < "T10"), letters ignore ASCII case.
int naturalCompare(QByteArrayView a, QByteArrayView b)
{
    qsizetype i = 0, j = 0;
    const qsizetype na = a.size(), nb = b.size();
    while (i < na && j < nb) {
        const char ca = a[i], cb = b[j];
        if (isDigit(ca) && isDigit(cb)) {
            qsizetype si = i, sj = j;
            while (si < na && a[si] == '0')
                ++si;
            while (sj < nb && b[sj] == '0')
                ++sj;
            qsizetype ei = si, ej = sj;
            while (ei < na && isDigit(a[ei]))
                ++ei;
            while (ej < nb && isDigit(b[ej]))
                ++ej;
            if (ei - si != ej - sj)
                return ei - si < ej - sj ? -1 : 1;
            if (const int r = std::memcmp(a.data() + si, b.data() + sj, std::size_t(ei - si)); r != 0)
                return r;
            i = ei;
            j = ej;
            continue;
        }
        const char la = lowerAscii(ca), lb = lowerAscii(cb);
        if (la != lb)
            return static_cast<unsigned char>(la) < static_cast<unsigned char>(lb) ? -1 : 1;
        ++i;
        ++j;
    }
    if (na - i == nb - j)
        return 0;
    return na - i < nb - j ? -1 : 1;
}

// Days since 1970-01-01 of a civil date (H. Hinnant's algorithm).
std::int64_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return std::int64_t(era) * 146097 + doe - 719468;
}

// Builds the columns row by row from whatever reader feeds it.
class Builder {
public:
    explicit Builder(TicketColumns &data, const TicketPreview *preview = nullptr, std::size_t previewRows = 0)
        : m_data(data)
        , m_preview(preview && *preview ? preview : nullptr)
        , m_previewRows(previewRows)
    {
        for (S360Status s : allS360Statuses())
            m_s360.emplace(toCode(s).toStdString(), std::uint8_t(s));
        for (TixngoStatus s : allTixngoStatuses())
            m_tixngo.emplace(toCode(s).toStdString(), std::uint8_t(s));
    }

    void addEvent(QByteArrayView id, QByteArrayView name)
    {
        const auto [it, inserted] = m_eventIndex.emplace(
            std::string(id.data(), std::size_t(id.size())), std::uint32_t(m_data.eventIds.size()));
        if (inserted) {
            m_data.eventIds << QString::fromUtf8(id);
            m_data.eventNames << QString::fromUtf8(name);
        }
    }

    void reserve(std::size_t rows)
    {
        m_data.ticketId.reserve(rows, rows * 12);
        m_data.ticketNumber.reserve(rows, rows * 12);
        m_data.seat.reserve(rows, rows * 20);
        m_data.holder.reserve(rows, rows * 16);
        m_data.search.reserve(rows, rows * 110);
        m_data.event.reserve(rows);
        m_data.s360.reserve(rows);
        m_data.tixngo.reserve(rows);
        m_data.reason.reserve(rows);
        m_data.lastSync.reserve(rows);
    }

    void addRow(const std::array<QByteArrayView, FieldCount> &f)
    {
        TicketColumns &d = m_data;
        d.ticketId.append(f[FTicketId]);
        d.ticketNumber.append(f[FNumber]);

        bool first = true;
        for (int part : {FGate, FBlock, FRow, FSeat}) {
            if (f[part].isEmpty())
                continue;
            if (!first)
                d.seat.appendPart(kSeatSeparator.data(), kSeatSeparator.size());
            d.seat.appendPart(f[part].data(), std::size_t(f[part].size()));
            first = false;
        }
        d.seat.finishRow();

        d.holder.appendPart(f[FHolderFirst].data(), std::size_t(f[FHolderFirst].size()));
        if (!f[FHolderFirst].isEmpty() && !f[FHolderLast].isEmpty())
            d.holder.appendPart(' ');
        d.holder.appendPart(f[FHolderLast].data(), std::size_t(f[FHolderLast].size()));
        d.holder.finishRow();

        // The search line: every searchable field, folded, separated so that no match spans two.
        m_line.clear();
        const QByteArrayView seat = d.seat.view(d.seat.size() - 1);
        const QByteArrayView holder = d.holder.view(d.holder.size() - 1);
        for (QByteArrayView v : {f[FTicketId], f[FNumber], holder, seat, f[FArea], f[FHolderEmail], f[FContactEmail]}) {
            appendFolded(m_line, v);
            m_line.push_back(kSearchSeparator);
        }
        appendFolded(m_line, f[FContactFirst]);
        m_line.push_back(' ');
        appendFolded(m_line, f[FContactLast]);
        m_line.push_back(kSearchRowEnd);
        d.search.append(m_line.data(), m_line.size());

        d.event.push_back(eventIndex(f[FEventId]));
        d.s360.push_back(code(m_s360, f[FS360], m_lastS360));
        d.tixngo.push_back(code(m_tixngo, f[FTixngo], m_lastTixngo));
        d.reason.push_back(reasonIndex(f[FReason]));
        d.lastSync.push_back(rfc3339ToMSecs(f[FLastSync]));
        if (m_preview && d.size() == m_previewRows) {
            (*m_preview)(std::make_shared<const TicketColumns>(d)); // a compact copy of the first rows
            m_preview = nullptr;
        }
    }

    void finish()
    {
        m_data.ticketId.squeeze();
        m_data.ticketNumber.squeeze();
        m_data.seat.squeeze();
        m_data.holder.squeeze();
        m_data.search.squeeze();
    }

private:
    std::uint32_t eventIndex(QByteArrayView id)
    {
        if (m_lastEventIndex != UINT32_MAX && QByteArrayView(m_lastEventId) == id)
            return m_lastEventIndex;
        m_lastEventId.assign(id.data(), std::size_t(id.size()));
        auto it = m_eventIndex.find(m_lastEventId);
        if (it == m_eventIndex.end()) { // a ticket of an unknown event (no foreign key on PostgreSQL imports)
            addEvent(id, id);
            it = m_eventIndex.find(m_lastEventId);
        }
        m_lastEventIndex = it->second;
        return m_lastEventIndex;
    }

    static std::uint8_t code(const std::unordered_map<std::string, std::uint8_t> &codes, QByteArrayView text,
        std::pair<std::string, std::uint8_t> &last)
    {
        if (QByteArrayView(last.first) == text && !last.first.empty())
            return last.second;
        std::string key(text.data(), std::size_t(text.size()));
        for (char &c : key)
            c = (c >= 'a' && c <= 'z') ? char(c - 32) : c;
        const auto it = codes.find(key);
        const std::uint8_t value = it == codes.end() ? 0 : it->second;
        last = {std::string(text.data(), std::size_t(text.size())), value};
        return value;
    }

    std::uint16_t reasonIndex(QByteArrayView text)
    {
        if (text.isEmpty())
            return 0;
        const std::string key(text.data(), std::size_t(text.size()));
        const auto it = m_reasons.find(key);
        if (it != m_reasons.end())
            return it->second;
        if (m_data.reasons.size() >= 65535)
            return 0;
        const auto index = std::uint16_t(m_data.reasons.size());
        m_data.reasons << QString::fromUtf8(text);
        m_reasons.emplace(key, index);
        return index;
    }

    TicketColumns &m_data;
    const TicketPreview *m_preview;
    std::size_t m_previewRows;
    std::unordered_map<std::string, std::uint32_t> m_eventIndex;
    std::unordered_map<std::string, std::uint8_t> m_s360, m_tixngo;
    std::unordered_map<std::string, std::uint16_t> m_reasons;
    std::pair<std::string, std::uint8_t> m_lastS360, m_lastTixngo;
    std::string m_lastEventId;
    std::uint32_t m_lastEventIndex = UINT32_MAX;
    std::string m_line;
};

Error cancelled()
{
    return makeError(QStringLiteral("STORE_CANCELLED"),
        QCoreApplication::translate("TicketTableModel", "Loading the tickets was cancelled."));
}

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// A slice of the tickets table by rowid, and how many rows to reserve room for.
struct RowidRange {
    qint64 first = std::numeric_limits<qint64>::min();
    qint64 last = std::numeric_limits<qint64>::max();
    std::size_t expected = 0;
};

Error sqliteError(sqlite3 *db, const QString &what)
{
    return makeError(QStringLiteral("STORE_SQL"),
        QCoreApplication::translate("TicketTableModel", "Database error while %1: %2")
            .arg(what, QString::fromUtf8(sqlite3_errmsg(db))));
}

qint64 sqliteValue(sqlite3 *db, const char *sql, bool *ok)
{
    sqlite3_stmt *st = nullptr;
    *ok = sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW;
    const qint64 v = *ok ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    return v;
}

Status loadWithSqlite(sqlite3 *db, Builder &builder, const std::atomic_bool *cancel, const RowidRange &range)
{
    auto view = [](sqlite3_stmt *st, int i) {
        return QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(st, i)), sqlite3_column_bytes(st, i));
    };
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, kEvents, -1, &st, nullptr) != SQLITE_OK)
        return fail(sqliteError(db, QCoreApplication::translate("TicketTableModel", "reading the events")));
    while (sqlite3_step(st) == SQLITE_ROW)
        builder.addEvent(view(st, 0), view(st, 1));
    sqlite3_finalize(st);
    builder.reserve(range.expected);

    const QByteArray sql = QByteArray(kSelect) + " WHERE rowid BETWEEN ?1 AND ?2";
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
        return fail(sqliteError(db, QCoreApplication::translate("TicketTableModel", "reading the tickets")));
    sqlite3_bind_int64(st, 1, range.first);
    sqlite3_bind_int64(st, 2, range.last);
    std::array<QByteArrayView, FieldCount> fields;
    int rc;
    std::size_t n = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        for (int i = 0; i < FieldCount; ++i)
            fields[i] = view(st, i);
        builder.addRow(fields);
        if ((++n & 0xFFFF) == 0 && isCancelled(cancel)) {
            sqlite3_finalize(st);
            return fail(cancelled());
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return fail(sqliteError(db, QCoreApplication::translate("TicketTableModel", "reading the tickets")));
    return {};
}

// Appends the rows of `part` (loaded by another connection) to `into`, mapping its event and
// reason indexes onto those of `into`.
void appendPart(TicketColumns &into, const TicketColumns &part)
{
    QHash<QString, std::uint32_t> events;
    for (qsizetype i = 0; i < into.eventIds.size(); ++i)
        events.insert(into.eventIds[i], std::uint32_t(i));
    std::vector<std::uint32_t> eventMap(std::size_t(part.eventIds.size()));
    for (qsizetype i = 0; i < part.eventIds.size(); ++i) {
        auto it = events.constFind(part.eventIds[i]);
        if (it == events.constEnd()) {
            it = events.insert(part.eventIds[i], std::uint32_t(into.eventIds.size()));
            into.eventIds << part.eventIds[i];
            into.eventNames << part.eventNames[i];
        }
        eventMap[std::size_t(i)] = it.value();
    }
    std::vector<std::uint16_t> reasonMap(std::size_t(part.reasons.size()), 0);
    for (qsizetype i = 1; i < part.reasons.size(); ++i) {
        qsizetype at = into.reasons.indexOf(part.reasons[i]);
        if (at < 0 && into.reasons.size() < 65535) {
            at = into.reasons.size();
            into.reasons << part.reasons[i];
        }
        reasonMap[std::size_t(i)] = std::uint16_t(qMax<qsizetype>(0, at));
    }
    into.ticketId.appendColumn(part.ticketId);
    into.ticketNumber.appendColumn(part.ticketNumber);
    into.seat.appendColumn(part.seat);
    into.holder.appendColumn(part.holder);
    into.search.appendColumn(part.search);
    for (std::uint32_t e : part.event)
        into.event.push_back(eventMap[e]);
    into.s360.insert(into.s360.end(), part.s360.begin(), part.s360.end());
    into.tixngo.insert(into.tixngo.end(), part.tixngo.begin(), part.tixngo.end());
    for (std::uint16_t r : part.reason)
        into.reason.push_back(reasonMap[r]);
    into.lastSync.insert(into.lastSync.end(), part.lastSync.begin(), part.lastSync.end());
}

// Large SQLite stores are read in two halves by rowid, the second by a thread of its own with its
// own connection (Store::openAnother(), opened in that thread), then joined in rowid order.
Status loadSqliteInParallel(const Store &store, Builder &builder, TicketColumns &data, const std::atomic_bool *cancel,
    std::size_t parallelFromRows)
{
    sqlite3 *db = store.sqliteHandle();
    // MIN/MAX(rowid) are two b-tree lookups where COUNT(*) scans an index: the span is the row
    // count when no ticket was deleted, and an upper bound otherwise (it only sizes buffers).
    bool ok = false;
    const qint64 first = sqliteValue(db, "SELECT MIN(rowid) FROM tickets", &ok);
    const qint64 last = ok ? sqliteValue(db, "SELECT MAX(rowid) FROM tickets", &ok) : 0;
    if (!ok)
        return fail(sqliteError(db, QCoreApplication::translate("TicketTableModel", "reading the tickets")));
    const auto total = last >= first ? std::size_t(last - first + 1) : std::size_t(0);
    if (total < parallelFromRows || QThread::idealThreadCount() < 2)
        return loadWithSqlite(db, builder, cancel, {.expected = total}); // every row, even ones added since
    const qint64 middle = first + (last - first) / 2;

    TicketColumns second;
    Status secondStatus;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        auto other = store.openAnother();
        if (!other) {
            secondStatus = fail(other.error());
            return;
        }
        Builder b(second);
        secondStatus = loadWithSqlite((*other)->sqliteHandle(), b, cancel, {middle + 1, last, total / 2 + 1});
    }));
    thread->start();
    Status firstStatus = loadWithSqlite(db, builder, cancel, {first, middle, total}); // room for both halves
    thread->wait();
    if (!firstStatus)
        return firstStatus;
    if (!secondStatus)
        return secondStatus;
    appendPart(data, second);
    return {};
}

Status loadWithQtSql(const Store &store, Builder &builder, const std::atomic_bool *cancel)
{
    {
        QSqlQuery q(store.database());
        q.setForwardOnly(true);
        if (!q.exec(QString::fromLatin1(kEvents)))
            return fail(store.sqlError(q, QCoreApplication::translate("TicketTableModel", "reading the events")));
        while (q.next())
            builder.addEvent(q.value(0).toString().toUtf8(), q.value(1).toString().toUtf8());
    }
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    // PostgreSQL has no rowid: ticket-id order makes "load order" stable from one load to the next.
    if (!q.exec(QString::fromLatin1(kSelect) + QStringLiteral(" ORDER BY ticket_id")))
        return fail(store.sqlError(q, QCoreApplication::translate("TicketTableModel", "reading the tickets")));
    std::array<QByteArray, FieldCount> bytes;
    std::array<QByteArrayView, FieldCount> fields;
    std::size_t n = 0;
    while (q.next()) {
        for (int i = 0; i < FieldCount; ++i) {
            bytes[i] = q.value(i).toString().toUtf8();
            fields[i] = bytes[i];
        }
        builder.addRow(fields);
        if ((++n & 0xFFFF) == 0 && isCancelled(cancel))
            return fail(cancelled());
    }
    return {};
}

template <typename Key>
std::vector<std::uint32_t> countingSort(const std::vector<Key> &keys, std::size_t keyCount, bool descending)
{
    std::vector<std::uint32_t> start(keyCount + 1, 0);
    for (Key k : keys)
        ++start[std::size_t(k) + 1];
    if (descending) { // bucket order reversed, rows inside a bucket kept in load order (stable)
        std::vector<std::uint32_t> sizes(start.begin() + 1, start.end());
        std::uint32_t pos = 0;
        for (std::size_t k = keyCount; k-- > 0;) {
            start[k] = pos;
            pos += sizes[k];
        }
    } else {
        for (std::size_t k = 1; k <= keyCount; ++k)
            start[k] += start[k - 1];
    }
    std::vector<std::uint32_t> order(keys.size());
    for (std::uint32_t row = 0; row < keys.size(); ++row)
        order[start[std::size_t(keys[row])]++] = row;
    return order;
}
} // namespace

std::size_t TicketColumns::memoryBytes() const
{
    return ticketId.memoryBytes() + ticketNumber.memoryBytes() + seat.memoryBytes() + holder.memoryBytes()
        + search.memoryBytes() + event.capacity() * 4 + s360.capacity() + tixngo.capacity() + reason.capacity() * 2
        + lastSync.capacity() * 8;
}

QByteArray foldForSearch(QStringView text)
{
    return text.toString().toCaseFolded().toUtf8();
}

std::int64_t rfc3339ToMSecs(QByteArrayView t)
{
    auto num = [&](qsizetype from, int count, int *out) {
        if (from + count > t.size())
            return false;
        int v = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            if (!isDigit(t[i]))
                return false;
            v = v * 10 + (t[i] - '0');
        }
        *out = v;
        return true;
    };
    int y, mo, d, h, mi, s;
    if (t.size() < 20 || !num(0, 4, &y) || t[4] != '-' || !num(5, 2, &mo) || t[7] != '-' || !num(8, 2, &d)
        || !num(11, 2, &h) || t[13] != ':' || !num(14, 2, &mi) || t[16] != ':' || !num(17, 2, &s) || mo < 1 || mo > 12
        || d < 1 || d > 31)
        return 0;
    qsizetype pos = 19;
    int msec = 0;
    if (pos < t.size() && t[pos] == '.') {
        int digits = 0;
        for (++pos; pos < t.size() && isDigit(t[pos]); ++pos, ++digits)
            if (digits < 3)
                msec = msec * 10 + (t[pos] - '0');
        for (; digits < 3; ++digits)
            msec *= 10;
    }
    int offset = 0;
    if (pos < t.size() && (t[pos] == '+' || t[pos] == '-')) {
        int oh = 0, om = 0;
        if (!num(pos + 1, 2, &oh) || !num(pos + 4, 2, &om))
            return 0;
        offset = (t[pos] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
    } else if (pos >= t.size() || (t[pos] != 'Z' && t[pos] != 'z')) {
        return 0;
    }
    const std::int64_t secs = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s - offset;
    return secs * 1000 + msec;
}

Result<std::shared_ptr<TicketColumns>> loadTicketColumns(
    const Store &store, const std::atomic_bool *cancel, const TicketPreview &preview, const TicketLoadOptions &options)
{
    auto data = std::make_shared<TicketColumns>();
    Builder builder(*data, &preview, options.previewRows);
    Status ok;
    if (store.sqliteHandle())
        ok = loadSqliteInParallel(store, builder, *data, cancel, options.parallelFromRows);
    else
        ok = loadWithQtSql(store, builder, cancel);
    if (!ok)
        return fail(ok.error());
    builder.finish();
    return data;
}

std::vector<std::uint32_t> sortTicketRows(const TicketColumns &d, int column, bool descending)
{
    const std::size_t n = d.size();
    using C = TicketTableModel::Column;
    switch (column) {
    case C::EventColumn:
        return countingSort(d.event, std::size_t(d.eventIds.size()), descending);
    case C::S360StatusColumn:
        return countingSort(d.s360, std::size_t(S360StatusCount), descending);
    case C::TixngoStatusColumn:
        return countingSort(d.tixngo, std::size_t(TixngoStatusCount), descending);
    default:
        break;
    }
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    auto sortBy = [&](auto less) {
        if (descending)
            std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return less(b, a); });
        else
            std::stable_sort(order.begin(), order.end(), less);
    };
    auto byText = [&](const StringColumn &c) {
        sortBy([&c](std::uint32_t a, std::uint32_t b) { return naturalCompare(c.view(a), c.view(b)) < 0; });
    };
    // Columns with many repeated values (names, seats): sort the distinct values, then a counting
    // sort by rank: ~10× faster than comparing a million strings. Mostly unique columns fall back.
    auto byRank = [&](const StringColumn &c) {
        std::unordered_map<std::string_view, std::uint32_t> ids;
        std::vector<std::string_view> distinct;
        std::vector<std::uint32_t> keys(n);
        for (std::size_t row = 0; row < n; ++row) {
            const QByteArrayView v = c.view(row);
            const auto [it, inserted]
                = ids.try_emplace(std::string_view(v.data(), std::size_t(v.size())), std::uint32_t(distinct.size()));
            if (inserted) {
                distinct.push_back(it->first);
                if (distinct.size() > n / 4 + 1024) {
                    byText(c);
                    return;
                }
            }
            keys[row] = it->second;
        }
        std::vector<std::uint32_t> byValue(distinct.size());
        std::iota(byValue.begin(), byValue.end(), 0u);
        std::sort(byValue.begin(), byValue.end(), [&distinct](std::uint32_t a, std::uint32_t b) {
            return naturalCompare(QByteArrayView(distinct[a].data(), qsizetype(distinct[a].size())),
                       QByteArrayView(distinct[b].data(), qsizetype(distinct[b].size())))
                < 0;
        });
        std::vector<std::uint32_t> rank(distinct.size());
        for (std::uint32_t r = 0; r < byValue.size(); ++r)
            rank[byValue[r]] = r;
        for (std::uint32_t &k : keys)
            k = rank[k];
        order = countingSort(keys, distinct.size(), descending);
    };
    switch (column) {
    case C::IdColumn:
        byText(d.ticketId);
        break;
    case C::NumberColumn:
        byText(d.ticketNumber);
        break;
    case C::SeatColumn:
        byRank(d.seat);
        break;
    case C::HolderColumn:
        byRank(d.holder);
        break;
    case C::LastSyncColumn:
        sortBy([&d](std::uint32_t a, std::uint32_t b) { return d.lastSync[a] < d.lastSync[b]; });
        break;
    default: // load order
        if (descending)
            std::reverse(order.begin(), order.end());
        break;
    }
    return order;
}

std::vector<std::uint32_t> filterTicketRows(
    const TicketColumns &d, const std::vector<std::uint32_t> &order, const TicketFilter &filter)
{
    if (filter.isEmpty())
        return order;
    const std::size_t n = d.size();

    std::vector<char> eventOk;
    if (!filter.eventIds.isEmpty()) {
        eventOk.assign(std::size_t(d.eventIds.size()), 0);
        for (const QString &id : filter.eventIds) {
            const qsizetype i = d.eventIds.indexOf(id);
            if (i >= 0)
                eventOk[std::size_t(i)] = 1;
        }
    }

    // Text: every whitespace-separated term must occur in the ticket's search line. One memmem
    // scan over the whole folded column per term; a hit is mapped to its row by binary search.
    std::vector<std::uint8_t> textOk;
    const QStringList terms = filter.text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!terms.isEmpty()) {
        textOk.assign(n, std::uint8_t(0));
        const std::string &blob = d.search.bytes();
        const std::vector<std::uint32_t> &offsets = d.search.offsets();
        std::uint8_t round = 0;
        for (const QString &term : terms) {
            const QByteArray needle = foldForSearch(term);
            if (needle.contains(kSearchRowEnd) || needle.contains(kSearchSeparator))
                return {};
            std::size_t pos = 0;
            const std::size_t len = blob.size();
            while (pos < len) {
                const void *hit = memmem(blob.data() + pos, len - pos, needle.constData(), std::size_t(needle.size()));
                if (!hit)
                    break;
                const std::size_t at = std::size_t(static_cast<const char *>(hit) - blob.data());
                const std::size_t row
                    = std::size_t(std::upper_bound(offsets.begin(), offsets.end(), std::uint32_t(at)) - offsets.begin())
                    - 1;
                if (textOk[row] == round)
                    textOk[row] = std::uint8_t(round + 1);
                pos = offsets[row + 1];
            }
            ++round;
        }
        for (auto &v : textOk)
            v = v == round ? 1 : 0;
    }

    std::vector<std::uint32_t> rows;
    rows.reserve(terms.isEmpty() ? order.size() / 4 : 1024);
    const bool anyEvent = eventOk.empty();
    const int s360 = filter.s360 ? int(*filter.s360) : -1;
    const int tixngo = filter.tixngo ? int(*filter.tixngo) : -1;
    const bool anyText = textOk.empty();
    for (std::uint32_t row : order) {
        if ((anyEvent || eventOk[d.event[row]]) && (s360 < 0 || d.s360[row] == s360)
            && (tixngo < 0 || d.tixngo[row] == tixngo) && (anyText || textOk[row]))
            rows.push_back(row);
    }
    return rows;
}

} // namespace tixsync
