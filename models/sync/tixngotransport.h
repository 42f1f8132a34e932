#pragma once

#include "core/domain.h"
#include "core/error.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <optional>

namespace tixsync::sync {

/// One per-ticket answer of an inject / delete / control call, matched by ticket id (API-9).
struct TicketCallResult {
    QString ticketId;
    bool ok = false;
    QString status; // INJECTED, DELETION_PENDING, CONTROLLED on success
    QString errorCode; // per-ticket error code (FIELD_TOO_LONG, NOT_FOUND, TICKET_DELETED…)
    QString errorField;
    QString message;
    /// No trustworthy answer for this ticket (missing / duplicate / malformed result): TIXNGO may
    /// or may not have applied it, so the engine keeps it in flight and checks it on the next run.
    bool uncertain = false;
};

/// The answer to an inject / delete / control batch. After a whole-call failure (`error`, after the
/// client's retries) `results` still holds every ticket the server did answer: those are applied in
/// TIXNGO and must be recorded; the others are unanswered.
struct BatchAnswer {
    QList<TicketCallResult> results;
    std::optional<Error> error;
};

struct DeleteRequest {
    QString ticketId;
    QString deletionReason;
    bool showDeletedTicket = false;
};

struct ControlRequest {
    QString ticketId;
    QDateTime controlledAt;
};

/// A ticket as TIXNGO reports it (diff feed element, read one).
struct RemoteTicket {
    QString ticketId;
    TixngoStatus status = TixngoStatus::None;
    QString statusCode; // as received
    QDateTime updatedAt;
    bool controlled = false;
    QString deletionReason;
    Person owner;
    Person initialOwner;
    Person previousOwner;
    Person holder;
    QList<TixngoHistoryEntry> history;
};

struct DiffPage {
    QList<RemoteTicket> tickets;
    QString nextPageKey;
};

/// The engine's view of TIXNGO: blocking calls, meant for a worker thread or the CLI. A whole-call
/// failure (after the client's retries) is an Error whose `code` is the client's typed error;
/// `SyncEngine::classify()` maps it to configuration / technical / external.
class TixngoTransport {
public:
    virtual ~TixngoTransport() = default;
    /// `payloads[i]` is the serialized ticket object of `ids[i]`.
    virtual BatchAnswer inject(const QList<QByteArray> &payloads, const QStringList &ids) = 0;
    virtual BatchAnswer deleteTickets(const QList<DeleteRequest> &tickets) = 0;
    virtual BatchAnswer control(const QList<ControlRequest> &tickets) = 0;
    virtual Result<DiffPage> diff(const QString &paginationKey, int limit) = 0;
    /// nullopt when TIXNGO does not know the ticket (404).
    virtual Result<std::optional<RemoteTicket>> readTicket(const QString &ticketId) = 0;
    /// Text that must never appear in dumps (the API key); empty when unknown.
    virtual QString secret() const { return {}; }
};

/// Parses one ticket object of the diff format (contract §2).
RemoteTicket remoteTicketFromJson(const class QJsonObject &o);
/// Parses a whole diff page / uploaded file: `{"tickets":[…],"nextPageKey":…}` or a bare array.
Result<DiffPage> parseDiffPage(const QByteArray &json, const QString &fileName = {});

} // namespace tixsync::sync
