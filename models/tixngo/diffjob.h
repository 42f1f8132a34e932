#pragma once

#include "apitypes.h"
#include "job.h"

namespace tixsync::tixngo {

/// One page of the feedback diff feed, `GET organizer/tickets/diff` (contract §2). The feed is
/// replayable (rule API-10): store page().nextPageKey only after the page's tickets are
/// committed locally (FB-2).
class DiffJob final : public Job {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffJob)
public:
    ~DiffJob() override;
    const DiffPage &page() const { return m_page; }
    QString paginationKey() const { return m_key; }

private:
    friend class Client;
    DiffJob(Client *client, QString paginationKey, int limit);
    void begin() override;
    ApiError handleOk(const Call &call, const QByteArray &body) override;

    QString m_key;
    int m_limit;
    DiffPage m_page;
};

} // namespace tixsync::tixngo
