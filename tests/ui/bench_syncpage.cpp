// bench_syncpage: does the GUI thread stall while the Sync page runs a 100 000-ticket injection?
// A 5 ms QTimer on the GUI thread records the gaps between its ticks; the longest gap while the
// run goes (progress bar, ETA, cancel button live) is the number that matters (goal: < 50 ms).
// The run goes through the real engine, client and tixngo-sim (--no-payloads) on loopback.
//
//   ninja -C build bench_syncpage && QT_QPA_PLATFORM=offscreen build/bin/bench_syncpage [tickets]
#include "../sync/synctestutil.h"
#include "core/store.h"
#include "mainwindow.h"
#include "sync/syncengine.h"
#include "syncfunctioncard.h"
#include "syncpage.h"
#include "synctransport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProgressBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

using namespace tixsync;
using namespace tixsync::sync;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int tickets = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    QElapsedTimer clock;
    clock.start();

    // The simulator.
    QProcess sim;
    sim.start(QCoreApplication::applicationDirPath() + QStringLiteral("/tixngo-sim"),
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--api-key"), QStringLiteral("bench-key"),
            QStringLiteral("--no-payloads")});
    if (!sim.waitForStarted(10000) || !sim.waitForReadyRead(10000)) {
        std::fprintf(stderr, "cannot start tixngo-sim\n");
        return 1;
    }
    const QString first = QString::fromUtf8(sim.readLine()).trimmed();
    const QString url = first.section(QLatin1Char(' '), 2);

    auto opened = Store::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Store &store = **opened;
    (void)store.setSetting(QStringLiteral("tixngo/url"), url);
    (void)store.transaction([&]() -> Status {
        for (int e = 0; e < 10; ++e)
            if (auto ok = store.upsertEvent(test::makeEvent(QStringLiteral("E%1").arg(e))); !ok)
                return ok;
        for (int i = 0; i < tickets; ++i)
            if (auto ok = store.upsertTicket(test::makeTicket(
                    QStringLiteral("T%1").arg(i, 7, 10, QLatin1Char('0')), QStringLiteral("E%1").arg(i % 10)));
                !ok)
                return ok;
        return {};
    });
    const qint64 setupMs = clock.restart();

    MainWindow window(&store);
    auto *page = new SyncPage(&store);
    page->setTransportFactory(staticKeyTransportFactory(url, QStringLiteral("bench-key")));
    window.addPage(page, QStringLiteral("Sync"));
    window.resize(1440, 900);
    window.show();
    window.pages()->setCurrentWidget(page);
    QObject::connect(page, &SyncPage::ticketsChanged, &window, &MainWindow::reloadData);

    // Gap recorder.
    QElapsedTimer tick;
    qint64 maxGap = 0, maxGapAfter = 0, ticks = 0;
    bool running = false, finished = false;
    QList<qint64> gaps;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(5);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        const qint64 gap = tick.restart();
        if (running) {
            maxGap = qMax(maxGap, gap);
            gaps << gap;
            ++ticks;
        } else if (finished) {
            maxGapAfter = qMax(maxGapAfter, gap);
        }
    });
    RunResult result;
    qint64 runMs = 0;
    QObject::connect(page, &SyncPage::runFinished, [&](const RunResult &r) {
        result = r;
        runMs = clock.elapsed();
        running = false;
        finished = true;
        // Measure 2 more seconds: history, ledger of 100 000 rows, ticket table reload.
        QTimer::singleShot(2000, &app, &QCoreApplication::quit);
    });
    QTimer::singleShot(500, [&] {
        RunOptions o = *page->runOptions(SyncFunction::Inject);
        o.batchSize = tickets; // the whole backlog in one run…
        o.parameters.ticketIterationSize = 1000; // …in API calls of 1 000 tickets
        clock.restart();
        tick.start();
        running = true;
        timer.start();
        page->startRun(o, false);
    });
    app.exec();
    sim.terminate();
    sim.waitForFinished(5000);

    std::sort(gaps.begin(), gaps.end());
    const qint64 p99 = gaps.isEmpty() ? 0 : gaps.at(qMin(gaps.size() - 1, qsizetype(gaps.size() * 0.99)));
    std::printf("bench_syncpage: GUI event-loop gaps during a Sync page injection run\n");
    std::printf("%-34s %12s\n", "metric", "value");
    std::printf("%-34s %12d\n", "tickets", tickets);
    std::printf("%-34s %12lld\n", "setup (insert tickets) ms", setupMs);
    std::printf("%-34s %12s\n", "outcome", qPrintable(toCode(result.outcome)));
    std::printf("%-34s %12d\n", "synced", result.succeeded);
    std::printf("%-34s %12lld\n", "run wall time ms", runMs);
    std::printf("%-34s %12lld\n", "5 ms ticks during run", ticks);
    std::printf("%-34s %12lld\n", "p99 gap during run ms", p99);
    std::printf("%-34s %12lld\n", "longest gap during run ms", maxGap);
    std::printf("%-34s %12lld\n", "longest gap 2 s after finish ms", maxGapAfter);
    std::printf("%-34s %12s\n", "goal: longest gap during run", maxGap <= 50 ? "< 50 ms: met" : "> 50 ms: MISSED");
    return result.outcome == RunOutcome::Ok ? 0 : 1;
}
