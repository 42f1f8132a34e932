// The ticket table model: background load, each filter kind and their combination, sorting on
// the row-index vector, and reloads that keep the filter.
#include "items/ticketfixture.h"
#include "items/tickettablemodel.h"

#include "support/testdb.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tixsync;
using namespace tixsync::testing;

namespace {
constexpr int kEvents = 3;
constexpr int kPerEvent = 20;
constexpr int kTotal = kEvents * kPerEvent;
} // namespace

class TestTicketTableModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void loadShowsEveryTicket();
    void filterByEvent();
    void filterByS360Status();
    void filterByTixngoStatus();
    void filterByText_data();
    void filterByText();
    void combinedFilters();
    void sortByColumn();
    void sortKeepsFilter();
    void reloadKeepsFilter();
    void supersededLoadIsDropped();
    void parsesLastSyncDates();
    void twoThreadLoadEqualsOneThreadLoad();

private:
    QStringList column(int column, int role = Qt::DisplayRole) const;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    TicketTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestTicketTableModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto store = Store::open(TIXSYNC_FRESH_DB(m_dir, "tickets")); // SQLite, or PostgreSQL for the _pg run
    QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
    m_store = std::move(*store);
    auto ok = fillStore(*m_store, kEvents, kPerEvent);
    QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
}

void TestTicketTableModel::init()
{
    // Fresh data each test: one test adds a ticket.
    QVERIFY(m_store->exec(QStringLiteral("DELETE FROM tickets WHERE ticket_id = ?"), {QStringLiteral("T1-999")}));
    m_model = new TicketTableModel(this);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_model->setStore(m_store.get());
    QSignalSpy loaded(m_model, &TicketTableModel::loaded);
    m_model->reload();
    QVERIFY(m_model->isLoading());
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(!m_model->isLoading());
}

void TestTicketTableModel::cleanup()
{
    delete m_tester;
    delete m_model;
    m_tester = nullptr;
    m_model = nullptr;
}

QStringList TestTicketTableModel::column(int column, int role) const
{
    QStringList out;
    for (int r = 0; r < m_model->rowCount(); ++r)
        out << m_model->index(r, column).data(role).toString();
    return out;
}

void TestTicketTableModel::loadShowsEveryTicket()
{
    QCOMPARE(m_model->rowCount(), kTotal);
    QCOMPARE(m_model->totalCount(), kTotal);
    QCOMPARE(m_model->columnCount(), int(TicketTableModel::ColumnCount));
    const int row = m_model->rowOfTicket(ticketId(2, 4)); // j = 4: CANCELLED, DELETED
    QVERIFY(row >= 0);
    auto cell = [&](int c, int role = Qt::DisplayRole) { return m_model->index(row, c).data(role); };
    QCOMPARE(cell(TicketTableModel::IdColumn).toString(), ticketId(2, 4));
    QCOMPARE(cell(TicketTableModel::NumberColumn).toString(), ticketNumber(2, 4));
    QCOMPARE(cell(TicketTableModel::EventColumn).toString(), makeEvent(2).name);
    QCOMPARE(cell(TicketTableModel::SeatColumn).toString(), QStringLiteral("G1 · B102 · 1 · 5"));
    QCOMPARE(cell(TicketTableModel::HolderColumn).toString(),
        makeTicket(2, 4).holder.firstName + QLatin1Char(' ') + makeTicket(2, 4).holder.lastName);
    QCOMPARE(cell(TicketTableModel::S360StatusColumn).toString(), QStringLiteral("CANCELLED · RESALE"));
    QCOMPARE(cell(TicketTableModel::S360StatusColumn, TicketTableModel::StatusCodeRole).toString(),
        QStringLiteral("CANCELLED"));
    QCOMPARE(cell(TicketTableModel::TixngoStatusColumn).toString(), QStringLiteral("DELETED"));
    QCOMPARE(
        cell(TicketTableModel::TixngoStatusColumn, TicketTableModel::RawValueRole).toInt(), int(TixngoStatus::Deleted));
    QCOMPARE(cell(TicketTableModel::LastSyncColumn, Qt::EditRole).toDateTime(), makeTicket(2, 4).lastSyncAt);
    QVERIFY(!cell(TicketTableModel::LastSyncColumn).toString().isEmpty());
    QCOMPARE(cell(TicketTableModel::IdColumn, TicketTableModel::EventIdRole).toString(), eventId(2));

    // Not in TIXNGO: a dash, no status code, no last sync.
    const int notPrinted = m_model->rowOfTicket(ticketId(1, 10));
    QCOMPARE(m_model->index(notPrinted, TicketTableModel::TixngoStatusColumn).data().toString(), QStringLiteral("—"));
    QCOMPARE(m_model->index(notPrinted, TicketTableModel::TixngoStatusColumn, {})
                 .data(TicketTableModel::StatusCodeRole)
                 .toString(),
        QString());
    QVERIFY(m_model->index(notPrinted, TicketTableModel::LastSyncColumn).data().toString().isEmpty());
}

void TestTicketTableModel::filterByEvent()
{
    QSignalSpy counts(m_model, &TicketTableModel::countsChanged);
    m_model->setEventFilter({eventId(2)});
    QCOMPARE(m_model->rowCount(), kPerEvent);
    QCOMPARE(counts.count(), 1);
    for (const QString &id : column(0, TicketTableModel::EventIdRole))
        QCOMPARE(id, eventId(2));
    m_model->setEventFilter({eventId(1), eventId(3)});
    QCOMPARE(m_model->rowCount(), 2 * kPerEvent);
    QVERIFY(!column(0, TicketTableModel::EventIdRole).contains(eventId(2)));
    m_model->setEventFilter({QStringLiteral("NO-SUCH-EVENT")});
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setEventFilter({});
    QCOMPARE(m_model->rowCount(), kTotal);
}

void TestTicketTableModel::filterByS360Status()
{
    m_model->setS360StatusFilter(S360Status::Cancelled);
    QCOMPARE(m_model->rowCount(), kTotal / S360StatusCount);
    for (const QString &code : column(TicketTableModel::S360StatusColumn, TicketTableModel::StatusCodeRole))
        QCOMPARE(code, QStringLiteral("CANCELLED"));
    m_model->setS360StatusFilter(std::nullopt);
    QCOMPARE(m_model->rowCount(), kTotal);
}

void TestTicketTableModel::filterByTixngoStatus()
{
    m_model->setTixngoStatusFilter(TixngoStatus::None);
    QCOMPARE(m_model->rowCount(), kTotal / S360StatusCount);
    for (const QString &code : column(TicketTableModel::S360StatusColumn, TicketTableModel::StatusCodeRole))
        QCOMPARE(code, QStringLiteral("NOT_PRINTED"));
    m_model->setTixngoStatusFilter(TixngoStatus::Downloaded);
    QVERIFY(m_model->rowCount() > 0);
    for (const QString &code : column(TicketTableModel::TixngoStatusColumn))
        QCOMPARE(code, QStringLiteral("DOWNLOADED"));
}

void TestTicketTableModel::filterByText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // ticket ids; empty + count for broad searches
    QTest::addColumn<int>("count");
    QTest::newRow("ticket id") << ticketId(3, 17) << QStringList{ticketId(3, 17)} << 1;
    QTest::newRow("ticket number") << ticketNumber(2, 4) << QStringList{ticketId(2, 4)} << 1;
    QTest::newRow("holder e-mail, other case")
        << QStringLiteral("HOLDER1.7@Example.org") << QStringList{ticketId(1, 7)} << 1;
    QTest::newRow("contact e-mail") << QStringLiteral("buyer3.2@") << QStringList{ticketId(3, 2)} << 1;
    QTest::newRow("contact name") << QStringLiteral("buyer12 contact") << QStringList() << kEvents;
    // "Zoë" holds j % 6 == 1: j = 1, 7, 13, 19 per event; lower case ë must match upper case Ë.
    QTest::newRow("holder first name, accents folded") << QStringLiteral("ZOË") << QStringList() << 4 * kEvents;
    QTest::newRow("two terms in different fields") << QStringLiteral("zoë b103") << QStringList() << 4;
    QTest::newRow("seat block") << QStringLiteral("b102") << QStringList() << kPerEvent;
    QTest::newRow("no match") << QStringLiteral("nobody-here") << QStringList() << 0;
    QTest::newRow("blank is no filter") << QStringLiteral("   ") << QStringList() << kTotal;
}

void TestTicketTableModel::filterByText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(int, count);
    m_model->setTextFilter(text);
    QCOMPARE(m_model->rowCount(), count);
    if (!expected.isEmpty())
        QCOMPARE(column(TicketTableModel::IdColumn), expected);
}

void TestTicketTableModel::combinedFilters()
{
    TicketFilter f;
    f.eventIds = {eventId(1), eventId(2)};
    f.s360 = S360Status::Printed;
    f.text = QStringLiteral("anna");
    m_model->setFilter(f);
    // Printed: j % 5 == 1; Anna: j % 6 == 0 → j = 6 … but 6 % 5 == 1 → j = 6 only (j ≤ 20).
    QCOMPARE(column(TicketTableModel::IdColumn), (QStringList{ticketId(1, 6), ticketId(2, 6)}));
    f.tixngo = TixngoStatus::Injected; // j = 6: (6 / 5) % 2 == 1 → INJECTED
    m_model->setFilter(f);
    QCOMPARE(m_model->rowCount(), 2);
    f.tixngo = TixngoStatus::Downloaded;
    m_model->setFilter(f);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestTicketTableModel::sortByColumn()
{
    m_model->sort(TicketTableModel::NumberColumn, Qt::DescendingOrder);
    QCOMPARE(m_model->rowCount(), kTotal);
    QCOMPARE(m_model->index(0, TicketTableModel::NumberColumn).data().toString(), ticketNumber(3, kPerEvent));
    QCOMPARE(m_model->index(kTotal - 1, TicketTableModel::NumberColumn).data().toString(), ticketNumber(1, 1));

    // Natural order on ids: T1-2 comes before T1-10 (byte order would put it after).
    m_model->sort(TicketTableModel::IdColumn, Qt::AscendingOrder);
    const QStringList ids = column(TicketTableModel::IdColumn);
    QCOMPARE(ids.first(), ticketId(1, 1));
    QVERIFY(ids.indexOf(ticketId(1, 2)) < ids.indexOf(ticketId(1, 10)));

    // Seats sort naturally too (repeated values take the rank path): seat 2 before seat 10.
    m_model->sort(TicketTableModel::SeatColumn, Qt::AscendingOrder);
    const QStringList seatIds = column(TicketTableModel::IdColumn);
    QVERIFY(seatIds.indexOf(ticketId(1, 1)) < seatIds.indexOf(ticketId(1, 9))); // G2 · B101 · 1 · 2 < … · 1 · 10
    m_model->sort(TicketTableModel::SeatColumn, Qt::DescendingOrder);
    const QStringList seatIdsDown = column(TicketTableModel::IdColumn);
    QVERIFY(seatIdsDown.indexOf(ticketId(1, 1)) > seatIdsDown.indexOf(ticketId(1, 9)));

    // Events sort by start time: EV3 starts first.
    m_model->sort(TicketTableModel::EventColumn, Qt::AscendingOrder);
    QCOMPARE(m_model->index(0, 0).data(TicketTableModel::EventIdRole).toString(), eventId(3));
    QCOMPARE(m_model->index(kTotal - 1, 0).data(TicketTableModel::EventIdRole).toString(), eventId(1));

    for (int c : {int(TicketTableModel::S360StatusColumn), int(TicketTableModel::TixngoStatusColumn),
             int(TicketTableModel::LastSyncColumn)}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            m_model->sort(c, order);
            for (int r = 1; r < m_model->rowCount(); ++r) {
                const qint64 a = m_model->index(r - 1, c).data(TicketTableModel::RawValueRole).toLongLong();
                const qint64 b = m_model->index(r, c).data(TicketTableModel::RawValueRole).toLongLong();
                QVERIFY2(order == Qt::AscendingOrder ? a <= b : a >= b, qPrintable(QString::number(c)));
            }
        }
    }
    m_model->sort(-1);
    QCOMPARE(m_model->index(0, 0).data().toString(), ticketId(1, 1));
}

void TestTicketTableModel::sortKeepsFilter()
{
    m_model->setS360StatusFilter(S360Status::Controlled);
    m_model->sort(TicketTableModel::HolderColumn, Qt::AscendingOrder);
    QCOMPARE(m_model->rowCount(), kTotal / S360StatusCount);
    const QStringList holders = column(TicketTableModel::HolderColumn);
    for (int i = 1; i < holders.size(); ++i)
        QVERIFY(holders[i - 1].compare(holders[i], Qt::CaseInsensitive) <= 0);
    for (const QString &code : column(TicketTableModel::S360StatusColumn, TicketTableModel::StatusCodeRole))
        QCOMPARE(code, QStringLiteral("CONTROLLED"));
}

void TestTicketTableModel::reloadKeepsFilter()
{
    m_model->setEventFilter({eventId(1)});
    m_model->setTextFilter(QStringLiteral("anna"));
    const int before = m_model->rowCount();
    QVERIFY(before > 0);
    Ticket t = makeTicket(1, 6);
    t.ticketId = QStringLiteral("T1-999");
    t.ticketNumber = QStringLiteral("799999");
    QVERIFY(m_store->upsertTicket(t));
    QSignalSpy loaded(m_model, &TicketTableModel::loaded);
    m_model->reload();
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(m_model->totalCount(), kTotal + 1);
    QCOMPARE(m_model->rowCount(), before + 1);
    QVERIFY(m_model->rowOfTicket(QStringLiteral("T1-999")) >= 0);
    QCOMPARE(m_model->filter().text, QStringLiteral("anna"));
}

void TestTicketTableModel::supersededLoadIsDropped()
{
    QSignalSpy loaded(m_model, &TicketTableModel::loaded);
    QSignalSpy loading(m_model, &TicketTableModel::loadingChanged);
    m_model->reload();
    m_model->setS360StatusFilter(S360Status::Printed); // while loading: applied to the new data
    m_model->reload();
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loading.count(), 2); // true once, false once
    QCOMPARE(m_model->rowCount(), kTotal / S360StatusCount);
}

void TestTicketTableModel::parsesLastSyncDates()
{
    const QByteArray samples[] = {
        "2026-11-26T19:31:00Z", "2026-11-26T20:31:00+01:00", "2026-11-26T19:31:00.250Z", "1999-02-28T23:59:59-05:30"};
    for (const QByteArray &s : samples) {
        const QDateTime expected = QDateTime::fromString(QString::fromLatin1(s), Qt::ISODateWithMs);
        QCOMPARE(rfc3339ToMSecs(s), expected.toMSecsSinceEpoch());
    }
    QCOMPARE(rfc3339ToMSecs(""), 0);
    QCOMPARE(rfc3339ToMSecs("26/11/26 19:31"), 0);
}

void TestTicketTableModel::twoThreadLoadEqualsOneThreadLoad()
{
    // Large SQLite stores are read in two halves by two connections and joined, with a preview of
    // the first rows: the result must be the same tickets, in the same order, as one reader's.
    std::shared_ptr<const TicketColumns> preview;
    const TicketPreview keep = [&](std::shared_ptr<const TicketColumns> p) { preview = std::move(p); };
    auto two = loadTicketColumns(*m_store, nullptr, keep, {.parallelFromRows = 1, .previewRows = 10});
    auto one = loadTicketColumns(*m_store, nullptr, {}, {.parallelFromRows = 1000000000, .previewRows = 0});
    QVERIFY(two && one);
    const TicketColumns &a = **two, &b = **one;
    QCOMPARE(a.size(), std::size_t(kTotal));
    QCOMPARE(a.size(), b.size());
    for (std::size_t r = 0; r < a.size(); ++r) {
        QCOMPARE(a.ticketId.text(r), b.ticketId.text(r));
        QCOMPARE(a.eventIds[a.event[r]], b.eventIds[b.event[r]]);
        QCOMPARE(a.reasons[a.reason[r]], b.reasons[b.reason[r]]);
        QCOMPARE(a.s360[r], b.s360[r]);
        QCOMPARE(a.tixngo[r], b.tixngo[r]);
        QCOMPARE(a.lastSync[r], b.lastSync[r]);
        QCOMPARE(a.search.view(r), b.search.view(r));
        QCOMPARE(a.seat.view(r), b.seat.view(r));
    }
    if (m_store->sqliteHandle()) { // the preview belongs to the SQLite reader
        QVERIFY(preview);
        QCOMPARE(preview->size(), std::size_t(10));
        QCOMPARE(preview->ticketId.text(9), b.ticketId.text(9));
    }
}

QTEST_GUILESS_MAIN(TestTicketTableModel)
#include "tst_tickettablemodel.moc"
