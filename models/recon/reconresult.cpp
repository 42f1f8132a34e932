#include "reconresult.h"
#include "recontr.h"

#include <QDateTime>
#include <QHash>
#include <algorithm>

namespace tixsync::recon {

namespace {
QString when(qint64 secs)
{
    if (secs == NoTime)
        return Reconciliation::tr("an unknown time");
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

bool isUnknown(const Discrepancy &d)
{
    return d.category == Category::UnknownToS360;
}
} // namespace

QString ReconResult::ticketId(const Discrepancy &d) const
{
    return isUnknown(d) ? unknownTickets[d.row].ticketId : snapshot->ticketId(d.row);
}

QString ReconResult::eventId(const Discrepancy &d) const
{
    return isUnknown(d) ? unknownTickets[d.row].eventId : snapshot->eventId(d.row);
}

quint32 ReconResult::eventIndex(const Discrepancy &d) const
{
    return isUnknown(d) ? m_unknownEvent[d.row] : snapshot->eventIndex(d.row);
}

QString ReconResult::barcode(const Discrepancy &d) const
{
    return isUnknown(d) ? QString() : snapshot->barcode(d.row);
}

std::optional<S360Status> ReconResult::s360Status(const Discrepancy &d) const
{
    if (isUnknown(d))
        return std::nullopt;
    return snapshot->s360Status(d.row);
}

TixngoStatus ReconResult::tixngoStatus(const Discrepancy &d) const
{
    return isUnknown(d) ? unknownTickets[d.row].status : snapshot->tixngoStatus(d.row);
}

bool ReconResult::tixngoControlled(const Discrepancy &d) const
{
    return isUnknown(d) ? unknownTickets[d.row].controlled : snapshot->tixngoControlled(d.row);
}

QString ReconResult::tixngoStatusText(const Discrepancy &d) const
{
    const TixngoStatus t = tixngoStatus(d);
    if (t == TixngoStatus::None)
        return {};
    QString s = toCode(t);
    if (tixngoControlled(d) && t != TixngoStatus::Controlled)
        s += QStringLiteral(", controlled");
    return s;
}

QString ReconResult::explanation(const Discrepancy &d) const
{
    const QString id = ticketId(d);
    QStringList parts;
    // What S-360 says.
    if (auto s = s360Status(d))
        parts << Reconciliation::tr("S-360 says %1 (since %2).").arg(toCode(*s), when(snapshot->s360ChangedAt(d.row)));
    else
        parts << Reconciliation::tr("S-360 has no ticket with this id.");
    // What TIXNGO says.
    const TixngoStatus t = tixngoStatus(d);
    if (t == TixngoStatus::None)
        parts << Reconciliation::tr("TIXNGO does not have it, as far as the last feedback knows.");
    else
        parts << Reconciliation::tr("TIXNGO says %1 (last update %2).")
                     .arg(tixngoStatusText(d),
                         when(isUnknown(d) ? unknownTickets[d.row].updatedAt : snapshot->tixngoUpdatedAt(d.row)));
    // What is expected.
    switch (d.category) {
    case Category::ShouldNotExist:
        parts << Reconciliation::tr("Expected: the ticket must not exist in TIXNGO, since S-360 has not printed it.");
        break;
    case Category::MissingInTixngo:
        parts << Reconciliation::tr(
            "Expected: the ticket in TIXNGO (INJECTED or later), since S-360 printed it; the injection was "
            "lost.");
        break;
    case Category::DeletedInTixngoOnly:
        parts << Reconciliation::tr(
            "Expected: a live ticket in TIXNGO. It was deleted in the TIXNGO back-office or resold without "
            "S-360 knowing.");
        break;
    case Category::LiveAfterCancel:
        parts << Reconciliation::tr(
            "Expected: DELETION_PENDING, then DELETED, since S-360 cancelled or invalidated it; spectators "
            "can still use it.");
        break;
    case Category::DeletionStuck:
        parts << Reconciliation::tr(
            "Expected: DELETED. The deletion has waited for the phones for more than %1 (phones offline?).")
                     .arg(formatAge(qint64(deletionStuckMinutes) * 60));
        break;
    case Category::ControlNotPropagated:
        parts << Reconciliation::tr("Expected: CONTROLLED in TIXNGO, since the ticket was scanned in S-360 (at %1).")
                     .arg(when(snapshot->controlledAt(d.row)));
        break;
    case Category::ControlledOnlyInTixngo:
        parts << Reconciliation::tr("Expected: not controlled. The ticket was scanned outside S-360.");
        break;
    case Category::OwnerDrift:
        parts << Reconciliation::tr(
            "Expected: the TIXNGO owner is the S-360 cultural contact; they differ and no transfer is "
            "pending.");
        break;
    case Category::UnknownToS360:
        parts << Reconciliation::tr("Expected: no such ticket in TIXNGO, since S-360 does not know this ticket id.");
        break;
    }
    if (d.severity == Severity::Pending && d.escalatesAt != NoTime)
        parts << Reconciliation::tr(
            "Pending until %1: the push or the feedback may not have run yet; after that it is an error.")
                     .arg(when(d.escalatesAt));
    // What will fix it.
    switch (d.fix) {
    case FixKind::Reinject:
        parts << Reconciliation::tr("Fix: re-inject the ticket (injection with the force list id:%1).").arg(id);
        break;
    case FixKind::ReprintAndInject:
        parts << Reconciliation::tr(
            "Fix: reprint the ticket and inject the new one. TIXNGO keeps a deleted ticket id deleted, so "
            "re-injecting id:%1 changes nothing; the reprint invalidates %1 in S-360 (reason %2) and makes a new "
            "ticket with a new id and barcode for the spectator, which an injection sends to TIXNGO.")
                     .arg(id, QLatin1String(ReprintReason));
        break;
    case FixKind::PushDeletion:
        parts << Reconciliation::tr("Fix: push the deletion to TIXNGO (push cancelled with the force list id:%1).")
                     .arg(id);
        break;
    case FixKind::PushControl:
        parts << Reconciliation::tr("Fix: push the control to TIXNGO (push controlled with the force list id:%1).")
                     .arg(id);
        break;
    case FixKind::RefreshFromTixngo:
        parts << Reconciliation::tr(
            "Fix: refresh the ticket from TIXNGO, then reconcile again; if it still disagrees, put it on the "
            "skip list.");
        break;
    case FixKind::SkipList:
        if (isUnknown(d))
            parts << Reconciliation::tr(
                "Fix: import the ticket from S-360 if it exists there; otherwise, after checking, put "
                "id:%1 on the skip list or delete it in TIXNGO.")
                         .arg(id);
        else
            parts << Reconciliation::tr("Fix: after checking, put id:%1 on the skip list.").arg(id);
        break;
    }
    return parts.join(QLatin1Char(' '));
}

bool ReconResult::hasSeverityAtLeast(Severity s) const
{
    for (int i = int(s); i < SeverityCount; ++i)
        if (severityCounts[size_t(i)] > 0)
            return true;
    return false;
}

void ReconResult::computeTotals()
{
    counts = {};
    severityCounts = {};
    countsBySeverity = {};
    m_eventIds = snapshot ? snapshot->events() : QStringList();
    QHash<QString, quint32> index;
    for (int i = 0; i < m_eventIds.size(); ++i)
        index.insert(m_eventIds[i], quint32(i));
    m_unknownEvent.clear();
    m_unknownEvent.reserve(unknownTickets.size());
    for (const TixngoTicketState &u : unknownTickets) {
        auto it = index.constFind(u.eventId);
        if (it == index.cend()) {
            it = index.insert(u.eventId, quint32(m_eventIds.size()));
            m_eventIds << u.eventId;
        }
        m_unknownEvent.push_back(*it);
    }
    QList<EventTotals> totals(m_eventIds.size());
    for (int i = 0; i < m_eventIds.size(); ++i)
        totals[i].eventId = m_eventIds[i];
    if (snapshot) {
        std::vector<qint64> perEvent(size_t(m_eventIds.size()), 0);
        for (qsizetype r = 0; r < snapshot->size(); ++r)
            ++perEvent[snapshot->eventIndex(r)];
        for (int i = 0; i < m_eventIds.size(); ++i)
            totals[i].tickets = perEvent[size_t(i)];
    }
    for (const Discrepancy &d : discrepancies) {
        const auto c = size_t(d.category), s = size_t(d.severity);
        ++counts[c];
        ++severityCounts[s];
        ++countsBySeverity[c][s];
        EventTotals &e = totals[eventIndex(d)];
        ++e.byCategory[c];
        ++e.bySeverity[s];
    }
    std::stable_sort(totals.begin(), totals.end(), [](const EventTotals &a, const EventTotals &b) {
        for (int s = SeverityCount - 1; s >= 0; --s)
            if (a.bySeverity[size_t(s)] != b.bySeverity[size_t(s)])
                return a.bySeverity[size_t(s)] > b.bySeverity[size_t(s)];
        return a.eventId < b.eventId;
    });
    events = totals;
}

} // namespace tixsync::recon
