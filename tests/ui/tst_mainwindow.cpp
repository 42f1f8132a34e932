// The main window on a small database, as an operator uses it: the events and tickets appear,
// selecting an event narrows the tickets to it, the filter bar finds one ticket and the detail
// panel shows it with its TIXNGO history.
#include "core/store.h"
#include "items/eventtablemodel.h"
#include "items/ticketfixture.h"
#include "items/tickettablemodel.h"
#include "mainwindow.h"
#include "ticketdetailpanel.h"
#include "ticketspage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace tixsync;
using namespace tixsync::testing;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensWithEventsAndTickets();
    void selectingAnEventFiltersTickets();
    void searchShowsExactlyThatTicketAndItsDetails();
    void statusFilters();
    void detailShowsTixngoHistory();
    void addPage();
    void importFromTheWindow();
    void importErrorNamesLineAndColumn();
    void demoDataFromTheWindow();

private:
    /// A second window over an empty store of its own, for the tests that write.
    std::unique_ptr<Store> emptyStore(const char *name);
    static QString countsOf(MainWindow *w)
    {
        return w->statusBar()->findChild<QLabel *>(QStringLiteral("countsLabel"))->text();
    }
    QAbstractItemModel *ticketsShown() const { return m_window->ticketsPage()->ticketsView()->model(); }
    QString countsText() const
    {
        return m_window->statusBar()->findChild<QLabel *>(QStringLiteral("countsLabel"))->text();
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto store = Store::open(m_dir.filePath(QStringLiteral("window.sqlite")));
    QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
    m_store = std::move(*store);
    QVERIFY(fillStore(*m_store, 3, 20));
    // The TIXNGO history of one DOWNLOADED ticket (j = 11: PRINTED, DOWNLOADED).
    for (const auto &[status, at] :
        {std::pair{"INJECTED", "2026-11-01T08:00:00Z"}, std::pair{"DOWNLOADED", "2026-11-02T09:30:00Z"}})
        QVERIFY(m_store->exec(
            QStringLiteral("INSERT INTO tixngo_history (ticket_id, status, at, actor) VALUES (?, ?, ?, ?)"),
            {ticketId(1, 11), QString::fromLatin1(status), QString::fromLatin1(at), QStringLiteral("app")}));
}

void TestMainWindow::init()
{
    m_window = new MainWindow(m_store.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_COMPARE(m_window->ticketsPage()->eventsView()->model()->rowCount(), 3);
    QTRY_COMPARE(ticketsShown()->rowCount(), 60);
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestMainWindow::opensWithEventsAndTickets()
{
    QCOMPARE(m_window->pages()->tabText(0), QStringLiteral("Tickets"));
    QTRY_COMPARE(countsText(), QStringLiteral("3 events · 60 tickets · 60 shown"));
    // The first ticket is shown in the detail panel at once (never an empty panel).
    QTRY_VERIFY(!m_window->ticketsPage()->detailPanel()->ticketId().isEmpty());
    // Events in start-time order: EV3 starts before EV1.
    QCOMPARE(m_window->ticketsPage()->eventsView()->model()->index(0, 0).data(EventTableModel::EventIdRole).toString(),
        eventId(3));
}

void TestMainWindow::selectingAnEventFiltersTickets()
{
    QTableView *events = m_window->ticketsPage()->eventsView();
    int row = -1;
    for (int r = 0; r < events->model()->rowCount(); ++r)
        if (events->model()->index(r, 0).data(EventTableModel::EventIdRole).toString() == eventId(2))
            row = r;
    QVERIFY(row >= 0);
    QTest::mouseClick(
        events->viewport(), Qt::LeftButton, {}, events->visualRect(events->model()->index(row, 0)).center());
    QTRY_COMPARE(ticketsShown()->rowCount(), 20);
    for (int r = 0; r < ticketsShown()->rowCount(); ++r)
        QCOMPARE(ticketsShown()->index(r, 0).data(TicketTableModel::EventIdRole).toString(), eventId(2));
    QTRY_COMPARE(countsText(), QStringLiteral("3 events · 60 tickets · 20 shown"));
    QCOMPARE(m_window->ticketsPage()->detailPanel()->fieldText(QStringLiteral("Event"), QStringLiteral("Event id")),
        eventId(2));
}

void TestMainWindow::searchShowsExactlyThatTicketAndItsDetails()
{
    QLineEdit *search = m_window->ticketsPage()->searchField();
    search->setFocus();
    QTest::keyClicks(search, ticketNumber(3, 14));
    QTRY_COMPARE(ticketsShown()->rowCount(), 1);
    QCOMPARE(ticketsShown()->index(0, TicketTableModel::IdColumn).data().toString(), ticketId(3, 14));
    TicketDetailPanel *detail = m_window->ticketsPage()->detailPanel();
    QTRY_COMPARE(detail->ticketId(), ticketId(3, 14));
    const Ticket t = makeTicket(3, 14);
    QCOMPARE(detail->fieldText(QStringLiteral("Ticket"), QStringLiteral("Number")), t.ticketNumber);
    QCOMPARE(detail->fieldText(QStringLiteral("Seat"), QStringLiteral("Block")), t.seatBlock);
    QCOMPARE(detail->fieldText(QStringLiteral("Holder"), QStringLiteral("E-mail")), t.holder.email);
    QCOMPARE(detail->fieldText(QStringLiteral("Contact (buyer)"), QStringLiteral("E-mail")), t.contact.email);
    QVERIFY(detail->fieldText(QStringLiteral("S-360 status"), QStringLiteral("Status"))
                .contains(QStringLiteral("CANCELLED")));
    QTRY_COMPARE(countsText(), QStringLiteral("3 events · 60 tickets · 1 shown"));

    // Clearing the search shows every ticket again, the found one still current.
    search->clear();
    QTRY_COMPARE(ticketsShown()->rowCount(), 60);
    QCOMPARE(detail->ticketId(), ticketId(3, 14));
}

void TestMainWindow::statusFilters()
{
    QComboBox *s360 = m_window->ticketsPage()->s360Filter();
    s360->setCurrentIndex(s360->findText(QStringLiteral("CANCELLED")));
    QTRY_COMPARE(ticketsShown()->rowCount(), 12);
    for (int r = 0; r < 12; ++r)
        QCOMPARE(ticketsShown()
                     ->index(r, TicketTableModel::S360StatusColumn)
                     .data(TicketTableModel::StatusCodeRole)
                     .toString(),
            QStringLiteral("CANCELLED"));
    QComboBox *tixngo = m_window->ticketsPage()->tixngoFilter();
    tixngo->setCurrentIndex(tixngo->findText(QStringLiteral("DOWNLOADED")));
    QTRY_COMPARE(ticketsShown()->rowCount(), 0); // no cancelled ticket is DOWNLOADED in the fixture
    s360->setCurrentIndex(0);
    QTRY_VERIFY(ticketsShown()->rowCount() > 0);
    for (int r = 0; r < ticketsShown()->rowCount(); ++r)
        QCOMPARE(ticketsShown()->index(r, TicketTableModel::TixngoStatusColumn).data().toString(),
            QStringLiteral("DOWNLOADED"));
}

void TestMainWindow::detailShowsTixngoHistory()
{
    QTest::keyClicks(m_window->ticketsPage()->searchField(), ticketId(1, 11));
    TicketDetailPanel *detail = m_window->ticketsPage()->detailPanel();
    QTRY_COMPARE(detail->ticketId(), ticketId(1, 11));
    const QString history = detail->fieldText(QStringLiteral("TIXNGO"), QStringLiteral("History"));
    QVERIFY2(history.contains(QStringLiteral("INJECTED")) && history.contains(QStringLiteral("DOWNLOADED")),
        qPrintable(history));
    QVERIFY(history.indexOf(QStringLiteral("INJECTED")) < history.indexOf(QStringLiteral("DOWNLOADED")));
}

void TestMainWindow::addPage()
{
    auto *page = new QLabel(QStringLiteral("sync"));
    const int index = m_window->addPage(page, QStringLiteral("Sync"), QIcon(QStringLiteral(":/icons/sync.svg")));
    QCOMPARE(index, 1);
    QCOMPARE(m_window->pages()->count(), 2);
    QCOMPARE(m_window->pages()->tabText(1), QStringLiteral("Sync"));
    QVERIFY(!m_window->pages()->tabIcon(1).isNull());
    QCOMPARE(m_window->pages()->widget(1), page);
}

std::unique_ptr<Store> TestMainWindow::emptyStore(const char *name)
{
    auto store = Store::open(m_dir.filePath(QString::fromLatin1(name)));
    if (!store)
        qFatal("%s", qPrintable(store.error().toString()));
    return std::move(*store);
}

namespace {
void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}
} // namespace

void TestMainWindow::importFromTheWindow()
{
    if (!MainWindow::canImport())
        QSKIP("this build has no models/import");
    auto store = emptyStore("import.sqlite");
    MainWindow w(store.get());
    w.show();
    QTRY_COMPARE(countsOf(&w), QStringLiteral("0 events · 0 tickets · 0 shown"));
    w.importCsv(QStringLiteral(TIXSYNC_TEST_DATA "/import/good.csv"));
    QVERIFY(w.currentJob());
    // The import runs in a worker; the window reloads when it is done.
    QTRY_COMPARE(countsOf(&w), QStringLiteral("2 events · 4 tickets · 4 shown"));
    QTRY_VERIFY(!w.currentJob());
    QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("good.csv")));
}

void TestMainWindow::importErrorNamesLineAndColumn()
{
    if (!MainWindow::canImport())
        QSKIP("this build has no models/import");
    auto store = emptyStore("bad-import.sqlite");
    const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
    writeFile(path,
        "ticket_id,ticket_number,event_id,event_name,event_start,s360_status\n"
        "900001,55501,EVX,Test match,2027-01-09T20:00:00+01:00,PRINTED\n"
        "900002,55502,EVX,Test match,2027-01-09T20:00:00+01:00,PRINTD\n");
    MainWindow w(store.get());
    w.show();
    w.importCsv(path);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = w.findChild<QMessageBox *>(QStringLiteral("errorBox"))) && box->isVisible());
    // The whole file is refused: line 3, character 55 (where PRINTD starts), and nothing was written.
    QVERIFY2(box->text().contains(QStringLiteral("bad.csv:3:55")), qPrintable(box->text()));
    QVERIFY(!w.currentJob());
    w.reloadData();
    QTRY_COMPARE(countsOf(&w), QStringLiteral("0 events · 0 tickets · 0 shown"));
}

void TestMainWindow::demoDataFromTheWindow()
{
    if (!MainWindow::canImport())
        QSKIP("this build has no models/import");
    auto store = emptyStore("demo.sqlite");
    MainWindow w(store.get());
    w.show();
    QVERIFY(w.isStoreEmpty());
    w.generateDemoData(2, 25, 7);
    QTRY_COMPARE(countsOf(&w), QStringLiteral("2 events · 50 tickets · 50 shown"));
    QVERIFY(!w.isStoreEmpty());
    QTRY_COMPARE(w.ticketsPage()->eventsView()->model()->rowCount(), 2);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
