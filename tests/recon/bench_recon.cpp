// Reconciliation at scale: N tickets (default 3 000 000) in a temporary SQLite file written with
// the sqlite3 C API, then reconciled in a fresh child process so that its peak RSS (VmHWM) is the
// reconciliation's own. Prints a table: load, classify, total (median of runs), peak RSS, model
// filter time; wall times on a shared machine swing, so the process CPU time is printed too. Usage: bench_recon [--rows
// N] [--runs K] [--db FILE (kept, reused)]
#include "core/store.h"
#include "recon/discrepancymodel.h"
#include "recon/reconciler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>
#include <time.h>

using namespace tixsync;
using namespace tixsync::recon;

namespace {
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

long vmHwmKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

bool generate(const QString &path, qint64 rows)
{
    auto opened = Store::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return false;
    }
    Store &store = **opened;
    sqlite3 *db = store.sqliteHandle();
    constexpr int events = 300;
    auto ok = [&](int rc) {
        if (rc != SQLITE_OK && rc != SQLITE_DONE) {
            std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(db));
            return false;
        }
        return true;
    };
    // Indexes are built after the bulk insert (toolchain.md): drop, insert, recreate.
    for (const char *idx : {"tickets_event", "tickets_status", "tickets_tixngo_status", "tickets_number",
             "tickets_file", "tickets_barcode"}) {
        const QByteArray sql = QByteArray("DROP INDEX IF EXISTS ") + idx;
        if (!ok(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr)))
            return false;
    }
    if (!ok(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr)))
        return false;
    sqlite3_stmt *ev = nullptr;
    ok(sqlite3_prepare_v2(
        db, "INSERT INTO events (event_id, name, start_time) VALUES (?, ?, '2026-06-01T20:00:00Z')", -1, &ev, nullptr));
    for (int e = 0; e < events; ++e) {
        char id[32];
        std::snprintf(id, sizeof id, "EV%04d", e);
        sqlite3_bind_text(ev, 1, id, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ev, 2, id, -1, SQLITE_TRANSIENT);
        if (!ok(sqlite3_step(ev)))
            return false;
        sqlite3_reset(ev);
    }
    sqlite3_finalize(ev);
    sqlite3_stmt *st = nullptr;
    if (!ok(sqlite3_prepare_v2(db,
            "INSERT INTO tickets (ticket_id, ticket_number, event_id, barcode, s360_status, "
            "tixngo_status, tixngo_controlled, s360_status_changed_at, controlled_at, "
            "tixngo_updated_at, last_sync_at, injected_at, contact_email, tixngo_owner_email) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            -1, &st, nullptr)))
        return false;
    quint64 seed = 42;
    auto rnd = [&] {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        return unsigned(seed >> 33);
    };
    struct Mix {
        int weight;
        const char *s360;
        const char *tixngo;
    };
    // ~86 % in agreement, the rest spread over the categories.
    const Mix mix[] = {{600, "PRINTED", "DOWNLOADED"}, {100, "NOT_PRINTED", ""}, {100, "CANCELLED", "DELETED"},
        {50, "CONTROLLED", "CONTROLLED"}, {50, "CONTROLLED", "ONLINE_ACTIVATED"}, {30, "CANCELLED", "DOWNLOADED"},
        {20, "INVALIDATED", "DELETION_PENDING"}, {20, "PRINTED", ""}, {10, "PRINTED", "DELETED"},
        {10, "NOT_PRINTED", "INJECTED"}, {10, "PRINTED", "CONTROLLED"}};
    char id[32], number[32], event[32], barcode[48], changed[32], updated[32], sync[32], mail[48];
    for (qint64 i = 0; i < rows; ++i) {
        unsigned pick = rnd() % 1000;
        const Mix *m = mix;
        while (pick >= unsigned(m->weight)) {
            pick -= unsigned(m->weight);
            ++m;
        }
        std::snprintf(id, sizeof id, "T%010lld", static_cast<long long>(i));
        std::snprintf(number, sizeof number, "%lld", static_cast<long long>(100000000 + i));
        std::snprintf(event, sizeof event, "EV%04d", int(i % events));
        // One barcode in 100 000 is duplicated.
        std::snprintf(barcode, sizeof barcode, "BC%016llX",
            static_cast<unsigned long long>(i % 100000 == 99999 ? i - 1 : i) * 2654435761ULL);
        const int day = 1 + int(rnd() % 28), hour = int(rnd() % 24), minute = int(rnd() % 60);
        std::snprintf(changed, sizeof changed, "2026-05-%02dT%02d:%02d:00Z", day, hour, minute);
        std::snprintf(updated, sizeof updated, "2026-05-%02dT%02d:%02d:00+02:00", day, hour, minute);
        std::snprintf(sync, sizeof sync, "2026-05-%02dT%02d:%02d:30Z", day, hour, minute);
        std::snprintf(mail, sizeof mail, "fan%u@example.org", rnd() % 1000000);
        int c = 1;
        sqlite3_bind_text(st, c++, id, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, c++, number, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, c++, event, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, c++, barcode, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, c++, m->s360, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, c++, m->tixngo, -1, SQLITE_STATIC);
        sqlite3_bind_int(st, c++, 0);
        sqlite3_bind_text(st, c++, changed, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, c++, std::strcmp(m->s360, "CONTROLLED") == 0 ? changed : "", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, c++, *m->tixngo ? updated : "", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, c++, sync, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, c++, std::strcmp(m->s360, "NOT_PRINTED") == 0 ? "" : changed, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, c++, mail, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, c++, (i % 50) ? mail : "other@example.org", -1, SQLITE_STATIC);
        if (!ok(sqlite3_step(st)))
            return false;
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    if (!ok(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr)))
        return false;
    return ok(sqlite3_exec(db,
        "CREATE INDEX tickets_event ON tickets(event_id, s360_status);"
        "CREATE INDEX tickets_status ON tickets(s360_status);"
        "CREATE INDEX tickets_tixngo_status ON tickets(tixngo_status);"
        "CREATE INDEX tickets_number ON tickets(ticket_number);"
        "CREATE INDEX tickets_file ON tickets(file_number);"
        "CREATE INDEX tickets_barcode ON tickets(barcode);",
        nullptr, nullptr, nullptr));
}

// The child: reconcile `path` `runs` times, print one line "load classify total cpu discrepancies
// snapshotMB filterMs sortMs vmhwmKB dupGroups" with medians.
int child(const QString &path, int runs, bool contactSync)
{
    auto opened = Store::open(path);
    if (!opened)
        return 2;
    Store &store = **opened;
    std::vector<double> load, classify, total, cpu;
    std::shared_ptr<const ReconResult> last;
    ReconOptions o;
    o.now = QDateTime(QDate(2026, 6, 1), QTime(20, 0), Qt::UTC).toSecsSinceEpoch();
    o.contactSync = contactSync;
    for (int i = 0; i < runs; ++i) {
        last.reset();
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuMs();
        TicketSnapshot::LoadOptions loadOptions;
        loadOptions.compareOwners = contactSync;
        auto snap = TicketSnapshot::load(store, loadOptions);
        if (!snap)
            return 2;
        const double l = double(t.nsecsElapsed()) / 1e6;
        auto r = Reconciler(o).run(std::move(*snap));
        if (!r)
            return 2;
        const double all = double(t.nsecsElapsed()) / 1e6;
        load.push_back(l);
        classify.push_back(all - l);
        total.push_back(all);
        cpu.push_back(cpuMs() - cpu0);
        last = *r;
    }
    // The model over the result: one text filter and one sort, as the GUI page would.
    DiscrepancyModel model;
    model.setResult(last);
    QElapsedTimer t;
    t.start();
    model.setTextFilter(QStringLiteral("t00000012"));
    const double filterMs = double(t.nsecsElapsed()) / 1e6;
    model.setFilter({});
    t.restart();
    model.sort(DiscrepancyModel::AgeColumn, Qt::DescendingOrder);
    const double sortMs = double(t.nsecsElapsed()) / 1e6;
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    std::printf("%.0f %.0f %.0f %.0f %lld %.0f %.1f %.0f %ld %lld\n", median(load), median(classify), median(total),
        median(cpu), static_cast<long long>(last->size()), double(last->snapshot->memoryBytes()) / 1048576.0, filterMs,
        sortMs, vmHwmKb(), static_cast<long long>(last->duplicateGroups));
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto value = [&](const char *name, const QString &fallback) {
        const int i = args.indexOf(QString::fromLatin1(name));
        return i > 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    const int runs = value("--runs", QStringLiteral("3")).toInt();
    const bool contact = args.contains(QStringLiteral("--contact-sync"));
    if (args.contains(QStringLiteral("--child")))
        return child(value("--child", {}), runs, contact);

    const qint64 rows = value("--rows", QStringLiteral("3000000")).toLongLong();
    QTemporaryDir dir;
    QString path = value("--db", {});
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("bench.sqlite"));
    if (!QFileInfo::exists(path)) {
        QElapsedTimer t;
        t.start();
        if (!generate(path, rows))
            return 2;
        std::printf("generated %lld tickets in %.1f s (%s, %.0f MB)\n", static_cast<long long>(rows),
            double(t.elapsed()) / 1000.0, qPrintable(path), double(QFileInfo(path).size()) / 1048576.0);
    }
    std::printf("\n%-14s %8s %10s %8s %8s %14s %12s %10s %8s %10s %10s\n", "mode", "load ms", "classify", "total",
        "cpu ms", "discrepancies", "snapshot MB", "filter ms", "sort ms", "VmHWM MB", "dup groups");
    for (bool withOwners : {false, true}) {
        QProcess p;
        QStringList childArgs{QStringLiteral("--child"), path, QStringLiteral("--runs"), QString::number(runs)};
        if (withOwners)
            childArgs << QStringLiteral("--contact-sync");
        p.start(app.applicationFilePath(), childArgs);
        if (!p.waitForFinished(-1) || p.exitCode() != 0) {
            std::fprintf(stderr, "child failed: %s\n", p.readAllStandardError().constData());
            return 2;
        }
        const QList<QByteArray> v = p.readAllStandardOutput().trimmed().split(' ');
        if (v.size() < 10)
            return 2;
        std::printf("%-14s %8s %10s %8s %8s %14s %12s %10s %8s %10.0f %10s\n", withOwners ? "contact sync" : "statuses",
            v[0].constData(), v[1].constData(), v[2].constData(), v[3].constData(), v[4].constData(), v[5].constData(),
            v[6].constData(), v[7].constData(), double(v[8].toLong()) / 1024.0, v[9].constData());
    }
    return 0;
}
