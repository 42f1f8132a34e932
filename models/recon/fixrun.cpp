#include "fixrun.h"

#include "core/store.h"
#include "recontr.h"
#include "sync/syncengine.h"
#include "sync/ticketactions.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace tixsync::recon {

using sync::SyncFunction;

SyncFunction fixFunction(FixKind fix, Category category)
{
    switch (fix) {
    case FixKind::Reinject:
    case FixKind::ReprintAndInject: // the injection of the new tickets
        return SyncFunction::Inject;
    case FixKind::PushDeletion:
        return SyncFunction::PushCancelled;
    case FixKind::PushControl:
        return SyncFunction::PushControlled;
    case FixKind::RefreshFromTixngo:
        return SyncFunction::Feedback;
    case FixKind::SkipList:
        // The function that would otherwise act on the ticket.
        switch (recommendedFix(category)) {
        case FixKind::Reinject:
        case FixKind::ReprintAndInject:
            return SyncFunction::Inject;
        case FixKind::PushDeletion:
            return SyncFunction::PushCancelled;
        case FixKind::PushControl:
            return SyncFunction::PushControlled;
        default:
            return category == Category::DeletionStuck ? SyncFunction::PushCancelled : SyncFunction::Feedback;
        }
    }
    return SyncFunction::Feedback;
}

bool refreshReadsTickets(const FixBatch &batch)
{
    return batch.fix == FixKind::RefreshFromTixngo && !batch.ticketIds.isEmpty()
        && batch.ticketIds.size() <= DirectReadLimit;
}

Result<sync::RunOptions> fixRunOptions(Store &store, const FixBatch &batch, const QString &organizer)
{
    const SyncFunction function = fixFunction(batch.fix, Category::ShouldNotExist);
    sync::RunOptions o;
    const QString saved = store.setting(QStringLiteral("sync/ui/options/") + sync::toCode(function));
    if (!saved.isEmpty()) {
        if (auto stored = sync::RunOptions::fromJson(QJsonDocument::fromJson(saved.toUtf8()).object())) {
            o.shipmentModes = stored->shipmentModes;
            o.notifySpectator = stored->notifySpectator;
            o.mandatoryHolderFields = stored->mandatoryHolderFields;
            o.posCode = stored->posCode;
        }
    }
    o.function = function;
    o.organizer = organizer;
    auto parameters = sync::CustomParameters::parse(sync::runs::customParametersText(store, function));
    if (!parameters)
        return fail(QStringLiteral("RECON_FIX_PARAMETERS"),
            Reconciliation::tr("The custom parameters of %1 are invalid (%2): correct them on the Sync page, then "
                               "fix again.")
                .arg(sync::displayName(function), parameters.error().message));
    o.parameters = *parameters;
    if (batch.fix == FixKind::RefreshFromTixngo) {
        // Direct reads: one page of exactly these tickets. Whole feed: the function's batch size.
        if (refreshReadsTickets(batch))
            o.batchSize = int(batch.ticketIds.size());
        return o;
    }
    o.force = batch.forceList();
    o.forcedOnly = true;
    o.batchSize = int(qMax<qsizetype>(1, batch.ticketIds.size()));
    return o;
}

ReprintOutcome reprintForInjection(Store &store, const FixBatch &batch)
{
    ReprintOutcome out;
    out.injection.fix = FixKind::ReprintAndInject;
    for (const QString &id : batch.ticketIds) {
        // Reprint only what is still deleted in TIXNGO only: a ticket live again (refreshed since
        // the reconciliation) would get a second live copy.
        const auto t = store.ticket(id);
        if (!t) {
            out.failures << Reconciliation::tr("%1: S-360 does not have this ticket; reconcile again.").arg(id);
            continue;
        }
        const bool s360Valid = t->s360Status == S360Status::Printed || t->s360Status == S360Status::Controlled;
        if (!s360Valid || !isDeleted(t->tixngoStatus)) {
            out.failures << Reconciliation::tr("%1: not reprinted, it is no longer deleted in TIXNGO only (S-360 %2, "
                                               "TIXNGO %3); reconcile again.")
                                .arg(id, toCode(t->s360Status),
                                    t->tixngoStatus == TixngoStatus::None ? QStringLiteral("absent")
                                                                          : toCode(t->tixngoStatus));
            continue;
        }
        auto fresh = sync::ticketactions::reprint(store, id, QLatin1String(ReprintReason));
        if (!fresh) {
            out.failures << id + QStringLiteral(": ") + fresh.error().message;
            continue;
        }
        out.oldIds << id;
        out.injection.ticketIds << *fresh;
    }
    return out;
}

TicketReadTransport::TicketReadTransport(std::unique_ptr<sync::TixngoTransport> inner, QStringList ticketIds)
    : m_inner(std::move(inner))
    , m_ids(std::move(ticketIds))
{
}

TicketReadTransport::~TicketReadTransport() = default;

sync::BatchAnswer TicketReadTransport::inject(const QList<QByteArray> &payloads, const QStringList &ids)
{
    return m_inner->inject(payloads, ids);
}

sync::BatchAnswer TicketReadTransport::deleteTickets(const QList<sync::DeleteRequest> &tickets)
{
    return m_inner->deleteTickets(tickets);
}

sync::BatchAnswer TicketReadTransport::control(const QList<sync::ControlRequest> &tickets)
{
    return m_inner->control(tickets);
}

Result<sync::DiffPage> TicketReadTransport::diff(const QString &paginationKey, int)
{
    sync::DiffPage page;
    page.nextPageKey = paginationKey; // not moved: the feed position stays (FB-2)
    if (m_served)
        return page;
    m_served = true;
    page.tickets.reserve(m_ids.size());
    for (const QString &id : std::as_const(m_ids)) {
        auto read = m_inner->readTicket(id);
        if (!read)
            return fail(read.error());
        if (*read) {
            page.tickets << std::move(**read);
        } else {
            // Unknown to TIXNGO: an empty status is stored as "absent".
            sync::RemoteTicket absent;
            absent.ticketId = id;
            absent.updatedAt = QDateTime::currentDateTimeUtc();
            page.tickets << absent;
            m_absent << id;
        }
    }
    return page;
}

Result<std::optional<sync::RemoteTicket>> TicketReadTransport::readTicket(const QString &ticketId)
{
    return m_inner->readTicket(ticketId);
}

QString TicketReadTransport::secret() const
{
    return m_inner->secret();
}

} // namespace tixsync::recon
