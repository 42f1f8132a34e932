#pragma once

#include "apitypes.h"
#include "job.h"

#include <optional>

namespace tixsync::tixngo {

/// Inject, delete or control: a list of tickets sent as `{"tickets":[…]}` in calls of at most
/// ApiProfile::maxTicketsPerCall (up to callsInFlight at a time). A 413 halves the call and
/// retries the halves (rule API-4); 429, 5xx and network trouble retry the same call (API-5,
/// API-6). Per-ticket results are matched by ticket id, not by position (API-9) and merged in
/// batch order, one per ticket: nothing is reported twice, whatever the retries.
///
/// After an error (or a cancel), results() still holds every ticket the server answered —
/// those are applied in TIXNGO and must be recorded — and unansweredTicketIds() the others.
class BatchJob final : public Job {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchJob)
public:
    ~BatchJob() override;

    /// One result per answered ticket in batch order, then results for ids the server sent
    /// that were not in the batch (outcome ProtocolError, code UNEXPECTED_RESULT).
    QList<TicketResult> results() const;
    /// Ticket ids that got no answer (the job failed or was cancelled before their call ended).
    QStringList unansweredTicketIds() const;
    int acceptedCount() const;
    int refusedCount() const; // tickets of the batch answered Refused or ProtocolError
    int ticketCount() const { return static_cast<int>(m_ids.size()); }

private:
    friend class Client;
    BatchJob(Client *client, QString endpoint, QStringList ids, QList<QByteArray> items);

    void begin() override;
    ApiError handleOk(const Call &call, const QByteArray &body) override;
    bool split(const Call &call, QList<Call> *parts) override;
    int maxInFlight() const override;
    Call makeCall(int first, int count) const;

    QString m_endpoint;
    QStringList m_ids;
    QList<QByteArray> m_items;
    QList<std::optional<TicketResult>> m_results;
    QList<TicketResult> m_unexpected;
};

} // namespace tixsync::tixngo
