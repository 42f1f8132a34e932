#include "ticketimporter.h"

#ifdef TIXSYNC_IMPORT_HAVE_AUDIT
#include "audit/auditlog.h"
#endif
#include "core/logging.h"

#include <QJsonObject>

#include "bulkupsert.h"
#include "comfortvalue.h"
#include "core/datetime.h"
#include "core/logging.h"
#include "core/statuses.h"
#include "csvreader.h"
#include "rfc3339text.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTimeZone>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <unordered_map>

namespace tixsync {

using importdetail::formatRfc3339;

namespace {

enum class Kind : quint8 {
    Text,
    TicketId,
    Date,
    BirthDate,
    Double,
    Int,
    S360,
    Tixngo,
    Gender,
    ProductKind,
    Bool,
    TimeZone,
    ComfortDate, // TIXAct, TIXStart, TIXExp (rule TPL-9)
    ComfortGroup, // TIXRGrp
    SeasonDate
};
enum class Table : quint8 { Event, Ticket, Both, Product };

struct Spec {
    const char *csv;
    const char *db;
    Table table;
    Kind kind;
    bool required;
};

// The order here is the order of docs/import-format.md.
constexpr Spec kSpecs[] = {
    {"ticket_id", "ticket_id", Table::Ticket, Kind::TicketId, true},
    {"ticket_number", "ticket_number", Table::Ticket, Kind::Text, true},
    {"file_number", "file_number", Table::Ticket, Kind::Text, false},
    {"event_id", "event_id", Table::Both, Kind::Text, true},
    {"event_name", "name", Table::Event, Kind::Text, true},
    {"event_start", "start_time", Table::Event, Kind::Date, true},
    {"s360_status", "s360_status", Table::Ticket, Kind::S360, true},
    // event
    {"event_type", "event_type", Table::Event, Kind::Text, false},
    {"host_team", "host_team", Table::Event, Kind::Text, false},
    {"opposing_team", "opposing_team", Table::Event, Kind::Text, false},
    {"group_name", "group_name", Table::Event, Kind::Text, false},
    {"season", "season", Table::Event, Kind::Text, false},
    {"event_end", "end_time", Table::Event, Kind::Date, false},
    {"duration_minutes", "duration_minutes", Table::Event, Kind::Int, false},
    {"venue", "site", Table::Event, Kind::Text, false},
    {"city", "city", Table::Event, Kind::Text, false},
    {"address_line1", "address_line1", Table::Event, Kind::Text, false},
    {"address_line2", "address_line2", Table::Event, Kind::Text, false},
    {"address_line3", "address_line3", Table::Event, Kind::Text, false},
    {"country_code", "country_code", Table::Event, Kind::Text, false},
    {"region", "region", Table::Event, Kind::Text, false},
    {"zip", "zip", Table::Event, Kind::Text, false},
    {"latitude", "latitude", Table::Event, Kind::Double, false},
    {"longitude", "longitude", Table::Event, Kind::Double, false},
    {"website", "website", Table::Event, Kind::Text, false},
    {"time_zone", "time_zone", Table::Event, Kind::TimeZone, false},
    // ticket
    {"barcode", "barcode", Table::Ticket, Kind::Text, false},
    {"product_kind", "product_kind", Table::Ticket, Kind::ProductKind, false},
    {"product_code", "product_code", Table::Ticket, Kind::Text, false},
    {"product_name", "product_name", Table::Ticket, Kind::Text, false},
    {"product_family", "product_family", Table::Ticket, Kind::Text, false},
    {"sales_channel", "sales_channel", Table::Ticket, Kind::Text, false},
    {"tariff", "tariff", Table::Ticket, Kind::Text, false},
    {"category", "category", Table::Ticket, Kind::Text, false},
    {"price", "price", Table::Ticket, Kind::Double, false},
    {"currency", "currency", Table::Ticket, Kind::Text, false},
    {"seat_gate", "seat_gate", Table::Ticket, Kind::Text, false},
    {"seat_area", "seat_area", Table::Ticket, Kind::Text, false},
    {"seat_block", "seat_block", Table::Ticket, Kind::Text, false},
    {"seat_row", "seat_row", Table::Ticket, Kind::Text, false},
    {"seat_number", "seat_number", Table::Ticket, Kind::Text, false},
    {"entrance", "entrance", Table::Ticket, Kind::Text, false},
    {"contact_title", "contact_title", Table::Ticket, Kind::Text, false},
    {"contact_first_name", "contact_first_name", Table::Ticket, Kind::Text, false},
    {"contact_last_name", "contact_last_name", Table::Ticket, Kind::Text, false},
    {"contact_email", "contact_email", Table::Ticket, Kind::Text, false},
    {"holder_title", "holder_title", Table::Ticket, Kind::Text, false},
    {"holder_first_name", "holder_first_name", Table::Ticket, Kind::Text, false},
    {"holder_last_name", "holder_last_name", Table::Ticket, Kind::Text, false},
    {"holder_email", "holder_email", Table::Ticket, Kind::Text, false},
    {"holder_gender", "holder_gender", Table::Ticket, Kind::Gender, false},
    {"holder_birth_date", "holder_birth_date", Table::Ticket, Kind::BirthDate, false},
    {"holder_id_number", "holder_id_number", Table::Ticket, Kind::Text, false},
    {"holder_country_code", "holder_country_code", Table::Ticket, Kind::Text, false},
    {"holder_birth_region", "holder_birth_region", Table::Ticket, Kind::Text, false},
    {"holder_birth_place", "holder_birth_place", Table::Ticket, Kind::Text, false},
    {"shipment_mode", "shipment_mode", Table::Ticket, Kind::Text, false},
    {"s360_reason", "s360_reason", Table::Ticket, Kind::Text, false},
    {"s360_status_changed_at", "s360_status_changed_at", Table::Ticket, Kind::Date, false},
    {"controlled_at", "controlled_at", Table::Ticket, Kind::Date, false},
    {"issued_at", "issued_at", Table::Ticket, Kind::Date, false},
    // product: comfort variables and season dates, per product_code (rule TPL-9)
    {"TIXAct", "tix_act", Table::Product, Kind::ComfortDate, false},
    {"TIXStart", "tix_start", Table::Product, Kind::ComfortDate, false},
    {"TIXExp", "tix_exp", Table::Product, Kind::ComfortDate, false},
    {"TIXRGrp", "tix_rgrp", Table::Product, Kind::ComfortGroup, false},
    {"season_start", "season_start", Table::Product, Kind::SeasonDate, false},
    {"season_end", "season_end", Table::Product, Kind::SeasonDate, false},
    // TIXNGO side, as last known (optional)
    {"tixngo_status", "tixngo_status", Table::Ticket, Kind::Tixngo, false},
    {"tixngo_owner_first_name", "tixngo_owner_first_name", Table::Ticket, Kind::Text, false},
    {"tixngo_owner_last_name", "tixngo_owner_last_name", Table::Ticket, Kind::Text, false},
    {"tixngo_owner_email", "tixngo_owner_email", Table::Ticket, Kind::Text, false},
    {"tixngo_initial_owner", "tixngo_initial_owner", Table::Ticket, Kind::Text, false},
    {"tixngo_previous_owner", "tixngo_previous_owner", Table::Ticket, Kind::Text, false},
    {"tixngo_holder_first_name", "tixngo_holder_first_name", Table::Ticket, Kind::Text, false},
    {"tixngo_holder_last_name", "tixngo_holder_last_name", Table::Ticket, Kind::Text, false},
    {"tixngo_deletion_reason", "tixngo_deletion_reason", Table::Ticket, Kind::Text, false},
    {"tixngo_controlled", "tixngo_controlled", Table::Ticket, Kind::Bool, false},
    {"tixngo_updated_at", "tixngo_updated_at", Table::Ticket, Kind::Date, false},
    {"last_sync_at", "last_sync_at", Table::Ticket, Kind::Date, false},
    {"injected_at", "injected_at", Table::Ticket, Kind::Date, false},
};
constexpr int kSpecCount = int(std::size(kSpecs));

// Other spellings accepted in the header (after normalization).
constexpr std::array<std::pair<const char *, const char *>, 10> kAliases = {{
    {"seat", "seat_number"},
    {"site", "venue"},
    {"event_start_time", "event_start"},
    {"event_end_time", "event_end"},
    {"status", "s360_status"},
    {"reason", "s360_reason"},
    {"tix_act", "TIXAct"},
    {"tix_start", "TIXStart"},
    {"tix_exp", "TIXExp"},
    {"tix_rgrp", "TIXRGrp"},
}};

/// "Ticket Id", "ticketId", "TICKET-ID" → "ticket_id".
QString normalizeHeader(QStringView raw)
{
    const QStringView t = raw.trimmed();
    QString out;
    out.reserve(t.size() + 4);
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t[i];
        if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('.')) {
            if (!out.endsWith(QLatin1Char('_')))
                out += QLatin1Char('_');
        } else if (c.isUpper() && i > 0 && t[i - 1].isLower()) {
            out += QLatin1Char('_');
            out += c.toLower();
        } else {
            out += c.toLower();
        }
    }
    return out;
}

int specIndex(const QString &name)
{
    QString n = name;
    for (const auto &[alias, target] : kAliases)
        if (n == QLatin1String(alias))
            n = QString::fromLatin1(target);
    for (int i = 0; i < kSpecCount; ++i)
        if (n.compare(QLatin1String(kSpecs[i].csv), Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

QString requiredList()
{
    QStringList names;
    for (const Spec &s : kSpecs)
        if (s.required)
            names << QString::fromLatin1(s.csv);
    return names.join(QLatin1String(","));
}

QByteArrayView trimmed(QByteArrayView v)
{
    qsizetype b = 0, e = v.size();
    while (b < e && (v[b] == ' ' || v[b] == '\t'))
        ++b;
    while (e > b && (v[e - 1] == ' ' || v[e - 1] == '\t'))
        --e;
    return v.sliced(b, e - b);
}

bool digits(QByteArrayView s, qsizetype from, int count, int *out)
{
    if (from + count > s.size())
        return false;
    int v = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
}

/// RFC 3339 (Z or ±hh:mm, optional fraction) or S-360's DD/MM/YY hh:mm (in `zone` when valid,
/// else UTC), normalized. Returns the length written to `out` (≥ 40 bytes), or -1.
int normalizeDate(QByteArrayView s, const QTimeZone &zone, char *out)
{
    int y, mo, d, h, mi, sec = 0, ms = 0, offset = 0;
    if (s.size() == 14 && s[2] == '/' && s[5] == '/' && s[8] == ' ' && s[11] == ':') {
        if (!digits(s, 0, 2, &d) || !digits(s, 3, 2, &mo) || !digits(s, 6, 2, &y) || !digits(s, 9, 2, &h)
            || !digits(s, 12, 2, &mi))
            return -1;
        y += 2000;
        if (!QDate::isValid(y, mo, d) || h > 23 || mi > 59)
            return -1;
        if (zone.isValid())
            offset = zone.offsetFromUtc(QDateTime(QDate(y, mo, d), QTime(h, mi), zone));
        return formatRfc3339(out, y, mo, d, h, mi, 0, 0, offset);
    }
    if (s.size() < 20 || !digits(s, 0, 4, &y) || s[4] != '-' || !digits(s, 5, 2, &mo) || s[7] != '-'
        || !digits(s, 8, 2, &d) || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') || !digits(s, 11, 2, &h)
        || s[13] != ':' || !digits(s, 14, 2, &mi) || s[16] != ':' || !digits(s, 17, 2, &sec))
        return -1;
    qsizetype pos = 19;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        int n = 0;
        int frac = 0;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            if (n < 3)
                frac = frac * 10 + (s[pos] - '0');
            ++n;
            ++pos;
        }
        if (n == 0)
            return -1;
        for (; n < 3; ++n)
            frac *= 10;
        ms = frac;
    }
    if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z')) {
        ++pos;
    } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        int oh, om;
        if (!digits(s, pos + 1, 2, &oh) || pos + 3 >= s.size() || s[pos + 3] != ':' || !digits(s, pos + 4, 2, &om)
            || oh > 23 || om > 59)
            return -1;
        offset = (s[pos] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        pos += 6;
    } else {
        return -1;
    }
    if (pos != s.size() || !QDate::isValid(y, mo, d) || h > 23 || mi > 59 || sec > 59)
        return -1;
    return formatRfc3339(out, y, mo, d, h, mi, sec, ms, offset);
}

bool isTicketIdChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '*'
        || c == '.' || c == '-' || c == '_' || c == '+' || c == '/' || c == '(' || c == ')';
}

bool equalsIgnoringCase(QByteArrayView a, const char *b)
{
    const qsizetype n = qsizetype(std::strlen(b));
    if (a.size() != n)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        char c = a[i];
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
        if (c != b[i])
            return false;
    }
    return true;
}

QString shown(QByteArrayView v)
{
    QString s = QString::fromUtf8(v.data(), v.size());
    if (s.size() > 40)
        s = s.left(37) + QStringLiteral("…");
    return s;
}

/// Ticket ids seen so far: 64-bit hashes with the line of each, open addressing. 12 bytes per
/// slot at most half full; a collision of two different ids is ~1e-8 at a million tickets.
class IdSet {
public:
    IdSet() { resize(1 << 16); }
    /// Returns 0 when `id` is new (and remembers it at `line`), else the line it was first seen on.
    int insert(QByteArrayView id, int line)
    {
        quint64 h = quint64(qHashBits(id.data(), size_t(id.size()), 0x5eed5eedu));
        if (h == 0)
            h = 1;
        if ((m_count + 1) * 2 > m_hashes.size())
            resize(m_hashes.size() * 2);
        size_t mask = m_hashes.size() - 1;
        for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
            if (m_hashes[i] == 0) {
                m_hashes[i] = h;
                m_lines[i] = line;
                ++m_count;
                return 0;
            }
            if (m_hashes[i] == h)
                return m_lines[i];
        }
    }

private:
    void resize(size_t size)
    {
        std::vector<quint64> hashes(size, 0);
        std::vector<qint32> lines(size, 0);
        const size_t mask = size - 1;
        for (size_t j = 0; j < m_hashes.size(); ++j) {
            if (!m_hashes[j])
                continue;
            size_t i = size_t(m_hashes[j]) & mask;
            while (hashes[i])
                i = (i + 1) & mask;
            hashes[i] = m_hashes[j];
            lines[i] = m_lines[j];
        }
        m_hashes.swap(hashes);
        m_lines.swap(lines);
    }
    std::vector<quint64> m_hashes;
    std::vector<qint32> m_lines;
    size_t m_count = 0;
};

struct ProductSeen {
    std::string signature; // the row's product fields
    int line = 0;
    bool warned = false;
};

struct EventSeen {
    std::string signature; // the row's event fields, to notice rows that disagree
    int line = 0;
    bool warned = false;
    QTimeZone zone;
};

constexpr int kMaxWarnings = 100;

class Importer {
public:
    Importer(Store &store, const QString &path, const std::function<bool(qint64, qint64)> &progress)
        : m_store(store)
        , m_path(path)
        , m_progress(progress)
    {
    }

    Result<ImportStats> run();

private:
    Status readHeader();
    Status prepareStatements();
    Status importRow();
    Status importProduct();
    Status checkProduct(const QString &code);
    Status bindField(int csvIndex, BulkUpsert *stmt, int stmtColumn, const EventSeen *event);
    Error fieldError(const char *code, const QString &message, int csvIndex) const;
    void warn(const QString &text);

    Store &m_store;
    QString m_path;
    std::function<bool(qint64, qint64)> m_progress;
    QFile m_file;
    std::unique_ptr<CsvReader> m_reader;
    CsvRecord m_record;
    int m_headerLine = 1;
    int m_fieldCount = 0;
    std::vector<int> m_specOf; // CSV column → spec index, -1 = ignored
    std::vector<int> m_ticketCol; // CSV column → ticket statement column, -1 = none
    std::vector<int> m_eventCol; // CSV column → event statement column, -1 = none
    std::array<int, kSpecCount> m_csvOf{}; // spec → CSV column, -1 = absent
    std::vector<int> m_eventFields; // CSV columns that belong to the event (for the signature)
    int m_changedAtCol = -1; // statement column of s360_status_changed_at when the file lacks it
    QByteArray m_importTime;
    std::unique_ptr<BulkUpsert> m_tickets;
    std::unique_ptr<BulkUpsert> m_events;
    std::unique_ptr<BulkUpsert> m_products;
    std::vector<int> m_productCol; // CSV column → product statement column, -1 = none
    std::vector<int> m_productFields; // CSV columns that belong to the product
    int m_productCodeCsv = -1;
    std::unordered_map<std::string, ProductSeen> m_seenProducts;
    std::string m_lastProductCode;
    ProductSeen *m_lastProduct = nullptr;
    std::vector<std::array<char, 40>> m_scratch; // normalized values, per CSV column
    IdSet m_ids;
    std::unordered_map<std::string, EventSeen> m_seenEvents; // node-based: pointers stay valid
    std::string m_lastEventId;
    EventSeen *m_lastEvent = nullptr;
    std::string m_signature;
    ImportStats m_stats;
    int m_warningsDropped = 0;
};

Error Importer::fieldError(const char *code, const QString &message, int csvIndex) const
{
    Error e = makeError(QString::fromLatin1(code), message);
    e.file = m_path;
    e.line = m_record.lines[size_t(csvIndex)];
    e.column = m_record.columns[size_t(csvIndex)];
    return e;
}

void Importer::warn(const QString &text)
{
    if (m_stats.warnings.size() < kMaxWarnings)
        m_stats.warnings << text;
    else
        ++m_warningsDropped;
}

Status Importer::readHeader()
{
    if (!m_reader->readRecord(&m_record)) {
        if (m_reader->hasError())
            return fail(m_reader->error());
        Error e = makeError(QStringLiteral("IMPORT_EMPTY"),
            QCoreApplication::translate(
                "TicketImporter", "The file is empty. It needs a header row naming the columns, at least: %1.")
                .arg(requiredList()));
        e.file = m_path;
        e.line = 1;
        e.column = 1;
        return fail(e);
    }
    m_headerLine = m_record.line();
    m_fieldCount = m_record.size();
    m_csvOf.fill(-1);
    m_specOf.assign(size_t(m_fieldCount), -1);
    for (int i = 0; i < m_fieldCount; ++i) {
        const QString raw = m_record.text(i);
        const QString name = normalizeHeader(raw);
        const int spec = specIndex(name);
        if (spec < 0) {
            warn(QCoreApplication::translate("TicketImporter",
                "%1:%2:%3: the column \"%4\" is not a TixSync column and was ignored (see docs/import-format.md).")
                     .arg(m_path)
                     .arg(m_record.lines[size_t(i)])
                     .arg(m_record.columns[size_t(i)])
                     .arg(raw));
            continue;
        }
        if (m_csvOf[size_t(spec)] >= 0)
            return fail(fieldError("IMPORT_DUPLICATE_COLUMN",
                QCoreApplication::translate("TicketImporter",
                    "The column \"%1\" appears twice in the header (columns %2 and %3). "
                    "Remove or rename one of them.")
                    .arg(QString::fromLatin1(kSpecs[spec].csv))
                    .arg(m_record.columns[size_t(m_csvOf[size_t(spec)])])
                    .arg(m_record.columns[size_t(i)]),
                i));
        m_csvOf[size_t(spec)] = i;
        m_specOf[size_t(i)] = spec;
    }
    QStringList missing;
    for (int s = 0; s < kSpecCount; ++s)
        if (kSpecs[s].required && m_csvOf[size_t(s)] < 0)
            missing << QLatin1Char('"') + QString::fromLatin1(kSpecs[s].csv) + QLatin1Char('"');
    // Comfort variables and season dates belong to a product: they need its product_code.
    if (m_csvOf[size_t(specIndex(QStringLiteral("product_code")))] < 0) {
        for (int s = 0; s < kSpecCount; ++s) {
            if (kSpecs[s].table != Table::Product || m_csvOf[size_t(s)] < 0)
                continue;
            return fail(fieldError("IMPORT_MISSING_COLUMN",
                QCoreApplication::translate("TicketImporter",
                    "The column %1 belongs to a product, but the header has no column \"product_code\". "
                    "Add product_code (the S-360 product the value is set on) or remove %1.")
                    .arg(QString::fromLatin1(kSpecs[s].csv)),
                m_csvOf[size_t(s)]));
        }
    }
    if (!missing.isEmpty()) {
        Error e = makeError(QStringLiteral("IMPORT_MISSING_COLUMN"),
            QCoreApplication::translate("TicketImporter",
                "The header has no column %1. The header must name at least these columns, in any order: %2 "
                "(optional columns: see docs/import-format.md).")
                .arg(missing.join(QLatin1String(", ")), requiredList()));
        e.file = m_path;
        e.line = m_headerLine;
        e.column = 1;
        return fail(e);
    }
    return {};
}

Status Importer::prepareStatements()
{
    QStringList ticketCols, eventCols, productCols;
    m_ticketCol.assign(size_t(m_fieldCount), -1);
    m_eventCol.assign(size_t(m_fieldCount), -1);
    m_productCol.assign(size_t(m_fieldCount), -1);
    m_productCodeCsv = m_csvOf[size_t(specIndex(QStringLiteral("product_code")))];
    productCols << QStringLiteral("product_code");
    // Keys first: ticket_id for tickets, event_id for events.
    const int ticketIdCsv = m_csvOf[0];
    const int eventIdCsv = m_csvOf[3];
    m_ticketCol[size_t(ticketIdCsv)] = 0;
    ticketCols << QStringLiteral("ticket_id");
    m_eventCol[size_t(eventIdCsv)] = 0;
    eventCols << QStringLiteral("event_id");
    for (int i = 0; i < m_fieldCount; ++i) {
        const int spec = m_specOf[size_t(i)];
        if (spec < 0 || i == ticketIdCsv || i == eventIdCsv)
            continue;
        const Spec &s = kSpecs[spec];
        if (s.table == Table::Ticket) {
            m_ticketCol[size_t(i)] = int(ticketCols.size());
            ticketCols << QString::fromLatin1(s.db);
        } else if (s.table == Table::Product) {
            m_productCol[size_t(i)] = int(productCols.size());
            productCols << QString::fromLatin1(s.db);
            m_productFields.push_back(i);
        } else {
            m_eventCol[size_t(i)] = int(eventCols.size());
            eventCols << QString::fromLatin1(s.db);
            m_eventFields.push_back(i);
        }
    }
    m_ticketCol[size_t(eventIdCsv)] = int(ticketCols.size());
    ticketCols << QStringLiteral("event_id");

    // Without an s360_status_changed_at column, the time TixSync learned of a status stands in
    // for it: set on insert, and on update only when the status changed.
    QHash<QString, QString> updates;
    if (m_csvOf[size_t(specIndex(QStringLiteral("s360_status_changed_at")))] < 0) {
        m_changedAtCol = int(ticketCols.size());
        ticketCols << QStringLiteral("s360_status_changed_at");
        updates.insert(QStringLiteral("s360_status_changed_at"),
            QStringLiteral("CASE WHEN tickets.s360_status <> excluded.s360_status THEN "
                           "excluded.s360_status_changed_at ELSE tickets.s360_status_changed_at END"));
        m_importTime = toRfc3339(QDateTime::currentDateTimeUtc()).toUtf8();
    }
    auto tickets = BulkUpsert::prepare(m_store, QStringLiteral("tickets"), ticketCols, updates);
    if (!tickets)
        return fail(tickets.error());
    m_tickets = std::move(*tickets);
    auto events = BulkUpsert::prepare(m_store, QStringLiteral("events"), eventCols);
    if (!events)
        return fail(events.error());
    m_events = std::move(*events);
    if (!m_productFields.empty()) {
        auto products = BulkUpsert::prepare(m_store, QStringLiteral("products"), productCols);
        if (!products)
            return fail(products.error());
        m_products = std::move(*products);
    }
    m_scratch.resize(size_t(m_fieldCount));
    return {};
}

Status Importer::bindField(int i, BulkUpsert *stmt, int col, const EventSeen *event)
{
    const Spec &spec = kSpecs[m_specOf[size_t(i)]];
    const QByteArrayView raw = m_record.field(i);
    const QLatin1String name(spec.csv); // for messages only
    switch (spec.kind) {
    case Kind::Text:
        if (spec.required && trimmed(raw).isEmpty())
            return fail(fieldError("IMPORT_EMPTY_VALUE",
                QCoreApplication::translate(
                    "TicketImporter", "%1 is empty; every ticket needs one. Fill in the %1 column on this line.")
                    .arg(name),
                i));
        stmt->bindUtf8(col, raw);
        return {};
    case Kind::TicketId: {
        const QByteArrayView v = trimmed(raw);
        if (v.isEmpty())
            return fail(fieldError("IMPORT_EMPTY_VALUE",
                QCoreApplication::translate("TicketImporter",
                    "ticket_id is empty; every ticket needs one. Fill in the ticket_id column on this line."),
                i));
        if (v.size() > 256)
            return fail(fieldError("IMPORT_BAD_TICKET_ID",
                QCoreApplication::translate(
                    "TicketImporter", "The ticket id is longer than 256 characters, which TIXNGO refuses. Shorten it."),
                i));
        for (char c : v)
            if (!isTicketIdChar(c))
                return fail(fieldError("IMPORT_BAD_TICKET_ID",
                    QCoreApplication::translate("TicketImporter",
                        "The ticket id \"%1\" contains \"%2\"; TIXNGO accepts only letters, digits, "
                        "space and * . - _ + / ( ). Change the ticket id.")
                        .arg(shown(v), QString::fromUtf8(&c, 1)),
                    i)); // rule PAY-3
        stmt->bindUtf8(col, v);
        return {};
    }
    case Kind::Date: {
        const QByteArrayView v = trimmed(raw);
        if (v.isEmpty()) {
            if (spec.required)
                return fail(fieldError("IMPORT_EMPTY_VALUE",
                    QCoreApplication::translate("TicketImporter",
                        "%1 is empty; every ticket needs one. Write a date such as "
                        "2027-03-14T16:30:00+01:00 or 14/03/27 16:30.")
                        .arg(name),
                    i));
            stmt->bindUtf8(col, QByteArrayView());
            return {};
        }
        char *out = m_scratch[size_t(i)].data();
        const int n = normalizeDate(v, event ? event->zone : QTimeZone(), out);
        if (n < 0)
            return fail(fieldError("IMPORT_BAD_DATE",
                QCoreApplication::translate("TicketImporter",
                    "\"%1\" in column %2 is not a date. Write RFC 3339 (2027-03-14T16:30:00+01:00) or "
                    "DD/MM/YY hh:mm (14/03/27 16:30, read in the event's time_zone).")
                    .arg(shown(v), name),
                i));
        stmt->bindUtf8(col, QByteArrayView(out, n));
        return {};
    }
    case Kind::BirthDate: {
        const QByteArrayView v = trimmed(raw);
        int y, m, d;
        if (!v.isEmpty()
            && (v.size() != 10 || !digits(v, 0, 4, &y) || v[4] != '-' || !digits(v, 5, 2, &m) || v[7] != '-'
                || !digits(v, 8, 2, &d) || !QDate::isValid(y, m, d)))
            return fail(fieldError("IMPORT_BAD_DATE",
                QCoreApplication::translate("TicketImporter",
                    "\"%1\" in column %2 is not a date. Write it as yyyy-MM-dd (1990-05-31) or leave it empty.")
                    .arg(shown(v), name),
                i));
        stmt->bindUtf8(col, v);
        return {};
    }
    case Kind::Double:
    case Kind::Int: {
        const QByteArrayView v = trimmed(raw);
        if (v.isEmpty()) {
            stmt->bindInt(col, 0);
            return {};
        }
        if (spec.kind == Kind::Double) {
            double d = 0;
            const auto r = std::from_chars(v.data(), v.data() + v.size(), d);
            if (r.ec != std::errc() || r.ptr != v.data() + v.size() || !std::isfinite(d))
                return fail(fieldError("IMPORT_BAD_NUMBER",
                    QCoreApplication::translate("TicketImporter",
                        "\"%1\" in column %2 is not a number. Write digits with a dot for decimals "
                        "(12.50), without thousands separators or currency.")
                        .arg(shown(v), name),
                    i));
            stmt->bindDouble(col, d);
        } else {
            qint64 n = 0;
            const auto r = std::from_chars(v.data(), v.data() + v.size(), n);
            if (r.ec != std::errc() || r.ptr != v.data() + v.size() || n < 0 || n > 1000000)
                return fail(fieldError("IMPORT_BAD_NUMBER",
                    QCoreApplication::translate("TicketImporter",
                        "\"%1\" in column %2 is not a whole number of minutes. Write digits only (90).")
                        .arg(shown(v), name),
                    i));
            stmt->bindInt(col, n);
        }
        return {};
    }
    case Kind::S360: {
        const QByteArrayView v = trimmed(raw);
        for (S360Status s : allS360Statuses()) {
            static std::array<QByteArray, S360StatusCount> codes = [] {
                std::array<QByteArray, S360StatusCount> c;
                for (S360Status x : allS360Statuses())
                    c[size_t(x)] = toCode(x).toLatin1();
                return c;
            }();
            if (equalsIgnoringCase(v, codes[size_t(s)].constData())) {
                stmt->bindUtf8(col, codes[size_t(s)]);
                return {};
            }
        }
        QStringList valid;
        for (S360Status s : allS360Statuses())
            valid << toCode(s);
        return fail(fieldError("IMPORT_BAD_STATUS",
            QCoreApplication::translate("TicketImporter", "\"%1\" is not an S-360 status. Use one of: %2.")
                .arg(shown(v), valid.join(QLatin1String(", "))),
            i));
    }
    case Kind::Tixngo: {
        const QByteArrayView v = trimmed(raw);
        static std::array<QByteArray, TixngoStatusCount> codes = [] {
            std::array<QByteArray, TixngoStatusCount> c;
            for (TixngoStatus x : allTixngoStatuses())
                c[size_t(x)] = toCode(x).toLatin1();
            return c;
        }();
        for (const QByteArray &code : codes) {
            if (equalsIgnoringCase(v, code.constData())) {
                stmt->bindUtf8(col, code);
                return {};
            }
        }
        QStringList valid;
        for (TixngoStatus s : allTixngoStatuses())
            if (s != TixngoStatus::None)
                valid << toCode(s);
        return fail(fieldError("IMPORT_BAD_STATUS",
            QCoreApplication::translate(
                "TicketImporter", "\"%1\" is not a TIXNGO status. Leave it empty (not in TIXNGO) or use one of: %2.")
                .arg(shown(v), valid.join(QLatin1String(", "))),
            i));
    }
    case Kind::Gender: {
        const QByteArrayView v = trimmed(raw);
        for (const char *g : {"", "M", "F", "U", "X"}) {
            if (equalsIgnoringCase(v, g)) {
                stmt->bindUtf8(col, QByteArrayView(g));
                return {};
            }
        }
        return fail(fieldError("IMPORT_BAD_VALUE",
            QCoreApplication::translate("TicketImporter",
                "\"%1\" in column %2 is not a gender TIXNGO accepts. Use M, F, U or X, or leave it empty.")
                .arg(shown(v), name),
            i)); // rule PAY-5
    }
    case Kind::ProductKind: {
        const QByteArrayView v = trimmed(raw);
        if (v.isEmpty()) {
            stmt->bindUtf8(col, QByteArrayView(ProductKindTicket));
            return {};
        }
        for (const char *k : {ProductKindTicket, ProductKindMembership, ProductKindSeasonCard}) {
            if (equalsIgnoringCase(v, k)) {
                stmt->bindUtf8(col, QByteArrayView(k));
                return {};
            }
        }
        return fail(fieldError("IMPORT_BAD_VALUE",
            QCoreApplication::translate("TicketImporter",
                "\"%1\" in column %2 is not a product kind. Use TICKET, MEMBERSHIP or SEASON_CARD, "
                "or leave it empty (TICKET).")
                .arg(shown(v), name),
            i));
    }
    case Kind::Bool: {
        const QByteArrayView v = trimmed(raw);
        for (const char *t : {"1", "TRUE", "YES", "Y"})
            if (equalsIgnoringCase(v, t)) {
                stmt->bindInt(col, 1);
                return {};
            }
        for (const char *f : {"", "0", "FALSE", "NO", "N"})
            if (equalsIgnoringCase(v, f)) {
                stmt->bindInt(col, 0);
                return {};
            }
        return fail(fieldError("IMPORT_BAD_VALUE",
            QCoreApplication::translate(
                "TicketImporter", "\"%1\" in column %2 is not true or false. Write true, false, 1 or 0.")
                .arg(shown(v), name),
            i));
    }
    case Kind::TimeZone: {
        // Validated once per event, where the zone is built.
        stmt->bindUtf8(col, trimmed(raw));
        return {};
    }
    case Kind::ComfortDate: {
        auto v = parseComfortDate(QString::fromLatin1(spec.csv), QString::fromUtf8(raw)); // rule TPL-9
        if (!v)
            return fail(fieldError("IMPORT_BAD_VALUE", v.error().message, i));
        stmt->bindText(col, v->text);
        return {};
    }
    case Kind::ComfortGroup: {
        auto v = parseComfortGroup(QString::fromUtf8(raw));
        if (!v)
            return fail(fieldError("IMPORT_BAD_VALUE", v.error().message, i));
        stmt->bindText(col, *v);
        return {};
    }
    case Kind::SeasonDate: {
        auto v = parseSeasonDate(QString::fromLatin1(spec.csv), QString::fromUtf8(raw));
        if (!v)
            return fail(fieldError("IMPORT_BAD_DATE", v.error().message, i));
        stmt->bindText(col, v->toString(Qt::ISODate));
        return {};
    }
    }
    return {};
}

// The product of the row: written when first seen (with its cross-field checks), compared on
// later rows like the event. Rows without a product_code must leave the product columns empty.
Status Importer::importProduct()
{
    const CsvRecord &r = m_record;
    const QByteArrayView code = trimmed(r.field(m_productCodeCsv));
    if (code.isEmpty()) {
        for (int i : m_productFields)
            if (!trimmed(r.field(i)).isEmpty())
                return fail(fieldError("IMPORT_EMPTY_VALUE",
                    QCoreApplication::translate("TicketImporter",
                        "%1 is set but product_code is empty on this line: comfort variables and season "
                        "dates are set on a product. Fill in product_code or clear %1.")
                        .arg(QString::fromLatin1(kSpecs[m_specOf[size_t(i)]].csv)),
                    i));
        return {};
    }
    std::string &signature = m_signature;
    signature.clear();
    for (int i : m_productFields) {
        const QByteArrayView f = r.field(i);
        signature.append(f.data(), size_t(f.size()));
        signature.push_back('\x1f');
    }
    ProductSeen *it = nullptr;
    if (m_lastProduct && QByteArrayView(m_lastProductCode.data(), qsizetype(m_lastProductCode.size())) == code) {
        it = m_lastProduct;
    } else {
        m_lastProductCode.assign(code.data(), size_t(code.size()));
        const auto found = m_seenProducts.find(m_lastProductCode);
        it = found == m_seenProducts.end() ? nullptr : &found->second;
        m_lastProduct = it;
    }
    if (it && it->signature == signature)
        return {};
    m_products->bindUtf8(0, code);
    for (int i : m_productFields)
        if (auto ok = bindField(i, m_products.get(), m_productCol[size_t(i)], nullptr); !ok)
            return ok;
    if (it) {
        if (!it->warned) {
            it->warned = true;
            warn(QCoreApplication::translate("TicketImporter",
                "%1:%2: the product %3 has different comfort variables or season dates here than on line %4; "
                "line %4 was used. Make them the same on every row of a product.")
                     .arg(m_path)
                     .arg(r.line())
                     .arg(shown(code))
                     .arg(it->line));
        }
        return {};
    }
    const QString codeText = QString::fromUtf8(code.data(), code.size());
    if (auto ok = checkProduct(codeText); !ok)
        return ok;
    if (auto ok = m_products->exec(); !ok)
        return ok;
    ProductSeen seen;
    seen.signature = signature;
    seen.line = r.line();
    m_lastProduct = &m_seenProducts.emplace(m_lastProductCode, std::move(seen)).first->second;
    ++m_stats.products;
    return {};
}

// start_of_season / end_of_season need the season date they stand for, and a season ends after it
// starts. A column the file lacks keeps the stored value, so that is what is checked then.
Status Importer::checkProduct(const QString &code)
{
    const CsvRecord &r = m_record;
    auto column = [&](const char *csv) { return m_csvOf[size_t(specIndex(QString::fromLatin1(csv)))]; };
    std::optional<Product> stored;
    bool loaded = false;
    auto storedProduct = [&]() -> const std::optional<Product> & {
        if (!loaded) {
            stored = m_store.product(code);
            loaded = true;
        }
        return stored;
    };
    auto seasonDate = [&](const char *csv, QDate Product::*field) -> QDate {
        const int c = column(csv);
        if (c >= 0) {
            auto d = parseSeasonDate(QString::fromLatin1(csv), r.text(c));
            return d ? *d : QDate();
        }
        return storedProduct() ? (*storedProduct()).*field : QDate();
    };
    const QDate seasonStart = seasonDate("season_start", &Product::seasonStart);
    const QDate seasonEnd = seasonDate("season_end", &Product::seasonEnd);
    const int startCol = column("season_start");
    const int endCol = column("season_end");
    if (seasonStart.isValid() && seasonEnd.isValid() && seasonEnd < seasonStart)
        return fail(fieldError("IMPORT_BAD_DATE",
            QCoreApplication::translate("TicketImporter",
                "The season of product %1 ends (%2) before it starts (%3). Correct season_start or season_end.")
                .arg(code, seasonEnd.toString(Qt::ISODate), seasonStart.toString(Qt::ISODate)),
            endCol >= 0 ? endCol : startCol));
    static constexpr std::pair<const char *, QString Product::*> kDates[]
        = {{"TIXAct", &Product::tixAct}, {"TIXStart", &Product::tixStart}, {"TIXExp", &Product::tixExp}};
    for (const auto &[csv, field] : kDates) {
        const int c = column(csv);
        QString value;
        if (c >= 0)
            value = r.text(c).trimmed();
        else if (storedProduct())
            value = (*storedProduct()).*field;
        const bool needsStart = value.compare(QLatin1String("start_of_season"), Qt::CaseInsensitive) == 0;
        const bool needsEnd = value.compare(QLatin1String("end_of_season"), Qt::CaseInsensitive) == 0;
        if ((needsStart && !seasonStart.isValid()) || (needsEnd && !seasonEnd.isValid())) {
            const char *seasonColumn = needsStart ? "season_start" : "season_end";
            const int at = c >= 0 ? c : needsStart ? startCol : endCol;
            return fail(fieldError("IMPORT_EMPTY_VALUE",
                QCoreApplication::translate("TicketImporter",
                    "%1 of product %2 is %3, but the product has no %4. Write the season's %5 in the %4 "
                    "column (yyyy-MM-dd), or give %1 another value.")
                    .arg(QString::fromLatin1(csv), code, value, QString::fromLatin1(seasonColumn),
                        needsStart ? QCoreApplication::translate("TicketImporter", "first day")
                                   : QCoreApplication::translate("TicketImporter", "last day")),
                at >= 0 ? at : m_productCodeCsv));
        }
    }
    return {};
}

Status Importer::importRow()
{
    const CsvRecord &r = m_record;
    if (r.size() != m_fieldCount) {
        const int at = qMin(r.size(), m_fieldCount) - 1;
        Error e = makeError(QStringLiteral("CSV_FIELD_COUNT"),
            QCoreApplication::translate("TicketImporter",
                "Line %1 has %2 fields but the header has %3. Check for a missing or extra comma, "
                "and put fields that contain commas in quotes.")
                .arg(r.line())
                .arg(r.size())
                .arg(m_fieldCount));
        e.file = m_path;
        e.line = r.lines[size_t(r.size() > m_fieldCount ? m_fieldCount : at)];
        e.column = r.columns[size_t(r.size() > m_fieldCount ? m_fieldCount : at)];
        return fail(e);
    }
    ++m_stats.rows;

    // The ticket id first: empty / malformed ids and duplicates are reported before anything else.
    const int idCsv = m_csvOf[0];
    if (auto ok = bindField(idCsv, m_tickets.get(), 0, nullptr); !ok)
        return ok;
    if (const int first = m_ids.insert(trimmed(r.field(idCsv)), r.lines[size_t(idCsv)]))
        return fail(fieldError("IMPORT_DUPLICATE_ID",
            QCoreApplication::translate("TicketImporter",
                "The ticket id %1 is on line %2 and again on line %3. Each ticket must appear once: "
                "remove one of the two lines.")
                .arg(shown(trimmed(r.field(idCsv))))
                .arg(first)
                .arg(r.lines[size_t(idCsv)]),
            idCsv));

    // The event: written when first seen, compared on later rows.
    const int eventCsv = m_csvOf[3];
    const QByteArrayView eventId = trimmed(r.field(eventCsv));
    if (eventId.isEmpty())
        return fail(fieldError("IMPORT_EMPTY_VALUE",
            QCoreApplication::translate("TicketImporter",
                "event_id is empty; every ticket needs one. Fill in the event_id column on this line."),
            eventCsv));
    std::string &signature = m_signature; // reused: no allocation per row
    signature.clear();
    for (int i : m_eventFields) {
        const QByteArrayView f = r.field(i);
        signature.append(f.data(), size_t(f.size()));
        signature.push_back('\x1f');
    }
    // Rows of one event usually follow each other: check the last one before the map.
    EventSeen *it = nullptr;
    if (m_lastEvent && QByteArrayView(m_lastEventId.data(), qsizetype(m_lastEventId.size())) == eventId) {
        it = m_lastEvent;
    } else {
        m_lastEventId.assign(eventId.data(), size_t(eventId.size()));
        const auto found = m_seenEvents.find(m_lastEventId);
        it = found == m_seenEvents.end() ? nullptr : &found->second;
        m_lastEvent = it;
    }
    if (!it) {
        EventSeen seen;
        seen.signature = signature;
        seen.line = r.line();
        const int tzSpec = specIndex(QStringLiteral("time_zone"));
        if (const int tzCsv = m_csvOf[size_t(tzSpec)]; tzCsv >= 0) {
            const QByteArrayView tz = trimmed(r.field(tzCsv));
            if (!tz.isEmpty()) {
                seen.zone = QTimeZone(QByteArray(tz.data(), tz.size()));
                if (!seen.zone.isValid())
                    return fail(fieldError("IMPORT_BAD_VALUE",
                        QCoreApplication::translate("TicketImporter",
                            "\"%1\" is not a time zone this system knows. Write an IANA time zone "
                            "such as Europe/Zurich, or leave it empty.")
                            .arg(shown(tz)),
                        tzCsv));
            }
        }
        m_events->bindUtf8(0, eventId);
        for (int i : m_eventFields)
            if (auto ok = bindField(i, m_events.get(), m_eventCol[size_t(i)], &seen); !ok)
                return ok;
        if (auto ok = m_events->exec(); !ok)
            return ok;
        it = &m_seenEvents.emplace(m_lastEventId, std::move(seen)).first->second;
        m_lastEvent = it;
        ++m_stats.events;
    } else if (it->signature != signature) {
        // Rows of an event that disagree with its first row are still validated (bound, not written).
        for (int i : m_eventFields)
            if (auto ok = bindField(i, m_events.get(), m_eventCol[size_t(i)], it); !ok)
                return ok;
        if (!it->warned) {
            it->warned = true;
            warn(QCoreApplication::translate("TicketImporter",
                "%1:%2: the event %3 has different event columns here than on line %4; line %4 was used. "
                "Make the event columns the same on every row of an event.")
                     .arg(m_path)
                     .arg(r.line())
                     .arg(shown(eventId))
                     .arg(it->line));
        }
    }

    if (m_products)
        if (auto ok = importProduct(); !ok)
            return ok;

    for (int i = 0; i < m_fieldCount; ++i) {
        const int col = m_ticketCol[size_t(i)];
        if (col <= 0)
            continue;
        if (i == eventCsv) {
            m_tickets->bindUtf8(col, eventId);
            continue;
        }
        if (auto ok = bindField(i, m_tickets.get(), col, it); !ok)
            return ok;
    }
    if (m_changedAtCol >= 0)
        m_tickets->bindUtf8(m_changedAtCol, m_importTime);
    return m_tickets->exec();
}

Result<ImportStats> Importer::run()
{
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        Error e = makeError(QStringLiteral("IMPORT_OPEN"),
            QCoreApplication::translate(
                "TicketImporter", "Cannot open %1: %2. Check the path and that you may read the file.")
                .arg(m_path, m_file.errorString()));
        e.file = m_path;
        return fail(e);
    }
    const qint64 total = m_file.size();
    m_reader = std::make_unique<CsvReader>(&m_file, m_path);
    QElapsedTimer timer;
    timer.start();
    auto cancelled = [&] {
        Error e = makeError(QStringLiteral("IMPORT_CANCELLED"),
            QCoreApplication::translate("TicketImporter", "The import of %1 was cancelled; nothing was changed.")
                .arg(m_path));
        e.file = m_path;
        return fail(e);
    };
    if (m_progress && !m_progress(0, total))
        return cancelled();
    if (auto ok = readHeader(); !ok)
        return fail(ok.error());

    qint64 before = 0;
    const Status done = m_store.transaction([&]() -> Status {
        auto count = m_store.exec(QStringLiteral("SELECT COUNT(*) FROM tickets"));
        if (!count)
            return fail(count.error());
        before = count->next() ? count->value(0).toLongLong() : 0;
        count->finish();
        // ~250 bytes per row at least: large files build the indexes once, at the end.
        auto dropped = BulkUpsert::dropIndexesForBulk(m_store, QStringLiteral("tickets"), total / 250);
        if (!dropped)
            return fail(dropped.error());
        if (auto ok = prepareStatements(); !ok)
            return ok;
        while (m_reader->readRecord(&m_record)) {
            if (auto ok = importRow(); !ok)
                return ok;
            if ((m_stats.rows & 0x3fff) == 0 && m_progress && !m_progress(m_reader->bytesRead(), total))
                return cancelled();
        }
        if (m_reader->hasError())
            return fail(m_reader->error());
        m_tickets.reset();
        m_events.reset();
        m_products.reset();
        if (auto ok = BulkUpsert::recreateIndexes(m_store, *dropped); !ok)
            return ok;
        auto after = m_store.exec(QStringLiteral("SELECT COUNT(*) FROM tickets"));
        if (!after)
            return fail(after.error());
        const qint64 n = after->next() ? after->value(0).toLongLong() : 0;
        m_stats.inserted = n - before;
        m_stats.updated = m_stats.rows - m_stats.inserted;
        // Last chance to cancel: everything is written but not committed.
        if (m_progress && !m_progress(total, total))
            return cancelled();
        return {};
    });
    m_tickets.reset();
    m_events.reset();
    m_products.reset();
    if (!done)
        return fail(done.error());
    if (m_warningsDropped)
        m_stats.warnings
            << QCoreApplication::translate("TicketImporter", "…and %1 more warnings.").arg(m_warningsDropped);
    qCInfo(lcImport) << "imported" << m_stats.rows << "rows of" << m_path << "in" << timer.elapsed() << "ms";
    return m_stats;
}

} // namespace

Result<ImportStats> importTicketsCsv(
    Store &store, const QString &path, const std::function<bool(qint64, qint64)> &progress)
{
    Importer importer(store, path, progress);
    Result<ImportStats> result = importer.run();
#ifdef TIXSYNC_IMPORT_HAVE_AUDIT
    // Every import, landed or refused, leaves a line in the audit log.
    QJsonObject parameters{{QStringLiteral("file"), path}};
    if (result) {
        parameters.insert(QStringLiteral("rows"), result->rows);
        parameters.insert(QStringLiteral("inserted"), result->inserted);
        parameters.insert(QStringLiteral("updated"), result->updated);
        parameters.insert(QStringLiteral("warnings"), int(result->warnings.size()));
    }
    const QString outcome = result
        ? (result->warnings.isEmpty() ? audit::AuditLog::outcomeOk() : audit::AuditLog::outcomeWarning())
        : result.error().code == QLatin1String("IMPORT_CANCELLED") ? audit::AuditLog::outcomeCancelled()
                                                                   : audit::AuditLog::outcomeError();
    if (auto r = audit::AuditLog::record(store, audit::AuditLog::actionImport(), parameters, outcome,
            result ? QString() : result.error().toString());
        !r)
        qCWarning(lcImport) << "cannot write the audit log:" << r.error().message;
#endif
    return result;
}

const QList<TicketCsvColumn> &ticketCsvColumns()
{
    static const QList<TicketCsvColumn> all = [] {
        QList<TicketCsvColumn> list;
        for (const Spec &s : kSpecs)
            list << TicketCsvColumn{QString::fromLatin1(s.csv),
                s.table == Table::Event         ? QStringLiteral("events")
                    : s.table == Table::Product ? QStringLiteral("products")
                                                : QStringLiteral("tickets"),
                QString::fromLatin1(s.db), s.required};
        return list;
    }();
    return all;
}

} // namespace tixsync
