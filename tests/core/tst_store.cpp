// The SQL store: migrations (fresh, upgrade, refuse a newer schema), round trips with bound
// parameters, and clear errors for files that are not TixSync databases. Runs on SQLite and,
// as tst_store_pg, on PostgreSQL.
#include "core/migrations.h"
#include "core/store.h"
#include "support/testdb.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tixsync;

class TestStore : public QObject {
    Q_OBJECT
private slots:
    void freshDatabaseHasLatestSchema();
    void upgradeKeepsData();
    void appliesMigrationThatLandedLate();
    void refusesNewerSchema();
    void refusesForeignFile();
    void ticketRoundTrip();
    void settings();

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
};

void TestStore::freshDatabaseHasLatestSchema()
{
    auto store = Store::open(TIXSYNC_FRESH_DB(m_dir, "fresh"));
    QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
    QCOMPARE((*store)->schemaVersion(), latestSchemaVersion());
    for (const char *table : {"events", "tickets", "tixngo_history", "s360_status_changes", "settings"}) {
        auto q = (*store)->exec(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table));
        QVERIFY2(q, table);
    }
}

void TestStore::upgradeKeepsData()
{
    const QString file = TIXSYNC_FRESH_DB(m_dir, "upgrade");
    {
        auto old = Store::open(file, 1);
        QVERIFY(old);
        QCOMPARE((*old)->schemaVersion(), 1);
        Event e;
        e.eventId = QStringLiteral("E1");
        e.name = QStringLiteral("FC Basel - Young Boys");
        e.startTime = QDateTime(QDate(2027, 3, 14), QTime(16, 30), Qt::OffsetFromUTC, 3600);
        auto ok = (*old)->upsertEvent(e);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
    }
    auto store = Store::open(file);
    QVERIFY(store);
    QCOMPARE((*store)->schemaVersion(), latestSchemaVersion());
    auto e = (*store)->event(QStringLiteral("E1"));
    QVERIFY(e);
    QCOMPARE(e->name, QStringLiteral("FC Basel - Young Boys"));
}

void TestStore::appliesMigrationThatLandedLate()
{
    if (latestSchemaVersion() < 3)
        QSKIP("needs three migrations");
    // A database that recorded version 1 and the latest one, but not those in between (they
    // were merged after the latest one was applied): reopening applies the missing ones, and only
    // those.
    const QString file = TIXSYNC_FRESH_DB(m_dir, "late");
    {
        auto old = Store::open(file, 1);
        QVERIFY(old);
        // Only the bookkeeping of the latest migration matters here: its tables are not needed
        // by the ones in between.
        const Migration &last = migrations().back();
        QVERIFY((*old)->exec(
            QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"),
            {last.version, last.description, QStringLiteral("2026-01-01T00:00:00Z")}));
    }
    auto store = Store::open(file);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
    auto versions = (*store)->exec(QStringLiteral("SELECT COUNT(DISTINCT version) FROM schema_version"));
    QVERIFY(versions && versions->next());
    QCOMPARE(versions->value(0).toInt(), int(migrations().size()));
    auto second = (*store)->exec(QStringLiteral("SELECT COUNT(*) FROM schema_version WHERE version = 2"));
    QVERIFY(second && second->next());
    QCOMPARE(second->value(0).toInt(), 1);
}

void TestStore::refusesNewerSchema()
{
    const QString file = TIXSYNC_FRESH_DB(m_dir, "newer");
    {
        auto store = Store::open(file);
        QVERIFY(store);
        QVERIFY((*store)->exec(
            QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"),
            {latestSchemaVersion() + 5, QStringLiteral("from the future"), QStringLiteral("2030-01-01T00:00:00Z")}));
    }
    auto store = Store::open(file);
    QVERIFY(!store);
    QCOMPARE(store.error().code, QStringLiteral("STORE_TOO_NEW"));
    QVERIFY2(
        store.error().message.contains(QString::number(latestSchemaVersion() + 5)), qPrintable(store.error().message));
    QVERIFY(store.error().message.contains(QStringLiteral("newer TixSync")));
}

void TestStore::refusesForeignFile()
{
    if (test::usePostgres())
        QSKIP("a foreign file is a SQLite-only case");
    const QString file = path("notes.txt");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("These are my meeting notes, not a database.\n");
    f.close();
    auto store = Store::open(file);
    QVERIFY(!store);
    QVERIFY2(store.error().message.contains(file), qPrintable(store.error().message));
}

void TestStore::ticketRoundTrip()
{
    auto store = Store::open(TIXSYNC_FRESH_DB(m_dir, "roundtrip"));
    QVERIFY(store);
    Event e;
    e.eventId = QStringLiteral("E'1");
    e.name = QStringLiteral("Concert \"Live\"; DROP TABLE tickets;--");
    e.startTime = QDateTime(QDate(2027, 6, 1), QTime(20, 0), Qt::UTC);
    QVERIFY((*store)->upsertEvent(e));
    Ticket t;
    t.ticketId = QStringLiteral("T-1");
    t.ticketNumber = QStringLiteral("12300123");
    t.eventId = e.eventId;
    t.holder.firstName = QStringLiteral("Zoë");
    t.holder.lastName = QStringLiteral("O'Brien");
    t.s360Status = S360Status::Cancelled;
    t.s360Reason = QStringLiteral("RESALE");
    t.tixngoStatus = TixngoStatus::PendingTransfer;
    t.price = 42.5;
    QVERIFY((*store)->upsertTicket(t));
    t.price = 50; // upsert updates
    QVERIFY((*store)->upsertTicket(t));
    auto back = (*store)->ticket(QStringLiteral("T-1"));
    QVERIFY(back);
    QCOMPARE(back->holder.lastName, QStringLiteral("O'Brien"));
    QCOMPARE(back->holder.firstName, QStringLiteral("Zoë"));
    QCOMPARE(back->s360Status, S360Status::Cancelled);
    QCOMPARE(back->tixngoStatus, TixngoStatus::PendingTransfer);
    QCOMPARE(back->price, 50.0);
    QCOMPARE((*store)->event(e.eventId)->name, e.name);
    auto count = (*store)->exec(QStringLiteral("SELECT COUNT(*) FROM tickets"));
    QVERIFY(count && count->next());
    QCOMPARE(count->value(0).toInt(), 1);
}

void TestStore::settings()
{
    auto store = Store::open(TIXSYNC_FRESH_DB(m_dir, "settings"));
    QVERIFY(store);
    QCOMPARE((*store)->setting(QStringLiteral("x"), QStringLiteral("none")), QStringLiteral("none"));
    QVERIFY((*store)->setSetting(QStringLiteral("x"), QStringLiteral("1")));
    QVERIFY((*store)->setSetting(QStringLiteral("x"), QStringLiteral("2")));
    QCOMPARE((*store)->setting(QStringLiteral("x")), QStringLiteral("2"));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
