#pragma once

#include "domain.h"
#include "error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace tixsync {

/// The SQL store: SQLite (a file, the embedded default) or PostgreSQL
/// (`postgresql://user@host:port/dbname`). Opening applies the numbered migrations in one
/// transaction and refuses a database whose schema is newer than this program knows.
///
/// A Store owns one QSqlDatabase connection, which belongs to the thread that opened it: a worker
/// thread calls openAnother() from its own thread. Every statement uses bound parameters.
class Store final {
public:
    enum class Backend { Sqlite, Postgres };

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// `location` is a file path or a postgresql:// URL; empty = defaultLocation().
    /// `upToVersion` (tests only) stops the migrations at that version; 0 = all.
    static Result<std::unique_ptr<Store>> open(const QString &location, int upToVersion = 0);
    /// The per-user SQLite file: AppDataLocation/tixsync.sqlite.
    static QString defaultLocation();

    /// A new connection to the same database, owned by the calling thread.
    Result<std::unique_ptr<Store>> openAnother() const;

    QSqlDatabase database() const;
    Backend backend() const { return m_backend; }
    QString location() const { return m_location; }
    int schemaVersion() const;
    /// The raw SQLite handle for bulk paths (nullptr on PostgreSQL).
    sqlite3 *sqliteHandle() const;

    /// Prepares `sql`, binds `values` positionally (`?`), executes.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {}) const;
    /// Runs `body` in a transaction: commit when it succeeds, roll back when it fails.
    Status transaction(const std::function<Status()> &body);

    // Events and tickets, one at a time (bulk paths live with the importer).
    Status upsertEvent(const Event &event);
    Status upsertTicket(const Ticket &ticket);
    std::optional<Event> event(const QString &eventId) const;
    std::optional<Ticket> ticket(const QString &ticketId) const;
    QList<TixngoHistoryEntry> tixngoHistory(const QString &ticketId) const;
    // Products with comfort variables / season dates (table products, schema v5).
    Status upsertProduct(const Product &product);
    std::optional<Product> product(const QString &productCode) const;
    /// Every stored product, by product code.
    Result<QList<Product>> products() const;

    QString setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);

    /// Column lists in a fixed order, shared by every reader and writer of the two tables.
    static const QStringList &eventColumns();
    static const QStringList &ticketColumns();
    static QVariantList eventValues(const Event &event);
    static QVariantList ticketValues(const Ticket &ticket);
    static const QStringList &productColumns();
    static QVariantList productValues(const Product &product);
    /// Reads the current row of a query that selected eventColumns()/ticketColumns() first.
    static Event eventFromQuery(const QSqlQuery &q, int firstColumn = 0);
    static Ticket ticketFromQuery(const QSqlQuery &q, int firstColumn = 0);
    static Product productFromQuery(const QSqlQuery &q, int firstColumn = 0);

    Error sqlError(const QSqlQuery &q, const QString &what) const;

private:
    Store(QString connectionName, QString location, Backend backend);
    Status migrate(int upToVersion);
    static QString nextConnectionName();

    QString m_connectionName;
    QString m_location;
    Backend m_backend;
};

} // namespace tixsync
