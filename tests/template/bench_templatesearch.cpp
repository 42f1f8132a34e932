// The Template page's ticket picker on a big store: searchTickets() for each kind of term, and
// the connection a search opens in its worker. Prints a table (ms per search, median of 5).
// Usage: bench_templatesearch [tickets=200000]
#include "core/store.h"
#include "template/templatesample.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace tixsync;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 200000;
    QTemporaryDir dir;
    const QString location = dir.filePath(QStringLiteral("bench.sqlite"));
    auto store = Store::open(location);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    Event e;
    e.eventId = QStringLiteral("E1");
    e.name = QStringLiteral("FC Basel - Young Boys");
    e.startTime = QDateTime(QDate(2027, 3, 14), QTime(16, 30), Qt::UTC);
    (void)(*store)->upsertEvent(e);
    static const char *const lastNames[]
        = {"Muster", "Meier", "Keller", "Weber", "Huber", "Schneider", "Frei", "Baumann", "Brunner", "Gerber"};
    QElapsedTimer fill;
    fill.start();
    auto st = (*store)->transaction([&]() -> Status {
        for (int i = 0; i < n; ++i) {
            Ticket t;
            t.ticketId = QStringLiteral("%1").arg(100000000 + i);
            t.ticketNumber = QStringLiteral("N%1").arg(i, 8, 10, QLatin1Char('0'));
            t.eventId = e.eventId;
            t.barcode = QStringLiteral("BC%1").arg(qint64(i) * 7919 % 100000000, 8, 10, QLatin1Char('0'));
            t.holder.firstName = QStringLiteral("Person%1").arg(i);
            t.holder.lastName = QString::fromLatin1(lastNames[i % 10]) + QString::number(i % 1000);
            t.s360Status = S360Status::NotPrinted;
            if (auto ok = (*store)->upsertTicket(t); !ok)
                return ok;
        }
        return {};
    });
    if (!st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().message));
        return 1;
    }
    std::printf("%d tickets stored in %lld ms\n\n", n, static_cast<long long>(fill.elapsed()));

    const std::pair<const char *, QString> cases[] = {
        {"exact ticket id", QStringLiteral("%1").arg(100000000 + n / 2)},
        {"ticket id prefix", QStringLiteral("1000001")},
        {"ticket number", QStringLiteral("N%1").arg(n / 3, 8, 10, QLatin1Char('0'))},
        {"barcode prefix", QStringLiteral("BC0001")},
        {"common last name", QStringLiteral("keller")},
        {"first + last name", QStringLiteral("person12 muster")},
        {"no match (full scan)", QStringLiteral("zzzz")},
    };
    std::printf("%-24s %10s %6s\n", "term", "ms/search", "hits");
    for (const auto &[label, term] : cases) {
        QList<double> times;
        int hits = 0;
        for (int r = 0; r < 5; ++r) {
            QElapsedTimer t;
            t.start();
            auto found = tpl::searchTickets(**store, term, 20);
            times << double(t.nsecsElapsed()) / 1e6;
            hits = found ? int(found->size()) : -1;
        }
        std::sort(times.begin(), times.end());
        std::printf("%-24s %10.2f %6d\n", label, times[2], hits);
    }
    QList<double> opens;
    for (int r = 0; r < 5; ++r) {
        QElapsedTimer t;
        t.start();
        auto other = Store::open(location);
        opens << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(opens.begin(), opens.end());
    std::printf("%-24s %10.2f\n", "worker connection open", opens[2]);
    return 0;
}
