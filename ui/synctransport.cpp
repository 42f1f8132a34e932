#include "synctransport.h"

#include "sync/clienttransport.h"
#include "tixngo/client.h"
#include "tixngo/staticcredentialprovider.h"

namespace tixsync {

namespace {
/// Owns the client (created in the worker thread) and forwards to ClientTransport.
class OwnedClientTransport final : public sync::TixngoTransport {
public:
    explicit OwnedClientTransport(std::unique_ptr<tixngo::Client> client)
        : m_client(std::move(client))
        , m_inner(m_client.get())
    {
    }
    sync::BatchAnswer inject(const QList<QByteArray> &payloads, const QStringList &ids) override
    {
        return m_inner.inject(payloads, ids);
    }
    sync::BatchAnswer deleteTickets(const QList<sync::DeleteRequest> &tickets) override
    {
        return m_inner.deleteTickets(tickets);
    }
    sync::BatchAnswer control(const QList<sync::ControlRequest> &tickets) override { return m_inner.control(tickets); }
    Result<sync::DiffPage> diff(const QString &key, int limit) override { return m_inner.diff(key, limit); }
    Result<std::optional<sync::RemoteTicket>> readTicket(const QString &id) override { return m_inner.readTicket(id); }
    QString secret() const override { return m_inner.secret(); }

private:
    std::unique_ptr<tixngo::Client> m_client;
    sync::ClientTransport m_inner;
};
} // namespace

sync::RunController::TransportFactory staticKeyTransportFactory(const QString &url, const QString &apiKey)
{
    return [url, apiKey](Store &) -> Result<std::unique_ptr<sync::TixngoTransport>> {
        auto connection = tixngo::Connection::fromUrl(url);
        if (!connection)
            return fail(connection.error());
        auto client = std::make_unique<tixngo::Client>(
            *connection, tixngo::ApiProfile(), std::make_shared<tixngo::StaticCredentialProvider>(apiKey));
        return std::unique_ptr<sync::TixngoTransport>(std::make_unique<OwnedClientTransport>(std::move(client)));
    };
}

} // namespace tixsync
