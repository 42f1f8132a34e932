#pragma once

#include "apiprofile.h"
#include "apitypes.h"
#include "batchjob.h"
#include "connection.h"
#include "credentialprovider.h"
#include "diffjob.h"
#include "readticketjob.h"
#include "statuslogjob.h"

#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <memory>

class QNetworkAccessManager;

namespace tixsync::tixngo {

/// The TIXNGO organizer API client (tixngo-api-contract.md). One QNetworkAccessManager; every
/// request is built by one factory (transfer timeout, API key header, `TixSync/<version>` user
/// agent, JSON content type; redirects are not followed so the key never goes elsewhere; TLS
/// errors are never ignored, rule API-8). Each call returns a Job that starts on the next
/// event-loop turn and emits finished() exactly once. The client and its jobs live in one thread
/// (the sync engine's worker thread); in a worker or the CLI, wait with waitFor() (waitfor.h).
class Client final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Client)
public:
    /// The profile should have passed ApiProfile::validate(); otherwise every job ends with a
    /// Config error naming the bad value.
    explicit Client(Connection connection, ApiProfile profile, std::shared_ptr<const CredentialProvider> credentials,
        QObject *parent = nullptr);
    ~Client() override;

    const Connection &connection() const { return m_connection; }
    const ApiProfile &profile() const { return m_profile; }
    const std::shared_ptr<const CredentialProvider> &credentials() const { return m_credentials; }

    /// §1 POST organizer/tickets. Payloads are joined, never re-parsed. An empty batch finishes
    /// OK without a request.
    BatchJob *inject(InjectBatch batch);
    /// §3 POST organizer/tickets/delete; success status DELETION_PENDING.
    BatchJob *deleteTickets(const QList<DeleteRequest> &tickets);
    /// §4 POST organizer/tickets/control; success status CONTROLLED.
    BatchJob *control(const QList<ControlRequest> &tickets);
    /// §2 GET organizer/tickets/diff. Empty key = first call; limit <= 0 or above
    /// ApiProfile::maxPageLimit = maxPageLimit.
    DiffJob *diff(const QString &paginationKey = {}, int limit = 0);
    /// §5 GET organizer/tickets/{ticketId}, the id percent-encoded.
    ReadTicketJob *readTicket(const QString &ticketId);
    /// §6 GET organizer/report/ticket-status-logs.
    StatusLogJob *statusLogReport(const StatusLogQuery &query);

    /// Cancels every running job of this client (each finishes once, with Cancelled).
    Q_INVOKABLE void cancelAll();

    static QByteArray userAgent();
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

private:
    friend class Job;
    /// The one request factory.
    QNetworkRequest makeRequest(const QUrl &url, const QString &apiKey) const;
    template <class J> J *track(J *job);

    Connection m_connection;
    ApiProfile m_profile;
    std::shared_ptr<const CredentialProvider> m_credentials;
    QNetworkAccessManager *m_nam;
    QList<QPointer<Job>> m_jobs;
};

} // namespace tixsync::tixngo
