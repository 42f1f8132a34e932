// bench_ticketmodel: the ticket table with a million tickets. Writes them into a temporary SQLite
// file with the C API, then measures what an operator feels: load until the rows are there, the
// first paint of a QTableView, text and status filters, clearing them, sorting, and peak memory.
// Run: ninja -C build run_bench_ticketmodel   (or bench_ticketmodel [--tickets N] [--repeat R])
#include "core/store.h"
#include "items/tickettablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <random>
#include <sqlite3.h>

using namespace tixsync;

namespace {
QTextStream out(stdout);

qint64 vmHwmKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

struct Samples {
    std::vector<double> wall, cpu;
    void add(double w, double c)
    {
        wall.push_back(w);
        cpu.push_back(c);
    }
};

// Process CPU time: the machine is shared, so wall time alone swings; CPU time shows the work.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}
double g_lastCpu = -1; // CPU ms of the last timed() step

void row(const QString &what, double ms, const QString &note = {}, double cpu = -1)
{
    out << "| " << what.leftJustified(44) << " | " << QString::number(ms, 'f', 1).rightJustified(9) << " | "
        << (cpu < 0 ? QString() : QString::number(cpu, 'f', 1)).rightJustified(9) << " | " << note.leftJustified(34)
        << " |\n";
    out.flush();
}

bool fill(sqlite3 *db, int tickets, int events)
{
    auto exec = [db](const char *sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; };
    const char *first[] = {"Anna", "Zoë", "Luca", "Jean-Marc", "Élodie", "Ben", "Matthias", "Chloé", "Reto", "Isla",
        "Francesca", "Lukas", "Noémie", "Oliver", "Sofia", "Jürg"};
    const char *last[] = {"Müller", "Rossi", "Dupont", "Keller", "Berset", "Weber", "Favre", "Meier", "Schmid",
        "Steiner", "Wilson", "O'Connor", "Greco", "Baumann", "Martin", "Brunner", "Gerber"};
    const char *s360[] = {"NOT_PRINTED", "PRINTED", "CONTROLLED", "INVALIDATED", "CANCELLED"};
    const char *tixngo[] = {
        "", "INJECTED", "DOWNLOADED", "ONLINE_ACTIVATED", "CONTROLLED", "DELETED", "PENDING_TRANSFER", "TRANSFERRED"};
    std::mt19937 rng(42);
    if (!exec("BEGIN"))
        return false;
    sqlite3_stmt *ev = nullptr;
    sqlite3_prepare_v2(
        db, "INSERT INTO events (event_id, name, start_time, site, city) VALUES (?, ?, ?, ?, ?)", -1, &ev, nullptr);
    for (int e = 0; e < events; ++e) {
        const QByteArray id = "EV" + QByteArray::number(e);
        const QByteArray name = "Match " + QByteArray::number(e) + ", FC Home – FC Away";
        const QByteArray start = QStringLiteral("2027-%1-%2T20:00:00+01:00")
                                     .arg(1 + e % 12, 2, 10, QLatin1Char('0'))
                                     .arg(1 + e % 28, 2, 10, QLatin1Char('0'))
                                     .toLatin1();
        sqlite3_bind_text(ev, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(ev, 2, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(ev, 3, start.constData(), int(start.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(ev, 4, "Stade de Genève", -1, SQLITE_STATIC);
        sqlite3_bind_text(ev, 5, "Lancy", -1, SQLITE_STATIC);
        if (sqlite3_step(ev) != SQLITE_DONE)
            return false;
        sqlite3_reset(ev);
    }
    sqlite3_finalize(ev);
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db,
            "INSERT INTO tickets (ticket_id, ticket_number, event_id, seat_gate, seat_area, seat_block, "
            "seat_row, seat_number, holder_first_name, holder_last_name, holder_email, "
            "contact_first_name, contact_last_name, contact_email, s360_status, s360_reason, "
            "tixngo_status, last_sync_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            -1, &st, nullptr)
        != SQLITE_OK)
        return false;
    const int perEvent = tickets / events;
    char buf[18][96];
    for (int i = 0; i < tickets; ++i) {
        const int e = std::min(events - 1, i / perEvent);
        const int j = i % perEvent;
        const char *hf = first[rng() % std::size(first)];
        const char *hl = last[rng() % std::size(last)];
        const char *cf = first[rng() % std::size(first)];
        const char *cl = last[rng() % std::size(last)];
        const int s = int(rng() % 5);
        const char *t = s == 0 ? "" : s >= 3 ? (rng() % 4 ? "DELETED" : "DELETION_PENDING") : tixngo[1 + rng() % 7];
        std::snprintf(buf[0], 96, "1%011d", i);
        std::snprintf(buf[1], 96, "%d", 30000000 + i);
        std::snprintf(buf[2], 96, "EV%d", e);
        std::snprintf(buf[3], 96, "%c", 'A' + j % 6);
        std::snprintf(buf[4], 96, "Tribune %s", j % 2 ? "Nord" : "Sud");
        std::snprintf(buf[5], 96, "B%d", 100 + j / 500);
        std::snprintf(buf[6], 96, "%d", 1 + (j / 25) % 20);
        std::snprintf(buf[7], 96, "%d", 1 + j % 25);
        std::snprintf(buf[8], 96, "%s", hf);
        std::snprintf(buf[9], 96, "%s", hl);
        std::snprintf(buf[10], 96, "holder.%d@example.org", i);
        std::snprintf(buf[11], 96, "%s", cf);
        std::snprintf(buf[12], 96, "%s", cl);
        std::snprintf(buf[13], 96, "buyer.%d@example.com", i / 3);
        std::snprintf(buf[14], 96, "%s", s360[s]);
        std::snprintf(buf[15], 96, "%s", s == 4 ? "RESALE" : s == 3 ? "REPRINT" : "");
        std::snprintf(buf[16], 96, "%s", t);
        if (*t)
            std::snprintf(buf[17], 96, "2026-11-%02dT%02d:%02d:00Z", 1 + i % 28, i % 24, i % 60);
        else
            buf[17][0] = 0;
        for (int c = 0; c < 18; ++c)
            sqlite3_bind_text(st, c + 1, buf[c], -1, SQLITE_STATIC);
        if (sqlite3_step(st) != SQLITE_DONE)
            return false;
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    return exec("COMMIT");
}

// Runs the event loop until the model has loaded; returns ms from reload() to the first rows
// shown and to all rows shown.
std::pair<double, double> timedLoad(TicketTableModel &model)
{
    QEventLoop loop;
    double first = -1, all = -1;
    QObject::connect(&model, &TicketTableModel::firstRowsShown, &loop, [&](qint64 msecs) { first = double(msecs); });
    QObject::connect(&model, &TicketTableModel::loaded, &loop, [&](qsizetype, qint64 msecs) {
        all = double(msecs);
        loop.quit();
    });
    QObject::connect(&model, &TicketTableModel::loadFailed, &loop, [&](const QString &m) {
        out << "load failed: " << m << '\n';
        loop.quit();
    });
    model.reload();
    loop.exec();
    QObject::disconnect(&model, nullptr, &loop, nullptr);
    return {first, all};
}

template <typename F> double timed(F &&f)
{
    const double cpu = cpuMs();
    QElapsedTimer t;
    t.start();
    f();
    g_lastCpu = cpuMs() - cpu;
    return double(t.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    int tickets = 1000000;
    int repeat = 5;
    QString path; // --db PATH keeps the database (reused when it exists) to save the writing time
    const QStringList args = QApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--tickets"))
            tickets = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--repeat"))
            repeat = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--db"))
            path = args[i + 1];
    }
    QTemporaryDir dir;
    const bool reuse = !path.isEmpty() && QFile::exists(path);
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("bench.sqlite"));
    auto store = Store::open(path);
    if (!store) {
        out << store.error().toString() << '\n';
        return 2;
    }
    out << "bench_ticketmodel: " << tickets << " tickets, medians of " << repeat << " runs\n\n";
    out << "| " << QStringLiteral("step").leftJustified(44) << " | " << QStringLiteral("wall ms").rightJustified(9)
        << " | " << QStringLiteral("CPU ms").rightJustified(9) << " | " << QStringLiteral("note").leftJustified(34)
        << " |\n";
    out << "|" << QString(46, QLatin1Char('-')) << "|" << QString(11, QLatin1Char('-')) << "|"
        << QString(11, QLatin1Char('-')) << "|" << QString(36, QLatin1Char('-')) << "|\n";
    if (!reuse) {
        const double writeMs = timed([&] {
            if (!fill((*store)->sqliteHandle(), tickets, 200))
                out << "fill failed: " << sqlite3_errmsg((*store)->sqliteHandle()) << '\n';
        });
        row(QStringLiteral("write tickets (sqlite3 C API, 6 indexes)"), writeMs, QStringLiteral("setup, not the model"),
            g_lastCpu);
    }

    // One reader against two (A B A B…: the machine is shared, so both see the same noise).
    Samples oneThread, twoThreads;
    for (int r = 0; r < std::max(2, repeat / 2 + 1); ++r) {
        double w = timed([&] { (void)loadTicketColumns(**store, nullptr, {}, {.parallelFromRows = SIZE_MAX}); });
        oneThread.add(w, g_lastCpu);
        w = timed([&] { (void)loadTicketColumns(**store); });
        twoThreads.add(w, g_lastCpu);
    }
    row(QStringLiteral("loadTicketColumns, one reader"), median(oneThread.wall), {}, median(oneThread.cpu));
    row(QStringLiteral("loadTicketColumns, two readers"), median(twoThreads.wall), QStringLiteral("the default"),
        median(twoThreads.cpu));

    Samples firstRows, loads;
    std::unique_ptr<TicketTableModel> fresh;
    for (int r = 0; r < std::max(1, repeat / 2); ++r) {
        fresh = std::make_unique<TicketTableModel>(); // a first load each time (with its preview)
        fresh->setStore(store->get());
        std::pair<double, double> ms;
        timed([&] { ms = timedLoad(*fresh); });
        firstRows.add(ms.first, 0);
        loads.add(ms.second, g_lastCpu);
    }
    TicketTableModel &model = *fresh;
    row(QStringLiteral("first load: first rows shown"), median(firstRows.wall),
        QStringLiteral("the first 50 000 while the rest loads"));
    row(QStringLiteral("first load: all rows shown"), median(loads.wall),
        QStringLiteral("%1 rows, %2 MiB columns").arg(model.totalCount()).arg(model.columns()->memoryBytes() >> 20),
        median(loads.cpu));
    Samples reloads;
    for (int r = 0; r < std::max(1, repeat / 2); ++r) {
        std::pair<double, double> ms;
        timed([&] { ms = timedLoad(model); });
        reloads.add(ms.second, g_lastCpu);
    }
    row(QStringLiteral("reload (old rows shown meanwhile)"), median(reloads.wall), {}, median(reloads.cpu));

    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(24);
    view.resize(1200, 800);
    const double paint = timed([&] {
        view.setModel(&model);
        view.grab();
    });
    row(QStringLiteral("QTableView first paint (grab)"), paint, QStringLiteral("1200x800, fixed rows"), g_lastCpu);

    auto filterRow = [&](const QString &label, const std::function<void()> &apply, const std::function<void()> &undo) {
        Samples t;
        int shown = 0;
        for (int r = 0; r < repeat; ++r) {
            const double w = timed(apply);
            t.add(w, g_lastCpu);
            shown = model.rowCount();
            undo();
        }
        row(label, median(t.wall), QStringLiteral("%1 shown").arg(shown), median(t.cpu));
    };
    filterRow(
        QStringLiteral("text filter \"müller\" (holder/contact)"),
        [&] { model.setTextFilter(QStringLiteral("müller")); }, [&] { model.setTextFilter({}); });
    filterRow(
        QStringLiteral("text filter, one ticket number"),
        [&] { model.setTextFilter(QString::number(30000000 + tickets / 2)); }, [&] { model.setTextFilter({}); });
    filterRow(
        QStringLiteral("text filter, two words \"zoë b101\""), [&] { model.setTextFilter(QStringLiteral("zoë b101")); },
        [&] { model.setTextFilter({}); });
    filterRow(
        QStringLiteral("S-360 status filter CANCELLED"), [&] { model.setS360StatusFilter(S360Status::Cancelled); },
        [&] { model.setS360StatusFilter(std::nullopt); });
    filterRow(
        QStringLiteral("event filter (one of 200 events)"), [&] { model.setEventFilter({QStringLiteral("EV7")}); },
        [&] { model.setEventFilter({}); });

    Samples clears;
    for (int r = 0; r < repeat; ++r) {
        model.setTextFilter(QStringLiteral("müller"));
        const double w = timed([&] { model.setTextFilter({}); });
        clears.add(w, g_lastCpu);
    }
    row(QStringLiteral("clear the text filter"), median(clears.wall), QStringLiteral("%1 shown").arg(model.rowCount()),
        median(clears.cpu));
    const double repaint = timed([&] { view.grab(); });
    row(QStringLiteral("repaint after clearing (grab)"), repaint, {}, g_lastCpu);

    struct SortCase {
        const char *label;
        int column;
    };
    for (const SortCase &s : {SortCase{"sort by holder (natural text order)", TicketTableModel::HolderColumn},
             SortCase{"sort by ticket id", TicketTableModel::IdColumn},
             SortCase{"sort by S-360 status (counting sort)", TicketTableModel::S360StatusColumn},
             SortCase{"sort by last sync", TicketTableModel::LastSyncColumn}}) {
        Samples t;
        for (int r = 0; r < std::max(1, repeat / 2); ++r) {
            const double w = timed([&] { model.sort(s.column, r % 2 ? Qt::DescendingOrder : Qt::AscendingOrder); });
            t.add(w, g_lastCpu);
            model.sort(-1);
        }
        row(QString::fromLatin1(s.label), median(t.wall), {}, median(t.cpu));
    }
    row(QStringLiteral("peak RSS (VmHWM)"), double(vmHwmKiB()) / 1024.0, QStringLiteral("MiB, whole process"));
    return 0;
}
