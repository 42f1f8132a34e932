// tixsync-cli template check / render through QProcess: output format "row:column: message"
// (rule TPL-12), exit codes 0 / 2 / 64, rendering for a stored ticket and a variable set.
#include "core/datetime.h"
#include "core/store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace tixsync;

class TestTemplateCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void checkClean();
    void checkErrors_TPL12();
    void usageErrors();
    void renderVariables();
    void renderTicket();
    void renderBrokenTemplate();

private:
    struct Run {
        int code;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args);
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

void TestTemplateCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

TestTemplateCli::Run TestTemplateCli::cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(TIXSYNC_BIN_DIR "/tixsync-cli"), args);
    if (!p.waitForFinished(30000))
        return {-1, {}, QStringLiteral("timeout")};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString TestTemplateCli::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return path;
}

void TestTemplateCli::checkClean()
{
    const QString file = write(QStringLiteral("ok.json"), R"x({"name": "ok", "fields": [
        {"path": "event.name", "value": "${Performance_hostTeam} - ${Performance_opposingTeam}", "type": "text"}]})x");
    const Run r = cli({QStringLiteral("template"), QStringLiteral("check"), file});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
}

void TestTemplateCli::checkErrors_TPL12()
{
    const QString file = write(QStringLiteral("bad.json"), R"x({"name": "bad", "fields": [
        {"path": "event.name", "value": "ok"},
        {"path": "event.group.name", "value": "Cup ${Performance_groop}"},
        {"path": "event.startTime", "value": "${Performance_startDate}"}]})x");
    const Run r = cli({QStringLiteral("template"), QStringLiteral("check"), file});
    QCOMPARE(r.code, 2);
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0],
        QStringLiteral("2:7: Unknown variable \"Performance_groop\": pick one from the variable "
                       "catalogue (names are case-sensitive)."));
    QVERIFY2(lines[1].startsWith(QStringLiteral("3:1: event.startTime cannot be set by the template")),
        qPrintable(lines[1])); // rule TPL-7
}

void TestTemplateCli::usageErrors()
{
    QCOMPARE(cli({QStringLiteral("template")}).code, 64);
    QCOMPARE(cli({QStringLiteral("template"), QStringLiteral("frobnicate")}).code, 64);
    QCOMPARE(cli({QStringLiteral("template"), QStringLiteral("check")}).code, 64);
    QCOMPARE(cli({QStringLiteral("template"), QStringLiteral("render"), QStringLiteral("-")}).code, 64);
    QCOMPARE(cli({QStringLiteral("template"), QStringLiteral("render"), QStringLiteral("-"),
                     QStringLiteral("--example"), QStringLiteral("--ticket"), QStringLiteral("1")})
                 .code,
        64);
    QCOMPARE(cli({QStringLiteral("template"), QStringLiteral("check"), QStringLiteral("--bogus")}).code, 64);
}

void TestTemplateCli::renderVariables()
{
    const QString tpl = write(QStringLiteral("r.json"), R"x({"name": "r", "fields": [
        {"path": "ticketDetails.main.1.key", "value": "Date"},
        {"path": "ticketDetails.main.1.value", "value": "${Performance_startDate;format=EEEE d MMMM yyyy;language=${Institution_language}}"}]})x");
    const QString vars = write(QStringLiteral("v.json"), R"x({"Ticket_id": "T-1", "Performance_id": "P-1",
        "Performance_startDate": "2027-03-14T20:30:00+01:00", "Institution_language": "de", "Ticket_barcode": "1",
        "Space_externalName": "Hall", "Site_externalName": "Bern", "Site_countryCode": "CH", "Site_zip": "3000"})x");
    const Run r = cli({QStringLiteral("template"), QStringLiteral("render"), tpl, QStringLiteral("--variables"), vars});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("ticketId")).toString(), QStringLiteral("T-1"));
    QCOMPARE(o.value(QStringLiteral("ticketDetails"))
                 .toObject()
                 .value(QStringLiteral("main"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toString(),
        QStringLiteral("Sonntag 14 März 2027"));
    // Member order follows the TIXNGO documentation, not the alphabet.
    QVERIFY(r.out.indexOf(QStringLiteral("\"ticketId\"")) < r.out.indexOf(QStringLiteral("\"event\"")));
}

void TestTemplateCli::renderTicket()
{
    const QString db = m_dir.filePath(QStringLiteral("t.sqlite"));
    {
        auto store = Store::open(db);
        QVERIFY(store.has_value());
        Event e;
        e.eventId = QStringLiteral("PERF-9");
        e.name = QStringLiteral("Concert");
        e.startTime = parseRfc3339(u"2027-03-14T20:30:00+01:00");
        e.site = QStringLiteral("Hall");
        e.city = QStringLiteral("Bern");
        e.countryCode = QStringLiteral("CH");
        e.zip = QStringLiteral("3000");
        QVERIFY((*store)->upsertEvent(e).has_value());
        Ticket t;
        t.ticketId = QStringLiteral("555");
        t.ticketNumber = QStringLiteral("9001");
        t.eventId = e.eventId;
        t.barcode = QStringLiteral("BC1");
        t.seatRow = QStringLiteral("12");
        t.productCode = QStringLiteral("CT-1");
        QVERIFY((*store)->upsertTicket(t).has_value());
        Product product;
        product.productCode = t.productCode;
        product.tixAct = QStringLiteral("-1d");
        product.tixRGrp = QStringLiteral("GATES-A");
        QVERIFY((*store)->upsertProduct(product).has_value());
    }
    const QString tpl = write(QStringLiteral("t.json"), R"x({"name": "t", "fields": [
        {"path": "event.name", "value": "${Performance_name} (${Seat_row})"}]})x");
    const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("template"), QStringLiteral("render"), tpl,
        QStringLiteral("--ticket"), QStringLiteral("555"), QStringLiteral("--compact"),
        QStringLiteral("--barcode-prefix"), QStringLiteral("X-")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("event")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("Concert (12)"));
    QCOMPARE(o.value(QStringLiteral("security")).toObject().value(QStringLiteral("barcode")).toString(),
        QStringLiteral("X-BC1")); // rule INJ-8
    // TPL-8/TPL-9: the product's stored comfort variables apply as in injection…
    const QJsonObject activation = o.value(QStringLiteral("activationParameters")).toObject();
    QCOMPARE(activation.value(QStringLiteral("time")).toString(), QStringLiteral("2027-03-13T20:30:00+01:00"));
    QCOMPARE(activation.value(QStringLiteral("groupId")).toString(), QStringLiteral("GATES-A"));
    // …and --comfort given on the command line wins over the stored value.
    const Run overridden = cli({QStringLiteral("--db"), db, QStringLiteral("template"), QStringLiteral("render"), tpl,
        QStringLiteral("--ticket"), QStringLiteral("555"), QStringLiteral("--compact"), QStringLiteral("--comfort"),
        QStringLiteral("TIXAct=-3h")});
    QVERIFY2(overridden.code == 0, qPrintable(overridden.err));
    const QJsonObject o2 = QJsonDocument::fromJson(overridden.out.toUtf8()).object();
    QCOMPARE(o2.value(QStringLiteral("activationParameters")).toObject().value(QStringLiteral("time")).toString(),
        QStringLiteral("2027-03-14T17:30:00+01:00"));
    const Run missing = cli({QStringLiteral("--db"), db, QStringLiteral("template"), QStringLiteral("render"), tpl,
        QStringLiteral("--ticket"), QStringLiteral("404")});
    QCOMPARE(missing.code, 2);
}

void TestTemplateCli::renderBrokenTemplate()
{
    const QString tpl = write(QStringLiteral("broken.json"), R"x({"name": "b", "fields": [
        {"path": "event.name", "value": "${Product_externalName"}]})x");
    const Run r = cli({QStringLiteral("template"), QStringLiteral("render"), tpl, QStringLiteral("--example")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(QStringLiteral("1:1: \"${\" is not closed")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestTemplateCli)
#include "tst_templatecli.moc"
