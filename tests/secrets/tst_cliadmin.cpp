// tixsync-cli audit and profiles, as a script or an operator would run them. Registered plainly
// (no session bus: keychain commands fail clearly) and through run-keychain-test.sh (a real
// keyring: set-key stores what standard input gave).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

namespace {
bool realKeyring()
{
    return qEnvironmentVariable("TIXSYNC_TEST_KEYRING") == QLatin1String("1");
}
} // namespace

class TestCliAdmin : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void addListAndUseProfiles_API1();
    void setKeyReadsStandardInputOnly();
    void auditFiltersAndExports();
    void databaseFromSettingsWithoutDbOption();
    void demoDataIsAudited();

private:
    struct Run {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args, const QByteArray &input = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_env;
};

void TestCliAdmin::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(TIXSYNC_BIN_DIR "/tixsync-cli")));
}

void TestCliAdmin::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    m_env.remove(QStringLiteral("TIXNGO_API_KEY"));
    if (!realKeyring()) {
        m_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/no-bus"));
        m_env.remove(QStringLiteral("DISPLAY"));
    }
}

TestCliAdmin::Run TestCliAdmin::cli(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(QStringLiteral(TIXSYNC_BIN_DIR "/tixsync-cli"),
        QStringList{QStringLiteral("--db"), m_dir->filePath(QStringLiteral("db.sqlite"))} + args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

// rule API-1
void TestCliAdmin::addListAndUseProfiles_API1()
{
    Run r = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Production"),
        QStringLiteral("--url"), QStringLiteral("http://tixngo.example/organizer/tickets")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("https://"), r.err.constData());
    r = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Production"), QStringLiteral("--url"),
        QStringLiteral("https://tixngo.example/api/v3/organizer/tickets"), QStringLiteral("--production")});
    QCOMPARE(r.code, 0);
    r = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Validation"), QStringLiteral("--url"),
        QStringLiteral("https://val.tixngo.example/organizer/tickets")});
    QCOMPARE(r.code, 0);
    QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("use"), QStringLiteral("Validation")}).code, 0);
    QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("use"), QStringLiteral("Staging")}).code, 2);
    r = cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].toObject().value(QStringLiteral("production")).toBool(), true);
    QCOMPARE(list[1].toObject().value(QStringLiteral("active")).toBool(), true);
}

void TestCliAdmin::setKeyReadsStandardInputOnly()
{
    QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Production"),
                     QStringLiteral("--url"), QStringLiteral("https://tixngo.example/organizer/tickets")})
                 .code,
        0);
    // Never on the command line.
    Run r = cli({QStringLiteral("profiles"), QStringLiteral("set-key"), QStringLiteral("Production"),
        QStringLiteral("key-on-the-command-line")});
    QCOMPARE(r.code, 64);
    QVERIFY2(r.err.contains("standard input"), r.err.constData());
    QVERIFY(!r.err.contains("key-on-the-command-line"));
    r = cli({QStringLiteral("profiles"), QStringLiteral("set-key"), QStringLiteral("Production")}, "");
    QCOMPARE(r.code, 64);

    const QByteArray key = "cli-key-" + QByteArray::number(QCoreApplication::applicationPid());
    r = cli({QStringLiteral("profiles"), QStringLiteral("set-key"), QStringLiteral("Production")}, key + "\n");
    if (realKeyring()) {
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json"),
            QStringLiteral("--check-keys")});
        QCOMPARE(QJsonDocument::fromJson(r.out).array()[0].toObject().value(QStringLiteral("key")).toString(),
            QStringLiteral("stored"));
        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("delete-key"), QStringLiteral("Production")}).code, 0);
        r = cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json"),
            QStringLiteral("--check-keys")});
        QCOMPARE(QJsonDocument::fromJson(r.out).array()[0].toObject().value(QStringLiteral("key")).toString(),
            QStringLiteral("missing"));
    } else {
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("No keychain is available"), r.err.constData());
        QVERIFY2(r.err.contains("TIXNGO_API_KEY"), r.err.constData());
    }
    // rule API-2: the key is in no output and in no file the CLI wrote.
    QVERIFY(!r.out.contains(key) && !r.err.contains(key));
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(key), qPrintable(f.fileName()));
    }
}

void TestCliAdmin::auditFiltersAndExports()
{
    QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("A"), QStringLiteral("--url"),
                     QStringLiteral("https://a.example/organizer/tickets")})
                 .code,
        0);
    QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("use"), QStringLiteral("A")}).code, 0);
    Run r = cli({QStringLiteral("audit"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QJsonArray lines = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].toObject().value(QStringLiteral("detail")).toString(),
        QStringLiteral("active connection profile changed"));
    r = cli({QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--text"), QStringLiteral("added")});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
    r = cli({QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--since"),
        QStringLiteral("2099-01-01T00:00:00Z")});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
    r = cli({QStringLiteral("audit"), QStringLiteral("--since"), QStringLiteral("yesterday")});
    QCOMPARE(r.code, 64);
    QVERIFY(r.err.contains("RFC 3339"));
    const QString csv = m_dir->filePath(QStringLiteral("audit.csv"));
    r = cli({QStringLiteral("audit"), QStringLiteral("--action"), QStringLiteral("settings-change"),
        QStringLiteral("--csv"), csv});
    QCOMPARE(r.code, 0);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().count('\n'), 3);
}

// Without --db, the CLI opens the database chosen in Settings ▸ Database (shared with the GUI).
void TestCliAdmin::databaseFromSettingsWithoutDbOption()
{
    const QString chosen = m_dir->filePath(QStringLiteral("team.sqlite"));
    {
        QSettings settings(m_dir->filePath(QStringLiteral("config/TixSync/tixsync.conf")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("database/location"), chosen);
    }
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(QStringLiteral(TIXSYNC_BIN_DIR "/tixsync-cli"), {QStringLiteral("db-info"), QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("location")).toString(),
        chosen);
    QVERIFY(QFile::exists(chosen));
}

// Demo data changes tickets like an import: the audit log records it with its parameters.
void TestCliAdmin::demoDataIsAudited()
{
    Run r = cli({QStringLiteral("demo-data"), QStringLiteral("--events"), QStringLiteral("1"),
        QStringLiteral("--tickets-per-event"), QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("3")});
    QVERIFY2(r.code == 0, r.err.constData());
    r = cli(
        {QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--action"), QStringLiteral("demo-data")});
    QCOMPARE(r.code, 0);
    const QJsonArray lines = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(lines.size(), 1);
    const QJsonObject line = lines[0].toObject();
    QCOMPARE(line.value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
    QCOMPARE(line.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("ticketsPerEvent")).toInt(), 5);
}

QTEST_GUILESS_MAIN(TestCliAdmin)
#include "tst_cliadmin.moc"
