// End to end: tixsync-cli runs the interface functions against tixngo-sim through the real
// TIXNGO client — outcomes on both sides, partial failures, retried faults, two processes at
// once, and a kill -9 in the middle of an injection followed by a rerun.
#include "core/store.h"
#include "import/bulkupsert.h"
#include "sync/runcontroller.h"
#include "sync/syncengine.h"
#include "synctestutil.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace tixsync;
using namespace tixsync::sync;
using namespace tixsync::test;

class TestSyncE2e : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void injectThroughCli_INJ11_API9();
    void partialFailures_RUN1_RUN3_RUN4();
    void faultsRetried_API5_API6();
    void pushesAndFeedback_PC10_CT4_FB3_FB4();
    void dryRunPrintsPayloads();
    void usageErrors();
    void scheduleAndRunDue_RUN7_RUN8();
    void twoProcessesAtOnce_RUN6();
    void killNineThenRerun_RUN12();
    void forcedOnlyInjectsExactlyTheForcedTickets_INJ5_INJ12();
    void forcedOnlyPushCancelledDeletesShouldNotExist_REC1_PC10();
    void forcedOnlyPushControlledResendsProcessed_CT3();
    void impactOnlyCountsWithoutRecording_RUN2();
    void contactDistributionThroughCli_FB10();

private:
    CliResult cli(const QStringList &args, const QString &key = QStringLiteral("test-key"));
    QProcess *startCli(const QStringList &args);
    void addTickets(int n);
    int count(const QString &sql);
    QString paramsFile(const QString &text);

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<Store> m_store;
    int m_counter = 0;
};

void TestSyncE2e::init()
{
    m_db = m_dir.filePath(QStringLiteral("e2e%1.sqlite").arg(++m_counter));
    auto s = Store::open(m_db);
    QVERIFY(s);
    m_store = std::move(*s);
    QVERIFY(m_store->upsertEvent(makeEvent(QStringLiteral("E1"))));
}

void TestSyncE2e::cleanup()
{
    m_store.reset();
}

void TestSyncE2e::addTickets(int n)
{
    // The import's bulk statement: 20 000 tickets in about a second (upsertTicket takes ~10 s).
    QVERIFY(m_store->transaction([&]() -> Status {
        auto bulk = BulkUpsert::prepare(*m_store, QStringLiteral("tickets"), Store::ticketColumns());
        if (!bulk)
            return fail(bulk.error());
        for (int i = 1; i <= n; ++i) {
            const QVariantList values = Store::ticketValues(
                makeTicket(QStringLiteral("T%1").arg(i, 5, 10, QLatin1Char('0')), QStringLiteral("E1")));
            for (int c = 0; c < values.size(); ++c) {
                const QVariant &v = values[c];
                if (v.typeId() == QMetaType::Double)
                    (*bulk)->bindDouble(c, v.toDouble());
                else if (v.typeId() == QMetaType::Int)
                    (*bulk)->bindInt(c, v.toInt());
                else
                    (*bulk)->bindText(c, v.toString());
            }
            if (auto ok = (*bulk)->exec(); !ok)
                return ok;
        }
        return {};
    }));
}

int TestSyncE2e::count(const QString &sql)
{
    auto q = m_store->exec(sql);
    if (!q || !q->next())
        return -1;
    return q->value(0).toInt();
}

QString TestSyncE2e::paramsFile(const QString &text)
{
    const QString f = m_dir.filePath(QStringLiteral("params%1.txt").arg(++m_counter));
    QFile file(f);
    if (file.open(QIODevice::WriteOnly))
        file.write(text.toUtf8());
    return f;
}

CliResult TestSyncE2e::cli(const QStringList &args, const QString &key)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TIXNGO_API_KEY"), key);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TIXSYNC_BIN_DIR "/tixsync-cli"), QStringList{QStringLiteral("--db"), m_db} + args);
    p.waitForFinished(240000);
    return CliResult{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError()};
}

QProcess *TestSyncE2e::startCli(const QStringList &args)
{
    auto *p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TIXNGO_API_KEY"), QStringLiteral("test-key"));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(TIXSYNC_BIN_DIR "/tixsync-cli"), QStringList{QStringLiteral("--db"), m_db} + args);
    return p;
}

// rule INJ-11, API-9
void TestSyncE2e::injectThroughCli_INJ11_API9()
{
    SimProcess sim;
    QVERIFY(sim.ok());
    addTickets(50);
    const CliResult r
        = cli({QStringLiteral("inject"), QStringLiteral("--json"), QStringLiteral("--tixngo-url"), sim.url()});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("function")).toString(), QStringLiteral("inject"));
    QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("OK"));
    QCOMPARE(o.value(QStringLiteral("selected")).toInt(), 50);
    QCOMPARE(o.value(QStringLiteral("succeeded")).toInt(), 50);
    QVERIFY(o.value(QStringLiteral("runId")).toInt() > 0);
    QVERIFY(o.value(QStringLiteral("errors")).isArray());
    const auto remote = sim.tickets();
    QCOMPARE(remote.size(), 50);
    for (const QString &s : remote)
        QCOMPARE(s, QStringLiteral("INJECTED"));
    QCOMPARE(count(QStringLiteral(
                 "SELECT COUNT(*) FROM tickets WHERE s360_status = 'PRINTED' AND tixngo_status = 'INJECTED'")),
        50);
    // a wrong key: Error, exit 2, the key never printed
    QVERIFY(m_store->upsertTicket(makeTicket(QStringLiteral("X1"), QStringLiteral("E1"))));
    const CliResult bad
        = cli({QStringLiteral("inject"), QStringLiteral("--tixngo-url"), sim.url()}, QStringLiteral("WRONG-KEY-987"));
    QCOMPARE(bad.code, 2);
    QVERIFY(!bad.err.contains("WRONG-KEY-987"));
    QVERIFY(!bad.out.contains("WRONG-KEY-987"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE s360_status = 'NOT_PRINTED'")), 1);
}

// rule RUN-1, RUN-3, RUN-4
void TestSyncE2e::partialFailures_RUN1_RUN3_RUN4()
{
    SimProcess sim(
        {QStringLiteral("--ticket-error-rate"), QStringLiteral("0.3"), QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY(sim.ok());
    addTickets(100);
    CliResult r = cli({QStringLiteral("inject"), QStringLiteral("--json"), QStringLiteral("--tixngo-url"), sim.url()});
    QCOMPARE(r.code, 1); // Warning
    QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("WARNING"));
    const int ok = o.value(QStringLiteral("succeeded")).toInt();
    const int failed = o.value(QStringLiteral("failed")).toInt();
    QVERIFY(failed > 5);
    QCOMPARE(ok + failed, 100);
    QCOMPARE(o.value(QStringLiteral("errors")).toArray().size(), failed);
    QCOMPARE(sim.tickets().size(), ok); // RUN-3: successes kept on both sides
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE s360_status = 'PRINTED'")), ok);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_open_errors WHERE function = 'inject'")), failed); // RUN-4
    // the server recovers: the failing tickets go, the error clears
    sim.setFaults(QJsonObject{{QStringLiteral("ticket-error-rate"), 0}});
    r = cli({QStringLiteral("inject"), QStringLiteral("--json"), QStringLiteral("--tixngo-url"), sim.url()});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().value(QStringLiteral("succeeded")).toInt(), failed);
    QCOMPARE(sim.tickets().size(), 100);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_open_errors")), 0);
}

// rule API-5, API-6
void TestSyncE2e::faultsRetried_API5_API6()
{
    SimProcess sim({QStringLiteral("--seed"), QStringLiteral("3")});
    QVERIFY(sim.ok());
    sim.setFaults(QJsonObject{
        {QStringLiteral("fail-rate"), 0.25}, {QStringLiteral("drop-rate"), 0.1}, {QStringLiteral("rate-limit"), 4}});
    addTickets(200);
    const CliResult r = cli({QStringLiteral("inject"), QStringLiteral("--json"), QStringLiteral("--tixngo-url"),
        sim.url(), QStringLiteral("--custom-parameters"), paramsFile(QStringLiteral("ticketIterationSize=40"))});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("succeeded")).toInt(), 200);
    QCOMPARE(sim.tickets().size(), 200);
    // nothing recorded twice: one OK ledger row per ticket
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_run_tickets WHERE result = 'OK'")), 200);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT ticket_id) FROM sync_run_tickets WHERE result = 'OK'")), 200);
}

// rule PC-10, CT-4, FB-3, FB-4
void TestSyncE2e::pushesAndFeedback_PC10_CT4_FB3_FB4()
{
    SimProcess sim({QStringLiteral("--deletion-confirm-ms"), QStringLiteral("200")});
    QVERIFY(sim.ok());
    addTickets(5);
    const QStringList url{QStringLiteral("--tixngo-url"), sim.url()};
    QCOMPARE(cli(QStringList{QStringLiteral("inject")} + url).code, 0);
    QCOMPARE(cli({QStringLiteral("ticket-action"), QStringLiteral("cancel"), QStringLiteral("T00001")}).code, 0);
    QCOMPARE(cli({QStringLiteral("ticket-action"), QStringLiteral("invalidate"), QStringLiteral("T00002"),
                     QStringLiteral("--reason"), QStringLiteral("RESALE")})
                 .code,
        0);
    QCOMPARE(cli({QStringLiteral("ticket-action"), QStringLiteral("control"), QStringLiteral("T00003")}).code, 0);
    CliResult r = cli(QStringList{QStringLiteral("push-cancelled"), QStringLiteral("--json"),
                          QStringLiteral("--shipment-modes"), QStringLiteral("TIXNGO")}
        + url);
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("succeeded")).toInt(), 2);
    r = cli(QStringList{QStringLiteral("push-controlled"), QStringLiteral("--json")} + url);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().value(QStringLiteral("succeeded")).toInt(), 1);
    auto remote = sim.tickets();
    QVERIFY(remote.value(QStringLiteral("T00001")) == QLatin1String("DELETION_PENDING")
        || remote.value(QStringLiteral("T00001")) == QLatin1String("DELETED")); // PC-10
    QCOMPARE(remote.value(QStringLiteral("T00003")), QStringLiteral("CONTROLLED")); // CT-4
    QCOMPARE(m_store->ticket(QStringLiteral("T00001"))->s360Status, S360Status::Cancelled);
    QCOMPARE(m_store->ticket(QStringLiteral("T00003"))->s360Status, S360Status::Controlled);
    // a transfer in the wallet, then feedback
    sim.forceStatus(QStringLiteral("T00004"),
        QJsonObject{{QStringLiteral("status"), QStringLiteral("TRANSFERRED")},
            {QStringLiteral("owner"),
                QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Carla")},
                    {QStringLiteral("lastName"), QStringLiteral("Neu")},
                    {QStringLiteral("email"), QStringLiteral("carla@example.ch")}}}});
    QTRY_COMPARE_WITH_TIMEOUT(sim.tickets().value(QStringLiteral("T00001")), QStringLiteral("DELETED"), 5000);
    r = cli(QStringList{QStringLiteral("feedback"), QStringLiteral("--json")} + url);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.json().value(QStringLiteral("succeeded")).toInt() >= 5);
    auto t4 = m_store->ticket(QStringLiteral("T00004"));
    QCOMPARE(t4->tixngoStatus, TixngoStatus::Transferred); // FB-4
    QCOMPARE(t4->tixngoOwner.email, QStringLiteral("carla@example.ch"));
    QCOMPARE(t4->s360Status, S360Status::Printed); // FB-3
    QCOMPARE(m_store->ticket(QStringLiteral("T00001"))->tixngoStatus, TixngoStatus::Deleted);
    QCOMPARE(m_store->ticket(QStringLiteral("T00001"))->s360Status, S360Status::Cancelled);
    QVERIFY(m_store->tixngoHistory(QStringLiteral("T00004")).size() >= 2);
    QVERIFY(!runs::feedbackKey(*m_store, organizerFor(sim.url())).isEmpty()); // FB-2
    // runs lists them, newest first
    r = cli({QStringLiteral("runs"), QStringLiteral("--json"), QStringLiteral("--last"), QStringLiteral("2")});
    QCOMPARE(r.code, 0);
    const QJsonArray a = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(a.size(), 2);
    QCOMPARE(a.first().toObject().value(QStringLiteral("function")).toString(), QStringLiteral("feedback"));
}

void TestSyncE2e::dryRunPrintsPayloads()
{
    addTickets(2);
    const CliResult r = cli({QStringLiteral("inject"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0 || r.code == 1, r.err.constData());
    const QJsonObject o = r.json();
    QVERIFY(o.value(QStringLiteral("dryRun")).toBool());
    const QJsonArray payloads = o.value(QStringLiteral("payloads")).toArray();
    QCOMPARE(payloads.size() + o.value(QStringLiteral("errors")).toArray().size(), 2);
    if (!payloads.isEmpty())
        QCOMPARE(payloads.first()
                     .toObject()
                     .value(QStringLiteral("payload"))
                     .toObject()
                     .value(QStringLiteral("ticketId"))
                     .toString(),
            QStringLiteral("T00001"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE s360_status = 'NOT_PRINTED'")), 2);
}

void TestSyncE2e::usageErrors()
{
    QCOMPARE(cli({QStringLiteral("inject"), QStringLiteral("--batch"), QStringLiteral("zero")}).code, 64);
    QCOMPARE(
        cli({QStringLiteral("push-cancelled"), QStringLiteral("--date-from"), QStringLiteral("2026-11-01")}).code, 64);
    QCOMPARE(cli({QStringLiteral("ticket-action"), QStringLiteral("explode"), QStringLiteral("T1")}).code, 64);
    // one-run options cannot be scheduled
    QCOMPARE(cli({QStringLiteral("schedule"), QStringLiteral("inject"), QStringLiteral("--every"), QStringLiteral("5"),
                     QStringLiteral("--impact-only")})
                 .code,
        64);
    QCOMPARE(cli({QStringLiteral("schedule"), QStringLiteral("push-cancelled"), QStringLiteral("--every"),
                     QStringLiteral("5"), QStringLiteral("--forced-only"), QStringLiteral("--force"),
                     QStringLiteral("id:T1")})
                 .code,
        64);
    // a bad custom parameter names its line (RUN-11)
    const CliResult r = cli({QStringLiteral("inject"), QStringLiteral("--dry-run"),
        QStringLiteral("--custom-parameters"), paramsFile(QStringLiteral("# ok\nstickToTheHour=maybe\n"))});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(":2:") || r.err.contains("Line 2"), r.err.constData());
    // no URL configured: says what to set
    addTickets(1);
    const CliResult noUrl = cli({QStringLiteral("inject")});
    QCOMPARE(noUrl.code, 2);
    QVERIFY(noUrl.err.contains("tixngo/url"));
}

// rule RUN-7, RUN-8
void TestSyncE2e::scheduleAndRunDue_RUN7_RUN8()
{
    SimProcess sim;
    QVERIFY(sim.ok());
    QVERIFY(m_store->setSetting(QStringLiteral("tixngo/url"), sim.url()));
    addTickets(3);
    // nothing scheduled: nothing due
    CliResult r = cli({QStringLiteral("run-due")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("Nothing is due"));
    // every minute, not on the grid (so it is due at once); stored options are used
    r = cli({QStringLiteral("schedule"), QStringLiteral("inject"), QStringLiteral("--every"), QStringLiteral("1"),
        QStringLiteral("--batch"), QStringLiteral("2"), QStringLiteral("--custom-parameters"),
        paramsFile(QStringLiteral("stickToTheHour=false"))});
    QVERIFY2(r.code == 0, r.err.constData());
    r = cli({QStringLiteral("schedule"), QStringLiteral("feedback"), QStringLiteral("--manual")});
    QCOMPARE(r.code, 0);
    r = cli({QStringLiteral("schedule"), QStringLiteral("--json")});
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), 2);
    r = cli({QStringLiteral("run-due"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("function")).toString(), QStringLiteral("inject"));
    QCOMPARE(r.json().value(QStringLiteral("succeeded")).toInt(), 2); // the stored --batch 2
    QCOMPARE(sim.tickets().size(), 2);
    // just ran: the next one is a minute later
    r = cli({QStringLiteral("run-due")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("Nothing is due"));
}

// rule RUN-6
void TestSyncE2e::twoProcessesAtOnce_RUN6()
{
    SimProcess sim({QStringLiteral("--latency-ms"), QStringLiteral("250")});
    QVERIFY(sim.ok());
    addTickets(200);
    const QStringList args{QStringLiteral("inject"), QStringLiteral("--json"), QStringLiteral("--tixngo-url"),
        sim.url(), QStringLiteral("--custom-parameters"), paramsFile(QStringLiteral("ticketIterationSize=20"))};
    QProcess *first = startCli(args);
    QVERIFY(first->waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(
        count(QStringLiteral("SELECT COUNT(*) FROM sync_leases WHERE function = 'inject'")) == 1, 10000);
    const CliResult second = cli(args);
    QCOMPARE(second.code, 2);
    QVERIFY2(second.err.contains("already running"), second.err.constData());
    QCOMPARE(second.json().value(QStringLiteral("outcome")).toString(), QStringLiteral("ERROR"));
    QVERIFY(first->waitForFinished(60000));
    QCOMPARE(first->exitCode(), 0);
    QCOMPARE(sim.tickets().size(), 200);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_leases")), 0); // released
}

// rule RUN-12
void TestSyncE2e::killNineThenRerun_RUN12()
{
    SimProcess sim({QStringLiteral("--latency-ms"), QStringLiteral("60")});
    QVERIFY(sim.ok());
    // The size is 20 000 tickets; TIXSYNC_KILL9_TICKETS overrides it (see docs/sync.md).
    const int n = qEnvironmentVariableIsSet("TIXSYNC_KILL9_TICKETS")
        ? qEnvironmentVariableIntValue("TIXSYNC_KILL9_TICKETS")
        : 20000;
    QElapsedTimer clock;
    clock.start();
    addTickets(n);
    qInfo("kill -9 test: %d tickets; stored in %lld ms", n, clock.restart());
    const QStringList args{QStringLiteral("inject"), QStringLiteral("--json"), QStringLiteral("--batch"),
        QString::number(n), QStringLiteral("--tixngo-url"), sim.url(), QStringLiteral("--custom-parameters"),
        paramsFile(QStringLiteral("ticketIterationSize=50"))};
    QProcess *victim = startCli(args);
    QVERIFY(victim->waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(
        count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE s360_status = 'PRINTED'")) >= n / 10, 60000);
    victim->kill(); // SIGKILL: no cleanup of any kind
    qInfo("killed after %lld ms", clock.restart());
    QVERIFY(victim->waitForFinished(5000));
    const int printedAtKill = count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE s360_status = 'PRINTED'"));
    QVERIFY(printedAtKill < n);
    QTest::qWait(500); // let the simulator finish a request it was answering when the client died
    const QMap<QString, QString> atKill = sim.tickets(); // what TIXNGO has at this instant
    QVERIFY(atKill.size() >= printedAtKill);
    sim.setFaults(QJsonObject{{QStringLiteral("latency-ms"), 0}});

    const CliResult rerun = cli(args);
    QVERIFY2(rerun.code == 0, rerun.err.constData());
    qInfo("rerun in %lld ms", clock.restart());
    // nothing lost: every ticket in TIXNGO and PRINTED, the statuses consistent
    const QMap<QString, QString> after = sim.tickets();
    QCOMPARE(after.size(), n);
    QCOMPARE(count(QStringLiteral(
                 "SELECT COUNT(*) FROM tickets WHERE s360_status = 'PRINTED' AND tixngo_status = 'INJECTED'")),
        n);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_in_flight")), 0);
    // nothing sent twice without need: the rerun sent only tickets TIXNGO did not have at the kill
    const qint64 rerunId = rerun.json().value(QStringLiteral("runId")).toInteger();
    auto sent = m_store->exec(
        QStringLiteral("SELECT ticket_id FROM sync_run_tickets WHERE run_id = ? AND action = 'inject'"), {rerunId});
    QVERIFY(sent);
    int resent = 0, sentCount = 0;
    while (sent->next()) {
        ++sentCount;
        if (atKill.contains(sent->value(0).toString()))
            ++resent;
    }
    QCOMPARE(resent, 0);
    QCOMPARE(sentCount, n - int(atKill.size()));
    // the killed run is closed as ERROR, the lease of the dead process was taken over at once
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_runs WHERE error_code = 'SYNC_ABANDONED'")), 1);
}

// rule INJ-5, INJ-12: forcedOnly selects only the force list, skip lists do not apply to it,
// forced PRINTED tickets are re-injected; an empty force list is an error and sends nothing.
void TestSyncE2e::forcedOnlyInjectsExactlyTheForcedTickets_INJ5_INJ12()
{
    SimProcess sim;
    QVERIFY(sim.ok());
    addTickets(10); // all ten are due
    const QStringList url{QStringLiteral("--tixngo-url"), sim.url()};
    CliResult r = cli(QStringList{QStringLiteral("inject"), QStringLiteral("--json"), QStringLiteral("--forced-only"),
                          QStringLiteral("--force"), QStringLiteral("id:T00003, NT00007"), QStringLiteral("--skip"),
                          QStringLiteral("id:T00003")}
        + url);
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("selected")).toInt(), 2);
    QCOMPARE(r.json().value(QStringLiteral("succeeded")).toInt(), 2);
    QCOMPARE(QStringList(sim.tickets().keys()), (QStringList{QStringLiteral("T00003"), QStringLiteral("T00007")}));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE s360_status = 'PRINTED'")), 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE s360_status = 'NOT_PRINTED'")), 8);
    // still a recorded run with its ledger, but "the last execution" did not move
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_runs WHERE function = 'inject'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_run_tickets WHERE result = 'OK'")), 2);
    QVERIFY(!runs::watermark(*m_store, SyncFunction::Inject, organizerFor(sim.url())).isValid());

    // a forced PRINTED ticket is re-injected (an update in TIXNGO), nothing else goes
    sim.forceStatus(QStringLiteral("T00003"), QJsonObject{{QStringLiteral("status"), QStringLiteral("DOWNLOADED")}});
    r = cli(QStringList{QStringLiteral("inject"), QStringLiteral("--json"), QStringLiteral("--forced-only"),
                QStringLiteral("--force"), QStringLiteral("id:T00003")}
        + url);
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("selected")).toInt(), 1);
    QCOMPARE(r.json().value(QStringLiteral("succeeded")).toInt(), 1);
    QCOMPARE(sim.tickets().size(), 2);
    QCOMPARE(m_store->ticket(QStringLiteral("T00003"))->s360Status, S360Status::Printed);

    // no force list: a clear error, nothing sent, no run recorded
    r = cli(QStringList{QStringLiteral("inject"), QStringLiteral("--json"), QStringLiteral("--forced-only")} + url);
    QCOMPARE(r.code, 2);
    QCOMPARE(r.json().value(QStringLiteral("errorCode")).toString(), QStringLiteral("SYNC_FORCED_ONLY_EMPTY"));
    QVERIFY2(r.err.contains("forcedOnly needs a force list"), r.err.constData());
    QCOMPARE(sim.tickets().size(), 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE s360_status = 'NOT_PRINTED'")), 8);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_runs WHERE function = 'inject'")), 2);
}

// rule REC-1, PC-10: the fix of SHOULD_NOT_EXIST — a forced NOT_PRINTED ticket TIXNGO has is
// deleted from TIXNGO, stays NOT_PRINTED in S-360 and is recorded processed; the cancelled ticket
// that is due is not pushed by the forcedOnly run.
void TestSyncE2e::forcedOnlyPushCancelledDeletesShouldNotExist_REC1_PC10()
{
    SimProcess sim;
    QVERIFY(sim.ok());
    addTickets(3);
    const QStringList url{QStringLiteral("--tixngo-url"), sim.url()};
    QCOMPARE(cli(QStringList{QStringLiteral("inject")} + url).code, 0);
    // T00002 is NOT_PRINTED in S-360 while TIXNGO has it (SHOULD_NOT_EXIST)
    QVERIFY(m_store->exec(QStringLiteral("UPDATE tickets SET s360_status = 'NOT_PRINTED' WHERE ticket_id = ?"),
        {QStringLiteral("T00002")}));
    QCOMPARE(cli({QStringLiteral("ticket-action"), QStringLiteral("cancel"), QStringLiteral("T00001")}).code, 0);

    // without forcedOnly a NOT_PRINTED ticket is not a push-cancelled candidate, even forced
    CliResult r = cli(QStringList{QStringLiteral("push-cancelled"), QStringLiteral("--dry-run"),
        QStringLiteral("--json"), QStringLiteral("--force"), QStringLiteral("id:T00002")});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("selected")).toInt(), 1); // T00001 only

    r = cli(QStringList{QStringLiteral("push-cancelled"), QStringLiteral("--json"), QStringLiteral("--forced-only"),
                QStringLiteral("--force"), QStringLiteral("id:T00002")}
        + url);
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("selected")).toInt(), 1);
    QCOMPARE(r.json().value(QStringLiteral("succeeded")).toInt(), 1);
    const auto remote = sim.tickets();
    QVERIFY2(remote.value(QStringLiteral("T00002")) == QLatin1String("DELETION_PENDING")
            || remote.value(QStringLiteral("T00002")) == QLatin1String("DELETED"),
        qPrintable(remote.value(QStringLiteral("T00002"))));
    QCOMPARE(remote.value(QStringLiteral("T00001")), QStringLiteral("INJECTED")); // due, but not forced
    const auto t2 = m_store->ticket(QStringLiteral("T00002"));
    QCOMPARE(t2->s360Status, S360Status::NotPrinted);
    QVERIFY(t2->tixngoStatus == TixngoStatus::DeletionPending || t2->tixngoStatus == TixngoStatus::Deleted);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_processed WHERE function = 'push-cancelled' AND "
                                  "ticket_id = 'T00002'")),
        1);
    // the next normal run pushes the due cancellation only, not T00002 again
    r = cli(QStringList{QStringLiteral("push-cancelled"), QStringLiteral("--json")} + url);
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("selected")).toInt(), 1);
    const qint64 runId = r.json().value(QStringLiteral("runId")).toInteger();
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_run_tickets WHERE run_id = %1 AND ticket_id = 'T00001' "
                                  "AND result = 'OK'")
                       .arg(runId)),
        1);
}

// rule CT-3: forcedOnly push controlled re-sends a forced CONTROLLED ticket already processed,
// and only it.
void TestSyncE2e::forcedOnlyPushControlledResendsProcessed_CT3()
{
    SimProcess sim;
    QVERIFY(sim.ok());
    addTickets(3);
    const QStringList url{QStringLiteral("--tixngo-url"), sim.url()};
    QCOMPARE(cli(QStringList{QStringLiteral("inject")} + url).code, 0);
    QCOMPARE(cli({QStringLiteral("ticket-action"), QStringLiteral("control"), QStringLiteral("T00001")}).code, 0);
    CliResult r = cli(QStringList{QStringLiteral("push-controlled"), QStringLiteral("--json")} + url);
    QCOMPARE(r.json().value(QStringLiteral("succeeded")).toInt(), 1);
    QCOMPARE(cli({QStringLiteral("ticket-action"), QStringLiteral("control"), QStringLiteral("T00002")}).code, 0);
    r = cli(QStringList{QStringLiteral("push-controlled"), QStringLiteral("--json"), QStringLiteral("--forced-only"),
                QStringLiteral("--force"), QStringLiteral("id:T00001")}
        + url);
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("selected")).toInt(), 1);
    QCOMPARE(r.json().value(QStringLiteral("succeeded")).toInt(), 1);
    const qint64 runId = r.json().value(QStringLiteral("runId")).toInteger();
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_run_tickets WHERE run_id = %1 AND ticket_id = 'T00001'")
                       .arg(runId)),
        1);
    QCOMPARE(sim.tickets().value(QStringLiteral("T00002")), QStringLiteral("INJECTED")); // due, not forced
}

// rule RUN-2: impactOnly counts what the run would select — the same number the real run then
// selects — and records nothing: no run, ledger row, audit entry or watermark; no TIXNGO call.
void TestSyncE2e::impactOnlyCountsWithoutRecording_RUN2()
{
    SimProcess sim;
    QVERIFY(sim.ok());
    addTickets(30);
    const QStringList url{QStringLiteral("--tixngo-url"), sim.url()};
    QVERIFY(runs::addToSkipList(*m_store, SyncFunction::Inject, TicketList::parse(QStringLiteral("id:T00004"))));
    const QString orgz = organizerFor(sim.url());
    auto impact = [&](SyncFunction f, int batch, const QString &skip) {
        RunOptions o;
        o.function = f;
        o.organizer = orgz;
        o.batchSize = batch;
        o.skip = skip;
        o.impactOnly = true;
        SyncEngine engine(*m_store, nullptr); // no connection needed
        return engine.run(o);
    };
    const int runsBefore = count(QStringLiteral("SELECT COUNT(*) FROM sync_runs"));
    const int auditBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const RunResult counted = impact(SyncFunction::Inject, 20, QStringLiteral("id:T00001"));
    QCOMPARE(counted.outcome, RunOutcome::Ok);
    QVERIFY(counted.impactOnly);
    QCOMPARE(counted.runId, 0);
    QCOMPARE(counted.selected, 20);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_runs")), runsBefore);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_run_tickets")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_leases")), 0);
    QCOMPARE(sim.tickets().size(), 0);
    // the CLI's --impact-only goes through runFunction (no audit entry either)
    CliResult r = cli(QStringList{QStringLiteral("inject"), QStringLiteral("--json"), QStringLiteral("--impact-only"),
        QStringLiteral("--batch"), QStringLiteral("20"), QStringLiteral("--skip"), QStringLiteral("id:T00001")});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("selected")).toInt(), 20);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_runs")), runsBefore);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);

    r = cli(QStringList{QStringLiteral("inject"), QStringLiteral("--json"), QStringLiteral("--batch"),
                QStringLiteral("20"), QStringLiteral("--skip"), QStringLiteral("id:T00001")}
        + url);
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("selected")).toInt(), counted.selected);
    QCOMPARE(sim.tickets().size(), counted.selected);
    // the rest: 30 - 20 sent - 2 skipped
    QCOMPARE(impact(SyncFunction::Inject, 20, QStringLiteral("id:T00001")).selected, 8);

    // pushes: cancelled tickets due, the already processed one not counted
    for (const char *id : {"T00005", "T00006", "T00007"})
        QCOMPARE(cli({QStringLiteral("ticket-action"), QStringLiteral("cancel"), QString::fromLatin1(id)}).code, 0);
    QCOMPARE(impact(SyncFunction::PushCancelled, 0, {}).selected, 3);
    r = cli(QStringList{QStringLiteral("push-cancelled"), QStringLiteral("--json")} + url);
    QCOMPARE(r.json().value(QStringLiteral("selected")).toInt(), 3);
    QCOMPARE(impact(SyncFunction::PushCancelled, 0, {}).selected, 0);
}

// rule FB-10 end to end: a transfer in the wallet, seen by feedback with contact distribution on,
// is a PENDING then CONFIRMED distribution, and the new owner becomes the ticket's contact.
void TestSyncE2e::contactDistributionThroughCli_FB10()
{
    SimProcess sim;
    QVERIFY(sim.ok());
    addTickets(2);
    const QStringList url{QStringLiteral("--tixngo-url"), sim.url()};
    QCOMPARE(cli(QStringList{QStringLiteral("inject")} + url).code, 0);
    const QStringList feedback
        = QStringList{QStringLiteral("feedback"), QStringLiteral("--json"), QStringLiteral("--custom-parameters"),
              paramsFile(QStringLiteral("enableTicketDistributionToCulturalContact=true"))}
        + url;
    const QJsonObject carla{{QStringLiteral("firstName"), QStringLiteral("Carla")},
        {QStringLiteral("lastName"), QStringLiteral("Neu")},
        {QStringLiteral("email"), QStringLiteral("carla@example.ch")}};
    sim.forceStatus(
        QStringLiteral("T00001"), QJsonObject{{QStringLiteral("status"), QStringLiteral("PENDING_TRANSFER")}});
    CliResult r = cli(feedback);
    QVERIFY2(r.code == 0, r.err.constData());
    r = cli({QStringLiteral("distributions"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
    QCOMPARE(m_store->ticket(QStringLiteral("T00001"))->contact.email, QStringLiteral("anna@example.ch"));

    sim.forceStatus(QStringLiteral("T00001"),
        QJsonObject{{QStringLiteral("status"), QStringLiteral("TRANSFERRED")}, {QStringLiteral("owner"), carla}});
    r = cli(feedback);
    QVERIFY2(r.code == 0, r.err.constData());
    r = cli({QStringLiteral("distributions"), QStringLiteral("--json"), QStringLiteral("--ticket"),
        QStringLiteral("T00001")});
    list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), 1); // the same transfer, now confirmed
    QCOMPARE(list.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("CONFIRMED"));
    QCOMPARE(
        list.first().toObject().value(QStringLiteral("recipientEmail")).toString(), QStringLiteral("carla@example.ch"));
    const auto t1 = m_store->ticket(QStringLiteral("T00001"));
    QCOMPARE(t1->contact.email, QStringLiteral("carla@example.ch"));
    QCOMPARE(t1->contact.firstName, QStringLiteral("Carla"));
    QCOMPARE(t1->s360Status, S360Status::Printed); // FB-3
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM contacts")), 1);
}

QTEST_GUILESS_MAIN(TestSyncE2e)
#include "tst_sync_e2e.moc"
