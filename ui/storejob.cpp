#include "storejob.h"

#include "core/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace tixsync {

StoreJob::StoreJob(QString location, Work work, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_work(std::move(work))
{
}

StoreJob::~StoreJob()
{
    m_cancel->store(true);
}

void StoreJob::cancel()
{
    m_cancel->store(true);
}

void StoreJob::start()
{
    if (m_running)
        return;
    m_running = true;
    // Progress reaches the GUI thread as a queued call that checks the job still exists.
    QPointer<StoreJob> self(this);
    auto cancel = m_cancel;
    auto job = [location = m_location, work = m_work, cancel, self]() -> Result<QString> {
        auto store = Store::open(location); // this worker's own connection
        if (!store)
            return fail(store.error());
        QElapsedTimer throttle;
        throttle.start();
        qint64 lastReport = -1;
        const Progress progress = [&](qint64 done, qint64 total) {
            if (cancel->load())
                return false;
            if (done == total || throttle.elapsed() - lastReport >= 50) {
                lastReport = throttle.elapsed();
                QMetaObject::invokeMethod(
                    qApp,
                    [self, done, total] {
                        if (self)
                            emit self->progress(done, total);
                    },
                    Qt::QueuedConnection);
            }
            return true;
        };
        return work(**store, progress);
    };
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_running = false;
        const Result<QString> result = watcher->result();
        if (result)
            emit finished(true, *result, QString());
        else
            emit finished(false, QString(), result.error().toString());
    });
    watcher->setFuture(QtConcurrent::run(job));
}

} // namespace tixsync
