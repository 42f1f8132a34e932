// End-to-end sync throughput against tixngo-sim: injection of N tickets (default 100 000; the
// real payload builder, the real client, the ledger) and push controlled of M (default 10 000).
// Prints a table. Usage: bench_sync [tickets] [controlled] [ticketIterationSize]
#include "core/store.h"
#include "import/bulkupsert.h"
#include "sync/clienttransport.h"
#include "sync/runcontroller.h"
#include "sync/syncengine.h"
#include "synctestutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace tixsync;
using namespace tixsync::sync;
using namespace tixsync::test;

namespace {
void row(const char *what, qint64 count, qint64 ms)
{
    std::printf("| %-44s | %9lld | %9.2f s | %10.0f /s |\n", what, static_cast<long long>(count), double(ms) / 1000.0,
        ms > 0 ? double(count) * 1000.0 / double(ms) : 0.0);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int n = args.value(1, QStringLiteral("100000")).toInt();
    const int controlledCount = qMin(n, args.value(2, QStringLiteral("10000")).toInt());
    const int iteration = args.value(3, QStringLiteral("1000")).toInt();
    QTemporaryDir dir;
    auto opened = Store::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 2;
    }
    Store &store = **opened;
    QElapsedTimer t;
    t.start();
    {
        auto ok = store.transaction([&]() -> Status {
            for (int e = 0; e < 10; ++e)
                if (auto s = store.upsertEvent(makeEvent(QStringLiteral("E%1").arg(e))); !s)
                    return s;
            auto bulk = BulkUpsert::prepare(store, QStringLiteral("tickets"), Store::ticketColumns());
            if (!bulk)
                return fail(bulk.error());
            for (int i = 0; i < n; ++i) {
                const QVariantList values = Store::ticketValues(
                    makeTicket(QStringLiteral("%1").arg(100000000 + i), QStringLiteral("E%1").arg(i % 10)));
                for (int c = 0; c < values.size(); ++c) {
                    const QVariant &v = values[c];
                    if (v.typeId() == QMetaType::Double)
                        (*bulk)->bindDouble(c, v.toDouble());
                    else if (v.typeId() == QMetaType::Int)
                        (*bulk)->bindInt(c, v.toInt());
                    else
                        (*bulk)->bindText(c, v.toString());
                }
                if (auto s = (*bulk)->exec(); !s)
                    return s;
            }
            return {};
        });
        if (!ok) {
            std::fprintf(stderr, "%s\n", qPrintable(ok.error().toString()));
            return 2;
        }
    }
    const qint64 seedMs = t.elapsed();

    SimProcess sim;
    if (!sim.ok()) {
        std::fprintf(stderr, "cannot start tixngo-sim\n");
        return 2;
    }
    qputenv("TIXNGO_API_KEY", sim.key().toUtf8());
    auto transport = ClientTransport::fromEnvironment(sim.url());
    if (!transport) {
        std::fprintf(stderr, "%s\n", qPrintable(transport.error().toString()));
        return 2;
    }

    std::printf("\nbench_sync: %d tickets, ticketIterationSize %d, SQLite, tixngo-sim on loopback\n\n", n, iteration);
    std::printf("| %-44s | %9s | %11s | %13s |\n", "step", "tickets", "time", "rate");
    std::printf("|----------------------------------------------|-----------|-------------|---------------|\n");
    row("seed the store (bulk insert, not the engine)", n, seedMs);

    // impactOnly: the Sync page's impact guard asks this before every run (nothing recorded)
    RunOptions impact;
    impact.impactOnly = true;
    t.restart();
    RunResult counted = runFunction(store, nullptr, impact);
    row("impact count, default batch (1 000)", counted.selected, t.elapsed());
    impact.batchSize = n;
    t.restart();
    counted = runFunction(store, nullptr, impact);
    row("impact count, batch = all tickets", counted.selected, t.elapsed());

    RunOptions dry;
    dry.batchSize = n;
    dry.dryRun = true;
    t.restart();
    RunResult d = runFunction(store, nullptr, dry);
    row("dry run: select + build payloads", d.plannedCalls.size(), t.elapsed());
    d = RunResult();

    RunOptions inject;
    inject.batchSize = n;
    inject.parameters.ticketIterationSize = iteration;
    inject.organizer = organizerFor(sim.url());
    t.restart();
    const RunResult r = runFunction(store, transport->get(), inject);
    const qint64 injectMs = t.elapsed();
    row("inject end to end (select, build, send, record)", r.succeeded, injectMs);
    if (r.outcome != RunOutcome::Ok)
        std::printf("   inject outcome %s: %s\n", qPrintable(toCode(r.outcome)),
            qPrintable(r.error ? r.error->toString() : QString()));

    // push controlled of M: control them in S-360 first
    {
        auto ok = store.exec(
            QStringLiteral("UPDATE tickets SET s360_status = 'CONTROLLED', controlled_at = '2026-11-26T19:00:00Z' "
                           "WHERE ticket_id IN (SELECT ticket_id FROM tickets ORDER BY ticket_id LIMIT ?)"),
            {controlledCount});
        if (!ok)
            std::fprintf(stderr, "%s\n", qPrintable(ok.error().toString()));
    }
    RunOptions pc;
    pc.function = SyncFunction::PushControlled;
    pc.batchSize = controlledCount;
    pc.organizer = inject.organizer;
    {
        RunOptions pcImpact = pc;
        pcImpact.impactOnly = true;
        t.restart();
        const RunResult counted = runFunction(store, nullptr, pcImpact);
        row("impact count, push controlled", counted.selected, t.elapsed());
    }
    t.restart();
    const RunResult c = runFunction(store, transport->get(), pc);
    row("push controlled end to end", c.succeeded, t.elapsed());
    if (c.outcome != RunOutcome::Ok)
        std::printf("   push controlled outcome %s: %s\n", qPrintable(toCode(c.outcome)),
            qPrintable(c.error ? c.error->toString() : QString()));
    const auto remote = sim.tickets();
    std::printf("\nsimulator holds %lld tickets; target: injection >= 5000 tickets/s -> %s\n",
        static_cast<long long>(remote.size()),
        injectMs > 0 && double(r.succeeded) * 1000.0 / double(injectMs) >= 5000 ? "met" : "NOT met");
    return r.outcome == RunOutcome::Ok && c.outcome == RunOutcome::Ok ? 0 : 1;
}
