// The change watcher: a second connection to one database (SQLite file, and PostgreSQL in the
// _pg variant) sees what the first one changed — runs, ticket statuses, audit lines — within its
// polling interval, and nothing when nothing changed. Issue 8: a second operator's GUI sees runs
// and status changes made by the first.
#include "audit/auditlog.h"
#include "core/changewatcher.h"
#include "core/store.h"
#include "support/testdb.h"
#include "sync/synctestutil.h"
#include "sync/ticketactions.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tixsync;

namespace {
constexpr int kIntervalMs = 300;
// Seen within the interval: the next poll after the change, with room for a loaded CI machine.
constexpr int kSeenWithinMs = 2 * kIntervalMs + 2000;
} // namespace

class TestChangeWatcher : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void defaults();
    void nothingChangedNothingEmitted();
    void ticketActionSeenByTheOtherConnection();
    void runStartAndEndSeen_RUN6();
    void auditOnlyActionDoesNotReloadTickets();
    void acknowledgeSwallowsOwnChange();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_first; // operator 1
    std::unique_ptr<Store> m_second; // operator 2, the one watching
    std::unique_ptr<ChangeWatcher> m_watcher;
};

void TestChangeWatcher::init()
{
    const QString loc = TIXSYNC_FRESH_DB(m_dir, "watch");
    auto a = Store::open(loc);
    QVERIFY2(a, qPrintable(a ? QString() : a.error().message));
    m_first = std::move(*a);
    QVERIFY(m_first->upsertEvent(test::makeEvent(QStringLiteral("E1"))));
    for (int i = 1; i <= 3; ++i)
        QVERIFY(m_first->upsertTicket(test::makeTicket(QStringLiteral("T%1").arg(i), QStringLiteral("E1"))));
    auto b = Store::open(loc);
    QVERIFY(b);
    m_second = std::move(*b);
    m_watcher = std::make_unique<ChangeWatcher>(m_second.get());
    m_watcher->setInterval(kIntervalMs);
    m_watcher->start();
}

void TestChangeWatcher::cleanup()
{
    m_watcher.reset();
    m_second.reset();
    m_first.reset();
}

void TestChangeWatcher::defaults()
{
    ChangeWatcher w(m_second.get());
    QCOMPARE(w.interval(), 5000);
    QVERIFY(!w.isActive());
    QVERIFY(m_watcher->isActive());
}

void TestChangeWatcher::nothingChangedNothingEmitted()
{
    QSignalSpy any(m_watcher.get(), &ChangeWatcher::changed);
    QSignalSpy failed(m_watcher.get(), &ChangeWatcher::pollFailed);
    for (int i = 0; i < 3; ++i)
        m_watcher->poll();
    QTest::qWait(2 * kIntervalMs + 100); // some timer polls too
    QCOMPARE(any.count(), 0);
    QCOMPARE(failed.count(), 0);
}

void TestChangeWatcher::ticketActionSeenByTheOtherConnection()
{
    QSignalSpy tickets(m_watcher.get(), &ChangeWatcher::ticketsChanged);
    QSignalSpy audit(m_watcher.get(), &ChangeWatcher::auditChanged);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(sync::ticketactions::cancel(*m_first, {QStringLiteral("T2")}));
    QTRY_VERIFY_WITH_TIMEOUT(tickets.count() >= 1, kSeenWithinMs);
    QVERIFY2(clock.elapsed() < kSeenWithinMs, qPrintable(QString::number(clock.elapsed())));
    QTRY_VERIFY_WITH_TIMEOUT(audit.count() >= 1, kSeenWithinMs); // the ticket action's audit line
    // and the second connection reads the new status
    QCOMPARE(m_second->ticket(QStringLiteral("T2"))->s360Status, S360Status::Cancelled);
    // once: the next polls see nothing new
    const int seen = tickets.count();
    QTest::qWait(2 * kIntervalMs + 100);
    QCOMPARE(tickets.count(), seen);
}

// rule RUN-6 (the run of another process shows on this one)
void TestChangeWatcher::runStartAndEndSeen_RUN6()
{
    QSignalSpy runs(m_watcher.get(), &ChangeWatcher::runsChanged);
    qint64 id = 0;
    {
        // (the statement must end before SQLite commits it: a scope, as in the engine)
        auto ins
            = m_first->exec(QStringLiteral("INSERT INTO sync_runs (function, organizer, started_at, outcome) VALUES "
                                           "('inject', 'org', '2026-11-26T10:00:00Z', 'RUNNING') RETURNING id"));
        QVERIFY(ins && ins->next());
        id = ins->value(0).toLongLong();
    }
    QTRY_VERIFY_WITH_TIMEOUT(runs.count() == 1, kSeenWithinMs);
    QVERIFY(m_watcher->lastChanges().testFlag(ChangeWatcher::Runs));
    // the run ends: an update of an existing row, no new id
    QVERIFY(m_first->exec(QStringLiteral("UPDATE sync_runs SET outcome = 'OK', ended_at = '2026-11-26T10:01:00Z', "
                                         "succeeded = 3 WHERE id = ?"),
        {id}));
    QTRY_VERIFY_WITH_TIMEOUT(runs.count() == 2, kSeenWithinMs);
    // a lease taken by another instance
    QVERIFY(m_first->exec(QStringLiteral("INSERT INTO sync_leases (function, organizer, holder, expires_at) VALUES "
                                         "('feedback', 'org', 'other:1:x', 1)")));
    QTRY_VERIFY_WITH_TIMEOUT(runs.count() == 3, kSeenWithinMs);
}

void TestChangeWatcher::auditOnlyActionDoesNotReloadTickets()
{
    QSignalSpy tickets(m_watcher.get(), &ChangeWatcher::ticketsChanged);
    QSignalSpy audit(m_watcher.get(), &ChangeWatcher::auditChanged);
    QVERIFY(audit::AuditLog::record(*m_first, audit::AuditLog::actionTemplateSave(), {}));
    QTRY_VERIFY_WITH_TIMEOUT(audit.count() == 1, kSeenWithinMs);
    QCOMPARE(tickets.count(), 0);
    // an import line does reload the tickets
    QVERIFY(audit::AuditLog::record(*m_first, audit::AuditLog::actionImport(), {}));
    QTRY_VERIFY_WITH_TIMEOUT(tickets.count() == 1, kSeenWithinMs);
}

void TestChangeWatcher::acknowledgeSwallowsOwnChange()
{
    m_watcher->stop();
    QSignalSpy any(m_watcher.get(), &ChangeWatcher::changed);
    // a change made through the watching connection itself, already shown
    QVERIFY(sync::ticketactions::cancel(*m_second, {QStringLiteral("T3")}));
    m_watcher->acknowledge(ChangeWatcher::Tickets | ChangeWatcher::Audit);
    m_watcher->poll();
    QCOMPARE(any.count(), 0);
    // but another change after it is still seen
    QVERIFY(sync::ticketactions::cancel(*m_first, {QStringLiteral("T1")}));
    m_watcher->poll();
    QCOMPARE(any.count(), 1);
    QVERIFY(m_watcher->lastChanges().testFlag(ChangeWatcher::Tickets));
}

QTEST_GUILESS_MAIN(TestChangeWatcher)
#include "tst_changewatcher.moc"
