#include "client.h"

#include <QNetworkAccessManager>
#include <QTimer>

namespace tixsync::tixngo {

Client::Client(
    Connection connection, ApiProfile profile, std::shared_ptr<const CredentialProvider> credentials, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_profile(std::move(profile))
    , m_credentials(std::move(credentials))
    , m_nam(new QNetworkAccessManager(this))
{
    // Redirects are reported, not followed: a redirect must not carry the key to another place.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

Client::~Client()
{
    // Jobs are children; abort their replies before the QNetworkAccessManager goes.
    for (const QPointer<Job> &job : std::as_const(m_jobs)) {
        if (job)
            job->abortAll();
    }
}

QByteArray Client::userAgent()
{
    return QByteArrayLiteral("TixSync/" TIXSYNC_VERSION);
}

QNetworkRequest Client::makeRequest(const QUrl &url, const QString &apiKey) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_profile.transferTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    const QString value = m_profile.authScheme.isEmpty() ? apiKey : m_profile.authScheme + QLatin1Char(' ') + apiKey;
    request.setRawHeader(m_profile.authHeader.toLatin1(), value.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

template <class J> J *Client::track(J *job)
{
    m_jobs.removeIf([](const QPointer<Job> &j) { return j.isNull() || j->isFinished(); });
    m_jobs.append(job);
    QTimer::singleShot(0, job, [job] { job->start(); });
    return job;
}

BatchJob *Client::inject(InjectBatch batch)
{
    return track(new BatchJob(this, m_profile.injectPath, std::move(batch.ticketIds), std::move(batch.payloads)));
}

BatchJob *Client::deleteTickets(const QList<DeleteRequest> &tickets)
{
    QStringList ids;
    QList<QByteArray> items;
    ids.reserve(tickets.size());
    items.reserve(tickets.size());
    for (const DeleteRequest &t : tickets) {
        ids.append(t.ticketId);
        items.append(toJson(t));
    }
    return track(new BatchJob(this, m_profile.deletePath, std::move(ids), std::move(items)));
}

BatchJob *Client::control(const QList<ControlRequest> &tickets)
{
    QStringList ids;
    QList<QByteArray> items;
    ids.reserve(tickets.size());
    items.reserve(tickets.size());
    for (const ControlRequest &t : tickets) {
        ids.append(t.ticketId);
        items.append(toJson(t));
    }
    return track(new BatchJob(this, m_profile.controlPath, std::move(ids), std::move(items)));
}

DiffJob *Client::diff(const QString &paginationKey, int limit)
{
    return track(new DiffJob(this, paginationKey, limit));
}

ReadTicketJob *Client::readTicket(const QString &ticketId)
{
    return track(new ReadTicketJob(this, ticketId));
}

StatusLogJob *Client::statusLogReport(const StatusLogQuery &query)
{
    return track(new StatusLogJob(this, query));
}

void Client::cancelAll()
{
    const auto jobs = m_jobs;
    m_jobs.clear();
    for (const QPointer<Job> &job : jobs) {
        if (job)
            job->cancel();
    }
}

} // namespace tixsync::tixngo
