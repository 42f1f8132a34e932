#include "schedule.h"

#include "core/datetime.h"
#include "core/store.h"

#include <QJsonDocument>

namespace tixsync::sync {

QDateTime ceilToFiveMinutes(const QDateTime &t)
{
    if (!t.isValid())
        return t;
    const qint64 secs = t.toSecsSinceEpoch();
    const qint64 grid = 300;
    const qint64 up = ((secs + grid - 1) / grid) * grid;
    return QDateTime::fromSecsSinceEpoch(up, Qt::OffsetFromUTC, t.offsetFromUtc());
}

std::optional<QDateTime> Schedule::nextRun(const QDateTime &now) const
{
    if (!automatic || frequencyMinutes <= 0)
        return std::nullopt;
    const bool stick = options.parameters.stickToTheHour;
    const qint64 interval = qint64(frequencyMinutes) * 60;
    QDateTime next;
    if (!lastStartedAt.isValid()) {
        next = start.isValid() && start > now ? start : now;
    } else if (stick) {
        // Keep the rhythm of the starts, skipping slots the last run overran, on the 5-minute grid.
        next = lastStartedAt.addSecs(interval);
        if (lastEndedAt.isValid()) {
            while (next < lastEndedAt)
                next = next.addSecs(interval);
        }
    } else {
        next = (lastEndedAt.isValid() ? lastEndedAt : lastStartedAt).addSecs(interval);
    }
    if (start.isValid() && next < start)
        next = start;
    if (stick)
        next = ceilToFiveMinutes(next);
    if (end.isValid() && next > end)
        return std::nullopt;
    return next;
}

bool Schedule::isDue(const QDateTime &now) const
{
    const auto n = nextRun(now);
    return n && *n <= now;
}

namespace schedules {

Result<QList<Schedule>> load(Store &store)
{
    auto q
        = store.exec(QStringLiteral("SELECT function, organizer, mode, frequency_minutes, start_at, end_at, options, "
                                    "last_started_at, last_ended_at FROM sync_schedules ORDER BY function, organizer"));
    if (!q)
        return fail(q.error());
    QList<Schedule> out;
    while (q->next()) {
        Schedule s;
        if (!parseSyncFunction(q->value(0).toString(), &s.function))
            continue;
        s.organizer = q->value(1).toString();
        s.automatic = q->value(2).toString() == QLatin1String("AUTOMATIC");
        s.frequencyMinutes = q->value(3).toInt();
        s.start = parseRfc3339(q->value(4).toString());
        s.end = parseRfc3339(q->value(5).toString());
        auto opts = RunOptions::fromJson(QJsonDocument::fromJson(q->value(6).toString().toUtf8()).object());
        if (opts)
            s.options = *opts;
        s.options.function = s.function;
        s.options.organizer = s.organizer;
        s.lastStartedAt = parseRfc3339(q->value(7).toString());
        s.lastEndedAt = parseRfc3339(q->value(8).toString());
        out << s;
    }
    return out;
}

Status save(Store &store, const Schedule &s)
{
    RunOptions o = s.options;
    o.function = s.function;
    o.organizer = s.organizer;
    auto r = store.exec(
        QStringLiteral(
            "INSERT INTO sync_schedules (function, organizer, mode, frequency_minutes, start_at, end_at, options, "
            "last_started_at, last_ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (function, organizer) "
            "DO UPDATE SET mode = excluded.mode, frequency_minutes = excluded.frequency_minutes, start_at = "
            "excluded.start_at, end_at = excluded.end_at, options = excluded.options"),
        {toCode(s.function), s.organizer, s.automatic ? QStringLiteral("AUTOMATIC") : QStringLiteral("MANUAL"),
            s.frequencyMinutes, toRfc3339(s.start), toRfc3339(s.end),
            QString::fromUtf8(QJsonDocument(o.toJson()).toJson(QJsonDocument::Compact)), toRfc3339(s.lastStartedAt),
            toRfc3339(s.lastEndedAt)});
    if (!r)
        return fail(r.error());
    return {};
}

Status remove(Store &store, SyncFunction function, const QString &organizer)
{
    auto r = store.exec(QStringLiteral("DELETE FROM sync_schedules WHERE function = ? AND organizer = ?"),
        {toCode(function), organizer});
    if (!r)
        return fail(r.error());
    return {};
}

static Status mark(Store &store, const Schedule &s, const char *column, const QDateTime &at)
{
    auto r = store.exec(QStringLiteral("UPDATE sync_schedules SET ") + QString::fromLatin1(column)
            + QStringLiteral(" = ? WHERE function = ? AND organizer = ?"),
        {toRfc3339(at), toCode(s.function), s.organizer});
    if (!r)
        return fail(r.error());
    return {};
}

Status markStarted(Store &store, const Schedule &s, const QDateTime &at)
{
    return mark(store, s, "last_started_at", at);
}
Status markEnded(Store &store, const Schedule &s, const QDateTime &at)
{
    return mark(store, s, "last_ended_at", at);
}

Result<QList<Schedule>> dueRuns(Store &store, const QDateTime &now)
{
    auto all = load(store);
    if (!all)
        return all;
    QList<Schedule> due;
    for (const Schedule &s : *all)
        if (s.isDue(now))
            due << s;
    return due;
}

} // namespace schedules
} // namespace tixsync::sync
