// The item model the GUI page will show: rows over the discrepancy vector, filters by event,
// category, severity and text through an index vector, sorting that keeps selections.
#include "recon/discrepancymodel.h"
#include "recon/reconciler.h"
#include "recon/reconeventmodel.h"
#include "reconfixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace tixsync;
using namespace tixsync::recon;
using reconfixtures::at;
using reconfixtures::ticket;

class TestDiscrepancyModel : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsEveryDiscrepancy();
    void filters();
    void sortKeepsPersistentIndexes();
    void eventTotalsModel();

private:
    std::shared_ptr<const ReconResult> m_result;
    DiscrepancyModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    QStringList column(int col) const
    {
        QStringList out;
        for (int r = 0; r < m_model->rowCount(); ++r)
            out << m_model->index(r, col).data().toString();
        return out;
    }
};

void TestDiscrepancyModel::init()
{
    m_model = new DiscrepancyModel(this);
    // Attached before any data, as house style asks.
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    TicketSnapshot snap;
    auto add = [&](const char *id, const char *event, S360Status s, TixngoStatus t) {
        Ticket k = ticket(QString::fromLatin1(id), QString::fromLatin1(event), s, t);
        k.s360StatusChangedAt = at("2026-06-01T19:00:00Z");
        snap.append(k);
    };
    add("A-1", "E1", S360Status::Printed, TixngoStatus::None); // REC-2 error
    add("A-2", "E1", S360Status::NotPrinted, TixngoStatus::Injected); // REC-1 error
    add("B-1", "E2", S360Status::Printed, TixngoStatus::Controlled); // REC-7 warning
    add("B-2", "E2", S360Status::Cancelled, TixngoStatus::Downloaded); // REC-4 pending (10 min)
    add("b-3", "E2", S360Status::Printed, TixngoStatus::Downloaded); // in sync
    add("C-1", "E3", S360Status::Controlled, TixngoStatus::OnlineActivated); // REC-6
    ReconOptions o;
    o.now = reconfixtures::secs("2026-06-01T19:10:00Z"); // C-1 scanned 10 min ago: pending
    m_result = *Reconciler(o).run(std::move(snap));
}

void TestDiscrepancyModel::cleanup()
{
    delete m_tester;
    delete m_model;
    m_tester = nullptr;
    m_model = nullptr;
}

void TestDiscrepancyModel::showsEveryDiscrepancy()
{
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setResult(m_result);
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->totalCount(), 5);
    QCOMPARE(m_model->columnCount(), int(DiscrepancyModel::ColumnCount));
    QCOMPARE(column(DiscrepancyModel::TicketIdColumn),
        (QStringList{QStringLiteral("A-1"), QStringLiteral("A-2"), QStringLiteral("B-1"), QStringLiteral("B-2"),
            QStringLiteral("C-1")}));
    const QModelIndex row0 = m_model->index(0, DiscrepancyModel::CategoryColumn);
    QCOMPARE(row0.data().toString(), QStringLiteral("Missing in TIXNGO"));
    QCOMPARE(row0.data(Qt::EditRole).toString(), QStringLiteral("MISSING_IN_TIXNGO"));
    QCOMPARE(
        m_model->index(0, DiscrepancyModel::SeverityColumn).data(Qt::EditRole).toString(), QStringLiteral("error"));
    QCOMPARE(m_model->index(0, DiscrepancyModel::AgeColumn).data().toString(), QStringLiteral("10 min"));
    QCOMPARE(m_model->index(0, DiscrepancyModel::AgeColumn).data(DiscrepancyModel::AgeSecondsRole).toLongLong(), 600);
    QCOMPARE(m_model->index(2, DiscrepancyModel::TixngoStatusColumn).data().toString(), QStringLiteral("CONTROLLED"));
    QCOMPARE(m_model->index(4, DiscrepancyModel::SeverityColumn).data(DiscrepancyModel::SeverityRole).toInt(),
        int(Severity::Pending));
    QVERIFY(m_model->index(0, DiscrepancyModel::ExplanationColumn).data().toString().contains(QLatin1String("Fix:")));
    QCOMPARE(
        m_model->headerData(DiscrepancyModel::TicketIdColumn, Qt::Horizontal).toString(), QStringLiteral("Ticket"));
}

void TestDiscrepancyModel::filters()
{
    m_model->setResult(m_result);
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);

    m_model->setEventFilter(QStringLiteral("E2"));
    QCOMPARE(column(DiscrepancyModel::TicketIdColumn), (QStringList{QStringLiteral("B-1"), QStringLiteral("B-2")}));

    m_model->setCategoryFilter(DiscrepancyModel::bit(Category::LiveAfterCancel));
    QCOMPARE(column(DiscrepancyModel::TicketIdColumn), QStringList{QStringLiteral("B-2")});

    m_model->setFilter({});
    m_model->setSeverityFilter(DiscrepancyModel::bit(Severity::Warning) | DiscrepancyModel::bit(Severity::Pending));
    QCOMPARE(column(DiscrepancyModel::TicketIdColumn),
        (QStringList{QStringLiteral("B-1"), QStringLiteral("B-2"), QStringLiteral("C-1")}));
    m_model->setSeverityFilter(DiscrepancyModel::bit(Severity::Warning));
    QCOMPARE(column(DiscrepancyModel::TicketIdColumn), QStringList{QStringLiteral("B-1")});

    // Text: in the ticket id, the barcode or the event id, case-insensitively.
    m_model->setFilter({});
    m_model->setTextFilter(QStringLiteral("a-"));
    QCOMPARE(column(DiscrepancyModel::TicketIdColumn), (QStringList{QStringLiteral("A-1"), QStringLiteral("A-2")}));
    m_model->setTextFilter(QStringLiteral("bc-c"));
    QCOMPARE(column(DiscrepancyModel::TicketIdColumn), QStringList{QStringLiteral("C-1")});
    m_model->setTextFilter(QStringLiteral("e3"));
    QCOMPARE(column(DiscrepancyModel::TicketIdColumn), QStringList{QStringLiteral("C-1")});
    m_model->setTextFilter(QStringLiteral("nothing like this"));
    QCOMPARE(m_model->rowCount(), 0);

    m_model->setFilter({});
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(resets.count(), 11);
    // The same filter again changes nothing.
    m_model->setFilter({});
    QCOMPARE(resets.count(), 11);
}

void TestDiscrepancyModel::sortKeepsPersistentIndexes()
{
    m_model->setResult(m_result);
    const QPersistentModelIndex b2 = m_model->index(3, DiscrepancyModel::TicketIdColumn);
    QCOMPARE(b2.data().toString(), QStringLiteral("B-2"));
    m_model->sort(DiscrepancyModel::SeverityColumn, Qt::AscendingOrder);
    QCOMPARE(column(DiscrepancyModel::SeverityColumn).first(), QStringLiteral("Pending"));
    QCOMPARE(column(DiscrepancyModel::SeverityColumn).last(), QStringLiteral("Error"));
    QCOMPARE(b2.data().toString(), QStringLiteral("B-2"));
    m_model->sort(DiscrepancyModel::TicketIdColumn, Qt::DescendingOrder);
    QCOMPARE(column(DiscrepancyModel::TicketIdColumn),
        (QStringList{QStringLiteral("C-1"), QStringLiteral("B-2"), QStringLiteral("B-1"), QStringLiteral("A-2"),
            QStringLiteral("A-1")}));
    QCOMPARE(b2.row(), 1);
    // Sorting survives a new filter.
    m_model->setEventFilter(QStringLiteral("E1"));
    QCOMPARE(column(DiscrepancyModel::TicketIdColumn), (QStringList{QStringLiteral("A-2"), QStringLiteral("A-1")}));
}

// Per-event totals, most urgent first; an event row drives the discrepancy filter.
void TestDiscrepancyModel::eventTotalsModel()
{
    ReconEventModel events;
    QAbstractItemModelTester tester(&events, QAbstractItemModelTester::FailureReportingMode::QtTest);
    events.setResult(m_result);
    // E1: 2 errors; E2: 1 warning + 1 pending; E3: 1 pending.
    QCOMPARE(events.rowCount(), 3);
    QCOMPARE(events.index(0, ReconEventModel::EventColumn).data().toString(), QStringLiteral("E1"));
    QCOMPARE(events.index(0, ReconEventModel::ErrorColumn).data(ReconEventModel::CountRole).toLongLong(), 2);
    QCOMPARE(events.index(1, ReconEventModel::EventColumn).data().toString(), QStringLiteral("E2"));
    QCOMPARE(events.index(1, ReconEventModel::TicketsColumn).data(Qt::EditRole).toLongLong(), 3);
    QCOMPARE(events.index(1, ReconEventModel::TotalColumn).data(Qt::EditRole).toLongLong(), 2);
    QCOMPARE(events.index(2, ReconEventModel::PendingColumn).data(Qt::EditRole).toLongLong(), 1);
    // With names known, people read the event's name; the id stays behind it.
    events.setEventNames({{QStringLiteral("E1"), QStringLiteral("FC Basel - Young Boys")}});
    QCOMPARE(events.index(0, ReconEventModel::EventColumn).data().toString(), QStringLiteral("FC Basel - Young Boys"));
    QCOMPARE(events.index(0, ReconEventModel::EventColumn).data(Qt::EditRole).toString(), QStringLiteral("E1"));
    QCOMPARE(events.index(1, ReconEventModel::EventColumn).data().toString(), QStringLiteral("E2"));
    m_model->setResult(m_result);
    m_model->setEventFilter(events.index(1, 0).data(ReconEventModel::EventIdRole).toString());
    QCOMPARE(m_model->rowCount(), 2);
    events.setResult(nullptr);
    QCOMPARE(events.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestDiscrepancyModel)
#include "tst_discrepancymodel.moc"
