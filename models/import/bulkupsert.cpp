#include "bulkupsert.h"

#include "core/logging.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>

#include <sqlite3.h>

namespace tixsync {

namespace {
} // namespace

BulkUpsert::BulkUpsert(Store &store, QStringList columns)
    : m_store(store)
    , m_columns(std::move(columns))
    , m_scratch(size_t(m_columns.size()))
{
}

BulkUpsert::~BulkUpsert()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Result<std::unique_ptr<BulkUpsert>> BulkUpsert::prepare(
    Store &store, const QString &table, const QStringList &columns, const QHash<QString, QString> &updateExpressions)
{
    QStringList marks, updates;
    for (int i = 0; i < columns.size(); ++i) {
        marks << QStringLiteral("?");
        if (i == 0)
            continue;
        const auto it = updateExpressions.constFind(columns[i]);
        updates << columns[i] + QStringLiteral(" = ")
                + (it != updateExpressions.constEnd() ? *it : QStringLiteral("excluded.") + columns[i]);
    }
    QString sql = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns.join(QLatin1String(", "))
        + QStringLiteral(") VALUES (") + marks.join(QLatin1String(", ")) + QStringLiteral(") ON CONFLICT (")
        + columns.first() + QStringLiteral(")");
    sql += updates.isEmpty() ? QStringLiteral(" DO NOTHING")
                             : QStringLiteral(" DO UPDATE SET ") + updates.join(QLatin1String(", "));

    std::unique_ptr<BulkUpsert> bulk(new BulkUpsert(store, columns));
    if (sqlite3 *db = store.sqliteHandle()) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &bulk->m_stmt, nullptr) != SQLITE_OK)
            return fail(QStringLiteral("STORE_SQL"),
                QCoreApplication::translate("BulkUpsert", "Database error while preparing the bulk write: %1")
                    .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    } else {
        bulk->m_query = std::make_unique<QSqlQuery>(store.database());
        if (!bulk->m_query->prepare(sql))
            return fail(
                store.sqlError(*bulk->m_query, QCoreApplication::translate("BulkUpsert", "preparing the bulk write")));
    }
    return bulk;
}

Result<QStringList> BulkUpsert::dropIndexesForBulk(Store &store, const QString &table, qint64 expectedRows)
{
    static constexpr qint64 kMinRows = 50000;
    if (store.backend() != Store::Backend::Sqlite || expectedRows < kMinRows)
        return QStringList();
    auto count = store.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    if (!count)
        return fail(count.error());
    const qint64 existing = count->next() ? count->value(0).toLongLong() : 0;
    count->finish();
    if (expectedRows * 2 < existing)
        return QStringList();
    auto q = store.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                       "AND sql IS NOT NULL ORDER BY name"),
        {table});
    if (!q)
        return fail(q.error());
    QStringList names, statements;
    while (q->next()) {
        names << q->value(0).toString();
        statements << q->value(1).toString();
    }
    q->finish();
    for (const QString &name : names) {
        // Index names come from sqlite_master, not from the user; quoted all the same.
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        if (auto r = store.exec(QStringLiteral("DROP INDEX \"") + quoted + QLatin1Char('"')); !r)
            return fail(r.error());
    }
    return statements;
}

Status BulkUpsert::recreateIndexes(Store &store, const QStringList &statements)
{
    if (statements.isEmpty())
        return {};
    QElapsedTimer timer;
    timer.start();
    for (const QString &sql : statements)
        if (auto r = store.exec(sql); !r)
            return fail(r.error());
    qCInfo(lcImport) << "rebuilt" << statements.size() << "indexes in" << timer.elapsed() << "ms";
    return {};
}

void BulkUpsert::bindUtf8(int column, QByteArrayView utf8)
{
    if (m_stmt)
        sqlite3_bind_text(m_stmt, column + 1, utf8.empty() ? "" : utf8.data(), int(utf8.size()), SQLITE_STATIC);
    else
        // A null QString would bind NULL; the schema keeps absent text as ''.
        m_query->bindValue(column, utf8.empty() ? QStringLiteral("") : QString::fromUtf8(utf8.data(), utf8.size()));
}

void BulkUpsert::bindText(int column, const QString &text)
{
    if (m_stmt) {
        QByteArray &s = m_scratch[size_t(column)];
        s = text.toUtf8();
        sqlite3_bind_text(m_stmt, column + 1, s.constData(), int(s.size()), SQLITE_STATIC);
    } else {
        m_query->bindValue(column, text.isNull() ? QStringLiteral("") : text);
    }
}

void BulkUpsert::bindDouble(int column, double value)
{
    if (m_stmt)
        sqlite3_bind_double(m_stmt, column + 1, value);
    else
        m_query->bindValue(column, value);
}

void BulkUpsert::bindInt(int column, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, column + 1, value);
    else
        m_query->bindValue(column, value);
}

Status BulkUpsert::exec()
{
    if (m_stmt) {
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_DONE) {
            const QString why = QString::fromUtf8(sqlite3_errmsg(m_store.sqliteHandle()));
            sqlite3_reset(m_stmt);
            return fail(QStringLiteral("STORE_SQL"),
                QCoreApplication::translate("BulkUpsert", "Database error while writing: %1").arg(why));
        }
        sqlite3_reset(m_stmt);
        return {};
    }
    if (!m_query->exec())
        return fail(m_store.sqlError(*m_query, QCoreApplication::translate("BulkUpsert", "writing")));
    return {};
}

} // namespace tixsync
