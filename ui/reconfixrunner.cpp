#include "reconfixrunner.h"

#include "audit/auditlog.h"
#include "core/store.h"
#include "recon/fixrun.h"
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
    return fixFunction(fix, category);
}

QString ReconFixRunner::systemChanged(FixKind fix)
{
    if (fix == FixKind::ReprintAndInject)
        return tr("both systems: S-360 (the ticket is reprinted) and TIXNGO (the new ticket is injected)");
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

    if (step.fix == FixKind::ReprintAndInject) {
        // Reprint and inject: read the tickets from TIXNGO first (the local state may be older
        // than the view the user saw), reprint those still deleted there, inject the new ones.
        Step read{FixKind::RefreshFromTixngo, SyncFunction::Feedback, step.ticketIds};
        QString error;
        const bool started = startRun(read, error, [this, step](const RunResult &r, bool readTickets) {
            const Outcome refreshed
                = outcomeOf(Step{FixKind::RefreshFromTixngo, SyncFunction::Feedback, step.ticketIds}, r, readTickets);
            if (r.error || r.outcome == RunOutcome::Error) {
                finishStep(step,
                    {step.fix, step.function, int(step.ticketIds.size()), false,
                        tr("Nothing was reprinted: the tickets could not be read from TIXNGO first (%1).")
                            .arg(refreshed.message)},
                    {});
                return;
            }
            // A ticket whose read failed is not reprinted: its stored state may be old.
            QStringList notRead;
            QSet<QString> unread;
            for (const auto &f : r.failures) {
                if (step.ticketIds.contains(f.ticketId) && !unread.contains(f.ticketId)) {
                    unread.insert(f.ticketId);
                    notRead
                        << tr("%1: not reprinted, it could not be read from TIXNGO (%2).").arg(f.ticketId, f.message);
                }
            }
            reprintAndInject(step, unread, notRead);
        });
        if (!started)
            finishStep(step,
                {step.fix, step.function, int(step.ticketIds.size()), false,
                    tr("Nothing was reprinted: %1").arg(error)},
                {}, true);
        return;
    }

    QString error;
    const bool started = startRun(step, error, [this, step](const RunResult &r, bool readTickets) {
        QJsonObject parameters;
        if (r.runId > 0)
            parameters.insert(QStringLiteral("runId"), qint64(r.runId));
        finishStep(step, outcomeOf(step, r, readTickets), parameters);
    });
    if (!started)
        finishStep(step, {step.fix, step.function, int(step.ticketIds.size()), false, error}, {}, true);
}

void ReconFixRunner::finishStep(const Step &step, const Outcome &outcome, const QJsonObject &extra, bool queued)
{
    record(step, outcome, extra);
    m_outcomes << outcome;
    if (queued)
        QMetaObject::invokeMethod(this, &ReconFixRunner::next, Qt::QueuedConnection);
    else
        next();
}

bool ReconFixRunner::startRun(const Step &run, QString &error, std::function<void(const RunResult &, bool)> done)
{
    FixBatch batch;
    batch.fix = run.fix;
    batch.ticketIds = run.ticketIds;
    const auto options
        = fixRunOptions(*m_store, batch, sync::organizerFor(m_store->setting(QStringLiteral("tixngo/url"))));
    if (!options) {
        error = options.error().message;
        return false;
    }
    const bool readTickets = refreshReadsTickets(batch);
    // A controller per run: the previous one's thread may still be winding down.
    auto *controller = new RunController(m_store->location(), this);
    if (readTickets) {
        // Refresh of chosen tickets: a feedback run fed by reading each ticket from TIXNGO.
        controller->setTransportFactory(
            [factory = m_factory, ids = run.ticketIds](Store &store) -> Result<std::unique_ptr<sync::TixngoTransport>> {
                auto inner = factory ? factory(store) : sync::defaultTransport(store, {});
                if (!inner)
                    return fail(inner.error());
                return std::unique_ptr<sync::TixngoTransport>(
                    std::make_unique<TicketReadTransport>(std::move(*inner), ids));
            });
    } else if (m_factory) {
        controller->setTransportFactory(m_factory);
    }
    connect(controller, &RunController::progress, this, [this, fix = run.fix](const sync::RunProgress &p) {
        emit progress(p.phase.isEmpty() ? fixName(fix) : p.phase, p.done, p.total);
    });
    connect(controller, &RunController::finished, this,
        [controller, readTickets, done = std::move(done)](const RunResult &r) {
            controller->deleteLater();
            done(r, readTickets);
        });
    if (!controller->start(*options)) {
        controller->deleteLater();
        error = tr("The fix could not start.");
        return false;
    }
    return true;
}

void ReconFixRunner::reprintAndInject(const Step &step, const QSet<QString> &unread, const QStringList &notRead)
{
    // The S-360 reprint (old ticket INVALIDATED, a new ticket), then an injection run of the new
    // tickets only.
    FixBatch old;
    old.fix = step.fix;
    for (const QString &id : step.ticketIds)
        if (!unread.contains(id))
            old.ticketIds << id;
    ReprintOutcome r = reprintForInjection(*m_store, old);
    r.failures = notRead + r.failures;
    QJsonObject pairs;
    QStringList shown;
    for (qsizetype i = 0; i < r.oldIds.size(); ++i) {
        pairs.insert(r.oldIds.at(i), r.injection.ticketIds.at(i));
        if (shown.size() < 10)
            shown << r.oldIds.at(i) + QStringLiteral(" → ") + r.injection.ticketIds.at(i);
    }
    QJsonObject extra{{QStringLiteral("reprints"), pairs}, {QStringLiteral("reason"), QLatin1String(ReprintReason)}};
    if (r.oldIds.isEmpty()) {
        finishStep(step,
            {step.fix, step.function, int(step.ticketIds.size()), false,
                tr("No ticket was reprinted:") + QLatin1Char('\n') + r.failures.join(QLatin1Char('\n'))},
            extra, true);
        return;
    }
    const QString reprinted = tr(
        "Reprinted %n ticket(s) in S-360 (old ticket invalidated → new ticket): %1.", nullptr, int(r.oldIds.size()))
                                  .arg(shown.join(QStringLiteral(", ")));
    const QStringList failures = r.failures;
    const Step inject{step.fix, step.function, r.injection.ticketIds};
    // Adds the reprint's part to the outcome of the run that injected the new tickets.
    const auto complete = [step, inject, reprinted, failures](Outcome o) {
        o.fix = step.fix;
        o.tickets = int(step.ticketIds.size());
        QStringList lines{reprinted, o.message};
        if (!failures.isEmpty()) {
            o.ok = false;
            lines << tr("Not reprinted:") << failures;
        }
        if (!o.ok) {
            // The old tickets are invalidated already: say how the new ones reach the wallets.
            QStringList forced;
            for (const QString &id : inject.ticketIds.mid(0, 10))
                forced << QStringLiteral("id:") + id;
            lines << tr("A reprinted ticket that did not reach TIXNGO stays NOT_PRINTED in S-360 and is in no wallet "
                        "yet: send it with an injection run on the Sync page (force list %1).")
                         .arg(forced.join(QStringLiteral(", ")));
        }
        o.message = lines.join(QLatin1Char('\n'));
        return o;
    };
    QString error;
    const bool started = startRun(inject, error, [this, step, inject, complete, extra](const RunResult &r, bool) {
        QJsonObject parameters = extra;
        if (r.runId > 0)
            parameters.insert(QStringLiteral("runId"), qint64(r.runId));
        finishStep(step, complete(outcomeOf(inject, r, false)), parameters);
    });
    if (!started) // the reprint happened: it stays in the audit log with the reason
        finishStep(step, complete({step.fix, step.function, int(inject.ticketIds.size()), false, error}), extra, true);
}

ReconFixRunner::Outcome ReconFixRunner::outcomeOf(const Step &step, const RunResult &r, bool readTickets) const
{
    Outcome o{step.fix, step.function, int(step.ticketIds.size()), r.outcome != RunOutcome::Error, {}};
    if (r.error) {
        o.message = r.error->message;
        return o;
    }
    QList<sync::runs::LedgerRow> rows;
    if (r.runId > 0 && !r.dryRun) {
        if (auto ledger = sync::runs::ledger(*m_store, r.runId))
            rows = *ledger;
    }
    if (step.fix == FixKind::RefreshFromTixngo) {
        if (!readTickets) {
            o.message = tr("Feedback: %1 ticket(s) read from the TIXNGO feed, %2 failed, %3 skipped.")
                            .arg(r.succeeded)
                            .arg(r.failed)
                            .arg(r.skipped);
        } else {
            int absent = 0;
            for (const auto &row : rows)
                absent += row.result == QLatin1String("OK") && row.tixngoAfter.isEmpty();
            o.message = tr("Refresh from TIXNGO: %n ticket(s) read", nullptr, r.succeeded + r.skipped);
            if (absent > 0)
                o.message += QStringLiteral(", ") + tr("%n unknown to TIXNGO (stored as absent)", nullptr, absent);
            if (r.skipped > 0)
                o.message += QStringLiteral(", ") + tr("%n on the feedback skip list (not stored)", nullptr, r.skipped);
            o.message += QLatin1Char('.');
        }
    } else {
        o.message = tr("%1: %2 sent, %3 failed, %4 skipped.")
                        .arg(sync::displayName(step.function))
                        .arg(r.succeeded)
                        .arg(r.failed)
                        .arg(r.skipped);
    }
    for (const auto &f : r.failures) {
        if (step.ticketIds.contains(f.ticketId)) {
            o.ok = false;
            o.message += QLatin1Char('\n') + f.ticketId + QStringLiteral(": ") + f.message;
        }
    }
    if (step.fix == FixKind::RefreshFromTixngo || r.runId <= 0 || r.dryRun)
        return o;
    // Tickets the function did not take (its selection rules exclude them): not fixed, say so.
    QSet<QString> seen;
    QStringList stillDeleted;
    for (const auto &row : rows) {
        seen.insert(row.ticketId);
        // A re-injection updates a ticket TIXNGO has, its status unchanged (contract §1): a deleted
        // ticket stays deleted.
        if (step.fix == FixKind::Reinject && row.result == QLatin1String("OK")
            && (row.tixngoAfter == QLatin1String("DELETED") || row.tixngoAfter == QLatin1String("DELETION_PENDING")))
            stillDeleted << row.ticketId;
    }
    QStringList untouched;
    QStringList notInS360; // UNKNOWN_TO_S360: the engine only sends tickets it has
    for (const QString &id : step.ticketIds) {
        if (seen.contains(id))
            continue;
        if (m_store->ticket(id))
            untouched << id;
        else
            notInS360 << id;
    }
    if (!notInS360.isEmpty()) {
        o.ok = false;
        o.message += QLatin1Char('\n')
            + tr("Not fixed, S-360 does not have %n ticket(s): %1. The interface functions only send tickets "
                 "S-360 has: import them from S-360, or delete them in the TIXNGO back-office, or put them on "
                 "the skip list.",
                nullptr, int(notInS360.size()))
                  .arg(notInS360.mid(0, 10).join(QStringLiteral(", ")));
    }
    if (!untouched.isEmpty()) {
        o.ok = false;
        QString why;
        switch (step.function) {
        case SyncFunction::PushCancelled:
            why = tr("Push cancelled deletes only tickets CANCELLED or INVALIDATED in S-360 and injected, or "
                     "NOT_PRINTED tickets that TIXNGO has: refresh them from TIXNGO first, or choose another fix.");
            break;
        case SyncFunction::PushControlled:
            why = tr("Push controlled takes only tickets CONTROLLED in S-360 and injected: choose another fix.");
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
    if (!stillDeleted.isEmpty()) {
        o.ok = false;
        o.message += QLatin1Char('\n')
            + tr("Not fixed, TIXNGO keeps %n deleted ticket(s) deleted: %1. A re-injection only updates a ticket "
                 "TIXNGO has; reconcile again and use “Reprint and inject” (a new ticket id) or put it on the skip "
                 "list.",
                nullptr, int(stillDeleted.size()))
                  .arg(stillDeleted.mid(0, 10).join(QStringLiteral(", ")));
    }
    return o;
}

void ReconFixRunner::record(const Step &step, const Outcome &outcome, const QJsonObject &extra)
{
    QJsonArray ids;
    for (const QString &id : step.ticketIds.mid(0, 1000))
        ids.append(id);
    QJsonObject parameters{{QStringLiteral("fix"), fixCode(step.fix)},
        {QStringLiteral("function"), sync::toCode(step.function)},
        {QStringLiteral("tickets"), int(step.ticketIds.size())}, {QStringLiteral("ticketIds"), ids}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        parameters.insert(it.key(), it.value());
    if (m_store->schemaVersion() >= 4)
        (void)audit::AuditLog::record(*m_store, audit::AuditLog::actionFix(), parameters,
            outcome.ok ? audit::AuditLog::outcomeOk() : audit::AuditLog::outcomeError(), outcome.message);
}

} // namespace tixsync
