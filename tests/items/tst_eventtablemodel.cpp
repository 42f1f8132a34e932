// The event table model: events in start-time order with their ticket counts per S-360 status,
// loaded in the background; a reload shows changed counts.
#include "items/eventtablemodel.h"
#include "items/ticketfixture.h"

#include "support/testdb.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tixsync;
using namespace tixsync::testing;

class TestEventTableModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void loadCountsPerStatus();
    void eventWithoutTickets();
    void reloadShowsNewCounts();
    void headers();

private:
    void load();
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    EventTableModel *m_model = nullptr;
};

void TestEventTableModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto store = Store::open(TIXSYNC_FRESH_DB(m_dir, "events")); // SQLite, or PostgreSQL for the _pg run
    QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
    m_store = std::move(*store);
    QVERIFY(fillStore(*m_store, 3, 20));
    Event empty = makeEvent(4);
    empty.name = QStringLiteral("Empty event");
    empty.city.clear();
    QVERIFY(m_store->upsertEvent(empty));

    m_model = new EventTableModel(this);
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_model->setStore(m_store.get());
    load();
}

void TestEventTableModel::load()
{
    QSignalSpy loaded(m_model, &EventTableModel::loaded);
    m_model->reload();
    QVERIFY(m_model->isLoading());
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(!m_model->isLoading());
}

void TestEventTableModel::loadCountsPerStatus()
{
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->eventCount(), 4);
    QCOMPARE(m_model->ticketCount(), 60);
    // Start-time order: EV4 (Dec 16) … EV1 (Dec 19).
    QCOMPARE(m_model->eventIdAt(0), eventId(4));
    QCOMPARE(m_model->eventIdAt(3), eventId(1));
    const int row = m_model->rowOfEvent(eventId(2));
    QCOMPARE(row, 2);
    auto cell = [&](int c, int role = Qt::DisplayRole) { return m_model->index(row, c).data(role); };
    QCOMPARE(cell(EventTableModel::NameColumn).toString(), makeEvent(2).name);
    QCOMPARE(cell(EventTableModel::VenueColumn).toString(), QStringLiteral("Stade 2, Genève"));
    QCOMPARE(cell(EventTableModel::DateColumn, EventTableModel::RawValueRole).toDateTime(), makeEvent(2).startTime);
    QVERIFY(!cell(EventTableModel::DateColumn).toString().isEmpty());
    // 20 tickets cycling through the 5 statuses: 4 each.
    for (S360Status s : allS360Statuses()) {
        QCOMPARE(cell(EventTableModel::columnForStatus(s), EventTableModel::RawValueRole).toLongLong(), 4);
        QCOMPARE(cell(EventTableModel::columnForStatus(s)).toString(), QStringLiteral("4"));
    }
    QCOMPARE(cell(EventTableModel::TotalColumn).toString(), QStringLiteral("20"));
    QCOMPARE(cell(EventTableModel::TotalColumn, EventTableModel::EventIdRole).toString(), eventId(2));
}

void TestEventTableModel::eventWithoutTickets()
{
    const int row = m_model->rowOfEvent(eventId(4));
    QCOMPARE(m_model->index(row, EventTableModel::NameColumn).data().toString(), QStringLiteral("Empty event"));
    QCOMPARE(m_model->index(row, EventTableModel::VenueColumn).data().toString(), QStringLiteral("Stade 4"));
    QCOMPARE(m_model->index(row, EventTableModel::TotalColumn).data(EventTableModel::RawValueRole).toLongLong(), 0);
}

void TestEventTableModel::reloadShowsNewCounts()
{
    Ticket t = makeTicket(4, 1); // PRINTED
    QVERIFY(m_store->upsertTicket(t));
    Ticket c = makeTicket(1, 1);
    c.s360Status = S360Status::Cancelled; // PRINTED → CANCELLED
    QVERIFY(m_store->upsertTicket(c));
    load();
    const int empty = m_model->rowOfEvent(eventId(4));
    QCOMPARE(m_model->index(empty, EventTableModel::PrintedColumn).data(EventTableModel::RawValueRole).toLongLong(), 1);
    QCOMPARE(m_model->index(empty, EventTableModel::TotalColumn).data(EventTableModel::RawValueRole).toLongLong(), 1);
    const int first = m_model->rowOfEvent(eventId(1));
    QCOMPARE(m_model->index(first, EventTableModel::PrintedColumn).data(EventTableModel::RawValueRole).toLongLong(), 3);
    QCOMPARE(
        m_model->index(first, EventTableModel::CancelledColumn).data(EventTableModel::RawValueRole).toLongLong(), 5);
    QCOMPARE(m_model->ticketCount(), 61);
}

void TestEventTableModel::headers()
{
    QCOMPARE(m_model->headerData(EventTableModel::PrintedColumn, Qt::Horizontal).toString(), QStringLiteral("Printed"));
    QCOMPARE(m_model->headerData(EventTableModel::CancelledColumn, Qt::Horizontal, EventTableModel::StatusCodeRole)
                 .toString(),
        QStringLiteral("CANCELLED"));
    QVERIFY(
        !m_model->headerData(EventTableModel::TotalColumn, Qt::Horizontal, EventTableModel::StatusCodeRole).isValid());
}

QTEST_GUILESS_MAIN(TestEventTableModel)
#include "tst_eventtablemodel.moc"
