#pragma once

#include "fixplan.h"
#include "sync/runtypes.h"
#include "sync/tixngotransport.h"

#include <memory>

namespace tixsync {
class Store;
}

namespace tixsync::recon {

/// Above this many tickets, a refresh reads TIXNGO's whole feed (a regular feedback run from the
/// stored position) instead of reading each ticket with one `GET organizer/tickets/{ticketId}`.
inline constexpr qsizetype DirectReadLimit = 1000;

/// The interface function a fix runs as: re-inject → injection, push deletion → push cancelled,
/// push control → push controlled, refresh → feedback, skip list → the function that would
/// otherwise act on the ticket (whose stored skip list receives it).
sync::SyncFunction fixFunction(FixKind fix, Category category);

/// True when refreshing `batch` reads its tickets one by one (at most DirectReadLimit of them);
/// false when it reads the whole feed.
bool refreshReadsTickets(const FixBatch &batch);

/// The sync-engine run that carries out one fix batch (not the skip list: that is
/// sync::runs::addToSkipList()). It starts from the function's settings as the Sync page saved
/// them (setting `sync/ui/options/<function>`: shipment modes, Notify spectator, mandatory holder
/// fields, printing point of sale) and its stored custom parameters, without their selection
/// filters. Re-inject, reprint and inject (its injection step, `batch` holding the new ids), push
/// deletion and push control are forced runs that act only on the batch's
/// tickets (RunOptions::forcedOnly: the function's regular due selection is left for its
/// schedule). A refresh is a feedback run: with a TicketReadTransport it stores exactly the batch's
/// tickets as read from TIXNGO; without, it reads the feed from the stored position. Fails when
/// the function's custom parameters are malformed.
Result<sync::RunOptions> fixRunOptions(Store &store, const FixBatch &batch, const QString &organizer);

/// What the first step of "Reprint and inject" did.
struct ReprintOutcome {
    QStringList oldIds; // reprinted: now INVALIDATED (reason ReprintReason), in selection order
    FixBatch injection; // fix ReprintAndInject, ticketIds = the new ids (same order as oldIds)
    QStringList failures; // "<id>: <what to do>", translated
};

/// Step one of FixKind::ReprintAndInject (REC-3): each ticket of `batch` that is still PRINTED or
/// CONTROLLED in S-360 and DELETION_PENDING/DELETED in TIXNGO is reprinted with the S-360 ticket
/// action (sync::ticketactions::reprint, reason ReprintReason: the old ticket becomes INVALIDATED,
/// a new NOT_PRINTED ticket gets a new id, number and barcode; recorded with who and when, and in
/// the audit log). Before it, read the same tickets from TIXNGO (a RefreshFromTixngo batch): the
/// check uses the local state, which may be older than the view the discrepancy came from. After
/// it, inject `injection` (fixRunOptions: a forced-only run of exactly the new tickets).
ReprintOutcome reprintForInjection(Store &store, const FixBatch &batch);

/// The transport of a refresh of chosen tickets. The feedback run's diff() is answered with those
/// tickets read one by one from TIXNGO (`GET organizer/tickets/{ticketId}`, contract §5) and with
/// the same page key, so the feed position is not moved (FB-2). A ticket TIXNGO does not know
/// (404) comes back with an empty status, which feedback stores as "absent" (owners cleared).
/// The other calls go to `inner`. Lives in the run's thread like the transport it wraps.
class TicketReadTransport final : public sync::TixngoTransport {
public:
    TicketReadTransport(std::unique_ptr<sync::TixngoTransport> inner, QStringList ticketIds);
    ~TicketReadTransport() override;

    sync::BatchAnswer inject(const QList<QByteArray> &payloads, const QStringList &ids) override;
    sync::BatchAnswer deleteTickets(const QList<sync::DeleteRequest> &tickets) override;
    sync::BatchAnswer control(const QList<sync::ControlRequest> &tickets) override;
    Result<sync::DiffPage> diff(const QString &paginationKey, int limit) override;
    Result<std::optional<sync::RemoteTicket>> readTicket(const QString &ticketId) override;
    QString secret() const override;

    /// Tickets read so far that TIXNGO does not know.
    const QStringList &absentIds() const { return m_absent; }

private:
    std::unique_ptr<sync::TixngoTransport> m_inner;
    QStringList m_ids;
    QStringList m_absent;
    bool m_served = false;
};

} // namespace tixsync::recon
