#pragma once

#include <QString>
#include <array>
#include <cstdint>

namespace tixsync {

/// S-360 ticket status (interface doc §4). Small integer codes so that column stores and the
/// reconciliation lookup table stay compact.
enum class S360Status : std::uint8_t { NotPrinted, Printed, Controlled, Invalidated, Cancelled };
inline constexpr int S360StatusCount = 5;

/// TIXNGO status as last known locally: `None` = the ticket is not known to exist in TIXNGO.
/// The 19 v3 lifecycle statuses, plus the V4 location status NOT_DOWNLOADED (the other V4
/// location statuses share their v3 names).
enum class TixngoStatus : std::uint8_t {
    None,
    Injected,
    Downloaded,
    Assigned,
    PendingTransfer,
    FailureTransfer,
    Failure,
    Transferred,
    OnlineActivated,
    OfflineActivated,
    ManualActivated,
    BtActivated,
    Activated,
    Deactivated,
    Controlled,
    DeletionPending,
    Deleted,
    Default,
    Invalid,
    Pending,
    NotDownloaded,
};
inline constexpr int TixngoStatusCount = 21;

/// The stable code ("NOT_PRINTED", "PENDING_TRANSFER"…); empty for TixngoStatus::None.
QString toCode(S360Status status);
QString toCode(TixngoStatus status);

/// Parses a code, case-insensitively, ignoring surrounding blanks. Returns false when unknown.
/// For TIXNGO, an empty code parses as None.
bool parseS360Status(QStringView code, S360Status *out);
bool parseTixngoStatus(QStringView code, TixngoStatus *out);

/// All codes in enum order (for combo boxes, validation messages and data-driven tests).
const std::array<S360Status, S360StatusCount> &allS360Statuses();
const std::array<TixngoStatus, TixngoStatusCount> &allTixngoStatuses();

/// True for the activation family (ONLINE_ACTIVATED… and ACTIVATED).
bool isActivated(TixngoStatus status);
/// True when the ticket is on its way out of, or gone from, the wallet.
bool isDeleted(TixngoStatus status);
/// True when TIXNGO holds a usable ticket (not None, not deleted).
bool isLive(TixngoStatus status);

} // namespace tixsync
