// Product comfort variables from the S-360 export to the injection payload: a CSV with TIXAct,
// TIXStart, TIXExp, TIXRGrp and the season dates is imported, and the production PayloadFactory
// (the one injection runs use) builds the ticket JSON from the stored ticket, honouring
// batch default → comfort variable → template (rule TPL-8) for every value form (rule TPL-9).
#include "import/demodata.h"
#include "import/ticketimporter.h"
#include "support/testdb.h"
#include "sync/payloadfactory.h"
#include "sync/syncengine.h"
#include "template/template.h"
#include "template/templatestore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace tixsync;

namespace {
// The performance: 14 March 2027 16:30 at +01:00, 105 minutes. Batch defaults (docs/template.md):
// startTime = the start, expirationDate = start + duration, activation time = start − 24 h, no group.
constexpr auto kStart = "2027-03-14T16:30:00+01:00";
constexpr auto kDefaultExpiration = "2027-03-14T18:15:00+01:00";
constexpr auto kDefaultActivation = "2027-03-13T16:30:00+01:00";

// What TIXNGO requires besides the dates (PAY-1): venue, address, barcode, spectator.
constexpr auto kRestHeader = ",barcode,venue,city,country_code,zip,contact_first_name,contact_last_name,contact_email";
constexpr auto kRest = ",7300001,St. Jakob-Park,Basel,CH,4052,Anna,Muster,anna@example.org";

QString valueAt(const QByteArray &json, const QString &path)
{
    QJsonValue v = QJsonDocument::fromJson(json).object();
    for (const QString &seg : path.split(QLatin1Char('.')))
        v = v.toObject().value(seg);
    return v.isUndefined() ? QStringLiteral("(absent)") : v.toString();
}
} // namespace

class TestComfortPayload : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void injectionPayloadPrecedence_TPL8_TPL9_data();
    void injectionPayloadPrecedence_TPL8_TPL9();
    void wallClockValuesInTheEventTimeZone_TPL9_data();
    void wallClockValuesInTheEventTimeZone_TPL9();
    void badStoredComfortFailsOnlyItsProduct_TPL9();
    void dryRunInjectionCarriesProductComfort_TPL8_TPL9();
    void demoSeasonCardPayload_TPL9();

private:
    QString write(const char *name, const QByteArray &content);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestComfortPayload::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = Store::open(TIXSYNC_FRESH_DB(*m_dir, "comfort"));
    QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
    m_store = std::move(*store);
}

void TestComfortPayload::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestComfortPayload::write(const char *name, const QByteArray &content)
{
    const QString path = m_dir->filePath(QString::fromLatin1(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", name);
    return path;
}

void TestComfortPayload::injectionPayloadPrecedence_TPL8_TPL9_data()
{
    QTest::addColumn<QString>("variable"); // comfort column set on product P1 (empty = none)
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("templateValue"); // a template row on `path` (empty = no row)
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected"); // for the ticket of product P1
    QTest::addColumn<QString>("otherExpected"); // for the ticket of product P2, without comfort

    const QString act = QStringLiteral("activationParameters.time");
    const QString start = QStringLiteral("event.startTime");
    const QString exp = QStringLiteral("event.expirationDate");
    const QString grp = QStringLiteral("activationParameters.groupId");
    const QString none;
    const QString absent = QStringLiteral("(absent)");
    const QString defAct = QString::fromLatin1(kDefaultActivation);
    const QString defStart = QString::fromLatin1(kStart);
    const QString defExp = QString::fromLatin1(kDefaultExpiration);

    // Batch defaults only.
    QTest::newRow("default activation") << none << none << none << act << defAct << defAct;
    QTest::newRow("default start") << none << none << none << start << defStart << defStart;
    QTest::newRow("default expiration") << none << none << none << exp << defExp << defExp;
    QTest::newRow("default group") << none << none << none << grp << absent << absent;

    // Comfort variable over the batch default, every value form. Relative offsets count from the
    // performance start; absolute dates are read in its UTC offset; seasons are 2026-07-01 to
    // 2027-06-30 (first day 00:00, last day 23:59:59).
    QTest::newRow("TIXAct -2d") << "TIXAct"
                                << "-2d" << none << act << "2027-03-12T16:30:00+01:00" << defAct;
    QTest::newRow("TIXAct +3h") << "TIXAct"
                                << "+3h" << none << act << "2027-03-14T19:30:00+01:00" << defAct;
    QTest::newRow("TIXAct -1w") << "TIXAct"
                                << "-1w" << none << act << "2027-03-07T16:30:00+01:00" << defAct;
    QTest::newRow("TIXAct 2w (no sign)") << "TIXAct"
                                         << "2w" << none << act << "2027-03-28T16:30:00+01:00" << defAct;
    QTest::newRow("TIXAct dd/mm/yy hh:mm") << "TIXAct"
                                           << "12/03/27 09:00" << none << act << "2027-03-12T09:00:00+01:00" << defAct;
    QTest::newRow("TIXAct start_of_season")
        << "TIXAct"
        << "start_of_season" << none << act << "2026-07-01T00:00:00+01:00" << defAct;
    QTest::newRow("TIXStart start_of_season")
        << "TIXStart"
        << "start_of_season" << none << start << "2026-07-01T00:00:00+01:00" << defStart;
    QTest::newRow("TIXStart -1h") << "TIXStart"
                                  << "-1h" << none << start << "2027-03-14T15:30:00+01:00" << defStart;
    QTest::newRow("TIXStart dd/mm/yy hh:mm")
        << "TIXStart"
        << "22/10/26 21:15" << none << start << "2026-10-22T21:15:00+01:00" << defStart;
    QTest::newRow("TIXExp end_of_season") << "TIXExp"
                                          << "end_of_season" << none << exp << "2027-06-30T23:59:59+01:00" << defExp;
    QTest::newRow("TIXExp +1d") << "TIXExp"
                                << "+1d" << none << exp << "2027-03-15T16:30:00+01:00" << defExp;
    QTest::newRow("TIXExp dd/mm/yy hh:mm") << "TIXExp"
                                           << "15/03/27 02:00" << none << exp << "2027-03-15T02:00:00+01:00" << defExp;
    QTest::newRow("TIXRGrp") << "TIXRGrp"
                             << "GROUP-7" << none << grp << "GROUP-7" << absent;

    // The template over the comfort variable (and the default) where it may set the path (TPL-7
    // forbids event.startTime and event.expirationDate).
    QTest::newRow("template over TIXAct") << "TIXAct"
                                          << "-2d"
                                          << "2027-03-10T12:00:00Z" << act << "2027-03-10T12:00:00Z"
                                          << "2027-03-10T12:00:00Z";
    QTest::newRow("template over TIXRGrp") << "TIXRGrp"
                                           << "GROUP-7"
                                           << "TPL-GROUP" << grp << "TPL-GROUP"
                                           << "TPL-GROUP";
    QTest::newRow("template without comfort") << none << none << "2027-03-11T08:00:00Z" << act << "2027-03-11T08:00:00Z"
                                              << "2027-03-11T08:00:00Z";
}

void TestComfortPayload::injectionPayloadPrecedence_TPL8_TPL9()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(QString, templateValue);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QFETCH(QString, otherExpected);

    // Every comfort column is in the file; only `variable` has a value, on product P1.
    QByteArray csv("ticket_id,ticket_number,event_id,event_name,event_start,duration_minutes,s360_status,"
                   "product_code,TIXAct,TIXStart,TIXExp,TIXRGrp,season_start,season_end");
    csv += QByteArray(kRestHeader) + '\n';
    QStringList cells(4);
    static const QStringList names
        = {QStringLiteral("TIXAct"), QStringLiteral("TIXStart"), QStringLiteral("TIXExp"), QStringLiteral("TIXRGrp")};
    if (!variable.isEmpty())
        cells[names.indexOf(variable)] = value;
    csv += "1,11,E1,Match," + QByteArray(kStart) + ",105,NOT_PRINTED,P1," + cells.join(QLatin1Char(',')).toUtf8()
        + ",2026-07-01,2027-06-30" + kRest + '\n';
    csv += "2,12,E1,Match," + QByteArray(kStart) + ",105,NOT_PRINTED,P2,,,,,," + kRest + '\n';
    auto imported = importTicketsCsv(*m_store, write("comfort.csv", csv));
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));

    if (!templateValue.isEmpty()) {
        auto tpl = tpl::Template::fromJson(
            QStringLiteral(R"({"name": "comfort-test", "fields": [{"path": "%1", "value": "%2", "type": "text"}]})")
                .arg(path, templateValue)
                .toUtf8());
        QVERIFY2(tpl, qPrintable(tpl ? QString() : tpl.error().toString()));
        QVERIFY(tpl::TemplateStore(*m_store).save(*tpl, QStringLiteral("test")));
        QVERIFY(m_store->setSetting(QStringLiteral("sync/templateName"), QStringLiteral("comfort-test")));
    }

    auto factory = sync::makePayloadFactory(*m_store, sync::RunOptions{});
    QVERIFY2(factory, qPrintable(factory ? QString() : factory.error().toString()));
    const auto event = m_store->event(QStringLiteral("E1"));
    QVERIFY(event);
    for (const auto &[id, want] :
        {std::pair{QStringLiteral("1"), expected}, std::pair{QStringLiteral("2"), otherExpected}}) {
        const auto ticket = m_store->ticket(id);
        QVERIFY(ticket);
        auto payload = (*factory)(*ticket, *event);
        QVERIFY2(payload, qPrintable(payload ? QString() : payload.error().toString()));
        QCOMPARE(valueAt(*payload, path), want);
    }
}

void TestComfortPayload::wallClockValuesInTheEventTimeZone_TPL9_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    // The performance is in Europe/Zurich at +01:00 (winter); summer dates get +02:00, the offset
    // Zurich has then. Relative offsets are exact durations from the performance start.
    QTest::newRow("end_of_season in summer") << "TIXExp"
                                             << "end_of_season"
                                             << "event.expirationDate"
                                             << "2027-06-30T23:59:59+02:00";
    QTest::newRow("start_of_season in summer") << "TIXAct"
                                               << "start_of_season"
                                               << "activationParameters.time"
                                               << "2026-07-01T00:00:00+02:00";
    QTest::newRow("dd/mm/yy hh:mm in summer") << "TIXStart"
                                              << "22/10/26 21:15"
                                              << "event.startTime"
                                              << "2026-10-22T21:15:00+02:00";
    QTest::newRow("dd/mm/yy hh:mm in winter") << "TIXAct"
                                              << "12/03/27 09:00"
                                              << "activationParameters.time"
                                              << "2027-03-12T09:00:00+01:00";
    QTest::newRow("relative across the change") << "TIXExp"
                                                << "2w"
                                                << "event.expirationDate"
                                                << "2027-03-28T16:30:00+01:00";
}

void TestComfortPayload::wallClockValuesInTheEventTimeZone_TPL9()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    auto imported = importTicketsCsv(*m_store,
        write("zone.csv",
            QByteArray("ticket_id,ticket_number,event_id,event_name,event_start,time_zone,s360_status,product_code,")
                + variable.toUtf8() + ",season_start,season_end" + kRestHeader
                + "\n1,11,E1,Match,14/03/27 16:30,Europe/Zurich,NOT_PRINTED,P1," + value.toUtf8()
                + ",2026-07-01,2027-06-30" + kRest + '\n'));
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
    auto factory = sync::makePayloadFactory(*m_store, sync::RunOptions{});
    QVERIFY(factory);
    const auto event = m_store->event(QStringLiteral("E1"));
    QCOMPARE(event->startTime.offsetFromUtc(), 3600);
    auto payload = (*factory)(*m_store->ticket(QStringLiteral("1")), *event);
    QVERIFY2(payload, qPrintable(payload ? QString() : payload.error().toString()));
    QCOMPARE(valueAt(*payload, path), expected);
}

void TestComfortPayload::badStoredComfortFailsOnlyItsProduct_TPL9()
{
    // A product row written by another tool with a value the import would refuse: its tickets fail
    // with an error naming the product, the other tickets build.
    auto imported = importTicketsCsv(*m_store,
        write("two.csv",
            QByteArray("ticket_id,ticket_number,event_id,event_name,event_start,s360_status,product_code") + kRestHeader
                + "\n1,11,E1,Match,2027-03-14T16:30:00+01:00,NOT_PRINTED,BAD" + kRest
                + "\n2,12,E1,Match,2027-03-14T16:30:00+01:00,NOT_PRINTED,GOOD" + kRest + '\n'));
    QVERIFY(imported);
    Product bad;
    bad.productCode = QStringLiteral("BAD");
    bad.tixAct = QStringLiteral("tomorrow");
    QVERIFY(m_store->upsertProduct(bad));
    Product good;
    good.productCode = QStringLiteral("GOOD");
    good.tixRGrp = QStringLiteral("G1");
    QVERIFY(m_store->upsertProduct(good));

    auto factory = sync::makePayloadFactory(*m_store, sync::RunOptions{});
    QVERIFY(factory);
    const Event event = *m_store->event(QStringLiteral("E1"));
    auto failed = (*factory)(*m_store->ticket(QStringLiteral("1")), event);
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, QStringLiteral("SYNC_COMFORT"));
    QVERIFY2(failed.error().message.contains(QStringLiteral("product BAD")), qPrintable(failed.error().message));
    QVERIFY2(failed.error().message.contains(QStringLiteral("tomorrow")), qPrintable(failed.error().message));
    auto built = (*factory)(*m_store->ticket(QStringLiteral("2")), event);
    QVERIFY(built);
    QCOMPARE(valueAt(*built, QStringLiteral("activationParameters.groupId")), QStringLiteral("G1"));
}

void TestComfortPayload::dryRunInjectionCarriesProductComfort_TPL8_TPL9()
{
    // The injection itself (a dry run shows the exact payloads it would send): the ticket of the
    // product with comfort variables carries them, the other one the batch defaults.
    auto imported = importTicketsCsv(*m_store,
        write("inject.csv",
            QByteArray("ticket_id,ticket_number,event_id,event_name,event_start,duration_minutes,s360_status,"
                       "product_code,TIXAct,TIXRGrp")
                + kRestHeader + "\n1,11,E1,Match," + kStart + ",105,NOT_PRINTED,P1,-2d,G7" + kRest + "\n2,12,E1,Match,"
                + kStart + ",105,NOT_PRINTED,P2,," + kRest + '\n'));
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
    sync::RunOptions o;
    o.function = sync::SyncFunction::Inject;
    o.dryRun = true;
    auto factory = sync::makePayloadFactory(*m_store, o);
    QVERIFY(factory);
    sync::SyncEngine engine(*m_store, nullptr, *factory);
    const sync::RunResult r = engine.run(o);
    QCOMPARE(r.outcome, sync::RunOutcome::Ok);
    QCOMPARE(r.plannedCalls.size(), 2);
    QCOMPARE(r.plannedCalls[0].ticketId, QStringLiteral("1"));
    QCOMPARE(valueAt(r.plannedCalls[0].payload, QStringLiteral("activationParameters.time")),
        QStringLiteral("2027-03-12T16:30:00+01:00"));
    QCOMPARE(valueAt(r.plannedCalls[0].payload, QStringLiteral("activationParameters.groupId")), QStringLiteral("G7"));
    QCOMPARE(valueAt(r.plannedCalls[1].payload, QStringLiteral("activationParameters.time")),
        QString::fromLatin1(kDefaultActivation));
    QCOMPARE(
        valueAt(r.plannedCalls[1].payload, QStringLiteral("activationParameters.groupId")), QStringLiteral("(absent)"));
}

void TestComfortPayload::demoSeasonCardPayload_TPL9()
{
    // Demo data puts start_of_season / end_of_season on the season cards: their payload spans the
    // season, whatever match the card's ticket row belongs to.
    DemoDataOptions o;
    o.events = 4;
    o.ticketsPerEvent = 300;
    o.seed = 3;
    QVERIFY(generateDemoData(*m_store, o));
    auto q = m_store->exec(QStringLiteral("SELECT t.ticket_id, p.season_start, p.season_end FROM tickets t JOIN "
                                          "products p ON p.product_code = t.product_code WHERE t.product_kind = "
                                          "'SEASON_CARD' ORDER BY t.ticket_id"));
    QVERIFY(q && q->next());
    const QString ticketId = q->value(0).toString();
    const QString seasonStart = q->value(1).toString();
    const QString seasonEnd = q->value(2).toString();
    QVERIFY(!seasonStart.isEmpty() && !seasonEnd.isEmpty());
    auto factory = sync::makePayloadFactory(*m_store, sync::RunOptions{});
    QVERIFY(factory);
    const auto ticket = m_store->ticket(ticketId);
    QVERIFY(ticket);
    const auto event = m_store->event(ticket->eventId);
    auto payload = (*factory)(*ticket, *event);
    QVERIFY2(payload, qPrintable(payload ? QString() : payload.error().toString()));
    QVERIFY2(valueAt(*payload, QStringLiteral("event.startTime")).startsWith(seasonStart + QStringLiteral("T00:00:00")),
        payload->constData());
    QVERIFY2(
        valueAt(*payload, QStringLiteral("event.expirationDate")).startsWith(seasonEnd + QStringLiteral("T23:59:59")),
        payload->constData());
    QVERIFY(valueAt(*payload, QStringLiteral("activationParameters.groupId")).startsWith(QStringLiteral("SEASON-")));
}

QTEST_GUILESS_MAIN(TestComfortPayload)
#include "tst_comfortpayload.moc"
