#include "store.h"

#include "datetime.h"
#include "logging.h"
#include "migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

#include <sqlite3.h>

namespace tixsync {

namespace {
// The translation context of the store's messages; lupdate extracts StoreMessages::tr("…").
class StoreMessages {
    Q_DECLARE_TR_FUNCTIONS(StoreMessages)
};

bool isPostgresUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QString dateText(const QDateTime &dt)
{
    return toRfc3339(dt);
}
QDateTime dateFrom(const QVariant &v)
{
    return parseRfc3339(v.toString());
}
} // namespace

Store::Store(QString connectionName, QString location, Backend backend)
    : m_connectionName(std::move(connectionName))
    , m_location(std::move(location))
    , m_backend(backend)
{
}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Store::nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("tixsync-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString Store::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/tixsync.sqlite");
}

Result<std::unique_ptr<Store>> Store::open(const QString &requested, int upToVersion)
{
    const QString location = requested.isEmpty() ? defaultLocation() : requested;
    const QString name = nextConnectionName();
    std::unique_ptr<Store> store;
    if (isPostgresUrl(location)) {
        const QUrl url(location);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
            return fail(QStringLiteral("STORE_BAD_URL"),
                StoreMessages::tr("The database URL \"%1\" is not valid. Use postgresql://user@host:port/dbname.")
                    .arg(url.toString(QUrl::RemovePassword)));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        QString password = url.password();
        if (password.isEmpty())
            password = qEnvironmentVariable("PGPASSWORD");
        db.setPassword(password);
        store.reset(new Store(name, location, Backend::Postgres));
        if (!db.open()) {
            const QString why = db.lastError().text();
            return fail(QStringLiteral("STORE_OPEN"),
                StoreMessages::tr("Cannot connect to the PostgreSQL database %1: %2")
                    .arg(url.toString(QUrl::RemovePassword), why));
        }
    } else {
        const QFileInfo info(location);
        if (!QDir().mkpath(info.absolutePath()))
            return fail(QStringLiteral("STORE_OPEN"),
                StoreMessages::tr("Cannot create the folder %1 for the database.").arg(info.absolutePath()));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        store.reset(new Store(name, location, Backend::Sqlite));
        if (!db.open())
            return fail(QStringLiteral("STORE_OPEN"),
                StoreMessages::tr("Cannot open the database file %1: %2").arg(location, db.lastError().text()));
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
            QSqlQuery q(db);
            if (!q.exec(QString::fromLatin1(pragma)))
                return fail(QStringLiteral("STORE_OPEN"),
                    StoreMessages::tr("The file %1 is not a TixSync database (%2).")
                        .arg(location, q.lastError().text()));
        }
    }
    if (auto ok = store->migrate(upToVersion); !ok)
        return fail(ok.error());
    return store;
}

Result<std::unique_ptr<Store>> Store::openAnother() const
{
    return open(m_location);
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Store::sqliteHandle() const
{
    if (m_backend != Backend::Sqlite)
        return nullptr;
    const QVariant v = database().driver()->handle();
    if (qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

int Store::schemaVersion() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Error Store::sqlError(const QSqlQuery &q, const QString &what) const
{
    Error e = makeError(
        QStringLiteral("STORE_SQL"), StoreMessages::tr("Database error while %1: %2").arg(what, q.lastError().text()));
    return e;
}

Status Store::migrate(int upToVersion)
{
    QSqlDatabase db = database();
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                                   "description TEXT NOT NULL, applied_at TEXT NOT NULL)")))
            return fail(sqlError(q, StoreMessages::tr("preparing the schema")));
    }
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    const int target = upToVersion > 0 ? qMin(upToVersion, latest) : latest;
    if (current > latest)
        return fail(QStringLiteral("STORE_TOO_NEW"),
            StoreMessages::tr("The database %1 has schema version %2, but this TixSync knows only up to version %3. "
                              "Use a newer TixSync with this database, or open another database with --db.")
                .arg(m_location)
                .arg(current)
                .arg(latest));
    // Apply every known migration the database has not recorded, in order (not only those above
    // the highest recorded one), so a migration that landed after a later-numbered one still runs.
    QSet<int> applied;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT version FROM schema_version")))
            return fail(sqlError(q, StoreMessages::tr("reading the schema version")));
        while (q.next())
            applied.insert(q.value(0).toInt());
    }
    const bool pending = std::any_of(migrations().begin(), migrations().end(),
        [&](const Migration &m) { return m.version <= target && !applied.contains(m.version); });
    if (!pending)
        return {};
    return transaction([&]() -> Status {
        for (const Migration &m : migrations()) {
            if (applied.contains(m.version) || m.version > target)
                continue;
            qCInfo(lcStore) << "applying migration" << m.version << m.description;
            for (QString sql : m.statements) {
                // A statement that starts with {{SQLITE}} or {{POSTGRES}} runs on that backend only.
                const bool sqliteOnly = sql.startsWith(QLatin1String("{{SQLITE}}"));
                const bool postgresOnly = sql.startsWith(QLatin1String("{{POSTGRES}}"));
                if ((sqliteOnly && m_backend != Backend::Sqlite) || (postgresOnly && m_backend != Backend::Postgres))
                    continue;
                if (sqliteOnly || postgresOnly)
                    sql.remove(0, sql.indexOf(QLatin1String("}}")) + 2);
                sql.replace(QLatin1String("{{AUTOID}}"),
                    m_backend == Backend::Sqlite ? QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT")
                                                 : QLatin1String("BIGSERIAL PRIMARY KEY"));
                sql.replace(QLatin1String("{{BLOB}}"),
                    m_backend == Backend::Sqlite ? QLatin1String("BLOB") : QLatin1String("BYTEA"));
                QSqlQuery q(db);
                if (!q.exec(sql))
                    return fail(sqlError(q, StoreMessages::tr("applying schema migration %1").arg(m.version)));
            }
            auto r
                = exec(QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"),
                    {m.version, m.description, toRfc3339(QDateTime::currentDateTimeUtc())});
            if (!r)
                return fail(r.error());
        }
        return {};
    });
}

Result<QSqlQuery> Store::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(database());
    if (!q.prepare(sql))
        return fail(sqlError(q, StoreMessages::tr("preparing a statement")));
    for (const QVariant &v : values) {
        // The schema keeps absent text as '' (NOT NULL): a null QString binds as empty text.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QLatin1String(""));
        else
            q.addBindValue(v);
    }
    if (!q.exec())
        return fail(sqlError(q, StoreMessages::tr("running a statement")));
    return q;
}

Status Store::transaction(const std::function<Status()> &body)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(QStringLiteral("STORE_SQL"),
            StoreMessages::tr("Cannot start a transaction: %1").arg(db.lastError().text()));
    Status result = body();
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return fail(QStringLiteral("STORE_SQL"), StoreMessages::tr("Cannot commit the transaction: %1").arg(why));
    }
    return {};
}

const QStringList &Store::eventColumns()
{
    static const QStringList cols = {
        QStringLiteral("event_id"),
        QStringLiteral("name"),
        QStringLiteral("event_type"),
        QStringLiteral("host_team"),
        QStringLiteral("opposing_team"),
        QStringLiteral("group_name"),
        QStringLiteral("season"),
        QStringLiteral("start_time"),
        QStringLiteral("end_time"),
        QStringLiteral("duration_minutes"),
        QStringLiteral("site"),
        QStringLiteral("city"),
        QStringLiteral("address_line1"),
        QStringLiteral("address_line2"),
        QStringLiteral("address_line3"),
        QStringLiteral("country_code"),
        QStringLiteral("region"),
        QStringLiteral("zip"),
        QStringLiteral("latitude"),
        QStringLiteral("longitude"),
        QStringLiteral("website"),
        QStringLiteral("time_zone"),
    };
    return cols;
}

QVariantList Store::eventValues(const Event &e)
{
    return {e.eventId, e.name, e.eventType, e.hostTeam, e.opposingTeam, e.groupName, e.season, dateText(e.startTime),
        dateText(e.endTime), e.durationMinutes, e.site, e.city, e.addressLine1, e.addressLine2, e.addressLine3,
        e.countryCode, e.region, e.zip, e.latitude, e.longitude, e.website, e.timeZone};
}

Event Store::eventFromQuery(const QSqlQuery &q, int c)
{
    Event e;
    e.eventId = q.value(c++).toString();
    e.name = q.value(c++).toString();
    e.eventType = q.value(c++).toString();
    e.hostTeam = q.value(c++).toString();
    e.opposingTeam = q.value(c++).toString();
    e.groupName = q.value(c++).toString();
    e.season = q.value(c++).toString();
    e.startTime = dateFrom(q.value(c++));
    e.endTime = dateFrom(q.value(c++));
    e.durationMinutes = q.value(c++).toInt();
    e.site = q.value(c++).toString();
    e.city = q.value(c++).toString();
    e.addressLine1 = q.value(c++).toString();
    e.addressLine2 = q.value(c++).toString();
    e.addressLine3 = q.value(c++).toString();
    e.countryCode = q.value(c++).toString();
    e.region = q.value(c++).toString();
    e.zip = q.value(c++).toString();
    e.latitude = q.value(c++).toDouble();
    e.longitude = q.value(c++).toDouble();
    e.website = q.value(c++).toString();
    e.timeZone = q.value(c++).toString();
    return e;
}

const QStringList &Store::ticketColumns()
{
    static const QStringList cols = [] {
        QStringList c;
        for (const char *n : {"ticket_id", "ticket_number", "file_number", "event_id", "barcode", "product_kind",
                 "product_code", "product_name", "product_family", "sales_channel", "tariff", "category", "price",
                 "currency", "seat_gate", "seat_area", "seat_block", "seat_row", "seat_number", "entrance",
                 "contact_title", "contact_first_name", "contact_last_name", "contact_email", "holder_title",
                 "holder_first_name", "holder_last_name", "holder_email", "holder_gender", "holder_birth_date",
                 "holder_id_number", "holder_country_code", "holder_birth_region", "holder_birth_place",
                 "shipment_mode", "s360_status", "s360_reason", "s360_status_changed_at", "controlled_at", "issued_at",
                 "tixngo_status", "tixngo_owner_first_name", "tixngo_owner_last_name", "tixngo_owner_email",
                 "tixngo_initial_owner", "tixngo_previous_owner", "tixngo_holder_first_name", "tixngo_holder_last_name",
                 "tixngo_deletion_reason", "tixngo_controlled", "tixngo_updated_at", "last_sync_at", "injected_at"})
            c << QString::fromLatin1(n);
        return c;
    }();
    return cols;
}

QVariantList Store::ticketValues(const Ticket &t)
{
    return {t.ticketId, t.ticketNumber, t.fileNumber, t.eventId, t.barcode, t.productKind, t.productCode, t.productName,
        t.productFamily, t.salesChannel, t.tariff, t.category, t.price, t.currency, t.seatGate, t.seatArea, t.seatBlock,
        t.seatRow, t.seatNumber, t.entrance, t.contact.title, t.contact.firstName, t.contact.lastName, t.contact.email,
        t.holder.title, t.holder.firstName, t.holder.lastName, t.holder.email, t.holder.gender, t.holder.birthDate,
        t.holder.idNumber, t.holder.countryCode, t.holder.birthRegion, t.holder.birthPlace, t.shipmentMode,
        toCode(t.s360Status), t.s360Reason, dateText(t.s360StatusChangedAt), dateText(t.controlledAt),
        dateText(t.issuedAt), toCode(t.tixngoStatus), t.tixngoOwner.firstName, t.tixngoOwner.lastName,
        t.tixngoOwner.email, t.tixngoInitialOwner.displayName(), t.tixngoPreviousOwner.displayName(),
        t.tixngoHolder.firstName, t.tixngoHolder.lastName, t.tixngoDeletionReason, t.tixngoControlled ? 1 : 0,
        dateText(t.tixngoUpdatedAt), dateText(t.lastSyncAt), dateText(t.injectedAt)};
}

Ticket Store::ticketFromQuery(const QSqlQuery &q, int c)
{
    Ticket t;
    auto s = [&] { return q.value(c++).toString(); };
    t.ticketId = s();
    t.ticketNumber = s();
    t.fileNumber = s();
    t.eventId = s();
    t.barcode = s();
    t.productKind = s();
    t.productCode = s();
    t.productName = s();
    t.productFamily = s();
    t.salesChannel = s();
    t.tariff = s();
    t.category = s();
    t.price = q.value(c++).toDouble();
    t.currency = s();
    t.seatGate = s();
    t.seatArea = s();
    t.seatBlock = s();
    t.seatRow = s();
    t.seatNumber = s();
    t.entrance = s();
    t.contact.title = s();
    t.contact.firstName = s();
    t.contact.lastName = s();
    t.contact.email = s();
    t.holder.title = s();
    t.holder.firstName = s();
    t.holder.lastName = s();
    t.holder.email = s();
    t.holder.gender = s();
    t.holder.birthDate = s();
    t.holder.idNumber = s();
    t.holder.countryCode = s();
    t.holder.birthRegion = s();
    t.holder.birthPlace = s();
    t.shipmentMode = s();
    parseS360Status(s(), &t.s360Status);
    t.s360Reason = s();
    t.s360StatusChangedAt = dateFrom(q.value(c++));
    t.controlledAt = dateFrom(q.value(c++));
    t.issuedAt = dateFrom(q.value(c++));
    parseTixngoStatus(s(), &t.tixngoStatus);
    t.tixngoOwner.firstName = s();
    t.tixngoOwner.lastName = s();
    t.tixngoOwner.email = s();
    t.tixngoInitialOwner.firstName = s(); // stored as display text
    t.tixngoPreviousOwner.firstName = s();
    t.tixngoHolder.firstName = s();
    t.tixngoHolder.lastName = s();
    t.tixngoDeletionReason = s();
    t.tixngoControlled = q.value(c++).toInt() != 0;
    t.tixngoUpdatedAt = dateFrom(q.value(c++));
    t.lastSyncAt = dateFrom(q.value(c++));
    t.injectedAt = dateFrom(q.value(c++));
    return t;
}

const QStringList &Store::productColumns()
{
    static const QStringList cols = {QStringLiteral("product_code"), QStringLiteral("tix_act"),
        QStringLiteral("tix_start"), QStringLiteral("tix_exp"), QStringLiteral("tix_rgrp"),
        QStringLiteral("season_start"), QStringLiteral("season_end")};
    return cols;
}

QVariantList Store::productValues(const Product &p)
{
    return {p.productCode, p.tixAct, p.tixStart, p.tixExp, p.tixRGrp, p.seasonStart.toString(Qt::ISODate),
        p.seasonEnd.toString(Qt::ISODate)};
}

Product Store::productFromQuery(const QSqlQuery &q, int c)
{
    Product p;
    p.productCode = q.value(c++).toString();
    p.tixAct = q.value(c++).toString();
    p.tixStart = q.value(c++).toString();
    p.tixExp = q.value(c++).toString();
    p.tixRGrp = q.value(c++).toString();
    p.seasonStart = QDate::fromString(q.value(c++).toString(), Qt::ISODate);
    p.seasonEnd = QDate::fromString(q.value(c++).toString(), Qt::ISODate);
    return p;
}

namespace {
QString upsertSql(const QString &table, const QStringList &cols)
{
    QStringList marks, updates;
    for (int i = 0; i < cols.size(); ++i) {
        marks << QStringLiteral("?");
        if (i > 0)
            updates << cols[i] + QStringLiteral(" = excluded.") + cols[i];
    }
    // INSERT … ON CONFLICT … DO UPDATE works on SQLite ≥ 3.24 and PostgreSQL ≥ 9.5.
    return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + cols.join(QLatin1String(", "))
        + QStringLiteral(") VALUES (") + marks.join(QLatin1String(", ")) + QStringLiteral(") ON CONFLICT (")
        + cols.first() + QStringLiteral(") DO UPDATE SET ") + updates.join(QLatin1String(", "));
}
} // namespace

Status Store::upsertEvent(const Event &event)
{
    auto r = exec(upsertSql(QStringLiteral("events"), eventColumns()), eventValues(event));
    if (!r)
        return fail(r.error());
    return {};
}

Status Store::upsertTicket(const Ticket &ticket)
{
    auto r = exec(upsertSql(QStringLiteral("tickets"), ticketColumns()), ticketValues(ticket));
    if (!r)
        return fail(r.error());
    return {};
}

std::optional<Event> Store::event(const QString &eventId) const
{
    auto r = exec(QStringLiteral("SELECT ") + eventColumns().join(QLatin1String(", "))
            + QStringLiteral(" FROM events WHERE event_id = ?"),
        {eventId});
    if (!r || !r->next())
        return std::nullopt;
    return eventFromQuery(*r);
}

std::optional<Ticket> Store::ticket(const QString &ticketId) const
{
    auto r = exec(QStringLiteral("SELECT ") + ticketColumns().join(QLatin1String(", "))
            + QStringLiteral(" FROM tickets WHERE ticket_id = ?"),
        {ticketId});
    if (!r || !r->next())
        return std::nullopt;
    return ticketFromQuery(*r);
}

Status Store::upsertProduct(const Product &product)
{
    auto r = exec(upsertSql(QStringLiteral("products"), productColumns()), productValues(product));
    if (!r)
        return fail(r.error());
    return {};
}

std::optional<Product> Store::product(const QString &productCode) const
{
    auto r = exec(QStringLiteral("SELECT ") + productColumns().join(QLatin1String(", "))
            + QStringLiteral(" FROM products WHERE product_code = ?"),
        {productCode});
    if (!r || !r->next())
        return std::nullopt;
    return productFromQuery(*r);
}

Result<QList<Product>> Store::products() const
{
    auto r = exec(QStringLiteral("SELECT ") + productColumns().join(QLatin1String(", "))
        + QStringLiteral(" FROM products ORDER BY product_code"));
    if (!r)
        return fail(r.error());
    QList<Product> out;
    while (r->next())
        out << productFromQuery(*r);
    return out;
}

QList<TixngoHistoryEntry> Store::tixngoHistory(const QString &ticketId) const
{
    QList<TixngoHistoryEntry> out;
    auto r = exec(
        QStringLiteral("SELECT status, at, actor FROM tixngo_history WHERE ticket_id = ? ORDER BY at, id"), {ticketId});
    if (!r)
        return out;
    while (r->next()) {
        TixngoHistoryEntry h;
        h.ticketId = ticketId;
        parseTixngoStatus(r->value(0).toString(), &h.status);
        h.at = dateFrom(r->value(1));
        h.actor = r->value(2).toString();
        out << h;
    }
    return out;
}

QString Store::setting(const QString &key, const QString &fallback) const
{
    auto r = exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!r || !r->next())
        return fallback;
    return r->value(0).toString();
}

Status Store::setSetting(const QString &key, const QString &value)
{
    auto r = exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        {key, value});
    if (!r)
        return fail(r.error());
    return {};
}

} // namespace tixsync
