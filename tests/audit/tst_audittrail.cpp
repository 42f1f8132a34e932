// Every action that changes data or talks to TIXNGO leaves a line in the audit log, whether it is
// started from the GUI or the CLI (both call these engine functions): an import (landed and
// refused), a run, a ticket action and a template save. Runs on SQLite and PostgreSQL.
#include "audit/auditlog.h"
#include "core/store.h"
#include "import/ticketimporter.h"
#include "support/testdb.h"
#include "sync/runcontroller.h"
#include "sync/synctestutil.h"
#include "sync/ticketactions.h"
#include "template/template.h"
#include "template/templatestore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace tixsync;
using audit::AuditLog;

class TestAuditTrail : public QObject {
    Q_OBJECT
private slots:
    void importIsRecorded();
    void ticketActionIsRecorded();
    void runIsRecordedWithoutTheKey();
    void templateSaveIsRecorded();

private:
    QList<audit::AuditEntry> entries(const Store &store, const QString &action)
    {
        audit::AuditFilter f;
        f.action = action;
        auto q = AuditLog::query(store, f);
        if (!q)
            qFatal("%s", qPrintable(q.error().message));
        return *q;
    }
    QTemporaryDir m_dir;
};

void TestAuditTrail::importIsRecorded()
{
    auto store = Store::open(TIXSYNC_FRESH_DB(m_dir, "import"));
    QVERIFY(store);
    QVERIFY(importTicketsCsv(**store, QStringLiteral(TIXSYNC_TEST_DATA "/import/good.csv")));
    QFile bad(m_dir.filePath(QStringLiteral("bad.csv")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("ticket_id,nothing else\n1,2\n");
    bad.close();
    QVERIFY(!importTicketsCsv(**store, bad.fileName()));
    const auto lines = entries(**store, AuditLog::actionImport());
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].outcome, AuditLog::outcomeError()); // newest first
    QVERIFY(lines[0].detail.contains(QStringLiteral("bad.csv")));
    QCOMPARE(lines[1].outcome, AuditLog::outcomeOk());
    QVERIFY(lines[1].parameters.value(QStringLiteral("rows")).toInt() > 0);
}

void TestAuditTrail::ticketActionIsRecorded()
{
    auto store = Store::open(TIXSYNC_FRESH_DB(m_dir, "actions"));
    QVERIFY(store);
    QVERIFY((*store)->upsertEvent(test::makeEvent(QStringLiteral("E1"))));
    QVERIFY((*store)->upsertTicket(test::makeTicket(QStringLiteral("T1"), QStringLiteral("E1"), S360Status::Printed)));
    QVERIFY(sync::ticketactions::cancel(**store, {QStringLiteral("T1")}, QStringLiteral("CANCELLED_BY_ORGANIZER")));
    QVERIFY(!sync::ticketactions::cancel(**store, {QStringLiteral("T1")})); // already cancelled: refused
    const auto lines = entries(**store, AuditLog::actionTicketAction());
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[1].outcome, AuditLog::outcomeOk());
    QCOMPARE(lines[1].parameters.value(QStringLiteral("reason")).toString(), QStringLiteral("CANCELLED_BY_ORGANIZER"));
    QCOMPARE(lines[0].outcome, AuditLog::outcomeError());
    QVERIFY(lines[0].detail.contains(QStringLiteral("already cancelled")));
}

void TestAuditTrail::runIsRecordedWithoutTheKey()
{
    auto store = Store::open(TIXSYNC_FRESH_DB(m_dir, "run"));
    QVERIFY(store);
    QVERIFY((*store)->upsertEvent(test::makeEvent(QStringLiteral("E1"))));
    QVERIFY(
        (*store)->upsertTicket(test::makeTicket(QStringLiteral("T1"), QStringLiteral("E1"), S360Status::Controlled)));
    test::FakeTransport tixngo;
    sync::RunOptions options;
    options.function = sync::SyncFunction::PushControlled;
    const sync::RunResult result = sync::runFunction(**store, &tixngo, options);
    QCOMPARE(result.outcome, sync::RunOutcome::Ok);
    QCOMPARE(result.succeeded, 1);
    const auto lines = entries(**store, AuditLog::actionRun());
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].parameters.value(QStringLiteral("function")).toString(), sync::toCode(options.function));
    QCOMPARE(lines[0].parameters.value(QStringLiteral("succeeded")).toInt(), 1);
    const QByteArray all = QJsonDocument(lines[0].parameters).toJson() + lines[0].detail.toUtf8();
    QVERIFY(!all.contains(tixngo.key.toUtf8()));
    // A dry run sends and changes nothing: no audit line.
    options.dryRun = true;
    sync::runFunction(**store, &tixngo, options);
    QCOMPARE(entries(**store, AuditLog::actionRun()).size(), 1);
}

void TestAuditTrail::templateSaveIsRecorded()
{
    auto store = Store::open(TIXSYNC_FRESH_DB(m_dir, "template"));
    QVERIFY(store);
    tpl::TemplateStore templates(**store);
    auto version = templates.save(tpl::Template::defaultTemplate(), QStringLiteral("first version"));
    QVERIFY(version);
    const auto lines = entries(**store, AuditLog::actionTemplateSave());
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].parameters.value(QStringLiteral("version")).toInt(), *version);
    QCOMPARE(lines[0].parameters.value(QStringLiteral("comment")).toString(), QStringLiteral("first version"));
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
