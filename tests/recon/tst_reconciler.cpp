// The reconciliation engine beyond the mapping: grace periods and escalation with a fixed "now"
// (REC-4, REC-5, REC-6), ages, per-event totals, duplicates, owner drift (REC-8), tickets only
// TIXNGO knows (REC-9), the push lookup, JSON/CSV export. Loading from a store: tst_reconstore.
#include "recon/fixplan.h"
#include "recon/reconciler.h"
#include "recon/reconexport.h"
#include "reconfixtures.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace tixsync;
using namespace tixsync::recon;
using reconfixtures::at;
using reconfixtures::secs;
using reconfixtures::ticket;

namespace {
const char *kNow = "2026-06-01T20:00:00Z";

std::shared_ptr<const ReconResult> reconcile(const QList<Ticket> &tickets, ReconOptions o = {},
    const PushLookup *lookup = nullptr, std::vector<TixngoTicketState> tixngo = {})
{
    TicketSnapshot snap;
    for (const Ticket &t : tickets)
        snap.append(t, o.contactSync);
    if (o.now == NoTime)
        o.now = secs(kNow);
    Reconciler r(o);
    r.setPushLookup(lookup);
    r.setTixngoTickets(std::move(tixngo));
    auto res = r.run(std::move(snap));
    return res ? *res : nullptr;
}

const Discrepancy *find(const ReconResult &r, const QString &id)
{
    for (const Discrepancy &d : r.discrepancies)
        if (r.ticketId(d) == id)
            return &d;
    return nullptr;
}

Ticket cancelled(const QString &id, const char *when, TixngoStatus t = TixngoStatus::Downloaded)
{
    Ticket k = ticket(id, QStringLiteral("E1"), S360Status::Cancelled, t);
    k.s360StatusChangedAt = at(when);
    k.injectedAt = at("2026-05-01T10:00:00Z");
    k.tixngoUpdatedAt = at("2026-05-20T10:00:00Z");
    return k;
}

Ticket controlled(const QString &id, const char *scanned, TixngoStatus t = TixngoStatus::OnlineActivated)
{
    Ticket k = ticket(id, QStringLiteral("E1"), S360Status::Controlled, t);
    k.s360StatusChangedAt = at(scanned);
    k.controlledAt = at(scanned);
    k.tixngoUpdatedAt = at("2026-06-01T19:00:00Z");
    return k;
}
} // namespace

class TestReconciler : public QObject {
    Q_OBJECT
private slots:
    void cancelGrace_rec4_data();
    void cancelGrace_rec4();
    void cancelGraceFromPushLookup_rec4();
    void controlGrace_rec6_data();
    void controlGrace_rec6();
    void deletionStuck_rec5();
    void agesAndExplanations();
    void optionsChangeThresholds();
    void perEventTotals();
    void duplicates();
    void ownerDrift_rec8();
    void unknownToS360_rec9();
    void tixngoStateReplacesOlderLocalState();
    void jsonExport();
    void cancelFlagStops();
    void fixPlanGroupsByFunction_rec10();
};

void TestReconciler::cancelGrace_rec4_data()
{
    QTest::addColumn<QString>("cancelledAt");
    QTest::addColumn<QString>("lastSyncAt");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("escalatesAt");
    // default grace: 30 minutes, now = 20:00
    QTest::newRow("young cancel, not pushed: pending") << "2026-06-01T19:50:00Z"
                                                       << ""
                                                       << "pending"
                                                       << "2026-06-01T20:20:00Z";
    QTest::newRow("cancel 31 min ago, never pushed: error") << "2026-06-01T19:29:00Z"
                                                            << ""
                                                            << "error"
                                                            << "2026-06-01T19:59:00Z";
    QTest::newRow("old cancel, pushed 15 min ago: pending") << "2026-06-01T12:00:00Z"
                                                            << "2026-06-01T19:45:00Z"
                                                            << "pending"
                                                            << "2026-06-01T20:15:00Z";
    QTest::newRow("old cancel, pushed 45 min ago: error") << "2026-06-01T12:00:00Z"
                                                          << "2026-06-01T19:15:00Z"
                                                          << "error"
                                                          << "2026-06-01T19:45:00Z";
    QTest::newRow("sync before the cancel is no push") << "2026-06-01T19:00:00Z"
                                                       << "2026-06-01T18:59:00Z"
                                                       << "error"
                                                       << "2026-06-01T19:30:00Z";
}

// rule REC-4: pending while not pushed yet or the push is younger than the grace period; then error.
void TestReconciler::cancelGrace_rec4()
{
    QFETCH(QString, cancelledAt);
    QFETCH(QString, lastSyncAt);
    QFETCH(QString, severity);
    QFETCH(QString, escalatesAt);
    Ticket k = cancelled(QStringLiteral("T1"), "2026-01-01T00:00:00Z");
    k.s360StatusChangedAt = parseRfc3339(cancelledAt);
    k.lastSyncAt = parseRfc3339(lastSyncAt);
    auto r = reconcile({k});
    QVERIFY(r);
    QCOMPARE(r->size(), 1);
    const Discrepancy &d = r->at(0);
    QCOMPARE(d.category, Category::LiveAfterCancel);
    QCOMPARE(severityCode(d.severity), severity);
    QCOMPARE(d.escalatesAt, parseRfc3339(escalatesAt).toSecsSinceEpoch());
    // The age counts from the cancel: the two sides disagree since then.
    QCOMPARE(r->age(d), secs(kNow) - k.s360StatusChangedAt.toSecsSinceEpoch());
    QCOMPARE(d.fix, FixKind::PushDeletion);
}

// rule REC-4 with the sync engine's markers: the lookup decides; a ticket it does not know falls
// back to last_sync_at.
void TestReconciler::cancelGraceFromPushLookup_rec4()
{
    Ticket a = cancelled(QStringLiteral("A"), "2026-06-01T12:00:00Z"); // never pushed
    Ticket b = cancelled(QStringLiteral("B"), "2026-06-01T12:00:00Z"); // pushed 19:40 per the markers
    b.lastSyncAt = at("2026-06-01T19:55:00Z"); // the markers win
    Ticket c = cancelled(QStringLiteral("C"), "2026-06-01T12:00:00Z"); // unknown to the markers, synced 19:50
    c.lastSyncAt = at("2026-06-01T19:50:00Z");
    Ticket d = cancelled(QStringLiteral("D"), "2026-06-01T12:00:00Z"); // pushed before the cancel: not this one
    MapPushLookup lookup;
    lookup.deletions.insert(QStringLiteral("B"), secs("2026-06-01T19:40:00Z"));
    lookup.deletions.insert(QStringLiteral("D"), secs("2026-06-01T11:00:00Z"));
    lookup.controls.insert(QStringLiteral("A"), secs("2026-06-01T19:59:00Z")); // another kind
    auto r = reconcile({a, b, c, d}, {}, &lookup);
    QVERIFY(r);
    QCOMPARE(find(*r, QStringLiteral("A"))->severity, Severity::Error);
    QCOMPARE(find(*r, QStringLiteral("B"))->severity, Severity::Pending);
    QCOMPARE(find(*r, QStringLiteral("B"))->escalatesAt, secs("2026-06-01T20:10:00Z"));
    QCOMPARE(find(*r, QStringLiteral("C"))->escalatesAt, secs("2026-06-01T20:20:00Z"));
    QCOMPARE(find(*r, QStringLiteral("D"))->severity, Severity::Error);
    // Ten minutes later B escalates.
    ReconOptions later;
    later.now = secs("2026-06-01T20:11:00Z");
    r = reconcile({a, b, c, d}, later, &lookup);
    QCOMPARE(find(*r, QStringLiteral("B"))->severity, Severity::Error);
    QCOMPARE(r->severityCounts[size_t(Severity::Error)], 3);
}

void TestReconciler::controlGrace_rec6_data()
{
    QTest::addColumn<QString>("scannedAt");
    QTest::addColumn<int>("tixngo");
    QTest::addColumn<QString>("severity");
    // default grace: 15 minutes
    QTest::newRow("scanned 5 min ago, still ONLINE_ACTIVATED")
        << "2026-06-01T19:55:00Z" << int(TixngoStatus::OnlineActivated) << "pending";
    QTest::newRow("scanned 20 min ago, still ONLINE_ACTIVATED")
        << "2026-06-01T19:40:00Z" << int(TixngoStatus::OnlineActivated) << "error";
    QTest::newRow("scanned 20 min ago, DOWNLOADED")
        << "2026-06-01T19:40:00Z" << int(TixngoStatus::Downloaded) << "error";
    QTest::newRow("scanned, feedback says CONTROLLED") << "2026-06-01T19:40:00Z" << int(TixngoStatus::Controlled) << "";
}

// rule REC-6 (and MAP-3): …_ACTIVATED until feedback, then CONTROLLED; pending, then error.
void TestReconciler::controlGrace_rec6()
{
    QFETCH(QString, scannedAt);
    QFETCH(int, tixngo);
    QFETCH(QString, severity);
    Ticket k = controlled(QStringLiteral("T1"), "2026-01-01T00:00:00Z", TixngoStatus(tixngo));
    k.controlledAt = parseRfc3339(scannedAt);
    auto r = reconcile({k});
    QVERIFY(r);
    if (severity.isEmpty()) {
        QCOMPARE(r->size(), 0);
        return;
    }
    QCOMPARE(r->size(), 1);
    QCOMPARE(r->at(0).category, Category::ControlNotPropagated);
    QCOMPARE(severityCode(r->at(0).severity), severity);
    QCOMPARE(r->age(r->at(0)), secs(kNow) - k.controlledAt.toSecsSinceEpoch());
    QCOMPARE(r->at(0).fix, FixKind::PushControl);
}

// rule REC-5: DELETION_PENDING is expected for a while; past the threshold it is stuck (warning).
void TestReconciler::deletionStuck_rec5()
{
    Ticket young = cancelled(QStringLiteral("YOUNG"), "2026-05-30T10:00:00Z", TixngoStatus::DeletionPending);
    young.tixngoUpdatedAt = at("2026-05-31T21:00:00Z"); // 23 h
    Ticket old = cancelled(QStringLiteral("OLD"), "2026-05-30T10:00:00Z", TixngoStatus::DeletionPending);
    old.tixngoUpdatedAt = at("2026-05-31T19:00:00Z"); // 25 h
    Ticket done = cancelled(QStringLiteral("DONE"), "2026-05-30T10:00:00Z", TixngoStatus::Deleted);
    auto r = reconcile({young, old, done});
    QVERIFY(r);
    QCOMPARE(r->size(), 1);
    const Discrepancy &d = r->at(0);
    QCOMPARE(r->ticketId(d), QStringLiteral("OLD"));
    QCOMPARE(d.category, Category::DeletionStuck);
    QCOMPARE(d.severity, Severity::Warning);
    QCOMPARE(r->age(d), 25 * 3600);
    QCOMPARE(d.fix, FixKind::RefreshFromTixngo);
}

void TestReconciler::agesAndExplanations()
{
    Ticket gone = ticket(QStringLiteral("GONE"), QStringLiteral("E1"), S360Status::Printed, TixngoStatus::Deleted);
    gone.s360StatusChangedAt = at("2026-05-01T10:00:00Z");
    gone.tixngoUpdatedAt = at("2026-06-01T17:00:00Z");
    Ticket lost = ticket(QStringLiteral("LOST"), QStringLiteral("E1"), S360Status::Printed);
    lost.s360StatusChangedAt = at("2026-06-01T18:00:00Z");
    Ticket noTimes
        = ticket(QStringLiteral("NOTIME"), QStringLiteral("E1"), S360Status::NotPrinted, TixngoStatus::Downloaded);
    auto r = reconcile({gone, lost, noTimes});
    QVERIFY(r);
    QCOMPARE(r->size(), 3);
    // rule REC-3: since the deletion in TIXNGO (the later side).
    const Discrepancy *d = find(*r, QStringLiteral("GONE"));
    QCOMPARE(d->category, Category::DeletedInTixngoOnly);
    QCOMPARE(r->age(*d), 3 * 3600);
    QCOMPARE(d->fix, FixKind::ReprintAndInject); // not re-inject: TIXNGO keeps a deleted id deleted
    const QString text = r->explanation(*d);
    QVERIFY2(text.contains(QLatin1String("S-360 says PRINTED")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("TIXNGO says DELETED")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Expected:")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("reprint")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("TIXNGO_DELETED")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("id:GONE")), qPrintable(text));
    // rule REC-2
    d = find(*r, QStringLiteral("LOST"));
    QCOMPARE(d->category, Category::MissingInTixngo);
    QCOMPARE(r->age(*d), 2 * 3600);
    QVERIFY(r->explanation(*d).contains(QLatin1String("TIXNGO does not have it")));
    // rule REC-1, no time known: the age is unknown, not zero.
    d = find(*r, QStringLiteral("NOTIME"));
    QCOMPARE(d->category, Category::ShouldNotExist);
    QCOMPARE(r->age(*d), -1);
    QCOMPARE(formatAge(-1), QStringLiteral("–"));
    QCOMPARE(formatAge(3 * 3600 + 5 * 60), QStringLiteral("3 h 5 min"));
}

void TestReconciler::optionsChangeThresholds()
{
    Ticket k = cancelled(QStringLiteral("T1"), "2026-06-01T19:00:00Z");
    ReconOptions o;
    o.cancelGraceMinutes = 90;
    auto r = reconcile({k}, o);
    QCOMPARE(r->at(0).severity, Severity::Pending);
    QCOMPARE(r->at(0).escalatesAt, secs("2026-06-01T20:30:00Z"));
    o.cancelGraceMinutes = 0;
    r = reconcile({k}, o);
    QCOMPARE(r->at(0).severity, Severity::Error);

    Ticket p = cancelled(QStringLiteral("P"), "2026-06-01T10:00:00Z", TixngoStatus::DeletionPending);
    p.tixngoUpdatedAt = at("2026-06-01T19:00:00Z");
    o.deletionStuckMinutes = 30;
    r = reconcile({p}, o);
    QCOMPARE(r->size(), 1);
    QCOMPARE(r->at(0).category, Category::DeletionStuck);
    o.deletionStuckMinutes = 120;
    r = reconcile({p}, o);
    QCOMPARE(r->size(), 0);
}

void TestReconciler::perEventTotals()
{
    QList<Ticket> tickets;
    // E2: 1 error; E1: 2 errors and one pending; E3: clean, E4: one warning.
    tickets << ticket(QStringLiteral("a1"), QStringLiteral("E1"), S360Status::Printed)
            << ticket(QStringLiteral("a2"), QStringLiteral("E1"), S360Status::NotPrinted, TixngoStatus::Injected)
            << cancelled(QStringLiteral("a3"), "2026-06-01T19:55:00Z")
            << ticket(QStringLiteral("a4"), QStringLiteral("E1"), S360Status::Printed, TixngoStatus::Downloaded)
            << ticket(QStringLiteral("b1"), QStringLiteral("E2"), S360Status::Printed)
            << ticket(QStringLiteral("c1"), QStringLiteral("E3"), S360Status::Printed, TixngoStatus::Downloaded)
            << ticket(QStringLiteral("d1"), QStringLiteral("E4"), S360Status::Printed, TixngoStatus::Controlled);
    auto r = reconcile(tickets);
    QVERIFY(r);
    QCOMPARE(r->ticketCount, 7);
    QCOMPARE(r->events.size(), 4);
    QStringList order;
    for (const EventTotals &e : r->events)
        order << e.eventId;
    QCOMPARE(
        order, (QStringList{QStringLiteral("E1"), QStringLiteral("E2"), QStringLiteral("E4"), QStringLiteral("E3")}));
    const EventTotals &e1 = r->events[0];
    QCOMPARE(e1.tickets, 4);
    QCOMPARE(e1.bySeverity[size_t(Severity::Error)], 2);
    QCOMPARE(e1.bySeverity[size_t(Severity::Pending)], 1);
    QCOMPARE(e1.byCategory[size_t(Category::MissingInTixngo)], 1);
    QCOMPARE(e1.byCategory[size_t(Category::ShouldNotExist)], 1);
    QCOMPARE(e1.byCategory[size_t(Category::LiveAfterCancel)], 1);
    QCOMPARE(e1.total(), 3);
    QCOMPARE(r->events[2].bySeverity[size_t(Severity::Warning)], 1);
    QCOMPARE(r->events[3].total(), 0);
    QCOMPARE(r->events[3].tickets, 1);
    QVERIFY(r->hasSeverityAtLeast(Severity::Error));
}

void TestReconciler::duplicates()
{
    Ticket a = ticket(QStringLiteral("A"), QStringLiteral("E1"), S360Status::Printed, TixngoStatus::Downloaded);
    Ticket b = ticket(QStringLiteral("B"), QStringLiteral("E2"), S360Status::Printed, TixngoStatus::Downloaded);
    b.barcode = a.barcode; // same barcode on two tickets
    Ticket c = ticket(QStringLiteral("C"), QStringLiteral("E1"), S360Status::Printed, TixngoStatus::Downloaded);
    Ticket c2 = c; // same ticket id twice (in-memory source, no primary key)
    c2.barcode = QStringLiteral("OTHER");
    Ticket e = ticket(QStringLiteral("E"), QStringLiteral("E1"), S360Status::Printed, TixngoStatus::Downloaded);
    e.barcode.clear(); // empty barcodes are not duplicates of each other
    Ticket f = e;
    f.ticketId = QStringLiteral("F");
    std::vector<TixngoTicketState> tix(2);
    tix[0].ticketId = tix[1].ticketId = QStringLiteral("X9");
    auto r = reconcile({a, b, c, c2, e, f}, {}, nullptr, tix);
    QVERIFY(r);
    QCOMPARE(r->duplicateGroups, 3);
    QCOMPARE(r->duplicates.size(), 3);
    bool barcode = false, id = false, tixId = false;
    for (const Duplicate &d : r->duplicates) {
        if (d.kind == Duplicate::Kind::Barcode) {
            barcode = true;
            QCOMPARE(d.value, a.barcode);
            QCOMPARE(d.ticketIds, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
            QCOMPARE(d.eventIds, (QStringList{QStringLiteral("E1"), QStringLiteral("E2")}));
        } else if (d.kind == Duplicate::Kind::TicketId) {
            id = true;
            QCOMPARE(d.value, QStringLiteral("C"));
            QCOMPARE(d.ticketIds.size(), 2);
        } else {
            tixId = true;
            QCOMPARE(d.value, QStringLiteral("X9"));
        }
    }
    QVERIFY(barcode && id && tixId);
    ReconOptions off;
    off.detectDuplicates = false;
    QCOMPARE(reconcile({a, b}, off)->duplicates.size(), 0);
}

// rule REC-8: only with contact sync, only when no transfer is pending.
void TestReconciler::ownerDrift_rec8()
{
    Ticket k = ticket(QStringLiteral("T1"), QStringLiteral("E1"), S360Status::Printed, TixngoStatus::Transferred);
    k.contact.email = QStringLiteral("anna@example.org");
    k.tixngoOwner.email = QStringLiteral("ben@example.org");
    k.tixngoUpdatedAt = at("2026-06-01T19:00:00Z");
    Ticket same = k;
    same.ticketId = QStringLiteral("T2");
    same.barcode = QStringLiteral("BC-T2");
    same.tixngoOwner.email = QStringLiteral("ANNA@example.org");
    Ticket pending = k;
    pending.ticketId = QStringLiteral("T3");
    pending.barcode = QStringLiteral("BC-T3");
    pending.tixngoStatus = TixngoStatus::PendingTransfer;
    Ticket byName = k;
    byName.ticketId = QStringLiteral("T4");
    byName.barcode = QStringLiteral("BC-T4");
    byName.contact = {};
    byName.contact.firstName = QStringLiteral("Anna");
    byName.contact.lastName = QStringLiteral("Muster");
    byName.tixngoOwner = {};
    byName.tixngoOwner.firstName = QStringLiteral("Anna");
    byName.tixngoOwner.lastName = QStringLiteral("Meier");

    QCOMPARE(reconcile({k, same, pending, byName})->size(), 0); // contact sync off
    ReconOptions o;
    o.contactSync = true;
    auto r = reconcile({k, same, pending, byName}, o);
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->ticketId(r->at(0)), QStringLiteral("T1"));
    QCOMPARE(r->ticketId(r->at(1)), QStringLiteral("T4"));
    QCOMPARE(r->at(0).category, Category::OwnerDrift);
    QCOMPARE(r->at(0).severity, Severity::Info);
    QCOMPARE(r->age(r->at(0)), 3600);
    QVERIFY(!r->hasSeverityAtLeast(Severity::Warning));
}

// rule REC-9: a TIXNGO ticket id S-360 does not have.
void TestReconciler::unknownToS360_rec9()
{
    Ticket k = ticket(QStringLiteral("T1"), QStringLiteral("E1"), S360Status::Printed, TixngoStatus::Downloaded);
    std::vector<TixngoTicketState> tix(4);
    tix[0].ticketId = QStringLiteral("T1"); // known
    tix[0].status = TixngoStatus::Downloaded;
    tix[1].ticketId = QStringLiteral("GHOST");
    tix[1].eventId = QStringLiteral("E1");
    tix[1].status = TixngoStatus::Transferred;
    tix[1].updatedAt = secs("2026-06-01T19:30:00Z");
    tix[2].ticketId = QStringLiteral("GONE"); // deleted: in no wallet, not reported
    tix[2].status = TixngoStatus::Deleted;
    tix[3].ticketId = QStringLiteral("OTHER-EVENT");
    tix[3].eventId = QStringLiteral("E9");
    tix[3].status = TixngoStatus::Injected;
    auto r = reconcile({k}, {}, nullptr, tix);
    QVERIFY(r);
    QCOMPARE(r->size(), 2);
    const Discrepancy *d = find(*r, QStringLiteral("GHOST"));
    QVERIFY(d);
    QCOMPARE(d->category, Category::UnknownToS360);
    QCOMPARE(d->severity, Severity::Error);
    QCOMPARE(r->eventId(*d), QStringLiteral("E1"));
    QVERIFY(!r->s360Status(*d));
    QCOMPARE(r->tixngoStatus(*d), TixngoStatus::Transferred);
    QCOMPARE(r->age(*d), 30 * 60);
    QVERIFY(r->explanation(*d).contains(QLatin1String("S-360 has no ticket")));
    // Unknown tickets count for their event; an event only TIXNGO knows appears in the totals.
    QCOMPARE(r->events.size(), 2);
    QCOMPARE(r->counts[size_t(Category::UnknownToS360)], 2);
    // Restricted to one event, the other event's tickets are not "unknown".
    ReconOptions one;
    one.eventId = QStringLiteral("E1");
    r = reconcile({k}, one, nullptr, tix);
    QCOMPARE(r->size(), 1);
    QCOMPARE(r->ticketId(r->at(0)), QStringLiteral("GHOST"));
}

void TestReconciler::tixngoStateReplacesOlderLocalState()
{
    Ticket k = ticket(QStringLiteral("T1"), QStringLiteral("E1"), S360Status::Printed, TixngoStatus::Downloaded);
    k.tixngoUpdatedAt = at("2026-06-01T18:00:00Z");
    std::vector<TixngoTicketState> tix(1);
    tix[0].ticketId = QStringLiteral("T1");
    tix[0].status = TixngoStatus::Deleted;
    tix[0].updatedAt = secs("2026-06-01T19:00:00Z");
    auto r = reconcile({k}, {}, nullptr, tix);
    QCOMPARE(r->size(), 1);
    QCOMPARE(r->at(0).category, Category::DeletedInTixngoOnly);
    // An older TIXNGO state does not win over the local one.
    tix[0].updatedAt = secs("2026-06-01T17:00:00Z");
    r = reconcile({k}, {}, nullptr, tix);
    QCOMPARE(r->size(), 0);
}

void TestReconciler::jsonExport()
{
    Ticket k = cancelled(QStringLiteral("T\"1"), "2026-06-01T19:50:00Z");
    auto r = reconcile({k, ticket(QStringLiteral("T2"), QStringLiteral("E2"), S360Status::Printed)});
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    QVERIFY(writeJson(&buf, *r));
    QJsonParseError err;
    const QJsonObject o = QJsonDocument::fromJson(buf.data(), &err).object();
    QCOMPARE(err.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QLatin1String("counts")).toObject().size(), CategoryCount);
    QCOMPARE(o.value(QLatin1String("counts")).toObject().value(QLatin1String("LIVE_AFTER_CANCEL")).toInt(), 1);
    const QJsonArray list = o.value(QLatin1String("discrepancies")).toArray();
    QCOMPARE(list.size(), 2);
    const QJsonObject first = list.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("ticketId")).toString(), QStringLiteral("T\"1"));
    QCOMPARE(first.value(QLatin1String("severity")).toString(), QStringLiteral("pending"));
    QCOMPARE(first.value(QLatin1String("s360Status")).toString(), QStringLiteral("CANCELLED"));
    QCOMPARE(first.value(QLatin1String("tixngoStatus")).toString(), QStringLiteral("DOWNLOADED"));
    QCOMPARE(first.value(QLatin1String("age")).toInt(), 600);
    QVERIFY(first.value(QLatin1String("explanation")).toString().contains(QLatin1String("Fix:")));
    QVERIFY(list.at(1).toObject().value(QLatin1String("tixngoStatus")).isNull());

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QVERIFY(writeCsv(&csv, *r));
    const QList<QByteArray> lines = csv.data().split('\n');
    QCOMPARE(lines.size(), 4); // header, two rows, trailing empty
    QVERIFY(lines[1].startsWith("\"T\"\"1\",E1,"));
}

void TestReconciler::cancelFlagStops()
{
    std::atomic<bool> stop{true};
    ReconOptions o;
    o.cancel = &stop;
    TicketSnapshot snap;
    snap.append(ticket(QStringLiteral("T1"), QStringLiteral("E1"), S360Status::Printed));
    auto r = Reconciler(o).run(std::move(snap));
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("RECON_CANCELLED"));
}

// rule REC-10 (the hand-over half): each selected discrepancy goes to the function that fixes it,
// as a force list the interface functions understand.
void TestReconciler::fixPlanGroupsByFunction_rec10()
{
    auto r = reconcile({ticket(QStringLiteral("MISS"), QStringLiteral("E1"), S360Status::Printed),
        cancelled(QStringLiteral("LAC1"), "2026-06-01T10:00:00Z"),
        ticket(QStringLiteral("SNE"), QStringLiteral("E1"), S360Status::NotPrinted, TixngoStatus::Injected),
        controlled(QStringLiteral("CTL"), "2026-06-01T10:00:00Z"),
        ticket(QStringLiteral("CO"), QStringLiteral("E1"), S360Status::Printed, TixngoStatus::Controlled)});
    QCOMPARE(r->size(), 5);
    const QList<qsizetype> all{0, 1, 2, 3, 4, 1, 99};
    FixPlan plan = planFixes(*r, all);
    QCOMPARE(plan.batches.size(), 4);
    QCOMPARE(plan.batches[0].fix, FixKind::Reinject);
    QCOMPARE(plan.batches[0].ticketIds, QStringList{QStringLiteral("MISS")});
    QCOMPARE(plan.batches[1].fix, FixKind::PushDeletion);
    QCOMPARE(plan.batches[1].ticketIds, (QStringList{QStringLiteral("LAC1"), QStringLiteral("SNE")}));
    QCOMPARE(plan.batches[1].forceList(), QStringLiteral("id:LAC1, id:SNE"));
    QCOMPARE(plan.batches[2].fix, FixKind::PushControl);
    QCOMPARE(plan.batches[3].fix, FixKind::RefreshFromTixngo);
    QCOMPARE(plan.batches[3].ticketIds, QStringList{QStringLiteral("CO")});
    QCOMPARE(plan.ticketCount(), 5);
    QVERIFY(plan.notApplicable.isEmpty());
    // Everything on the skip list: every category offers it.
    plan = planFixes(*r, all, FixKind::SkipList);
    QCOMPARE(plan.batches.size(), 1);
    QCOMPARE(plan.batches[0].ticketIds.size(), 5);
    // Re-inject is not a fix for a cancelled or controlled-only ticket.
    plan = planFixes(*r, all, FixKind::Reinject);
    QCOMPARE(plan.ticketCount(), 1);
    QCOMPARE(plan.notApplicable.size(), 5); // LAC1 twice, SNE, CTL, CO
}

QTEST_GUILESS_MAIN(TestReconciler)
#include "tst_reconciler.moc"
