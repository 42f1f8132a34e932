#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <memory>
#include <vector>

struct sqlite3_stmt;

namespace tixsync {

class Store;

/// One prepared `INSERT … ON CONFLICT (key) DO UPDATE` statement executed many times: the bulk
/// write path shared by the CSV importer and the demo-data generator. On SQLite it uses the
/// sqlite3 C API (UTF-8 binds, no QVariant), on PostgreSQL a prepared QSqlQuery. The caller
/// runs it inside Store::transaction() and binds every column before each exec().
class BulkUpsert final {
public:
    ~BulkUpsert();
    BulkUpsert(const BulkUpsert &) = delete;
    BulkUpsert &operator=(const BulkUpsert &) = delete;

    /// `columns[0]` is the conflict key. `updateExpressions` replaces the default
    /// `col = excluded.col` for the columns it names (SQL text, e.g. a CASE).
    static Result<std::unique_ptr<BulkUpsert>> prepare(Store &store, const QString &table, const QStringList &columns,
        const QHash<QString, QString> &updateExpressions = {});

    /// Drops the secondary indexes of `table` when `expectedRows` is large (≥ 50 000) and at least
    /// half the rows already there, so that they are built once after the bulk write instead of
    /// row by row. Returns the statements that recreate them (empty when nothing was dropped).
    /// SQLite only; inside the caller's transaction, so a rollback restores them.
    static Result<QStringList> dropIndexesForBulk(Store &store, const QString &table, qint64 expectedRows);
    static Status recreateIndexes(Store &store, const QStringList &statements);

    /// UTF-8 text; the bytes must stay valid until exec().
    void bindUtf8(int column, QByteArrayView utf8);
    /// Text, copied.
    void bindText(int column, const QString &text);
    void bindDouble(int column, double value);
    void bindInt(int column, qint64 value);

    /// Runs the statement with the current binds.
    Status exec();

    int columnCount() const { return int(m_columns.size()); }

private:
    BulkUpsert(Store &store, QStringList columns);

    Store &m_store;
    QStringList m_columns;
    sqlite3_stmt *m_stmt = nullptr;
    std::vector<QByteArray> m_scratch; // copies for bindText on SQLite
    std::unique_ptr<QSqlQuery> m_query;
};

} // namespace tixsync
