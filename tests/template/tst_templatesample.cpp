// The Template page's sample queries: ticket search (ids, numbers, barcodes, names; bounded,
// wildcards literal) and the payload last injected for a ticket, read from the sync ledger. Runs
// on SQLite and, as tst_templatesample_pg, on PostgreSQL.
#include "template/templatesample.h"

#include "core/store.h"
#include "support/testdb.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tixsync;
using namespace tixsync::tpl;

class TestTemplateSample : public QObject {
    Q_OBJECT
private slots:
    void init();
    void searchByIdNumberBarcodeAndName();
    void lastInjectedIgnoresDryRunsAndFailures();

private:
    qint64 addRun(bool dryRun);
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestTemplateSample::init()
{
    auto store = Store::open(TIXSYNC_FRESH_DB(m_dir, "samples"));
    QVERIFY2(store.has_value(), qPrintable(store ? QString() : store.error().message));
    m_store = std::move(*store);
    Event e;
    e.eventId = QStringLiteral("E1");
    e.name = QStringLiteral("Cup final");
    e.startTime = QDateTime(QDate(2027, 3, 14), QTime(16, 30), Qt::UTC);
    QVERIFY(m_store->upsertEvent(e));
    const QStringList names{QStringLiteral("Anna Muster"), QStringLiteral("Zoé Quartermaine"),
        QStringLiteral("Quentin Blake"), QStringLiteral("Max 100%_Sure")};
    for (int i = 0; i < names.size(); ++i) {
        Ticket t;
        t.ticketId = QStringLiteral("10000000%1").arg(i + 1);
        t.ticketNumber = QStringLiteral("N%1").arg(i + 1);
        t.eventId = e.eventId;
        t.barcode = QStringLiteral("BC7%1").arg(i + 1);
        t.holder.firstName = names[i].section(QLatin1Char(' '), 0, 0);
        t.holder.lastName = names[i].section(QLatin1Char(' '), 1);
        t.contact = t.holder;
        t.s360Status = S360Status::NotPrinted;
        QVERIFY(m_store->upsertTicket(t));
    }
}

void TestTemplateSample::searchByIdNumberBarcodeAndName()
{
    auto ids = [this](const QString &text, int limit = 20) {
        QStringList out;
        if (auto hits = searchTickets(*m_store, text, limit))
            for (const TicketHit &h : *hits)
                out << h.ticketId;
        else
            out << QStringLiteral("error: ") + hits.error().message;
        return out;
    };
    QCOMPARE(ids(QStringLiteral("100000002")), QStringList{QStringLiteral("100000002")});
    QCOMPARE(ids(QStringLiteral("N3")), QStringList{QStringLiteral("100000003")});
    QCOMPARE(ids(QStringLiteral("BC74")), QStringList{QStringLiteral("100000004")});
    QCOMPARE(ids(QStringLiteral("10000000")).size(), 4); // id prefix
    QCOMPARE(ids(QStringLiteral("10000000"), 2).size(), 2); // bounded
    QCOMPARE(ids(QStringLiteral("  muster ")), QStringList{QStringLiteral("100000001")});
    QCOMPARE(ids(QStringLiteral("quentin bl")), QStringList{QStringLiteral("100000003")});
    QCOMPARE(ids(QStringLiteral("blake quentin")), QStringList{QStringLiteral("100000003")});
    QCOMPARE(ids(QStringLiteral("quartermaine")), QStringList{QStringLiteral("100000002")});
    QCOMPARE(ids(QStringLiteral("q")).size(), 2); // Quartermaine, Quentin
    // LIKE wildcards are plain characters.
    QCOMPARE(ids(QStringLiteral("100%")), QStringList{QStringLiteral("100000004")});
    QCOMPARE(ids(QStringLiteral("1_0")), QStringList());
    QCOMPARE(ids(QStringLiteral("%")), QStringList());
    QCOMPARE(ids(QStringLiteral("nobody")), QStringList());
    QCOMPARE(ids(QString()), QStringList());
    // The label names the ticket, number, holder, barcode and event.
    auto hits = searchTickets(*m_store, QStringLiteral("anna"));
    QVERIFY(hits && hits->size() == 1);
    QCOMPARE(hits->first().label(), QStringLiteral("100000001 · N1 · Anna Muster · BC71 · Cup final"));
}

qint64 TestTemplateSample::addRun(bool dryRun)
{
    auto ins
        = m_store->exec(QStringLiteral("INSERT INTO sync_runs (function, organizer, started_at, ended_at, outcome, "
                                       "dry_run) VALUES ('inject', 'default', ?, ?, 'OK', ?)"),
            {QStringLiteral("2027-01-02T10:00:00Z"), QStringLiteral("2027-01-02T10:00:01Z"), dryRun ? 1 : 0});
    if (!ins)
        return 0;
    auto q = m_store->exec(QStringLiteral("SELECT MAX(id) FROM sync_runs"));
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

void TestTemplateSample::lastInjectedIgnoresDryRunsAndFailures()
{
    const QString id = QStringLiteral("100000001");
    auto none = lastInjected(*m_store, id);
    QVERIFY(none);
    QVERIFY(!none->has_value()); // never injected
    const QByteArray sent = R"({"ticketId":"100000001","event":{"name":"Cup final"}})";
    auto addRow = [&](qint64 run, const QString &result, const QByteArray &payload) {
        return m_store->exec(QStringLiteral("INSERT INTO sync_run_tickets (run_id, ticket_id, action, payload_hash, "
                                            "payload_size, payload, result) VALUES (?, ?, 'inject', ?, ?, ?, ?)"),
            {run, id, payloadHash(payload), int(payload.size()), QString::fromUtf8(payload), result});
    };
    const qint64 ok = addRun(false);
    QVERIFY(ok > 0);
    QVERIFY(addRow(ok, QStringLiteral("OK"), sent));
    const qint64 dry = addRun(true);
    QVERIFY(addRow(dry, QStringLiteral("OK"), R"({"ticketId":"dry"})"));
    const qint64 failed = addRun(false);
    QVERIFY(addRow(failed, QStringLiteral("ERROR"), R"({"ticketId":"refused"})"));
    auto last = lastInjected(*m_store, id);
    QVERIFY(last && last->has_value());
    QCOMPARE((*last)->runId, ok);
    QCOMPARE((*last)->payload, sent);
    QCOMPARE((*last)->payloadHash, payloadHash(sent));
    QVERIFY(!(*last)->truncated);
    QCOMPARE((*last)->at, QDateTime(QDate(2027, 1, 2), QTime(10, 0), Qt::UTC));
    // A dump cut short by maxLengthDumpedCallsInKbs is flagged.
    const qint64 cut = addRun(false);
    QVERIFY(addRow(cut, QStringLiteral("OK"), sent.left(20)));
    last = lastInjected(*m_store, id);
    QVERIFY(last && last->has_value());
    QCOMPARE((*last)->runId, cut);
    QVERIFY((*last)->truncated);
}

QTEST_GUILESS_MAIN(TestTemplateSample)
#include "tst_templatesample.moc"
