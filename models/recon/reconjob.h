#pragma once

#include "reconciler.h"

#include <QObject>
#include <memory>

namespace tixsync::recon {

/// Runs a reconciliation in a worker thread for the GUI: the worker opens its own connection to
/// the database (a QSqlDatabase belongs to the thread that opened it), `finished()` or `failed()`
/// arrives in this object's thread, exactly once per start() that was not superseded. A new
/// start() or cancel() stops the running one (it checks its flag every million tickets) and its
/// result is dropped; destroying the job does the same.
class ReconJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconJob)
public:
    /// `storeLocation`: what Store::open() takes (Store::location() of the GUI's store).
    explicit ReconJob(QString storeLocation, QObject *parent = nullptr);
    ~ReconJob() override;

    /// Starts reconciling; supersedes a running one. `pushLookup` is not supported here: the
    /// worker uses the store's sync markers (ReconOptions::useSyncMarkers).
    void start(ReconOptions options, std::vector<TixngoTicketState> tixngoTickets = {});
    void cancel();
    bool isRunning() const { return bool(m_current); }

signals:
    void finished(std::shared_ptr<const tixsync::recon::ReconResult> result);
    /// `code` is stable (RECON_LOAD, STORE_OPEN…), `message` translated and says what to do.
    void failed(const QString &code, const QString &message);

private:
    struct Run;
    void deliver(const std::shared_ptr<Run> &run);

    QString m_location;
    std::shared_ptr<Run> m_current;
};

} // namespace tixsync::recon
