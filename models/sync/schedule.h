#pragma once

#include "sync/runtypes.h"

#include <QDateTime>
#include <optional>

namespace tixsync {
class Store;
}

namespace tixsync::sync {

/// When a function runs by itself (rule RUN-8): Manual, or Automatic every `frequencyMinutes`
/// between `start` and `end` (either may be unset). With the custom parameter
/// `stickToTheHour=true` (default) runs sit on the 5-minute grid: a run started 13:35 that took
/// 7 minutes, every 5 minutes, is followed by one at 13:45; with false at 13:42 + 5 (RUN-7).
struct Schedule {
    SyncFunction function = SyncFunction::Inject;
    QString organizer;
    bool automatic = false;
    int frequencyMinutes = 5;
    QDateTime start;
    QDateTime end;
    RunOptions options; // what each run does; options.parameters.stickToTheHour aligns it
    QDateTime lastStartedAt;
    QDateTime lastEndedAt;

    /// The next start at or after the last run (or `now` when it never ran); nullopt when manual or
    /// past the end.
    std::optional<QDateTime> nextRun(const QDateTime &now) const;
    /// True when an automatic run is due at `now`.
    bool isDue(const QDateTime &now) const;
};

/// Schedules in the database (table sync_schedules).
namespace schedules {
Result<QList<Schedule>> load(Store &store);
Status save(Store &store, const Schedule &schedule);
Status remove(Store &store, SyncFunction function, const QString &organizer);
Status markStarted(Store &store, const Schedule &schedule, const QDateTime &at);
Status markEnded(Store &store, const Schedule &schedule, const QDateTime &at);
/// The automatic schedules due at `now`.
Result<QList<Schedule>> dueRuns(Store &store, const QDateTime &now);
} // namespace schedules

/// Rounds up to the next multiple of 5 minutes (seconds dropped); a time on the grid stays.
QDateTime ceilToFiveMinutes(const QDateTime &t);

} // namespace tixsync::sync
