// Interface URL validation (rule API-1) and endpoint building (percent-encoded ticket ids).
#include "tixngo/connection.h"

#include <QtTest>

using namespace tixsync;
using namespace tixsync::tixngo;

class TestConnection : public QObject {
    Q_OBJECT
private slots:
    void urlTable_API1_data();
    void urlTable_API1();
    void endpointsAreRelativeToRoot();
    void debugShowsNoSecrets();
};

// rule API-1
void TestConnection::urlTable_API1_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("error"); // empty = accepted
    QTest::addColumn<QString>("root");
    const QString ok;
    QTest::newRow("https") << "https://tixngo.example/api/v3/organizer/tickets" << ok
                           << "https://tixngo.example/api/v3/";
    QTest::newRow("trailing slash") << "https://tixngo.example/api/v3/organizer/tickets/" << ok
                                    << "https://tixngo.example/api/v3/";
    QTest::newRow("blanks around") << "  https://t.example/organizer/tickets " << ok << "https://t.example/";
    QTest::newRow("port") << "https://t.example:8443/x/organizer/tickets" << ok << "https://t.example:8443/x/";
    QTest::newRow("http localhost") << "http://localhost:8080/api/v3/organizer/tickets" << ok
                                    << "http://localhost:8080/api/v3/";
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:1234/api/v3/organizer/tickets" << ok
                                    << "http://127.0.0.1:1234/api/v3/";
    QTest::newRow("http 127.5.6.7") << "http://127.5.6.7/organizer/tickets" << ok << "http://127.5.6.7/";
    QTest::newRow("http ::1") << "http://[::1]:99/api/organizer/tickets" << ok << "http://[::1]:99/api/";
    QTest::newRow("http remote") << "http://tixngo.example/api/v3/organizer/tickets"
                                 << "tixngo.url.http"
                                 << "";
    QTest::newRow("http 10.x") << "http://10.0.0.1/organizer/tickets"
                               << "tixngo.url.http"
                               << "";
    QTest::newRow("http localhost.evil") << "http://localhost.evil.example/organizer/tickets"
                                         << "tixngo.url.http"
                                         << "";
    QTest::newRow("wrong suffix") << "https://tixngo.example/api/v3/organizer"
                                  << "tixngo.url.suffix"
                                  << "";
    QTest::newRow("root only") << "https://tixngo.example/api/v3/"
                               << "tixngo.url.suffix"
                               << "";
    QTest::newRow("suffix glued") << "https://tixngo.example/api/v3/xorganizer/tickets"
                                  << "tixngo.url.suffix"
                                  << "";
    QTest::newRow("suffix then more") << "https://tixngo.example/organizer/tickets/diff"
                                      << "tixngo.url.suffix"
                                      << "";
    QTest::newRow("ftp") << "ftp://tixngo.example/organizer/tickets"
                         << "tixngo.url.scheme"
                         << "";
    QTest::newRow("no scheme") << "tixngo.example/organizer/tickets"
                               << "tixngo.url.invalid"
                               << "";
    QTest::newRow("empty") << ""
                           << "tixngo.url.invalid"
                           << "";
    QTest::newRow("password in url") << "https://admin:secret@t.example/organizer/tickets"
                                     << "tixngo.url.invalid"
                                     << "";
    QTest::newRow("query") << "https://t.example/organizer/tickets?key=abc"
                           << "tixngo.url.invalid"
                           << "";
}

// rule API-1
void TestConnection::urlTable_API1()
{
    QFETCH(QString, url);
    QFETCH(QString, error);
    QFETCH(QString, root);
    auto c = Connection::fromUrl(url);
    if (error.isEmpty()) {
        QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
        QCOMPARE(c->root().toString(), root);
        QVERIFY(c->interfaceUrl().toString().endsWith(QLatin1String("organizer/tickets")));
    } else {
        QVERIFY(!c);
        QCOMPARE(c.error().code, error);
        if (error == QLatin1String("tixngo.url.suffix"))
            QVERIFY(c.error().message.contains(QLatin1String("must end with \"organizer/tickets\"")));
        if (error == QLatin1String("tixngo.url.http"))
            QVERIFY(c.error().message.contains(QLatin1String("https://")));
        QVERIFY(!c.error().message.contains(QLatin1String("secret")));
    }
}

void TestConnection::endpointsAreRelativeToRoot()
{
    auto c = Connection::fromUrl(QStringLiteral("https://t.example/api/v3/organizer/tickets"));
    QVERIFY(c);
    QCOMPARE(c->endpoint(QStringLiteral("organizer/tickets/diff"), "limit=5&paginationKey=a%2Bb").toEncoded(),
        QByteArray("https://t.example/api/v3/organizer/tickets/diff?limit=5&paginationKey=a%2Bb"));
    // A ticket id with '/', '+', ' ' and '()' stays one path segment.
    const QString id = QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("A/B+C (1)")));
    QCOMPARE(c->endpoint(QStringLiteral("organizer/tickets/") + id).toEncoded(),
        QByteArray("https://t.example/api/v3/organizer/tickets/A%2FB%2BC%20%281%29"));
}

void TestConnection::debugShowsNoSecrets()
{
    auto c = Connection::fromUrl(QStringLiteral("https://t.example/api/v3/organizer/tickets"));
    QVERIFY(c);
    QString text;
    QDebug(&text) << *c;
    QVERIFY(text.contains(QLatin1String("t.example")));
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
