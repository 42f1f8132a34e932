#include "clienttransport.h"

#include "tixngo/client.h"
#include "tixngo/envcredentialprovider.h"
#include "tixngo/waitfor.h"

namespace tixsync::sync {

namespace {
RemoteTicket convert(const tixngo::RemoteTicket &r)
{
    RemoteTicket t;
    t.ticketId = r.ticketId;
    t.status = r.status;
    t.statusCode = r.statusCode;
    t.updatedAt = r.updatedAt;
    t.controlled = r.controlled;
    t.deletionReason = r.deletionReason;
    t.owner = r.owner;
    t.initialOwner = r.initialOwner;
    t.previousOwner = r.previousOwner;
    t.holder = r.holder;
    t.history = r.history;
    return t;
}

BatchAnswer finish(tixngo::BatchJob *job)
{
    tixngo::waitFor(job);
    BatchAnswer a;
    const QList<tixngo::TicketResult> results = job->results();
    a.results.reserve(results.size());
    for (const tixngo::TicketResult &r : results) {
        TicketCallResult t;
        t.ticketId = r.ticketId;
        t.ok = r.accepted();
        t.status = r.status;
        t.errorCode = r.errorCode;
        t.errorField = r.errorField;
        t.message = r.errorMessage;
        t.uncertain = r.outcome == tixngo::TicketResult::Outcome::ProtocolError;
        a.results << t;
    }
    if (job->error().isError())
        a.error = job->error().toError();
    job->deleteLater();
    return a;
}
} // namespace

ClientTransport::ClientTransport(tixngo::Client *client)
    : m_client(client)
{
}

ClientTransport::~ClientTransport() = default;

Result<std::unique_ptr<ClientTransport>> ClientTransport::fromEnvironment(const QString &url)
{
    auto connection = tixngo::Connection::fromUrl(url);
    if (!connection)
        return fail(connection.error());
    auto client = std::make_unique<tixngo::Client>(
        *connection, tixngo::ApiProfile(), std::make_shared<tixngo::EnvCredentialProvider>());
    auto t = std::make_unique<ClientTransport>(client.get());
    t->m_owned = std::move(client);
    return t;
}

BatchAnswer ClientTransport::inject(const QList<QByteArray> &payloads, const QStringList &ids)
{
    tixngo::InjectBatch batch;
    batch.ticketIds = ids;
    batch.payloads = payloads;
    return finish(m_client->inject(std::move(batch)));
}

BatchAnswer ClientTransport::deleteTickets(const QList<DeleteRequest> &tickets)
{
    QList<tixngo::DeleteRequest> reqs;
    reqs.reserve(tickets.size());
    for (const DeleteRequest &d : tickets)
        reqs << tixngo::DeleteRequest{d.ticketId, d.deletionReason, d.showDeletedTicket};
    return finish(m_client->deleteTickets(reqs));
}

BatchAnswer ClientTransport::control(const QList<ControlRequest> &tickets)
{
    QList<tixngo::ControlRequest> reqs;
    reqs.reserve(tickets.size());
    for (const ControlRequest &c : tickets)
        reqs << tixngo::ControlRequest{c.ticketId, c.controlledAt};
    return finish(m_client->control(reqs));
}

Result<DiffPage> ClientTransport::diff(const QString &paginationKey, int limit)
{
    auto *job = tixngo::waitFor(m_client->diff(paginationKey, limit));
    job->deleteLater();
    if (job->error().isError())
        return fail(job->error().toError());
    DiffPage page;
    page.nextPageKey = job->page().nextPageKey;
    page.tickets.reserve(job->page().tickets.size());
    for (const tixngo::RemoteTicket &r : job->page().tickets)
        page.tickets << convert(r);
    return page;
}

Result<std::optional<RemoteTicket>> ClientTransport::readTicket(const QString &ticketId)
{
    auto *job = tixngo::waitFor(m_client->readTicket(ticketId));
    job->deleteLater();
    if (job->error().isError())
        return fail(job->error().toError());
    if (!job->found())
        return std::optional<RemoteTicket>();
    return std::optional<RemoteTicket>(convert(*job->ticket()));
}

QString ClientTransport::secret() const
{
    auto key = m_client->credentials() ? m_client->credentials()->apiKey() : Result<QString>(QString());
    return key ? *key : QString();
}

} // namespace tixsync::sync
