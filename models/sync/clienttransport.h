#pragma once

#include "sync/tixngotransport.h"

#include <memory>

namespace tixsync::tixngo {
class Client;
}

namespace tixsync::sync {

/// The engine's TixngoTransport over the real TIXNGO client (models/tixngo): each call starts a
/// job and waits for it with tixngo::waitFor() — so it must run in a worker thread or the CLI,
/// never on the GUI thread. The client must live in the calling thread.
class ClientTransport final : public TixngoTransport {
public:
    explicit ClientTransport(tixngo::Client *client);
    ~ClientTransport() override;

    /// A client for `url` with the default API profile, reading the key from TIXNGO_API_KEY.
    static Result<std::unique_ptr<ClientTransport>> fromEnvironment(const QString &url);

    BatchAnswer inject(const QList<QByteArray> &payloads, const QStringList &ids) override;
    BatchAnswer deleteTickets(const QList<DeleteRequest> &tickets) override;
    BatchAnswer control(const QList<ControlRequest> &tickets) override;
    Result<DiffPage> diff(const QString &paginationKey, int limit) override;
    Result<std::optional<RemoteTicket>> readTicket(const QString &ticketId) override;
    QString secret() const override;

    tixngo::Client *client() const { return m_client; }

private:
    tixngo::Client *m_client;
    std::unique_ptr<tixngo::Client> m_owned;
};

} // namespace tixsync::sync
