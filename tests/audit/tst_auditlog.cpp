// The audit log on both backends (registered twice, see tixsync_add_test PG): record, query with
// filters, CSV export, redaction of secrets, append-only, and the item model.
#include "audit/auditlog.h"
#include "audit/auditlogmodel.h"
#include "core/store.h"
#include "support/testdb.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace tixsync;
using namespace tixsync::audit;

class TestAuditLog : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void recordAndReadBack();
    void operatorIsTheDatabaseUserOnPostgres();
    void secretsAreRedacted_API2();
    void actionIsRequired();
    void filtersCombine();
    void textFilterIsLiteralAndCaseInsensitive();
    void timeRange();
    void csvExportQuotesFields();
    void exportToFileReportsUnwritablePath();
    void databaseRefusesUpdateAndDelete();
    void itemModel();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestAuditLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = Store::open(TIXSYNC_FRESH_DB(*m_dir, "audit"));
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
    m_store = std::move(*store);
    QVERIFY(m_store->schemaVersion() >= 4);
}

void TestAuditLog::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestAuditLog::recordAndReadBack()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    auto id = AuditLog::record(*m_store, AuditLog::actionImport(),
        {{QStringLiteral("file"), QStringLiteral("tickets-2026.csv")}, {QStringLiteral("rows"), 1250}},
        AuditLog::outcomeOk(), QStringLiteral("1250 tickets imported"));
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    QVERIFY(*id > 0);
    auto id2 = AuditLog::record(*m_store, AuditLog::actionRun(),
        {{QStringLiteral("function"), QStringLiteral("inject")}}, AuditLog::outcomeWarning());
    QVERIFY(id2);
    QVERIFY(*id2 > *id);

    auto all = AuditLog::query(*m_store);
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    const AuditEntry &newest = all->at(0); // newest first
    QCOMPARE(newest.action, QStringLiteral("run"));
    QCOMPARE(newest.outcome, QStringLiteral("warning"));
    const AuditEntry &e = all->at(1);
    QCOMPARE(e.id, *id);
    QCOMPARE(e.action, QStringLiteral("import"));
    QCOMPARE(e.parameters.value(QStringLiteral("file")).toString(), QStringLiteral("tickets-2026.csv"));
    QCOMPARE(e.parameters.value(QStringLiteral("rows")).toInt(), 1250);
    QCOMPARE(e.outcome, QStringLiteral("ok"));
    QCOMPARE(e.detail, QStringLiteral("1250 tickets imported"));
    QVERIFY(e.at >= before && e.at <= QDateTime::currentDateTimeUtc());
    QCOMPARE(e.osUser, AuditLog::osUserName());
    QVERIFY(!e.operatorName.isEmpty());

    auto actions = AuditLog::actions(*m_store);
    QVERIFY(actions);
    QCOMPARE(*actions, (QStringList{QStringLiteral("import"), QStringLiteral("run")}));
}

void TestAuditLog::operatorIsTheDatabaseUserOnPostgres()
{
    QVERIFY(AuditLog::record(*m_store, AuditLog::actionFix()));
    const AuditEntry e = AuditLog::query(*m_store)->at(0);
    if (m_store->backend() == Store::Backend::Postgres) {
        const QString dbUser = QUrl(m_store->location()).userName();
        QCOMPARE(e.operatorName, dbUser.isEmpty() ? e.operatorName : dbUser);
        QCOMPARE(e.operatorName,
            m_store->exec(QStringLiteral("SELECT current_user"))->next() ? AuditLog::operatorName(*m_store)
                                                                         : QString());
    } else {
        QCOMPARE(e.operatorName, AuditLog::osUserName());
    }
}

// rule API-2: the API key never appears in the audit log either.
void TestAuditLog::secretsAreRedacted_API2()
{
    const QJsonObject params{
        {QStringLiteral("profile"), QStringLiteral("Production")},
        {QStringLiteral("apiKey"), QStringLiteral("SECRET-1")},
        {QStringLiteral("X-Api-Key"), QStringLiteral("SECRET-2")},
        {QStringLiteral("connection"),
            QJsonObject{{QStringLiteral("password"), QStringLiteral("SECRET-3")},
                {QStringLiteral("url"), QStringLiteral("https://t.example/organizer/tickets")}}},
        {QStringLiteral("headers"),
            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Authorization")},
                {QStringLiteral("value"), QStringLiteral("Bearer SECRET-4")}}}},
        {QStringLiteral("access_token"), QStringLiteral("SECRET-5")},
    };
    QVERIFY(AuditLog::record(*m_store, AuditLog::actionSettingsChange(), params));
    // Straight from the table: nothing secret was ever written.
    auto q = m_store->exec(QStringLiteral("SELECT parameters FROM audit_log"));
    QVERIFY(q && q->next());
    const QString raw = q->value(0).toString();
    for (int i = 1; i <= 5; ++i)
        QVERIFY2(!raw.contains(QStringLiteral("SECRET-%1").arg(i)), qPrintable(raw));
    const AuditEntry e = AuditLog::query(*m_store)->at(0);
    QCOMPARE(e.parameters.value(QStringLiteral("profile")).toString(), QStringLiteral("Production"));
    QCOMPARE(e.parameters.value(QStringLiteral("apiKey")).toString(), QStringLiteral("<redacted>"));
    QCOMPARE(e.parameters.value(QStringLiteral("connection")).toObject().value(QStringLiteral("url")).toString(),
        QStringLiteral("https://t.example/organizer/tickets"));
}

void TestAuditLog::actionIsRequired()
{
    auto r = AuditLog::record(*m_store, QStringLiteral("  "));
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("audit.action"));
    QCOMPARE(AuditLog::query(*m_store)->size(), 0);
}

void TestAuditLog::filtersCombine()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(AuditLog::record(*m_store, AuditLog::actionImport(), {{QStringLiteral("n"), i}}));
    QVERIFY(AuditLog::record(
        *m_store, AuditLog::actionTemplateSave(), {}, AuditLog::outcomeOk(), QStringLiteral("default template")));
    QVERIFY(AuditLog::record(
        *m_store, AuditLog::actionTicketAction(), {}, AuditLog::outcomeError(), QStringLiteral("T-9 refused")));

    AuditFilter f;
    f.action = QStringLiteral("import");
    QCOMPARE(AuditLog::query(*m_store, f)->size(), 3);
    f.limit = 2;
    auto limited = AuditLog::query(*m_store, f);
    QCOMPARE(limited->size(), 2);
    QCOMPARE(limited->at(0).parameters.value(QStringLiteral("n")).toInt(), 2); // newest first
    f = {};
    f.operatorName = AuditLog::operatorName(*m_store);
    QCOMPARE(AuditLog::query(*m_store, f)->size(), 5);
    f.operatorName = QStringLiteral("somebody-else");
    QCOMPARE(AuditLog::query(*m_store, f)->size(), 0);
    f = {};
    f.action = QStringLiteral("ticket-action");
    f.text = QStringLiteral("t-9");
    QCOMPARE(AuditLog::query(*m_store, f)->size(), 1);
    f.action = QStringLiteral("import");
    QCOMPARE(AuditLog::query(*m_store, f)->size(), 0);
}

void TestAuditLog::textFilterIsLiteralAndCaseInsensitive()
{
    QVERIFY(AuditLog::record(*m_store, AuditLog::actionFix(), {{QStringLiteral("ratio"), QStringLiteral("50%")}}));
    QVERIFY(AuditLog::record(*m_store, AuditLog::actionFix(), {{QStringLiteral("file"), QStringLiteral("a_b.csv")}},
        AuditLog::outcomeOk(), QStringLiteral("Fixed MISSING_IN_TIXNGO")));
    QVERIFY(AuditLog::record(*m_store, AuditLog::actionFix(), {{QStringLiteral("file"), QStringLiteral("axb.csv")}}));
    AuditFilter f;
    f.text = QStringLiteral("50%");
    QCOMPARE(AuditLog::query(*m_store, f)->size(), 1);
    f.text = QStringLiteral("a_b");
    QCOMPARE(AuditLog::query(*m_store, f)->size(), 1); // '_' is not a wildcard
    f.text = QStringLiteral("missing_in_tixngo");
    QCOMPARE(AuditLog::query(*m_store, f)->size(), 1);
    f.text = QStringLiteral("%");
    QCOMPARE(AuditLog::query(*m_store, f)->size(), 1);
}

void TestAuditLog::timeRange()
{
    QVERIFY(AuditLog::record(*m_store, AuditLog::actionRun()));
    const auto first = AuditLog::query(*m_store)->at(0);
    AuditFilter f;
    f.from = first.at;
    QCOMPARE(AuditLog::query(*m_store, f)->size(), 1); // inclusive
    f.from = first.at.addMSecs(1);
    QCOMPARE(AuditLog::query(*m_store, f)->size(), 0);
    f = {};
    f.to = first.at;
    QCOMPARE(AuditLog::query(*m_store, f)->size(), 0); // exclusive
    f.to = first.at.addSecs(1);
    f.from = first.at.addSecs(-1);
    QCOMPARE(AuditLog::query(*m_store, f)->size(), 1);
}

void TestAuditLog::csvExportQuotesFields()
{
    QVERIFY(AuditLog::record(*m_store, AuditLog::actionImport(),
        {{QStringLiteral("file"), QStringLiteral("Lausanne, \"HC\".csv")}}, AuditLog::outcomeError(),
        QStringLiteral("line 3: bad date\nline 9: bad status")));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(AuditLog::writeCsv(*AuditLog::query(*m_store), buffer));
    const QString csv = QString::fromUtf8(buffer.data());
    QVERIFY2(csv.startsWith(QStringLiteral("id,time,operator,os_user,action,outcome,parameters,detail\r\n")),
        qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral(",import,error,\"{\"\"file\"\":\"\"Lausanne, \\\"\"HC\\\"\".csv\"\"}\",")),
        qPrintable(csv));
    QVERIFY2(csv.endsWith(QStringLiteral(",\"line 3: bad date\nline 9: bad status\"\r\n")), qPrintable(csv));

    const QString path = m_dir->filePath(QStringLiteral("audit.csv"));
    AuditFilter f;
    f.action = QStringLiteral("import");
    QVERIFY(AuditLog::exportCsv(*m_store, f, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), csv);
}

void TestAuditLog::exportToFileReportsUnwritablePath()
{
    const Status s = AuditLog::exportCsv(*m_store, {}, m_dir->filePath(QStringLiteral("no/such/folder/audit.csv")));
    QVERIFY(!s);
    QCOMPARE(s.error().code, QStringLiteral("audit.export"));
    QVERIFY2(s.error().message.contains(QStringLiteral("no/such/folder")), qPrintable(s.error().message));
}

void TestAuditLog::databaseRefusesUpdateAndDelete()
{
    QVERIFY(AuditLog::record(
        *m_store, AuditLog::actionRun(), {}, AuditLog::outcomeError(), QStringLiteral("authentication refused")));
    auto upd = m_store->exec(QStringLiteral("UPDATE audit_log SET outcome = ?"), {QStringLiteral("ok")});
    QVERIFY(!upd);
    QVERIFY2(upd.error().message.contains(QStringLiteral("append-only")), qPrintable(upd.error().message));
    auto del = m_store->exec(QStringLiteral("DELETE FROM audit_log"));
    QVERIFY(!del);
    QVERIFY2(del.error().message.contains(QStringLiteral("append-only")), qPrintable(del.error().message));
    if (m_store->backend() == Store::Backend::Postgres)
        QVERIFY(!m_store->exec(QStringLiteral("TRUNCATE audit_log")));
    const auto rows = AuditLog::query(*m_store);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->at(0).outcome, QStringLiteral("error"));
    // Appending still works after the refused changes.
    QVERIFY(AuditLog::record(*m_store, AuditLog::actionRun()));
    QCOMPARE(AuditLog::query(*m_store)->size(), 2);
}

void TestAuditLog::itemModel()
{
    AuditLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(AuditLog::record(*m_store, AuditLog::actionImport(), {{QStringLiteral("file"), QStringLiteral("a.csv")}}));
    QVERIFY(
        AuditLog::record(*m_store, AuditLog::actionTemplateSave(), {}, AuditLog::outcomeOk(), QStringLiteral("saved")));
    QVERIFY(model.reload(*m_store, {}));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(AuditLogModel::ColumnCount));
    QCOMPARE(model.headerData(AuditLogModel::ActionColumn, Qt::Horizontal).toString(), QStringLiteral("Action"));
    QCOMPARE(model.index(0, AuditLogModel::ActionColumn).data().toString(), QStringLiteral("template-save"));
    QCOMPARE(model.index(0, AuditLogModel::DetailColumn).data().toString(), QStringLiteral("saved"));
    QCOMPARE(model.index(1, AuditLogModel::ParametersColumn).data().toString(), QStringLiteral("{\"file\":\"a.csv\"}"));
    QVERIFY(model.index(0, AuditLogModel::TimeColumn).data(AuditLogModel::RawRole).toLongLong()
        >= model.index(1, AuditLogModel::TimeColumn).data(AuditLogModel::RawRole).toLongLong());
    QVERIFY(!model.index(0, AuditLogModel::TimeColumn).data().toString().isEmpty());
    AuditFilter f;
    f.action = QStringLiteral("import");
    QVERIFY(model.reload(*m_store, f));
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
