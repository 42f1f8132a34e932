// The TIXNGO client against a scripted local HTTP stub: request shape, error table of
// tixngo-api-contract.md (rules API-2..API-9), 413 halving, retries, cancellation, and the API
// key never appearing in logs. The end-to-end runs against tixngo-sim are in tst_tixngo_e2e.
#include "httpstub.h"
#include "testtickets.h"
#include "tixngo/client.h"
#include "tixngo/envcredentialprovider.h"
#include "tixngo/lowdelay.h"
#include "tixngo/staticcredentialprovider.h"
#include "tixngo/waitfor.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace tixsync;
using namespace tixsync::tixngo;

namespace {

const QString kKey = QStringLiteral("k3y-Zq9-SECRET-7781");

ApiProfile fastProfile()
{
    ApiProfile p;
    p.transferTimeoutMs = 400;
    p.retry.maxAttempts = 4;
    p.retry.baseDelayMs = 10;
    p.retry.maxDelayMs = 40;
    p.retry.maxTotalMs = 5000;
    p.retry.maxRetryAfterMs = 3000;
    return p;
}

// Answers every ticket of an inject/delete/control body with success, in request order.
QByteArray okResults(const QByteArray &body, const char *status = "INJECTED")
{
    QJsonArray results;
    const QJsonArray tickets = QJsonDocument::fromJson(body).object().value(QLatin1String("tickets")).toArray();
    for (const QJsonValue &t : tickets)
        results.append(QJsonObject{{QStringLiteral("ticketId"), t.toObject().value(QLatin1String("ticketId"))},
            {QStringLiteral("status"), QString::fromLatin1(status)}});
    return QJsonDocument(QJsonObject{{QStringLiteral("results"), results}}).toJson(QJsonDocument::Compact);
}

int ticketCount(const QByteArray &body)
{
    return static_cast<int>(QJsonDocument::fromJson(body).object().value(QLatin1String("tickets")).toArray().size());
}

QStringList ids(const QList<TicketResult> &results)
{
    QStringList out;
    for (const auto &r : results)
        out.append(r.ticketId);
    return out;
}

// Every log line of the process while alive (for rule API-2).
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

class TestTixngoClient : public QObject {
    Q_OBJECT
private slots:
    void requestFactoryAndBody_API2();
    void bearerScheme_API2();
    void emptyBatchSendsNothing();
    void duplicateIdsRefused_API9();
    void missingKeyIsConfigError();
    void resultsMatchedById_API9();
    void splitsAtMaxTicketsPerCall();
    void halvesOn413_API4();
    void singleTicket413IsError_API4();
    void noRetryOn4xx_API3_data();
    void noRetryOn4xx_API3();
    void redirectIsNotFollowed();
    void retries5xxThenSucceeds_API6();
    void gives5xxUpAfterMaxAttempts_API6();
    void totalTimeBoundsRetries_API6();
    void timeoutIsRetried_API6();
    void resetIsRetried_API6();
    void waitsRetryAfter_API5();
    void retryAfterTooLongEndsAtOnce_API5();
    void malformedIsProtocolErrorNotRetried_API7();
    void wrongShapeIsProtocolError_API7();
    void tlsErrorsAreNeverIgnored_API8();
    void noIgnoreSslErrorsInSources_API8();
    void parallelCallsLoseNothing_API9();
    void cancelAbortsAtOnce();
    void cancelDuringBackoff();
    void cancelAllCancelsEveryJob();
    void diffRequestAndParse_API10();
    void readTicketEncodesIdAndReports404AsUnknown();
    void statusLogQuery();
    void deleteAndControlBodies();
    void envCredentials();
    void keyNeverLogged_API2();
    void lowDelayReachesTheSocket();

private:
    std::unique_ptr<Client> client(HttpStub &stub, ApiProfile profile = fastProfile(), QString key = kKey)
    {
        auto c = Connection::fromUrl(stub.interfaceUrl());
        Q_ASSERT(c);
        return std::make_unique<Client>(*c, std::move(profile), std::make_shared<StaticCredentialProvider>(key));
    }
};

// rule API-2
void TestTixngoClient::requestFactoryAndBody_API2()
{
    HttpStub stub([](const HttpStub::Request &r) { return HttpStub::json(200, okResults(r.body)); });
    auto c = client(stub);
    InjectBatch batch;
    // Pre-serialized payloads are joined as they are: spacing and key order survive.
    batch.append(QStringLiteral("T-1"), QByteArray(R"({ "ticketId" : "T-1", "z": 1, "a": [ ] })"));
    batch.append(QStringLiteral("T-2"), QByteArray(R"({"ticketId":"T-2"})"));
    BatchJob *job = c->inject(batch);
    QSignalSpy finished(job, &Job::finished);
    waitFor(job);
    QVERIFY2(job->isOk(), qPrintable(job->error().message));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(stub.requests().size(), 1);
    const auto &r = stub.requests().first();
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.target, QByteArray("/api/v3/organizer/tickets"));
    QCOMPARE(r.headers.value("x-api-key"), kKey.toUtf8());
    QVERIFY(r.headers.value("user-agent").startsWith("TixSync/"));
    QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(r.body, QByteArray(R"({"tickets":[{ "ticketId" : "T-1", "z": 1, "a": [ ] },{"ticketId":"T-2"}]})"));
    QCOMPARE(job->acceptedCount(), 2);
    QCOMPARE(job->results().at(0).status, QStringLiteral("INJECTED"));
}

// rule API-2
void TestTixngoClient::bearerScheme_API2()
{
    HttpStub stub([](const HttpStub::Request &r) { return HttpStub::json(200, okResults(r.body)); });
    auto c = client(stub, [] {
        ApiProfile p = ApiProfile::bearerAuth();
        p.retry = fastProfile().retry;
        return p;
    }());
    waitFor(c->inject(testBatch(1)));
    QCOMPARE(stub.requests().size(), 1);
    QCOMPARE(stub.requests().first().headers.value("authorization"), "Bearer " + kKey.toUtf8());
    QVERIFY(!stub.requests().first().headers.contains("x-api-key"));
}

void TestTixngoClient::emptyBatchSendsNothing()
{
    HttpStub stub([](const HttpStub::Request &) { return HttpStub::json(500, {}); });
    auto c = client(stub);
    BatchJob *job = c->inject({});
    QSignalSpy finished(job, &Job::finished);
    QVERIFY(!job->isFinished()); // finishes on the event loop, after the caller connected
    QVERIFY(finished.wait(2000));
    QVERIFY(job->isOk());
    QCOMPARE(stub.requests().size(), 0);
}

// rule API-9
void TestTixngoClient::duplicateIdsRefused_API9()
{
    HttpStub stub([](const HttpStub::Request &r) { return HttpStub::json(200, okResults(r.body)); });
    auto c = client(stub);
    InjectBatch b = testBatch(2);
    b.append(QStringLiteral("T-1"), testTicketPayload(QStringLiteral("T-1")));
    BatchJob *job = waitFor(c->inject(b));
    QCOMPARE(toString(job->error().kind), toString(ApiError::Kind::Config));
    QVERIFY(job->error().message.contains(QLatin1String("T-1")));
    QCOMPARE(stub.requests().size(), 0);
}

void TestTixngoClient::missingKeyIsConfigError()
{
    HttpStub stub([](const HttpStub::Request &r) { return HttpStub::json(200, okResults(r.body)); });
    auto c = client(stub, fastProfile(), QString());
    BatchJob *job = waitFor(c->inject(testBatch(1)));
    QCOMPARE(toString(job->error().kind), toString(ApiError::Kind::Config));
    QVERIFY(job->error().message.contains(QLatin1String("API key")));
    QCOMPARE(stub.requests().size(), 0);
}

// rule API-9
void TestTixngoClient::resultsMatchedById_API9()
{
    // Results in reverse order; T-3 missing; T-2 refused; an id never sent; T-4 twice.
    HttpStub stub([](const HttpStub::Request &) {
        return HttpStub::json(200, R"({"results":[
            {"ticketId":"T-5","status":"INJECTED"},
            {"ticketId":"T-4","status":"INJECTED"},
            {"ticketId":"X-99","status":"INJECTED"},
            {"ticketId":"T-4","status":"INJECTED"},
            {"ticketId":"T-2","error":{"code":"FIELD_TOO_LONG","field":"event.name","message":"too long"}},
            {"ticketId":"T-1","status":"INJECTED"}]})");
    });
    auto c = client(stub);
    BatchJob *job = waitFor(c->inject(testBatch(5)));
    QVERIFY2(job->isOk(), qPrintable(job->error().message));
    const auto results = job->results();
    QCOMPARE(ids(results),
        (QStringList{QStringLiteral("T-1"), QStringLiteral("T-2"), QStringLiteral("T-3"), QStringLiteral("T-4"),
            QStringLiteral("T-5"), QStringLiteral("X-99")}));
    QCOMPARE(int(results[0].outcome), int(TicketResult::Outcome::Accepted));
    QCOMPARE(int(results[1].outcome), int(TicketResult::Outcome::Refused));
    QCOMPARE(results[1].errorCode, QStringLiteral("FIELD_TOO_LONG"));
    QCOMPARE(results[1].errorField, QStringLiteral("event.name"));
    QCOMPARE(results[1].errorMessage, QStringLiteral("too long"));
    QCOMPARE(results[2].errorCode, QStringLiteral("MISSING_RESULT"));
    QCOMPARE(results[3].errorCode, QStringLiteral("DUPLICATE_RESULT"));
    QCOMPARE(int(results[4].outcome), int(TicketResult::Outcome::Accepted));
    QCOMPARE(results[5].errorCode, QStringLiteral("UNEXPECTED_RESULT"));
    QCOMPARE(job->acceptedCount(), 2);
    QCOMPARE(job->refusedCount(), 3);
    QVERIFY(job->unansweredTicketIds().isEmpty());
}

void TestTixngoClient::splitsAtMaxTicketsPerCall()
{
    HttpStub stub([](const HttpStub::Request &r) { return HttpStub::json(200, okResults(r.body)); });
    ApiProfile p = fastProfile();
    p.maxTicketsPerCall = 3;
    auto c = client(stub, p);
    BatchJob *job = waitFor(c->inject(testBatch(7)));
    QVERIFY(job->isOk());
    QCOMPARE(stub.requests().size(), 3);
    QCOMPARE(ticketCount(stub.requests()[0].body), 3);
    QCOMPARE(ticketCount(stub.requests()[1].body), 3);
    QCOMPARE(ticketCount(stub.requests()[2].body), 1);
    QCOMPARE(job->acceptedCount(), 7);
}

// rule API-4
void TestTixngoClient::halvesOn413_API4()
{
    HttpStub stub([](const HttpStub::Request &r) {
        return ticketCount(r.body) > 2
            ? HttpStub::json(413, R"({"error":{"code":"BATCH_TOO_LARGE","message":"max 2"}})")
            : HttpStub::json(200, okResults(r.body));
    });
    auto c = client(stub);
    BatchJob *job = waitFor(c->inject(testBatch(7)));
    QVERIFY2(job->isOk(), qPrintable(job->error().message));
    // 7 → 3 + 4 → (1 + 2) + (2 + 2): 3 refused calls, 4 accepted ones.
    QList<int> sizes;
    for (const auto &r : stub.requests())
        sizes.append(ticketCount(r.body));
    QCOMPARE(sizes, (QList<int>{7, 3, 1, 2, 4, 2, 2}));
    QCOMPARE(job->requestCount(), 7);
    QCOMPARE(job->results().size(), 7); // each ticket exactly once, in batch order
    QCOMPARE(ids(job->results()), testBatch(7).ticketIds);
    QCOMPARE(job->acceptedCount(), 7);
}

// rule API-4
void TestTixngoClient::singleTicket413IsError_API4()
{
    HttpStub stub([](const HttpStub::Request &) { return HttpStub::json(413, {}); });
    auto c = client(stub);
    BatchJob *job = waitFor(c->inject(testBatch(2)));
    QCOMPARE(toString(job->error().kind), toString(ApiError::Kind::BadRequest));
    QCOMPARE(job->error().httpStatus, 413);
    QCOMPARE(stub.requests().size(), 2); // 2 → 1 (refused: nothing left to halve)
    QCOMPARE(job->unansweredTicketIds().size(), 2);
}

// rule API-3
void TestTixngoClient::noRetryOn4xx_API3_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("400") << 400 << int(ApiError::Kind::BadRequest) << QStringLiteral("event.id is required");
    QTest::newRow("401") << 401 << int(ApiError::Kind::Auth) << QStringLiteral("authentication refused");
    QTest::newRow("403") << 403 << int(ApiError::Kind::Auth) << QStringLiteral("authentication refused");
    QTest::newRow("404") << 404 << int(ApiError::Kind::NotFoundEndpoint)
                         << QStringLiteral("endpoint not found — check the URL");
    QTest::newRow("405") << 405 << int(ApiError::Kind::BadRequest) << QStringLiteral("HTTP 405");
}

// rule API-3
void TestTixngoClient::noRetryOn4xx_API3()
{
    QFETCH(int, status);
    QFETCH(int, kind);
    QFETCH(QString, mentions);
    HttpStub stub([status](const HttpStub::Request &) {
        return HttpStub::json(status, R"({"error":{"code":"X","message":"event.id is required"}})");
    });
    auto c = client(stub);
    BatchJob *job = c->inject(testBatch(3));
    QSignalSpy finished(job, &Job::finished);
    waitFor(job);
    QCOMPARE(int(job->error().kind), kind);
    QCOMPARE(job->error().httpStatus, status);
    QVERIFY2(job->error().message.contains(mentions), qPrintable(job->error().message));
    QCOMPARE(stub.requests().size(), 1);
    QCOMPARE(job->requestCount(), 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(job->unansweredTicketIds().size(), 3);
}

void TestTixngoClient::redirectIsNotFollowed()
{
    HttpStub stub([](const HttpStub::Request &) {
        HttpStub::Reply r = HttpStub::json(302, {});
        r.headers.append({QByteArray("Location"), QByteArray("https://elsewhere.example/organizer/tickets")});
        return r;
    });
    auto c = client(stub);
    BatchJob *job = waitFor(c->inject(testBatch(1)));
    QCOMPARE(toString(job->error().kind), toString(ApiError::Kind::BadRequest));
    QVERIFY(job->error().message.contains(QLatin1String("elsewhere.example")));
    QCOMPARE(stub.requests().size(), 1);
}

// rule API-6
void TestTixngoClient::retries5xxThenSucceeds_API6()
{
    int n = 0;
    HttpStub stub([&n](const HttpStub::Request &r) {
        return ++n <= 2 ? HttpStub::json(n == 1 ? 503 : 502, {}) : HttpStub::json(200, okResults(r.body));
    });
    auto c = client(stub);
    BatchJob *job = waitFor(c->inject(testBatch(4)));
    QVERIFY2(job->isOk(), qPrintable(job->error().message));
    QCOMPARE(stub.requests().size(), 3);
    QCOMPARE(job->results().size(), 4); // answered once, not once per attempt
    QCOMPARE(job->acceptedCount(), 4);
}

// rule API-6
void TestTixngoClient::gives5xxUpAfterMaxAttempts_API6()
{
    HttpStub stub([](const HttpStub::Request &) {
        return HttpStub::json(500, R"({"error":{"code":"SERVER_ERROR","message":"database down"}})");
    });
    auto c = client(stub);
    BatchJob *job = waitFor(c->inject(testBatch(1)));
    QCOMPARE(toString(job->error().kind), toString(ApiError::Kind::Server));
    QCOMPARE(job->error().attempts, 4);
    QCOMPARE(stub.requests().size(), 4);
    QVERIFY(job->error().message.contains(QLatin1String("database down")));
    QVERIFY(job->error().message.contains(QLatin1String("4 attempts")));
}

// rule API-6
void TestTixngoClient::totalTimeBoundsRetries_API6()
{
    HttpStub stub([](const HttpStub::Request &) { return HttpStub::json(503, {}); });
    ApiProfile p = fastProfile();
    p.retry.maxAttempts = 50;
    p.retry.baseDelayMs = 100;
    p.retry.maxDelayMs = 100;
    p.retry.maxTotalMs = 300; // waits of 50..100 ms: at most 7 requests fit
    auto c = client(stub, p);
    BatchJob *job = waitFor(c->inject(testBatch(1)));
    QCOMPARE(toString(job->error().kind), toString(ApiError::Kind::Server));
    QVERIFY2(stub.requests().size() >= 3 && stub.requests().size() <= 7,
        qPrintable(QString::number(stub.requests().size())));
}

// rule API-6
void TestTixngoClient::timeoutIsRetried_API6()
{
    int n = 0;
    HttpStub stub([&n](const HttpStub::Request &r) {
        HttpStub::Reply reply = HttpStub::json(200, okResults(r.body));
        reply.hang = ++n == 1;
        return reply;
    });
    ApiProfile p = fastProfile();
    p.transferTimeoutMs = 200;
    auto c = client(stub, p);
    BatchJob *job = waitFor(c->inject(testBatch(2)));
    QVERIFY2(job->isOk(), qPrintable(job->error().message));
    QVERIFY(job->requestCount() >= 2); // the silent first call timed out and was sent again
    QCOMPARE(job->acceptedCount(), 2);

    // Always silent: a Network error that says so.
    HttpStub mute([](const HttpStub::Request &) {
        HttpStub::Reply reply;
        reply.hang = true;
        return reply;
    });
    p.retry.maxAttempts = 2;
    auto c2 = client(mute, p);
    BatchJob *job2 = waitFor(c2->inject(testBatch(1)));
    QCOMPARE(toString(job2->error().kind), toString(ApiError::Kind::Network));
    QVERIFY2(
        job2->error().message.contains(QLatin1String("no answer within 0.2 s")), qPrintable(job2->error().message));
    QCOMPARE(job2->requestCount(), 2);
}

// rule API-6
void TestTixngoClient::resetIsRetried_API6()
{
    int n = 0;
    HttpStub stub([&n](const HttpStub::Request &r) {
        HttpStub::Reply reply = HttpStub::json(200, okResults(r.body));
        reply.drop = ++n <= 2;
        return reply;
    });
    auto c = client(stub);
    BatchJob *job = waitFor(c->inject(testBatch(3)));
    QVERIFY2(job->isOk(), qPrintable(job->error().message));
    QVERIFY(stub.requests().size() >= 3);
    QCOMPARE(job->results().size(), 3);
}

// rule API-5
void TestTixngoClient::waitsRetryAfter_API5()
{
    int n = 0;
    HttpStub stub([&n](const HttpStub::Request &r) {
        if (++n > 1)
            return HttpStub::json(200, okResults(r.body));
        HttpStub::Reply reply = HttpStub::json(429, R"({"error":{"code":"RATE_LIMITED","message":"slow down"}})");
        reply.headers.append({QByteArray("Retry-After"), QByteArray("1")});
        return reply;
    });
    auto c = client(stub);
    QElapsedTimer t;
    t.start();
    BatchJob *job = waitFor(c->inject(testBatch(2)));
    QVERIFY2(job->isOk(), qPrintable(job->error().message));
    QCOMPARE(stub.requests().size(), 2);
    QVERIFY2(t.elapsed() >= 950, qPrintable(QString::number(t.elapsed()))); // honoured the 1 s, not the 10 ms back-off

    // Rate-limited on every attempt: RateLimited after maxAttempts.
    HttpStub always([](const HttpStub::Request &) {
        HttpStub::Reply reply = HttpStub::json(429, {});
        reply.headers.append({QByteArray("Retry-After"), QByteArray("0")});
        return reply;
    });
    auto c2 = client(always);
    BatchJob *job2 = waitFor(c2->inject(testBatch(1)));
    QCOMPARE(toString(job2->error().kind), toString(ApiError::Kind::RateLimited));
    QCOMPARE(always.requests().size(), 4);
}

// rule API-5
void TestTixngoClient::retryAfterTooLongEndsAtOnce_API5()
{
    HttpStub stub([](const HttpStub::Request &) {
        HttpStub::Reply reply = HttpStub::json(429, {});
        reply.headers.append({QByteArray("Retry-After"), QByteArray("3600")});
        return reply;
    });
    auto c = client(stub);
    BatchJob *job = waitFor(c->inject(testBatch(1)));
    QCOMPARE(toString(job->error().kind), toString(ApiError::Kind::RateLimited));
    QVERIFY(job->error().message.contains(QLatin1String("3600")));
    QCOMPARE(stub.requests().size(), 1);
}

// rule API-7
void TestTixngoClient::malformedIsProtocolErrorNotRetried_API7()
{
    const QByteArray truncated = R"({"results":[{"ticketId":"T-1","status":"INJ)";
    HttpStub stub([&](const HttpStub::Request &) { return HttpStub::json(200, truncated); });
    auto c = client(stub);
    BatchJob *job = waitFor(c->inject(testBatch(1)));
    QCOMPARE(toString(job->error().kind), toString(ApiError::Kind::Protocol));
    QJsonParseError pe;
    QJsonDocument::fromJson(truncated, &pe);
    QCOMPARE(job->error().parsePosition, qint64(pe.offset));
    QVERIFY(job->error().parsePosition > 0);
    QVERIFY2(
        job->error().message.contains(QStringLiteral("at byte %1").arg(pe.offset)), qPrintable(job->error().message));
    QCOMPARE(stub.requests().size(), 1);

    const QByteArray page = "<html><body>busy</body></html>";
    HttpStub html([&](const HttpStub::Request &) { return HttpStub::json(200, page); });
    auto c2 = client(html);
    DiffJob *diff = waitFor(c2->diff());
    QCOMPARE(toString(diff->error().kind), toString(ApiError::Kind::Protocol));
    QJsonDocument::fromJson(page, &pe);
    QCOMPARE(diff->error().parsePosition, qint64(pe.offset));
    QCOMPARE(html.requests().size(), 1);
}

// rule API-7
void TestTixngoClient::wrongShapeIsProtocolError_API7()
{
    HttpStub stub([](const HttpStub::Request &r) {
        if (r.target.contains("/diff"))
            return HttpStub::json(200, R"({"tickets":[{"status":"INJECTED"}],"nextPageKey":"k"})");
        return HttpStub::json(200, R"({"result":[]})");
    });
    auto c = client(stub);
    BatchJob *job = waitFor(c->inject(testBatch(1)));
    QCOMPARE(toString(job->error().kind), toString(ApiError::Kind::Protocol));
    QVERIFY(job->error().message.contains(QLatin1String("\"results\"")));
    QCOMPARE(job->error().parsePosition, -1);
    DiffJob *diff = waitFor(c->diff());
    QCOMPARE(toString(diff->error().kind), toString(ApiError::Kind::Protocol));
    QVERIFY(diff->error().message.contains(QLatin1String("tickets[0]")));
    QCOMPARE(stub.requests().size(), 2);
}

// rule API-8
void TestTixngoClient::tlsErrorsAreNeverIgnored_API8()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    // https to a plain-HTTP server: the handshake fails, and the client reports TLS, never
    // falling back to plain text or ignoring it.
    HttpStub stub([](const HttpStub::Request &r) { return HttpStub::json(200, okResults(r.body)); });
    auto conn = Connection::fromUrl(stub.interfaceUrl(QStringLiteral("https")));
    QVERIFY(conn);
    ApiProfile p = fastProfile();
    p.retry.maxAttempts = 2;
    Client c(*conn, p, std::make_shared<StaticCredentialProvider>(kKey));
    BatchJob *job = waitFor(c.inject(testBatch(1)));
    QVERIFY2(job->error().kind == ApiError::Kind::Tls, qPrintable(job->error().message));
    QVERIFY(job->error().message.contains(QLatin1String("TLS errors are never ignored")));
    QCOMPARE(job->acceptedCount(), 0);
}

// rule API-8
void TestTixngoClient::noIgnoreSslErrorsInSources_API8()
{
    QDirIterator it(QStringLiteral(TIXSYNC_SOURCE_DIR "/models"), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
        QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("ignoreSslErrors"), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files > 10);
}

// rule API-9
void TestTixngoClient::parallelCallsLoseNothing_API9()
{
    // Three calls in flight, some failing once with 503: every ticket answered exactly once.
    QSet<QByteArray> failedOnce;
    HttpStub stub([&](const HttpStub::Request &r) {
        const QByteArray first = QJsonDocument::fromJson(r.body)
                                     .object()
                                     .value(QLatin1String("tickets"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QLatin1String("ticketId"))
                                     .toString()
                                     .toUtf8();
        if (!failedOnce.contains(first) && first.endsWith('1')) {
            failedOnce.insert(first);
            return HttpStub::json(503, {});
        }
        return HttpStub::json(200, okResults(r.body));
    });
    ApiProfile p = fastProfile();
    p.maxTicketsPerCall = 10;
    p.callsInFlight = 3;
    auto c = client(stub, p);
    const InjectBatch batch = testBatch(95);
    BatchJob *job = waitFor(c->inject(batch));
    QVERIFY2(job->isOk(), qPrintable(job->error().message));
    QCOMPARE(ids(job->results()), batch.ticketIds);
    QCOMPARE(job->acceptedCount(), 95);
    QVERIFY(stub.requests().size() > 10);
}

void TestTixngoClient::cancelAbortsAtOnce()
{
    HttpStub stub([](const HttpStub::Request &) {
        HttpStub::Reply r;
        r.hang = true;
        return r;
    });
    ApiProfile p = fastProfile();
    p.transferTimeoutMs = 60000;
    auto c = client(stub, p);
    BatchJob *job = c->inject(testBatch(2));
    QSignalSpy finished(job, &Job::finished);
    QTRY_COMPARE(stub.requests().size(), 1);
    job->cancel();
    QCOMPARE(finished.count(), 1); // at once, not after the transfer timeout
    QCOMPARE(toString(job->error().kind), toString(ApiError::Kind::Cancelled));
    job->cancel();
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(job->unansweredTicketIds().size(), 2);
}

void TestTixngoClient::cancelDuringBackoff()
{
    HttpStub stub([](const HttpStub::Request &) { return HttpStub::json(503, {}); });
    ApiProfile p = fastProfile();
    p.retry.baseDelayMs = 5000;
    p.retry.maxDelayMs = 5000;
    p.retry.maxTotalMs = 60000;
    auto c = client(stub, p);
    BatchJob *job = c->inject(testBatch(1));
    QSignalSpy finished(job, &Job::finished);
    QTRY_COMPARE(stub.requests().size(), 1);
    QTest::qWait(50); // the 503 has arrived; a retry is waiting
    QCOMPARE(finished.count(), 0);
    job->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(toString(job->error().kind), toString(ApiError::Kind::Cancelled));
    QTest::qWait(100);
    QCOMPARE(stub.requests().size(), 1);
}

void TestTixngoClient::cancelAllCancelsEveryJob()
{
    HttpStub stub([](const HttpStub::Request &) {
        HttpStub::Reply r;
        r.hang = true;
        return r;
    });
    auto c = client(stub);
    QList<Job *> jobs{c->inject(testBatch(1)), c->diff(), c->readTicket(QStringLiteral("T-1"))};
    QList<std::shared_ptr<QSignalSpy>> spies;
    for (Job *j : jobs)
        spies.append(std::make_shared<QSignalSpy>(j, &Job::finished));
    c->cancelAll();
    for (int i = 0; i < jobs.size(); ++i) {
        QCOMPARE(spies[i]->count(), 1);
        QCOMPARE(toString(jobs[i]->error().kind), toString(ApiError::Kind::Cancelled));
    }
    QTest::qWait(50);
    QCOMPARE(stub.requests().size(), 0); // cancelled before their first request
}

// rule API-10
void TestTixngoClient::diffRequestAndParse_API10()
{
    HttpStub stub([](const HttpStub::Request &) {
        return HttpStub::json(200, R"({"tickets":[{"ticketId":"T-1","status":"TRANSFERRED",
            "updatedAt":"2026-06-01T18:02:11Z","controlled":false,"deletionReason":null,
            "owner":{"firstName":"Bea","lastName":"Neu","email":"bea@example.ch"},
            "initialOwner":{"firstName":"Anna","lastName":"Muster","email":"anna@example.ch"},
            "previousOwner":{"firstName":"Anna","lastName":"Muster","email":"anna@example.ch"},
            "holder":{"firstName":"Bea","lastName":"Neu"},
            "history":[{"status":"DOWNLOADED","at":"2026-06-01T17:00:00Z","actor":"MOBILE"},
                       {"status":"TRANSFERRED","at":"2026-06-01T18:02:11Z","actor":"MOBILE"}]}],
            "nextPageKey":"p+2/x"})");
    });
    auto c = client(stub);
    DiffJob *job = waitFor(c->diff(QStringLiteral("a+b/c d"), 50000));
    QVERIFY2(job->isOk(), qPrintable(job->error().message));
    QCOMPARE(stub.requests().first().method, QByteArray("GET"));
    // limit capped at the profile's 10 000; the key percent-encoded ('+' must not become ' ').
    QCOMPARE(stub.requests().first().target,
        QByteArray("/api/v3/organizer/tickets/diff?limit=10000&paginationKey=a%2Bb%2Fc%20d"));
    QCOMPARE(job->page().nextPageKey, QStringLiteral("p+2/x"));
    QCOMPARE(job->page().tickets.size(), 1);
    const RemoteTicket &t = job->page().tickets.first();
    QCOMPARE(toCode(t.status), toCode(TixngoStatus::Transferred));
    QCOMPARE(t.owner.email, QStringLiteral("bea@example.ch"));
    QCOMPARE(t.initialOwner.firstName, QStringLiteral("Anna"));
    QCOMPARE(t.holder.lastName, QStringLiteral("Neu"));
    QCOMPARE(t.history.size(), 2);
    QCOMPARE(toCode(t.history[0].status), toCode(TixngoStatus::Downloaded));
    QCOMPARE(t.updatedAt, QDateTime(QDate(2026, 6, 1), QTime(18, 2, 11), Qt::UTC));
    QVERIFY(t.deletionReason.isEmpty());

    DiffJob *first = waitFor(c->diff());
    QVERIFY(first->isOk());
    QCOMPARE(stub.requests().last().target, QByteArray("/api/v3/organizer/tickets/diff?limit=10000"));
}

void TestTixngoClient::readTicketEncodesIdAndReports404AsUnknown()
{
    HttpStub stub([](const HttpStub::Request &r) {
        if (r.target.endsWith("A%2FB%2BC%20%281%29"))
            return HttpStub::json(200, R"x({"ticketId":"A/B+C (1)","status":"CONTROLLED","controlled":true})x");
        return HttpStub::json(404, R"({"error":{"code":"NOT_FOUND","message":"unknown"}})");
    });
    auto c = client(stub);
    ReadTicketJob *job = waitFor(c->readTicket(QStringLiteral("A/B+C (1)")));
    QVERIFY2(job->isOk(), qPrintable(job->error().message));
    QVERIFY(job->found());
    QCOMPARE(job->ticket()->status, TixngoStatus::Controlled);
    QVERIFY(job->ticket()->controlled);
    ReadTicketJob *missing = waitFor(c->readTicket(QStringLiteral("nope")));
    QVERIFY(missing->isOk());
    QVERIFY(!missing->found());
}

void TestTixngoClient::statusLogQuery()
{
    HttpStub stub([](const HttpStub::Request &) {
        return HttpStub::json(
            200, R"({"pagination":{"nextPageKey":"n2"},"result":[{"ticketId":"T-1","toStatus":"DOWNLOADED"}]})");
    });
    auto c = client(stub);
    StatusLogQuery q;
    q.mobileAppId = QStringLiteral("app 1");
    q.from = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
    q.to = QDateTime(QDate(2026, 6, 2), QTime(0, 0), Qt::UTC);
    q.toStatuses = {QStringLiteral("DOWNLOADED"), QStringLiteral("TRANSFERRED")};
    q.limit = 100;
    StatusLogJob *job = waitFor(c->statusLogReport(q));
    QVERIFY2(job->isOk(), qPrintable(job->error().message));
    QCOMPARE(stub.requests().first().target,
        QByteArray("/api/v3/organizer/report/ticket-status-logs?mobileAppId=app%201&from=2026-06-01T00%3A00%3A00Z"
                   "&to=2026-06-02T00%3A00%3A00Z&toStatuses=DOWNLOADED&toStatuses=TRANSFERRED&limit=100"));
    QCOMPARE(job->page().nextPageKey, QStringLiteral("n2"));
    QCOMPARE(job->page().entries.size(), 1);

    StatusLogJob *noDates = waitFor(c->statusLogReport({}));
    QCOMPARE(toString(noDates->error().kind), toString(ApiError::Kind::Config));
    QCOMPARE(stub.requests().size(), 1);
}

void TestTixngoClient::deleteAndControlBodies()
{
    HttpStub stub([](const HttpStub::Request &r) {
        return HttpStub::json(200, okResults(r.body, r.target.endsWith("/delete") ? "DELETION_PENDING" : "CONTROLLED"));
    });
    auto c = client(stub);
    BatchJob *del = waitFor(c->deleteTickets({{QStringLiteral("T-1"), QStringLiteral("CANCELLED"), false},
        {QStringLiteral("T-2"), QStringLiteral("RESOLD"), true}}));
    QVERIFY(del->isOk());
    QCOMPARE(stub.requests()[0].target, QByteArray("/api/v3/organizer/tickets/delete"));
    QCOMPARE(stub.requests()[0].body,
        QByteArray(R"({"tickets":[{"deletionReason":"CANCELLED","showDeletedTicket":false,"ticketId":"T-1"},)"
                   R"({"deletionReason":"RESOLD","showDeletedTicket":true,"ticketId":"T-2"}]})"));
    QCOMPARE(del->results()[1].status, QStringLiteral("DELETION_PENDING"));
    BatchJob *ctl = waitFor(
        c->control({{QStringLiteral("T-3"), QDateTime(QDate(2026, 6, 1), QTime(19, 1), Qt::OffsetFromUTC, 7200)}}));
    QVERIFY(ctl->isOk());
    QCOMPARE(stub.requests()[1].target, QByteArray("/api/v3/organizer/tickets/control"));
    QCOMPARE(stub.requests()[1].body,
        QByteArray(R"({"tickets":[{"controlledAt":"2026-06-01T19:01:00+02:00","ticketId":"T-3"}]})"));
    QCOMPARE(ctl->results()[0].status, QStringLiteral("CONTROLLED"));
}

void TestTixngoClient::envCredentials()
{
    EnvCredentialProvider env(QByteArrayLiteral("TIXSYNC_TEST_KEY_VAR"));
    qunsetenv("TIXSYNC_TEST_KEY_VAR");
    auto none = env.apiKey();
    QVERIFY(!none);
    QVERIFY(none.error().message.contains(QLatin1String("TIXSYNC_TEST_KEY_VAR")));
    qputenv("TIXSYNC_TEST_KEY_VAR", "abc");
    QCOMPARE(env.apiKey().value(), QStringLiteral("abc"));
    qunsetenv("TIXSYNC_TEST_KEY_VAR");
}

// rule API-2
void TestTixngoClient::keyNeverLogged_API2()
{
    QStringList log;
    g_log = &log;
    g_previous = qInstallMessageHandler(captureHandler);
    QLoggingCategory::setFilterRules(QStringLiteral("tixsync.*=true\nqt.network.*=true"));

    int n = 0;
    // A hostile server echoing the key in its error messages.
    HttpStub stub([&n](const HttpStub::Request &r) {
        ++n;
        const QByteArray echoed
            = R"({"error":{"code":"K)" + kKey.toUtf8() + R"(","message":"key )" + kKey.toUtf8() + R"( refused"}})";
        if (r.target.contains("/delete"))
            return HttpStub::json(401, echoed);
        if (r.target.contains("/control"))
            return HttpStub::json(n % 2 ? 500 : 400, echoed);
        if (r.target.contains("/diff"))
            return HttpStub::json(200, "{\"tickets\": [" + kKey.toUtf8());
        return HttpStub::json(200, okResults(r.body));
    });
    auto c = client(stub);
    QList<Job *> jobs;
    jobs << waitFor(c->inject(testBatch(3)))
         << waitFor(c->deleteTickets({{QStringLiteral("T-1"), QStringLiteral("CANCELLED"), false}}))
         << waitFor(c->control({{QStringLiteral("T-1"), QDateTime::currentDateTimeUtc()}})) << waitFor(c->diff())
         << waitFor(c->readTicket(QStringLiteral("T-1")));
    StaticCredentialProvider provider(kKey);
    qDebug() << provider << c->profile() << c->connection();
    for (Job *j : jobs) {
        qDebug() << j->error();
        QVERIFY(!j->error().message.contains(kKey));
        QVERIFY(!j->error().serverMessage.contains(kKey));
        QVERIFY(!j->error().serverCode.contains(kKey));
        QVERIFY(!j->error().toError().toString().contains(kKey));
    }
    QCOMPARE(toString(jobs[1]->error().kind), toString(ApiError::Kind::Auth));
    QVERIFY(jobs[1]->error().serverMessage.contains(QLatin1String("<redacted>")));

    qInstallMessageHandler(g_previous);
    g_log = nullptr;
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(log.size() > 10); // the run did log: requests, retries, errors
    for (const QString &line : std::as_const(log))
        QVERIFY2(!line.contains(kKey), qPrintable(line));
}

void TestTixngoClient::lowDelayReachesTheSocket()
{
#ifndef Q_OS_UNIX
    QSKIP("TCP_NODELAY through the descriptor is POSIX only");
#endif
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(socket.waitForConnected(5000));
    QCOMPARE(socket.socketOption(QAbstractSocket::LowDelayOption).toInt(), 0); // Nagle on by default
    QVERIFY(setLowDelayForPeerPort(server.serverPort()) >= 1);
    QCOMPARE(socket.socketOption(QAbstractSocket::LowDelayOption).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestTixngoClient)
#include "tst_tixngoclient.moc"
