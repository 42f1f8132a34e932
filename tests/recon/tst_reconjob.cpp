// Reconciling in a worker thread for the GUI: one result per start, superseded runs dropped,
// failures reported with what to do.
#include "core/store.h"
#include "recon/reconjob.h"
#include "reconfixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tixsync;
using namespace tixsync::recon;
using reconfixtures::ticket;

class TestReconJob : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void deliversOneResult();
    void supersededRunIsDropped();
    void reportsFailure();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestReconJob::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("job.sqlite"));
    auto store = Store::open(m_db);
    QVERIFY(store);
    QVERIFY((*store)->upsertEvent(reconfixtures::event(QStringLiteral("E1"))));
    QVERIFY((*store)->upsertEvent(reconfixtures::event(QStringLiteral("E2"))));
    QVERIFY((*store)->upsertTicket(ticket(QStringLiteral("T1"), QStringLiteral("E1"), S360Status::Printed)));
    QVERIFY((*store)->upsertTicket(
        ticket(QStringLiteral("T2"), QStringLiteral("E2"), S360Status::NotPrinted, TixngoStatus::Injected)));
}

void TestReconJob::deliversOneResult()
{
    ReconJob job(m_db);
    QSignalSpy done(&job, &ReconJob::finished);
    QSignalSpy failed(&job, &ReconJob::failed);
    job.start({});
    QVERIFY(job.isRunning());
    QTRY_COMPARE(done.count(), 1);
    QVERIFY(!job.isRunning());
    const auto result = done.at(0).at(0).value<std::shared_ptr<const ReconResult>>();
    QVERIFY(result);
    QCOMPARE(result->ticketCount, 2);
    QCOMPARE(result->size(), 2);
    QCOMPARE(failed.count(), 0);
}

void TestReconJob::supersededRunIsDropped()
{
    ReconJob job(m_db);
    QSignalSpy done(&job, &ReconJob::finished);
    ReconOptions all;
    ReconOptions e2;
    e2.eventId = QStringLiteral("E2");
    job.start(all);
    job.start(e2); // the user changed the event filter before the first result came
    QTRY_COMPARE(done.count(), 1);
    const auto result = done.at(0).at(0).value<std::shared_ptr<const ReconResult>>();
    QCOMPARE(result->ticketCount, 1);
    QCOMPARE(result->ticketId(result->at(0)), QStringLiteral("T2"));
    // Nothing else arrives for the first run.
    QVERIFY(!done.wait(300));
    QCOMPARE(done.count(), 1);
}

void TestReconJob::reportsFailure()
{
    ReconJob job(m_dir.path()); // a folder, not a database file
    QSignalSpy failed(&job, &ReconJob::failed);
    job.start({});
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("STORE_OPEN"));
    QVERIFY(!failed.at(0).at(1).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestReconJob)
#include "tst_reconjob.moc"
