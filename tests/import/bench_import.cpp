// Import and demo-data throughput at scale: generates N demo tickets (timed), writes them as an
// S-360 CSV with every column (product comfort variables included), imports that file into a fresh database (timed),
// then imports it again (every row an update). Prints rows/s, seconds and the peak RSS of each phase.
//   bench_import [--tickets N] [--keep DIR]
#include "import/demodata.h"
#include "import/ticketimporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>
#include <sys/resource.h>

#include <sqlite3.h>

using namespace tixsync;

namespace {
qint64 statusKb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

/// Resets VmHWM so that each phase reports its own peak (Linux ≥ 4.0).
void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}
double g_cpuStart = 0;

/// Wall time can swing 2–5× on a shared machine; CPU time (user + system) shows the work done.
void row(const char *phase, qint64 rows, qint64 ms, qint64 bytes = -1)
{
    const double cpu = cpuSeconds() - g_cpuStart;
    std::printf("%-26s %9lld rows %7.2f s wall %7.2f s cpu %9.0f rows/s %7.1f MB/s  peak RSS %5lld MB\n", phase, rows,
        ms / 1000.0, cpu, ms ? rows * 1000.0 / ms : 0.0, bytes > 0 && ms ? bytes / 1048576.0 * 1000.0 / ms : 0.0,
        statusKb("VmHWM:") / 1024);
    std::fflush(stdout);
}

void csvField(QByteArray &out, const char *text, int n)
{
    bool quote = false;
    for (int i = 0; i < n && !quote; ++i)
        quote = text[i] == ',' || text[i] == '"' || text[i] == '\n' || text[i] == '\r';
    if (!quote) {
        out.append(text, n);
        return;
    }
    out += '"';
    for (int i = 0; i < n; ++i) {
        if (text[i] == '"')
            out += '"';
        out += text[i];
    }
    out += '"';
}

/// Every importer column, straight from SQLite's C API (QVariant per cell would dominate).
bool exportCsv(Store &store, const QString &path, qint64 *bytes)
{
    QStringList select, header;
    for (const TicketCsvColumn &c : ticketCsvColumns()) {
        header << c.name;
        if (c.table == QLatin1String("products"))
            select << QStringLiteral("COALESCE(p.%1, '')").arg(c.dbColumn);
        else
            select << (c.table == QLatin1String("events") ? QStringLiteral("e.") : QStringLiteral("t.")) + c.dbColumn;
    }
    // Products (comfort variables, season dates) as S-360 repeats them on every ticket row.
    const QByteArray sql = (QStringLiteral("SELECT ") + select.join(QLatin1String(", "))
        + QStringLiteral(" FROM tickets t JOIN events e ON e.event_id = t.event_id "
                         "LEFT JOIN products p ON p.product_code = t.product_code ORDER BY t.rowid"))
                               .toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(store.sqliteHandle(), sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return false;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray buf = header.join(QLatin1Char(',')).toUtf8() + '\n';
    const int n = int(header.size());
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        for (int i = 0; i < n; ++i) {
            if (i)
                buf += ',';
            csvField(buf, reinterpret_cast<const char *>(sqlite3_column_text(stmt, i)), sqlite3_column_bytes(stmt, i));
        }
        buf += '\n';
        if (buf.size() > (4 << 20)) {
            f.write(buf);
            buf.clear();
        }
    }
    f.write(buf);
    sqlite3_finalize(stmt);
    *bytes = f.size();
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 tickets = 1000000;
    QString keep;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--tickets"))
            tickets = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--keep"))
            keep = args[i + 1];
    }
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    const int events = int(qMax<qint64>(1, tickets / 10000));
    const int perEvent = int(tickets / events);
    std::printf("bench_import: %d events x %d tickets, in %s\n", events, perEvent, qPrintable(dir));

    QElapsedTimer t;
    qint64 bytes = 0;
    {
        auto store = Store::open(dir + QStringLiteral("/demo.sqlite"));
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
            return 2;
        }
        resetPeak();
        g_cpuStart = cpuSeconds();
        t.start();
        auto demo = generateDemoData(**store, {events, perEvent, 1});
        if (!demo) {
            std::fprintf(stderr, "%s\n", qPrintable(demo.error().toString()));
            return 2;
        }
        row("demo-data", demo->tickets, t.elapsed());
        resetPeak();
        g_cpuStart = cpuSeconds();
        t.start();
        if (!exportCsv(**store, dir + QStringLiteral("/tickets.csv"), &bytes)) {
            std::fprintf(stderr, "export failed\n");
            return 2;
        }
        row("write CSV (bench helper)", demo->tickets, t.elapsed(), bytes);
    }
    auto store = Store::open(dir + QStringLiteral("/import.sqlite"));
    if (!store)
        return 2;
    for (const char *phase : {"import, empty database", "re-import (all updates)"}) {
        resetPeak();
        g_cpuStart = cpuSeconds();
        t.start();
        auto r = importTicketsCsv(**store, dir + QStringLiteral("/tickets.csv"));
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
            return 2;
        }
        row(phase, r->rows, t.elapsed(), bytes);
    }
    std::printf("CSV file: %.1f MB (%lld bytes per row)\n", bytes / 1048576.0, tickets ? bytes / tickets : 0);
    return 0;
}
