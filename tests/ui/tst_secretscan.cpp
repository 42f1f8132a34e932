// The "no API key in any file" scan (issue 8): a demo-like session driven through the GUI objects
// with a known API key — demo data and an import, every interface function against tixngo-sim
// (with call dumps on), a reconciliation and a fix, a ticket action, a template save, settings
// changes with the key typed for the session and a connection test, a support bundle — then
// every file under the session's private HOME (XDG config, data, cache, state, temporary files),
// the database files, the support bundle and everything logged are scanned for the key, its
// base64 and base64url forms. The test fails listing each file that contains one.
#include "audit/auditlog.h"
#include "auditlogview.h"
#include "core/store.h"
#include "items/tickettablemodel.h"
#include "mainwindow.h"
#include "recon/discrepancymodel.h"
#include "reconpage.h"
#include "settingsdialog.h"
#include "sync/runtypes.h"
#include "sync/syncengine.h"
#include "sync/synctestutil.h"
#include "syncfunctioncard.h"
#include "syncpage.h"
#include "syncticketactions.h"
#include "synctransport.h"
#include "templatepage.h"
#include "ticketspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tixsync;
using namespace tixsync::sync;

namespace {
// Everything the session logs (all categories, debug included), as a log file would hold it.
QMutex g_logMutex;
QByteArray g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log += qFormatLogMessage(type, context, message).toUtf8() + '\n';
    }
    if (type != QtDebugMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

/// The forms in which a key could be written: as is, base64 (HTTP basic auth, QSettings byte
/// arrays) and base64url.
QList<QByteArray> needlesFor(const QByteArray &key)
{
    return {key, key.toBase64(), key.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
}

/// The files under `root` that contain a needle, each with the form found.
QStringList filesContaining(const QString &root, const QList<QByteArray> &needles, QStringList *scanned = nullptr)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            hits << path + QStringLiteral(" (unreadable: ") + f.errorString() + QLatin1Char(')');
            continue;
        }
        const QByteArray content = f.readAll();
        if (scanned)
            *scanned << path;
        for (qsizetype i = 0; i < needles.size(); ++i)
            if (content.contains(needles[i])) {
                hits << path
                        + (i == 0        ? QStringLiteral(" (the key)")
                                : i == 1 ? QStringLiteral(" (base64)")
                                         : QStringLiteral(" (base64url)"));
                break;
            }
    }
    return hits;
}
} // namespace

class TestSecretScan : public QObject {
    Q_OBJECT
public:
    explicit TestSecretScan(QString home)
        : m_home(std::move(home))
    {
    }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theScanFindsAPlantedKey();
    void demoSessionLeavesNoKeyInAnyFile();

private:
    RunResult runAndWait(SyncPage &page, SyncFunction f);

    QString m_home;
    QByteArray m_key;
    std::unique_ptr<test::SimProcess> m_sim;
};

void TestSecretScan::initTestCase()
{
    // After QtTest installed its handler: every message is captured, then shown as usual.
    g_previousHandler = qInstallMessageHandler(captureMessage);
    // The paths the application uses all lie in the private home.
    QVERIFY(Store::defaultLocation().startsWith(m_home));
    QVERIFY(QSettings().fileName().startsWith(m_home));
    m_key = "scan-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16)
        + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    m_sim = std::make_unique<test::SimProcess>(QStringList{}, QString::fromLatin1(m_key));
    QVERIFY(m_sim->ok());
}

void TestSecretScan::cleanupTestCase()
{
    m_sim.reset();
    qInstallMessageHandler(g_previousHandler);
}

RunResult TestSecretScan::runAndWait(SyncPage &page, SyncFunction f)
{
    QSignalSpy finished(&page, &SyncPage::runFinished);
    auto options = page.runOptions(f);
    if (!options)
        qWarning("%s", qPrintable(options.error().message));
    else if (!page.startRun(*options, false)) // the impact guard is the Sync page tests' subject
        qWarning("%s did not start", qPrintable(toCode(f)));
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000); }();
    return finished.isEmpty() ? RunResult{} : finished.first().first().value<RunResult>();
}

// The scan must be able to fail: a key planted in a file, or in base64, is found.
void TestSecretScan::theScanFindsAPlantedKey()
{
    QTemporaryDir dir;
    QFile plain(dir.filePath(QStringLiteral("a/plain.ini")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write("key=" + m_key + "\n");
    plain.close();
    QFile encoded(dir.filePath(QStringLiteral("b64.conf")));
    QVERIFY(encoded.open(QIODevice::WriteOnly));
    encoded.write("Authorization: Basic " + m_key.toBase64() + "\n");
    encoded.close();
    QFile clean(dir.filePath(QStringLiteral("clean.txt")));
    QVERIFY(clean.open(QIODevice::WriteOnly));
    clean.write("nothing here\n");
    clean.close();
    QStringList hits = filesContaining(dir.path(), needlesFor(m_key));
    hits.sort();
    QCOMPARE(hits.size(), 2);
    QVERIFY(hits[0].endsWith(QStringLiteral("plain.ini (the key)")));
    QVERIFY(hits[1].endsWith(QStringLiteral("b64.conf (base64)")));
}

void TestSecretScan::demoSessionLeavesNoKeyInAnyFile()
{
    const QString key = QString::fromLatin1(m_key);
    const QString dbFile = Store::defaultLocation();
    QVERIFY(QDir().mkpath(QFileInfo(dbFile).absolutePath()));
    auto opened = Store::open(dbFile);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    std::unique_ptr<Store> store = std::move(*opened);
    QVERIFY(store->setSetting(QStringLiteral("tixngo/url"), m_sim->url()));
    // Call dumps on, as in the demo: the request and answer of every call are kept.
    for (SyncFunction f : {SyncFunction::Inject, SyncFunction::InjectPrivileges, SyncFunction::PushCancelled,
             SyncFunction::PushControlled, SyncFunction::Feedback})
        QVERIFY(runs::setCustomParametersText(*store, f, QStringLiteral("maxLengthDumpedCallsInKbs=4096\n")));

    // The application's window and pages, as `tixsync --demo` assembles them, with the key.
    auto *window = new MainWindow(store.get());
    auto *syncPage = new SyncPage(store.get());
    syncPage->setTransportFactory(staticKeyTransportFactory(m_sim->url(), key));
    syncPage->setSecrets({key});
    syncPage->setImpactThreshold(1000000);
    window->addPage(syncPage, QStringLiteral("Sync"));
    auto *templatePage = new TemplatePage;
    templatePage->setStore(store.get());
    window->addPage(templatePage, QStringLiteral("Template"));
    auto *reconPage = new ReconciliationPage(store.get());
    reconPage->setTransportFactory(staticKeyTransportFactory(m_sim->url(), key));
    reconPage->setConfirmation([](const QString &, const QString &) { return true; });
    window->addPage(reconPage, QStringLiteral("Reconciliation"));
    window->addPage(new AuditLogView(store.get()), QStringLiteral("Audit log"));
    auto *ticketActions = new SyncTicketActions(window->ticketsPage(), store.get());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    // 1. Demo data, then an import.
    window->generateDemoData(3, 40, 11);
    QTRY_VERIFY_WITH_TIMEOUT(window->currentJob() == nullptr, 60000);
    window->importCsv(QStringLiteral(TIXSYNC_TEST_DATA "/import/good.csv"));
    QTRY_VERIFY_WITH_TIMEOUT(window->currentJob() == nullptr, 60000);
    QTRY_VERIFY(window->ticketsPage()->ticketModel()->rowCount() > 100);

    // 2. Settings: a profile with the key typed for this session only, and a connection test.
    {
        SettingsDialog settings(window);
        settings.setStore(store.get());
        QSignalSpy sessionKey(&settings, &SettingsDialog::sessionKeyEntered);
        settings.selectProfile({});
        settings.nameField()->setText(QStringLiteral("Validation"));
        settings.urlField()->setText(m_sim->url());
        settings.organizerField()->setText(QStringLiteral("scan-organizer"));
        settings.keyField()->setText(key);
        settings.sessionOnlyBox()->setChecked(true);
        settings.saveProfile();
        QTRY_COMPARE(sessionKey.size(), 1);
        QCOMPARE(sessionKey.first().at(1).toString(), key);
        QSignalSpy tested(&settings, &SettingsDialog::connectionTestFinished);
        settings.keyField()->setText(key);
        settings.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 30000);
        QVERIFY2(tested.first().first().toBool(), qPrintable(settings.testResultLabel()->text()));
        // A second profile whose key goes to the keychain: there is none in this session (no
        // D-Bus), so it is refused and offered for the session only — never written elsewhere.
        QSignalSpy idle(&settings, &SettingsDialog::keychainIdle);
        settings.selectProfile({});
        settings.nameField()->setText(QStringLiteral("Pre-production"));
        settings.urlField()->setText(m_sim->url());
        settings.keyField()->setText(key);
        settings.sessionOnlyBox()->setChecked(false);
        settings.saveProfile();
        QTRY_VERIFY_WITH_TIMEOUT(idle.size() >= 1, 30000);
        QVERIFY(settings.sessionOnlyBox()->isChecked()); // offered, not done silently
    }

    // 3. Every interface function against the simulator, through the Sync page.
    // (Pushes of tickets the simulator never saw fail per ticket: error dumps are part of the
    // session too.)
    qint64 lastRun = 0;
    for (SyncFunction f : {SyncFunction::Inject, SyncFunction::InjectPrivileges, SyncFunction::PushCancelled,
             SyncFunction::PushControlled, SyncFunction::Feedback}) {
        const RunResult r = runAndWait(*syncPage, f);
        qInfo(
            "%s: %s, %d sent, %d failed", qPrintable(toCode(f)), qPrintable(toCode(r.outcome)), r.succeeded, r.failed);
        if (f == SyncFunction::Inject) {
            QVERIFY2(r.outcome != RunOutcome::Error, qPrintable(r.error ? r.error->message : QString()));
            QVERIFY(r.succeeded > 0); // the key worked
        }
        if (r.runId > 0)
            lastRun = r.runId;
    }
    QVERIFY(m_sim->tickets().size() > 0); // TIXNGO has the injected tickets

    // 4. A ticket action, a template save.
    const QString someTicket = window->ticketsPage()->ticketModel()->ticketIdAt(0);
    QVERIFY(!someTicket.isEmpty());
    ticketActions->markControlled(someTicket);
    QVERIFY(templatePage->saveVersion(QStringLiteral("scan session")) > 0);

    // 5. A reconciliation and a fix (reads or writes TIXNGO with the key).
    {
        QSignalSpy reconciled(reconPage, &ReconciliationPage::reconciled);
        reconPage->reconcile();
        QTRY_COMPARE_WITH_TIMEOUT(reconciled.size(), 1, 60000);
        const int rows = reconPage->discrepancyModel()->rowCount();
        if (rows > 0) {
            QList<int> all;
            for (int r = 0; r < rows; ++r)
                all << r;
            QSignalSpy fixed(reconPage, &ReconciliationPage::fixesFinished);
            bool started = false;
            for (recon::FixKind k : {recon::FixKind::RefreshFromTixngo, recon::FixKind::PushControl,
                     recon::FixKind::PushDeletion, recon::FixKind::Reinject})
                if (!started)
                    started = reconPage->fixRows(all, k);
            if (started)
                QTRY_COMPARE_WITH_TIMEOUT(fixed.size(), 1, 60000);
        }
    }

    // 6. A support bundle of the last run, where the user would keep it.
    QVERIFY(lastRun > 0);
    const QString bundle
        = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/tixsync-support.zip");
    QVERIFY(QDir().mkpath(QFileInfo(bundle).absolutePath()));
    QVERIFY(syncPage->writeSupportBundle(lastRun, bundle));
    QVERIFY(QFileInfo(bundle).size() > 0);

    // What the session recorded: each action is in the audit log.
    auto lines = audit::AuditLog::query(*store);
    QVERIFY(lines);
    QSet<QString> actions;
    for (const audit::AuditEntry &e : *lines)
        actions.insert(e.action);
    for (const char *a : {"demo-data", "import", "run", "ticket-action", "template-save", "settings-change"})
        QVERIFY2(actions.contains(QString::fromLatin1(a)), a);
    // The call dumps are in the database (so the scan of the database covers them).
    auto dumps = store->exec(QStringLiteral("SELECT COUNT(*) FROM sync_run_tickets WHERE payload <> ''"));
    QVERIFY(dumps && dumps->next());
    QVERIFY(dumps->value(0).toInt() > 0);

    // The end of the session: the window closes (saves its settings), the database closes.
    window->close();
    delete ticketActions;
    delete window;
    QSettings().sync();
    store.reset();

    // The scan: the whole private home (config, data with the database, cache, state, temporary
    // files, the bundle), and the log.
    const QList<QByteArray> needles = needlesFor(m_key);
    QStringList scanned;
    const QStringList hits = filesContaining(m_home, needles, &scanned);
    QVERIFY2(scanned.contains(dbFile), qPrintable(scanned.join(QLatin1Char('\n'))));
    QVERIFY(scanned.contains(bundle));
    QVERIFY(scanned.contains(QSettings().fileName()));
    QVERIFY2(
        hits.isEmpty(), qPrintable(QStringLiteral("the API key is in these files:\n") + hits.join(QLatin1Char('\n'))));
    QByteArray log;
    {
        QMutexLocker lock(&g_logMutex);
        log = g_log;
    }
    QVERIFY(!log.isEmpty());
    for (const QByteArray &n : needles)
        QVERIFY2(!log.contains(n), "the API key was logged");
    qInfo("scanned %lld files (%s) and %lld bytes of log: no key", qint64(scanned.size()),
        qPrintable(scanned.join(QStringLiteral(", "))), qint64(log.size()));
}

int main(int argc, char *argv[])
{
    // A private home for the whole session, set before anything reads a path: every file the
    // session writes lands under it, and the scan covers all of it.
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    const QByteArray root = home.path().toLocal8Bit();
    qputenv("HOME", root);
    qputenv("XDG_CONFIG_HOME", root + "/config");
    qputenv("XDG_DATA_HOME", root + "/data");
    qputenv("XDG_CACHE_HOME", root + "/cache");
    qputenv("XDG_STATE_HOME", root + "/state");
    qputenv("TMPDIR", root + "/tmp");
    QDir().mkpath(home.filePath(QStringLiteral("tmp")));
    qunsetenv("TIXNGO_API_KEY");
    qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain in this session
    qputenv("QT_LOGGING_RULES", "tixsync.*.debug=true");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TixSync"));
    QApplication::setApplicationName(QStringLiteral("tixsync"));
    TestSecretScan test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretscan.moc"
