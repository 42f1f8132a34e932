// The TIXNGO client against the real simulator (tixngo-sim started on a free port with a random
// key): every call's happy path, and each fault class of tixngo-api-contract.md ending in the
// documented behaviour (rules API-1..API-10).
#include "simfixture.h"
#include "testtickets.h"
#include "tixngo/client.h"
#include "tixngo/staticcredentialprovider.h"
#include "tixngo/waitfor.h"

#include <QJsonArray>
#include <QSet>
#include <QtTest>

using namespace tixsync;
using namespace tixsync::tixngo;

namespace {

ApiProfile fastProfile()
{
    ApiProfile p;
    p.transferTimeoutMs = 3000;
    p.retry.maxAttempts = 8;
    p.retry.baseDelayMs = 20;
    p.retry.maxDelayMs = 100;
    p.retry.maxTotalMs = 20000;
    p.retry.maxRetryAfterMs = 3000;
    return p;
}

QStringList ids(const QList<TicketResult> &results)
{
    QStringList out;
    for (const auto &r : results)
        out.append(r.ticketId);
    return out;
}

QStringList *g_log = nullptr;
QtMessageHandler g_previous = nullptr;
void captureHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_log)
        g_log->append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

class TestTixngoE2e : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void everyCallHappyPath();
    void diffFeedPagesAndReplays_API10();
    void failRateThenOffIsRetried_API6();
    void rateLimitIsWaited_API5();
    void malformedIsProtocolError_API7();
    void wrongKeyIsAuthErrorWithOneRequest_API3();
    void wrongPathIsEndpointNotFound_API3();
    void batchTooLargeIsHalved_API4();
    void noTicketLostOrReportedTwice_API6_API9();
    void cancelAbortsAtOnce();
    void keyNeverLoggedInAFullRun_API2();

private:
    std::unique_ptr<Client> client(ApiProfile profile = fastProfile(), const QString &url = {}, const QString &key = {})
    {
        auto c = Connection::fromUrl(url.isEmpty() ? m_sim.url : url);
        Q_ASSERT(c);
        return std::make_unique<Client>(
            *c, std::move(profile), std::make_shared<StaticCredentialProvider>(key.isEmpty() ? m_sim.key : key));
    }
    int simRequestLines(const QByteArray &what)
    {
        m_stderr += m_sim.stderrText();
        return static_cast<int>(m_stderr.count(what));
    }

    SimFixture m_sim;
    QByteArray m_stderr;
};

void TestTixngoE2e::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--deletion-confirm-ms"), QStringLiteral("100"), QStringLiteral("--verbose")}),
        qPrintable(m_sim.lastError));
}

void TestTixngoE2e::init()
{
    QVERIFY(m_sim.reset());
    QVERIFY(m_sim.setFaults({{QStringLiteral("fail-rate"), 0}, {QStringLiteral("drop-rate"), 0},
        {QStringLiteral("rate-limit"), 0}, {QStringLiteral("malformed-rate"), 0},
        {QStringLiteral("ticket-error-rate"), 0}, {QStringLiteral("latency-ms"), 0}}));
}

void TestTixngoE2e::everyCallHappyPath()
{
    auto c = client();
    InjectBatch batch = testBatch(5);
    batch.append(QStringLiteral("A/B+C (1)"), testTicketPayload(QStringLiteral("A/B+C (1)")));
    BatchJob *inject = waitFor(c->inject(batch));
    QVERIFY2(inject->isOk(), qPrintable(inject->error().message));
    QCOMPARE(inject->acceptedCount(), 6);
    QCOMPARE(inject->results().first().status, QStringLiteral("INJECTED"));
    QCOMPARE(m_sim.tickets().value(QLatin1String("tickets")).toArray().size(), 6);

    // INJ-12: re-injection is an update, not an error.
    BatchJob *again = waitFor(c->inject(testBatch(1)));
    QCOMPARE(again->acceptedCount(), 1);

    // §5 read one, with an id that needs percent-encoding; unknown id = not found.
    ReadTicketJob *read = waitFor(c->readTicket(QStringLiteral("A/B+C (1)")));
    QVERIFY2(read->isOk(), qPrintable(read->error().message));
    QVERIFY(read->found());
    QCOMPARE(read->ticket()->ticketId, QStringLiteral("A/B+C (1)"));
    QCOMPARE(toCode(read->ticket()->status), QStringLiteral("INJECTED"));
    QCOMPARE(read->ticket()->owner.email, QStringLiteral("anna.muster@example.ch"));
    ReadTicketJob *unknown = waitFor(c->readTicket(QStringLiteral("NOPE-1")));
    QVERIFY(unknown->isOk());
    QVERIFY(!unknown->found());

    // §4 control, §3 delete, then control of a deleted ticket is refused per ticket.
    BatchJob *control = waitFor(c->control({{QStringLiteral("T-1"), QDateTime::currentDateTimeUtc()}}));
    QVERIFY2(control->isOk(), qPrintable(control->error().message));
    QCOMPARE(control->results().first().status, QStringLiteral("CONTROLLED"));
    BatchJob *del = waitFor(c->deleteTickets({{QStringLiteral("T-2"), QStringLiteral("CANCELLED"), false},
        {QStringLiteral("NOPE-2"), QStringLiteral("CANCELLED"), false}}));
    QVERIFY2(del->isOk(), qPrintable(del->error().message));
    QCOMPARE(del->results()[0].status, QStringLiteral("DELETION_PENDING"));
    QCOMPARE(del->results()[1].errorCode, QStringLiteral("NOT_FOUND"));
    QCOMPARE(del->acceptedCount(), 1);
    BatchJob *late = waitFor(c->control({{QStringLiteral("T-2"), QDateTime::currentDateTimeUtc()}}));
    QCOMPARE(late->results().first().errorCode, QStringLiteral("TICKET_DELETED"));

    // §2 diff: every ticket with its latest status.
    DiffJob *diff = waitFor(c->diff());
    QVERIFY2(diff->isOk(), qPrintable(diff->error().message));
    QVERIFY(!diff->page().nextPageKey.isEmpty());
    QHash<QString, QString> statuses;
    for (const RemoteTicket &t : diff->page().tickets)
        statuses.insert(t.ticketId, t.statusCode);
    QCOMPARE(statuses.size(), 6);
    QCOMPARE(statuses.value(QStringLiteral("T-1")), QStringLiteral("CONTROLLED"));
    QVERIFY(statuses.value(QStringLiteral("T-2")).startsWith(QLatin1String("DELETION_PENDING"))
        || statuses.value(QStringLiteral("T-2")) == QLatin1String("DELETED"));

    // §6 status log report.
    StatusLogQuery q;
    q.mobileAppId = QStringLiteral("app");
    q.from = QDateTime::currentDateTimeUtc().addDays(-1);
    q.to = QDateTime::currentDateTimeUtc().addDays(1);
    q.toStatuses = {QStringLiteral("CONTROLLED")};
    StatusLogJob *log = waitFor(c->statusLogReport(q));
    QVERIFY2(log->isOk(), qPrintable(log->error().message));
    QCOMPARE(log->page().entries.size(), 1);
    QCOMPARE(log->page().entries.first().value(QLatin1String("ticketId")).toString(), QStringLiteral("T-1"));
}

// rule API-10
void TestTixngoE2e::diffFeedPagesAndReplays_API10()
{
    auto c = client();
    QVERIFY(waitFor(c->inject(testBatch(5)))->isOk());
    QStringList seen;
    QString key;
    for (int page = 0; page < 10; ++page) {
        DiffJob *a = waitFor(c->diff(key, 2));
        QVERIFY2(a->isOk(), qPrintable(a->error().message));
        // The same key returns the same page (a crash before committing loses nothing).
        DiffJob *b = waitFor(c->diff(key, 2));
        QCOMPARE(b->page().nextPageKey, a->page().nextPageKey);
        QCOMPARE(b->page().tickets.size(), a->page().tickets.size());
        for (qsizetype i = 0; i < a->page().tickets.size(); ++i)
            QCOMPARE(b->page().tickets[i].ticketId, a->page().tickets[i].ticketId);
        if (a->page().tickets.isEmpty())
            break;
        QVERIFY(a->page().tickets.size() <= 2);
        for (const RemoteTicket &t : a->page().tickets)
            seen.append(t.ticketId);
        key = a->page().nextPageKey;
    }
    QCOMPARE(seen, testBatch(5).ticketIds);
}

// rule API-6
void TestTixngoE2e::failRateThenOffIsRetried_API6()
{
    QVERIFY(m_sim.setFaults({{QStringLiteral("fail-rate"), 1}}));
    ApiProfile p = fastProfile();
    p.retry.baseDelayMs = 200;
    p.retry.maxDelayMs = 200;
    auto c = client(p);
    BatchJob *job = c->inject(testBatch(3));
    QTRY_VERIFY(job->requestCount() >= 2); // failed at least once
    QVERIFY(!job->isFinished());
    QVERIFY(m_sim.setFaults({{QStringLiteral("fail-rate"), 0}}));
    waitFor(job);
    QVERIFY2(job->isOk(), qPrintable(job->error().message));
    QCOMPARE(job->acceptedCount(), 3);
    QVERIFY(job->requestCount() >= 2);

    // Failing for good: a Server error after maxAttempts, the tickets unanswered.
    QVERIFY(m_sim.setFaults({{QStringLiteral("fail-rate"), 1}}));
    p.retry = fastProfile().retry;
    p.retry.maxAttempts = 3;
    auto c2 = client(p);
    BatchJob *down = waitFor(c2->inject(testBatch(2, 10)));
    QCOMPARE(toString(down->error().kind), toString(ApiError::Kind::Server));
    QCOMPARE(down->requestCount(), 3);
    QCOMPARE(down->unansweredTicketIds().size(), 2);
}

// rule API-5
void TestTixngoE2e::rateLimitIsWaited_API5()
{
    QVERIFY(m_sim.setFaults({{QStringLiteral("rate-limit"), 1}}));
    auto c = client();
    QList<BatchJob *> jobs;
    for (int i = 0; i < 3; ++i)
        jobs.append(c->inject(testBatch(1, 100 + i)));
    QElapsedTimer t;
    t.start();
    int requests = 0;
    for (BatchJob *j : jobs) {
        waitFor(j);
        QVERIFY2(j->isOk(), qPrintable(j->error().message));
        QCOMPARE(j->acceptedCount(), 1);
        requests += j->requestCount();
    }
    QVERIFY2(requests > 3, qPrintable(QString::number(requests))); // some were told to wait…
    QVERIFY(t.elapsed() >= 900); // …and did wait Retry-After
    QVERIFY(simRequestLines("-> 429") >= 1);
}

// rule API-7
void TestTixngoE2e::malformedIsProtocolError_API7()
{
    QVERIFY(m_sim.setFaults({{QStringLiteral("malformed-rate"), 1}}));
    auto c = client();
    for (int i = 0; i < 3; ++i) { // truncated JSON or an HTML page: both name a position
        DiffJob *diff = waitFor(c->diff());
        QCOMPARE(toString(diff->error().kind), toString(ApiError::Kind::Protocol));
        QVERIFY(diff->error().parsePosition >= 0);
        QVERIFY2(diff->error().message.contains(QStringLiteral("at byte %1").arg(diff->error().parsePosition)),
            qPrintable(diff->error().message));
        QCOMPARE(diff->requestCount(), 1); // not retried
    }
    BatchJob *inject = waitFor(c->inject(testBatch(2)));
    QCOMPARE(toString(inject->error().kind), toString(ApiError::Kind::Protocol));
    QCOMPARE(inject->requestCount(), 1);
    QCOMPARE(inject->unansweredTicketIds().size(), 2);
}

// rule API-3
void TestTixngoE2e::wrongKeyIsAuthErrorWithOneRequest_API3()
{
    const int before = simRequestLines("-> 401");
    auto c = client(fastProfile(), {}, QStringLiteral("wrong-key-0000"));
    BatchJob *job = waitFor(c->inject(testBatch(2)));
    QCOMPARE(toString(job->error().kind), toString(ApiError::Kind::Auth));
    QCOMPARE(job->error().httpStatus, 401);
    QVERIFY2(job->error().message.contains(QLatin1String("authentication refused")), qPrintable(job->error().message));
    QCOMPARE(job->requestCount(), 1);
    QTRY_COMPARE(simRequestLines("-> 401"), before + 1); // the simulator saw exactly one request
    QTest::qWait(100);
    QCOMPARE(simRequestLines("-> 401"), before + 1);
    QVERIFY(!job->error().message.contains(QLatin1String("wrong-key-0000")));
}

// rule API-3
void TestTixngoE2e::wrongPathIsEndpointNotFound_API3()
{
    QString url = m_sim.url;
    url.replace(QLatin1String("/api/v3/"), QLatin1String("/api/v2/"));
    auto c = client(fastProfile(), url);
    BatchJob *job = waitFor(c->inject(testBatch(1)));
    QCOMPARE(toString(job->error().kind), toString(ApiError::Kind::NotFoundEndpoint));
    QVERIFY2(job->error().message.contains(QStringLiteral("endpoint not found — check the URL")),
        qPrintable(job->error().message));
    QCOMPARE(job->requestCount(), 1);
    DiffJob *diff = waitFor(c->diff());
    QCOMPARE(toString(diff->error().kind), toString(ApiError::Kind::NotFoundEndpoint));
}

// rule API-4
void TestTixngoE2e::batchTooLargeIsHalved_API4()
{
    SimFixture small;
    QVERIFY2(small.start({QStringLiteral("--max-batch"), QStringLiteral("3")}), qPrintable(small.lastError));
    auto conn = Connection::fromUrl(small.url);
    QVERIFY(conn);
    Client c(*conn, fastProfile(), std::make_shared<StaticCredentialProvider>(small.key));
    const InjectBatch batch = testBatch(10);
    BatchJob *job = waitFor(c.inject(batch));
    QVERIFY2(job->isOk(), qPrintable(job->error().message));
    QCOMPARE(ids(job->results()), batch.ticketIds); // merged, in batch order, each once
    QCOMPARE(job->acceptedCount(), 10);
    QVERIFY(job->requestCount() > 4); // 10 → 5+5 → (2+3)+(2+3), with the refused calls
    QCOMPARE(small.tickets().value(QLatin1String("tickets")).toArray().size(), 10);
}

// rule API-6
// rule API-9
void TestTixngoE2e::noTicketLostOrReportedTwice_API6_API9()
{
    QVERIFY(m_sim.setFaults({{QStringLiteral("fail-rate"), 0.3}, {QStringLiteral("drop-rate"), 0.2},
        {QStringLiteral("ticket-error-rate"), 0.1}, {QStringLiteral("seed"), 7}}));
    ApiProfile p = fastProfile();
    p.maxTicketsPerCall = 20;
    p.callsInFlight = 2;
    p.retry.maxAttempts = 15;
    auto c = client(p);
    const InjectBatch batch = testBatch(200);
    BatchJob *job = waitFor(c->inject(batch));
    QVERIFY2(job->isOk(), qPrintable(job->error().message));
    QCOMPARE(ids(job->results()), batch.ticketIds);
    QVERIFY(job->requestCount() > 10); // faults did happen
    QVERIFY(job->refusedCount() > 0); // per-ticket errors are reported, not retried
    QCOMPARE(job->acceptedCount() + job->refusedCount(), 200);
    QVERIFY(m_sim.setFaults({{QStringLiteral("fail-rate"), 0}, {QStringLiteral("drop-rate"), 0}}));
    QSet<QString> stored;
    for (const QJsonValue &v : m_sim.tickets().value(QLatin1String("tickets")).toArray())
        stored.insert(v.toObject().value(QLatin1String("ticketId")).toString());
    for (const TicketResult &r : job->results())
        QCOMPARE(stored.contains(r.ticketId), r.accepted());
}

void TestTixngoE2e::cancelAbortsAtOnce()
{
    QVERIFY(m_sim.setFaults({{QStringLiteral("latency-ms"), 3000}}));
    auto c = client();
    BatchJob *job = c->inject(testBatch(2));
    QSignalSpy finished(job, &Job::finished);
    QTRY_COMPARE(job->requestCount(), 1);
    QElapsedTimer t;
    t.start();
    job->cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(t.elapsed() < 1000);
    QCOMPARE(toString(job->error().kind), toString(ApiError::Kind::Cancelled));
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
}

// rule API-2
void TestTixngoE2e::keyNeverLoggedInAFullRun_API2()
{
    QStringList log;
    g_log = &log;
    g_previous = qInstallMessageHandler(captureHandler);
    QLoggingCategory::setFilterRules(QStringLiteral("tixsync.*=true\nqt.network.*=true"));
    const QString wrongKey = QStringLiteral("zz-wrong-") + m_sim.key;

    auto c = client();
    QList<Job *> jobs;
    jobs << waitFor(c->inject(testBatch(20))) << waitFor(c->diff()) << waitFor(c->readTicket(QStringLiteral("T-1")))
         << waitFor(c->control({{QStringLiteral("T-1"), QDateTime::currentDateTimeUtc()}}))
         << waitFor(c->deleteTickets({{QStringLiteral("T-2"), QStringLiteral("CANCELLED"), false}}));
    QVERIFY(m_sim.setFaults({{QStringLiteral("fail-rate"), 0.5}, {QStringLiteral("seed"), 3}}));
    jobs << waitFor(c->inject(testBatch(20, 100)));
    QVERIFY(m_sim.setFaults({{QStringLiteral("fail-rate"), 0}, {QStringLiteral("malformed-rate"), 1}}));
    jobs << waitFor(c->diff());
    QVERIFY(m_sim.setFaults({{QStringLiteral("malformed-rate"), 0}}));
    auto bad = client(fastProfile(), {}, wrongKey);
    jobs << waitFor(bad->inject(testBatch(1))) << waitFor(bad->diff());
    QCOMPARE(toString(jobs.last()->error().kind), toString(ApiError::Kind::Auth));
    for (Job *j : std::as_const(jobs)) {
        qDebug() << j->error();
        for (const QString &k : {m_sim.key, wrongKey}) {
            QVERIFY(!j->error().message.contains(k));
            QVERIFY(!j->error().serverMessage.contains(k));
        }
    }
    qDebug() << c->profile() << c->connection() << StaticCredentialProvider(m_sim.key);

    qInstallMessageHandler(g_previous);
    g_log = nullptr;
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(log.size() > 20);
    for (const QString &line : std::as_const(log)) {
        QVERIFY2(!line.contains(m_sim.key), qPrintable(line));
        QVERIFY2(!line.contains(wrongKey), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestTixngoE2e)
#include "tst_tixngo_e2e.moc"
