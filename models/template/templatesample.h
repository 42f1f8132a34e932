#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace tixsync {
class Store;
}

namespace tixsync::tpl {

/// A ticket found by the Template page's sample picker.
struct TicketHit {
    QString ticketId;
    QString ticketNumber;
    QString barcode;
    QString holderName; // the holder, else the cultural contact
    QString contactName; // the cultural contact (buyer) when it is not the holder
    QString eventName;
    /// One line for a completion list: "id · number · name · barcode · event" (the contact, when
    /// it is another person, in parentheses after the holder).
    QString label() const;
};

/// Finds tickets whose id, ticket number or barcode equals or starts with `text`, or whose
/// holder / contact names start with every word of `text` (case-insensitive). Exact matches come
/// first. At most `limit` hits; every query is bounded by LIMIT and uses bound parameters (the id,
/// number and barcode lookups use their indexes; the name lookup scans until `limit` matches, and
/// is skipped when a term with a digit already matched an id, number or barcode).
Result<QList<TicketHit>> searchTickets(const Store &store, const QString &text, int limit = 20);

/// What the sync engine's ledger (`sync_run_tickets`) recorded for the last successful
/// injection of a ticket.
struct InjectedPayload {
    qint64 runId = 0;
    QDateTime at; // the run's start
    QString payloadHash; // SHA-1 hex of the compact JSON sent
    QByteArray payload; // compact JSON as kept by the ledger; empty when dumps were off
    bool truncated = false; // the ledger kept only the beginning (maxLengthDumpedCallsInKbs)
};
/// nullopt when the ticket was never injected successfully (dry runs do not count).
Result<std::optional<InjectedPayload>> lastInjected(const Store &store, const QString &ticketId);
/// The ledger's hash of a compact payload (SHA-1, hex), to compare with InjectedPayload::payloadHash.
QString payloadHash(const QByteArray &compactJson);

} // namespace tixsync::tpl
