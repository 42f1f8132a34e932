#pragma once

#include "apitypes.h"
#include "job.h"

namespace tixsync::tixngo {

/// One page of the ticket status log report, `GET organizer/report/ticket-status-logs`
/// (contract §6). Multi-valued parameters are repeated (`actionNames=A&actionNames=B`).
class StatusLogJob final : public Job {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusLogJob)
public:
    ~StatusLogJob() override;
    const StatusLogPage &page() const { return m_page; }

private:
    friend class Client;
    StatusLogJob(Client *client, StatusLogQuery query);
    void begin() override;
    ApiError handleOk(const Call &call, const QByteArray &body) override;

    StatusLogQuery m_query;
    StatusLogPage m_page;
};

} // namespace tixsync::tixngo
