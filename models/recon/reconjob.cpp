#include "reconjob.h"

#include "core/store.h"

#include <QThread>
#include <atomic>

namespace tixsync::recon {

struct ReconJob::Run {
    std::atomic<bool> cancel{false};
    Result<std::shared_ptr<const ReconResult>> result;
};

ReconJob::ReconJob(QString storeLocation, QObject *parent)
    : QObject(parent)
    , m_location(std::move(storeLocation))
{
}

ReconJob::~ReconJob()
{
    cancel();
}

void ReconJob::start(ReconOptions options, std::vector<TixngoTicketState> tixngoTickets)
{
    cancel();
    auto run = std::make_shared<Run>();
    m_current = run;
    options.cancel = &run->cancel;
    QThread *thread = QThread::create(
        [run, options = std::move(options), tickets = std::move(tixngoTickets), location = m_location]() mutable {
            auto store = Store::open(location);
            if (!store) {
                run->result = fail(store.error());
                return;
            }
            Reconciler reconciler(options);
            reconciler.setTixngoTickets(std::move(tickets));
            run->result = reconciler.run(**store);
        });
    thread->setObjectName(QStringLiteral("reconciliation"));
    // Queued to this object's thread; dropped with this object.
    connect(
        thread, &QThread::finished, this, [this, run] { deliver(run); }, Qt::QueuedConnection);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void ReconJob::cancel()
{
    if (m_current) {
        m_current->cancel = true;
        m_current.reset();
    }
}

void ReconJob::deliver(const std::shared_ptr<Run> &run)
{
    if (run != m_current)
        return; // superseded or cancelled
    m_current.reset();
    if (run->result)
        emit finished(*run->result);
    else
        emit failed(run->result.error().code, run->result.error().message);
}

} // namespace tixsync::recon
