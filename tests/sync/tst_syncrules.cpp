// The interface functions' rules against an in-memory TIXNGO (FakeTransport): selection,
// outcomes on both sides, watermarks, force/skip/date-from, the visibility table, reason-change
// re-push, feedback, privileges, leases, in-flight resolution, dumps and kill ratio.
#include "core/datetime.h"
#include "support/testdb.h"
#include "sync/customparameters.h"
#include "sync/lease.h"
#include "sync/payloadfactory.h"
#include "sync/runcontroller.h"
#include "sync/schedule.h"
#include "sync/syncengine.h"
#include "sync/ticketactions.h"
#include "synctestutil.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tixsync;
using namespace tixsync::sync;
using namespace tixsync::test;

namespace {
QString S(const char *s)
{
    return QString::fromUtf8(s);
}
QStringList L(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}
PayloadFactory simplePayloads()
{
    return [](const Ticket &t, const Event &e) -> Result<QByteArray> {
        if (t.category == QLatin1String("BROKEN"))
            return fail(QStringLiteral("payload.invalid"), QStringLiteral("category BROKEN cannot be mapped"));
        QJsonObject o{{QStringLiteral("ticketId"), t.ticketId},
            {QStringLiteral("event"), QJsonObject{{QStringLiteral("id"), e.eventId}}},
            {QStringLiteral("spectatorDetails"),
                QJsonObject{
                    {QStringLiteral("firstName"), t.contact.firstName}, {QStringLiteral("email"), t.contact.email}}}};
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
}

int count(Store &s, const QString &sql)
{
    auto q = s.exec(sql);
    if (!q || !q->next())
        return -1;
    return q->value(0).toInt();
}

QString codeOf(Store &s, const QString &id)
{
    return toCode(s.ticket(id)->s360Status);
}
} // namespace

class TestSyncRules : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    // Custom parameters, lists, schedules
    void customParameters_RUN11_data();
    void customParameters_RUN11();
    void unknownKeyIsWarning_RUN11();
    void ticketList_INJ5();
    void schedule_RUN7_RUN8_data();
    void schedule_RUN7_RUN8();
    void dueRunsFromDatabase_RUN8();

    // Injection
    void selection_INJ1_INJ3_INJ4_data();
    void selection_INJ1_INJ3_INJ4();
    void orderAndCalls_INJ2_INJ9();
    void forceAndSkip_INJ5();
    void mandatoryEnforced_INJ10();
    void mandatorySkipped_INJ6();
    void outcomesBothSides_INJ11_RUN1_RUN3();
    void mappingFailureIsReported();
    void forceReinjectsPrinted_INJ12();
    void reprintGoesToLastOwner_INJ13();
    void reprintResetReasonGoesToContact_INJ13_data();
    void reprintResetReasonGoesToContact_INJ13();
    void dryRunSendsNothing();
    void realPayloadBuilderDryRun();
    void privileges_DP1_DP2();

    // Runs
    void watermark_RUN2_data();
    void watermark_RUN2();
    void openErrorUntilSkipped_RUN4();
    void processedNotAgain_RUN5();
    void leaseOneInstance_RUN6();
    void dumpsCappedWithoutKey_RUN9();
    void dumpTemplateVariables_RUN9();
    void killRatio_RUN10();
    void inFlightResolved_RUN12();
    void runControllerInWorker();
    void impactMatchesRun_RUN2_data();
    void impactMatchesRun_RUN2();

    // Pushes
    void visibility_PC6_data();
    void visibility_PC6();
    void pushCancelledSelection_PC1_PC2_PC3_PC4_PC10();
    void reasonChangeRepush_PC5();
    void dateFrom_PC8_CT3();
    void forceSkipPush_PC9();
    void pushControlled_CT1_CT2_CT4();

    // Feedback
    void feedback_FB1_FB2_FB3_FB4();
    void feedbackBatchAndSkip_FB5_FB6();
    void feedbackUpload_FB7();
    void feedbackSyncError_FB9();
    void contactDistribution_FB10();
    void distributionStates_FB10_data();
    void distributionStates_FB10();

    // Ticket actions
    void ticketActionsRecorded();

private:
    RunResult run(RunOptions o, PayloadFactory p = simplePayloads());
    void addTickets(int n, S360Status status = S360Status::NotPrinted, const QString &prefix = QStringLiteral("T"));

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    FakeTransport *m_fake = nullptr;
    std::unique_ptr<FakeTransport> m_fakeOwner;
    int m_dbCounter = 0;
};

void TestSyncRules::init()
{
    const QString loc = TIXSYNC_FRESH_DB(m_dir, "sync");
    // one database per test function
    auto s = Store::open(usePostgres() ? loc : m_dir.filePath(QStringLiteral("sync%1.sqlite").arg(++m_dbCounter)));
    QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
    m_store = std::move(*s);
    QVERIFY(m_store->upsertEvent(makeEvent(QStringLiteral("E1"))));
    QVERIFY(m_store->upsertEvent(makeEvent(QStringLiteral("E2"), QStringLiteral("2025/26"))));
    m_fakeOwner = std::make_unique<FakeTransport>();
    m_fake = m_fakeOwner.get();
}

void TestSyncRules::cleanup()
{
    m_store.reset();
    m_fakeOwner.reset();
}

RunResult TestSyncRules::run(RunOptions o, PayloadFactory p)
{
    SyncEngine engine(*m_store, m_fake, std::move(p));
    return engine.run(o);
}

void TestSyncRules::addTickets(int n, S360Status status, const QString &prefix)
{
    for (int i = 1; i <= n; ++i)
        QVERIFY(m_store->upsertTicket(
            makeTicket(prefix + QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("E1"), status)));
}

// ----------------------------------------------------------------------------------------------

// rule RUN-11
void TestSyncRules::customParameters_RUN11_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("errorLine"); // 0 = parses
    QTest::newRow("defaults") << QString() << 0;
    QTest::newRow("comments and blanks") << QStringLiteral("# a comment\n\n  stickToTheHour = false \n") << 0;
    QTest::newRow("all keys") << QStringLiteral(
        "stickToTheHour=true\nticketIterationSize=250\nkillRatio=0.5\n"
        "maxLengthDumpedCallsInKbs=64\ndoContinueInCaseOfSyncError=false\n"
        "enforceMandatoryParameters=false\ndumpTnPRvariables=true\n"
        "dumpDataModifiedByTemplate=true\noverlaySpectatorDetailsWithLastOwner=false\n"
        "resetInjectionInvalidationReasons=A,B\nsendMultilingualAsJsonObject=true\n"
        "overrideVisibilityFlagForInvalidationReasons=RESALE,LOST\n"
        "visibilityFlagDefaultValue=true\nTIXNGO_LIFECYCLE_MODE=lifecycle\n"
        "enableTicketDistributionToCulturalContact=true")
                              << 0;
    QTest::newRow("bad boolean line 3") << QStringLiteral("# x\nkillRatio=0.2\nstickToTheHour=yes") << 3;
    QTest::newRow("bad integer line 1") << QStringLiteral("ticketIterationSize=0") << 1;
    QTest::newRow("not key=value line 2") << QStringLiteral("stickToTheHour=true\njust text") << 2;
    QTest::newRow("killRatio above 1") << QStringLiteral("\n\nkillRatio=3") << 3;
    QTest::newRow("killRatio percent ok") << QStringLiteral("killRatio=25%") << 0;
    QTest::newRow("lifecycle only") << QStringLiteral("TIXNGO_LIFECYCLE_MODE=legacy") << 1;
}

// rule RUN-11
void TestSyncRules::customParameters_RUN11()
{
    QFETCH(QString, text);
    QFETCH(int, errorLine);
    auto p = CustomParameters::parse(text, QStringLiteral("params.txt"));
    if (errorLine == 0) {
        QVERIFY2(p, qPrintable(p ? QString() : p.error().toString()));
        if (QByteArray(QTest::currentDataTag()) == "all keys") {
            QCOMPARE(p->ticketIterationSize, 250);
            QCOMPARE(*p->killRatio, 0.5);
            QCOMPARE(p->overrideVisibilityFlagForInvalidationReasons,
                (QStringList{QStringLiteral("RESALE"), QStringLiteral("LOST")}));
            QVERIFY(!p->doContinueInCaseOfSyncError);
            QVERIFY(p->visibilityFlagDefaultValue);
        } else if (QByteArray(QTest::currentDataTag()) == "defaults") {
            QVERIFY(p->stickToTheHour);
            QVERIFY(p->enforceMandatoryParameters);
            QVERIFY(p->doContinueInCaseOfSyncError);
            QVERIFY(p->overlaySpectatorDetailsWithLastOwner);
            QVERIFY(!p->visibilityFlagDefaultValue);
            QVERIFY(!p->killRatio);
        }
    } else {
        QVERIFY(!p);
        QCOMPARE(p.error().line, errorLine);
        QCOMPARE(p.error().file, QStringLiteral("params.txt"));
        QVERIFY2(p.error().toString().contains(QStringLiteral("params.txt:%1").arg(errorLine)),
            qPrintable(p.error().toString()));
    }
}

// rule RUN-11
void TestSyncRules::unknownKeyIsWarning_RUN11()
{
    auto p = CustomParameters::parse(QStringLiteral("stickToTheHour=false\nfooBar=1\n"));
    QVERIFY(p);
    QCOMPARE(p->warnings.size(), 1);
    QVERIFY(p->warnings.first().contains(QStringLiteral("fooBar")));
    QVERIFY(p->warnings.first().contains(QStringLiteral("Line 2")));
    RunOptions o;
    o.parameters = *p;
    o.dryRun = true;
    const RunResult r = run(o);
    QCOMPARE(r.warnings.size(), 1); // the run shows it
}

// rule INJ-5
void TestSyncRules::ticketList_INJ5()
{
    const TicketList l = TicketList::parse(QStringLiteral("id:123456789, 12300123;id:A-1\n 77"));
    QCOMPARE(l.ticketIds, (QStringList{QStringLiteral("123456789"), QStringLiteral("A-1")}));
    QCOMPARE(l.ticketNumbers, (QStringList{QStringLiteral("12300123"), QStringLiteral("77")}));
    QVERIFY(l.contains(QStringLiteral("A-1"), QStringLiteral("x")));
    QVERIFY(l.contains(QStringLiteral("x"), QStringLiteral("77")));
    QVERIFY(!l.contains(QStringLiteral("12300123"), QStringLiteral("x"))); // a bare number is a ticket number
}

// rule RUN-7, RUN-8
void TestSyncRules::schedule_RUN7_RUN8_data()
{
    QTest::addColumn<bool>("automatic");
    QTest::addColumn<bool>("stick");
    QTest::addColumn<int>("every");
    QTest::addColumn<QString>("lastStart");
    QTest::addColumn<QString>("lastEnd");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("expected"); // empty = none
    // rule RUN-7: the documented example
    QTest::newRow("doc example stick") << true << true << 5 << S("13:35") << S("13:42") << S("") << S("") << S("13:42")
                                       << S("13:45");
    QTest::newRow("doc example no stick")
        << true << false << 5 << S("13:35") << S("13:42") << S("") << S("") << S("13:42") << S("13:47");
    QTest::newRow("stick, fast run") << true << true << 10 << S("13:35") << S("13:36") << S("") << S("") << S("13:36")
                                     << S("13:45");
    QTest::newRow("stick, overran 2 slots")
        << true << true << 5 << S("13:35") << S("13:51") << S("") << S("") << S("13:51") << S("13:55");
    QTest::newRow("stick, odd start aligns")
        << true << true << 5 << S("13:33") << S("13:34") << S("") << S("") << S("13:34") << S("13:40");
    QTest::newRow("first run on grid") << true << true << 5 << S("") << S("") << S("") << S("") << S("13:31")
                                       << S("13:35");
    QTest::newRow("first run no stick = now")
        << true << false << 5 << S("") << S("") << S("") << S("") << S("13:31") << S("13:31");
    // rule RUN-8: start and end
    QTest::newRow("before start") << true << true << 5 << S("") << S("") << S("14:00") << S("") << S("13:31")
                                  << S("14:00");
    QTest::newRow("after end") << true << true << 5 << S("13:35") << S("13:42") << S("") << S("13:44") << S("13:42")
                               << S("");
    QTest::newRow("manual") << false << true << 5 << S("13:35") << S("13:42") << S("") << S("") << S("13:42") << S("");
}

// rule RUN-7, RUN-8
void TestSyncRules::schedule_RUN7_RUN8()
{
    QFETCH(bool, automatic);
    QFETCH(bool, stick);
    QFETCH(int, every);
    QFETCH(QString, lastStart);
    QFETCH(QString, lastEnd);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, now);
    QFETCH(QString, expected);
    auto at = [](const QString &hm) {
        return hm.isEmpty() ? QDateTime()
                            : QDateTime(QDate(2026, 11, 26), QTime::fromString(hm, QStringLiteral("HH:mm")), Qt::UTC);
    };
    Schedule s;
    s.automatic = automatic;
    s.frequencyMinutes = every;
    s.options.parameters.stickToTheHour = stick;
    s.lastStartedAt = at(lastStart);
    s.lastEndedAt = at(lastEnd);
    s.start = at(start);
    s.end = at(end);
    const auto next = s.nextRun(at(now));
    if (expected.isEmpty()) {
        QVERIFY(!next);
    } else {
        QVERIFY(next);
        QCOMPARE(next->toUTC(), at(expected));
    }
}

// rule RUN-8
void TestSyncRules::dueRunsFromDatabase_RUN8()
{
    Schedule s;
    s.function = SyncFunction::PushControlled;
    s.organizer = QStringLiteral("org");
    s.automatic = true;
    s.frequencyMinutes = 1;
    s.options.parameters.stickToTheHour = false;
    s.options.batchSize = 77;
    QVERIFY(schedules::save(*m_store, s));
    Schedule manual = s;
    manual.function = SyncFunction::Feedback;
    manual.automatic = false;
    QVERIFY(schedules::save(*m_store, manual));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto due = schedules::dueRuns(*m_store, now);
    QVERIFY(due);
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->first().function, SyncFunction::PushControlled);
    QCOMPARE(due->first().options.batchSize, 77);
    QVERIFY(schedules::markStarted(*m_store, due->first(), now));
    QVERIFY(schedules::markEnded(*m_store, due->first(), now));
    due = schedules::dueRuns(*m_store, now);
    QVERIFY(due);
    QCOMPARE(due->size(), 0); // ran: next in a minute
    QCOMPARE(schedules::dueRuns(*m_store, now.addSecs(61))->size(), 1);
}

// ----------------------------------------------------------------------------------------------

// rule INJ-1, INJ-3, INJ-4
void TestSyncRules::selection_INJ1_INJ3_INJ4_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("expected");
    // Tickets: A (E1, P1, CAT1, WEB), B (E2, P2, CAT2), C (E1, P1, CAT2, BOX, file F9), D printed, E cancelled
    QTest::newRow("INJ-1 none") << QString() << QString() << L({"A", "B", "C"});
    QTest::newRow("INJ-3 event") << S("event") << S("E1") << L({"A", "C"});
    QTest::newRow("INJ-3 product") << S("product") << S("P2") << L({"B"});
    QTest::newRow("INJ-3 category") << S("category") << S("CAT2") << L({"B", "C"});
    QTest::newRow("INJ-3 season") << S("season") << S("2025/26") << L({"B"});
    QTest::newRow("INJ-3 channel") << S("salesChannel") << S("BOX") << L({"C"});
    QTest::newRow("INJ-3 family") << S("productFamily") << S("HOCKEY") << L({"B"});
    QTest::newRow("INJ-3 tariff") << S("tariff") << S("CHILD") << L({"C"});
    QTest::newRow("INJ-3 AND") << S("event+category") << S("E1|CAT2") << L({"C"});
    QTest::newRow("INJ-4 file number exclusive") << S("file+event") << S("F9|E2") << L({"C"});
}

// rule INJ-1, INJ-3, INJ-4
void TestSyncRules::selection_INJ1_INJ3_INJ4()
{
    QFETCH(QString, filter);
    QFETCH(QString, value);
    QFETCH(QStringList, expected);
    Ticket a = makeTicket(QStringLiteral("A"), QStringLiteral("E1"));
    Ticket b = makeTicket(QStringLiteral("B"), QStringLiteral("E2"));
    b.productCode = QStringLiteral("P2");
    b.category = QStringLiteral("CAT2");
    b.productFamily = QStringLiteral("HOCKEY");
    Ticket c = makeTicket(QStringLiteral("C"), QStringLiteral("E1"));
    c.category = QStringLiteral("CAT2");
    c.salesChannel = QStringLiteral("BOX");
    c.fileNumber = QStringLiteral("F9");
    c.tariff = QStringLiteral("CHILD");
    Ticket d = makeTicket(QStringLiteral("D"), QStringLiteral("E1"), S360Status::Printed);
    Ticket e = makeTicket(QStringLiteral("E"), QStringLiteral("E1"), S360Status::Cancelled);
    for (const Ticket &t : {a, b, c, d, e})
        QVERIFY(m_store->upsertTicket(t));
    RunOptions o;
    const QStringList v = value.split(QLatin1Char('|'));
    if (filter == QLatin1String("event"))
        o.events = v;
    else if (filter == QLatin1String("product"))
        o.product = value;
    else if (filter == QLatin1String("category"))
        o.category = value;
    else if (filter == QLatin1String("season"))
        o.season = value;
    else if (filter == QLatin1String("salesChannel"))
        o.salesChannel = value;
    else if (filter == QLatin1String("productFamily"))
        o.productFamily = value;
    else if (filter == QLatin1String("tariff"))
        o.tariff = value;
    else if (filter == QLatin1String("event+category")) {
        o.events = {v[0]};
        o.category = v[1];
    } else if (filter == QLatin1String("file+event")) {
        o.fileNumber = v[0];
        o.events = {v[1]};
    }
    const RunResult r = run(o);
    QCOMPARE(r.outcome, RunOutcome::Ok);
    QCOMPARE(QStringList(m_fake->injected.keys()), expected);
    for (const QString &id : expected)
        QCOMPARE(codeOf(*m_store, id), QStringLiteral("PRINTED"));
}

// rule INJ-2, INJ-9
void TestSyncRules::orderAndCalls_INJ2_INJ9()
{
    // inserted out of order
    for (const char *id : {"T0005", "T0002", "T0009", "T0001", "T0007", "T0003", "T0008", "T0004", "T0006"})
        QVERIFY(m_store->upsertTicket(makeTicket(QString::fromLatin1(id), QStringLiteral("E1"))));
    RunOptions o;
    o.batchSize = 7;
    o.parameters.ticketIterationSize = 3;
    const RunResult r = run(o);
    QCOMPARE(r.selected, 7);
    QCOMPARE(r.succeeded, 7);
    QCOMPARE(m_fake->callSizes, (QList<int>{3, 3, 1})); // rule INJ-9
    QStringList sent;
    for (const QStringList &ids : m_fake->callIds)
        sent += ids;
    QCOMPARE(sent, (L({"T0001", "T0002", "T0003", "T0004", "T0005", "T0006", "T0007"}))); // rule INJ-2
    QCOMPARE(codeOf(*m_store, QStringLiteral("T0008")), QStringLiteral("NOT_PRINTED"));
}

// rule INJ-5
void TestSyncRules::forceAndSkip_INJ5()
{
    addTickets(5);
    QVERIFY(m_store->upsertTicket(makeTicket(QStringLiteral("P1"), QStringLiteral("E1"), S360Status::Printed)));
    RunOptions o;
    o.skip = QStringLiteral("id:T0002, NT0004"); // id and ticket number mixed
    o.force = QStringLiteral("id:P1");
    const RunResult r = run(o);
    QCOMPARE(r.outcome, RunOutcome::Ok);
    QCOMPARE(QStringList(m_fake->injected.keys()), (L({"P1", "T0001", "T0003", "T0005"})));
    QCOMPARE(r.skipped, 2);
    QCOMPARE(codeOf(*m_store, QStringLiteral("T0002")), QStringLiteral("NOT_PRINTED"));
}

// rule INJ-10
void TestSyncRules::mandatoryEnforced_INJ10()
{
    addTickets(3);
    Ticket t = *m_store->ticket(QStringLiteral("T0002"));
    t.holder.birthDate.clear();
    t.holder.idNumber.clear();
    QVERIFY(m_store->upsertTicket(t));
    RunOptions o;
    o.mandatoryHolderFields = {QStringLiteral("FIRSTNAME"), QStringLiteral("BIRTHDATE"), QStringLiteral("ID_NUMBER")};
    const RunResult r = run(o);
    QCOMPARE(r.outcome, RunOutcome::Error);
    QVERIFY(m_fake->callSizes.isEmpty()); // before any call
    QVERIFY(r.error);
    QVERIFY(r.error->message.contains(QStringLiteral("T0001"))); // T0001 lacks ID_NUMBER too (none set)
    QVERIFY(r.error->message.contains(QStringLiteral("T0002")));
    QVERIFY(r.error->message.contains(QStringLiteral("BIRTHDATE")));
    QVERIFY(r.error->message.contains(QStringLiteral("ID_NUMBER")));
    QCOMPARE(codeOf(*m_store, QStringLiteral("T0003")), QStringLiteral("NOT_PRINTED"));
}

// rule INJ-6
void TestSyncRules::mandatorySkipped_INJ6()
{
    addTickets(3);
    Ticket t = *m_store->ticket(QStringLiteral("T0002"));
    t.holder.countryCode.clear();
    QVERIFY(m_store->upsertTicket(t));
    RunOptions o;
    o.mandatoryHolderFields = {QStringLiteral("COUNTRY_CODE")};
    o.parameters.enforceMandatoryParameters = false;
    const RunResult r = run(o);
    QCOMPARE(r.outcome, RunOutcome::Warning);
    QCOMPARE(r.succeeded, 2);
    QCOMPARE(r.skipped, 1);
    QCOMPARE(r.failures.size(), 1);
    QCOMPARE(r.failures.first().ticketId, QStringLiteral("T0002"));
    QVERIFY(r.failures.first().message.contains(QStringLiteral("COUNTRY_CODE")));
    QVERIFY(!m_fake->injected.contains(QStringLiteral("T0002")));
}

// rule INJ-11, RUN-1, RUN-3
void TestSyncRules::outcomesBothSides_INJ11_RUN1_RUN3()
{
    addTickets(4);
    m_fake->refuse = {QStringLiteral("T0003")};
    RunOptions o;
    o.posCode = QStringLiteral("WEB;POS1");
    const RunResult r = run(o);
    QCOMPARE(r.outcome, RunOutcome::Warning); // RUN-1
    QCOMPARE(r.succeeded, 3);
    QCOMPARE(r.failed, 1);
    QCOMPARE(r.failures.first().code, QStringLiteral("FIELD_TOO_LONG"));
    QVERIFY(r.failures.first().message.contains(QStringLiteral("event.name")));
    // INJ-11 S-360 side: accepted → PRINTED + processed; refused stays NOT_PRINTED
    auto ok = m_store->ticket(QStringLiteral("T0001"));
    QCOMPARE(ok->s360Status, S360Status::Printed);
    QCOMPARE(ok->tixngoStatus, TixngoStatus::Injected);
    QVERIFY(ok->injectedAt.isValid());
    QCOMPARE(codeOf(*m_store, QStringLiteral("T0003")), QStringLiteral("NOT_PRINTED"));
    auto q = m_store->exec(QStringLiteral("SELECT COUNT(*) FROM sync_processed WHERE function = 'inject'"));
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toInt(), 3);
    // who printed it, through which point of sale
    auto h = m_store->exec(
        QStringLiteral("SELECT actor FROM s360_status_changes WHERE ticket_id = 'T0001' AND status = 'PRINTED'"));
    QVERIFY(h && h->next());
    QVERIFY(h->value(0).toString().contains(QStringLiteral("WEB;POS1")));
    // ledger: before/after on both sides, error class
    auto ledger = runs::ledger(*m_store, r.runId);
    QVERIFY(ledger);
    QCOMPARE(ledger->size(), 4);
    for (const runs::LedgerRow &row : *ledger) {
        if (row.ticketId == QLatin1String("T0003")) {
            QCOMPARE(row.result, QStringLiteral("ERROR"));
            QCOMPARE(row.errorClass, QStringLiteral("external"));
            QCOMPARE(row.s360After, QStringLiteral("NOT_PRINTED"));
        } else {
            QCOMPARE(row.result, QStringLiteral("OK"));
            QCOMPARE(row.s360Before, QStringLiteral("NOT_PRINTED"));
            QCOMPARE(row.s360After, QStringLiteral("PRINTED"));
            QCOMPARE(row.tixngoAfter, QStringLiteral("INJECTED"));
            QVERIFY(row.payloadSize > 0);
            QCOMPARE(row.payloadHash.size(), 40);
        }
    }
    // RUN-3: a whole-call failure in the next run does not undo the successes
    m_fake->refuse.clear();
    m_fake->failCall = makeError(QStringLiteral("tixngo.auth"), QStringLiteral("authentication refused"));
    const RunResult r2 = run(RunOptions{});
    QCOMPARE(r2.outcome, RunOutcome::Error);
    QCOMPARE(SyncEngine::classify(*r2.error), ErrorClass::Configuration);
    QCOMPARE(codeOf(*m_store, QStringLiteral("T0001")), QStringLiteral("PRINTED"));
    QCOMPARE(codeOf(*m_store, QStringLiteral("T0003")), QStringLiteral("NOT_PRINTED"));
    auto inflight = m_store->exec(QStringLiteral("SELECT COUNT(*) FROM sync_in_flight"));
    QVERIFY(inflight && inflight->next());
    QCOMPARE(inflight->value(0).toInt(), 0); // a refused call applied nothing
}

void TestSyncRules::mappingFailureIsReported()
{
    addTickets(3);
    Ticket t = *m_store->ticket(QStringLiteral("T0002"));
    t.category = QStringLiteral("BROKEN");
    QVERIFY(m_store->upsertTicket(t));
    const RunResult r = run(RunOptions{});
    QCOMPARE(r.outcome, RunOutcome::Warning);
    QCOMPARE(r.failed, 1);
    QCOMPARE(r.failures.first().errorClass, ErrorClass::Mapping);
    auto open = runs::openErrors(*m_store, SyncFunction::Inject);
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->first().errorClass, QStringLiteral("mapping"));
}

// rule INJ-12
void TestSyncRules::forceReinjectsPrinted_INJ12()
{
    addTickets(2);
    QCOMPARE(run(RunOptions{}).succeeded, 2);
    RunOptions o;
    o.force = QStringLiteral("NT0001");
    const RunResult r = run(o);
    QCOMPARE(r.outcome, RunOutcome::Ok);
    QCOMPARE(r.succeeded, 1);
    QCOMPARE(m_fake->sendCount.value(QStringLiteral("T0001")), 2);
    QCOMPARE(m_fake->sendCount.value(QStringLiteral("T0002")), 1);
    QCOMPARE(codeOf(*m_store, QStringLiteral("T0001")), QStringLiteral("PRINTED"));
}

// rule INJ-13
void TestSyncRules::reprintGoesToLastOwner_INJ13()
{
    Ticket t = makeTicket(QStringLiteral("R1"), QStringLiteral("E1"), S360Status::Printed);
    t.tixngoOwner.firstName = QStringLiteral("Bert");
    t.tixngoOwner.lastName = QStringLiteral("Neu");
    t.tixngoOwner.email = QStringLiteral("bert@example.ch");
    QVERIFY(m_store->upsertTicket(t));
    auto fresh = ticketactions::reprint(*m_store, QStringLiteral("R1"));
    QVERIFY2(fresh, qPrintable(fresh ? QString() : fresh.error().toString()));
    QCOMPARE(*fresh, QStringLiteral("R1-R1"));
    QCOMPARE(codeOf(*m_store, QStringLiteral("R1")), QStringLiteral("INVALIDATED"));
    QCOMPARE(m_store->ticket(QStringLiteral("R1"))->s360Reason, QStringLiteral("REPRINT"));
    QCOMPARE(codeOf(*m_store, *fresh), QStringLiteral("NOT_PRINTED"));
    RunOptions dry;
    dry.dryRun = true;
    RunResult r = run(dry);
    QCOMPARE(r.plannedCalls.size(), 1);
    QVERIFY(r.plannedCalls.first().payload.contains("bert@example.ch")); // default true
    dry.parameters.overlaySpectatorDetailsWithLastOwner = false;
    r = run(dry);
    QVERIFY(r.plannedCalls.first().payload.contains("anna@example.ch"));
}

// rule INJ-13 with resetInjectionInvalidationReasons: a reprint whose old ticket was invalidated
// for a listed reason goes to the cultural contact; for any other reason to the last TIXNGO owner.
void TestSyncRules::reprintResetReasonGoesToContact_INJ13_data()
{
    QTest::addColumn<QString>("reprintReason");
    QTest::addColumn<QString>("resetReasons");
    QTest::addColumn<QString>("expectedEmail");
    const QString contact = QStringLiteral("anna@example.ch");
    const QString owner = QStringLiteral("bert@example.ch");
    auto q = [](const char *s) { return QString::fromLatin1(s); };
    QTest::newRow("listed reason, contact") << q("RESALE") << q("RESALE,LOST") << contact;
    QTest::newRow("listed in other case, contact") << q("resale") << q("RESALE") << contact;
    QTest::newRow("default REPRINT listed, contact") << QString() << q("REPRINT") << contact;
    QTest::newRow("reason not listed, owner") << q("LOST") << q("RESALE") << owner;
    QTest::newRow("empty list, owner") << q("RESALE") << QString() << owner;
}

void TestSyncRules::reprintResetReasonGoesToContact_INJ13()
{
    QFETCH(QString, reprintReason);
    QFETCH(QString, resetReasons);
    QFETCH(QString, expectedEmail);
    Ticket t = makeTicket(QStringLiteral("R1"), QStringLiteral("E1"), S360Status::Printed);
    t.tixngoOwner.firstName = QStringLiteral("Bert");
    t.tixngoOwner.lastName = QStringLiteral("Neu");
    t.tixngoOwner.email = QStringLiteral("bert@example.ch");
    QVERIFY(m_store->upsertTicket(t));
    // an imported NOT_PRINTED ticket with a known owner but no reprint origin: always the owner
    Ticket other = makeTicket(QStringLiteral("S1"), QStringLiteral("E1"));
    other.tixngoOwner = t.tixngoOwner;
    QVERIFY(m_store->upsertTicket(other));
    auto fresh = ticketactions::reprint(*m_store, QStringLiteral("R1"), reprintReason);
    QVERIFY2(fresh, qPrintable(fresh ? QString() : fresh.error().toString()));
    QCOMPARE(m_store->ticket(QStringLiteral("R1"))->s360Reason,
        reprintReason.isEmpty() ? QStringLiteral("REPRINT") : reprintReason);
    QCOMPARE(ticketactions::reprintOrigin(*m_store, *fresh), QStringLiteral("R1"));
    QVERIFY(ticketactions::reprintOrigin(*m_store, QStringLiteral("S1")).isEmpty());
    auto params = CustomParameters::parse(QStringLiteral("resetInjectionInvalidationReasons=") + resetReasons);
    QVERIFY(params);
    RunOptions o;
    o.parameters = *params;
    const RunResult r = run(o);
    QCOMPARE(r.succeeded, 2);
    QVERIFY2(
        m_fake->injected.value(*fresh).contains(expectedEmail.toUtf8()), m_fake->injected.value(*fresh).constData());
    QVERIFY(m_fake->injected.value(QStringLiteral("S1")).contains("bert@example.ch"));
    QCOMPARE(r.notes.join(QLatin1Char('\n')).contains(QStringLiteral("resetInjectionInvalidationReasons")),
        expectedEmail == QLatin1String("anna@example.ch"));
}

void TestSyncRules::dryRunSendsNothing()
{
    addTickets(3);
    RunOptions o;
    o.dryRun = true;
    const RunResult r = run(o);
    QCOMPARE(r.outcome, RunOutcome::Ok);
    QCOMPARE(r.plannedCalls.size(), 3);
    QCOMPARE(r.plannedCalls.first().ticketId, QStringLiteral("T0001"));
    QVERIFY(r.plannedCalls.first().payload.startsWith("{\"event\""));
    QVERIFY(m_fake->callSizes.isEmpty());
    QCOMPARE(codeOf(*m_store, QStringLiteral("T0001")), QStringLiteral("NOT_PRINTED"));
    QVERIFY(!runs::watermark(*m_store, SyncFunction::Inject, {}).isValid());
    // no transport needed at all
    SyncEngine offline(*m_store, nullptr, simplePayloads());
    QCOMPARE(offline.run(o).plannedCalls.size(), 3);
}

void TestSyncRules::realPayloadBuilderDryRun()
{
    addTickets(2);
    Ticket other = *m_store->ticket(QStringLiteral("T0002"));
    other.holder.firstName = QStringLiteral("Luca"); // holder differs from the buyer
    QVERIFY(m_store->upsertTicket(other));
    RunOptions o;
    o.dryRun = true;
    const InjectionSettings settings{QString(), QStringLiteral("PRE-"), QStringLiteral("-POST"), {}};
    QVERIFY(settings.save(*m_store));
    const RunResult r = runFunction(*m_store, nullptr, o);
    QVERIFY2(r.outcome != RunOutcome::Error, qPrintable(r.error ? r.error->toString() : QString()));
    QCOMPARE(r.plannedCalls.size(), 2); // the shipped template builds valid payloads for these tickets
    if (!r.plannedCalls.isEmpty()) {
        const QJsonObject p = QJsonDocument::fromJson(r.plannedCalls.first().payload).object();
        QCOMPARE(p.value(QStringLiteral("ticketId")).toString(), QStringLiteral("T0001"));
        // rule INJ-8 through the real builder
        QVERIFY(p.value(QStringLiteral("security"))
                    .toObject()
                    .value(QStringLiteral("barcode"))
                    .toString()
                    .startsWith(QStringLiteral("PRE-")));
        // rule INJ-7: mainApplicant only when the holder is the buyer
        QVERIFY(p.value(QStringLiteral("spectatorDetails")).toObject().value(QStringLiteral("mainApplicant")).toBool());
        if (r.plannedCalls.size() == 2) {
            const QJsonObject p2 = QJsonDocument::fromJson(r.plannedCalls.last().payload).object();
            QVERIFY(!p2.value(QStringLiteral("spectatorDetails"))
                         .toObject()
                         .value(QStringLiteral("mainApplicant"))
                         .toBool());
        }
    }
}

// rule DP-1, DP-2
void TestSyncRules::privileges_DP1_DP2()
{
    addTickets(1);
    for (int i = 1; i <= 2; ++i) {
        Ticket t = makeTicket(QStringLiteral("M%1").arg(i), QStringLiteral("E1"));
        t.productKind = QString::fromLatin1(ProductKindMembership);
        t.productCode = QStringLiteral("MEMB");
        QVERIFY(m_store->upsertTicket(t));
    }
    RunOptions o;
    o.function = SyncFunction::InjectPrivileges;
    RunResult r = run(o);
    QCOMPARE(r.outcome, RunOutcome::Ok);
    QCOMPARE(QStringList(m_fake->injected.keys()), (L({"M1", "M2"}))); // DP-2: only cards
    QCOMPARE(codeOf(*m_store, QStringLiteral("M1")), QStringLiteral("PRINTED"));
    QCOMPARE(codeOf(*m_store, QStringLiteral("T0001")), QStringLiteral("NOT_PRINTED"));
    QCOMPARE(r.notes.filter(QStringLiteral("created")).size(), 1); // DP-1
    // a later run for an unchanged product does not recreate it
    Ticket t3 = makeTicket(QStringLiteral("M3"), QStringLiteral("E1"));
    t3.productKind = QString::fromLatin1(ProductKindMembership);
    t3.productCode = QStringLiteral("MEMB");
    QVERIFY(m_store->upsertTicket(t3));
    r = run(o);
    QCOMPARE(r.succeeded, 1);
    QVERIFY(r.notes.filter(QStringLiteral("MEMB")).isEmpty());
    // a changed privilege updates it
    Ticket t4 = t3;
    t4.ticketId = QStringLiteral("M4");
    t4.productName = QStringLiteral("Gold membership");
    QVERIFY(m_store->upsertTicket(t4));
    r = run(o);
    QCOMPARE(r.notes.filter(QStringLiteral("changed")).size(), 1);
}

// ----------------------------------------------------------------------------------------------

// rule RUN-2
void TestSyncRules::watermark_RUN2_data()
{
    QTest::addColumn<int>("refuse"); // tickets refused
    QTest::addColumn<bool>("callFails"); // whole call fails
    QTest::addColumn<bool>("moves");
    QTest::newRow("OK moves") << 0 << false << true;
    QTest::newRow("Warning moves") << 1 << false << true;
    QTest::newRow("Error stays") << 0 << true << false;
}

// rule RUN-2
void TestSyncRules::watermark_RUN2()
{
    QFETCH(int, refuse);
    QFETCH(bool, callFails);
    QFETCH(bool, moves);
    addTickets(3);
    // a first OK run sets the watermark
    QVERIFY(m_store->upsertTicket(makeTicket(QStringLiteral("A0"), QStringLiteral("E1"))));
    RunOptions first;
    first.batchSize = 1;
    const RunResult r0 = run(first);
    QCOMPARE(r0.outcome, RunOutcome::Ok);
    const QDateTime before = runs::watermark(*m_store, SyncFunction::Inject, {});
    QVERIFY(before.isValid());
    QTest::qWait(1100); // RFC 3339 text has second precision
    if (refuse)
        m_fake->refuse = {QStringLiteral("T0001")};
    if (callFails)
        m_fake->failCall = makeError(QStringLiteral("tixngo.server"), QStringLiteral("503 after retries"));
    const RunResult r = run(RunOptions{});
    QCOMPARE(r.outcome, callFails ? RunOutcome::Error : (refuse ? RunOutcome::Warning : RunOutcome::Ok));
    const QDateTime after = runs::watermark(*m_store, SyncFunction::Inject, {});
    QCOMPARE(after > before, moves);
    if (callFails) {
        // technical: unknown whether applied → in flight for the next run
        auto q = m_store->exec(QStringLiteral("SELECT COUNT(*) FROM sync_in_flight WHERE function = 'inject'"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 3);
    }
}

// rule RUN-4
void TestSyncRules::openErrorUntilSkipped_RUN4()
{
    addTickets(3);
    m_fake->refuse = {QStringLiteral("T0002")};
    QCOMPARE(run(RunOptions{}).outcome, RunOutcome::Warning);
    QCOMPARE(runs::openErrors(*m_store, SyncFunction::Inject)->size(), 1);
    // the next run tries it again and still shows the error
    QCOMPARE(run(RunOptions{}).outcome, RunOutcome::Warning);
    QCOMPARE(runs::openErrors(*m_store, SyncFunction::Inject)->size(), 1);
    // put on the skip list → cleared, the run is OK
    QVERIFY(runs::addToSkipList(*m_store, SyncFunction::Inject, TicketList::parse(QStringLiteral("id:T0002"))));
    const RunResult r = run(RunOptions{});
    QCOMPARE(r.outcome, RunOutcome::Ok);
    QCOMPARE(r.skipped, 1);
    QCOMPARE(runs::openErrors(*m_store, SyncFunction::Inject)->size(), 0);
    // fixed instead of skipped: also cleared
    m_fake->refuse = {QStringLiteral("T0004")};
    addTickets(4);
    QCOMPARE(run(RunOptions{}).outcome, RunOutcome::Warning);
    QCOMPARE(runs::openErrors(*m_store, SyncFunction::Inject)->size(), 1);
    m_fake->refuse.clear();
    QCOMPARE(run(RunOptions{}).outcome, RunOutcome::Ok);
    QCOMPARE(runs::openErrors(*m_store, SyncFunction::Inject)->size(), 0);
}

// rule RUN-5
void TestSyncRules::processedNotAgain_RUN5()
{
    addTickets(2);
    QCOMPARE(run(RunOptions{}).succeeded, 2);
    const RunResult r = run(RunOptions{});
    QCOMPARE(r.selected, 0);
    QCOMPARE(m_fake->sendCount.value(QStringLiteral("T0001")), 1);
}

// rule RUN-6
void TestSyncRules::leaseOneInstance_RUN6()
{
    auto other = m_store->openAnother();
    QVERIFY(other);
    auto held = Lease::acquire(**other, QStringLiteral("inject"), SyncEngine::defaultOrganizer());
    QVERIFY(held);
    addTickets(1);
    RunResult r = run(RunOptions{});
    QCOMPARE(r.outcome, RunOutcome::Error);
    QCOMPARE(r.error->code, QStringLiteral("SYNC_BUSY"));
    QVERIFY(r.error->message.contains(QStringLiteral("already running")));
    QVERIFY(m_fake->callSizes.isEmpty());
    // another function, or another organizer, is not blocked
    RunOptions pc;
    pc.function = SyncFunction::PushControlled;
    QCOMPARE(run(pc).outcome, RunOutcome::Ok);
    RunOptions otherOrg;
    otherOrg.organizer = QStringLiteral("https://other.example/api/v3/organizer/tickets");
    QCOMPARE(run(otherOrg).outcome, RunOutcome::Ok);
    held->release();
    // expired lease of a crashed machine is taken over
    QVERIFY(m_store->exec(QStringLiteral("INSERT INTO sync_leases (function, organizer, holder, expires_at) VALUES "
                                         "('feedback', 'default', 'elsewhere:1:x', ?)"),
        {QDateTime::currentSecsSinceEpoch() - 5}));
    RunOptions fb;
    fb.function = SyncFunction::Feedback;
    QCOMPARE(run(fb).outcome, RunOutcome::Ok);
    // a live lease of another machine is respected (FB-8)
    QVERIFY(m_store->exec(QStringLiteral("INSERT INTO sync_leases (function, organizer, holder, expires_at) VALUES "
                                         "('feedback', 'default', 'elsewhere:1:x', ?)"),
        {QDateTime::currentSecsSinceEpoch() + 60}));
    r = run(fb);
    QCOMPARE(r.error->code, QStringLiteral("SYNC_BUSY"));
}

// rule RUN-9
void TestSyncRules::dumpsCappedWithoutKey_RUN9()
{
    for (int i = 1; i <= 20; ++i) {
        Ticket t = makeTicket(QStringLiteral("D%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("E1"));
        t.contact.firstName = QStringLiteral("SECRET-KEY-123"); // even if the key ended up in data
        QVERIFY(m_store->upsertTicket(t));
    }
    RunOptions o;
    o.parameters.maxLengthDumpedCallsInKbs = 1;
    const RunResult r = run(o);
    QCOMPARE(r.succeeded, 20);
    auto rows = runs::ledger(*m_store, r.runId);
    int total = 0;
    for (const runs::LedgerRow &row : *rows) {
        total += int(row.payload.size());
        QVERIFY(!row.payload.contains(QStringLiteral("SECRET-KEY-123")));
    }
    QVERIFY(total > 0);
    QVERIFY(total <= 1024);
    // off by default
    addTickets(1);
    const RunResult r2 = run(RunOptions{});
    const auto rows2 = runs::ledger(*m_store, r2.runId);
    QVERIFY(rows2);
    for (const runs::LedgerRow &row : *rows2)
        QVERIFY(row.payload.isEmpty());
}

// rule RUN-9 with dumpTnPRvariables: after injection each ticket's template variables and values
// are in its ledger row, capped by maxLengthDumpedCallsInKbs together with the payload dumps, never
// with the API key.
void TestSyncRules::dumpTemplateVariables_RUN9()
{
    for (int i = 1; i <= 20; ++i) {
        Ticket t = makeTicket(QStringLiteral("V%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("E1"));
        t.contact.firstName = QStringLiteral("SECRET-KEY-123"); // even if the key ended up in data
        QVERIFY(m_store->upsertTicket(t));
    }
    auto variables = [](const Ticket &t, const Event &e) {
        return QList<std::pair<QString, QString>>{{QStringLiteral("Ticket_id"), t.ticketId},
            {QStringLiteral("Contact_firstName"), t.contact.firstName}, {QStringLiteral("Performance_name"), e.name}};
    };
    RunOptions o;
    o.parameters.dumpTnPRvariables = true;
    o.parameters.maxLengthDumpedCallsInKbs = 2;
    SyncEngine engine(*m_store, m_fake, simplePayloads());
    engine.setVariableValues(variables);
    RunResult r = engine.run(o);
    QCOMPARE(r.succeeded, 20);
    auto rows = runs::ledger(*m_store, r.runId);
    QVERIFY(rows && rows->size() == 20);
    QCOMPARE(rows->first().variables,
        QStringLiteral("Ticket_id=V01\nContact_firstName=***\nPerformance_name=FC Basel - Young Boys E1\n"));
    int total = 0, withVariables = 0;
    for (const runs::LedgerRow &row : *rows) {
        total += int(row.payload.size() + row.variables.size());
        withVariables += row.variables.isEmpty() ? 0 : 1;
        QVERIFY(!row.variables.contains(QStringLiteral("SECRET-KEY-123")));
    }
    QVERIFY(total <= 2048); // the cap holds for payloads and variables together
    QVERIFY(withVariables > 1);
    QVERIFY(withVariables < 20); // the cap was reached
    QVERIFY(r.warnings.isEmpty());

    // dumps off (maxLengthDumpedCallsInKbs=0): nothing dumped, and a warning says what to set
    addTickets(2);
    o.parameters.maxLengthDumpedCallsInKbs = 0;
    r = engine.run(o);
    QCOMPARE(r.succeeded, 2);
    QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("maxLengthDumpedCallsInKbs")));
    rows = runs::ledger(*m_store, r.runId);
    for (const runs::LedgerRow &row : *rows)
        QVERIFY(row.variables.isEmpty());

    // the production wiring: the shipped template's variables, through runFunction
    QVERIFY(m_store->upsertTicket(makeTicket(QStringLiteral("W1"), QStringLiteral("E1"))));
    o.parameters.maxLengthDumpedCallsInKbs = 64;
    r = runFunction(*m_store, m_fake, o);
    QCOMPARE(r.succeeded, 1);
    rows = runs::ledger(*m_store, r.runId);
    QVERIFY(rows && rows->size() == 1);
    QVERIFY2(rows->first().variables.contains(QStringLiteral("Seat_row=12\n")), qPrintable(rows->first().variables));
    QVERIFY(rows->first().variables.contains(QStringLiteral("Amount_currency=CHF\n")));
    // off by default
    QVERIFY(m_store->upsertTicket(makeTicket(QStringLiteral("W2"), QStringLiteral("E1"))));
    o.parameters.dumpTnPRvariables = false;
    r = runFunction(*m_store, m_fake, o);
    rows = runs::ledger(*m_store, r.runId);
    QVERIFY(rows && rows->size() == 1 && rows->first().variables.isEmpty() && !rows->first().payload.isEmpty());
}

// impactOnly (the Sync page's impact guard): for each function and option that shapes selection,
// the count equals what the real run then selects, and counting records nothing. Rules named per
// row: INJ-3/4/5 filters and lists, PC-4/PC-5 processed and reason change, PC-8/CT-3 Date from.
void TestSyncRules::impactMatchesRun_RUN2_data()
{
    QTest::addColumn<int>("function");
    QTest::addColumn<QString>("options"); // RunOptions JSON
    QTest::addColumn<int>("expected");
    auto f = [](SyncFunction fn) { return int(fn); };
    auto j = [](const char *json) { return QString::fromLatin1(json); };
    QTest::newRow("inject, default (stored skip list)") << f(SyncFunction::Inject) << j("{}") << 5;
    QTest::newRow("inject, batch 4 (INJ-2)") << f(SyncFunction::Inject) << j(R"({"batchSize":4})") << 4;
    QTest::newRow("inject, skip + stored skip (INJ-5)")
        << f(SyncFunction::Inject) << j(R"({"skip":"id:T0002, NT0003"})") << 3;
    QTest::newRow("inject, category (INJ-3)") << f(SyncFunction::Inject) << j(R"({"category":"CAT2"})") << 2;
    QTest::newRow("inject, file number (INJ-4)")
        << f(SyncFunction::Inject) << j(R"({"fileNumber":"F9","category":"CAT2"})") << 1;
    QTest::newRow("inject, force printed (INJ-12)") << f(SyncFunction::Inject) << j(R"({"force":"id:P0001"})") << 6;
    QTest::newRow("inject, forcedOnly") << f(SyncFunction::Inject)
                                        << j(R"({"force":"id:P0001, id:T0005","forcedOnly":true})") << 2;
    QTest::newRow("push cancelled, not processed (PC-4)") << f(SyncFunction::PushCancelled) << j("{}") << 1;
    QTest::newRow("push cancelled, reason changed (PC-5)")
        << f(SyncFunction::PushCancelled) << j(R"({"reasonChange":true})") << 2;
    QTest::newRow("push cancelled, date from (PC-8)")
        << f(SyncFunction::PushCancelled) << j(R"({"dateFrom":"2026-10-01T00:00:00Z"})") << 2;
    QTest::newRow("push controlled (CT-1)") << f(SyncFunction::PushControlled) << j("{}") << 0;
    QTest::newRow("push controlled, date from (CT-3)")
        << f(SyncFunction::PushControlled) << j(R"({"dateFrom":"2026-11-21T18:00:00Z"})") << 1;
}

void TestSyncRules::impactMatchesRun_RUN2()
{
    QFETCH(int, function);
    QFETCH(QString, options);
    QFETCH(int, expected);
    addTickets(6); // T0001..T0006 NOT_PRINTED
    for (const char *id : {"T0005", "T0006"}) {
        Ticket t = *m_store->ticket(QString::fromLatin1(id));
        t.category = QStringLiteral("CAT2");
        t.fileNumber = QString::fromLatin1(id) == QLatin1String("T0006") ? QStringLiteral("F9") : t.fileNumber;
        QVERIFY(m_store->upsertTicket(t));
    }
    QVERIFY(m_store->upsertTicket(makeTicket(QStringLiteral("P0001"), QStringLiteral("E1"), S360Status::Printed)));
    QVERIFY(runs::addToSkipList(*m_store, SyncFunction::Inject, TicketList::parse(QStringLiteral("id:T0004"))));
    // push cancelled: C1 already pushed, C2 not yet; push controlled: K1 already pushed
    Ticket c1 = makeTicket(QStringLiteral("C1"), QStringLiteral("E1"), S360Status::Cancelled);
    c1.s360Reason = QStringLiteral("RESALE_PENDING");
    QVERIFY(m_store->upsertTicket(c1));
    Ticket k1 = makeTicket(QStringLiteral("K1"), QStringLiteral("E1"), S360Status::Controlled);
    k1.controlledAt = QDateTime(QDate(2026, 11, 21), QTime(19, 0), Qt::UTC);
    QVERIFY(m_store->upsertTicket(k1));
    RunOptions pre;
    pre.function = SyncFunction::PushCancelled;
    QCOMPARE(run(pre).succeeded, 1);
    pre.function = SyncFunction::PushControlled;
    QCOMPARE(run(pre).succeeded, 1);
    QVERIFY(m_store->upsertTicket(makeTicket(QStringLiteral("C2"), QStringLiteral("E1"), S360Status::Cancelled)));

    QJsonObject json = QJsonDocument::fromJson(options.toUtf8()).object();
    if (json.take(QStringLiteral("reasonChange")).toBool())
        QVERIFY(m_store->exec(QStringLiteral("UPDATE tickets SET s360_reason = 'RESOLD' WHERE ticket_id = 'C1'")));
    json[QStringLiteral("function")] = toCode(SyncFunction(function));
    auto o = RunOptions::fromJson(json);
    QVERIFY(o);
    const int runsBefore = int(runs::recent(*m_store, 1000)->size());
    auto counted = impactOf(*m_store, *o);
    QVERIFY2(counted, qPrintable(counted ? QString() : counted.error().toString()));
    QCOMPARE(*counted, expected);
    QCOMPARE(int(runs::recent(*m_store, 1000)->size()), runsBefore); // nothing recorded
    const int calls = int(m_fake->callSizes.size());
    const RunResult real = run(*o);
    QCOMPARE(real.selected, *counted);
    QVERIFY(int(m_fake->callSizes.size()) > calls || expected == 0);
}

// rule RUN-10
void TestSyncRules::killRatio_RUN10()
{
    addTickets(10);
    for (int i = 1; i <= 10; ++i)
        if (i % 2 == 0 || i < 4)
            m_fake->refuse.insert(QStringLiteral("T%1").arg(i, 4, 10, QLatin1Char('0')));
    RunOptions o;
    o.parameters.ticketIterationSize = 2;
    o.parameters.killRatio = 0.5;
    const RunResult r = run(o);
    QCOMPARE(r.outcome, RunOutcome::Error);
    QCOMPARE(r.error->code, QStringLiteral("SYNC_KILL_RATIO"));
    QCOMPARE(m_fake->callSizes.size(), 1); // stopped after the first call (2 of 2 failed)
    const auto rows = runs::ledger(*m_store, r.runId);
    QVERIFY(rows);
    int cascade = 0;
    for (const runs::LedgerRow &row : *rows)
        if (row.errorClass == QLatin1String("cascade") && row.result == QLatin1String("NOT_SENT"))
            ++cascade;
    QCOMPARE(cascade, 8); // the tickets the stop kept from being sent, and why
    QCOMPARE(codeOf(*m_store, QStringLiteral("T0005")), QStringLiteral("NOT_PRINTED"));
    // without the guard: Warning and everything attempted
    o.parameters.killRatio.reset();
    const RunResult r2 = run(o);
    QCOMPARE(r2.outcome, RunOutcome::Warning);
}

// rule RUN-12
void TestSyncRules::inFlightResolved_RUN12()
{
    addTickets(4);
    // A run was killed after sending T0001..T0002 (TIXNGO has them) and before recording them;
    // T0003 was in flight too but never reached TIXNGO.
    m_fake->injected.insert(QStringLiteral("T0001"), "{}");
    m_fake->injected.insert(QStringLiteral("T0002"), "{}");
    for (const char *id : {"T0001", "T0002", "T0003"})
        QVERIFY(m_store->exec(QStringLiteral("INSERT INTO sync_in_flight (function, ticket_id, run_id, sent_at) VALUES "
                                             "('inject', ?, 99, '2026-11-26T10:00:00Z')"),
            {QString::fromLatin1(id)}));
    QVERIFY(m_store->exec(QStringLiteral("INSERT INTO sync_runs (function, organizer, started_at, outcome) VALUES "
                                         "('inject', 'default', '2026-11-26T10:00:00Z', 'RUNNING')")));
    const RunResult r = run(RunOptions{});
    QCOMPARE(r.outcome, RunOutcome::Ok);
    QCOMPARE(m_fake->reads, 3);
    // nothing lost, nothing needlessly re-sent
    QCOMPARE(m_fake->sendCount.value(QStringLiteral("T0001")), 0);
    QCOMPARE(m_fake->sendCount.value(QStringLiteral("T0002")), 0);
    QCOMPARE(m_fake->sendCount.value(QStringLiteral("T0003")), 1);
    QCOMPARE(m_fake->sendCount.value(QStringLiteral("T0004")), 1);
    for (const char *id : {"T0001", "T0002", "T0003", "T0004"})
        QCOMPARE(codeOf(*m_store, QString::fromLatin1(id)), QStringLiteral("PRINTED"));
    QCOMPARE(r.succeeded, 4);
    QVERIFY(!r.notes.isEmpty());
    auto q = m_store->exec(QStringLiteral("SELECT COUNT(*) FROM sync_in_flight"));
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toInt(), 0);
    // the crashed run is closed as ERROR
    auto runsList = runs::recent(*m_store, 5, SyncFunction::Inject);
    QCOMPARE(runsList->last().outcome, RunOutcome::Error);
    QCOMPARE(runsList->last().errorCode, QStringLiteral("SYNC_ABANDONED"));
}

void TestSyncRules::runControllerInWorker()
{
    addTickets(3);
    RunController controller(m_store->location());
    FakeTransport *fake = m_fake;
    controller.setTransportFactory([fake](Store &) -> Result<std::unique_ptr<TixngoTransport>> {
        // a proxy so that the test keeps the fake
        struct Proxy final : TixngoTransport {
            FakeTransport *f;
            BatchAnswer inject(const QList<QByteArray> &p, const QStringList &i) override { return f->inject(p, i); }
            BatchAnswer deleteTickets(const QList<DeleteRequest> &t) override { return f->deleteTickets(t); }
            BatchAnswer control(const QList<ControlRequest> &t) override { return f->control(t); }
            Result<DiffPage> diff(const QString &k, int l) override { return f->diff(k, l); }
            Result<std::optional<RemoteTicket>> readTicket(const QString &id) override { return f->readTicket(id); }
        };
        auto p = std::make_unique<Proxy>();
        p->f = fake;
        return std::unique_ptr<TixngoTransport>(std::move(p));
    });
    QSignalSpy finished(&controller, &RunController::finished);
    QSignalSpy progress(&controller, &RunController::progress);
    RunOptions o;
    o.parameters.ticketIterationSize = 1;
    QVERIFY(controller.start(o));
    QVERIFY(!controller.start(o)); // one at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const auto result = finished.first().first().value<RunResult>();
    QCOMPARE(result.outcome, RunOutcome::Ok);
    QCOMPARE(result.succeeded, 3);
    QVERIFY(progress.size() >= 3);
    QTRY_VERIFY(!controller.isRunning());
}

// ----------------------------------------------------------------------------------------------

// rule PC-6
void TestSyncRules::visibility_PC6_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("overrideList");
    QTest::addColumn<bool>("notify");
    QTest::addColumn<QString>("defaultValue"); // "" = not set
    QTest::addColumn<bool>("expected");
    // rule PC-6, evaluated in order
    QTest::newRow("1 override wins over default false")
        << S("RESALE") << S("RESALE,LOST") << false << S("false") << true;
    QTest::newRow("1 override wins without notify") << S("LOST") << S("RESALE,LOST") << false << S("") << true;
    QTest::newRow("2 notify") << S("OTHER") << S("RESALE") << true << S("false") << true;
    QTest::newRow("3 default true") << S("OTHER") << S("") << false << S("true") << true;
    QTest::newRow("3 default false") << S("OTHER") << S("") << false << S("false") << false;
    QTest::newRow("3 default unset = false") << S("OTHER") << S("") << false << S("") << false;
}

// rule PC-6
void TestSyncRules::visibility_PC6()
{
    QFETCH(QString, reason);
    QFETCH(QString, overrideList);
    QFETCH(bool, notify);
    QFETCH(QString, defaultValue);
    QFETCH(bool, expected);
    Ticket t = makeTicket(QStringLiteral("C1"), QStringLiteral("E1"), S360Status::Invalidated);
    t.s360Reason = reason;
    QVERIFY(m_store->upsertTicket(t));
    QString text = QStringLiteral("overrideVisibilityFlagForInvalidationReasons=") + overrideList;
    if (!defaultValue.isEmpty())
        text += QStringLiteral("\nvisibilityFlagDefaultValue=") + defaultValue;
    RunOptions o;
    o.function = SyncFunction::PushCancelled;
    o.parameters = *CustomParameters::parse(text);
    o.notifySpectator = notify;
    const RunResult r = run(o);
    QCOMPARE(r.outcome, RunOutcome::Ok);
    QVERIFY(m_fake->deleted.contains(QStringLiteral("C1")));
    QCOMPARE(m_fake->deleted.value(QStringLiteral("C1")).showDeletedTicket, expected);
    QCOMPARE(m_fake->deleted.value(QStringLiteral("C1")).deletionReason, reason); // PC-7
}

// rule PC-1, PC-2, PC-3, PC-4, PC-10
void TestSyncRules::pushCancelledSelection_PC1_PC2_PC3_PC4_PC10()
{
    Ticket cancelled = makeTicket(QStringLiteral("C1"), QStringLiteral("E1"), S360Status::Cancelled);
    Ticket invalidated = makeTicket(QStringLiteral("C2"), QStringLiteral("E1"), S360Status::Invalidated);
    invalidated.s360Reason = QStringLiteral("RESALE");
    Ticket neverInjected = makeTicket(QStringLiteral("C3"), QStringLiteral("E1"), S360Status::Cancelled);
    neverInjected.injectedAt = QDateTime();
    neverInjected.tixngoStatus = TixngoStatus::None;
    Ticket otherMode = makeTicket(QStringLiteral("C4"), QStringLiteral("E1"), S360Status::Cancelled);
    otherMode.shipmentMode = QStringLiteral("PRINT_AT_HOME");
    Ticket printed = makeTicket(QStringLiteral("C5"), QStringLiteral("E1"), S360Status::Printed);
    for (const Ticket &t : {cancelled, invalidated, neverInjected, otherMode, printed})
        QVERIFY(m_store->upsertTicket(t));
    RunOptions o;
    o.function = SyncFunction::PushCancelled;
    o.shipmentModes = {QStringLiteral("TIXNGO")};
    RunResult r = run(o);
    QCOMPARE(r.outcome, RunOutcome::Ok);
    QCOMPARE(QStringList(m_fake->deleted.keys()), (L({"C1", "C2"}))); // PC-1, PC-2, PC-3
    QCOMPARE(m_fake->deleted.value(QStringLiteral("C1")).deletionReason, QStringLiteral("CANCELLED"));
    // PC-10: TIXNGO DELETION_PENDING locally, S-360 unchanged, processed
    auto c1 = m_store->ticket(QStringLiteral("C1"));
    QCOMPARE(c1->s360Status, S360Status::Cancelled);
    QCOMPARE(c1->tixngoStatus, TixngoStatus::DeletionPending);
    // PC-4: not again
    r = run(o);
    QCOMPARE(r.selected, 0);
    QCOMPARE(m_fake->sendCount.value(QStringLiteral("C1")), 1);
}

// rule PC-5
void TestSyncRules::reasonChangeRepush_PC5()
{
    Ticket t = makeTicket(QStringLiteral("C1"), QStringLiteral("E1"), S360Status::Invalidated);
    t.s360Reason = QStringLiteral("RESALE_PENDING");
    QVERIFY(m_store->upsertTicket(t));
    RunOptions o;
    o.function = SyncFunction::PushCancelled;
    o.parameters.overrideVisibilityFlagForInvalidationReasons = {QStringLiteral("RESOLD")};
    QCOMPARE(run(o).succeeded, 1);
    QCOMPARE(m_fake->deleted.value(QStringLiteral("C1")).showDeletedTicket, false);
    QCOMPARE(run(o).selected, 0);
    // the reason changes: sent again, with the new reason and its visibility
    QVERIFY(m_store->exec(QStringLiteral("UPDATE tickets SET s360_reason = 'RESOLD' WHERE ticket_id = 'C1'")));
    const RunResult r = run(o);
    QCOMPARE(r.succeeded, 1);
    QCOMPARE(m_fake->sendCount.value(QStringLiteral("C1")), 2);
    QCOMPARE(m_fake->deleted.value(QStringLiteral("C1")).deletionReason, QStringLiteral("RESOLD"));
    QCOMPARE(m_fake->deleted.value(QStringLiteral("C1")).showDeletedTicket, true);
    QCOMPARE(run(o).selected, 0);
}

// rule PC-8, CT-3
void TestSyncRules::dateFrom_PC8_CT3()
{
    Ticket oldT = makeTicket(QStringLiteral("C1"), QStringLiteral("E1"), S360Status::Cancelled);
    oldT.s360StatusChangedAt = QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC);
    Ticket newT = makeTicket(QStringLiteral("C2"), QStringLiteral("E1"), S360Status::Cancelled);
    newT.s360StatusChangedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    QVERIFY(m_store->upsertTicket(oldT));
    QVERIFY(m_store->upsertTicket(newT));
    RunOptions o;
    o.function = SyncFunction::PushCancelled;
    QCOMPARE(run(o).succeeded, 2);
    QCOMPARE(run(o).selected, 0);
    o.dateFrom = parseS360DateTime(u"01/11/26 00:00", 0); // rule PC-8
    RunResult r = run(o);
    QCOMPARE(r.selected, 1);
    QCOMPARE(m_fake->sendCount.value(QStringLiteral("C2")), 2);
    QCOMPARE(m_fake->sendCount.value(QStringLiteral("C1")), 1);
    // on an automatic schedule: a loud warning
    o.automatic = true;
    r = run(o);
    QVERIFY(!r.warnings.filter(QStringLiteral("Date from")).isEmpty());
    // rule CT-3 for push controlled
    Ticket ctl = makeTicket(QStringLiteral("K1"), QStringLiteral("E1"), S360Status::Controlled);
    ctl.controlledAt = QDateTime(QDate(2026, 11, 21), QTime(19, 0), Qt::UTC);
    QVERIFY(m_store->upsertTicket(ctl));
    RunOptions c;
    c.function = SyncFunction::PushControlled;
    QCOMPARE(run(c).succeeded, 1);
    QCOMPARE(run(c).selected, 0);
    c.dateFrom = parseS360DateTime(u"22/11/26 00:00", 0);
    QCOMPARE(run(c).selected, 0);
    c.dateFrom = parseS360DateTime(u"21/11/26 18:00", 0);
    QCOMPARE(run(c).selected, 1);
}

// rule PC-9
void TestSyncRules::forceSkipPush_PC9()
{
    for (const char *id : {"C1", "C2", "C3"})
        QVERIFY(
            m_store->upsertTicket(makeTicket(QString::fromLatin1(id), QStringLiteral("E1"), S360Status::Cancelled)));
    RunOptions o;
    o.function = SyncFunction::PushCancelled;
    o.skip = QStringLiteral("NC2");
    RunResult r = run(o);
    QCOMPARE(QStringList(m_fake->deleted.keys()), (L({"C1", "C3"})));
    QCOMPARE(r.skipped, 1);
    o.skip.clear();
    o.force = QStringLiteral("id:C1");
    r = run(o);
    QCOMPARE(r.selected, 2); // C2 (never processed) + C1 forced
    QCOMPARE(m_fake->sendCount.value(QStringLiteral("C1")), 2);
}

// rule CT-1, CT-2, CT-4
void TestSyncRules::pushControlled_CT1_CT2_CT4()
{
    Ticket k1 = makeTicket(QStringLiteral("K1"), QStringLiteral("E1"), S360Status::Controlled);
    k1.controlledAt = QDateTime(QDate(2026, 11, 21), QTime(19, 1), Qt::UTC);
    Ticket k2 = makeTicket(QStringLiteral("K2"), QStringLiteral("E1"), S360Status::Controlled);
    k2.injectedAt = QDateTime();
    Ticket p = makeTicket(QStringLiteral("K3"), QStringLiteral("E1"), S360Status::Printed);
    for (const Ticket &t : {k1, k2, p})
        QVERIFY(m_store->upsertTicket(t));
    RunOptions o;
    o.function = SyncFunction::PushControlled;
    RunResult r = run(o);
    QCOMPARE(r.outcome, RunOutcome::Ok);
    QCOMPARE(QStringList(m_fake->controlled.keys()), (L({"K1"}))); // CT-1, CT-2
    QCOMPARE(m_fake->controlled.value(QStringLiteral("K1")), k1.controlledAt);
    auto t = m_store->ticket(QStringLiteral("K1"));
    QCOMPARE(t->s360Status, S360Status::Controlled); // CT-4
    QCOMPARE(t->tixngoStatus, TixngoStatus::Controlled);
    QVERIFY(t->tixngoControlled);
    QCOMPARE(run(o).selected, 0);
}

// ----------------------------------------------------------------------------------------------

// rule FB-1, FB-2, FB-3, FB-4
void TestSyncRules::feedback_FB1_FB2_FB3_FB4()
{
    addTickets(3, S360Status::Printed);
    RemoteTicket a;
    a.ticketId = QStringLiteral("T0001");
    a.status = TixngoStatus::Transferred;
    a.statusCode = QStringLiteral("TRANSFERRED");
    a.owner = Person{QString(), QStringLiteral("Carla"), QStringLiteral("Neu"), QStringLiteral("carla@example.ch")};
    a.initialOwner
        = Person{QString(), QStringLiteral("Anna"), QStringLiteral("Muster"), QStringLiteral("anna@example.ch")};
    a.holder.firstName = QStringLiteral("Carla");
    a.history = {TixngoHistoryEntry{a.ticketId, TixngoStatus::Injected,
                     QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC), QStringLiteral("ORGANIZER")},
        TixngoHistoryEntry{a.ticketId, TixngoStatus::Transferred, QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC),
            QStringLiteral("MOBILE")}};
    RemoteTicket b;
    b.ticketId = QStringLiteral("T0002");
    b.status = TixngoStatus::Deleted;
    b.statusCode = QStringLiteral("DELETED");
    b.deletionReason = QStringLiteral("RESOLD");
    m_fake->feed = {a, b};
    RunOptions o;
    o.function = SyncFunction::Feedback;
    const RunResult r = run(o);
    QCOMPARE(r.outcome, RunOutcome::Ok);
    QCOMPARE(r.succeeded, 2);
    QCOMPARE(m_fake->diffKeys.first(), QString()); // FB-1: no key on the first run
    QCOMPARE(runs::feedbackKey(*m_store, {}), QStringLiteral("k2")); // FB-2
    auto t1 = m_store->ticket(QStringLiteral("T0001"));
    QCOMPARE(t1->s360Status, S360Status::Printed); // FB-3
    QCOMPARE(t1->tixngoStatus, TixngoStatus::Transferred); // FB-4
    QCOMPARE(t1->tixngoOwner.email, QStringLiteral("carla@example.ch"));
    QVERIFY(t1->tixngoInitialOwner.firstName.contains(QStringLiteral("anna@example.ch")));
    QCOMPARE(t1->tixngoHolder.firstName, QStringLiteral("Carla"));
    QCOMPARE(m_store->tixngoHistory(QStringLiteral("T0001")).size(), 2);
    auto t2 = m_store->ticket(QStringLiteral("T0002"));
    QCOMPARE(t2->s360Status, S360Status::Printed); // FB-3 even for a deletion
    QCOMPARE(t2->tixngoDeletionReason, QStringLiteral("RESOLD"));
    // next run continues from the stored key
    run(o);
    QCOMPARE(m_fake->diffKeys.last(), QStringLiteral("k2"));
    // FB-2: a failing store of the page keeps the key: simulated by an unknown ticket with doContinue=false
    RemoteTicket unknown;
    unknown.ticketId = QStringLiteral("NOPE");
    m_fake->feed << unknown;
    o.parameters.doContinueInCaseOfSyncError = false;
    const RunResult r3 = run(o);
    QCOMPARE(r3.outcome, RunOutcome::Error);
    QCOMPARE(runs::feedbackKey(*m_store, {}), QStringLiteral("k2"));
}

// rule FB-5, FB-6
void TestSyncRules::feedbackBatchAndSkip_FB5_FB6()
{
    addTickets(5, S360Status::Printed);
    QList<RemoteTicket> page;
    for (int i = 1; i <= 5; ++i) {
        RemoteTicket t;
        t.ticketId = QStringLiteral("T%1").arg(i, 4, 10, QLatin1Char('0'));
        t.status = TixngoStatus::Downloaded;
        t.statusCode = QStringLiteral("DOWNLOADED");
        page << t;
    }
    m_fake->feed = page;
    RunOptions o;
    o.function = SyncFunction::Feedback;
    o.batchSize = 3; // FB-5
    o.skip = QStringLiteral("NT0002"); // FB-6: ticket numbers
    const RunResult r = run(o);
    QCOMPARE(r.selected, 3);
    QCOMPARE(r.succeeded, 2);
    QCOMPARE(r.skipped, 1);
    QCOMPARE(m_store->ticket(QStringLiteral("T0002"))->tixngoStatus, TixngoStatus::Injected);
    QCOMPARE(m_store->ticket(QStringLiteral("T0003"))->tixngoStatus, TixngoStatus::Downloaded);
    QCOMPARE(m_store->ticket(QStringLiteral("T0004"))->tixngoStatus, TixngoStatus::Injected);
}

// rule FB-7
void TestSyncRules::feedbackUpload_FB7()
{
    addTickets(2, S360Status::Printed);
    const QString file = m_dir.filePath(QStringLiteral("feed.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"tickets":[{"ticketId":"T0002","status":"ONLINE_ACTIVATED","updatedAt":"2026-11-26T18:00:00Z",
        "controlled":false,"deletionReason":null,"owner":{"firstName":"Z","lastName":"Y","email":"z@y.ch"},
        "history":[{"status":"INJECTED","at":"2026-11-20T10:00:00Z","actor":"ORGANIZER"},
                   {"status":"ONLINE_ACTIVATED","at":"2026-11-26T18:00:00Z","actor":"MOBILE"}]}],
        "nextPageKey":"ignored"})");
    f.close();
    RunOptions o;
    o.function = SyncFunction::Feedback;
    o.uploadFile = file;
    // no connection needed: the file is processed and the feed not touched
    SyncEngine offline(*m_store, nullptr, {});
    const RunResult r = offline.run(o);
    QCOMPARE(r.outcome, RunOutcome::Ok);
    QCOMPARE(r.succeeded, 1);
    QCOMPARE(m_store->ticket(QStringLiteral("T0002"))->tixngoStatus, TixngoStatus::OnlineActivated);
    QCOMPARE(m_store->tixngoHistory(QStringLiteral("T0002")).size(), 2);
    QCOMPARE(m_store->ticket(QStringLiteral("T0001"))->tixngoStatus, TixngoStatus::Injected);
    QCOMPARE(runs::feedbackKey(*m_store, {}), QString());
    // a malformed file names the problem
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"tickets\": [");
    f.close();
    const RunResult r3 = run(o);
    QCOMPARE(r3.outcome, RunOutcome::Error);
    QCOMPARE(r3.error->code, QStringLiteral("FEEDBACK_FILE_INVALID"));
}

// rule FB-9
void TestSyncRules::feedbackSyncError_FB9()
{
    addTickets(2, S360Status::Printed);
    RemoteTicket unknown;
    unknown.ticketId = QStringLiteral("GHOST");
    unknown.statusCode = QStringLiteral("INJECTED");
    RemoteTicket known;
    known.ticketId = QStringLiteral("T0001");
    known.status = TixngoStatus::Assigned;
    known.statusCode = QStringLiteral("ASSIGNED");
    m_fake->feed = {unknown, known};
    RunOptions o;
    o.function = SyncFunction::Feedback;
    const RunResult r = run(o);
    QCOMPARE(r.outcome, RunOutcome::Warning);
    QCOMPARE(r.failed, 1);
    QCOMPARE(r.failures.first().code, QStringLiteral("UNKNOWN_TO_S360"));
    QCOMPARE(m_store->ticket(QStringLiteral("T0001"))->tixngoStatus, TixngoStatus::Assigned);
    QCOMPARE(runs::feedbackKey(*m_store, {}), QStringLiteral("k2")); // the feed moved on
}

// rule FB-10 (the contact change of a confirmed transfer; distribution entries are not modelled)
void TestSyncRules::contactDistribution_FB10()
{
    addTickets(2, S360Status::Printed);
    RemoteTicket t;
    t.ticketId = QStringLiteral("T0001");
    t.status = TixngoStatus::Transferred;
    t.statusCode = QStringLiteral("TRANSFERRED");
    t.owner = Person{QString(), QStringLiteral("Carla"), QStringLiteral("Neu"), QStringLiteral("carla@example.ch")};
    RemoteTicket pending = t;
    pending.ticketId = QStringLiteral("T0002");
    pending.status = TixngoStatus::PendingTransfer;
    pending.statusCode = QStringLiteral("PENDING_TRANSFER");
    m_fake->feed = {t, pending};
    RunOptions o;
    o.function = SyncFunction::Feedback;
    QCOMPARE(run(o).outcome, RunOutcome::Ok); // off by default: the contact stays
    QCOMPARE(m_store->ticket(QStringLiteral("T0001"))->contact.email, QStringLiteral("anna@example.ch"));
    QVERIFY(runs::resetFeedbackKey(*m_store, {}));
    QVERIFY(runs::distributions(*m_store)->isEmpty()); // off: no distribution entries either
    o.parameters.enableTicketDistributionToCulturalContact = true;
    const RunResult on = run(o);
    QCOMPARE(on.outcome, RunOutcome::Ok);
    QVERIFY(on.notes.join(QLatin1Char(' ')).contains(QStringLiteral("1 pending, 1 confirmed")));
    QCOMPARE(runs::distributions(*m_store, QStringLiteral("T0001"))->last().status, QStringLiteral("CONFIRMED"));
    QCOMPARE(runs::distributions(*m_store, QStringLiteral("T0002"))->last().status, QStringLiteral("PENDING"));
    QCOMPARE(m_store->ticket(QStringLiteral("T0001"))->contact.email, QStringLiteral("carla@example.ch"));
    QCOMPARE(
        m_store->ticket(QStringLiteral("T0002"))->contact.email, QStringLiteral("anna@example.ch")); // pending: not yet
}

// rule FB-10, as a state table: each row is a sequence of TIXNGO statuses the feed reports for
// ticket T0001 (one feedback run each; "TRANSFERRED:e-mail:first name" names the new owner), and
// what the user then sees: the last distribution's status, how many distributions the ticket has,
// its contact e-mail and first name, and how many contacts exist.
void TestSyncRules::distributionStates_FB10_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("lastStatus"); // empty = no distribution
    QTest::addColumn<int>("entries");
    QTest::addColumn<QString>("contactEmail");
    QTest::addColumn<QString>("contactFirstName");
    QTest::addColumn<int>("contacts");
    auto l = [](const char *steps) { return QString::fromLatin1(steps).split(QLatin1Char(' ')); };
    auto q = [](const char *s) { return QString::fromLatin1(s); };
    QTest::newRow("pending") << l("PENDING_TRANSFER") << q("PENDING") << 1 << q("anna@example.ch") << q("Anna") << 0;
    QTest::newRow("pending, transferred") << l("PENDING_TRANSFER TRANSFERRED:carla@example.ch:Carla") << q("CONFIRMED")
                                          << 1 << q("carla@example.ch") << q("Carla") << 1;
    QTest::newRow("pending, failure_transfer")
        << l("PENDING_TRANSFER FAILURE_TRANSFER") << q("CANCELLED") << 1 << q("anna@example.ch") << q("Anna") << 0;
    QTest::newRow("pending, failure") << l("PENDING_TRANSFER FAILURE") << q("CANCELLED") << 1 << q("anna@example.ch")
                                      << q("Anna") << 0;
    QTest::newRow("transferred without pending seen")
        << l("TRANSFERRED:carla@example.ch:Carla") << q("CONFIRMED") << 1 << q("carla@example.ch") << q("Carla") << 1;
    QTest::newRow("transferred read twice")
        << l("TRANSFERRED:carla@example.ch:Carla TRANSFERRED:carla@example.ch:Carla") << q("CONFIRMED") << 1
        << q("carla@example.ch") << q("Carla") << 1;
    QTest::newRow("pending read twice") << l("PENDING_TRANSFER PENDING_TRANSFER") << q("PENDING") << 1
                                        << q("anna@example.ch") << q("Anna") << 0;
    QTest::newRow("failed, then a new transfer confirmed")
        << l("PENDING_TRANSFER FAILURE_TRANSFER PENDING_TRANSFER TRANSFERRED:carla@example.ch:Carla") << q("CONFIRMED")
        << 2 << q("carla@example.ch") << q("Carla") << 1;
    // contacts matched by e-mail, case-insensitive: one contact, spelt as first seen
    QTest::newRow("same recipient twice, other case")
        << l("TRANSFERRED:Carla@Example.CH:Carla DOWNLOADED PENDING_TRANSFER TRANSFERRED:carla@example.ch:Carlotta")
        << q("CONFIRMED") << 2 << q("carla@example.ch") << q("Carla") << 1;
    // the recipient is already an S-360 contact (of T0002): that contact, not a new one
    QTest::newRow("recipient is a known S-360 contact")
        << l("TRANSFERRED:BOB@example.ch:Robert") << q("CONFIRMED") << 1 << q("bob@example.ch") << q("Bob") << 1;
    QTest::newRow("other statuses: no distribution")
        << l("DOWNLOADED ONLINE_ACTIVATED") << QString() << 0 << q("anna@example.ch") << q("Anna") << 0;
}

void TestSyncRules::distributionStates_FB10()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, lastStatus);
    QFETCH(int, entries);
    QFETCH(QString, contactEmail);
    QFETCH(QString, contactFirstName);
    QFETCH(int, contacts);
    addTickets(2, S360Status::Printed);
    Ticket bob = *m_store->ticket(QStringLiteral("T0002"));
    bob.contact.firstName = QStringLiteral("Bob");
    bob.contact.email = QStringLiteral("bob@example.ch");
    QVERIFY(m_store->upsertTicket(bob));
    RunOptions o;
    o.function = SyncFunction::Feedback;
    o.parameters.enableTicketDistributionToCulturalContact = true;
    for (const QString &step : steps) {
        const QStringList parts = step.split(QLatin1Char(':'));
        RemoteTicket rt;
        rt.ticketId = QStringLiteral("T0001");
        rt.statusCode = parts.first();
        QVERIFY(parseTixngoStatus(rt.statusCode, &rt.status));
        rt.owner.firstName = parts.size() > 2 ? parts[2] : QStringLiteral("Anna");
        rt.owner.lastName = QStringLiteral("Neu");
        rt.owner.email = parts.size() > 1 ? parts[1] : QStringLiteral("anna@example.ch");
        m_fake->feed << rt;
        const RunResult r = run(o);
        QVERIFY2(r.outcome == RunOutcome::Ok, qPrintable(step));
    }
    const auto list = runs::distributions(*m_store, QStringLiteral("T0001"));
    QVERIFY(list);
    QCOMPARE(int(list->size()), entries);
    QCOMPARE(list->isEmpty() ? QString() : list->last().status, lastStatus);
    const Ticket t = *m_store->ticket(QStringLiteral("T0001"));
    QCOMPARE(t.contact.email.toLower(), contactEmail);
    QCOMPARE(t.contact.firstName, contactFirstName);
    QCOMPARE(t.s360Status, S360Status::Printed); // FB-3 still
    QCOMPARE(count(*m_store, QStringLiteral("SELECT COUNT(*) FROM contacts")), contacts);
    if (lastStatus == QLatin1String("CONFIRMED")) {
        QCOMPARE(list->last().recipientEmail.toLower(), contactEmail);
        QVERIFY(list->last().contactId > 0);
        QCOMPARE(list->first().fromEmail, QStringLiteral("anna@example.ch"));
    }
    // T0002 is untouched
    QCOMPARE(m_store->ticket(QStringLiteral("T0002"))->contact.email, QStringLiteral("bob@example.ch"));
}

void TestSyncRules::ticketActionsRecorded()
{
    addTickets(4, S360Status::Printed);
    QVERIFY(ticketactions::cancel(*m_store, {QStringLiteral("T0001")}));
    QVERIFY(!ticketactions::invalidate(*m_store, {QStringLiteral("T0002")}, QString())); // reason required
    QVERIFY(ticketactions::invalidate(*m_store, {QStringLiteral("T0002")}, QStringLiteral("LOST")));
    QVERIFY(ticketactions::markControlled(*m_store, {QStringLiteral("T0003")}));
    QVERIFY(!ticketactions::markControlled(*m_store, {QStringLiteral("T0001")})); // cancelled
    QVERIFY(!ticketactions::cancel(*m_store, {QStringLiteral("NOPE")}));
    QCOMPARE(codeOf(*m_store, QStringLiteral("T0001")), QStringLiteral("CANCELLED"));
    QCOMPARE(m_store->ticket(QStringLiteral("T0002"))->s360Reason, QStringLiteral("LOST"));
    QVERIFY(m_store->ticket(QStringLiteral("T0003"))->controlledAt.isValid());
    auto q
        = m_store->exec(QStringLiteral("SELECT ticket_id, status, reason, actor FROM s360_status_changes ORDER BY id"));
    QVERIFY(q);
    QStringList seen;
    while (q->next()) {
        seen << q->value(0).toString() + QLatin1Char(':') + q->value(1).toString();
        QVERIFY(!q->value(3).toString().isEmpty());
    }
    QCOMPARE(seen, (L({"T0001:CANCELLED", "T0002:INVALIDATED", "T0003:CONTROLLED"})));
    // and the pushes pick them up
    RunOptions pc;
    pc.function = SyncFunction::PushCancelled;
    QCOMPARE(run(pc).succeeded, 2);
    RunOptions ct;
    ct.function = SyncFunction::PushControlled;
    QCOMPARE(run(ct).succeeded, 1);
}

QTEST_GUILESS_MAIN(TestSyncRules)
#include "tst_syncrules.moc"
