#include "ticketactions.h"

#ifdef TIXSYNC_SYNC_HAVE_AUDIT
#include "audit/auditlog.h"
#endif
#include "core/logging.h"

#include <QJsonArray>
#include <QJsonObject>

#include "core/datetime.h"
#include "core/store.h"

#include <QCoreApplication>

namespace tixsync::sync::ticketactions {

namespace {

Status recordChange(Store &store, const QString &id, S360Status status, const QString &reason, const QDateTime &at)
{
    auto r = store.exec(
        QStringLiteral("INSERT INTO s360_status_changes (ticket_id, status, reason, at, actor) VALUES (?, ?, ?, ?, ?)"),
        {id, toCode(status), reason, toRfc3339(at), currentActor()});
    if (!r)
        return fail(r.error());
    return {};
}

// Every ticket action, done or refused, leaves a line in the audit log.
void recordAudit(const Store &store, const QString &action, const QStringList &ids, const QString &reason,
    const Error *error, const QString &newTicketId = {})
{
#ifdef TIXSYNC_SYNC_HAVE_AUDIT
    QJsonObject parameters{
        {QStringLiteral("action"), action}, {QStringLiteral("tickets"), QJsonArray::fromStringList(ids)}};
    if (!reason.isEmpty())
        parameters.insert(QStringLiteral("reason"), reason);
    if (!newTicketId.isEmpty())
        parameters.insert(QStringLiteral("newTicketId"), newTicketId);
    if (auto r = audit::AuditLog::record(store, audit::AuditLog::actionTicketAction(), parameters,
            error ? audit::AuditLog::outcomeError() : audit::AuditLog::outcomeOk(), error ? error->message : QString());
        !r)
        qCWarning(lcSync) << "cannot write the audit log:" << r.error().message;
#else
    Q_UNUSED(store)
    Q_UNUSED(action)
    Q_UNUSED(ids)
    Q_UNUSED(reason)
    Q_UNUSED(error)
    Q_UNUSED(newTicketId)
#endif
}

Status audited(const Store &store, const QString &action, const QStringList &ids, const QString &reason, Status result)
{
    recordAudit(store, action, ids, reason, result ? nullptr : &result.error());
    return result;
}

Status changeStatus(Store &store, const QStringList &ids, S360Status status, const QString &reason,
    const std::function<Status(const Ticket &)> &check = {})
{
    if (ids.isEmpty())
        return fail(QStringLiteral("TICKET_ACTION_NO_TICKET"),
            QCoreApplication::translate("TicketActions", "Name at least one ticket id."));
    return store.transaction([&]() -> Status {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QString &id : ids) {
            auto t = store.ticket(id);
            if (!t)
                return fail(QStringLiteral("TICKET_NOT_FOUND"),
                    QCoreApplication::translate(
                        "TicketActions", "There is no ticket with id \"%1\". Check the id (not the ticket number).")
                        .arg(id));
            if (check) {
                if (auto ok = check(*t); !ok)
                    return ok;
            }
            auto r = store.exec(
                QStringLiteral("UPDATE tickets SET s360_status = ?, s360_reason = ?, s360_status_changed_at = ?, "
                               "controlled_at = CASE WHEN ? = 'CONTROLLED' THEN ? ELSE controlled_at END "
                               "WHERE ticket_id = ?"),
                {toCode(status), reason, toRfc3339(now), toCode(status), toRfc3339(now), id});
            if (!r)
                return fail(r.error());
            if (auto ok = recordChange(store, id, status, reason, now); !ok)
                return ok;
        }
        return {};
    });
}
} // namespace

QString currentActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

Status cancel(Store &store, const QStringList &ticketIds, const QString &reason)
{
    const QString why = reason.isEmpty() ? QStringLiteral("CANCELLED") : reason;
    return audited(store, QStringLiteral("cancel"), ticketIds, why,
        changeStatus(store, ticketIds, S360Status::Cancelled, why, [](const Ticket &t) -> Status {
            if (t.s360Status == S360Status::Cancelled)
                return fail(QStringLiteral("TICKET_ACTION_NOT_ALLOWED"),
                    QCoreApplication::translate("TicketActions", "Ticket %1 is already cancelled.").arg(t.ticketId));
            return {};
        }));
}

Status invalidate(Store &store, const QStringList &ticketIds, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return fail(QStringLiteral("TICKET_ACTION_NO_REASON"),
            QCoreApplication::translate("TicketActions",
                "An invalidation needs a reason (for example RESALE or LOST); give it with --reason."));
    return audited(store, QStringLiteral("invalidate"), ticketIds, reason.trimmed(),
        changeStatus(store, ticketIds, S360Status::Invalidated, reason.trimmed(), [](const Ticket &t) -> Status {
            if (t.s360Status == S360Status::Cancelled)
                return fail(QStringLiteral("TICKET_ACTION_NOT_ALLOWED"),
                    QCoreApplication::translate(
                        "TicketActions", "Ticket %1 is cancelled; a cancelled ticket cannot be invalidated.")
                        .arg(t.ticketId));
            return {};
        }));
}

Status markControlled(Store &store, const QStringList &ticketIds)
{
    return audited(store, QStringLiteral("control"), ticketIds, QString(),
        changeStatus(store, ticketIds, S360Status::Controlled, QString(), [](const Ticket &t) -> Status {
            if (t.s360Status != S360Status::Printed && t.s360Status != S360Status::Controlled)
                return fail(QStringLiteral("TICKET_ACTION_NOT_ALLOWED"),
                    QCoreApplication::translate(
                        "TicketActions", "Ticket %1 is %2; only a printed ticket can be controlled.")
                        .arg(t.ticketId, toCode(t.s360Status)));
            return {};
        }));
}

Result<QString> reprint(Store &store, const QString &ticketId, const QString &reasonIn)
{
    const QString reason = reasonIn.trimmed().isEmpty() ? QStringLiteral("REPRINT") : reasonIn.trimmed();
    QString newId;
    auto ok = store.transaction([&]() -> Status {
        auto old = store.ticket(ticketId);
        if (!old)
            return fail(QStringLiteral("TICKET_NOT_FOUND"),
                QCoreApplication::translate(
                    "TicketActions", "There is no ticket with id \"%1\". Check the id (not the ticket number).")
                    .arg(ticketId));
        if (old->s360Status == S360Status::Cancelled || old->s360Status == S360Status::Invalidated)
            return fail(QStringLiteral("TICKET_ACTION_NOT_ALLOWED"),
                QCoreApplication::translate("TicketActions", "Ticket %1 is %2; only a valid ticket can be reprinted.")
                    .arg(ticketId, toCode(old->s360Status)));
        // New id: <base>-R<n>, the first n not yet used.
        QString base = ticketId;
        const int r = base.lastIndexOf(QStringLiteral("-R"));
        if (r > 0) {
            bool digits = false;
            base.mid(r + 2).toInt(&digits);
            if (digits)
                base = base.left(r);
        }
        QString numberBase = old->ticketNumber;
        const int rn = numberBase.lastIndexOf(QStringLiteral("-R"));
        if (rn > 0)
            numberBase = numberBase.left(rn);
        int n = 1;
        while (store.ticket(base + QStringLiteral("-R%1").arg(n)))
            ++n;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Ticket fresh = *old;
        fresh.ticketId = base + QStringLiteral("-R%1").arg(n);
        fresh.ticketNumber = numberBase + QStringLiteral("-R%1").arg(n);
        fresh.barcode = old->barcode.isEmpty() ? QString() : old->barcode + QStringLiteral("R%1").arg(n);
        fresh.s360Status = S360Status::NotPrinted;
        fresh.s360Reason.clear();
        fresh.s360StatusChangedAt = now;
        fresh.controlledAt = QDateTime();
        fresh.issuedAt = now;
        // The TIXNGO side starts empty, but the last known owner stays for the re-injection (INJ-13).
        fresh.tixngoStatus = TixngoStatus::None;
        fresh.tixngoDeletionReason.clear();
        fresh.tixngoControlled = false;
        fresh.tixngoUpdatedAt = QDateTime();
        fresh.lastSyncAt = QDateTime();
        fresh.injectedAt = QDateTime();
        fresh.tixngoInitialOwner = Person();
        fresh.tixngoPreviousOwner = Person();
        if (auto up = store.upsertTicket(fresh); !up)
            return up;
        auto u = store.exec(QStringLiteral("UPDATE tickets SET s360_status = 'INVALIDATED', s360_reason = ?, "
                                           "s360_status_changed_at = ? WHERE ticket_id = ?"),
            {reason, toRfc3339(now), ticketId});
        if (!u)
            return fail(u.error());
        if (auto c = recordChange(store, ticketId, S360Status::Invalidated, reason, now); !c)
            return c;
        if (auto c = recordChange(
                store, fresh.ticketId, S360Status::NotPrinted, QStringLiteral("REPRINT_OF ") + ticketId, now);
            !c)
            return c;
        newId = fresh.ticketId;
        return {};
    });
    recordAudit(store, QStringLiteral("reprint"), {ticketId}, reason, ok ? nullptr : &ok.error(), newId);
    if (!ok)
        return fail(ok.error());
    return newId;
}

QString reprintOrigin(Store &store, const QString &ticketId)
{
    static const QString prefix = QStringLiteral("REPRINT_OF ");
    auto q = store.exec(QStringLiteral("SELECT reason FROM s360_status_changes WHERE ticket_id = ? AND reason LIKE ? "
                                       "ORDER BY id DESC LIMIT 1"),
        {ticketId, QString(prefix + QLatin1Char('%'))});
    if (!q || !q->next())
        return {};
    return q->value(0).toString().mid(prefix.size()).trimmed();
}

} // namespace tixsync::sync::ticketactions
