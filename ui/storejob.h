#pragma once

#include "core/error.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace tixsync {

class Store;

/// Runs one long store operation (an import, demo data) in a worker thread with its own
/// connection to the database, reporting progress by signal and cancellable. finished() is
/// emitted exactly once, in the thread that created the job, with a summary or an error.
class StoreJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreJob)
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    /// Runs in the worker; returns a translated one-line summary or an error.
    using Work = std::function<Result<QString>(Store &store, const Progress &progress)>;

    StoreJob(QString location, Work work, QObject *parent = nullptr);
    ~StoreJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    /// True once cancel() was called (a cancelled job finishes with ok = false).
    bool wasCancelled() const { return m_cancel->load(); }

signals:
    /// Throttled to about 20 per second. `total` may be 0 when unknown.
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString &summary, const QString &errorText);

private:
    QString m_location;
    Work m_work;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    bool m_running = false;
};

} // namespace tixsync
