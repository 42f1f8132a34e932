// `tixsync-cli reconcile` end to end on a temporary SQLite database built with the store:
// counts and JSON, --fail-on and its exit codes, CSV, --event, --tixngo-file and usage errors.
#include "core/store.h"
#include "reconfixtures.h"

#ifdef TIXSYNC_HAVE_SIM
#include "secrets/connectionprofiles.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#endif
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace tixsync;
using reconfixtures::at;
using reconfixtures::ticket;

class TestCliRecon : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanDatabaseExitsZero();
    void jsonCountsAndDiscrepancies();
    void failOn_data();
    void failOn();
    void textTableAndCsv();
    void eventFilter();
    void tixngoFileReportsUnknown_rec9();
    void usageErrors_data();
    void usageErrors();
    void refreshReadsTixngo_rec9();

private:
    struct Run {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QString &db, const QStringList &args) const;
    QString makeDb(const char *name, const QList<Ticket> &tickets);
    QTemporaryDir m_dir;
    QString m_clean;
    QString m_dirty;
    QString m_warningsOnly;
};

TestCliRecon::Run TestCliRecon::cli(const QString &db, const QStringList &args) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TIXNGO_API_KEY"), QStringLiteral("recon-test-key"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TIXSYNC_BIN_DIR "/tixsync-cli"),
        QStringList{
            QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("reconcile")}
            + args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError()};
}

QString TestCliRecon::makeDb(const char *name, const QList<Ticket> &tickets)
{
    const QString path = m_dir.filePath(QString::fromLatin1(name));
    auto store = Store::open(path);
    if (!store)
        return {};
    for (const char *e : {"E1", "E2"})
        if (!(*store)->upsertEvent(reconfixtures::event(QString::fromLatin1(e))))
            return {};
    for (const Ticket &t : tickets)
        if (!(*store)->upsertTicket(t))
            return {};
    return path;
}

void TestCliRecon::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_clean = makeDb("clean.sqlite",
        {ticket(QStringLiteral("C1"), QStringLiteral("E1"), S360Status::Printed, TixngoStatus::Downloaded),
            ticket(QStringLiteral("C2"), QStringLiteral("E1"), S360Status::NotPrinted),
            ticket(QStringLiteral("C3"), QStringLiteral("E2"), S360Status::Cancelled, TixngoStatus::Deleted)});
    QVERIFY(!m_clean.isEmpty());
    Ticket lac = ticket(QStringLiteral("LAC"), QStringLiteral("E2"), S360Status::Cancelled, TixngoStatus::Downloaded);
    lac.s360StatusChangedAt = at("2026-06-01T19:50:00Z"); // pending at 20:00, error at 21:00
    m_dirty = makeDb("dirty.sqlite",
        {ticket(QStringLiteral("MISS"), QStringLiteral("E1"), S360Status::Printed),
            ticket(QStringLiteral("SNE"), QStringLiteral("E1"), S360Status::NotPrinted, TixngoStatus::Injected),
            ticket(QStringLiteral("OK"), QStringLiteral("E1"), S360Status::Printed, TixngoStatus::Downloaded), lac});
    QVERIFY(!m_dirty.isEmpty());
    m_warningsOnly = makeDb("warnings.sqlite",
        {ticket(QStringLiteral("W"), QStringLiteral("E1"), S360Status::Printed, TixngoStatus::Controlled)});
    QVERIFY(!m_warningsOnly.isEmpty());
}

void TestCliRecon::cleanDatabaseExitsZero()
{
    const Run r = cli(m_clean, {QStringLiteral("--json"), QStringLiteral("--fail-on"), QStringLiteral("warning")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QLatin1String("discrepancies")).toArray().size(), 0);
    QCOMPARE(o.value(QLatin1String("tickets")).toInt(), 3);
}

// rules REC-1 REC-2 REC-4 through the CLI's JSON.
void TestCliRecon::jsonCountsAndDiscrepancies()
{
    const Run r
        = cli(m_dirty, {QStringLiteral("--json"), QStringLiteral("--now"), QStringLiteral("2026-06-01T20:00:00Z")});
    QCOMPARE(r.code, 0);
    QJsonParseError err;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &err).object();
    QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(err.errorString() + QString::fromUtf8(r.out)));
    const QJsonObject counts = o.value(QLatin1String("counts")).toObject();
    QCOMPARE(counts.size(), 9);
    QCOMPARE(counts.value(QLatin1String("MISSING_IN_TIXNGO")).toInt(), 1);
    QCOMPARE(counts.value(QLatin1String("SHOULD_NOT_EXIST")).toInt(), 1);
    QCOMPARE(counts.value(QLatin1String("LIVE_AFTER_CANCEL")).toInt(), 1);
    QCOMPARE(counts.value(QLatin1String("UNKNOWN_TO_S360")).toInt(), 0);
    const QJsonArray list = o.value(QLatin1String("discrepancies")).toArray();
    QCOMPARE(list.size(), 3);
    QJsonObject lac;
    for (const QJsonValue &v : list)
        if (v.toObject().value(QLatin1String("ticketId")).toString() == QLatin1String("LAC"))
            lac = v.toObject();
    QCOMPARE(lac.value(QLatin1String("eventId")).toString(), QStringLiteral("E2"));
    QCOMPARE(lac.value(QLatin1String("category")).toString(), QStringLiteral("LIVE_AFTER_CANCEL"));
    QCOMPARE(lac.value(QLatin1String("severity")).toString(), QStringLiteral("pending"));
    QCOMPARE(lac.value(QLatin1String("s360Status")).toString(), QStringLiteral("CANCELLED"));
    QCOMPARE(lac.value(QLatin1String("tixngoStatus")).toString(), QStringLiteral("DOWNLOADED"));
    QCOMPARE(lac.value(QLatin1String("age")).toInt(), 600);
    QVERIFY(lac.value(QLatin1String("explanation")).toString().contains(QLatin1String("push cancelled")));
    // Events: E1 (two errors) needs attention before E2 (one pending).
    const QJsonArray events = o.value(QLatin1String("events")).toArray();
    QCOMPARE(events.at(0).toObject().value(QLatin1String("eventId")).toString(), QStringLiteral("E1"));
    QCOMPARE(events.at(0).toObject().value(QLatin1String("error")).toInt(), 2);
}

void TestCliRecon::failOn_data()
{
    QTest::addColumn<QString>("db");
    QTest::addColumn<QString>("failOn");
    QTest::addColumn<QString>("now");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("errors, --fail-on error") << "dirty"
                                             << "error"
                                             << "2026-06-01T20:00:00Z" << 3;
    QTest::newRow("errors, --fail-on warning") << "dirty"
                                               << "warning"
                                               << "2026-06-01T20:00:00Z" << 3;
    QTest::newRow("warnings only, --fail-on error") << "warnings"
                                                    << "error"
                                                    << "2026-06-01T20:00:00Z" << 0;
    QTest::newRow("warnings only, --fail-on warning") << "warnings"
                                                      << "WARNING"
                                                      << "2026-06-01T20:00:00Z" << 3;
    QTest::newRow("clean, --fail-on error") << "clean"
                                            << "error"
                                            << "2026-06-01T20:00:00Z" << 0;
}

void TestCliRecon::failOn()
{
    QFETCH(QString, db);
    QFETCH(QString, failOn);
    QFETCH(QString, now);
    QFETCH(int, exitCode);
    const QString path = db == QLatin1String("dirty") ? m_dirty
        : db == QLatin1String("clean")                ? m_clean
                                                      : m_warningsOnly;
    const Run r = cli(path, {QStringLiteral("--fail-on"), failOn, QStringLiteral("--now"), now});
    QVERIFY2(r.code == exitCode, r.err.constData());
}

void TestCliRecon::textTableAndCsv()
{
    const QString csvPath = m_dir.filePath(QStringLiteral("out.csv"));
    const Run r = cli(
        m_dirty, {QStringLiteral("--csv"), csvPath, QStringLiteral("--now"), QStringLiteral("2026-06-01T21:00:00Z")});
    QCOMPARE(r.code, 0);
    const QString text = QString::fromUtf8(r.out);
    // An hour later the cancel is an error.
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("LIVE_AFTER_CANCEL +1 +0 +0 +0 +1"))), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("MISSING_IN_TIXNGO +1 +0 +0 +0 +1"))), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("OWNER_DRIFT +0 +0 +0 +0 +0"))), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Events needing attention first")));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QVERIFY(lines.first().startsWith("ticketId,eventId,barcode,category,severity"));
    QCOMPARE(lines.size(), 5); // header + 3 + trailing empty
}

void TestCliRecon::eventFilter()
{
    Run r = cli(m_dirty, {QStringLiteral("--json"), QStringLiteral("--event"), QStringLiteral("E2")});
    QCOMPARE(r.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out).object().value(QLatin1String("discrepancies")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(QLatin1String("ticketId")).toString(), QStringLiteral("LAC"));
    // Shipment modes: the fixtures have none, so a mode filter leaves nothing to reconcile.
    r = cli(m_dirty, {QStringLiteral("--json"), QStringLiteral("--shipment-mode"), QStringLiteral("WALLET,APP")});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("tickets")).toInt(), 0);
    r = cli(m_dirty, {QStringLiteral("--event"), QStringLiteral("NOPE")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("NOPE"));
}

// rule REC-9: ids from TIXNGO's view that S-360 does not have.
void TestCliRecon::tixngoFileReportsUnknown_rec9()
{
    const QString file = m_dir.filePath(QStringLiteral("tixngo.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"tickets": [{"ticketId": "C1", "status": "DOWNLOADED"},
                            {"ticketId": "GHOST", "status": "TRANSFERRED", "updatedAt": "2026-06-01T18:00:00Z"}]})");
    f.close();
    Run r = cli(m_clean,
        {QStringLiteral("--json"), QStringLiteral("--tixngo-file"), file, QStringLiteral("--fail-on"),
            QStringLiteral("error")});
    QCOMPARE(r.code, 3);
    const QJsonArray list = QJsonDocument::fromJson(r.out).object().value(QLatin1String("discrepancies")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(QLatin1String("category")).toString(), QStringLiteral("UNKNOWN_TO_S360"));
    QVERIFY(list.at(0).toObject().value(QLatin1String("s360Status")).isNull());

    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"([{"ticketId": "X", "status": "SOLD"}])");
    f.close();
    r = cli(m_clean, {QStringLiteral("--tixngo-file"), file});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("SOLD") && r.err.contains("tixngo.json"), r.err.constData());
}

void TestCliRecon::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("json and csv") << QStringList{
        QStringLiteral("--json"), QStringLiteral("--csv"), QStringLiteral("x")};
    QTest::newRow("bad fail-on") << QStringList{QStringLiteral("--fail-on"), QStringLiteral("pending")};
    QTest::newRow("bad now") << QStringList{QStringLiteral("--now"), QStringLiteral("yesterday")};
    QTest::newRow("bad grace") << QStringList{QStringLiteral("--cancel-grace"), QStringLiteral("-5")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")};
    QTest::newRow("stray argument") << QStringList{QStringLiteral("E1")};
}

void TestCliRecon::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = cli(m_clean, args);
    QCOMPARE(r.code, 64);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
}

// rule REC-9 with --refresh: the CLI reads the simulator's whole diff feed through the active
// connection profile (API key from TIXNGO_API_KEY) and reports the ticket S-360 does not have.
void TestCliRecon::refreshReadsTixngo_rec9()
{
#ifndef TIXSYNC_HAVE_SIM
    QSKIP("built without tixngo-sim or the connection profiles");
#else
    QProcess sim;
    sim.start(QStringLiteral(TIXSYNC_BIN_DIR "/tixngo-sim"),
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--api-key"), QStringLiteral("recon-test-key")});
    QVERIFY(sim.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 15000);
    const QString line = QString::fromUtf8(sim.readLine()).trimmed();
    const QString url = line.mid(line.indexOf(QLatin1String("http://")));
    QVERIFY2(url.endsWith(QLatin1String("organizer/tickets")), qPrintable(line));

    // Two tickets in TIXNGO: C1 (S-360 has it) and GHOST (S-360 does not).
    QNetworkAccessManager nam;
    QNetworkRequest request{QUrl(url)};
    request.setRawHeader("X-Api-Key", "recon-test-key");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QByteArray body = R"({"tickets": [)";
    for (const char *id : {"C1", "GHOST"}) {
        if (!body.endsWith('['))
            body += ',';
        body += R"({"ticketId": ")" + QByteArray(id) + R"(",
          "event": {"id": "E1", "name": "Geneva - Basel", "startTime": "2030-06-01T20:00:00+02:00",
                    "address": {"site": "Stade", "city": "Lancy", "countryCode": "CH", "zip": "1212"}},
          "purchaseDetails": {"price": 45.5, "currency": "CHF"},
          "security": {"barcode": "BC-)"
            + QByteArray(id) + R"("},
          "spectatorDetails": {"firstName": "Ada", "lastName": "Muster", "email": "ada@example.org", "gender": "F"},
          "activationParameters": {"method": "online"}})";
    }
    body += "]}";
    QNetworkReply *reply = nam.post(request, body);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
    QVERIFY2(reply->error() == QNetworkReply::NoError, reply->readAll().constData());
    reply->deleteLater();

    secrets::ConnectionProfiles profiles; // the same per-user settings file the CLI reads (test HOME)
    secrets::ConnectionProfile profile;
    profile.name = QStringLiteral("recon-sim");
    profile.url = url;
    profiles.remove(profile.name);
    auto added = profiles.add(profile);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));

    Run r = cli(m_clean,
        {QStringLiteral("--refresh"), QStringLiteral("--profile"), profile.name, QStringLiteral("--json"),
            QStringLiteral("--fail-on"), QStringLiteral("error")});
    sim.terminate();
    sim.waitForFinished(5000);
    profiles.remove(profile.name);
    QVERIFY2(r.code == 3, r.err.constData());
    const QJsonArray list = QJsonDocument::fromJson(r.out).object().value(QLatin1String("discrepancies")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(QLatin1String("ticketId")).toString(), QStringLiteral("GHOST"));
    QCOMPARE(list.at(0).toObject().value(QLatin1String("category")).toString(), QStringLiteral("UNKNOWN_TO_S360"));
    QCOMPARE(list.at(0).toObject().value(QLatin1String("tixngoStatus")).toString(), QStringLiteral("INJECTED"));

    r = cli(m_clean, {QStringLiteral("--refresh"), QStringLiteral("--profile"), QStringLiteral("no-such-profile")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("no-such-profile"));
#endif
}

QTEST_GUILESS_MAIN(TestCliRecon)
#include "tst_cli_recon.moc"
