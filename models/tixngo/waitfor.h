#pragma once

#include "job.h"

#include <QEventLoop>

namespace tixsync::tixngo {

/// Blocks until `job` has finished by running a local QEventLoop, and returns the job.
/// NEVER call this on the GUI thread (house-style "Asynchrony": no nested event loops there);
/// it is meant for worker threads (the sync engine), the CLI and tests.
template <class J> J *waitFor(J *job)
{
    if (!job->isFinished()) {
        QEventLoop loop;
        QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return job;
}

} // namespace tixsync::tixngo
