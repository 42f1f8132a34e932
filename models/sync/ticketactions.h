#pragma once

#include "core/error.h"

#include <QStringList>

namespace tixsync {
class Store;
}

namespace tixsync::sync {

/// S-360-side ticket actions staff take in the console: each changes the S-360 status of the
/// tickets in one transaction and records who (the OS user) and when in `s360_status_changes`.
/// The interface functions then carry the change to TIXNGO (push cancelled / push controlled,
/// injection of a reprint).
namespace ticketactions {
/// The OS user name recorded as the actor.
QString currentActor();
/// → CANCELLED with `reason` (default "CANCELLED").
Status cancel(Store &store, const QStringList &ticketIds, const QString &reason = {});
/// → INVALIDATED with `reason` (required).
Status invalidate(Store &store, const QStringList &ticketIds, const QString &reason);
/// → CONTROLLED now (gate scan / back-office check).
Status markControlled(Store &store, const QStringList &ticketIds);
/// Old ticket → INVALIDATED with `reason` (default REPRINT; e.g. RESALE for a reprint after a
/// resale); a new NOT_PRINTED copy with a new id, number and barcode, which keeps the old ticket's
/// last known TIXNGO owner (INJ-13) and records "REPRINT_OF <old id>" in its status history
/// (reprintOrigin()). Returns the new id.
Result<QString> reprint(Store &store, const QString &ticketId, const QString &reason = {});
/// The ticket a reprint was made from (empty when `ticketId` is not a reprint).
QString reprintOrigin(Store &store, const QString &ticketId);
} // namespace ticketactions

} // namespace tixsync::sync
