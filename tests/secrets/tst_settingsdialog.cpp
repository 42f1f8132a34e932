// The Settings dialog offscreen: profiles saved to the settings file without the key, the
// keychain outcome shown (stored, or a clear error with the session-only option), URL rules,
// Test connection against a local stub, the database page, the production banner and the
// production confirmation. Run plainly (no session bus: the keychain is unavailable) and through
// run-keychain-test.sh (a real, unlocked GNOME Keyring).
#include "audit/auditlog.h"
#include "core/store.h"
#include "productionbanner.h"
#include "productionconfirmation.h"
#include "secrets/connectionprofiles.h"
#include "secrets/keychainjob.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtTest>

using namespace tixsync;
using namespace tixsync::secrets;

namespace {
const QString typedKey = QStringLiteral("S3cr3t-typed-key-XYZ-%1").arg(QCoreApplication::applicationPid());

bool realKeyring()
{
    return qEnvironmentVariable("TIXSYNC_TEST_KEYRING") == QLatin1String("1");
}

// A minimal TIXNGO stand-in: 200 on the diff feed for the right X-Api-Key, 401 otherwise.
class StubServer final : public QTcpServer {
public:
    explicit StubServer(QString key)
        : m_key(std::move(key))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    m_buffer[s] += s->readAll();
                    const QByteArray &req = m_buffer[s];
                    if (!req.contains("\r\n\r\n"))
                        return;
                    lastRequest = req;
                    const bool ok = req.contains(QByteArray("X-Api-Key: " + m_key.toUtf8() + "\r\n"))
                        && req.startsWith("GET /api/v3/organizer/tickets/diff?");
                    const QByteArray body = ok
                        ? QByteArray(R"({"tickets": [], "nextPageKey": "k1"})")
                        : QByteArray(R"({"error": {"code": "UNAUTHORIZED", "message": "bad key"}})");
                    s->write((ok ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 401 Unauthorized\r\n")
                        + QByteArray("Content-Type: application/json\r\nConnection: close\r\nContent-Length: ")
                        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    s->disconnectFromHost();
                });
            }
        });
    }
    QByteArray lastRequest;

private:
    QString m_key;
    QHash<QTcpSocket *, QByteArray> m_buffer;
};

// Every file under `root` that contains `needle`.
QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << f.fileName();
    }
    return hits;
}
} // namespace

class TestSettingsDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void savingAProfileWritesNoKeyIntoAnySettingsFile();
    void invalidUrlIsExplainedAndNotSaved_API1();
    void renameAndRemove();
    void testConnectionUsesTheTypedKey_API2();
    void databasePageRefusesPasswordsInUrls();
    void productionBanner();
    void productionConfirmationNeedsTheTicketCount();
    void screenshots();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_conf;
    std::unique_ptr<SettingsDialog> makeDialog();
};

void TestSettingsDialog::initTestCase()
{
    if (!realKeyring()) {
        // No session bus at all: the keychain must fail fast and clearly, never touch the real
        // user's keyring, never fall back to a file.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tixsync-test-no-bus");
        qunsetenv("DISPLAY");
    }
    KeychainJob::setDefaultTimeoutMs(3000);
}

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_conf = m_dir->filePath(QStringLiteral("tixsync.conf"));
}

std::unique_ptr<SettingsDialog> TestSettingsDialog::makeDialog()
{
    auto dialog = std::make_unique<SettingsDialog>(std::make_unique<ConnectionProfiles>(m_conf));
    dialog->show();
    return dialog;
}

void TestSettingsDialog::savingAProfileWritesNoKeyIntoAnySettingsFile()
{
    auto dialog = makeDialog();
    dialog->show();
    dialog->nameField()->setText(QStringLiteral("Production"));
    dialog->urlField()->setText(QStringLiteral("https://tixngo.example/api/v3/organizer/tickets"));
    dialog->loginField()->setText(QStringLiteral("admin@example.org"));
    dialog->organizerField()->setText(QStringLiteral("ORG-1"));
    dialog->productionBox()->setChecked(true);
    dialog->keyField()->setText(typedKey);
    QCOMPARE(dialog->keyField()->echoMode(), QLineEdit::Password);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

    QCOMPARE(dialog->profileList()->count(), 1);
    QVERIFY(dialog->profiles().find(QStringLiteral("Production"))->production);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->keyStatusLabel()->text().contains(QStringLiteral("…")), 8000);
    if (realKeyring()) {
        QVERIFY2(dialog->keyStatusLabel()->text().contains(QStringLiteral("stored in the keychain")),
            qPrintable(dialog->keyStatusLabel()->text()));
        QVERIFY(dialog->keyField()->text().isEmpty()); // never shown back
        KeychainJob *read = KeychainJob::read(QStringLiteral("Production"));
        read->setAutoDelete(false);
        QSignalSpy done(read, &KeychainJob::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(*read->result(), typedKey);
        delete read;
    } else {
        // The error says what happened and offers the session-only key; nothing was stored.
        QVERIFY2(dialog->keyStatusLabel()->text().startsWith(QStringLiteral("No keychain is available")),
            qPrintable(dialog->keyStatusLabel()->text()));
        QVERIFY(dialog->keyStatusLabel()->text().contains(QStringLiteral("for this session only")));
        QVERIFY(dialog->sessionOnlyBox()->isChecked());
        QSignalSpy session(dialog.get(), &SettingsDialog::sessionKeyEntered);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(session.size(), 1);
        QCOMPARE(session.at(0).at(1).toString(), typedKey);
    }
    dialog.reset();

    QFile conf(m_conf);
    QVERIFY(conf.open(QIODevice::ReadOnly));
    const QByteArray text = conf.readAll();
    QVERIFY2(text.contains("tixngo.example"), text.constData());
    QVERIFY2(!text.contains(typedKey.toUtf8()), text.constData());
    for (const QString &root : {m_dir->path(), qEnvironmentVariable("XDG_CONFIG_HOME"), qEnvironmentVariable("HOME")}) {
        const QStringList hits = filesContaining(root, typedKey.toUtf8());
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
    }
}

// rule API-1
void TestSettingsDialog::invalidUrlIsExplainedAndNotSaved_API1()
{
    auto dialog = makeDialog();
    dialog->nameField()->setText(QStringLiteral("Validation"));
    dialog->urlField()->setText(QStringLiteral("http://tixngo.example/api/v3/organizer/tickets"));
    dialog->saveProfile();
    QVERIFY2(dialog->messageLabel()->text().contains(QStringLiteral("https://")),
        qPrintable(dialog->messageLabel()->text()));
    QCOMPARE(dialog->profileList()->count(), 0);
    dialog->urlField()->setText(QStringLiteral("https://tixngo.example/api/v3/organizer"));
    dialog->saveProfile();
    QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("organizer/tickets")));
    QCOMPARE(dialog->profileList()->count(), 0);
    QVERIFY(!QFile::exists(m_conf) || !QFile(m_conf).size() || ConnectionProfiles(m_conf).list().isEmpty());
}

void TestSettingsDialog::renameAndRemove()
{
    {
        ConnectionProfiles p(m_conf);
        ConnectionProfile v;
        v.name = QStringLiteral("Valid");
        v.url = QStringLiteral("https://v.example/organizer/tickets");
        QVERIFY(p.add(v));
        QVERIFY(p.setActive(QStringLiteral("Valid")));
    }
    auto dialog = makeDialog();
    QSignalSpy active(dialog.get(), &SettingsDialog::activeProfileChanged);
    QCOMPARE(dialog->profileList()->count(), 1);
    QVERIFY(dialog->profileList()->item(0)->text().contains(QStringLiteral("(active)")));
    QCOMPARE(dialog->nameField()->text(), QStringLiteral("Valid"));
    dialog->nameField()->setText(QStringLiteral("Validation"));
    dialog->saveProfile();
    QCOMPARE(dialog->profiles().activeName(), QStringLiteral("Validation"));
    QCOMPARE(active.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->keyStatusLabel()->text().contains(QStringLiteral("…")), 8000);
    dialog->selectProfile(QStringLiteral("Validation"));
    const auto removeButton = [&]() -> QPushButton * {
        for (QPushButton *b : dialog->findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("&Remove"))
                return b;
        return nullptr;
    }();
    QVERIFY(removeButton);
    QTest::mouseClick(removeButton, Qt::LeftButton);
    QCOMPARE(dialog->profileList()->count(), 0);
    QVERIFY(ConnectionProfiles(m_conf).list().isEmpty());
    QVERIFY(ConnectionProfiles(m_conf).activeName().isEmpty());
}

// rule API-2: the key typed in the form travels in the X-Api-Key header of the test call.
void TestSettingsDialog::testConnectionUsesTheTypedKey_API2()
{
#ifdef TIXSYNC_HAVE_TIXNGO
    StubServer server(QStringLiteral("good-key"));
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    auto store = tixsync::Store::open(m_dir->filePath(QStringLiteral("audit.sqlite")));
    QVERIFY(store);
    auto dialog = makeDialog();
    dialog->setStore(store->get());
    dialog->nameField()->setText(QStringLiteral("Local"));
    dialog->urlField()->setText(
        QStringLiteral("http://127.0.0.1:%1/api/v3/organizer/tickets").arg(server.serverPort()));
    QSignalSpy finished(dialog.get(), &SettingsDialog::connectionTestFinished);

    dialog->keyField()->setText(QStringLiteral("wrong-key"));
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(dialog->testResultLabel()->text().contains(QStringLiteral("uthentication")),
        qPrintable(dialog->testResultLabel()->text()));
    QVERIFY(!dialog->testResultLabel()->text().contains(QStringLiteral("wrong-key")));
    QVERIFY(server.lastRequest.contains("limit=1"));

    dialog->keyField()->setText(QStringLiteral("good-key"));
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
    QCOMPARE(finished.at(1).at(0).toBool(), true);
    QVERIFY2(dialog->testResultLabel()->text().contains(QStringLiteral("accepted")),
        qPrintable(dialog->testResultLabel()->text()));
    QVERIFY(dialog->testButton()->isEnabled());
    // Both calls talked to TIXNGO with a key: both are in the audit log, without the key.
    tixsync::audit::AuditFilter filter;
    filter.action = tixsync::audit::AuditLog::actionConnectionTest();
    auto lines = tixsync::audit::AuditLog::query(**store, filter);
    QVERIFY(lines);
    QCOMPARE(lines->size(), 2);
    QCOMPARE(lines->at(0).outcome, tixsync::audit::AuditLog::outcomeOk()); // newest first
    QCOMPARE(lines->at(1).outcome, tixsync::audit::AuditLog::outcomeError());
    QCOMPARE(lines->at(0).parameters.value(QStringLiteral("profile")).toString(), QStringLiteral("Local"));
    for (const tixsync::audit::AuditEntry &e : *lines) {
        const QByteArray text = QJsonDocument(e.parameters).toJson() + e.detail.toUtf8();
        QVERIFY(!text.contains("good-key") && !text.contains("wrong-key"));
    }
#else
    QSKIP("the TIXNGO client is not part of this build");
#endif
}

void TestSettingsDialog::databasePageRefusesPasswordsInUrls()
{
    auto dialog = makeDialog();
    dialog->showDatabasePage();
    dialog->databaseField()->setText(QStringLiteral("postgresql://ops:hunter2@db.example:5432/tixsync"));
    QTest::mouseClick(dialog->databaseSaveButton(), Qt::LeftButton);
    QVERIFY2(dialog->databaseMessageLabel()->text().contains(QStringLiteral("pgpass")),
        qPrintable(dialog->databaseMessageLabel()->text()));
    QVERIFY(ConnectionProfiles(m_conf).databaseLocation().isEmpty());
    dialog->databaseField()->setText(QStringLiteral("postgresql://ops@db.example:5432/tixsync"));
    QTest::mouseClick(dialog->databaseSaveButton(), Qt::LeftButton);
    QVERIFY(dialog->databaseMessageLabel()->text().contains(QStringLiteral("next start")));
    QCOMPARE(ConnectionProfiles(m_conf).databaseLocation(), QStringLiteral("postgresql://ops@db.example:5432/tixsync"));
    QVERIFY(!QFile(m_conf).open(QIODevice::ReadOnly) || !QFile(m_conf).readAll().contains("hunter2"));
    // The refresh interval of the shared database (other operators' changes) is saved with it.
    QCOMPARE(dialog->refreshField()->value(), 5);
    dialog->refreshField()->setValue(12);
    QTest::mouseClick(dialog->databaseSaveButton(), Qt::LeftButton);
    QCOMPARE(ConnectionProfiles(m_conf).refreshSeconds(), 12);
    dialog->refreshField()->setValue(0);
    QCOMPARE(dialog->refreshField()->text(), QStringLiteral("never"));
}

void TestSettingsDialog::productionBanner()
{
    ProductionBanner banner;
    ConnectionProfile p;
    p.name = QStringLiteral("Validation");
    banner.setProfile(p);
    QVERIFY(banner.isHidden());
    p.name = QStringLiteral("Production EU");
    p.production = true;
    banner.setProfile(p);
    QVERIFY(!banner.isHidden());
    QVERIFY(banner.text().contains(QStringLiteral("PRODUCTION")));
    QVERIFY(banner.text().contains(QStringLiteral("Production EU")));
    banner.clear();
    QVERIFY(banner.isHidden());
}

void TestSettingsDialog::productionConfirmationNeedsTheTicketCount()
{
    ConnectionProfile p;
    p.name = QStringLiteral("Production");
    p.url = QStringLiteral("https://tixngo.example/organizer/tickets");
    bool called = false, answer = false;
    ProductionConfirmation::ask(nullptr, p, QStringLiteral("push cancellations for"), 1250, [&](bool ok) {
        called = true;
        answer = ok;
    });
    QVERIFY(called && answer); // not production: no question

    p.production = true;
    ProductionConfirmation dialog(p, QStringLiteral("push cancellations for"), 1250);
    QVERIFY2(dialog.message().contains(QStringLiteral("1,250")) || dialog.message().contains(QStringLiteral("1250")),
        qPrintable(dialog.message()));
    QVERIFY(dialog.message().contains(QStringLiteral("PRODUCTION")));
    QVERIFY(dialog.message().contains(QStringLiteral("\"Production\"")));
    QVERIFY(!dialog.confirmButton()->isEnabled());
    dialog.confirmationField()->setText(QStringLiteral("125"));
    QVERIFY(!dialog.confirmButton()->isEnabled());
    dialog.confirmationField()->setText(QStringLiteral("1 250"));
    QVERIFY(dialog.confirmButton()->isEnabled());

    called = false;
    QWidget parent;
    ProductionConfirmation::ask(&parent, p, QStringLiteral("fix"), 3, [&](bool ok) {
        called = true;
        answer = ok;
    });
    QVERIFY(!called); // waits for the user
    auto *asked = parent.findChild<ProductionConfirmation *>();
    QVERIFY(asked);
    asked->reject();
    QVERIFY(called && !answer);
}

// Writes docs screenshots when TIXSYNC_SCREENSHOT_DIR is set.
void TestSettingsDialog::screenshots()
{
    const QString dir = qEnvironmentVariable("TIXSYNC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set TIXSYNC_SCREENSHOT_DIR to write the screenshots");
    {
        ConnectionProfiles p(m_conf);
        ConnectionProfile v;
        v.name = QStringLiteral("Validation");
        v.url = QStringLiteral("https://validation.tixngo.example/api/v3/organizer/tickets");
        v.login = QStringLiteral("admin@club.example");
        v.organizerId = QStringLiteral("HC-LAUSANNE");
        QVERIFY(p.add(v));
        v.name = QStringLiteral("Pre-production");
        v.url = QStringLiteral("https://preprod.tixngo.example/api/v3/organizer/tickets");
        QVERIFY(p.add(v));
        v.name = QStringLiteral("Production");
        v.url = QStringLiteral("https://tixngo.example/api/v3/organizer/tickets");
        v.production = true;
        QVERIFY(p.add(v));
        QVERIFY(p.setActive(QStringLiteral("Production")));
    }
    if (realKeyring()) { // show "stored in the keychain"
        KeychainJob *write = KeychainJob::write(QStringLiteral("Production"), QStringLiteral("not-a-real-key"));
        QSignalSpy written(write, &KeychainJob::finished);
        QVERIFY(written.wait(5000));
    }
    auto dialog = makeDialog();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->keyStatusLabel()->text().contains(QStringLiteral("…")), 8000);
    QVERIFY(dialog->grab().save(dir + QStringLiteral("/screenshot-settings.png")));
    dialog->showDatabasePage();
    dialog->databaseField()->setText(QStringLiteral("postgresql://ops@db.club.example:5432/tixsync"));
    QVERIFY(dialog->grab().save(dir + QStringLiteral("/screenshot-settings-database.png")));

    QWidget window;
    window.resize(900, 160);
    auto *layout = new QVBoxLayout(&window);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *banner = new ProductionBanner(&window);
    layout->addWidget(banner);
    auto *body = new QLabel(QStringLiteral("  (main window content)"), &window);
    body->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(body, 1);
    banner->setProfile(*ConnectionProfiles(m_conf).find(QStringLiteral("Production")));
    window.show();
    QVERIFY(window.grab().save(dir + QStringLiteral("/screenshot-production-banner.png")));

    ProductionConfirmation confirm(
        *ConnectionProfiles(m_conf).find(QStringLiteral("Production")), QStringLiteral("push cancellations for"), 1250);
    confirm.show();
    QVERIFY(confirm.grab().save(dir + QStringLiteral("/screenshot-production-confirm.png")));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
