#pragma once

#include "core/error.h"
#include "reconresult.h"

class QIODevice;

namespace tixsync::recon {

/// Writes a reconciliation result for programs: JSON (the CLI's `--json`, stable codes) or CSV
/// (one discrepancy per line, RFC 4180). Streamed through a buffer, so a million discrepancies
/// do not build one giant document in memory.
///
/// JSON: {"counts": {CODE: n…}, "severities": {…}, "tickets": n, "now": "…",
///        "discrepancies": [{"ticketId","eventId","category","severity","s360Status",
///        "tixngoStatus","explanation","age","since","fix","escalatesAt"}…],
///        "events": […], "duplicates": […]}
Status writeJson(QIODevice *device, const ReconResult &result);
Status writeCsv(QIODevice *device, const ReconResult &result);

/// Reads TIXNGO's view of tickets for REC-9 from JSON: a diff-feed page `{"tickets": […]}` (or a
/// bare array) of objects with `ticketId`, `status`, optional `controlled`, `updatedAt` and
/// `eventId` (or `event.id`). Errors name the ticket's position and what to change.
Result<std::vector<TixngoTicketState>> parseTixngoTickets(const QByteArray &json);

} // namespace tixsync::recon
