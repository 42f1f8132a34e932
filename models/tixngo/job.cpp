#include "job.h"

#include "client.h"
#include "core/logging.h"
#include "lowdelay.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

namespace tixsync::tixngo {

namespace {

// Retry-After: delta seconds or an HTTP date (RFC 9110 §10.2.3). -1 when absent or unreadable.
qint64 retryAfterMs(const QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : seconds * 1000;
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at));
}
} // namespace

Job::Job(Client *client)
    : QObject(client)
    , m_client(client)
{
}

Job::~Job()
{
    abortAll();
}

bool Job::handleStatus(const Call &, int, const QByteArray &)
{
    return false;
}

bool Job::split(const Call &, QList<Call> *)
{
    return false;
}

void Job::start()
{
    if (m_finished || m_started)
        return;
    m_started = true;
    m_clock.start();
    if (auto ok = m_client->profile().validate(); !ok) {
        ApiError e;
        e.kind = ApiError::Kind::Config;
        e.message = ok.error().message;
        fail(e);
        return;
    }
    auto key = m_client->credentials()->apiKey();
    if (!key) {
        ApiError e;
        e.kind = ApiError::Kind::Config;
        e.message = key.error().message;
        fail(e);
        return;
    }
    m_key = *key;
    begin();
    if (!m_finished) {
        pump();
        maybeFinish();
    }
}

void Job::enqueue(Call call)
{
    m_queue.append(std::move(call));
}

void Job::pump()
{
    while (!m_stopping && !m_queue.isEmpty() && m_inFlight.size() < maxInFlight())
        send(m_queue.takeFirst());
}

void Job::send(Call call)
{
    ++call.attempts;
    ++m_requests;
    QNetworkRequest request = m_client->makeRequest(call.url, m_key);
    qCDebug(lcNet).noquote() << call.verb << call.url.toDisplayString() << call.body.size() << "bytes, attempt"
                             << call.attempts;
    QNetworkReply *reply = call.verb == "GET" ? m_client->networkAccessManager()->get(request)
                                              : m_client->networkAccessManager()->post(request, call.body);
    if (m_client->profile().lowDelay && call.verb == "POST") {
        // The socket is connected in QNAM's thread; the first upload progress is the first moment
        // we know it exists (see lowdelay.h).
        const quint16 port
            = static_cast<quint16>(call.url.port(call.url.scheme() == QLatin1String("https") ? 443 : 80));
        connect(
            reply, &QNetworkReply::uploadProgress, this, [port] { setLowDelayForPeerPort(port); },
            Qt::SingleShotConnection);
    }
    m_inFlight.insert(reply, std::move(call));
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
}

int Job::backoffMs(int attempts) const
{
    const RetryPolicy &p = m_client->profile().retry;
    qint64 delay = p.baseDelayMs;
    for (int i = 1; i < attempts && delay < p.maxDelayMs; ++i)
        delay *= 2;
    delay = std::min<qint64>(delay, p.maxDelayMs);
    // "Equal jitter": half fixed, half random, so concurrent clients spread out.
    const qint64 half = delay / 2;
    return static_cast<int>(half + (half > 0 ? QRandomGenerator::global()->bounded(half + 1) : 0));
}

QString Job::redact(QString text) const
{
    if (!m_key.isEmpty())
        text.replace(m_key, QStringLiteral("<redacted>"));
    return text;
}

ApiError Job::httpError(
    const Call &call, ApiError::Kind kind, int status, const QByteArray &body, const QString &reason) const
{
    ApiError e;
    e.kind = kind;
    e.httpStatus = status;
    e.attempts = call.attempts;
    e.endpoint = call.endpoint;
    const QJsonObject err = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    e.serverCode = redact(err.value(QLatin1String("code")).toString());
    e.serverMessage = redact(err.value(QLatin1String("message")).toString());
    const QString detail = e.serverMessage.isEmpty() ? redact(reason) : e.serverMessage;
    const QString url = call.url.toDisplayString(QUrl::RemoveQuery);
    switch (kind) {
    case ApiError::Kind::Auth:
        e.message = tr("TIXNGO authentication refused (HTTP %1): check the API key of the organizer ADMIN account "
                       "(%2).")
                        .arg(status)
                        .arg(m_client->credentials()->description());
        break;
    case ApiError::Kind::NotFoundEndpoint:
        e.message = tr("TIXNGO endpoint not found — check the URL (HTTP 404 for %1).").arg(url);
        break;
    case ApiError::Kind::BadRequest:
        e.message = tr("TIXNGO refused the request to %1 (HTTP %2): %3").arg(url).arg(status).arg(detail);
        break;
    case ApiError::Kind::Server:
        e.message = tr("TIXNGO server error (HTTP %1) at %2 after %3 attempts: %4")
                        .arg(status)
                        .arg(url)
                        .arg(call.attempts)
                        .arg(detail);
        break;
    case ApiError::Kind::RateLimited:
        e.message = tr("TIXNGO kept answering HTTP 429 (too many requests) at %1 after %2 attempts; try again "
                       "later or lower the number of calls in flight.")
                        .arg(url)
                        .arg(call.attempts);
        break;
    case ApiError::Kind::Tls:
        e.message = tr("Secure connection to %1 failed after %2 attempts: %3. TLS errors are never ignored: correct "
                       "the URL or install the server's certificate authority on this computer.")
                        .arg(url)
                        .arg(call.attempts)
                        .arg(detail);
        break;
    case ApiError::Kind::Network:
        e.message = tr("Cannot reach TIXNGO at %1 after %2 attempts: %3").arg(url).arg(call.attempts).arg(detail);
        break;
    default:
        e.message = detail;
        break;
    }
    return e;
}

ApiError Job::protocolError(const Call &call, const QString &what, qint64 position) const
{
    ApiError e;
    e.kind = ApiError::Kind::Protocol;
    e.httpStatus = 200;
    e.attempts = call.attempts;
    e.endpoint = call.endpoint;
    e.parsePosition = position;
    const QString url = call.url.toDisplayString(QUrl::RemoveQuery);
    e.message = position >= 0
        ? tr("TIXNGO answered %1 with a body that is not the documented JSON: %2 at byte %3.")
              .arg(url, redact(what))
              .arg(position)
        : tr("TIXNGO answered %1 with a body that is not the documented JSON: %2.").arg(url, redact(what));
    return e;
}

void Job::onReply(QNetworkReply *reply)
{
    const auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return;
    Call call = std::move(it.value());
    m_inFlight.erase(it);
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const QByteArray body = reply->readAll();
    qCDebug(lcNet).noquote() << "HTTP" << status << call.url.toDisplayString(QUrl::RemoveQuery) << body.size()
                             << "bytes";

    if (status == 0) {
        // No HTTP answer: timeout, refused or reset connection, TLS failure (rules API-6, API-8).
        const bool tls = netError == QNetworkReply::SslHandshakeFailedError;
        QString reason = redact(reply->errorString());
        if (netError == QNetworkReply::OperationCanceledError) // only the transfer timeout aborts unasked
            reason = tr("no answer within %1 s").arg(m_client->profile().transferTimeoutMs / 1000.0);
        const ApiError e = httpError(call, tls ? ApiError::Kind::Tls : ApiError::Kind::Network, 0, {}, reason);
        qCWarning(lcNet).noquote() << "TIXNGO call failed:" << call.endpoint << reason;
        const int delay = backoffMs(call.attempts);
        retryLater(std::move(call), delay, e);
    } else if (status >= 200 && status < 300) {
        ApiError e = handleOk(call, body);
        if (e.isError())
            fail(e);
    } else if (handleStatus(call, status, body)) {
        // a result for this job (e.g. 404 = unknown ticket on read-one)
    } else if (status == 413) {
        QList<Call> parts;
        if (!m_stopping && split(call, &parts)) {
            qCInfo(lcNet) << "HTTP 413 for" << call.count << "tickets: halving the batch";
            for (qsizetype i = parts.size() - 1; i >= 0; --i)
                m_queue.prepend(parts.at(i));
        } else {
            fail(httpError(call, ApiError::Kind::BadRequest, status, body,
                tr("the request is too large even for a single ticket")));
        }
    } else if (status == 429) {
        const ApiError e = httpError(call, ApiError::Kind::RateLimited, status, body, {});
        const qint64 wait = retryAfterMs(reply);
        const int maxWait = m_client->profile().retry.maxRetryAfterMs;
        if (wait > maxWait) {
            ApiError longWait = e;
            longWait.message = tr("TIXNGO asks to wait %1 s before the next call (HTTP 429), longer than the %2 s "
                                  "allowed; try again later.")
                                   .arg(wait / 1000.0)
                                   .arg(maxWait / 1000.0);
            fail(longWait);
        } else {
            const int delay = wait >= 0 ? static_cast<int>(wait) : backoffMs(call.attempts);
            retryLater(std::move(call), delay, e);
        }
    } else if (status == 401 || status == 403) {
        fail(httpError(call, ApiError::Kind::Auth, status, body, {}));
    } else if (status == 404) {
        fail(httpError(call, ApiError::Kind::NotFoundEndpoint, status, body, {}));
    } else if (status >= 500) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        const ApiError e = httpError(call, ApiError::Kind::Server, status, body, reason);
        qCWarning(lcNet).noquote() << "TIXNGO server error" << status << "on" << call.endpoint;
        const int delay = backoffMs(call.attempts);
        retryLater(std::move(call), delay, e);
    } else {
        // 400, other 4xx, and 3xx (redirects are not followed: the key must not go elsewhere).
        QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        if (status >= 300 && status < 400)
            reason = tr("redirected to %1; enter that address as the interface URL")
                         .arg(QString::fromUtf8(reply->rawHeader("Location")));
        fail(httpError(call, ApiError::Kind::BadRequest, status, body, reason));
    }
    pump();
    maybeFinish();
}

void Job::retryLater(Call call, int delayMs, ApiError ifExhausted)
{
    if (m_stopping)
        return;
    const RetryPolicy &policy = m_client->profile().retry;
    if (call.attempts >= policy.maxAttempts || m_clock.elapsed() + delayMs > policy.maxTotalMs) {
        fail(ifExhausted);
        return;
    }
    qCInfo(lcNet).noquote() << "retrying" << call.endpoint << "in" << delayMs << "ms (" << toString(ifExhausted.kind)
                            << ifExhausted.httpStatus << "), attempt" << call.attempts + 1 << "of"
                            << policy.maxAttempts;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    m_retryTimers.append(timer);
    connect(timer, &QTimer::timeout, this, [this, timer, call = std::move(call)]() mutable {
        m_retryTimers.removeOne(timer);
        timer->deleteLater();
        if (m_stopping)
            return;
        m_queue.prepend(std::move(call));
        pump();
    });
    timer->start(delayMs);
}

void Job::fail(ApiError error)
{
    if (m_finished)
        return;
    if (!m_error.isError()) {
        m_error = std::move(error);
        qCWarning(lcNet).noquote() << "TIXNGO call ended:" << m_error.code() << m_error.message;
    }
    // Stop sending; calls already in flight may still bring results the server has applied.
    m_stopping = true;
    m_queue.clear();
    qDeleteAll(m_retryTimers);
    m_retryTimers.clear();
    maybeFinish();
}

void Job::maybeFinish()
{
    if (m_finished || !m_started)
        return;
    if (m_inFlight.isEmpty() && m_retryTimers.isEmpty() && (m_queue.isEmpty() || m_stopping))
        finish();
}

void Job::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_key.clear();
    emit finished();
}

void Job::abortAll()
{
    qDeleteAll(m_retryTimers);
    m_retryTimers.clear();
    m_queue.clear();
    const auto replies = m_inFlight.keys();
    m_inFlight.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void Job::cancel()
{
    if (m_finished)
        return;
    m_stopping = true;
    abortAll();
    if (!m_error.isError()) {
        m_error.kind = ApiError::Kind::Cancelled;
        m_error.message = tr("The TIXNGO call was cancelled.");
    }
    finish();
}

} // namespace tixsync::tixngo
