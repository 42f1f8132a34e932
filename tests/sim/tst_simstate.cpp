// Unit tests of the simulator's state classes (no HTTP): SimState, TicketValidator,
// FaultInjector, SimService routing with a fixed clock.
#include "faultinjector.h"
#include "jsondom.h"
#include "jsonwriter.h"
#include "simservice.h"
#include "simstate.h"
#include "ticketvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sim;

namespace {

QJsonObject ticket(const QString &id, const QString &email = QStringLiteral("ada@example.org"))
{
    return QJsonObject{
        {QStringLiteral("ticketId"), id},
        {QStringLiteral("event"),
            QJsonObject{{QStringLiteral("id"), QStringLiteral("EV")}, {QStringLiteral("name"), QStringLiteral("Final")},
                {QStringLiteral("startTime"), QStringLiteral("2030-06-01T20:00:00Z")},
                {QStringLiteral("address"),
                    QJsonObject{{QStringLiteral("site"), QStringLiteral("S")},
                        {QStringLiteral("city"), QStringLiteral("C")},
                        {QStringLiteral("countryCode"), QStringLiteral("CH")},
                        {QStringLiteral("zip"), QStringLiteral("1200")}}}}},
        {QStringLiteral("purchaseDetails"), QJsonObject{}},
        {QStringLiteral("security"), QJsonObject{{QStringLiteral("barcode"), QString(QStringLiteral("B") + id)}}},
        {QStringLiteral("spectatorDetails"),
            QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Ada")}, {QStringLiteral("email"), email}}},
        {QStringLiteral("activationParameters"), QJsonObject{}},
    };
}

QByteArray feedPage(const SimState &s, qsizetype from, qsizetype limit, qsizetype *next)
{
    JsonWriter w;
    w.beginArray();
    for (const ChangeRef &c : s.diffPage(from, limit, next))
        s.writeTicket(w, c);
    w.endArray();
    return w.take();
}

constexpr qint64 T0 = 1900000000000; // 2030-03-17

} // namespace

class TstSimState final : public QObject {
    Q_OBJECT

private slots:
    void rfc3339_data();
    void rfc3339(); // rule PAY-4
    void validatorAcceptsAValidTicket();
    void validatorReportsFirstProblem(); // rules PAY-1, PAY-6
    void jsonWriterEscapes();
    void jsonDomIsStrict_data();
    void jsonDomIsStrict();
    void jsonDomStrings();
    void injectCreatesThenUpdates(); // rule INJ-12
    void deleteAndConfirm(); // rule PC-10
    void diffPageIsALogWindow();
    void diffReplayIsExact(); // rule API-10
    void pageKeysBelongToAnEpoch();
    void saveLoadRoundTrip();
    void spectatorActivityIsSeeded();
    void activationNearEventStart();
    void faultSettingsApply();
    void serviceRoutesWithoutHttp();
};

void TstSimState::rfc3339_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("Z") << QStringLiteral("2022-12-12T16:11:00Z") << true << qint64(1670861460000);
    QTest::newRow("offset") << QStringLiteral("2020-01-01T20:00:00+01:00") << true << qint64(1577905200000);
    QTest::newRow("fraction") << QStringLiteral("2020-01-01T19:00:00.5Z") << true << qint64(1577905200500);
    QTest::newRow("lower t z") << QStringLiteral("2020-01-01t19:00:00z") << true << qint64(1577905200000);
    QTest::newRow("leap day") << QStringLiteral("2024-02-29T00:00:00Z") << true << qint64(1709164800000);
    QTest::newRow("no leap day") << QStringLiteral("2023-02-29T00:00:00Z") << false << qint64(0);
    QTest::newRow("no zone") << QStringLiteral("2020-01-01T19:00:00") << false << qint64(0);
    QTest::newRow("space") << QStringLiteral("2020-01-01 19:00:00Z") << false << qint64(0);
    QTest::newRow("no seconds") << QStringLiteral("2020-01-01T19:00Z") << false << qint64(0);
    QTest::newRow("hour 24") << QStringLiteral("2020-01-01T24:00:00Z") << false << qint64(0);
    QTest::newRow("trailing") << QStringLiteral("2020-01-01T19:00:00Zx") << false << qint64(0);
    QTest::newRow("S-360 style") << QStringLiteral("22/10/23 21:15") << false << qint64(0);
}

void TstSimState::rfc3339()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, ms);
    qint64 got = 0;
    QCOMPARE(parseRfc3339(text, &got), ok);
    if (ok) {
        QCOMPARE(got, ms);
        qint64 back = 0;
        QVERIFY(parseRfc3339(QString::fromLatin1(formatTime(got)), &back));
        QCOMPARE(back, got);
    }
}

void TstSimState::validatorAcceptsAValidTicket()
{
    TicketValidator v;
    const auto e = v.validate(ticket(QStringLiteral("A-1")));
    QVERIFY2(!e, e ? qPrintable(e->message) : "");
}

void TstSimState::validatorReportsFirstProblem()
{
    TicketValidator v;
    QJsonObject t = ticket(QStringLiteral("A-1"));
    t.remove(QStringLiteral("security"));
    QJsonObject ev = t.value(QLatin1String("event")).toObject();
    QJsonObject ad = ev.value(QLatin1String("address")).toObject();
    ad.remove(QStringLiteral("zip"));
    ev.insert(QStringLiteral("address"), ad);
    t.insert(QStringLiteral("event"), ev);
    // rule PAY-1 before PAY-6: the missing part is named first
    auto e = v.validate(t);
    QVERIFY(e);
    QCOMPARE(e->code, QByteArray("MISSING_FIELD"));
    QCOMPARE(e->field, QStringLiteral("security"));
    t.insert(QStringLiteral("security"), QJsonObject{{QStringLiteral("barcode"), QStringLiteral("1")}});
    // rule PAY-6
    e = v.validate(t);
    QVERIFY(e);
    QCOMPARE(e->field, QStringLiteral("event.address.zip"));
    QVERIFY(e->message.contains(QLatin1String("event.address.zip")));
}

void TstSimState::jsonWriterEscapes()
{
    JsonWriter w;
    w.beginObject()
        .key("a")
        .value(QStringView(u"q\"\\\n\x01é"))
        .key("b")
        .beginArray()
        .value(1)
        .null()
        .value(true)
        .endArray();
    w.key("c").value(0.5).endObject();
    const QJsonDocument doc = QJsonDocument::fromJson(w.data());
    QVERIFY(doc.isObject());
    QCOMPARE(doc.object().value(QLatin1String("a")).toString(), QString::fromUtf8("q\"\\\n\x01é"));
    QCOMPARE(doc.object().value(QLatin1String("b")).toArray().size(), 3);
    QCOMPARE(doc.object().value(QLatin1String("c")).toDouble(), 0.5);
}

void TstSimState::jsonDomIsStrict_data()
{
    // RFC 8259 grammar (stricter than QJsonDocument in Qt 6.4, which accepts "1." and ".5").
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    for (const char *ok : {"{}", "[]", " {\"a\": [1, -2.5e3, true, false, null, \"x\"]} ", "\"s\"", "0", "-0.0E+2",
             "{\"a\":{\"b\":{\"c\":[[],{}]}}}", "{\"k\\u00e9y\":\"v\"}"})
        QTest::addRow("ok %s", ok) << QByteArray(ok) << true;
    for (const char *bad : {"", "{", "{\"a\" 1}", "{\"a\":1,}", "[1,]", "[01]", "[1.]", "[.5]", "[+1]", "tru",
             "{\"a\":1} x", "\"\\x\"", "\"\\u12\"", "\"a\nb\"", "{a:1}", "[1 2]", "'s'", "[-]", "\"unterminated"})
        QTest::addRow("bad %s", bad) << QByteArray(bad) << false;
}

void TstSimState::jsonDomIsStrict()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    JsonDom d;
    QCOMPARE(d.parse(json), ok);
    if (!ok) {
        QVERIFY(d.errorOffset() >= 0 && d.errorOffset() <= json.size());
        QVERIFY(!d.errorMessage().isEmpty());
    }
}

void TstSimState::jsonDomStrings()
{
    JsonDom d;
    QVERIFY(d.parse(QByteArray(R"({"a":"plain","b":"t\u00e9\"\n\ud83d\ude00","c":"é😀","n":12.5,"o":{"x":[1]}})")));
    QCOMPARE(d.string(d.member(0, "a")), QStringLiteral("plain"));
    QCOMPARE(d.string(d.member(0, "b")), QString::fromUtf8("té\"\n😀"));
    QCOMPARE(d.length(d.member(0, "b")), 5); // code points, the emoji counts once
    QCOMPARE(d.length(d.member(0, "c")), 2);
    QCOMPARE(d.number(d.member(0, "n")), 12.5);
    QCOMPARE(d.raw(d.member(0, "o")), QByteArray(R"({"x":[1]})"));
    QCOMPARE(d.raw(d.member(0, "a")), QByteArray("\"plain\""));
    QCOMPARE(d.member(0, "missing"), -1);
    QCOMPARE(d.member(d.member(0, "a"), "x"), -1); // not an object
}

void TstSimState::injectCreatesThenUpdates()
{
    SimState s;
    QCOMPARE(s.inject(ticket(QStringLiteral("A")), T0), Status::Injected);
    QCOMPARE(s.changes().size(), size_t(1));
    QVERIFY(s.force(QStringLiteral("A"), Status::Downloaded, nullptr, nullptr, nullptr, T0 + 1).ok);
    // rule INJ-12: same id again → update, status kept, no feed entry
    QCOMPARE(s.inject(ticket(QStringLiteral("A"), QStringLiteral("other@example.org")), T0 + 2), Status::Downloaded);
    QCOMPARE(s.changes().size(), size_t(2));
    QCOMPARE(s.tickets().size(), size_t(1));
    QCOMPARE(
        s.find(QStringLiteral("A"))->current().owner.email, QStringLiteral("ada@example.org")); // the wallet owns it
    // A ticket still on no phone follows the new spectator (an owner change in the feed).
    s.inject(ticket(QStringLiteral("B")), T0);
    s.inject(ticket(QStringLiteral("B"), QStringLiteral("new@example.org")), T0 + 3);
    QCOMPARE(s.find(QStringLiteral("B"))->current().owner.email, QStringLiteral("new@example.org"));
    QCOMPARE(s.changes().size(), size_t(4));
}

void TstSimState::deleteAndConfirm()
{
    SimState s;
    s.setDeletionConfirmMs(500);
    s.inject(ticket(QStringLiteral("A")), T0);
    QCOMPARE(s.remove(QStringLiteral("A"), QStringLiteral("CANCELLED"), true, T0 + 10).status, Status::DeletionPending);
    QCOMPARE(s.remove(QStringLiteral("ZZ"), {}, false, T0).errorCode, QByteArray("NOT_FOUND"));
    s.tick(T0 + 509, 0);
    QCOMPARE(s.find(QStringLiteral("A"))->current().status, Status::DeletionPending);
    s.tick(T0 + 510, 0);
    // rule PC-10
    QCOMPARE(s.find(QStringLiteral("A"))->current().status, Status::Deleted);
    QCOMPARE(s.find(QStringLiteral("A"))->current().actor, Actor::Mobile);
    const auto again = s.remove(QStringLiteral("A"), QStringLiteral("CANCELLED"), true, T0 + 600);
    QVERIFY(again.ok);
    QCOMPARE(s.changes().size(), size_t(3));
    // -1 = the wallet never confirms (DELETION_STUCK demos)
    s.setDeletionConfirmMs(-1);
    s.inject(ticket(QStringLiteral("B")), T0);
    s.remove(QStringLiteral("B"), {}, false, T0);
    s.tick(T0 + 100000000, 0);
    QCOMPARE(s.find(QStringLiteral("B"))->current().status, Status::DeletionPending);
}

void TstSimState::diffPageIsALogWindow()
{
    SimState s;
    s.inject(ticket(QStringLiteral("A")), T0);
    s.inject(ticket(QStringLiteral("B")), T0);
    s.force(QStringLiteral("A"), Status::Downloaded, nullptr, nullptr, nullptr, T0 + 1);
    qsizetype next = 0;
    const auto page = s.diffPage(0, 10, &next);
    QCOMPARE(next, 3);
    QCOMPARE(page.size(), size_t(3)); // A, B, A again: every change, oldest first
    QCOMPARE(s.tickets()[page[0].ticket].id, QStringLiteral("A"));
    QCOMPARE(page[0].version, 0u);
    QCOMPARE(s.tickets()[page[2].ticket].id, QStringLiteral("A"));
    QCOMPARE(page[2].version, 1u);
    // A full page is exactly `limit` entries; only the last page is short.
    QCOMPARE(s.diffPage(0, 2, &next).size(), size_t(2));
    QCOMPARE(next, 2);
    QCOMPARE(s.diffPage(2, 2, &next).size(), size_t(1));
    QCOMPARE(next, 3);
    QCOMPARE(s.diffPage(3, 2, &next).size(), size_t(0));
    QCOMPARE(next, 3);
}

void TstSimState::diffReplayIsExact()
{
    SimState s;
    for (int i = 0; i < 5; ++i)
        s.inject(ticket(QStringLiteral("T%1").arg(i)), T0 + i);
    qsizetype next = 0;
    const QByteArray before = feedPage(s, 2, 2, &next);
    s.force(QStringLiteral("T2"), Status::Transferred, nullptr, nullptr, nullptr, T0 + 100);
    s.force(QStringLiteral("T3"), Status::DeletionPending, nullptr, nullptr, nullptr, T0 + 101);
    qsizetype next2 = 0;
    // rule API-10
    QCOMPARE(feedPage(s, 2, 2, &next2), before);
    QCOMPARE(next2, next);
    QVERIFY(before.contains("\"T2\"") && before.contains("INJECTED") && !before.contains("TRANSFERRED"));
}

void TstSimState::pageKeysBelongToAnEpoch()
{
    SimState s;
    s.inject(ticket(QStringLiteral("A")), T0);
    const QByteArray key = s.pageKey(1);
    qsizetype pos = -1;
    QVERIFY(s.parsePageKey(QString::fromLatin1(key), &pos));
    QCOMPARE(pos, 1);
    QVERIFY(!s.parsePageKey(QString(u"2." + QString::fromLatin1(key.mid(2))), &pos)); // beyond the log
    QVERIFY(!s.parsePageKey(u"abc", &pos));
    s.reset();
    QVERIFY(!s.parsePageKey(QString::fromLatin1(key), &pos));
}

void TstSimState::saveLoadRoundTrip()
{
    SimState s;
    s.setDeletionConfirmMs(1000);
    s.inject(ticket(QStringLiteral("A")), T0);
    s.inject(ticket(QStringLiteral("B")), T0);
    const Person bob{QStringLiteral("Bob"), QStringLiteral("N"), QStringLiteral("bob@example.org")};
    s.force(QStringLiteral("A"), Status::Transferred, &bob, nullptr, nullptr, T0 + 5);
    s.remove(QStringLiteral("B"), QStringLiteral("RESOLD"), false, T0 + 6);
    qsizetype next = 0;
    const QByteArray page = feedPage(s, 0, 100, &next);

    SimState r;
    r.setDeletionConfirmMs(1000);
    QString error;
    QVERIFY2(r.load(s.save(), &error), qPrintable(error));
    qsizetype next2 = 0;
    QCOMPARE(feedPage(r, 0, 100, &next2), page);
    QCOMPARE(r.pageKey(3), s.pageKey(3));
    // The pending deletion survives the restart.
    r.tick(T0 + 1006, 0);
    QCOMPARE(r.find(QStringLiteral("B"))->current().status, Status::Deleted);
    QVERIFY(!r.load("{\"format\": 99}", &error));
    QVERIFY(error.contains(QLatin1String("format")));
    QCOMPARE(r.tickets().size(), size_t(2)); // a refused file changes nothing
}

void TstSimState::spectatorActivityIsSeeded()
{
    auto run = [](quint64 seed) {
        SimState s;
        s.seed(seed);
        for (int i = 0; i < 50; ++i)
            s.inject(ticket(QStringLiteral("T%1").arg(i)), T0);
        s.tick(T0 + 1000, 300);
        qsizetype next = 0;
        return feedPage(s, 0, 100000, &next);
    };
    const QByteArray a = run(5);
    QCOMPARE(run(5), a);
    QVERIFY(run(6) != a);
    QVERIFY(a.contains("DOWNLOADED"));
    QVERIFY(a.contains("\"TRANSFERRED\""));
}

void TstSimState::activationNearEventStart()
{
    SimState s;
    s.seed(1);
    QJsonObject t = ticket(QStringLiteral("A"));
    t.insert(
        QStringLiteral("activationParameters"), QJsonObject{{QStringLiteral("method"), QStringLiteral("offline")}});
    s.inject(t, T0);
    s.force(QStringLiteral("A"), Status::Downloaded, nullptr, nullptr, nullptr, T0);
    qint64 start = 0;
    QVERIFY(parseRfc3339(u"2030-06-01T20:00:00Z", &start));
    s.tick(start - 3600 * 1000, 1); // one hour before the start
    QCOMPARE(s.find(QStringLiteral("A"))->current().status, Status::OfflineActivated);
    s.tick(start, 20); // activated tickets do not move any more
    QCOMPARE(s.find(QStringLiteral("A"))->current().status, Status::OfflineActivated);
}

void TstSimState::faultSettingsApply()
{
    FaultSettings f;
    QString error;
    QVERIFY(FaultInjector::apply(
        QJsonObject{{QStringLiteral("fail-rate"), 0.25}, {QStringLiteral("latency-ms"), 30}}, &f, &error));
    QCOMPARE(f.failRate, 0.25);
    QCOMPARE(f.latencyMs, 30);
    QVERIFY(!FaultInjector::apply(
        QJsonObject{{QStringLiteral("drop-rate"), 1.5}, {QStringLiteral("fail-rate"), 0}}, &f, &error));
    QVERIFY(error.contains(QLatin1String("drop-rate")));
    QCOMPARE(f.failRate, 0.25); // nothing applied
    FaultInjector inj;
    f = {};
    f.rateLimit = 2;
    inj.setSettings(f);
    int status = 0, retry = 0;
    QCOMPARE(inj.decide(T0, &status, &retry), FaultInjector::Decision::Pass);
    QCOMPARE(inj.decide(T0 + 10, &status, &retry), FaultInjector::Decision::Pass);
    QCOMPARE(inj.decide(T0 + 20, &status, &retry), FaultInjector::Decision::RateLimited);
    QCOMPARE(retry, 1);
    QCOMPARE(inj.decide(T0 + 1000, &status, &retry), FaultInjector::Decision::Pass); // next second
}

void TstSimState::serviceRoutesWithoutHttp()
{
    Config c;
    c.apiKey = QStringLiteral("k");
    SimService svc(c);
    svc.setClock([] { return T0; });
    Request r;
    r.method = "POST";
    r.path = "/api/v3/organizer/tickets";
    r.headers = {{"x-api-key", "k"}, {"content-type", "application/json; charset=utf-8"}};
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("tickets"), QJsonArray{ticket(QStringLiteral("A"))}}}).toJson();
    Response out = svc.handle(r);
    QCOMPARE(out.status, 200);
    QVERIFY(out.body.contains("\"INJECTED\""));
    r.headers[1].second = "text/plain";
    QCOMPARE(svc.handle(r).status, 415);
    r.method = "GET";
    r.path = "/api/v3/organizer/tickets/diff";
    r.body.clear();
    out = svc.handle(r);
    QCOMPARE(out.status, 200);
    QVERIFY(out.body.contains("2030-03-17T17:46:40.000Z"));
    r.method = "DELETE";
    QCOMPARE(svc.handle(r).status, 405);
}

QTEST_GUILESS_MAIN(TstSimState)
#include "tst_simstate.moc"
