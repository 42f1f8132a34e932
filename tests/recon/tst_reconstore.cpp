// Reconciling what the store holds, on SQLite (sqlite3 C API path) and, registered a second time
// with label pg, on PostgreSQL (QtSql path): statuses, times with offsets, the event filter,
// owner drift, settings, unreadable status codes, TIXNGO lists and the sync markers.
#include "core/store.h"
#include "recon/reconciler.h"
#include "recon/storepushlookup.h"
#include "reconfixtures.h"
#include "support/testdb.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tixsync;
using namespace tixsync::recon;
using reconfixtures::at;
using reconfixtures::secs;
using reconfixtures::ticket;

namespace {
const char *kNow = "2026-06-01T20:00:00Z";

Ticket cancelled(const QString &id, const char *when)
{
    Ticket k = ticket(id, QStringLiteral("E1"), S360Status::Cancelled, TixngoStatus::Downloaded);
    k.s360StatusChangedAt = at(when);
    k.tixngoUpdatedAt = at("2026-05-20T10:00:00Z");
    return k;
}
} // namespace

class TestReconStore : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void loadsFromStore();
    void unreadableStatusCodes();
    void shipmentModes();
    void tixngoListAgainstStore_rec9();
    void syncMarkersDecidePending_rec4();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_counter = 0;
};

void TestReconStore::init()
{
    const QString loc = TIXSYNC_FRESH_DB(m_dir, "recon");
    auto opened = Store::open(loc.endsWith(QLatin1String(".sqlite"))
            ? m_dir.filePath(QStringLiteral("recon%1.sqlite").arg(++m_counter))
            : loc);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    m_store = std::move(*opened);
    for (const char *e : {"E1", "E2"})
        QVERIFY(m_store->upsertEvent(reconfixtures::event(QString::fromLatin1(e))));
}

void TestReconStore::cleanup()
{
    m_store.reset();
}

// rules MAP-3 MAP-4 REC-4 REC-8 through the store.
void TestReconStore::loadsFromStore()
{
    Store &store = *m_store;
    Ticket lac = cancelled(QStringLiteral("LAC"), "2026-06-01T19:50:00Z");
    lac.s360StatusChangedAt = at("2026-06-01T21:50:00+02:00"); // 19:50Z, with an offset
    Ticket ok = ticket(QStringLiteral("OK"), QStringLiteral("E2"), S360Status::Printed, TixngoStatus::Downloaded);
    Ticket ctl = ticket(QStringLiteral("CTL"), QStringLiteral("E2"), S360Status::Controlled, TixngoStatus::Downloaded,
        true); // V4: controlled=true
    Ticket drift = ok;
    drift.ticketId = QStringLiteral("DRIFT");
    drift.barcode = QStringLiteral("BC-DRIFT");
    drift.contact.email = QStringLiteral("a@example.org");
    drift.tixngoOwner.email = QStringLiteral("b@example.org");
    drift.tixngoUpdatedAt = at("2026-06-01T19:00:00Z");
    for (const Ticket &t : {lac, ok, ctl, drift})
        QVERIFY(store.upsertTicket(t));

    ReconOptions o;
    o.now = secs(kNow);
    auto r = Reconciler(o).run(store);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE((*r)->ticketCount, 4);
    QCOMPARE((*r)->size(), 1);
    const Discrepancy &d = (*r)->at(0);
    QCOMPARE((*r)->ticketId(d), QStringLiteral("LAC"));
    QCOMPARE((*r)->eventId(d), QStringLiteral("E1"));
    QCOMPARE((*r)->barcode(d), QStringLiteral("BC-LAC"));
    QCOMPARE(d.severity, Severity::Pending);
    QCOMPARE((*r)->age(d), 600);
    QCOMPARE(d.escalatesAt, secs("2026-06-01T20:20:00Z"));

    o.contactSync = true;
    r = Reconciler(o).run(store);
    QCOMPARE((*r)->size(), 2);
    QCOMPARE((*r)->counts[size_t(Category::OwnerDrift)], 1);

    o.eventId = QStringLiteral("E2");
    r = Reconciler(o).run(store);
    QCOMPARE((*r)->ticketCount, 3);
    QCOMPARE((*r)->size(), 1);
    QCOMPARE((*r)->ticketId((*r)->at(0)), QStringLiteral("DRIFT"));
    QCOMPARE((*r)->age((*r)->at(0)), 3600);

    // Settings in the database override the defaults.
    QVERIFY(store.setSetting(QStringLiteral("recon.cancelGraceMinutes"), QStringLiteral("5")));
    QVERIFY(store.setSetting(QStringLiteral("recon.contactSync"), QStringLiteral("true")));
    const ReconOptions s = ReconOptions::fromSettings(store);
    QCOMPARE(s.cancelGraceMinutes, 5);
    QVERIFY(s.contactSync);
    QCOMPARE(s.controlGraceMinutes, ReconOptions().controlGraceMinutes);
}

void TestReconStore::unreadableStatusCodes()
{
    QVERIFY(m_store->upsertTicket(ticket(QStringLiteral("T1"), QStringLiteral("E1"), S360Status::Printed)));
    QVERIFY(m_store->upsertTicket(ticket(QStringLiteral("T2"), QStringLiteral("E1"), S360Status::Printed)));
    QVERIFY(m_store->exec(QStringLiteral("UPDATE tickets SET tixngo_status = ? WHERE ticket_id = ?"),
        {QStringLiteral("SOLD_OUT"), QStringLiteral("T2")}));
    auto r = Reconciler().run(*m_store);
    QVERIFY(r);
    QCOMPARE((*r)->ticketCount, 1);
    QCOMPARE((*r)->unreadableTickets, 1);
    QCOMPARE((*r)->size(), 1); // T1: MISSING_IN_TIXNGO
}

// Tickets that never go to TIXNGO (sent by post) are not "missing in TIXNGO".
void TestReconStore::shipmentModes()
{
    Ticket mobile = ticket(QStringLiteral("MOBILE"), QStringLiteral("E1"), S360Status::Printed);
    mobile.shipmentMode = QStringLiteral("WALLET");
    Ticket post = ticket(QStringLiteral("POST"), QStringLiteral("E1"), S360Status::Printed);
    post.shipmentMode = QStringLiteral("POST");
    Ticket app = ticket(QStringLiteral("APP"), QStringLiteral("E2"), S360Status::Printed);
    app.shipmentMode = QStringLiteral("APP");
    for (const Ticket &t : {mobile, post, app})
        QVERIFY(m_store->upsertTicket(t));
    auto r = Reconciler().run(*m_store);
    QCOMPARE((*r)->counts[size_t(Category::MissingInTixngo)], 3);
    ReconOptions o;
    o.shipmentModes = QStringList{QStringLiteral("WALLET"), QStringLiteral("APP")};
    r = Reconciler(o).run(*m_store);
    QCOMPARE((*r)->ticketCount, 2);
    QCOMPARE((*r)->counts[size_t(Category::MissingInTixngo)], 2);
    o.eventId = QStringLiteral("E1");
    r = Reconciler(o).run(*m_store);
    QCOMPARE((*r)->ticketCount, 1);
    QCOMPARE((*r)->ticketId((*r)->at(0)), QStringLiteral("MOBILE"));
    QVERIFY(m_store->setSetting(QStringLiteral("recon.shipmentModes"), QStringLiteral(" WALLET , APP,")));
    QCOMPARE(ReconOptions::fromSettings(*m_store).shipmentModes,
        (QStringList{QStringLiteral("WALLET"), QStringLiteral("APP")}));
}

// rule REC-9 and fresher TIXNGO states against tickets that agree locally (their times must be read).
void TestReconStore::tixngoListAgainstStore_rec9()
{
    Ticket k = ticket(QStringLiteral("T1"), QStringLiteral("E1"), S360Status::Printed, TixngoStatus::Downloaded);
    k.s360StatusChangedAt = at("2026-05-01T10:00:00Z");
    k.tixngoUpdatedAt = at("2026-05-02T10:00:00Z");
    QVERIFY(m_store->upsertTicket(k));
    std::vector<TixngoTicketState> tix(2);
    tix[0].ticketId = QStringLiteral("T1");
    tix[0].status = TixngoStatus::Deleted;
    tix[0].updatedAt = secs("2026-06-01T19:00:00Z");
    tix[1].ticketId = QStringLiteral("GHOST");
    tix[1].status = TixngoStatus::Downloaded;
    ReconOptions o;
    o.now = secs(kNow);
    Reconciler rec(o);
    rec.setTixngoTickets(tix);
    auto r = rec.run(*m_store);
    QVERIFY(r);
    QCOMPARE((*r)->size(), 2);
    QCOMPARE((*r)->at(0).category, Category::DeletedInTixngoOnly);
    QCOMPARE((*r)->age((*r)->at(0)), 3600);
    QCOMPARE((*r)->at(1).category, Category::UnknownToS360);
    QCOMPARE((*r)->ticketId((*r)->at(1)), QStringLiteral("GHOST"));
}

// rule REC-4: the sync engine's processed markers (sync_processed) decide whether a cancel was pushed.
void TestReconStore::syncMarkersDecidePending_rec4()
{
    QVERIFY(m_store->upsertTicket(cancelled(QStringLiteral("PUSHED"), "2026-06-01T12:00:00Z")));
    QVERIFY(m_store->upsertTicket(cancelled(QStringLiteral("NOT-PUSHED"), "2026-06-01T12:00:00Z")));
    ReconOptions o;
    o.now = secs(kNow);
    // Without the sync tables: both are old cancels never pushed.
    const bool hadTable = bool(StorePushLookup::load(*m_store));
    if (!hadTable) {
        auto r = Reconciler(o).run(*m_store);
        QVERIFY(r);
        QCOMPARE((*r)->severityCounts[size_t(Severity::Error)], 2);
    }
    // Same columns as migration v3 of the sync engine.
    QSqlQuery ddl(m_store->database()); // PostgreSQL cannot prepare DDL
    QVERIFY2(
        ddl.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS sync_processed (function TEXT NOT NULL, ticket_id TEXT "
                                "NOT NULL, processed_at TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', run_id "
                                "INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (function, ticket_id))")),
        qPrintable(ddl.lastError().text()));
    QVERIFY(
        m_store->exec(QStringLiteral("INSERT INTO sync_processed (function, ticket_id, processed_at) VALUES (?, ?, ?)"),
            {QStringLiteral("push-cancelled"), QStringLiteral("PUSHED"), QStringLiteral("2026-06-01T21:45:00+02:00")}));
    QVERIFY(
        m_store->exec(QStringLiteral("INSERT INTO sync_processed (function, ticket_id, processed_at) VALUES (?, ?, ?)"),
            {QStringLiteral("push-controlled"), QStringLiteral("NOT-PUSHED"), QStringLiteral("2026-06-01T19:50:00Z")}));
    auto lookup = StorePushLookup::load(*m_store);
    QVERIFY(lookup);
    QCOMPARE((*lookup)->pushedAt(PushLookup::Kind::Deletion, QStringLiteral("PUSHED")), secs("2026-06-01T19:45:00Z"));
    QCOMPARE((*lookup)->pushedAt(PushLookup::Kind::Deletion, QStringLiteral("NOT-PUSHED")), NoTime);
    auto r = Reconciler(o).run(*m_store);
    QVERIFY(r);
    QCOMPARE((*r)->size(), 2);
    for (const Discrepancy &d : (*r)->discrepancies) {
        if ((*r)->ticketId(d) == QLatin1String("PUSHED")) {
            QCOMPARE(d.severity, Severity::Pending);
            QCOMPARE(d.escalatesAt, secs("2026-06-01T20:15:00Z"));
        } else {
            QCOMPARE(d.severity, Severity::Error);
        }
    }
    // Turned off: derived from last_sync_at only.
    o.useSyncMarkers = false;
    r = Reconciler(o).run(*m_store);
    QCOMPARE((*r)->severityCounts[size_t(Severity::Error)], 2);
}

QTEST_GUILESS_MAIN(TestReconStore)
#include "tst_reconstore.moc"
