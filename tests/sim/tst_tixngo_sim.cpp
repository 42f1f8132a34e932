// End-to-end tests of the TIXNGO simulator: the real binary on a free port, real HTTP.
#include "simprocess.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

QJsonObject validTicket(const QString &id, const QString &eventName = QStringLiteral("Geneva - Basel"))
{
    return QJsonObject{
        {QStringLiteral("ticketId"), id},
        {QStringLiteral("taxNumber"), QString(QStringLiteral("123000") + id.right(3))},
        {QStringLiteral("event"),
            QJsonObject{{QStringLiteral("id"), QStringLiteral("EV-1")}, {QStringLiteral("name"), eventName},
                {QStringLiteral("startTime"), QStringLiteral("2030-06-01T20:00:00+02:00")},
                {QStringLiteral("expirationDate"), QStringLiteral("2030-06-02T02:00:00+02:00")},
                {QStringLiteral("address"),
                    QJsonObject{{QStringLiteral("site"), QStringLiteral("Stade de Genève")},
                        {QStringLiteral("city"), QStringLiteral("Genève")},
                        {QStringLiteral("countryCode"), QStringLiteral("CH")},
                        {QStringLiteral("zip"), QStringLiteral("1213")}}}}},
        {QStringLiteral("purchaseDetails"),
            QJsonObject{{QStringLiteral("price"), 45.5}, {QStringLiteral("currency"), QStringLiteral("CHF")},
                {QStringLiteral("category"), QStringLiteral("Cat 1")}}},
        {QStringLiteral("security"), QJsonObject{{QStringLiteral("barcode"), QString(QStringLiteral("BC") + id)}}},
        {QStringLiteral("spectatorDetails"),
            QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Ada")},
                {QStringLiteral("lastName"), QStringLiteral("Muster")},
                {QStringLiteral("email"), QStringLiteral("ada@example.org")},
                {QStringLiteral("gender"), QStringLiteral("F")}, {QStringLiteral("mainApplicant"), true}}},
        {QStringLiteral("activationParameters"),
            QJsonObject{{QStringLiteral("groupId"), QStringLiteral("G1")},
                {QStringLiteral("method"), QStringLiteral("online")},
                {QStringLiteral("time"), QStringLiteral("2030-06-01T18:00:00Z")}}},
        {QStringLiteral("ticketDetails"),
            QJsonObject{{QStringLiteral("main"),
                QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("Gate")},
                    {QStringLiteral("value"), QStringLiteral("A")}}}}}},
    };
}

/// Sets (or, for an undefined value, removes) a dotted path inside a JSON object.
void setPath(QJsonObject &o, QStringList path, const QJsonValue &value)
{
    const QString head = path.takeFirst();
    if (path.isEmpty()) {
        if (value.isUndefined())
            o.remove(head);
        else
            o.insert(head, value);
        return;
    }
    QJsonObject child = o.value(head).toObject();
    setPath(child, path, value);
    o.insert(head, child);
}

QJsonObject batch(const QJsonArray &tickets)
{
    return QJsonObject{{QStringLiteral("tickets"), tickets}};
}

QJsonObject batch(const QJsonObject &ticket)
{
    return batch(QJsonArray{ticket});
}

QJsonObject firstResult(const HttpResult &r)
{
    return r.json().value(QLatin1String("results")).toArray().at(0).toObject();
}

} // namespace

class TstTixngoSim final : public QObject {
    Q_OBJECT

private slots:
    void cleanupTestCase() { m_shared.reset(); }
    void firstLineIsTheInterfaceUrl();
    void wrongOrMissingKeyIs401(); // rule API-2
    void validation_data();
    void validation();
    void multilingualFieldsAreAccepted();
    void reinjectionIsAnUpdate(); // rule INJ-12
    void deletionLifecycle(); // rule PC-10
    void controlIsIdempotent(); // rule CT-4
    void readOneTicket();
    void malformedRequestIs400(); // rule API-3
    void oversizedBatchIs413(); // rule API-4
    void diffFeedPagesAndReplays(); // rule API-10
    void forcedStatusAppearsInFeed();
    void seedPlacesTicketsInTheirStatus();
    void spectatorActivityMovesTickets();
    void statusLogReport();
    void faultsFromCommandLine(); // rule API-6
    void faultsAtRunTime(); // rules API-5, API-6, API-7
    void stateSurvivesRestart();
    void noPayloadsKeepsStatusOnly();
    void badArgumentsAreRefused();

private:
    std::unique_ptr<SimProcess> m_shared;
    void startSim(SimProcess &sim, const QStringList &args = {})
    {
        QVERIFY2(sim.start(args), qPrintable(sim.lastError));
    }
};

void TstTixngoSim::firstLineIsTheInterfaceUrl()
{
    SimProcess sim;
    startSim(sim);
    QVERIFY(sim.firstLine.startsWith(QLatin1String("listening on http://127.0.0.1:")));
    QVERIFY(sim.url.port() > 0);
    QVERIFY(sim.url.path().endsWith(QLatin1String("organizer/tickets")));
    // Two simulators get two different free ports.
    SimProcess other;
    startSim(other);
    QVERIFY(other.url.port() != sim.url.port());
}

void TstTixngoSim::wrongOrMissingKeyIs401()
{
    SimProcess sim;
    startSim(sim);
    const QByteArray body = QJsonDocument(batch(validTicket(QStringLiteral("K-1")))).toJson();
    // rule API-2: no key, wrong key → 401 with the documented error body
    for (const QByteArray &key : {QByteArray(), QByteArray("wrong-key")}) {
        const HttpResult r = sim.call("POST", sim.url, body, key);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
            QStringLiteral("UNAUTHORIZED"));
        QVERIFY(!r.body.contains(SimProcess::kKey));
    }
    // The key in Authorization: Bearer is accepted too.
    const HttpResult bearer
        = sim.call("POST", sim.url, body, QByteArray("Bearer ") + SimProcess::kKey, "Authorization");
    QCOMPARE(bearer.status, 200);
    QCOMPARE(firstResult(bearer).value(QLatin1String("status")).toString(), QStringLiteral("INJECTED"));
    // Nothing was injected by the refused calls; the sim extras need the key as well.
    QCOMPARE(sim.call("GET", sim.sim(QStringLiteral("/_sim/tickets")), {}, "wrong").status, 401);
    QCOMPARE(
        sim.get(sim.sim(QStringLiteral("/_sim/tickets"))).json().value(QLatin1String("tickets")).toArray().size(), 1);
}

void TstTixngoSim::validation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value"); // undefined = remove the field
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QJsonValue gone(QJsonValue::Undefined);

    // rule PAY-1: the six required parts
    for (const char *part :
        {"ticketId", "event", "purchaseDetails", "security", "spectatorDetails", "activationParameters"})
        QTest::addRow("PAY-1 missing %s", part)
            << QString::fromLatin1(part) << gone << QStringLiteral("MISSING_FIELD") << QString::fromLatin1(part);
    QTest::newRow("PAY-1 event not an object") << QStringLiteral("event") << QJsonValue(QStringLiteral("EV-1"))
                                               << QStringLiteral("INVALID_VALUE") << QStringLiteral("event");
    QTest::newRow("PAY-1 event.id") << QStringLiteral("event.id") << gone << QStringLiteral("MISSING_FIELD")
                                    << QStringLiteral("event.id");
    QTest::newRow("PAY-1 event.name") << QStringLiteral("event.name") << gone << QStringLiteral("MISSING_FIELD")
                                      << QStringLiteral("event.name");
    QTest::newRow("PAY-1 event.startTime") << QStringLiteral("event.startTime") << gone
                                           << QStringLiteral("MISSING_FIELD") << QStringLiteral("event.startTime");
    QTest::newRow("PAY-1 security.barcode") << QStringLiteral("security.barcode") << gone
                                            << QStringLiteral("MISSING_FIELD") << QStringLiteral("security.barcode");

    // rule PAY-2: lengths of §5.1
    struct Len {
        const char *path;
        int max;
    };
    for (const Len l : {Len{"ticketId", 256}, Len{"taxNumber", 256}, Len{"fileId", 256}, Len{"sortingKey", 256},
             Len{"security.barcode", 512}, Len{"purchaseDetails.currency", 20}, Len{"purchaseDetails.category", 512},
             Len{"spectatorDetails.firstName", 50}, Len{"spectatorDetails.lastName", 100},
             Len{"spectatorDetails.email", 256}, Len{"event.id", 256}, Len{"event.name", 128},
             Len{"event.group.name", 128}, Len{"event.group.image", 256}, Len{"event.address.site", 200},
             Len{"event.address.line2", 200}, Len{"event.address.zip", 200}, Len{"activationParameters.groupId", 50},
             Len{"activationParameters.instanceId", 128}}) {
        QTest::addRow("PAY-2 %s at max", l.path)
            << QString::fromLatin1(l.path) << QJsonValue(QString(l.max, u'9')) << QString() << QString();
        QTest::addRow("PAY-2 %s too long", l.path)
            << QString::fromLatin1(l.path) << QJsonValue(QString(l.max + 1, u'9')) << QStringLiteral("FIELD_TOO_LONG")
            << QString::fromLatin1(l.path);
    }
    // Characters, not bytes: 128 accented letters fit event.name.
    QTest::newRow("PAY-2 counts characters")
        << QStringLiteral("event.name") << QJsonValue(QString(128, u'é')) << QString() << QString();

    // rule PAY-3: ticket id characters
    QTest::newRow("PAY-3 allowed specials")
        << QStringLiteral("ticketId") << QJsonValue(QStringLiteral("Ab 9*.-_+/()")) << QString() << QString();
    for (const char *bad : {"T#1", "T,1", "T\"1", "Tü1", "T:1"})
        QTest::addRow("PAY-3 %s", bad) << QStringLiteral("ticketId") << QJsonValue(QString::fromUtf8(bad))
                                       << QStringLiteral("INVALID_CHARACTERS") << QStringLiteral("ticketId");

    // rule PAY-4: RFC 3339 dates
    for (const char *ok : {"2022-12-12T16:11:00Z", "2020-01-01T20:00:00+01:00", "2020-01-01T20:00:00.250-05:30"})
        QTest::addRow("PAY-4 ok %s", ok) << QStringLiteral("event.startTime") << QJsonValue(QString::fromLatin1(ok))
                                         << QString() << QString();
    for (const char *bad : {"2022-12-12 16:11", "12/12/22 16:11", "2022-12-12T16:11:00", "2022-02-30T10:00:00Z",
             "2022-12-12T25:00:00Z", "2022-12-12"})
        QTest::addRow("PAY-4 startTime %s", bad)
            << QStringLiteral("event.startTime") << QJsonValue(QString::fromLatin1(bad))
            << QStringLiteral("INVALID_DATE") << QStringLiteral("event.startTime");
    QTest::newRow("PAY-4 expirationDate")
        << QStringLiteral("event.expirationDate") << QJsonValue(QStringLiteral("tomorrow"))
        << QStringLiteral("INVALID_DATE") << QStringLiteral("event.expirationDate");
    QTest::newRow("PAY-4 activation time")
        << QStringLiteral("activationParameters.time") << QJsonValue(1234) << QStringLiteral("INVALID_DATE")
        << QStringLiteral("activationParameters.time");

    // rule PAY-5: gender
    for (const char *g : {"M", "F", "U", "X"})
        QTest::addRow("PAY-5 gender %s", g)
            << QStringLiteral("spectatorDetails.gender") << QJsonValue(QLatin1String(g)) << QString() << QString();
    for (const char *g : {"m", "W", "MALE", ""})
        QTest::addRow("PAY-5 gender '%s'", g)
            << QStringLiteral("spectatorDetails.gender") << QJsonValue(QLatin1String(g))
            << QStringLiteral("INVALID_VALUE") << QStringLiteral("spectatorDetails.gender");

    // rule PAY-6: the address parts
    for (const char *part : {"site", "city", "countryCode", "zip"})
        QTest::addRow("PAY-6 address.%s", part)
            << QStringLiteral("event.address.") + QLatin1String(part) << gone << QStringLiteral("MISSING_FIELD")
            << QStringLiteral("event.address.") + QLatin1String(part);
    QTest::newRow("PAY-6 no address") << QStringLiteral("event.address") << gone << QStringLiteral("MISSING_FIELD")
                                      << QStringLiteral("event.address");

    // Other values of §5.1
    QTest::newRow("method offline") << QStringLiteral("activationParameters.method")
                                    << QJsonValue(QStringLiteral("offline")) << QString() << QString();
    QTest::newRow("method bluetooth") << QStringLiteral("activationParameters.method")
                                      << QJsonValue(QStringLiteral("bluetooth")) << QStringLiteral("INVALID_VALUE")
                                      << QStringLiteral("activationParameters.method");
    QTest::newRow("price text") << QStringLiteral("purchaseDetails.price") << QJsonValue(QStringLiteral("12"))
                                << QStringLiteral("INVALID_VALUE") << QStringLiteral("purchaseDetails.price");
    QTest::newRow("mainApplicant text") << QStringLiteral("spectatorDetails.mainApplicant")
                                        << QJsonValue(QStringLiteral("yes")) << QStringLiteral("INVALID_VALUE")
                                        << QStringLiteral("spectatorDetails.mainApplicant");
}

void TstTixngoSim::validation()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    QFETCH(QString, field);
    if (!m_shared) { // one simulator for all rows
        m_shared = std::make_unique<SimProcess>();
        QVERIFY2(m_shared->start(), qPrintable(m_shared->lastError));
    }
    SimProcess *sim = m_shared.get();
    QJsonObject t = validTicket(QStringLiteral("V-1"));
    setPath(t, path.split(QLatin1Char('.')), value);
    // A valid neighbour in the same batch is accepted: errors are per ticket.
    const HttpResult r = sim->post(sim->url, batch(QJsonArray{t, validTicket(QStringLiteral("OK-1"))}));
    QCOMPARE(r.status, 200);
    const QJsonArray results = r.json().value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 2);
    const QJsonObject result = results.at(0).toObject();
    if (code.isEmpty()) {
        QVERIFY2(!result.contains(QLatin1String("error")), QJsonDocument(result).toJson().constData());
        QVERIFY(!result.value(QLatin1String("status")).toString().isEmpty());
    } else {
        const QJsonObject error = result.value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("code")).toString(), code);
        QCOMPARE(error.value(QLatin1String("field")).toString(), field);
        QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
        QVERIFY(!result.contains(QLatin1String("status")));
    }
    QCOMPARE(results.at(1).toObject().value(QLatin1String("ticketId")).toString(), QStringLiteral("OK-1"));
    QVERIFY(results.at(1).toObject().contains(QLatin1String("status")));
}

void TstTixngoSim::multilingualFieldsAreAccepted()
{
    SimProcess sim;
    startSim(sim);
    QJsonObject t = validTicket(QStringLiteral("ML-1"));
    setPath(t, {QStringLiteral("event"), QStringLiteral("name")},
        QJsonObject{{QStringLiteral("en"), QStringLiteral("Final")}, {QStringLiteral("fr"), QStringLiteral("Finale")}});
    QJsonObject t2 = validTicket(QStringLiteral("ML-2"));
    setPath(
        t2, {QStringLiteral("event"), QStringLiteral("name")}, QJsonObject{{QStringLiteral("en"), QString(129, u'x')}});
    const QJsonArray results
        = sim.post(sim.url, batch(QJsonArray{t, t2})).json().value(QLatin1String("results")).toArray();
    QCOMPARE(results.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("INJECTED"));
    // rule PAY-2: each translation is held to the limit
    QCOMPARE(results.at(1).toObject().value(QLatin1String("error")).toObject().value(QLatin1String("field")).toString(),
        QStringLiteral("event.name.en"));
}

void TstTixngoSim::reinjectionIsAnUpdate()
{
    SimProcess sim;
    startSim(sim);
    QCOMPARE(firstResult(sim.post(sim.url, batch(validTicket(QStringLiteral("R-1")))))
                 .value(QLatin1String("status"))
                 .toString(),
        QStringLiteral("INJECTED"));
    // The spectator downloads it; a re-injection with a new event name is an update, not an
    // error, and does not reset the status (rule INJ-12).
    QCOMPARE(sim.post(sim.sim(QStringLiteral("/_sim/tickets/R-1/status")),
                    QJsonObject{{QStringLiteral("status"), QStringLiteral("DOWNLOADED")}})
                 .status,
        200);
    const HttpResult again
        = sim.post(sim.url, batch(validTicket(QStringLiteral("R-1"), QStringLiteral("Renamed final"))));
    QCOMPARE(again.status, 200);
    QVERIFY(!firstResult(again).contains(QLatin1String("error")));
    QCOMPARE(firstResult(again).value(QLatin1String("status")).toString(), QStringLiteral("DOWNLOADED"));
    QCOMPARE(sim.get(sim.api(QStringLiteral("/R-1"))).json().value(QLatin1String("status")).toString(),
        QStringLiteral("DOWNLOADED"));
    // One event, updated by the later injection.
    const QJsonObject dump = sim.get(sim.sim(QStringLiteral("/_sim/tickets"))).json();
    const QJsonArray events = dump.value(QLatin1String("events")).toArray();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Renamed final"));
    QCOMPARE(dump.value(QLatin1String("tickets")).toArray().size(), 1);
}

void TstTixngoSim::deletionLifecycle()
{
    SimProcess sim;
    startSim(sim, {QStringLiteral("--deletion-confirm-ms"), QStringLiteral("150")});
    sim.post(sim.url, batch(QJsonArray{validTicket(QStringLiteral("D-1")), validTicket(QStringLiteral("D-2"))}));
    const QJsonObject del = batch(QJsonArray{QJsonObject{{QStringLiteral("ticketId"), QStringLiteral("D-1")},
                                                 {QStringLiteral("deletionReason"), QStringLiteral("CANCELLED")},
                                                 {QStringLiteral("showDeletedTicket"), true}},
        QJsonObject{{QStringLiteral("ticketId"), QStringLiteral("NOPE")}}});
    const QJsonArray first
        = sim.post(sim.api(QStringLiteral("/delete")), del).json().value(QLatin1String("results")).toArray();
    QCOMPARE(first.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("DELETION_PENDING"));
    QCOMPARE(first.at(1).toObject().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
        QStringLiteral("NOT_FOUND"));
    // rule PC-10: DELETION_PENDING, then DELETED once the wallet confirms
    QTRY_COMPARE_WITH_TIMEOUT(sim.get(sim.api(QStringLiteral("/D-1"))).json().value(QLatin1String("status")).toString(),
        QStringLiteral("DELETED"), 5000);
    const QJsonObject t = sim.get(sim.api(QStringLiteral("/D-1"))).json();
    QCOMPARE(t.value(QLatin1String("deletionReason")).toString(), QStringLiteral("CANCELLED"));
    QCOMPARE(t.value(QLatin1String("history")).toArray().size(), 3);
    // Deleting again succeeds and changes nothing (idempotent).
    const QJsonObject again = firstResult(sim.post(sim.api(QStringLiteral("/delete")), del));
    QVERIFY(!again.contains(QLatin1String("error")));
    QCOMPARE(again.value(QLatin1String("status")).toString(), QStringLiteral("DELETED"));
    QCOMPARE(sim.get(sim.api(QStringLiteral("/D-1"))).json().value(QLatin1String("history")).toArray().size(), 3);
    // A deleted ticket cannot be controlled; the other one is untouched.
    const QJsonObject ctl = firstResult(sim.post(
        sim.api(QStringLiteral("/control")), batch(QJsonObject{{QStringLiteral("ticketId"), QStringLiteral("D-1")}})));
    QCOMPARE(ctl.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
        QStringLiteral("TICKET_DELETED"));
    QCOMPARE(sim.get(sim.api(QStringLiteral("/D-2"))).json().value(QLatin1String("status")).toString(),
        QStringLiteral("INJECTED"));
}

void TstTixngoSim::controlIsIdempotent()
{
    SimProcess sim;
    startSim(sim);
    sim.post(sim.url, batch(validTicket(QStringLiteral("C-1"))));
    const QJsonObject ctl = batch(QJsonObject{{QStringLiteral("ticketId"), QStringLiteral("C-1")},
        {QStringLiteral("controlledAt"), QStringLiteral("2030-06-01T19:01:00Z")}});
    for (int i = 0; i < 2; ++i) {
        const QJsonObject r = firstResult(sim.post(sim.api(QStringLiteral("/control")), ctl));
        QCOMPARE(r.value(QLatin1String("status")).toString(), QStringLiteral("CONTROLLED"));
    }
    const QJsonObject t = sim.get(sim.api(QStringLiteral("/C-1"))).json();
    QCOMPARE(t.value(QLatin1String("controlled")).toBool(), true);
    QCOMPARE(t.value(QLatin1String("history")).toArray().size(), 2); // INJECTED, CONTROLLED once
    const QJsonObject badDate = firstResult(sim.post(sim.api(QStringLiteral("/control")),
        batch(QJsonObject{{QStringLiteral("ticketId"), QStringLiteral("C-1")},
            {QStringLiteral("controlledAt"), QStringLiteral("now")}})));
    QCOMPARE(badDate.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
        QStringLiteral("INVALID_DATE"));
}

void TstTixngoSim::readOneTicket()
{
    SimProcess sim;
    startSim(sim);
    const QString id = QStringLiteral("A b/(1)+*");
    QCOMPARE(firstResult(sim.post(sim.url, batch(validTicket(id)))).value(QLatin1String("status")).toString(),
        QStringLiteral("INJECTED"));
    // Percent-encoded id, slash included.
    const QByteArray encoded = QUrl::toPercentEncoding(id);
    const HttpResult r = sim.get(QUrl::fromEncoded(sim.url.toEncoded() + '/' + encoded));
    QCOMPARE(r.status, 200);
    QVERIFY(r.contentType.startsWith("application/json"));
    const QJsonObject t = r.json();
    QCOMPARE(t.value(QLatin1String("ticketId")).toString(), id);
    QCOMPARE(t.value(QLatin1String("status")).toString(), QStringLiteral("INJECTED"));
    QCOMPARE(t.value(QLatin1String("controlled")).toBool(true), false);
    QVERIFY(t.value(QLatin1String("deletionReason")).isNull());
    QCOMPARE(t.value(QLatin1String("owner")).toObject().value(QLatin1String("email")).toString(),
        QStringLiteral("ada@example.org"));
    QCOMPARE(t.value(QLatin1String("initialOwner")).toObject().value(QLatin1String("lastName")).toString(),
        QStringLiteral("Muster"));
    QVERIFY(t.value(QLatin1String("previousOwner")).isNull());
    QVERIFY(t.value(QLatin1String("holder")).isNull());
    QCOMPARE(t.value(QLatin1String("history")).toArray().at(0).toObject().value(QLatin1String("actor")).toString(),
        QStringLiteral("ORGANIZER"));
    QCOMPARE(sim.get(sim.api(QStringLiteral("/unknown-1"))).status, 404);
    // The sim extra shows what TIXNGO received.
    const QJsonObject withPayload
        = sim.get(QUrl::fromEncoded(sim.base.toEncoded() + "/_sim/tickets/" + encoded)).json();
    QCOMPARE(withPayload.value(QLatin1String("payload"))
                 .toObject()
                 .value(QLatin1String("security"))
                 .toObject()
                 .value(QLatin1String("barcode"))
                 .toString(),
        QString(QStringLiteral("BC") + id));
}

void TstTixngoSim::malformedRequestIs400()
{
    SimProcess sim;
    startSim(sim);
    // rule API-3: a malformed request is refused as a whole with 400
    for (const QByteArray &body : {QByteArray("{\"tickets\": [ {\"ticketId\": "), QByteArray("[]"),
             QByteArray("{\"ticket\": []}"), QByteArray("not json")}) {
        for (const QString &endpoint : {QString(), QStringLiteral("/delete"), QStringLiteral("/control")}) {
            const HttpResult r = sim.call("POST", sim.api(endpoint), body);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                QStringLiteral("MALFORMED_REQUEST"));
        }
    }
    // The message names where the JSON breaks.
    const HttpResult cut = sim.call("POST", sim.url, QByteArray("{\"tickets\": [ {\"ticketId\": "));
    QVERIFY2(cut.json()
                 .value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("message"))
                 .toString()
                 .contains(QLatin1String("byte 27")),
        cut.body.constData());
    // Not sent as JSON → 415.
    QCOMPARE(sim.call("POST", sim.url, QByteArray("{}"), SimProcess::kKey, "X-Api-Key", "text/plain").status, 415);
    QCOMPARE(sim.get(sim.api(QStringLiteral("/diff?limit=0"))).status, 400);
    QCOMPARE(sim.get(sim.api(QStringLiteral("/diff?limit=10001"))).status, 400);
    QCOMPARE(sim.get(sim.api(QStringLiteral("/diff?paginationKey=garbage"))).status, 400);
    // Unknown path: 404 with the error body.
    const HttpResult unknown = sim.get(QUrl(sim.base.toString() + QStringLiteral("/api/v2/organizer/tickets/diff")));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
        QStringLiteral("NOT_FOUND"));
}

void TstTixngoSim::oversizedBatchIs413()
{
    SimProcess sim;
    startSim(sim, {QStringLiteral("--max-batch"), QStringLiteral("2")});
    QJsonArray three;
    for (int i = 0; i < 3; ++i)
        three.append(validTicket(QStringLiteral("B-%1").arg(i)));
    // rule API-4: the server answers 413 when the batch is too large; nothing is injected
    QCOMPARE(sim.post(sim.url, batch(three)).status, 413);
    three.removeLast();
    QCOMPARE(sim.post(sim.url, batch(three)).status, 200);
    QCOMPARE(
        sim.get(sim.sim(QStringLiteral("/_sim/tickets"))).json().value(QLatin1String("tickets")).toArray().size(), 2);
}

void TstTixngoSim::diffFeedPagesAndReplays()
{
    SimProcess sim;
    startSim(sim);
    QJsonArray tickets;
    for (int i = 0; i < 25; ++i)
        tickets.append(validTicket(QStringLiteral("F-%1").arg(i, 2, 10, QLatin1Char('0'))));
    sim.post(sim.url, batch(tickets));

    const HttpResult p1 = sim.get(sim.api(QStringLiteral("/diff?limit=10")));
    QCOMPARE(p1.status, 200);
    const QJsonArray t1 = p1.json().value(QLatin1String("tickets")).toArray();
    QCOMPARE(t1.size(), 10);
    QCOMPARE(t1.at(0).toObject().value(QLatin1String("ticketId")).toString(), QStringLiteral("F-00")); // oldest first
    const QString key1 = p1.json().value(QLatin1String("nextPageKey")).toString();
    QVERIFY(!key1.isEmpty());
    // rule API-10: the same call again gives the same page
    QCOMPARE(sim.get(sim.api(QStringLiteral("/diff?limit=10"))).body, p1.body);

    const QUrl page2
        = sim.api(QStringLiteral("/diff?limit=10&paginationKey=") + QString::fromLatin1(QUrl::toPercentEncoding(key1)));
    const HttpResult p2 = sim.get(page2);
    QCOMPARE(p2.json()
                 .value(QLatin1String("tickets"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("ticketId"))
                 .toString(),
        QStringLiteral("F-10"));
    // Changes after the page was served do not alter a replay of it (rule API-10).
    sim.post(sim.sim(QStringLiteral("/_sim/tickets/F-12/status")),
        QJsonObject{{QStringLiteral("status"), QStringLiteral("DOWNLOADED")}});
    QCOMPARE(sim.get(page2).body, p2.body);

    // Follow the keys to the end: every ticket once, then F-12 again with its new status.
    QStringList seen;
    QString key;
    for (int guard = 0; guard < 10; ++guard) {
        const QJsonObject page = sim.get(sim.api(QStringLiteral("/diff?limit=10")
                                             + (key.isEmpty() ? QString() : QStringLiteral("&paginationKey=") + key)))
                                     .json();
        const QJsonArray list = page.value(QLatin1String("tickets")).toArray();
        for (const QJsonValue &v : list)
            seen.append(v.toObject().value(QLatin1String("ticketId")).toString() + QLatin1Char(':')
                + v.toObject().value(QLatin1String("status")).toString());
        const QString next = page.value(QLatin1String("nextPageKey")).toString();
        if (list.isEmpty()) {
            QCOMPARE(next, key); // at the end the key stays where it is
            break;
        }
        key = next;
    }
    QCOMPARE(seen.size(), 26);
    QCOMPARE(seen.first(), QStringLiteral("F-00:INJECTED"));
    QCOMPARE(seen.last(), QStringLiteral("F-12:DOWNLOADED"));

    // After a reset the old keys are refused rather than silently skipping data.
    QCOMPARE(sim.call("POST", sim.sim(QStringLiteral("/_sim/reset")), "{}").status, 200);
    QCOMPARE(sim.get(page2).status, 400);
}

void TstTixngoSim::forcedStatusAppearsInFeed()
{
    SimProcess sim;
    startSim(sim);
    sim.post(sim.url, batch(validTicket(QStringLiteral("S-1"))));
    const QString key = sim.get(sim.api(QStringLiteral("/diff"))).json().value(QLatin1String("nextPageKey")).toString();
    const QJsonObject owner{{QStringLiteral("firstName"), QStringLiteral("Bob")},
        {QStringLiteral("lastName"), QStringLiteral("Neu")},
        {QStringLiteral("email"), QStringLiteral("bob@example.org")}};
    const HttpResult forced = sim.post(sim.sim(QStringLiteral("/_sim/tickets/S-1/status")),
        QJsonObject{{QStringLiteral("status"), QStringLiteral("TRANSFERRED")}, {QStringLiteral("owner"), owner}});
    QCOMPARE(forced.status, 200);
    const QJsonArray page = sim.get(sim.api(QStringLiteral("/diff?paginationKey=") + key))
                                .json()
                                .value(QLatin1String("tickets"))
                                .toArray();
    QCOMPARE(page.size(), 1);
    const QJsonObject t = page.at(0).toObject();
    QCOMPARE(t.value(QLatin1String("status")).toString(), QStringLiteral("TRANSFERRED"));
    QCOMPARE(t.value(QLatin1String("owner")).toObject(), owner);
    QCOMPARE(t.value(QLatin1String("previousOwner")).toObject().value(QLatin1String("email")).toString(),
        QStringLiteral("ada@example.org"));
    QCOMPARE(t.value(QLatin1String("initialOwner")).toObject().value(QLatin1String("email")).toString(),
        QStringLiteral("ada@example.org"));
    QCOMPARE(t.value(QLatin1String("history")).toArray().last().toObject().value(QLatin1String("actor")).toString(),
        QStringLiteral("BACK_OFFICE"));
    QCOMPARE(sim.post(sim.sim(QStringLiteral("/_sim/tickets/S-1/status")),
                    QJsonObject{{QStringLiteral("status"), QStringLiteral("GONE")}})
                 .status,
        400);
    QCOMPARE(sim.post(sim.sim(QStringLiteral("/_sim/tickets/NOPE/status")),
                    QJsonObject{{QStringLiteral("status"), QStringLiteral("DELETED")}})
                 .status,
        404);
}

// Sim extra POST /_sim/seed (the demo's start): tickets appear in the given state, in the feed,
// and answer delete and control like injected ones (rules PC-10, CT-4); a bad seed changes nothing.
void TstTixngoSim::seedPlacesTicketsInTheirStatus()
{
    SimProcess sim;
    startSim(sim, {QStringLiteral("--deletion-confirm-ms"), QStringLiteral("100")});
    const QJsonObject owner{{QStringLiteral("firstName"), QStringLiteral("Lea")},
        {QStringLiteral("lastName"), QStringLiteral("Meier")},
        {QStringLiteral("email"), QStringLiteral("lea@example.ch")}};
    auto ticket = [&](const QString &id, const QString &status) {
        return QJsonObject{{QStringLiteral("ticketId"), id}, {QStringLiteral("eventId"), QStringLiteral("EV-1")},
            {QStringLiteral("status"), status}, {QStringLiteral("owner"), owner},
            {QStringLiteral("updatedAt"), QStringLiteral("2026-01-02T10:00:00Z")}};
    };
    const QJsonObject event{{QStringLiteral("id"), QStringLiteral("EV-1")},
        {QStringLiteral("startTime"), QStringLiteral("2030-06-01T18:00:00Z")}};
    // Refused as a whole: an unknown status, or an event neither sent nor known.
    QCOMPARE(sim.post(sim.sim(QStringLiteral("/_sim/seed")),
                    QJsonObject{{QStringLiteral("events"), QJsonArray{event}},
                        {QStringLiteral("tickets"),
                            QJsonArray{ticket(QStringLiteral("D-1"), QStringLiteral("DOWNLOADED")),
                                ticket(QStringLiteral("D-2"), QStringLiteral("GONE"))}}})
                 .status,
        400);
    QCOMPARE(sim.post(sim.sim(QStringLiteral("/_sim/seed")),
                    QJsonObject{{QStringLiteral("tickets"),
                        QJsonArray{ticket(QStringLiteral("D-1"), QStringLiteral("DOWNLOADED"))}}})
                 .status,
        400);
    QCOMPARE(
        sim.get(sim.sim(QStringLiteral("/_sim/tickets"))).json().value(QLatin1String("tickets")).toArray().size(), 0);
    QCOMPARE(sim.call("POST", sim.sim(QStringLiteral("/_sim/seed")), "{}", "wrong-key").status, 401);

    const HttpResult seeded = sim.post(sim.sim(QStringLiteral("/_sim/seed")),
        QJsonObject{{QStringLiteral("events"), QJsonArray{event}},
            {QStringLiteral("tickets"),
                QJsonArray{ticket(QStringLiteral("D-1"), QStringLiteral("DOWNLOADED")),
                    ticket(QStringLiteral("D-2"), QStringLiteral("ONLINE_ACTIVATED")),
                    ticket(QStringLiteral("D-3"), QStringLiteral("DELETION_PENDING")),
                    ticket(QStringLiteral("D-4"), QStringLiteral("DELETED"))}}});
    QCOMPARE(seeded.status, 200);
    QCOMPARE(seeded.json().value(QLatin1String("tickets")).toInt(), 4);
    QCOMPARE(seeded.json().value(QLatin1String("events")).toInt(), 1);
    // Seeding a known ticket again leaves it alone: no new change in the feed.
    const HttpResult again = sim.post(sim.sim(QStringLiteral("/_sim/seed")),
        QJsonObject{{QStringLiteral("tickets"), QJsonArray{ticket(QStringLiteral("D-1"), QStringLiteral("DELETED"))}}});
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(QLatin1String("tickets")).toInt(), 0);
    QCOMPARE(again.json().value(QLatin1String("known")).toInt(), 1);
    QCOMPARE(again.json().value(QLatin1String("changeLogSize")).toInt(), 4);
    // The feed shows them as seeded, with their owner and time.
    const QJsonArray page = sim.get(sim.api(QStringLiteral("/diff"))).json().value(QLatin1String("tickets")).toArray();
    QCOMPARE(page.size(), 4);
    QCOMPARE(page.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("DOWNLOADED"));
    QCOMPARE(page.at(0).toObject().value(QLatin1String("owner")).toObject(), owner);
    QCOMPARE(
        page.at(0).toObject().value(QLatin1String("updatedAt")).toString(), QStringLiteral("2026-01-02T10:00:00.000Z"));
    // They answer like injected tickets: control of an activated one, delete (idempotent on DELETED).
    auto results = [](const HttpResult &r) { return r.json().value(QLatin1String("results")).toArray(); };
    const auto controlled = results(sim.post(sim.api(QStringLiteral("/control")),
        QJsonObject{{QStringLiteral("tickets"),
            QJsonArray{QJsonObject{{QStringLiteral("ticketId"), QStringLiteral("D-2")}}}}}));
    QCOMPARE(controlled.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("CONTROLLED"));
    const auto deleted = results(sim.post(sim.api(QStringLiteral("/delete")),
        QJsonObject{{QStringLiteral("tickets"),
            QJsonArray{QJsonObject{{QStringLiteral("ticketId"), QStringLiteral("D-1")}},
                QJsonObject{{QStringLiteral("ticketId"), QStringLiteral("D-4")}}}}}));
    QCOMPARE(deleted.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("DELETION_PENDING"));
    QCOMPARE(deleted.at(1).toObject().value(QLatin1String("status")).toString(), QStringLiteral("DELETED"));
    // A seeded DELETION_PENDING is confirmed like an API delete.
    QTRY_COMPARE_WITH_TIMEOUT(sim.get(sim.api(QStringLiteral("/D-3"))).json().value(QLatin1String("status")).toString(),
        QStringLiteral("DELETED"), 5000);
}

void TstTixngoSim::spectatorActivityMovesTickets()
{
    SimProcess sim;
    startSim(sim,
        {QStringLiteral("--spectator-activity"), QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("3")});
    QJsonArray tickets;
    for (int i = 0; i < 20; ++i)
        tickets.append(validTicket(QStringLiteral("P-%1").arg(i)));
    sim.post(sim.url, batch(tickets));
    auto transferred = [&] {
        int n = 0;
        for (const QJsonValue &v :
            sim.get(sim.sim(QStringLiteral("/_sim/tickets"))).json().value(QLatin1String("tickets")).toArray()) {
            const QJsonObject t = v.toObject();
            if (t.value(QLatin1String("status")).toString() == QLatin1String("TRANSFERRED")
                && t.value(QLatin1String("owner")).toObject() != t.value(QLatin1String("initialOwner")).toObject())
                ++n;
        }
        return n;
    };
    // Downloads, assignments and transfers (with a new owner) happen over time.
    QTRY_VERIFY_WITH_TIMEOUT(transferred() > 0, 10000);
    // The event is in 2030: nothing is activated yet.
    QVERIFY(!sim.get(sim.sim(QStringLiteral("/_sim/tickets"))).body.contains("_ACTIVATED"));
}

void TstTixngoSim::statusLogReport()
{
    SimProcess sim;
    startSim(sim);
    QJsonArray tickets;
    for (int i = 0; i < 5; ++i)
        tickets.append(validTicket(QStringLiteral("L-%1").arg(i)));
    sim.post(sim.url, batch(tickets));
    sim.post(sim.sim(QStringLiteral("/_sim/tickets/L-1/status")),
        QJsonObject{{QStringLiteral("status"), QStringLiteral("DOWNLOADED")}});
    const QString report = sim.base.toString() + QStringLiteral("/api/v3/organizer/report/ticket-status-logs");
    const QString window = QStringLiteral("?mobileAppId=app&from=2020-01-01T00:00:00Z&to=2099-01-01T00:00:00Z");
    const QJsonObject p1 = sim.get(QUrl(report + window + QStringLiteral("&limit=4"))).json();
    QCOMPARE(p1.value(QLatin1String("result")).toArray().size(), 4);
    const QString key = p1.value(QLatin1String("pagination")).toObject().value(QLatin1String("nextPageKey")).toString();
    QVERIFY(!key.isEmpty());
    const QJsonObject p2 = sim.get(QUrl(report + window + QStringLiteral("&limit=4&paginationKey=") + key)).json();
    const QJsonArray rest = p2.value(QLatin1String("result")).toArray();
    QCOMPARE(rest.size(), 2);
    QCOMPARE(rest.last().toObject().value(QLatin1String("toStatus")).toString(), QStringLiteral("DOWNLOADED"));
    QCOMPARE(rest.last().toObject().value(QLatin1String("fromStatus")).toString(), QStringLiteral("INJECTED"));
    QVERIFY(p2.value(QLatin1String("pagination")).toObject().value(QLatin1String("nextPageKey")).isNull());
    // Filter by target status.
    QCOMPARE(sim.get(QUrl(report + window + QStringLiteral("&toStatuses=DOWNLOADED")))
                 .json()
                 .value(QLatin1String("result"))
                 .toArray()
                 .size(),
        1);
    // from/to are required.
    QCOMPARE(sim.get(QUrl(report + QStringLiteral("?mobileAppId=app&from=2020-01-01T00:00:00Z"))).status, 400);
}

void TstTixngoSim::faultsFromCommandLine()
{
    SimProcess sim;
    startSim(sim, {QStringLiteral("--fail-rate"), QStringLiteral("1.0")});
    const HttpResult r = sim.get(sim.api(QStringLiteral("/diff")));
    // rule API-6: 5xx answers for the client to retry
    QVERIFY2(QList<int>({500, 502, 503, 504}).contains(r.status), QByteArray::number(r.status).constData());
    // Sim extras are never faulted: the test can always switch faults off.
    QCOMPARE(
        sim.post(sim.sim(QStringLiteral("/_sim/faults")), QJsonObject{{QStringLiteral("fail-rate"), 0}}).status, 200);
    QCOMPARE(sim.get(sim.api(QStringLiteral("/diff"))).status, 200);
}

void TstTixngoSim::faultsAtRunTime()
{
    SimProcess sim;
    startSim(sim);
    const QUrl faults = sim.sim(QStringLiteral("/_sim/faults"));
    auto set = [&](const QJsonObject &f) { QCOMPARE(sim.post(faults, f).status, 200); };

    // rule API-7: a 200 whose body is not JSON
    set({{QStringLiteral("malformed-rate"), 1.0}});
    for (int i = 0; i < 4; ++i) {
        const HttpResult r = sim.get(sim.api(QStringLiteral("/diff")));
        QCOMPARE(r.status, 200);
        QJsonParseError pe;
        QJsonDocument::fromJson(r.body, &pe);
        QVERIFY(pe.error != QJsonParseError::NoError);
    }
    set({{QStringLiteral("malformed-rate"), 0}});

    // rule API-5: 429 with Retry-After beyond the rate limit
    set({{QStringLiteral("rate-limit"), 1}});
    int limited = 0;
    QByteArray retryAfter;
    for (int i = 0; i < 3; ++i) {
        const HttpResult r = sim.get(sim.api(QStringLiteral("/diff")));
        if (r.status == 429) {
            ++limited;
            retryAfter = r.retryAfter;
        }
    }
    QVERIFY(limited >= 1);
    QVERIFY(retryAfter.toInt() >= 1);
    set({{QStringLiteral("rate-limit"), 0}});

    // rule API-6: the connection closes without an answer
    set({{QStringLiteral("drop-rate"), 1.0}});
    const HttpResult dropped = sim.get(sim.api(QStringLiteral("/diff")));
    QCOMPARE(dropped.status, 0);
    QVERIFY(dropped.error != QNetworkReply::NoError);
    set({{QStringLiteral("drop-rate"), 0}});

    // Per-ticket failures inside a 200.
    set({{QStringLiteral("ticket-error-rate"), 1.0}});
    const QJsonObject r = firstResult(sim.post(sim.url, batch(validTicket(QStringLiteral("E-1")))));
    QCOMPARE(r.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
        QStringLiteral("INTERNAL_ERROR"));
    QCOMPARE(sim.get(sim.api(QStringLiteral("/E-1"))).status, 404);
    set({{QStringLiteral("ticket-error-rate"), 0}});

    // With latency the answer comes later but whole (the delayed-write path of the front end),
    // also for several calls at once on separate connections.
    set({{QStringLiteral("latency-ms"), 40}});
    QCOMPARE(sim.get(sim.api(QStringLiteral("/diff"))).status, 200);
    QNetworkAccessManager nam;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 4; ++i) {
        QNetworkRequest req(sim.api(QStringLiteral("/diff?limit=1")));
        req.setRawHeader("X-Api-Key", SimProcess::kKey);
        replies.append(nam.get(req));
    }
    for (QNetworkReply *reply : std::as_const(replies)) {
        if (!reply->isFinished())
            QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(QJsonDocument::fromJson(reply->readAll()).isObject());
        reply->deleteLater();
    }
    // A client that gives up while the answer is delayed does not upset the simulator.
    set({{QStringLiteral("latency-ms"), 300}});
    {
        QNetworkRequest req(sim.api(QStringLiteral("/diff")));
        req.setRawHeader("X-Api-Key", SimProcess::kKey);
        QNetworkReply *reply = nam.get(req);
        QTimer::singleShot(30, reply, &QNetworkReply::abort);
        QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        reply->deleteLater();
        QSignalSpy(&sim.m_process, &QProcess::finished).wait(500); // the delayed write would fire here
    }
    set({{QStringLiteral("latency-ms"), 0}});
    QCOMPARE(sim.m_process.state(), QProcess::Running);

    // Bad fault settings are refused with a message naming the key.
    const HttpResult bad = sim.post(faults, QJsonObject{{QStringLiteral("fail-rate"), 2}});
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.body.contains("fail-rate"));
    QCOMPARE(sim.post(faults, QJsonObject{{QStringLiteral("explode-rate"), 0.1}}).status, 400);
    QCOMPARE(sim.get(faults).json().value(QLatin1String("fail-rate")).toDouble(), 0.0);
}

void TstTixngoSim::stateSurvivesRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("sim-state.json"));
    QString key;
    QByteArray page;
    {
        SimProcess sim;
        startSim(sim, {QStringLiteral("--state"), file});
        sim.post(sim.url, batch(QJsonArray{validTicket(QStringLiteral("S-1")), validTicket(QStringLiteral("S-2"))}));
        sim.post(sim.sim(QStringLiteral("/_sim/tickets/S-2/status")),
            QJsonObject{{QStringLiteral("status"), QStringLiteral("TRANSFERRED")}});
        const HttpResult p = sim.get(sim.api(QStringLiteral("/diff?limit=2")));
        key = p.json().value(QLatin1String("nextPageKey")).toString();
        page = sim.get(sim.api(QStringLiteral("/diff?limit=10&paginationKey=") + key)).body;
        QVERIFY(sim.terminate()); // SIGTERM: saved on the way out
    }
    QVERIFY(QFile::exists(file));
    SimProcess again;
    startSim(again, {QStringLiteral("--state"), file});
    QCOMPARE(again.get(again.api(QStringLiteral("/S-2"))).json().value(QLatin1String("status")).toString(),
        QStringLiteral("TRANSFERRED"));
    // The feed continues: the key issued before the restart still gives the same page.
    QCOMPARE(again.get(again.api(QStringLiteral("/diff?limit=10&paginationKey=") + key)).body, page);
    // A corrupt state file is refused with a message, not silently replaced.
    QVERIFY(again.terminate());
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ broken");
    f.close();
    SimProcess broken;
    QVERIFY(!broken.start({QStringLiteral("--state"), file}));
    QVERIFY(broken.lastError.contains(QLatin1String("state file")));
}

void TstTixngoSim::noPayloadsKeepsStatusOnly()
{
    SimProcess sim;
    startSim(sim, {QStringLiteral("--no-payloads")});
    QCOMPARE(firstResult(sim.post(sim.url, batch(validTicket(QStringLiteral("N-1")))))
                 .value(QLatin1String("status"))
                 .toString(),
        QStringLiteral("INJECTED"));
    const QJsonObject t = sim.get(sim.sim(QStringLiteral("/_sim/tickets/N-1"))).json();
    QCOMPARE(t.value(QLatin1String("status")).toString(), QStringLiteral("INJECTED"));
    QVERIFY(t.value(QLatin1String("payload")).isNull());
}

void TstTixngoSim::badArgumentsAreRefused()
{
    SimProcess sim;
    QVERIFY(!sim.start({QStringLiteral("--fail-rate"), QStringLiteral("2")}));
    if (sim.m_process.state() != QProcess::NotRunning)
        QVERIFY(sim.m_process.waitForFinished(5000));
    QCOMPARE(sim.m_process.exitCode(), 64);
    QVERIFY(sim.lastError.contains(QLatin1String("--fail-rate must be a number from 0 to 1")));
}

QTEST_GUILESS_MAIN(TstTixngoSim)
#include "tst_tixngo_sim.moc"
