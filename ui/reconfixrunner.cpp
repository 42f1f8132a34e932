#include "reconfixrunner.h"

#include "audit/auditlog.h"
#include "core/store.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace tixsync {

using namespace recon;
using sync::RunController;
using sync::RunOptions;
using sync::RunOutcome;
using sync::RunResult;
using sync::SyncFunction;

ReconFixRunner::ReconFixRunner(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

SyncFunction ReconFixRunner::functionFor(FixKind fix, Category category)
{
    switch (fix) {
    case FixKind::Reinject:
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

QString ReconFixRunner::systemChanged(FixKind fix)
{
    return fix == FixKind::SkipList || fix == FixKind::RefreshFromTixngo ? tr("the local TixSync database")
                                                                         : tr("TIXNGO");
}

bool ReconFixRunner::start(QList<Step> steps)
{
    if (m_running)
        return false;
    m_steps = std::move(steps);
    m_outcomes.clear();
    m_running = true;
    next();
    return true;
}

void ReconFixRunner::next()
{
    if (m_steps.isEmpty()) {
        m_running = false;
        emit finished(m_outcomes);
        return;
    }
    const Step step = m_steps.takeFirst();
    const int total = int(m_outcomes.size() + m_steps.size() + 1);
    emit progress(
        tr("%1: %2 tickets").arg(fixName(step.fix)).arg(step.ticketIds.size()), int(m_outcomes.size()), total);

    if (step.fix == FixKind::SkipList) {
        sync::TicketList list;
        list.ticketIds = step.ticketIds;
        const Status ok = sync::runs::addToSkipList(*m_store, step.function, list);
        Outcome o{step.fix, step.function, int(step.ticketIds.size()), bool(ok),
            ok ? tr("%n ticket(s) added to the skip list of %1.", nullptr, int(step.ticketIds.size()))
                     .arg(sync::displayName(step.function))
               : ok.error().message};
        record(step, o);
        m_outcomes << o;
        QMetaObject::invokeMethod(this, &ReconFixRunner::next, Qt::QueuedConnection);
        return;
    }

    RunOptions options;
    options.function = step.function;
    options.organizer = sync::organizerFor(m_store->setting(QStringLiteral("tixngo/url")));
    if (step.function != SyncFunction::Feedback)
        options.force = [&] {
            QStringList entries;
            for (const QString &id : step.ticketIds)
                entries << QStringLiteral("id:") + id;
            return entries.join(QStringLiteral(", "));
        }();
    // A controller per step: the previous one's thread may still be winding down.
    auto *controller = new RunController(m_store->location(), this);
    if (m_factory)
        controller->setTransportFactory(m_factory);
    connect(controller, &RunController::progress, this, [this, step](const sync::RunProgress &p) {
        emit progress(p.phase.isEmpty() ? fixName(step.fix) : p.phase, p.done, p.total);
    });
    connect(controller, &RunController::finished, this, [this, step, controller](const RunResult &r) {
        Outcome o{step.fix, step.function, int(step.ticketIds.size()), r.outcome != RunOutcome::Error, {}};
        if (r.error)
            o.message = r.error->message;
        else
            o.message = tr("%1: %2 sent, %3 failed, %4 skipped.")
                            .arg(sync::displayName(step.function))
                            .arg(r.succeeded)
                            .arg(r.failed)
                            .arg(r.skipped);
        // The run also carries the function's regular selection: only failures of the tickets
        // being fixed make the fix fail; the others are named as such.
        int others = 0;
        for (const auto &f : r.failures) {
            if (step.ticketIds.contains(f.ticketId)) {
                o.ok = false;
                o.message += QLatin1Char('\n') + f.ticketId + QStringLiteral(": ") + f.message;
            } else if (!f.ticketId.isEmpty()) {
                ++others;
            }
        }
        // Tickets the function did not take (its selection rules exclude them, e.g. push
        // cancelled takes only CANCELLED / INVALIDATED tickets): not fixed, say so.
        if (!r.error && r.runId > 0 && !r.dryRun) {
            if (auto ledger = sync::runs::ledger(*m_store, r.runId)) {
                QSet<QString> seen;
                for (const auto &row : *ledger)
                    seen.insert(row.ticketId);
                QStringList untouched;
                for (const QString &id : step.ticketIds)
                    if (!seen.contains(id))
                        untouched << id;
                if (!untouched.isEmpty()) {
                    o.ok = false;
                    QString why;
                    switch (step.function) {
                    case SyncFunction::PushCancelled:
                        why = tr("Push cancelled takes only tickets CANCELLED or INVALIDATED in S-360 and injected: "
                                 "cancel or invalidate them on the Tickets page first, or choose another fix.");
                        break;
                    case SyncFunction::PushControlled:
                        why = tr("Push controlled takes only tickets CONTROLLED in S-360 and injected: choose another "
                                 "fix.");
                        break;
                    default:
                        why = tr("Its selection rules exclude their S-360 status: choose another fix.");
                        break;
                    }
                    o.message += QLatin1Char('\n')
                        + tr("Not fixed, %1 did not take %n ticket(s): %2.", nullptr, int(untouched.size()))
                              .arg(sync::displayName(step.function), untouched.mid(0, 10).join(QStringLiteral(", ")))
                        + QLatin1Char(' ') + why;
                }
            }
        }
        if (others > 0)
            o.message += QLatin1Char('\n')
                + tr("%n other ticket(s) due for this function failed; see the Sync page.", nullptr, others);
        record(step, o);
        m_outcomes << o;
        controller->deleteLater();
        next();
    });
    if (!controller->start(options)) {
        Outcome o{step.fix, step.function, int(step.ticketIds.size()), false, tr("The fix could not start.")};
        m_outcomes << o;
        controller->deleteLater();
        QMetaObject::invokeMethod(this, &ReconFixRunner::next, Qt::QueuedConnection);
    }
}

void ReconFixRunner::record(const Step &step, const Outcome &outcome)
{
    QJsonArray ids;
    for (const QString &id : step.ticketIds.mid(0, 1000))
        ids.append(id);
    const QJsonObject parameters{{QStringLiteral("fix"), fixCode(step.fix)},
        {QStringLiteral("function"), sync::toCode(step.function)},
        {QStringLiteral("tickets"), int(step.ticketIds.size())}, {QStringLiteral("ticketIds"), ids}};
    if (m_store->schemaVersion() >= 4)
        (void)audit::AuditLog::record(*m_store, audit::AuditLog::actionFix(), parameters,
            outcome.ok ? audit::AuditLog::outcomeOk() : audit::AuditLog::outcomeError(), outcome.message);
}

} // namespace tixsync
