// The Reconciliation page at scale: an in-memory snapshot of --rows tickets (~15 % disagreeing,
// several kinds), reconciled once, then shown in the page: time to show, to filter by clicking a
// bar, to sort by age, to filter by text, to scroll to the end and paint. Prints a table.
//   bench_reconpage [--rows N]   (default 1 000 000)
#include "core/store.h"
#include "recon/discrepancymodel.h"
#include "recon/reconciler.h"
#include "recon/reconresult.h"
#include "recon/ticketsnapshot.h"
#include "reconchart.h"
#include "reconpage.h"

#include <QApplication>
#include <QBarSet>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <cstdio>

using namespace tixsync;
using namespace tixsync::recon;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    qint64 rows = 1000000;
    const QStringList args = app.arguments();
    if (const int i = int(args.indexOf(QStringLiteral("--rows"))); i > 0 && i + 1 < args.size())
        rows = args.at(i + 1).toLongLong();

    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 2;
    }
    QElapsedTimer t;
    t.start();
    TicketSnapshot snapshot;
    snapshot.reserve(rows);
    Ticket k;
    k.shipmentMode = QStringLiteral("TIXNGO");
    k.s360StatusChangedAt = QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
    k.tixngoUpdatedAt = k.s360StatusChangedAt;
    k.injectedAt = k.s360StatusChangedAt;
    for (qint64 i = 0; i < rows; ++i) {
        k.ticketId = QString::number(100000000 + i);
        k.eventId = QStringLiteral("E%1").arg(i % 300);
        k.barcode = QStringLiteral("BC") + k.ticketId;
        k.s360Status = S360Status::Printed;
        k.tixngoStatus = TixngoStatus::Downloaded;
        switch (i % 40) {
        case 1:
            k.s360Status = S360Status::NotPrinted;
            break; // REC-1
        case 2:
            k.tixngoStatus = TixngoStatus::None;
            break; // REC-2
        case 3:
            k.tixngoStatus = TixngoStatus::Deleted;
            break; // REC-3
        case 4:
            k.s360Status = S360Status::Cancelled;
            break; // REC-4
        case 5:
            k.s360Status = S360Status::Cancelled;
            k.tixngoStatus = TixngoStatus::DeletionPending;
            break; // REC-5
        case 6:
            k.tixngoStatus = TixngoStatus::Controlled;
            break; // REC-7
        default:
            break;
        }
        snapshot.append(k);
    }
    const qint64 buildMs = t.restart();
    auto result = Reconciler().run(std::move(snapshot));
    if (!result) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error().message));
        return 2;
    }
    const qint64 reconcileMs = t.restart();

    ReconciliationPage page(store->get());
    page.resize(1500, 950);
    page.show();
    app.processEvents();
    t.restart();
    page.showResult(*result);
    app.processEvents();
    const qint64 showMs = t.restart();
    emit page.chart()->series()->clicked(
        CategoryCount - 1 - int(Category::MissingInTixngo), page.chart()->barSet(Severity::Error));
    app.processEvents();
    const qint64 clickMs = t.restart();
    const int filtered = page.discrepancyModel()->rowCount();
    emit page.chart()->series()->clicked(
        CategoryCount - 1 - int(Category::MissingInTixngo), page.chart()->barSet(Severity::Error));
    app.processEvents();
    t.restart();
    page.table()->sortByColumn(DiscrepancyModel::AgeColumn, Qt::DescendingOrder);
    app.processEvents();
    const qint64 sortMs = t.restart();
    page.table()->scrollToBottom();
    (void)page.grab();
    const qint64 scrollMs = t.restart();
    page.table()->selectRow(page.discrepancyModel()->rowCount() - 1);
    app.processEvents();
    const qint64 detailMs = t.restart();

    std::printf("%-28s %12s\n", "step", "value");
    std::printf("%-28s %12lld\n", "tickets", static_cast<long long>(rows));
    std::printf("%-28s %12lld\n", "discrepancies", static_cast<long long>((*result)->size()));
    std::printf("%-28s %12d\n", "table rows", page.discrepancyModel()->rowCount());
    std::printf("%-28s %12lld\n", "build snapshot ms", static_cast<long long>(buildMs));
    std::printf("%-28s %12lld\n", "reconcile ms", static_cast<long long>(reconcileMs));
    std::printf("%-28s %12lld\n", "show result ms", static_cast<long long>(showMs));
    std::printf("%-28s %12lld\n", "click bar (filter) ms", static_cast<long long>(clickMs));
    std::printf("%-28s %12d\n", "rows after click", filtered);
    std::printf("%-28s %12lld\n", "sort by age ms", static_cast<long long>(sortMs));
    std::printf("%-28s %12lld\n", "scroll to end + paint ms", static_cast<long long>(scrollMs));
    std::printf("%-28s %12lld\n", "select last row ms", static_cast<long long>(detailMs));
    return 0;
}
