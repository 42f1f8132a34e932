#pragma once

#include "apitypes.h"
#include "job.h"

#include <optional>

namespace tixsync::tixngo {

/// Reads one ticket, `GET organizer/tickets/{ticketId}` (contract §5). A 404 is a result here,
/// not an error: the ticket is unknown to TIXNGO (ticket() is empty).
class ReadTicketJob final : public Job {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadTicketJob)
public:
    ~ReadTicketJob() override;
    QString ticketId() const { return m_id; }
    bool found() const { return m_ticket.has_value(); }
    const std::optional<RemoteTicket> &ticket() const { return m_ticket; }

private:
    friend class Client;
    ReadTicketJob(Client *client, QString ticketId);
    void begin() override;
    ApiError handleOk(const Call &call, const QByteArray &body) override;
    bool handleStatus(const Call &call, int httpStatus, const QByteArray &body) override;

    QString m_id;
    std::optional<RemoteTicket> m_ticket;
};

} // namespace tixsync::tixngo
