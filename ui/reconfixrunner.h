#pragma once

#include "recon/recontypes.h"
#include "sync/runcontroller.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <functional>

namespace tixsync {

class Store;

/// Carries out reconciliation fixes through the sync engine, one step after the other in a
/// worker thread (a RunController per step), with the run options of recon::fixRunOptions():
/// re-inject → an injection run, reprint and inject → a read of the tickets from TIXNGO, the S-360
/// reprint of those still deleted there (recon::reprintForInjection), then an injection run of the
/// new tickets, push deletion → a push-cancelled run, push
/// control → a push-controlled run, each forced and acting only on the chosen tickets (forcedOnly); refresh from TIXNGO
/// → a feedback run that reads each chosen ticket (`GET organizer/tickets/{id}`, recon::TicketReadTransport), or the
/// whole feed above recon::DirectReadLimit tickets; skip list → the function's stored skip list. Each step leaves an
/// audit line (action "fix").
class ReconFixRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconFixRunner)
public:
    struct Step {
        recon::FixKind fix = recon::FixKind::SkipList;
        sync::SyncFunction function = sync::SyncFunction::Inject;
        QStringList ticketIds;
    };
    struct Outcome {
        recon::FixKind fix = recon::FixKind::SkipList;
        sync::SyncFunction function = sync::SyncFunction::Inject;
        int tickets = 0;
        bool ok = true;
        QString message; // translated
    };

    explicit ReconFixRunner(Store *store, QObject *parent = nullptr);

    void setTransportFactory(sync::RunController::TransportFactory factory) { m_factory = std::move(factory); }
    /// False when steps are still running.
    bool start(QList<Step> steps);
    bool isRunning() const { return m_running; }

    /// The function a fix runs as (the skip list of the function that would otherwise act).
    static sync::SyncFunction functionFor(recon::FixKind fix, recon::Category category);
    /// "TIXNGO" or "the local database" for a confirmation.
    static QString systemChanged(recon::FixKind fix);

signals:
    void progress(const QString &text, int done, int total);
    void finished(const QList<tixsync::ReconFixRunner::Outcome> &outcomes);

private:
    void next();
    /// Starts the sync-engine run of `run` (recon::fixRunOptions); `done` gets its result and
    /// whether it read the tickets one by one. False (and `error`) when it could not start.
    bool startRun(const Step &run, QString &error, std::function<void(const sync::RunResult &, bool)> done);
    /// Reprint and inject, after the tickets were read from TIXNGO: reprint (not the `unread`
    /// ones, reported with `notRead`), then inject.
    void reprintAndInject(const Step &step, const QSet<QString> &unread, const QStringList &notRead);
    /// Records `outcome` and goes on with the next step (queued when not called from a run's end).
    void finishStep(const Step &step, const Outcome &outcome, const QJsonObject &extra, bool queued = false);
    Outcome outcomeOf(const Step &step, const sync::RunResult &result, bool readTickets) const;
    void record(const Step &step, const Outcome &outcome, const QJsonObject &extra = {});

    Store *m_store;
    sync::RunController::TransportFactory m_factory;
    QList<Step> m_steps;
    QList<Outcome> m_outcomes;
    bool m_running = false;
};

} // namespace tixsync
