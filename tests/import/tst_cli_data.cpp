// tixsync-cli data commands as a script sees them: exit codes, JSON that parses, errors in
// file:line:column form on stderr.
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class TestCliData : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void demoDataThenEventsJson();
    void ticketsByStatusJson();
    void ticketsTextIsAligned();
    void searchFindsBuyer();
    void usageErrors_data();
    void usageErrors();
    void importGoodFile();
    void importErrorIsFileLineColumn();
    void importWarningExitsOne();

private:
    Run cli(const QStringList &args);
    QTemporaryDir m_dir;
    QString m_db;
};

Run TestCliData::cli(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(TIXSYNC_BIN_DIR "/tixsync-cli"));
    p.setArguments(QStringList{QStringLiteral("--db"), m_db} + args);
    p.start();
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestCliData::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    const Run r = cli({QStringLiteral("demo-data"), QStringLiteral("--events"), QStringLiteral("3"),
        QStringLiteral("--tickets-per-event"), QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("3")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("3 events and 120 tickets"), r.out.constData());
}

void TestCliData::demoDataThenEventsJson()
{
    const Run r = cli({QStringLiteral("events"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isArray());
    const QJsonArray events = doc.array();
    QCOMPARE(events.size(), 3);
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        QVERIFY(!e.value(QStringLiteral("eventId")).toString().isEmpty());
        QVERIFY(!e.value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(!e.value(QStringLiteral("venue")).toString().isEmpty());
        QVERIFY(QDateTime::fromString(e.value(QStringLiteral("startTime")).toString(), Qt::ISODate).isValid());
        QCOMPARE(e.value(QStringLiteral("tickets")).toInt(), 40);
        const QJsonObject counts = e.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.keys().size(), 5);
        int sum = 0;
        for (const char *s : {"NOT_PRINTED", "PRINTED", "CONTROLLED", "INVALIDATED", "CANCELLED"}) {
            QVERIFY2(counts.contains(QLatin1String(s)), s);
            sum += counts.value(QLatin1String(s)).toInt();
        }
        QCOMPARE(sum, 40);
    }
}

void TestCliData::ticketsByStatusJson()
{
    const Run events = cli({QStringLiteral("events"), QStringLiteral("--json")});
    int printed = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(events.out).array())
        printed += v.toObject().value(QStringLiteral("counts")).toObject().value(QStringLiteral("PRINTED")).toInt();
    QVERIFY(printed > 0);

    const Run r = cli({QStringLiteral("tickets"), QStringLiteral("--status"), QStringLiteral("printed"),
        QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("0")});
    QCOMPARE(r.code, 0);
    QJsonParseError error;
    const QJsonArray tickets = QJsonDocument::fromJson(r.out, &error).array();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(tickets.size(), printed);
    for (const QJsonValue &v : tickets) {
        const QJsonObject t = v.toObject();
        QCOMPARE(t.value(QStringLiteral("s360Status")).toString(), QStringLiteral("PRINTED"));
        for (const char *key : {"ticketId", "ticketNumber", "eventId", "reason", "tixngoStatus", "owner", "holder"})
            QVERIFY2(t.contains(QLatin1String(key)), key);
        QVERIFY(!t.value(QStringLiteral("ticketId")).toString().isEmpty());
    }

    const Run limited
        = cli({QStringLiteral("tickets"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("5")});
    QCOMPARE(QJsonDocument::fromJson(limited.out).array().size(), 5);
    const Run none = cli({QStringLiteral("tickets"), QStringLiteral("--json"), QStringLiteral("--event"),
        QStringLiteral("no-such-event")});
    QCOMPARE(none.code, 0);
    QVERIFY(QJsonDocument::fromJson(none.out).isArray());
    QCOMPARE(QJsonDocument::fromJson(none.out).array().size(), 0);
}

void TestCliData::ticketsTextIsAligned()
{
    const Run r = cli({QStringLiteral("tickets"), QStringLiteral("--limit"), QStringLiteral("10")});
    QCOMPARE(r.code, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 11);
    QVERIFY(lines.first().startsWith(QStringLiteral("TICKET ID")));
    // The S-360 status column starts at the same place on every line.
    const qsizetype at = lines.first().indexOf(QStringLiteral("S-360"));
    QVERIFY(at > 0);
    for (int i = 1; i < lines.size(); ++i) {
        QVERIFY2(lines[i][at - 1] == QLatin1Char(' ') && lines[i][at] != QLatin1Char(' '), qPrintable(lines[i]));
    }
    QVERIFY(r.err.contains("--limit 0"));
}

void TestCliData::searchFindsBuyer()
{
    const Run all
        = cli({QStringLiteral("tickets"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1")});
    const QJsonObject first = QJsonDocument::fromJson(all.out).array().first().toObject();
    const QString email = first.value(QStringLiteral("contact")).toString().section(QLatin1Char('<'), 1).chopped(1);
    QVERIFY(email.contains(QLatin1Char('@')));
    const Run r
        = cli({QStringLiteral("tickets"), QStringLiteral("--json"), QStringLiteral("--search"), email.toUpper()});
    QCOMPARE(r.code, 0);
    const QJsonArray found = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!found.isEmpty());
    for (const QJsonValue &v : found) {
        const QJsonObject t = v.toObject();
        QVERIFY(t.value(QStringLiteral("contact")).toString().contains(email)
            || t.value(QStringLiteral("holder")).toString().contains(email));
    }
}

void TestCliData::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("bad status") << QStringList{QStringLiteral("tickets"), QStringLiteral("--status"),
        QStringLiteral("SOLD")} << QByteArray("NOT_PRINTED, PRINTED, CONTROLLED, INVALIDATED, CANCELLED");
    QTest::newRow("bad limit") << QStringList{QStringLiteral("tickets"), QStringLiteral("--limit"),
        QStringLiteral("ten")} << QByteArray("--limit");
    QTest::newRow("bad events") << QStringList{QStringLiteral("demo-data"), QStringLiteral("--events"),
        QStringLiteral("0")} << QByteArray("--events");
    QTest::newRow("import without file") << QStringList{QStringLiteral("import")} << QByteArray("FILE.csv");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("events"), QStringLiteral("--colour")}
                                    << QByteArray("colour");
}

void TestCliData::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, says);
    const Run r = cli(args);
    QCOMPARE(r.code, 64);
    QVERIFY2(r.err.contains(says), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCliData::importGoodFile()
{
    const Run r = cli({QStringLiteral("import"), QStringLiteral(TIXSYNC_TEST_DATA "/import/good.csv")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("4 rows: 4 inserted, 0 updated, 2 events"), r.out.constData());
    const Run again = cli(
        {QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral(TIXSYNC_TEST_DATA "/import/good.csv")});
    QCOMPARE(again.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(again.out).object();
    QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 4);
    QCOMPARE(o.value(QStringLiteral("updated")).toInt(), 4);
    QCOMPARE(o.value(QStringLiteral("inserted")).toInt(), 0);
}

void TestCliData::importErrorIsFileLineColumn()
{
    const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("ticket_id,ticket_number,event_id,event_name,event_start,s360_status\n"
            "1,11,E1,Match,2027-03-14T16:30:00+01:00,NOT_PRINTED\n"
            "2,12,E1,Match,2027-03-14T16:30:00+01:00,SOLD\n");
    f.close();
    const Run before
        = cli({QStringLiteral("tickets"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("0")});
    const Run r = cli({QStringLiteral("import"), path});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.startsWith((path + QStringLiteral(":3:41: ")).toUtf8()), r.err.constData());
    QVERIFY(r.err.contains("NOT_PRINTED, PRINTED"));
    const Run after
        = cli({QStringLiteral("tickets"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("0")});
    QCOMPARE(after.out, before.out);
}

void TestCliData::importWarningExitsOne()
{
    const QString path = m_dir.filePath(QStringLiteral("extra.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("ticket_id,ticket_number,event_id,event_name,event_start,s360_status,colour\n"
            "w1,91,E9,Match,2027-03-14T16:30:00+01:00,NOT_PRINTED,blue\n");
    f.close();
    const Run r = cli({QStringLiteral("import"), path});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("warning:"));
    QVERIFY(r.err.contains("\"colour\""));
    QVERIFY(r.out.contains("1 rows: 1 inserted"));
}

QTEST_GUILESS_MAIN(TestCliData)
#include "tst_cli_data.moc"
