#pragma once

#include "sync/runtypes.h"
#include "sync/tixngotransport.h"

#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace tixsync {
class Store;
}

namespace tixsync::sync {

/// Runs one interface function in a worker thread for the GUI (the CLI calls the same
/// runFunction() directly). The worker opens its own database connection and its own TIXNGO
/// client; progress() and finished() arrive queued in the controller's thread. One run at a time
/// per controller; cancel() stops after the call in flight, keeping what was synced.
class RunController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunController)
public:
    /// Creates the transport inside the worker thread (it must live there).
    using TransportFactory = std::function<Result<std::unique_ptr<TixngoTransport>>(Store &store)>;

    explicit RunController(QString databaseLocation, QObject *parent = nullptr);
    ~RunController() override;

    /// Default: defaultTransport(store, {}) — the stored URL, the key from TIXNGO_API_KEY.
    void setTransportFactory(TransportFactory factory) { m_factory = std::move(factory); }
    /// False when a run is already going.
    bool start(const RunOptions &options);
    bool isRunning() const { return m_thread != nullptr; }

public slots:
    void cancel();

signals:
    void progress(const tixsync::sync::RunProgress &progress);
    void finished(const tixsync::sync::RunResult &result);

private:
    QString m_location;
    TransportFactory m_factory;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

/// The TIXNGO interface URL: `urlOverride`, else the setting `tixngo/url`; a client reading the
/// key from TIXNGO_API_KEY. Fails with a message saying what to configure.
Result<std::unique_ptr<TixngoTransport>> defaultTransport(Store &store, const QString &urlOverride);
/// The organizer scope of leases and watermarks for a TIXNGO URL (the URL itself, or "default").
QString organizerFor(const QString &tixngoUrl);
/// The Sync page's impact guard: how many tickets a run with these options would change now
/// (RunOptions::impactOnly). Records nothing, needs no TIXNGO connection, reads only a few columns:
/// fast enough to call on the GUI thread.
Result<int> impactOf(Store &store, RunOptions options);
/// The whole run as the CLI and the worker do it: payload factory (for injections), engine, run.
/// `cancelFlag` (optional, any thread may set it) stops the run after the call in flight.
RunResult runFunction(Store &store, TixngoTransport *transport, RunOptions options,
    const std::function<void(const RunProgress &)> &progress = {}, const std::atomic<bool> *cancelFlag = nullptr);

} // namespace tixsync::sync
