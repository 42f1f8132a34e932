// Two tixsync-cli instances on one database (PostgreSQL in the _pg variant, the shared store of
// a team; SQLite otherwise) start the same function at the same moment: exactly one runs, the
// other exits 2 and says why. A holder killed with kill -9 frees the lease: at once when it was
// on this machine (its process is gone), after the lease's expiry when it was on another one.
// Issue 8: "Two engine instances on one PostgreSQL database start the same function at once".
#include "core/store.h"
#include "support/testdb.h"
#include "synctestutil.h"

#include <QDateTime>
#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace tixsync;
using namespace tixsync::test;

class TestLeaseTwoInstances : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void sameFunctionAtOnceOnlyOneRuns_RUN6();
    void killedHolderHereIsTakenOverAtOnce_RUN6_RUN12();
    void killedHolderElsewhereFreesTheLeaseAfterExpiry_RUN6();

private:
    QProcess *startCli(const QStringList &args);
    static CliResult finish(QProcess *p, int msecs = 120000);
    CliResult cli(const QStringList &args) { return finish(startCli(args)); }
    void addTickets(int n);
    qint64 count(const QString &sql, const QVariantList &binds = {});
    QString paramsFile(const QString &text);
    QStringList injectArgs(const SimProcess &sim, int iteration);
    /// Starts an injection and waits until it holds the lease and has printed `printed` tickets.
    QProcess *startLongRun(const SimProcess &sim, int printed);

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<Store> m_store;
    int m_counter = 0;
};

void TestLeaseTwoInstances::init()
{
    QString why; // a fresh database per test function (a new file, or a new PostgreSQL database)
    m_db = freshDatabase(m_dir, QStringLiteral("lease%1").arg(++m_counter), &why);
    QVERIFY2(!m_db.isEmpty(), qPrintable(why));
    auto s = Store::open(m_db);
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    m_store = std::move(*s);
    QVERIFY(m_store->upsertEvent(makeEvent(QStringLiteral("E1"))));
}

void TestLeaseTwoInstances::cleanup()
{
    for (QProcess *p : findChildren<QProcess *>()) {
        p->kill();
        p->waitForFinished(3000);
        delete p;
    }
    m_store.reset();
}

QProcess *TestLeaseTwoInstances::startCli(const QStringList &args)
{
    auto *p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TIXNGO_API_KEY"), QStringLiteral("test-key"));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(TIXSYNC_BIN_DIR "/tixsync-cli"), QStringList{QStringLiteral("--db"), m_db} + args);
    return p;
}

CliResult TestLeaseTwoInstances::finish(QProcess *p, int msecs)
{
    p->waitForFinished(msecs);
    CliResult r{p->exitStatus() == QProcess::NormalExit && p->state() == QProcess::NotRunning ? p->exitCode() : -1,
        p->readAllStandardOutput(), p->readAllStandardError()};
    return r;
}

void TestLeaseTwoInstances::addTickets(int n)
{
    QVERIFY(m_store->transaction([&]() -> Status {
        for (int i = 1; i <= n; ++i)
            if (auto ok = m_store->upsertTicket(
                    makeTicket(QStringLiteral("T%1").arg(i, 5, 10, QLatin1Char('0')), QStringLiteral("E1")));
                !ok)
                return ok;
        return {};
    }));
}

qint64 TestLeaseTwoInstances::count(const QString &sql, const QVariantList &binds)
{
    auto q = m_store->exec(sql, binds);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

QString TestLeaseTwoInstances::paramsFile(const QString &text)
{
    const QString f = m_dir.filePath(QStringLiteral("params%1.txt").arg(++m_counter));
    QFile file(f);
    if (file.open(QIODevice::WriteOnly))
        file.write(text.toUtf8());
    return f;
}

QStringList TestLeaseTwoInstances::injectArgs(const SimProcess &sim, int iteration)
{
    return {QStringLiteral("inject"), QStringLiteral("--json"), QStringLiteral("--tixngo-url"), sim.url(),
        QStringLiteral("--custom-parameters"), paramsFile(QStringLiteral("ticketIterationSize=%1").arg(iteration))};
}

QProcess *TestLeaseTwoInstances::startLongRun(const SimProcess &sim, int printed)
{
    QProcess *victim = startCli(injectArgs(sim, 10));
    if (!victim->waitForStarted(10000))
        return nullptr;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 60000
        && (count(QStringLiteral("SELECT COUNT(*) FROM sync_leases WHERE function = 'inject'")) != 1
            || count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE s360_status = 'PRINTED'")) < printed))
        QTest::qWait(50);
    return victim;
}

// rule RUN-6: one instance per function and organizer, across processes (and machines)
void TestLeaseTwoInstances::sameFunctionAtOnceOnlyOneRuns_RUN6()
{
    SimProcess sim({QStringLiteral("--latency-ms"), QStringLiteral("300")});
    QVERIFY(sim.ok());
    const int n = 120;
    addTickets(n);
    // Both start at the same moment, with the same options.
    QProcess *a = startCli(injectArgs(sim, 10));
    QProcess *b = startCli(injectArgs(sim, 10));
    const CliResult ra = finish(a);
    const CliResult rb = finish(b);
    QList<CliResult> results{ra, rb};
    std::sort(results.begin(), results.end(), [](const CliResult &x, const CliResult &y) { return x.code < y.code; });
    const CliResult &ran = results[0];
    const CliResult &refused = results[1];
    QVERIFY2(ran.code == 0, ran.err.constData());
    QVERIFY2(refused.code == 2, refused.err.constData());
    // the refused one says why: another instance holds the function, and until when
    QVERIFY2(refused.err.contains("already running"), refused.err.constData());
    QVERIFY2(refused.err.contains("Only one instance per function and organizer may run"), refused.err.constData());
    QCOMPARE(refused.json().value(QStringLiteral("outcome")).toString(), QStringLiteral("ERROR"));
    // exactly one run happened: one run row, every ticket sent once, the lease released
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_runs WHERE function = 'inject' AND dry_run = 0")), 1);
    QCOMPARE(ran.json().value(QStringLiteral("succeeded")).toInt(), n);
    QCOMPARE(sim.tickets().size(), n);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_run_tickets WHERE action = 'inject'")), n);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_leases")), 0);
}

// rules RUN-6, RUN-12: a holder killed on this machine does not block anyone
void TestLeaseTwoInstances::killedHolderHereIsTakenOverAtOnce_RUN6_RUN12()
{
    SimProcess sim({QStringLiteral("--latency-ms"), QStringLiteral("100")});
    QVERIFY(sim.ok());
    const int n = 400;
    addTickets(n);
    QProcess *victim = startLongRun(sim, 50);
    QVERIFY(victim);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_leases WHERE holder LIKE ?"),
                 QVariantList{QString(QHostInfo::localHostName() + QStringLiteral(":%1:%").arg(victim->processId()))}),
        1);
    // while it runs, a second instance is refused
    const CliResult refused = cli(injectArgs(sim, 10));
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains("already running"), refused.err.constData());

    victim->kill(); // SIGKILL: the lease stays in the database
    QVERIFY(victim->waitForFinished(5000));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_leases")), 1);
    sim.setFaults(QJsonObject{{QStringLiteral("latency-ms"), 0}});

    const CliResult rerun = cli(injectArgs(sim, 50));
    QVERIFY2(rerun.code == 0, rerun.err.constData());
    QCOMPARE(sim.tickets().size(), n);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE s360_status = 'PRINTED'")), n);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_leases")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_runs WHERE error_code = 'SYNC_ABANDONED'")), 1);
}

// rule RUN-6: a holder that crashed on another operator's machine blocks until its lease expires,
// then the next run proceeds
void TestLeaseTwoInstances::killedHolderElsewhereFreesTheLeaseAfterExpiry_RUN6()
{
    SimProcess sim({QStringLiteral("--latency-ms"), QStringLiteral("100")});
    QVERIFY(sim.ok());
    const int n = 400;
    addTickets(n);
    QProcess *victim = startLongRun(sim, 50);
    QVERIFY(victim);
    victim->kill();
    QVERIFY(victim->waitForFinished(5000));
    // This machine cannot see a process of another machine: make the dead holder's lease look
    // like the one of an operator elsewhere (same pid and nonce, another host) that expires in
    // a few seconds — as the engine's own lease would, a TTL after its last renewal.
    const qint64 expiresAt = QDateTime::currentSecsSinceEpoch() + 4;
    auto moved = m_store->exec(
        QStringLiteral(
            "UPDATE sync_leases SET holder = ? || substr(holder, ?), expires_at = ? WHERE function = 'inject'"),
        {QStringLiteral("operator-2-laptop"), int(QHostInfo::localHostName().size() + 1), expiresAt});
    QVERIFY(moved);
    QCOMPARE(moved->numRowsAffected(), 1);
    sim.setFaults(QJsonObject{{QStringLiteral("latency-ms"), 0}});

    // before expiry: refused, naming the holder elsewhere
    const CliResult early = cli(injectArgs(sim, 50));
    QVERIFY2(early.code == 2, early.err.constData());
    QVERIFY2(early.err.contains("operator-2-laptop"), early.err.constData());
    QVERIFY(QDateTime::currentSecsSinceEpoch() < expiresAt); // the refusal came before expiry
    const qint64 printedBefore = count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE s360_status = 'PRINTED'"));
    QVERIFY(printedBefore < n);

    // after expiry: the next run proceeds and finishes the job
    while (QDateTime::currentSecsSinceEpoch() <= expiresAt)
        QTest::qWait(100);
    const CliResult after = cli(injectArgs(sim, 50));
    QVERIFY2(after.code == 0, after.err.constData());
    QCOMPARE(sim.tickets().size(), n);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE s360_status = 'PRINTED'")), n);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_leases")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_runs WHERE error_code = 'SYNC_ABANDONED'")), 1);
}

QTEST_GUILESS_MAIN(TestLeaseTwoInstances)
#include "tst_lease_twoinstances.moc"
