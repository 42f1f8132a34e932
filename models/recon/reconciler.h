#pragma once

#include "core/error.h"
#include "pushlookup.h"
#include "reconresult.h"

#include <atomic>
#include <memory>

namespace tixsync {
class Store;
}

namespace tixsync::recon {

/// Settings of one reconciliation. Grace periods and thresholds are [ours] (interface doc §4.2)
/// and configurable: defaults here, overridden by the database settings `recon.*` (see
/// fromSettings()) and by the CLI options.
struct ReconOptions {
    qint64 now = NoTime; // UTC seconds; NoTime = the current time
    int cancelGraceMinutes = 30; // REC-4: pending this long after the cancel, or after its push
    int controlGraceMinutes = 15; // REC-6: pending this long after the scan, or after its push
    int deletionStuckMinutes = 24 * 60; // REC-5: DELETION_PENDING older than this is stuck
    bool contactSync = false; // REC-8 only when contact distribution is enabled
    bool detectDuplicates = true; // duplicated ticket ids and barcodes
    QString eventId; // one event only; empty = all
    /// Only tickets of these shipment modes (the modes that go to TIXNGO, of type BLOCKCHAIN):
    /// tickets sent by post or printed at home never reach TIXNGO. Empty = every ticket.
    QStringList shipmentModes;
    bool useSyncMarkers = true; // run(store) without a lookup reads sync_processed when it exists
    const std::atomic<bool> *cancel = nullptr; // set to true from another thread to stop early

    /// Defaults overridden by the settings `recon.cancelGraceMinutes`, `recon.controlGraceMinutes`,
    /// `recon.deletionStuckMinutes`, `recon.shipmentModes` (comma-separated) and
    /// `recon.contactSync` (else a setting `enableTicketDistributionToCulturalContact`, else that
    /// key in the feedback function's stored custom parameters) of the store.
    static ReconOptions fromSettings(const Store &store);
};

/// The reconciliation engine (interface doc §4, rules MAP-1…4 and REC-1…9): for every ticket, the
/// TIXNGO state expected from its S-360 status against the TIXNGO state known locally, classified
/// through ReconTable, with grace periods, ages, per-event totals and duplicates. The GUI and the
/// CLI both call run(); it takes ~1–2 s for 3 million tickets, so the GUI runs it in a worker
/// thread with its own Store (Store::openAnother()).
class Reconciler {
public:
    explicit Reconciler(ReconOptions options = {});

    const ReconOptions &options() const { return m_options; }

    /// When tickets were pushed (the sync engine's processed markers); not owned, may be null.
    /// Without one, run(store) uses StorePushLookup when the database has the sync tables.
    /// A ticket the lookup does not know falls back to `last_sync_at` at or after the change.
    void setPushLookup(const PushLookup *lookup) { m_pushLookup = lookup; }
    /// TIXNGO's own view of tickets (a refresh or an export): ids S-360 does not have become
    /// UNKNOWN_TO_S360; for the others a state newer than the local one is used.
    void setTixngoTickets(std::vector<TixngoTicketState> tickets) { m_tixngoTickets = std::move(tickets); }

    /// Loads the tickets from `store` and reconciles them.
    Result<std::shared_ptr<const ReconResult>> run(const Store &store) const;
    /// Reconciles a snapshot already loaded (tests, or a second pass with other settings).
    Result<std::shared_ptr<const ReconResult>> run(TicketSnapshot snapshot) const;

private:
    Result<std::shared_ptr<const ReconResult>> run(TicketSnapshot snapshot, const PushLookup *lookup) const;

    ReconOptions m_options;
    const PushLookup *m_pushLookup = nullptr;
    std::vector<TixngoTicketState> m_tixngoTickets;
};

} // namespace tixsync::recon
