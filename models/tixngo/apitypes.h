#pragma once

#include "core/domain.h"
#include "core/statuses.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tixsync::tixngo {

/// Tickets to inject (tixngo-api-contract.md §1). Each payload is one complete ticket JSON
/// object, already serialized (the sync engine's fast writer); the client joins them into
/// `{"tickets":[…]}` without parsing them again. ticketIds[i] is the `ticketId` inside
/// payloads[i]: results are matched by it (rule API-9), so ids must be unique in a batch.
struct InjectBatch {
    QStringList ticketIds;
    QList<QByteArray> payloads;

    void append(const QString &ticketId, QByteArray payload)
    {
        ticketIds.append(ticketId);
        payloads.append(std::move(payload));
    }
    qsizetype size() const { return ticketIds.size(); }
    bool isEmpty() const { return ticketIds.isEmpty(); }
};

/// One ticket to delete (cancel / invalidate), contract §3.
struct DeleteRequest {
    QString ticketId;
    QString deletionReason; // e.g. CANCELLED, INVALIDATED, RESALE_PENDING, RESOLD
    bool showDeletedTicket = false;
};

/// One ticket to mark controlled, contract §4.
struct ControlRequest {
    QString ticketId;
    QDateTime controlledAt;
};

/// The server's answer for one ticket of an inject / delete / control call.
struct TicketResult {
    enum class Outcome {
        Accepted, // status holds INJECTED, DELETION_PENDING, CONTROLLED…
        Refused, // the server's per-ticket error: errorCode, errorField, errorMessage
        ProtocolError, // no result, two results, or a result for an id not sent (rule API-9):
                       // errorCode is MISSING_RESULT, DUPLICATE_RESULT, UNEXPECTED_RESULT or
                       // MALFORMED_RESULT
    };
    QString ticketId;
    Outcome outcome = Outcome::ProtocolError;
    QString status;
    QString errorCode;
    QString errorField;
    QString errorMessage;

    bool accepted() const { return outcome == Outcome::Accepted; }
};

/// A ticket as TIXNGO reports it (diff feed element, read-one answer; contract §2 and §5).
struct RemoteTicket {
    QString ticketId;
    QString statusCode; // as sent, e.g. "TRANSFERRED"
    TixngoStatus status = TixngoStatus::None; // None when statusCode is unknown to TixSync
    QDateTime updatedAt; // invalid when absent
    bool controlled = false;
    QString deletionReason; // empty when null
    Person owner;
    Person initialOwner;
    Person previousOwner;
    Person holder;
    QList<TixngoHistoryEntry> history; // in the server's order
};

/// One page of the feedback diff feed (rule API-10: the same key returns the same page).
struct DiffPage {
    QList<RemoteTicket> tickets;
    QString nextPageKey; // empty when the server sent none or null
};

/// Parameters of the ticket status log report (contract §6). from/to are required.
struct StatusLogQuery {
    QString mobileAppId;
    QDateTime from;
    QDateTime to;
    QStringList actionNames;
    QStringList fromStatuses;
    QStringList toStatuses;
    QString fromOwnerId;
    QString toOwnerId;
    QString actor;
    int limit = 0; // 0 = ApiProfile::maxPageLimit
    QString paginationKey;
};

/// One page of the status log report; entries are kept as JSON objects because their fields
/// are not documented.
struct StatusLogPage {
    QList<QJsonObject> entries;
    QString nextPageKey;
};

/// Reads one diff-feed / read-one object. Returns false and sets *error (English, for the
/// Protocol error message) when a required field is missing or has the wrong type.
bool parseRemoteTicket(const QJsonObject &object, RemoteTicket *out, QString *error);

/// `{"ticketId": …, "deletionReason": …, "showDeletedTicket": …}` / `{"ticketId": …, "controlledAt": …}`.
QByteArray toJson(const DeleteRequest &request);
QByteArray toJson(const ControlRequest &request);

} // namespace tixsync::tixngo
