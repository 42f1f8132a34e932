// The Reconciliation page on a database with mismatches of several kinds: the chart's counts are
// the table's rows per category, clicking a bar filters the table, fixes run through the sync
// engine against tixngo-sim on the chosen tickets only and the fixed ticket leaves the view (a push
// deletion, a refresh that reads the ticket from TIXNGO), a refused fix is reported, a production
// profile asks to type the number of tickets, a skip-list fix is shown, the view exports to CSV.
// TIXSYNC_SCREENSHOT=path saves a picture of the page.
#include "../sim/simprocess.h"
#include "../sync/synctestutil.h"
#include "core/store.h"
#include "mainwindow.h"
#include "productionconfirmation.h"
#include "recon/discrepancymodel.h"
#include "recon/reconeventmodel.h"
#include "reconchart.h"
#include "reconpage.h"
#include "sync/runcontroller.h"
#include "sync/syncengine.h"
#include "sync/ticketactions.h"

#include <QApplication>
#include <QBarSet>
#include <QComboBox>
#include <QFile>
#include <QHorizontalStackedBarSeries>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tixsync;
using namespace tixsync::recon;
using tixsync::test::makeEvent;
using tixsync::test::makeTicket;

class TestReconPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void chartCountsEqualTableRowsPerCategory(); // rules REC-1…REC-6
    void clickingACategoryFiltersTheTable();
    void eventTotalsFilterTheTable();
    void detailShowsExplanationAndBothHistories();
    void pushDeletionFixRunsThroughTheEngineAndUpdatesTheView(); // rule REC-10, REC-4
    void fixRefusedByTixngoIsReportedNotFixed(); // rule REC-1
    void refreshReadsTheTicketAndUpdatesTheView(); // rule REC-1, REC-10
    void productionProfileAsksToTypeTheNumberOfTickets();
    void reprintAndInjectReplacesATicketDeletedInTixngo_rec3();
    void noReprintWhenTixngoCannotBeRead_rec3();
    void skipListFixIsShownAfterReconciling();
    void exportWritesTheCurrentView();
    void readingTixngosViewShowsTicketsS360DoesNotHave(); // rule REC-9
    void reconcilesWhenFirstShownInTheMainWindow();

private:
    void reconcile();
    int rowOf(const QString &ticketId);

    SimProcess m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ReconciliationPage> m_page;
    int m_counter = 0;
};

void TestReconPage::initTestCase()
{
    QVERIFY2(m_sim.start(), qPrintable(m_sim.lastError));
    qputenv("TIXNGO_API_KEY", SimProcess::kKey);
}

void TestReconPage::init()
{
    QCOMPARE(m_sim.call("POST", m_sim.sim(QStringLiteral("/_sim/reset")), "{}").status, 200);
    auto s = Store::open(m_dir.filePath(QStringLiteral("recon%1.sqlite").arg(++m_counter)));
    QVERIFY(s);
    m_store = std::move(*s);
    QVERIFY(m_store->setSetting(QStringLiteral("tixngo/url"), m_sim.url.toString()));
    QVERIFY(m_store->upsertEvent(makeEvent(QStringLiteral("E1"))));
    QVERIFY(m_store->upsertEvent(makeEvent(QStringLiteral("E2"))));

    // A ticket really in TIXNGO (injected through the engine), then cancelled in S-360: still
    // live after the cancel (REC-4) until the push deletion.
    QVERIFY(m_store->upsertTicket(makeTicket(QStringLiteral("C1"), QStringLiteral("E1"))));
    {
        auto transport = sync::defaultTransport(*m_store, {});
        QVERIFY2(transport, qPrintable(transport ? QString() : transport.error().message));
        sync::RunOptions o;
        o.function = sync::SyncFunction::Inject;
        o.organizer = sync::organizerFor(m_sim.url.toString());
        const auto r = sync::runFunction(*m_store, transport->get(), o);
        QCOMPARE(r.succeeded, 1);
    }
    QVERIFY(sync::ticketactions::cancel(*m_store, {QStringLiteral("C1")}));

    const QDateTime old(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC);
    auto add = [&](const QString &id, const QString &event, S360Status s, TixngoStatus t) {
        Ticket k = makeTicket(id, event, s);
        k.tixngoStatus = t;
        k.tixngoUpdatedAt = old;
        if (s == S360Status::Controlled)
            k.controlledAt = old;
        if (t == TixngoStatus::None)
            k.injectedAt = {};
        return m_store->upsertTicket(k);
    };
    QVERIFY(add(QStringLiteral("S1"), QStringLiteral("E1"), S360Status::NotPrinted, TixngoStatus::Downloaded));
    QVERIFY(add(QStringLiteral("S2"), QStringLiteral("E2"), S360Status::NotPrinted, TixngoStatus::Injected));
    for (int i = 1; i <= 3; ++i)
        QVERIFY(add(QStringLiteral("M%1").arg(i), QStringLiteral("E2"), S360Status::Printed, TixngoStatus::None));
    QVERIFY(add(QStringLiteral("D1"), QStringLiteral("E1"), S360Status::Printed, TixngoStatus::Deleted));
    QVERIFY(add(QStringLiteral("P1"), QStringLiteral("E2"), S360Status::Controlled, TixngoStatus::Downloaded));
    QVERIFY(add(QStringLiteral("K1"), QStringLiteral("E1"), S360Status::Printed, TixngoStatus::Controlled));
    QVERIFY(add(QStringLiteral("X1"), QStringLiteral("E2"), S360Status::Cancelled, TixngoStatus::DeletionPending));
    QVERIFY(add(QStringLiteral("OK1"), QStringLiteral("E1"), S360Status::Printed, TixngoStatus::Downloaded));

    m_page = std::make_unique<ReconciliationPage>(m_store.get());
    m_page->setConfirmation([](const QString &, const QString &) { return true; });
    m_page->resize(1500, 950);
    reconcile();
}

void TestReconPage::cleanup()
{
    if (m_page && m_page->isFixing()) {
        QSignalSpy done(m_page.get(), &ReconciliationPage::fixesFinished);
        done.wait(30000);
    }
    m_page.reset();
    m_store.reset();
}

void TestReconPage::reconcile()
{
    QSignalSpy spy(m_page.get(), &ReconciliationPage::reconciled);
    m_page->reconcile();
    QVERIFY(spy.wait(20000));
}

int TestReconPage::rowOf(const QString &ticketId)
{
    DiscrepancyModel *m = m_page->discrepancyModel();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data(DiscrepancyModel::TicketIdRole).toString() == ticketId)
            return r;
    return -1;
}

void TestReconPage::chartCountsEqualTableRowsPerCategory()
{
    DiscrepancyModel *m = m_page->discrepancyModel();
    QCOMPARE(m->rowCount(), 10); // C1, S1, S2, M1-3, D1, P1, K1, X1; OK1 agrees
    QCOMPARE(rowOf(QStringLiteral("OK1")), -1);
    int kinds = 0, sum = 0;
    for (int c = 0; c < CategoryCount; ++c) {
        int rows = 0;
        for (int r = 0; r < m->rowCount(); ++r)
            rows += m->index(r, 0).data(DiscrepancyModel::CategoryRole).toInt() == c;
        QCOMPARE(m_page->chart()->count(Category(c)), qint64(rows));
        kinds += rows > 0;
        sum += rows;
    }
    QCOMPARE(sum, 10);
    QCOMPARE(kinds, 7);
    QCOMPARE(m_page->chart()->count(Category::MissingInTixngo), 3); // REC-2
    QCOMPARE(m_page->chart()->count(Category::ShouldNotExist), 2); // REC-1
    QCOMPARE(m_page->chart()->count(Category::LiveAfterCancel), 1); // REC-4
    QCOMPARE(m_page->chart()->count(Category::DeletionStuck), 1); // REC-5
    // The severity is written next to the colour: the pending cancel is labelled "Pending".
    const int c1 = rowOf(QStringLiteral("C1"));
    QVERIFY(c1 >= 0);
    QCOMPARE(m->index(c1, DiscrepancyModel::SeverityColumn).data().toString(), severityName(Severity::Pending));
    QVERIFY(!m_page->table()->model()->index(c1, DiscrepancyModel::SeverityColumn).data(Qt::DecorationRole).isNull());
    QCOMPARE(m_page->table()
                 ->model()
                 ->index(rowOf(QStringLiteral("M1")), DiscrepancyModel::TixngoStatusColumn)
                 .data()
                 .toString(),
        QStringLiteral("absent"));
}

void TestReconPage::clickingACategoryFiltersTheTable()
{
    QHorizontalStackedBarSeries *series = m_page->chart()->series();
    QBarSet *errors = m_page->chart()->barSet(Severity::Error);
    // Bars are drawn top-down from REC-1: Missing in TIXNGO is the second bar from the top.
    emit series->clicked(CategoryCount - 1 - int(Category::MissingInTixngo), errors);
    DiscrepancyModel *m = m_page->discrepancyModel();
    QTRY_COMPARE(m->rowCount(), 3); // queued: after the bar's mouse release handler
    for (int r = 0; r < 3; ++r)
        QCOMPARE(m->index(r, 0).data(DiscrepancyModel::CategoryRole).toInt(), int(Category::MissingInTixngo));
    QCOMPARE(m_page->categoryFilter()->currentText(), categoryName(Category::MissingInTixngo));
    // Another bar switches, the same bar again clears the filter.
    emit series->clicked(CategoryCount - 1 - int(Category::ShouldNotExist), errors);
    QTRY_COMPARE(m->rowCount(), 2);
    emit series->clicked(CategoryCount - 1 - int(Category::ShouldNotExist), errors);
    QTRY_COMPARE(m->rowCount(), 10);

    // With the mouse: the filter relabels the axis (highlight), which rebuilds the bars; the bar
    // that was clicked must not be used after that (it crashed the application).
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    ReconChart *view = m_page->chart();
    const auto barCentre = [&](Category c) {
        const QPointF inChart
            = view->chart()->mapToPosition(QPointF(0.5 * view->count(c), CategoryCount - 1 - int(c)), series);
        return view->mapFromScene(view->chart()->mapToScene(inChart));
    };
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, barCentre(Category::MissingInTixngo));
    QTRY_COMPARE(m->rowCount(), 3);
    QCOMPARE(m_page->categoryFilter()->currentText(), categoryName(Category::MissingInTixngo));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, barCentre(Category::DeletedInTixngoOnly));
    QTRY_COMPARE(m->rowCount(), 1); // D1, rule REC-3
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, barCentre(Category::DeletedInTixngoOnly));
    QTRY_COMPARE(m->rowCount(), 10);
}

void TestReconPage::eventTotalsFilterTheTable()
{
    ReconEventModel *events = m_page->eventModel();
    QCOMPARE(events->rowCount(), 2);
    // E2 has S2, M1-3, P1 and X1: 6; it has the most errors, so it comes first.
    int e2 = -1;
    for (int r = 0; r < events->rowCount(); ++r)
        if (events->index(r, 0).data(ReconEventModel::EventIdRole).toString() == QLatin1String("E2"))
            e2 = r;
    QCOMPARE(e2, 0);
    QTest::mouseClick(m_page->eventTable()->viewport(), Qt::LeftButton, {},
        m_page->eventTable()->visualRect(events->index(e2, 0)).center());
    QCOMPARE(m_page->discrepancyModel()->rowCount(), 6);
    QCOMPARE(m_page->discrepancyModel()->filter().eventId, QStringLiteral("E2"));
}

void TestReconPage::detailShowsExplanationAndBothHistories()
{
    const int row = rowOf(QStringLiteral("C1"));
    m_page->table()->selectRow(row);
    const QString text = m_page->detailText();
    QVERIFY2(text.contains(QStringLiteral("C1")), qPrintable(text));
    QVERIFY2(text.contains(categoryName(Category::LiveAfterCancel)), qPrintable(text));
    // S-360 history: the cancel recorded by the ticket action; TIXNGO log: the injection.
    QVERIFY2(text.contains(QStringLiteral("CANCELLED")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("INJECTED")), qPrintable(text));
}

void TestReconPage::pushDeletionFixRunsThroughTheEngineAndUpdatesTheView()
{
    QString confirmation;
    m_page->setConfirmation([&](const QString &, const QString &text) {
        confirmation = text;
        return true;
    });
    const int row = rowOf(QStringLiteral("C1"));
    QVERIFY(row >= 0);
    QSignalSpy fixed(m_page.get(), &ReconciliationPage::fixesFinished);
    QSignalSpy reconciled(m_page.get(), &ReconciliationPage::reconciled);
    QVERIFY(m_page->fixRows({row}, FixKind::PushDeletion));
    QVERIFY2(confirmation.contains(QStringLiteral("1 ticket")), qPrintable(confirmation));
    QVERIFY2(confirmation.contains(QStringLiteral("TIXNGO")), qPrintable(confirmation));
    QVERIFY(fixed.wait(30000));
    QVERIFY2(fixed.first().first().toBool(), qPrintable(m_page->messageText()));
    // Only C1 was sent: X1 (cancelled too, due for push cancelled, never in the sim) waits for the
    // function's own schedule.
    QVERIFY2(m_page->messageText().contains(QStringLiteral("1 sent, 0 failed")), qPrintable(m_page->messageText()));
    QVERIFY2(!m_page->messageText().contains(QStringLiteral("X1")), qPrintable(m_page->messageText()));
    QTRY_VERIFY_WITH_TIMEOUT(reconciled.size() >= 1, 20000);
    // The sim deleted it, the local state says so, and the view no longer lists it.
    QCOMPARE(m_store->ticket(QStringLiteral("C1"))->tixngoStatus, TixngoStatus::DeletionPending);
    QCOMPARE(rowOf(QStringLiteral("C1")), -1);
    QCOMPARE(m_page->chart()->count(Category::LiveAfterCancel), 0);
    QCOMPARE(m_page->discrepancyModel()->rowCount(), 9);
    QVERIFY(rowOf(QStringLiteral("X1")) >= 0);
    auto sent = m_store->exec(
        QStringLiteral("SELECT COUNT(*) FROM sync_run_tickets WHERE ticket_id = ?"), {QStringLiteral("X1")});
    QVERIFY(sent && sent->next());
    QCOMPARE(sent->value(0).toInt(), 0);
}

void TestReconPage::fixRefusedByTixngoIsReportedNotFixed()
{
    // S1 is NOT_PRINTED but live in the local TIXNGO state (REC-1); the sim never had it. Push
    // deletion takes it (a NOT_PRINTED ticket TIXNGO has, forced) and TIXNGO refuses it: the page
    // must say so and not claim it is fixed.
    QSignalSpy fixed(m_page.get(), &ReconciliationPage::fixesFinished);
    QVERIFY(m_page->fixRows({rowOf(QStringLiteral("S1"))}, FixKind::PushDeletion));
    QVERIFY(fixed.wait(30000));
    QCOMPARE(fixed.first().first().toBool(), false);
    QVERIFY2(m_page->messageText().contains(QStringLiteral("S1: ")), qPrintable(m_page->messageText()));
    QVERIFY2(m_page->messageText().contains(QStringLiteral("0 sent, 1 failed")), qPrintable(m_page->messageText()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isReconciling() && rowOf(QStringLiteral("S1")) >= 0, 20000);
}

void TestReconPage::refreshReadsTheTicketAndUpdatesTheView()
{
    // S1 and S2 (REC-1) are live only in the local state: reading them from TIXNGO
    // (GET organizer/tickets/{id}, 404) stores them as absent, which agrees with NOT_PRINTED.
    const QString keyBefore = sync::runs::feedbackKey(*m_store, sync::organizerFor(m_sim.url.toString()));
    QCOMPARE(m_page->chart()->count(Category::ShouldNotExist), 2);
    QSignalSpy fixed(m_page.get(), &ReconciliationPage::fixesFinished);
    QSignalSpy reconciled(m_page.get(), &ReconciliationPage::reconciled);
    QVERIFY(m_page->fixRows({rowOf(QStringLiteral("S1"))}, FixKind::RefreshFromTixngo));
    QVERIFY(fixed.wait(30000));
    QVERIFY2(fixed.first().first().toBool(), qPrintable(m_page->messageText()));
    QVERIFY2(m_page->messageText().contains(QStringLiteral("1 unknown to TIXNGO")), qPrintable(m_page->messageText()));
    QTRY_VERIFY_WITH_TIMEOUT(reconciled.size() >= 1, 20000);
    QCOMPARE(m_store->ticket(QStringLiteral("S1"))->tixngoStatus, TixngoStatus::None);
    QCOMPARE(rowOf(QStringLiteral("S1")), -1);
    QCOMPARE(m_page->chart()->count(Category::ShouldNotExist), 1);
    QCOMPARE(m_page->discrepancyModel()->rowCount(), 9);
    // Only S1 was read: S2 keeps its state, and the feedback position did not move.
    QCOMPARE(m_store->ticket(QStringLiteral("S2"))->tixngoStatus, TixngoStatus::Injected);
    QCOMPARE(sync::runs::feedbackKey(*m_store, sync::organizerFor(m_sim.url.toString())), keyBefore);
}

void TestReconPage::productionProfileAsksToTypeTheNumberOfTickets()
{
    secrets::ConnectionProfile production;
    production.name = QStringLiteral("Production");
    production.url = m_sim.url.toString();
    production.production = true;
    m_page->setProductionProfile(production);
    m_page->show();
    const QList<int> rows{rowOf(QStringLiteral("S1")), rowOf(QStringLiteral("S2"))};

    // Cancelled at the typed confirmation: nothing runs.
    QVERIFY(m_page->fixRows(rows, FixKind::RefreshFromTixngo));
    auto *asked = m_page->findChild<ProductionConfirmation *>();
    QVERIFY(asked);
    QVERIFY2(asked->message().contains(QStringLiteral("2 tickets")), qPrintable(asked->message()));
    QVERIFY2(asked->message().contains(QStringLiteral("Production")), qPrintable(asked->message()));
    QVERIFY(!m_page->isFixing());
    QVERIFY(!m_page->fixRows(rows, FixKind::RefreshFromTixngo)); // one question at a time
    asked->reject();
    QTRY_VERIFY(!m_page->findChild<ProductionConfirmation *>());
    QVERIFY(!m_page->isFixing());
    QCOMPARE(m_store->ticket(QStringLiteral("S1"))->tixngoStatus, TixngoStatus::Downloaded);

    // Typed: the fix runs.
    QSignalSpy fixed(m_page.get(), &ReconciliationPage::fixesFinished);
    QVERIFY(m_page->fixRows(rows, FixKind::RefreshFromTixngo));
    asked = m_page->findChild<ProductionConfirmation *>();
    QVERIFY(asked);
    asked->confirmationField()->setText(QStringLiteral("3"));
    QVERIFY(!asked->confirmButton()->isEnabled());
    asked->confirmationField()->setText(QStringLiteral("2"));
    QVERIFY(asked->confirmButton()->isEnabled());
    asked->confirmButton()->click();
    QVERIFY(fixed.wait(30000));
    QVERIFY2(fixed.first().first().toBool(), qPrintable(m_page->messageText()));
    QCOMPARE(m_store->ticket(QStringLiteral("S1"))->tixngoStatus, TixngoStatus::None);
    QCOMPARE(m_store->ticket(QStringLiteral("S2"))->tixngoStatus, TixngoStatus::None);
}

void TestReconPage::reprintAndInjectReplacesATicketDeletedInTixngo_rec3()
{
    // rule REC-3: D1 is PRINTED in S-360 and DELETED in TIXNGO — for real: injected, then deleted
    // in the TIXNGO back-office; the local state still says INJECTED, reading TIXNGO's view shows
    // the deletion. Its row offers "Reprint and inject" (not re-inject: TIXNGO keeps a deleted id
    // deleted); on a production profile the number of tickets is typed; the fix reads D1 from
    // TIXNGO, reprints it in S-360 and injects the new ticket, and the row leaves the view.
    {
        auto transport = sync::defaultTransport(*m_store, {});
        QVERIFY(transport);
        sync::RunOptions o;
        o.function = sync::SyncFunction::Inject;
        o.organizer = sync::organizerFor(m_sim.url.toString());
        o.force = QStringLiteral("id:D1");
        o.forcedOnly = true;
        QCOMPARE(sync::runFunction(*m_store, transport->get(), o).succeeded, 1);
    }
    QCOMPARE(m_sim.call("POST", m_sim.sim(QStringLiteral("/_sim/tickets/D1/status")), R"({"status":"DELETED"})").status,
        200);
    reconcile();
    QCOMPARE(rowOf(QStringLiteral("D1")), -1); // the local state: INJECTED, no discrepancy
    QSignalSpy read(m_page.get(), &ReconciliationPage::tixngoViewRead);
    QSignalSpy viewed(m_page.get(), &ReconciliationPage::reconciled);
    m_page->readTixngoView();
    QVERIFY(read.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(viewed.size() >= 1 && !m_page->isReconciling(), 20000);
    const int row = rowOf(QStringLiteral("D1"));
    QVERIFY(row >= 0);
    QCOMPARE(m_page->discrepancyModel()->index(row, 0).data(DiscrepancyModel::CategoryRole).toInt(),
        int(Category::DeletedInTixngoOnly));
    QCOMPARE(m_store->ticket(QStringLiteral("D1"))->tixngoStatus, TixngoStatus::Injected);
    m_page->show();
    m_page->table()->selectRow(row);
    auto *reprint = m_page->findChild<QPushButton *>(QStringLiteral("fix-REPRINT_AND_INJECT"));
    auto *reinject = m_page->findChild<QPushButton *>(QStringLiteral("fix-REINJECT"));
    QVERIFY(reprint && reinject);
    QCOMPARE(reprint->text(), fixName(FixKind::ReprintAndInject));
    QVERIFY(reprint->isEnabled());
    QVERIFY(!reinject->isEnabled());
    QVERIFY2(m_page->detailText().contains(fixName(FixKind::ReprintAndInject)), qPrintable(m_page->detailText()));

    QString confirmation;
    m_page->setConfirmation([&](const QString &, const QString &text) {
        confirmation = text;
        return true;
    });
    secrets::ConnectionProfile production;
    production.name = QStringLiteral("Production");
    production.url = m_sim.url.toString();
    production.production = true;
    m_page->setProductionProfile(production);
    QSignalSpy fixed(m_page.get(), &ReconciliationPage::fixesFinished);
    QSignalSpy reconciled(m_page.get(), &ReconciliationPage::reconciled);
    reprint->click();
    // Said plainly: a new ticket for the spectator, both systems change.
    QVERIFY2(confirmation.contains(QStringLiteral("1 ticket")), qPrintable(confirmation));
    QVERIFY2(confirmation.contains(QStringLiteral("The spectator gets a new ticket, with a new ticket id and a new "
                                                  "barcode")),
        qPrintable(confirmation));
    QVERIFY2(confirmation.contains(QStringLiteral("This changes both systems")), qPrintable(confirmation));
    QVERIFY2(confirmation.contains(QStringLiteral("D1")), qPrintable(confirmation));
    auto *asked = m_page->findChild<ProductionConfirmation *>();
    QVERIFY(asked);
    QVERIFY2(asked->message().contains(QStringLiteral("reprint")), qPrintable(asked->message()));
    QVERIFY2(asked->message().contains(QStringLiteral("1 ticket")), qPrintable(asked->message()));
    QCOMPARE(m_store->ticket(QStringLiteral("D1"))->s360Status, S360Status::Printed); // nothing yet
    asked->confirmationField()->setText(QStringLiteral("1"));
    asked->confirmButton()->click();
    QVERIFY(fixed.wait(30000));
    QVERIFY2(fixed.first().first().toBool(), qPrintable(m_page->messageText()));
    QVERIFY2(m_page->messageText().contains(QStringLiteral("D1 → D1-R1")), qPrintable(m_page->messageText()));
    QVERIFY2(m_page->messageText().contains(QStringLiteral("1 sent, 0 failed")), qPrintable(m_page->messageText()));
    QTRY_VERIFY_WITH_TIMEOUT(reconciled.size() >= 1 && !m_page->isReconciling(), 20000);

    // The old ticket INVALIDATED (and DELETED in TIXNGO), the new one PRINTED and in TIXNGO.
    QCOMPARE(m_store->ticket(QStringLiteral("D1"))->s360Status, S360Status::Invalidated);
    QCOMPARE(m_store->ticket(QStringLiteral("D1"))->tixngoStatus, TixngoStatus::Deleted);
    QCOMPARE(m_store->ticket(QStringLiteral("D1-R1"))->s360Status, S360Status::Printed);
    QCOMPARE(m_sim.call("GET", m_sim.sim(QStringLiteral("/_sim/tickets/D1-R1"))).json().value(QStringLiteral("status")),
        QJsonValue(QStringLiteral("INJECTED")));
    QCOMPARE(rowOf(QStringLiteral("D1")), -1);
    QCOMPARE(rowOf(QStringLiteral("D1-R1")), -1);
    QCOMPARE(m_page->chart()->count(Category::DeletedInTixngoOnly), 0);
    QCOMPARE(m_page->discrepancyModel()->rowCount(), 9);
    // Only D1's reprint was injected: M1-M3 (printed, missing in TIXNGO) were not sent.
    QCOMPARE(m_sim.call("GET", m_sim.sim(QStringLiteral("/_sim/tickets/M1"))).status, 404);

    // Audited: the reprint (ticket action) and the fix with its run.
    auto fixes = m_store->exec(
        QStringLiteral("SELECT parameters FROM audit_log WHERE action = ? ORDER BY id DESC"), {QStringLiteral("fix")});
    QVERIFY(fixes && fixes->next());
    const QString fixLine = fixes->value(0).toString();
    QVERIFY2(fixLine.contains(QStringLiteral("REPRINT_AND_INJECT")) && fixLine.contains(QStringLiteral("D1-R1"))
            && fixLine.contains(QStringLiteral("runId")),
        qPrintable(fixLine));
    auto reprints
        = m_store->exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND parameters LIKE ?"),
            {QStringLiteral("ticket-action"), QStringLiteral("%reprint%")});
    QVERIFY(reprints && reprints->next());
    QCOMPARE(reprints->value(0).toInt(), 1);
}

namespace {
// TIXNGO answering everything but the direct read of a ticket.
class NoReadTransport final : public sync::TixngoTransport {
public:
    explicit NoReadTransport(std::unique_ptr<sync::TixngoTransport> inner)
        : m_inner(std::move(inner))
    {
    }
    sync::BatchAnswer inject(const QList<QByteArray> &payloads, const QStringList &ids) override
    {
        return m_inner->inject(payloads, ids);
    }
    sync::BatchAnswer deleteTickets(const QList<sync::DeleteRequest> &tickets) override
    {
        return m_inner->deleteTickets(tickets);
    }
    sync::BatchAnswer control(const QList<sync::ControlRequest> &tickets) override { return m_inner->control(tickets); }
    Result<sync::DiffPage> diff(const QString &key, int limit) override { return m_inner->diff(key, limit); }
    Result<std::optional<sync::RemoteTicket>> readTicket(const QString &) override
    {
        return fail(QStringLiteral("HTTP_503"), QStringLiteral("TIXNGO is unavailable"));
    }

private:
    std::unique_ptr<sync::TixngoTransport> m_inner;
};
} // namespace

void TestReconPage::noReprintWhenTixngoCannotBeRead_rec3()
{
    // rule REC-3: D1 is stored PRINTED + DELETED, but reading it from TIXNGO before the reprint
    // fails: nothing is reprinted or injected (the stored state may be old), and the page says so.
    m_page->setTransportFactory([](Store &store) -> Result<std::unique_ptr<sync::TixngoTransport>> {
        auto inner = sync::defaultTransport(store, {});
        if (!inner)
            return fail(inner.error());
        return std::unique_ptr<sync::TixngoTransport>(std::make_unique<NoReadTransport>(std::move(*inner)));
    });
    QSignalSpy fixed(m_page.get(), &ReconciliationPage::fixesFinished);
    QVERIFY(m_page->fixRows({rowOf(QStringLiteral("D1"))}, FixKind::ReprintAndInject));
    QVERIFY(fixed.wait(30000));
    QCOMPARE(fixed.first().first().toBool(), false);
    QVERIFY2(
        m_page->messageText().contains(QStringLiteral("Nothing was reprinted")), qPrintable(m_page->messageText()));
    QVERIFY2(
        m_page->messageText().contains(QStringLiteral("TIXNGO is unavailable")), qPrintable(m_page->messageText()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isReconciling() && rowOf(QStringLiteral("D1")) >= 0, 20000);
    QCOMPARE(m_store->ticket(QStringLiteral("D1"))->s360Status, S360Status::Printed);
    QVERIFY(!m_store->ticket(QStringLiteral("D1-R1")));
}

void TestReconPage::skipListFixIsShownAfterReconciling()
{
    // Missing in TIXNGO: the only offer besides re-inject/refresh; push deletion does not apply.
    QVERIFY(!m_page->fixRows({rowOf(QStringLiteral("M2"))}, FixKind::PushDeletion));
    QVERIFY(m_page->messageText().contains(fixName(FixKind::PushDeletion)));
    QSignalSpy reconciled(m_page.get(), &ReconciliationPage::reconciled);
    QVERIFY(m_page->fixRows({rowOf(QStringLiteral("M2"))}, FixKind::SkipList));
    QTRY_VERIFY_WITH_TIMEOUT(reconciled.size() >= 1, 20000);
    const QModelIndex fix = m_page->table()->model()->index(rowOf(QStringLiteral("M2")), DiscrepancyModel::FixColumn);
    QVERIFY2(fix.data().toString().startsWith(QStringLiteral("On skip list")), qPrintable(fix.data().toString()));
    auto list = sync::runs::skipList(*m_store, sync::SyncFunction::Inject);
    QVERIFY(list);
    QVERIFY(list->ticketIds.contains(QStringLiteral("M2")));
}

void TestReconPage::exportWritesTheCurrentView()
{
    m_page->categoryFilter()->setCurrentIndex(m_page->categoryFilter()->findData(int(Category::MissingInTixngo)));
    const QString path = m_dir.filePath(QStringLiteral("view.csv"));
    QVERIFY(m_page->exportCsv(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 4); // header + 3
    QVERIFY(lines.at(1).contains("MISSING_IN_TIXNGO"));
}

void TestReconPage::readingTixngosViewShowsTicketsS360DoesNotHave()
{
    // O1 is injected through the engine, then removed from the S-360 data: only TIXNGO has it.
    QVERIFY(m_store->upsertTicket(makeTicket(QStringLiteral("O1"), QStringLiteral("E1"))));
    {
        auto transport = sync::defaultTransport(*m_store, {});
        QVERIFY(transport);
        sync::RunOptions o;
        o.function = sync::SyncFunction::Inject;
        o.organizer = sync::organizerFor(m_sim.url.toString());
        o.force = QStringLiteral("id:O1");
        o.forcedOnly = true;
        QCOMPARE(sync::runFunction(*m_store, transport->get(), o).succeeded, 1);
    }
    QVERIFY(m_store->exec(QStringLiteral("DELETE FROM tickets WHERE ticket_id = ?"), {QStringLiteral("O1")}));
    reconcile();
    QCOMPARE(rowOf(QStringLiteral("O1")), -1);
    QCOMPARE(m_page->chart()->count(Category::UnknownToS360), 0);

    QSignalSpy read(m_page.get(), &ReconciliationPage::tixngoViewRead);
    QSignalSpy reconciled(m_page.get(), &ReconciliationPage::reconciled);
    const QString keyBefore = sync::runs::feedbackKey(*m_store, sync::organizerFor(m_sim.url.toString()));
    m_page->readTixngoView();
    QVERIFY(m_page->isReadingTixngo());
    QVERIFY(read.wait(20000));
    QVERIFY2(read.first().first().toBool(), qPrintable(m_page->messageText()));
    QTRY_VERIFY_WITH_TIMEOUT(reconciled.size() >= 1, 20000);
    QCOMPARE(m_page->tixngoViewSize(), 2); // C1 and O1
    QVERIFY(rowOf(QStringLiteral("O1")) >= 0);
    QCOMPARE(m_page->chart()->count(Category::UnknownToS360), 1);
    QCOMPARE(m_page->discrepancyModel()->rowCount(), 11);
    // Only read: the feedback position did not move.
    QCOMPARE(sync::runs::feedbackKey(*m_store, sync::organizerFor(m_sim.url.toString())), keyBefore);

    if (const QByteArray shot = qgetenv("TIXSYNC_SCREENSHOT"); !shot.isEmpty()) {
        m_page->show();
        m_page->table()->selectRow(rowOf(QStringLiteral("C1")));
        QTest::qWait(200);
        QVERIFY(m_page->grab().save(QString::fromLocal8Bit(shot)));
    }

    // Push deletion of a ticket S-360 does not have: the engine cannot send it; said so.
    QSignalSpy refused(m_page.get(), &ReconciliationPage::fixesFinished);
    QVERIFY(m_page->fixRows({rowOf(QStringLiteral("O1"))}, FixKind::PushDeletion));
    QVERIFY(refused.wait(30000));
    QCOMPARE(refused.first().first().toBool(), false);
    QVERIFY2(m_page->messageText().contains(QStringLiteral("S-360 does not have 1 ticket(s): O1")),
        qPrintable(m_page->messageText()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isReconciling(), 20000);
    QCOMPARE(m_sim.call("GET", m_sim.sim(QStringLiteral("/_sim/tickets/O1"))).json().value(QStringLiteral("status")),
        QJsonValue(QStringLiteral("INJECTED")));

    // A fix after the reading: the view (read before it) does not hide what the fix changed.
    read.clear();
    reconciled.clear();
    m_page->readTixngoView();
    QVERIFY(read.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(reconciled.size() >= 1 && !m_page->isReconciling(), 20000);
    QCOMPARE(m_page->tixngoViewSize(), 2);
    QSignalSpy fixed(m_page.get(), &ReconciliationPage::fixesFinished);
    reconciled.clear();
    QVERIFY(m_page->fixRows({rowOf(QStringLiteral("C1"))}, FixKind::PushDeletion));
    QVERIFY(fixed.wait(30000));
    QVERIFY2(fixed.first().first().toBool(), qPrintable(m_page->messageText()));
    QTRY_VERIFY_WITH_TIMEOUT(reconciled.size() >= 1, 20000);
    QCOMPARE(rowOf(QStringLiteral("C1")), -1);
    QCOMPARE(m_page->tixngoViewSize(), 0);
}

void TestReconPage::reconcilesWhenFirstShownInTheMainWindow()
{
    MainWindow window(m_store.get());
    auto *page = new ReconciliationPage(m_store.get());
    QSignalSpy spy(page, &ReconciliationPage::reconciled);
    window.addPage(page, QStringLiteral("Reconciliation"));
    window.show();
    page->show();
    QVERIFY(spy.wait(20000));
    QCOMPARE(page->discrepancyModel()->rowCount(), 10);
}

QTEST_MAIN(TestReconPage)
#include "tst_reconpage.moc"
