// What one ChangeWatcher poll costs on a big shared database: the bookkeeping tables filled as
// after a long season (runs, ledger, TIXNGO history, S-360 status changes, audit lines), then
// poll() timed. Prints a table; never a pass/fail timing.
//   bench_changewatcher [--db FILE|postgresql://…] [--rows N] [--polls P]
#include "core/changewatcher.h"
#include "core/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace tixsync;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("tixsync.*.debug=false\ntixsync.*.info=false"));
    QCommandLineParser p;
    const QCommandLineOption db(
        QStringLiteral("db"), QStringLiteral("Database (default: a new SQLite file)."), QStringLiteral("LOC"));
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("Ledger rows (default 2000000)."),
        QStringLiteral("N"), QStringLiteral("2000000"));
    const QCommandLineOption polls(QStringLiteral("polls"), QStringLiteral("Polls timed (default 200)."),
        QStringLiteral("P"), QStringLiteral("200"));
    p.addOptions({db, rows, polls});
    p.process(app);
    QTemporaryDir dir;
    const QString location = p.isSet(db) ? p.value(db) : dir.filePath(QStringLiteral("watch.sqlite"));
    auto opened = Store::open(location);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 2;
    }
    Store &store = **opened;
    const qint64 n = p.value(rows).toLongLong();
    QElapsedTimer fill;
    fill.start();
    const auto run = [&](const QString &sql, const QVariantList &binds = {}) {
        if (auto r = store.exec(sql, binds); !r)
            qFatal("%s", qPrintable(r.error().message));
    };
    // Recursive CTEs: the same SQL on both backends.
    const QString series
        = QStringLiteral("WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ?) ");
    (void)store.transaction([&]() -> Status {
        run(series
                + QStringLiteral(
                    "INSERT INTO sync_runs (function, organizer, started_at, ended_at, outcome, succeeded) "
                    "SELECT 'inject', 'org', '2026-01-01T00:00:00Z', '2026-01-01T00:01:00Z', 'OK', 10 FROM s"),
            {n / 10});
        run(series
                + QStringLiteral("INSERT INTO sync_run_tickets (run_id, ticket_id, action, result) "
                                 "SELECT i / 10 + 1, 'T' || i, 'inject', 'OK' FROM s"),
            {n});
        run(series
                + QStringLiteral("INSERT INTO tixngo_history (ticket_id, status, at) "
                                 "SELECT 'T' || i, 'DOWNLOADED', '2026-01-01T00:00:00Z' FROM s"),
            {n / 2});
        run(series
                + QStringLiteral("INSERT INTO s360_status_changes (ticket_id, status, at) "
                                 "SELECT 'T' || i, 'PRINTED', '2026-01-01T00:00:00Z' FROM s"),
            {n / 2});
        run(series
                + QStringLiteral("INSERT INTO audit_log (at_ms, at, operator, action) "
                                 "SELECT i, '2026-01-01T00:00:00Z', 'ops', 'run' FROM s"),
            {n / 4});
        return {};
    });
    const qint64 fillMs = fill.elapsed();
    if (store.backend() == Store::Backend::Postgres)
        QSqlQuery(store.database()).exec(QStringLiteral("ANALYZE")); // not a preparable statement

    ChangeWatcher watcher(&store);
    watcher.start(); // the first reading
    const int count = p.value(polls).toInt();
    QList<double> quiet, changed;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer t;
        t.start();
        watcher.poll();
        quiet << t.nsecsElapsed() / 1e6;
        // another operator's run moves on: a ledger row and an audit line
        run(QStringLiteral(
            "INSERT INTO sync_run_tickets (run_id, ticket_id, action, result) VALUES (1, 'X', 'inject', 'OK')"));
        run(QStringLiteral("INSERT INTO audit_log (at_ms, at, operator, action) VALUES (1, 'x', 'ops', 'run')"));
        t.restart();
        watcher.poll();
        changed << t.nsecsElapsed() / 1e6;
        if (watcher.lastChanges() != (ChangeWatcher::Tickets | ChangeWatcher::Runs | ChangeWatcher::Audit))
            qFatal("the change was not seen");
    }
    const auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? 0.0 : v[v.size() / 2];
    };
    const auto worst = [](const QList<double> &v) { return v.isEmpty() ? 0.0 : *std::max_element(v.begin(), v.end()); };
    std::printf("ChangeWatcher poll on %s: %lld ledger rows, %lld runs, %lld history + %lld status changes, %lld "
                "audit lines (filled in %lld ms)\n",
        store.backend() == Store::Backend::Sqlite ? "SQLite" : "PostgreSQL", n, n / 10, n / 2, n / 2, n / 4, fillMs);
    std::printf("| poll | median ms | worst ms | polls |\n|---|---|---|---|\n");
    std::printf("| nothing changed | %.3f | %.3f | %d |\n", median(quiet), worst(quiet), count);
    std::printf("| a run moved (ledger + audit line) | %.3f | %.3f | %d |\n", median(changed), worst(changed), count);
    return 0;
}
