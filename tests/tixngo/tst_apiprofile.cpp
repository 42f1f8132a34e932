// The API profile: defaults are the contract, JSON round trip, clear errors for bad values.
#include "tixngo/apiprofile.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tixsync;
using namespace tixsync::tixngo;

class TestApiProfile : public QObject {
    Q_OBJECT
private slots:
    void defaultsAreTheContract();
    void jsonRoundTrip();
    void partialFileKeepsDefaults();
    void badValues_data();
    void badValues();
    void syntaxErrorNamesLineAndColumn();
    void loadAndSave();
};

void TestApiProfile::defaultsAreTheContract()
{
    const ApiProfile p;
    QCOMPARE(p.injectPath, QStringLiteral("organizer/tickets"));
    QCOMPARE(p.diffPath, QStringLiteral("organizer/tickets/diff"));
    QCOMPARE(p.deletePath, QStringLiteral("organizer/tickets/delete"));
    QCOMPARE(p.controlPath, QStringLiteral("organizer/tickets/control"));
    QCOMPARE(p.readTicketPath, QStringLiteral("organizer/tickets/{ticketId}"));
    QCOMPARE(p.statusLogPath, QStringLiteral("organizer/report/ticket-status-logs"));
    QCOMPARE(p.authHeader, QStringLiteral("X-Api-Key")); // rule API-2
    QVERIFY(p.authScheme.isEmpty());
    QCOMPARE(p.maxTicketsPerCall, 1000);
    QCOMPARE(p.maxPageLimit, 10000);
    QVERIFY(p.validate());
    const ApiProfile b = ApiProfile::bearerAuth();
    QCOMPARE(b.authHeader, QStringLiteral("Authorization"));
    QCOMPARE(b.authScheme, QStringLiteral("Bearer"));
    QVERIFY(b.validate());
}

void TestApiProfile::jsonRoundTrip()
{
    ApiProfile p = ApiProfile::bearerAuth();
    p.injectPath = QStringLiteral("organizer/v2/tickets");
    p.readTicketPath = QStringLiteral("organizer/ticket/{ticketId}/details");
    p.maxTicketsPerCall = 250;
    p.maxPageLimit = 500;
    p.callsInFlight = 3;
    p.transferTimeoutMs = 1500;
    p.retry = {7, 10, 90, 5000, 2000};
    p.lowDelay = false;
    const QByteArray json = p.toJson();
    auto back = ApiProfile::fromJson(json);
    QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
    QCOMPARE(*back, p);
    QCOMPARE(ApiProfile::fromJson(ApiProfile().toJson()).value(), ApiProfile());
}

void TestApiProfile::partialFileKeepsDefaults()
{
    auto p = ApiProfile::fromJson(R"({"auth": {"header": "Authorization", "scheme": "Bearer"}})");
    QVERIFY(p);
    QCOMPARE(p->authHeader, QStringLiteral("Authorization"));
    QCOMPARE(p->injectPath, ApiProfile().injectPath);
    QCOMPARE(p->retry, RetryPolicy());
    QVERIFY(ApiProfile::fromJson("{}"));
}

void TestApiProfile::badValues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("absolute path") << QByteArray(R"({"paths": {"inject": "/organizer/tickets"}})")
                                   << QStringLiteral("paths.inject");
    QTest::newRow("url as path") << QByteArray(R"({"paths": {"diff": "https://x/organizer/tickets/diff"}})")
                                 << QStringLiteral("paths.diff");
    QTest::newRow("no placeholder") << QByteArray(R"({"paths": {"readTicket": "organizer/tickets/one"}})")
                                    << QStringLiteral("{ticketId}");
    QTest::newRow("header with space") << QByteArray(R"({"auth": {"header": "X Api Key"}})")
                                       << QStringLiteral("auth.header");
    QTest::newRow("zero per call") << QByteArray(R"({"limits": {"maxTicketsPerCall": 0}})")
                                   << QStringLiteral("limits.maxTicketsPerCall");
    QTest::newRow("page over contract") << QByteArray(R"({"limits": {"maxPageLimit": 20000}})")
                                        << QStringLiteral("between 1 and 10000");
    QTest::newRow("fraction") << QByteArray(R"({"retry": {"maxAttempts": 2.5}})")
                              << QStringLiteral("retry.maxAttempts");
    QTest::newRow("text for number") << QByteArray(R"({"timeouts": {"transferMs": "30s"}})")
                                     << QStringLiteral("timeouts.transferMs");
    QTest::newRow("max delay below base")
        << QByteArray(R"({"retry": {"baseDelayMs": 1000, "maxDelayMs": 10}})") << QStringLiteral("retry.maxDelayMs");
    QTest::newRow("unknown key") << QByteArray(R"({"limits": {"maxTicketPerCall": 10}})")
                                 << QStringLiteral("limits.maxTicketPerCall");
    QTest::newRow("unknown section") << QByteArray(R"({"path": {}})") << QStringLiteral("known sections");
    QTest::newRow("section not object") << QByteArray(R"({"retry": 3})") << QStringLiteral("retry");
    QTest::newRow("bool as text") << QByteArray(R"({"transport": {"lowDelay": "yes"}})")
                                  << QStringLiteral("transport.lowDelay");
    QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("JSON object");
}

void TestApiProfile::badValues()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    auto p = ApiProfile::fromJson(json, QStringLiteral("profile.json"));
    QVERIFY(!p);
    QVERIFY2(p.error().message.contains(mentions), qPrintable(p.error().message));
    QCOMPARE(p.error().file, QStringLiteral("profile.json"));
}

void TestApiProfile::syntaxErrorNamesLineAndColumn()
{
    auto p = ApiProfile::fromJson("{\n  \"auth\": {\"header\": \"X\",}\n}");
    QVERIFY(!p);
    QCOMPARE(p.error().code, QStringLiteral("tixngo.profile.syntax"));
    QCOMPARE(p.error().line, 2);
    QVERIFY(p.error().column > 1);
}

void TestApiProfile::loadAndSave()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.json"));
    ApiProfile p;
    p.maxTicketsPerCall = 10;
    QVERIFY(p.save(path));
    auto back = ApiProfile::load(path);
    QVERIFY(back);
    QCOMPARE(back->maxTicketsPerCall, 10);
    auto missing = ApiProfile::load(dir.filePath(QStringLiteral("none.json")));
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(QStringLiteral("Cannot read the API profile")));
}

QTEST_GUILESS_MAIN(TestApiProfile)
#include "tst_apiprofile.moc"
