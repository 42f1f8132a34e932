// Connection profiles in the per-user settings: URL rules, add/update/remove, the active
// profile, and never a key in the settings file.
#include "secrets/connectionprofiles.h"
#ifdef TIXSYNC_HAVE_TIXNGO
#include "secrets/keychaincredentialprovider.h"
#endif

#include <QTemporaryDir>
#include <QtTest>

using namespace tixsync;
using namespace tixsync::secrets;

namespace {
ConnectionProfile profile(const QString &name, bool production = false)
{
    ConnectionProfile p;
    p.name = name;
    p.url = QStringLiteral("https://tixngo.example/api/v3/organizer/tickets");
    p.login = QStringLiteral("admin@example.org");
    p.apiProfile = QStringLiteral("default");
    p.organizerId = QStringLiteral("ORG-42");
    p.production = production;
    return p;
}
} // namespace

class TestConnectionProfiles : public QObject {
    Q_OBJECT
private slots:
    void init();
    void urlRules_API1_data();
    void urlRules_API1();
    void nameIsRequired();
    void addListFindRoundTrip();
    void duplicateNamesAreRefused();
    void updateRenamesAndKeepsActive();
    void removeClearsActive();
    void unknownProfileIsAClearError();
    void settingsFileHoldsNoKey();
    void defaultSettingsLiveUnderXdgConfig();
    void sessionKeyIsServedFromMemory();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TestConnectionProfiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(QStringLiteral("tixsync.conf"));
}

void TestConnectionProfiles::urlRules_API1_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("code"); // empty = accepted
    QTest::newRow("https") << "https://tixngo.example/api/v3/organizer/tickets"
                           << "";
    QTest::newRow("https trailing slash") << "https://tixngo.example/api/v3/organizer/tickets/"
                                          << "";
    QTest::newRow("https at root") << "https://tixngo.example/organizer/tickets"
                                   << "";
    QTest::newRow("https with port") << "https://tixngo.example:8443/v3/organizer/tickets"
                                     << "";
    QTest::newRow("surrounding spaces") << "  https://tixngo.example/api/v3/organizer/tickets "
                                        << "";
    QTest::newRow("http loopback v4") << "http://127.0.0.1:8080/api/v3/organizer/tickets"
                                      << "";
    QTest::newRow("http loopback v6") << "http://[::1]:8080/organizer/tickets"
                                      << "";
    QTest::newRow("http localhost") << "http://localhost:9000/organizer/tickets"
                                    << "";
    QTest::newRow("http remote") << "http://tixngo.example/api/v3/organizer/tickets"
                                 << "tixngo.url.http";
    QTest::newRow("http private lan") << "http://192.168.1.10/organizer/tickets"
                                      << "tixngo.url.http";
    QTest::newRow("wrong suffix") << "https://tixngo.example/api/v3/organizer"
                                  << "tixngo.url.suffix";
    QTest::newRow("suffix glued") << "https://tixngo.example/api/v3/myorganizer/tickets"
                                  << "tixngo.url.suffix";
    QTest::newRow("diff endpoint") << "https://tixngo.example/api/v3/organizer/tickets/diff"
                                   << "tixngo.url.suffix";
    QTest::newRow("ftp") << "ftp://tixngo.example/organizer/tickets"
                         << "tixngo.url.scheme";
    QTest::newRow("user info") << "https://admin:secret@tixngo.example/organizer/tickets"
                               << "tixngo.url.invalid";
    QTest::newRow("query") << "https://tixngo.example/organizer/tickets?apiKey=x"
                           << "tixngo.url.invalid";
    QTest::newRow("empty") << ""
                           << "tixngo.url.invalid";
    QTest::newRow("no host") << "organizer/tickets"
                             << "tixngo.url.invalid";
}

// rule API-1
void TestConnectionProfiles::urlRules_API1()
{
    QFETCH(QString, url);
    QFETCH(QString, code);
    const Status s = ConnectionProfile::validateUrl(url);
    if (code.isEmpty()) {
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    } else {
        QVERIFY(!s);
        QCOMPARE(s.error().code, code);
        QVERIFY(!s.error().message.isEmpty());
        // A stored profile follows the same rule.
        ConnectionProfiles profiles(m_file);
        ConnectionProfile p = profile(QStringLiteral("X"));
        p.url = url;
        QCOMPARE(profiles.add(p).error().code, code);
        QVERIFY(profiles.list().isEmpty());
    }
}

void TestConnectionProfiles::nameIsRequired()
{
    ConnectionProfiles profiles(m_file);
    QCOMPARE(profiles.add(profile(QString())).error().code, QStringLiteral("secrets.profile.name"));
    QCOMPARE(profiles.add(profile(QStringLiteral(" Production"))).error().code, QStringLiteral("secrets.profile.name"));
}

void TestConnectionProfiles::addListFindRoundTrip()
{
    {
        ConnectionProfiles profiles(m_file);
        QVERIFY(profiles.add(profile(QStringLiteral("Validation"))));
        QVERIFY(profiles.add(profile(QStringLiteral("Pre-production"))));
        QVERIFY(profiles.add(profile(QStringLiteral("Production"), true)));
        QVERIFY(profiles.setActive(QStringLiteral("Production")));
    }
    ConnectionProfiles reopened(m_file); // what the next start of the program sees
    const QList<ConnectionProfile> all = reopened.list();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[0].name, QStringLiteral("Validation"));
    QCOMPARE(all[2], profile(QStringLiteral("Production"), true));
    QVERIFY(!all[0].production);
    QCOMPARE(reopened.activeName(), QStringLiteral("Production"));
    QVERIFY(reopened.active()->production);
    QCOMPARE(reopened.find(QStringLiteral("Pre-production"))->organizerId, QStringLiteral("ORG-42"));
    QVERIFY(!reopened.find(QStringLiteral("Staging")));
}

void TestConnectionProfiles::duplicateNamesAreRefused()
{
    ConnectionProfiles profiles(m_file);
    QVERIFY(profiles.add(profile(QStringLiteral("Production"))));
    QCOMPARE(
        profiles.add(profile(QStringLiteral("production"))).error().code, QStringLiteral("secrets.profile.exists"));
    QVERIFY(profiles.add(profile(QStringLiteral("Validation"))));
    QCOMPARE(profiles.update(QStringLiteral("Validation"), profile(QStringLiteral("Production"))).error().code,
        QStringLiteral("secrets.profile.exists"));
    QCOMPARE(profiles.list().size(), 2);
}

void TestConnectionProfiles::updateRenamesAndKeepsActive()
{
    ConnectionProfiles profiles(m_file);
    QVERIFY(profiles.add(profile(QStringLiteral("Prod"))));
    QVERIFY(profiles.setActive(QStringLiteral("Prod")));
    ConnectionProfile p = profile(QStringLiteral("Production"), true);
    p.url = QStringLiteral("https://live.tixngo.example/api/v3/organizer/tickets");
    QVERIFY(profiles.update(QStringLiteral("Prod"), p));
    QCOMPARE(profiles.list().size(), 1);
    QCOMPARE(profiles.activeName(), QStringLiteral("Production"));
    QCOMPARE(profiles.active()->url, p.url);
    QVERIFY(profiles.active()->production);
    p.url = QStringLiteral("http://live.tixngo.example/organizer/tickets");
    QCOMPARE(profiles.update(QStringLiteral("Production"), p).error().code, QStringLiteral("tixngo.url.http"));
    QVERIFY(profiles.active()->url.startsWith(QStringLiteral("https://")));
}

void TestConnectionProfiles::removeClearsActive()
{
    ConnectionProfiles profiles(m_file);
    QVERIFY(profiles.add(profile(QStringLiteral("Validation"))));
    QVERIFY(profiles.add(profile(QStringLiteral("Production"))));
    QVERIFY(profiles.setActive(QStringLiteral("Production")));
    QVERIFY(profiles.remove(QStringLiteral("Production")));
    QCOMPARE(profiles.list().size(), 1);
    QVERIFY(profiles.activeName().isEmpty());
    QVERIFY(!profiles.active());
}

void TestConnectionProfiles::unknownProfileIsAClearError()
{
    ConnectionProfiles profiles(m_file);
    const Status s = profiles.setActive(QStringLiteral("Staging"));
    QCOMPARE(s.error().code, QStringLiteral("secrets.profile.unknown"));
    QVERIFY2(s.error().message.contains(QStringLiteral("profiles list")), qPrintable(s.error().message));
    QCOMPARE(profiles.remove(QStringLiteral("Staging")).error().code, QStringLiteral("secrets.profile.unknown"));
    QCOMPARE(profiles.update(QStringLiteral("Staging"), profile(QStringLiteral("Staging"))).error().code,
        QStringLiteral("secrets.profile.unknown"));
}

void TestConnectionProfiles::settingsFileHoldsNoKey()
{
    ConnectionProfiles profiles(m_file);
    QVERIFY(profiles.add(profile(QStringLiteral("Production"), true)));
    QFile f(m_file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY2(text.contains(QStringLiteral("organizer/tickets")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("admin@example.org")), qPrintable(text));
    // The profile's fields only: nothing that could hold a key or password.
    static const QRegularExpression keyLike(QStringLiteral("(?i)(apikey|api_key|password|secret|token)\\s*="));
    QVERIFY2(!keyLike.match(text).hasMatch(), qPrintable(text));
}

void TestConnectionProfiles::defaultSettingsLiveUnderXdgConfig()
{
    ConnectionProfiles profiles;
    QVERIFY2(profiles.fileName().startsWith(qEnvironmentVariable("XDG_CONFIG_HOME")), qPrintable(profiles.fileName()));
    QVERIFY(profiles.fileName().endsWith(QStringLiteral("TixSync/tixsync.conf")));
}

void TestConnectionProfiles::sessionKeyIsServedFromMemory()
{
#ifdef TIXSYNC_HAVE_TIXNGO
    KeychainCredentialProvider provider(QStringLiteral("Production"));
    const auto before = provider.apiKey();
    QVERIFY(!before);
    QCOMPARE(before.error().code, QStringLiteral("tixngo.credentials"));
    provider.setSessionKey(QStringLiteral("typed-for-this-session"));
    QVERIFY(provider.isSessionOnly());
    QCOMPARE(*provider.apiKey(), QStringLiteral("typed-for-this-session"));
    QVERIFY(!provider.description().contains(QStringLiteral("typed-for-this-session")));
    QVERIFY(provider.description().contains(QStringLiteral("this session")));
    provider.setSessionKey({});
    QVERIFY(!provider.apiKey());
#else
    QSKIP("the TIXNGO client is not part of this build");
#endif
}

QTEST_GUILESS_MAIN(TestConnectionProfiles)
#include "tst_connectionprofiles.moc"
