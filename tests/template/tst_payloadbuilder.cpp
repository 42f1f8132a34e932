// The TIXNGO payload: batch defaults, comfort variables and template precedence (TPL-8, TPL-9),
// multilingual objects (TPL-10), recorded changes (TPL-11), payload rules (PAY-1..PAY-6),
// mainApplicant (INJ-7), barcode prefix/postfix (INJ-8), the JSON writer, variable sets.
#include "template/jsonwriter.h"
#include "template/payloadbuilder.h"

#include "core/datetime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

using namespace tixsync;
using namespace tixsync::tpl;

namespace {
Event sampleEvent()
{
    Event e;
    e.eventId = QStringLiteral("PERF-1");
    e.name = QStringLiteral("FC Example - FC Visitors");
    e.groupName = QStringLiteral("Super League");
    e.startTime = parseRfc3339(u"2027-03-14T20:30:00+01:00");
    e.durationMinutes = 120;
    e.site = QStringLiteral("Example Arena");
    e.city = QStringLiteral("Lausanne");
    e.addressLine1 = QStringLiteral("Route du Stade 1");
    e.countryCode = QStringLiteral("CH");
    e.zip = QStringLiteral("1000");
    return e;
}

Ticket sampleTicket()
{
    Ticket t;
    t.ticketId = QStringLiteral("100000000123");
    t.ticketNumber = QStringLiteral("12300123");
    t.fileNumber = QStringLiteral("4500012");
    t.eventId = QStringLiteral("PERF-1");
    t.barcode = QStringLiteral("9876543210123");
    t.price = 45.5;
    t.currency = QStringLiteral("CHF");
    t.category = QStringLiteral("Category 1");
    t.seatGate = QStringLiteral("A");
    t.seatRow = QStringLiteral("7");
    t.contact = {QStringLiteral("Ms"), QStringLiteral("Anna"), QStringLiteral("Muster"),
        QStringLiteral("anna@example.org"), QStringLiteral("F"), {}, {}, {}, {}, {}};
    return t;
}

QJsonObject build(const PayloadBuilder &b, const Ticket &t = sampleTicket(), const Event &e = sampleEvent(),
    QList<TemplateChange> *changes = nullptr, QList<PayloadProblem> *problems = nullptr)
{
    auto json = b.build(t, e, changes, problems);
    if (!json) {
        qWarning() << json.error().toString();
        return {};
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(*json, &pe);
    if (pe.error != QJsonParseError::NoError)
        qWarning() << "invalid JSON" << pe.errorString() << *json;
    return doc.object();
}

QJsonValue at(const QJsonObject &o, const QString &path)
{
    QJsonValue v = o;
    for (const QString &seg : path.split(QLatin1Char('.'))) {
        bool isIndex = false;
        const int i = seg.toInt(&isIndex);
        v = isIndex ? v.toArray().at(i) : v.toObject().value(seg);
    }
    return v;
}

std::shared_ptr<const Template> makeTpl(QList<TemplateField> fields)
{
    return std::make_shared<const Template>(QStringLiteral("t"), std::move(fields));
}
} // namespace

class TestPayloadBuilder : public QObject {
    Q_OBJECT
private slots:
    void batchDefaults();
    void requiredAndValid_PAY1_PAY6();
    void mainApplicant_INJ7();
    void barcodePrefixPostfix_INJ8();
    void precedence_TPL8();
    void comfortForms_TPL9_data();
    void comfortForms_TPL9();
    void comfortErrors_TPL9();
    void forbiddenRowsRefused_TPL7();
    void multilingual_TPL10();
    void changesRecorded_TPL11();
    void payloadRules_PAY2_PAY5_data();
    void payloadRules_PAY2_PAY5();
    void templateListReplacesDefaultList();
    void typesAndConditions();
    void variableSet();
    void jsonWriterEscaping_data();
    void jsonWriterEscaping();
    void jsonWriterRandomRoundTrip();
};

void TestPayloadBuilder::batchDefaults()
{
    PayloadBuilder b(nullptr, {});
    QVERIFY(b.status());
    const QJsonObject o = build(b);
    QCOMPARE(at(o, QStringLiteral("ticketId")).toString(), QStringLiteral("100000000123"));
    QCOMPARE(at(o, QStringLiteral("taxNumber")).toString(), QStringLiteral("12300123"));
    QCOMPARE(at(o, QStringLiteral("fileId")).toString(), QStringLiteral("4500012"));
    QCOMPARE(at(o, QStringLiteral("event.id")).toString(), QStringLiteral("PERF-1"));
    QCOMPARE(at(o, QStringLiteral("event.startTime")).toString(), QStringLiteral("2027-03-14T20:30:00+01:00"));
    // No end time: start + duration (120 min).
    QCOMPARE(at(o, QStringLiteral("event.expirationDate")).toString(), QStringLiteral("2027-03-14T22:30:00+01:00"));
    QCOMPARE(at(o, QStringLiteral("event.address.site")).toString(), QStringLiteral("Example Arena"));
    QVERIFY(at(o, QStringLiteral("event.address.line2")).isUndefined()); // empty values are left out
    QCOMPARE(at(o, QStringLiteral("purchaseDetails.price")).toDouble(), 45.5);
    QCOMPARE(at(o, QStringLiteral("spectatorDetails.firstName")).toString(), QStringLiteral("Anna"));
    QCOMPARE(at(o, QStringLiteral("spectatorDetails.gender")).toString(), QStringLiteral("F"));
    QCOMPARE(at(o, QStringLiteral("activationParameters.method")).toString(), QStringLiteral("online"));
    QCOMPARE(
        at(o, QStringLiteral("activationParameters.time")).toString(), QStringLiteral("2027-03-13T20:30:00+01:00"));
    // Seat details: only the parts the ticket has, compacted.
    QCOMPARE(at(o, QStringLiteral("ticketDetails.main")).toArray().size(), 2);
    QCOMPARE(at(o, QStringLiteral("ticketDetails.main.0.key")).toString(), QStringLiteral("Gate"));
    QCOMPARE(at(o, QStringLiteral("ticketDetails.main.1.key")).toString(), QStringLiteral("Row"));
    QCOMPARE(at(o, QStringLiteral("ticketDetails.main.1.value")).toString(), QStringLiteral("7"));

    // Expiration: the end time when known, else start + 24 h when there is no duration either.
    Event e = sampleEvent();
    e.endTime = parseRfc3339(u"2027-03-14T23:00:00+01:00");
    QCOMPARE(at(build(b, sampleTicket(), e), QStringLiteral("event.expirationDate")).toString(),
        QStringLiteral("2027-03-14T23:00:00+01:00"));
    e.endTime = {};
    e.durationMinutes = 0;
    QCOMPARE(at(build(b, sampleTicket(), e), QStringLiteral("event.expirationDate")).toString(),
        QStringLiteral("2027-03-15T20:30:00+01:00"));
}

void TestPayloadBuilder::requiredAndValid_PAY1_PAY6()
{
    PayloadBuilder b(nullptr, {});
    QList<PayloadProblem> problems;
    build(b, sampleTicket(), sampleEvent(), nullptr, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));

    // rule PAY-6: zip missing; rule PAY-1: no barcode → no security object.
    Event e = sampleEvent();
    e.zip.clear();
    Ticket t = sampleTicket();
    t.barcode.clear();
    problems.clear();
    const QJsonObject o = build(b, t, e, nullptr, &problems);
    QVERIFY(!o.isEmpty()); // with a problem list, the payload still comes back
    QStringList paths;
    for (const PayloadProblem &p : problems)
        paths << p.path;
    QCOMPARE(paths, (QStringList{QStringLiteral("security"), QStringLiteral("event.address.zip")}));
    // Without a problem list, the build fails and names the ticket and every problem.
    auto failed = b.build(t, e);
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, QStringLiteral("payload.invalid"));
    QVERIFY(failed.error().message.contains(QStringLiteral("100000000123")));
    QVERIFY(failed.error().message.contains(QStringLiteral("event.address.zip")));
}

void TestPayloadBuilder::mainApplicant_INJ7()
{
    PayloadBuilder b(nullptr, {});
    Ticket t = sampleTicket();
    QCOMPARE(at(build(b, t), QStringLiteral("spectatorDetails.mainApplicant")).toBool(), false); // no holder
    t.holder = t.contact;
    t.holder.email = QStringLiteral("ANNA@example.org"); // e-mail compared without case
    QCOMPARE(at(build(b, t), QStringLiteral("spectatorDetails.mainApplicant")).toBool(), true);
    t.holder.firstName = QStringLiteral("Anne");
    QJsonObject o = build(b, t);
    QCOMPARE(at(o, QStringLiteral("spectatorDetails.mainApplicant")).toBool(), false);
    QCOMPARE(at(o, QStringLiteral("spectatorDetails.firstName")).toString(),
        QStringLiteral("Anne")); // holder is the spectator
    t.holder = t.contact;
    t.holder.email = QStringLiteral("other@example.org");
    QCOMPARE(at(build(b, t), QStringLiteral("spectatorDetails.mainApplicant")).toBool(), false);
}

void TestPayloadBuilder::barcodePrefixPostfix_INJ8()
{
    PayloadOptions o;
    o.barcodePrefix = QStringLiteral("PRE-");
    o.barcodePostfix = QStringLiteral("-POST");
    PayloadBuilder b(nullptr, o);
    QCOMPARE(at(build(b), QStringLiteral("security.barcode")).toString(), QStringLiteral("PRE-9876543210123-POST"));
}

void TestPayloadBuilder::precedence_TPL8()
{
    PayloadOptions o;
    o.comfortVariables.insert(QStringLiteral("TIXAct"), QStringLiteral("-2h"));
    o.comfortVariables.insert(QStringLiteral("TIXRGrp"), QStringLiteral("GROUP-7"));
    // Default only.
    QCOMPARE(at(build(PayloadBuilder(nullptr, {})), QStringLiteral("activationParameters.time")).toString(),
        QStringLiteral("2027-03-13T20:30:00+01:00"));
    // Comfort beats default.
    PayloadBuilder comfort(nullptr, o);
    QCOMPARE(at(build(comfort), QStringLiteral("activationParameters.time")).toString(),
        QStringLiteral("2027-03-14T18:30:00+01:00"));
    QCOMPARE(at(build(comfort), QStringLiteral("activationParameters.groupId")).toString(), QStringLiteral("GROUP-7"));
    // Template beats comfort (and default).
    PayloadBuilder templ(makeTpl({{QStringLiteral("activationParameters.time"), QStringLiteral("2027-03-14T12:00:00Z")},
                             {QStringLiteral("activationParameters.groupId"), QStringLiteral("${Ticket_fileNumber}")},
                             {QStringLiteral("event.name"), QStringLiteral("${Performance_hostTeam}Match")}}),
        o);
    const QJsonObject j = build(templ);
    QCOMPARE(at(j, QStringLiteral("activationParameters.time")).toString(), QStringLiteral("2027-03-14T12:00:00Z"));
    QCOMPARE(at(j, QStringLiteral("activationParameters.groupId")).toString(), QStringLiteral("4500012"));
    QCOMPARE(at(j, QStringLiteral("event.name")).toString(), QStringLiteral("Match"));
    // A row whose condition is false leaves the lower level in place.
    PayloadBuilder cond(makeTpl({{QStringLiteral("activationParameters.groupId"), QStringLiteral("X"), FieldType::Text,
                            QStringLiteral("${Seat_block}")}}),
        o);
    QCOMPARE(at(build(cond), QStringLiteral("activationParameters.groupId")).toString(), QStringLiteral("GROUP-7"));
}

void TestPayloadBuilder::comfortForms_TPL9_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    const QString act = QStringLiteral("activationParameters.time");
    QTest::newRow("+1d") << QStringLiteral("TIXAct") << QStringLiteral("+1d") << act
                         << QStringLiteral("2027-03-15T20:30:00+01:00");
    QTest::newRow("-1w") << QStringLiteral("TIXAct") << QStringLiteral("-1w") << act
                         << QStringLiteral("2027-03-07T20:30:00+01:00");
    QTest::newRow("2w") << QStringLiteral("TIXAct") << QStringLiteral("2w") << act
                        << QStringLiteral("2027-03-28T20:30:00+01:00");
    QTest::newRow("+3h") << QStringLiteral("TIXAct") << QStringLiteral("+3h") << act
                         << QStringLiteral("2027-03-14T23:30:00+01:00");
    QTest::newRow("absolute") << QStringLiteral("TIXAct") << QStringLiteral("22/10/23 21:15") << act
                              << QStringLiteral("2023-10-22T21:15:00+01:00");
    QTest::newRow("start_of_season") << QStringLiteral("TIXStart") << QStringLiteral("start_of_season")
                                     << QStringLiteral("event.startTime")
                                     << QStringLiteral("2026-07-01T00:00:00+01:00");
    QTest::newRow("end_of_season") << QStringLiteral("TIXExp") << QStringLiteral("end_of_season")
                                   << QStringLiteral("event.expirationDate")
                                   << QStringLiteral("2027-06-30T23:59:59+01:00");
    QTest::newRow("TIXExp relative") << QStringLiteral("TIXExp") << QStringLiteral("+6h")
                                     << QStringLiteral("event.expirationDate")
                                     << QStringLiteral("2027-03-15T02:30:00+01:00");
    QTest::newRow("TIXRGrp") << QStringLiteral("TIXRGrp") << QStringLiteral("VIP")
                             << QStringLiteral("activationParameters.groupId") << QStringLiteral("VIP");
}

void TestPayloadBuilder::comfortForms_TPL9()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    PayloadOptions o;
    o.comfortVariables.insert(name, value);
    o.seasonStart = QDate(2026, 7, 1);
    o.seasonEnd = QDate(2027, 6, 30);
    PayloadBuilder b(nullptr, o);
    QVERIFY2(b.status(), qPrintable(b.status() ? QString() : b.status().error().message));
    QCOMPARE(at(build(b), path).toString(), expected);
}

void TestPayloadBuilder::comfortErrors_TPL9()
{
    PayloadOptions o;
    o.comfortVariables.insert(QStringLiteral("TIXAct"), QStringLiteral("tomorrow"));
    PayloadBuilder b(nullptr, o);
    QVERIFY(!b.status());
    QCOMPARE(b.status().error().message,
        QStringLiteral("TIXAct \"tomorrow\" is not understood: write start_of_season, end_of_season, an offset "
                       "from the performance start such as +1d, -1w, 2w or +3h, or a date dd/mm/yy hh:mm "
                       "(22/10/23 21:15)."));
    QVERIFY(!b.build(sampleTicket(), sampleEvent()));
    PayloadOptions s;
    s.comfortVariables.insert(QStringLiteral("TIXStart"), QStringLiteral("start_of_season"));
    QVERIFY(!PayloadBuilder(nullptr, s).status()); // no season dates set
}

void TestPayloadBuilder::forbiddenRowsRefused_TPL7()
{
    PayloadBuilder b(makeTpl({{QStringLiteral("event.name"), QStringLiteral("x")},
                         {QStringLiteral("event.startTime"), QStringLiteral("2027-01-01T00:00:00Z")}}),
        {});
    QVERIFY(!b.status());
    QCOMPARE(b.status().error().line, 2);
    QVERIFY(b.status().error().message.contains(QStringLiteral("TIXStart")));
    auto r = b.build(sampleTicket(), sampleEvent());
    QVERIFY(!r);
}

void TestPayloadBuilder::multilingual_TPL10()
{
    PayloadOptions o;
    o.sendMultilingualAsJsonObject = true;
    o.languages = {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de")};
    PayloadBuilder b(makeTpl({{QStringLiteral("ticketDetails.main.1.key"), QStringLiteral("Day")},
                         {QStringLiteral("ticketDetails.main.1.value"),
                             QStringLiteral("${Performance_startDate;format=EEEE d MMMM}")},
                         {QStringLiteral("purchaseDetails.category"), QStringLiteral("${Ticket_category}")}}),
        o);
    const QJsonObject j = build(b);
    QCOMPARE(at(j, QStringLiteral("ticketDetails.main.0.value")).toObject(),
        (QJsonObject{{QStringLiteral("en"), QStringLiteral("Sunday 14 March")},
            {QStringLiteral("fr"), QStringLiteral("dimanche 14 mars")},
            {QStringLiteral("de"), QStringLiteral("Sonntag 14 März")}}));
    QCOMPARE(at(j, QStringLiteral("ticketDetails.main.0.key.fr")).toString(), QStringLiteral("Day"));
    // Batch defaults on translatable paths become objects too; other paths stay strings.
    QCOMPARE(at(j, QStringLiteral("event.name.de")).toString(), QStringLiteral("FC Example - FC Visitors"));
    QCOMPARE(at(j, QStringLiteral("event.address.city.fr")).toString(), QStringLiteral("Lausanne"));
    QCOMPARE(at(j, QStringLiteral("event.group.name.en")).toString(), QStringLiteral("Super League"));
    QCOMPARE(at(j, QStringLiteral("purchaseDetails.category")).toString(), QStringLiteral("Category 1"));
    QCOMPARE(at(j, QStringLiteral("event.address.zip")).toString(), QStringLiteral("1000"));
    // Off: plain strings in the first language.
    o.sendMultilingualAsJsonObject = false;
    o.languages = {QStringLiteral("fr")};
    PayloadBuilder plain(
        makeTpl({{QStringLiteral("event.name"), QStringLiteral("${Performance_startDate;format=EEEE}")}}), o);
    QCOMPARE(at(build(plain), QStringLiteral("event.name")).toString(), QStringLiteral("dimanche"));
}

void TestPayloadBuilder::changesRecorded_TPL11()
{
    PayloadBuilder b(makeTpl({{QStringLiteral("event.name"), QStringLiteral("Big match")},
                         {QStringLiteral("event.address.site"), QStringLiteral("${Space_externalName}")},
                         {QStringLiteral("sortingKey"), QStringLiteral("${Seat_row}")}}),
        {});
    QList<TemplateChange> changes;
    build(b, sampleTicket(), sampleEvent(), &changes);
    QCOMPARE(changes.size(), 2); // the site row sets the value it already had
    QCOMPARE(changes[0].path, QStringLiteral("event.name"));
    QCOMPARE(changes[0].row, 1);
    QCOMPARE(changes[0].before, QStringLiteral("\"FC Example - FC Visitors\""));
    QCOMPARE(changes[0].after, QStringLiteral("\"Big match\""));
    QCOMPARE(changes[1].path, QStringLiteral("sortingKey"));
    QCOMPARE(changes[1].before, QString());
    QCOMPARE(changes[1].after, QStringLiteral("\"7\""));
    // dumpTnPRvariables: the template's variables with their values.
    const auto values = b.variableValues(sampleTicket(), sampleEvent());
    QCOMPARE(values.size(), 2);
    QCOMPARE(values[0], std::make_pair(QStringLiteral("Space_externalName"), QStringLiteral("Example Arena")));
    QCOMPARE(values[1], std::make_pair(QStringLiteral("Seat_row"), QStringLiteral("7")));
}

void TestPayloadBuilder::payloadRules_PAY2_PAY5_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("PAY-2 name length") << QStringLiteral("event.name") << QString(129, QLatin1Char('x'))
                                       << QStringLiteral("payload.length");
    QTest::newRow("PAY-2 firstName 50") << QStringLiteral("spectatorDetails.firstName") << QString(51, QLatin1Char('x'))
                                        << QStringLiteral("payload.length");
    QTest::newRow("PAY-2 currency 20") << QStringLiteral("purchaseDetails.currency") << QString(21, QLatin1Char('x'))
                                       << QStringLiteral("payload.length");
    QTest::newRow("PAY-2 name at limit") << QStringLiteral("event.name") << QString(128, QLatin1Char('x'))
                                         << QStringLiteral("");
    QTest::newRow("PAY-3 ticketId chars")
        << QStringLiteral("ticketId") << QStringLiteral("AB#12") << QStringLiteral("payload.ticketId");
    QTest::newRow("PAY-3 ticketId ok") << QStringLiteral("ticketId") << QStringLiteral("AB 12*.-_+/()")
                                       << QStringLiteral("");
    QTest::newRow("PAY-4 date") << QStringLiteral("activationParameters.time") << QStringLiteral("14/03/2027 20:00")
                                << QStringLiteral("payload.date");
    QTest::newRow("PAY-4 date ok") << QStringLiteral("activationParameters.time")
                                   << QStringLiteral("2027-03-14T20:00:00Z") << QStringLiteral("");
    QTest::newRow("PAY-5 gender") << QStringLiteral("spectatorDetails.gender") << QStringLiteral("W")
                                  << QStringLiteral("payload.gender");
    QTest::newRow("PAY-5 gender ok") << QStringLiteral("spectatorDetails.gender") << QStringLiteral("X")
                                     << QStringLiteral("");
    QTest::newRow("method") << QStringLiteral("activationParameters.method") << QStringLiteral("bluetooth")
                            << QStringLiteral("payload.method");
}

void TestPayloadBuilder::payloadRules_PAY2_PAY5()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, code);
    PayloadBuilder b(makeTpl({{path, value}}), {});
    QVERIFY(b.status());
    QList<PayloadProblem> problems;
    build(b, sampleTicket(), sampleEvent(), nullptr, &problems);
    if (code.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
    } else {
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].code, code);
        QCOMPARE(problems[0].path, path);
        QCOMPARE(problems[0].row, 1);
    }
}

void TestPayloadBuilder::templateListReplacesDefaultList()
{
    PayloadBuilder b(makeTpl({{QStringLiteral("ticketDetails.main.1.key"), QStringLiteral("Seat")},
                         {QStringLiteral("ticketDetails.main.1.value"), QStringLiteral("${Seat_row}-${Seat_number}")}}),
        {});
    const QJsonArray main = at(build(b), QStringLiteral("ticketDetails.main")).toArray();
    QCOMPARE(main.size(), 1);
    QCOMPARE(main[0].toObject().value(QStringLiteral("value")).toString(), QStringLiteral("7-"));
}

void TestPayloadBuilder::typesAndConditions()
{
    PayloadBuilder b(
        makeTpl({{QStringLiteral("purchaseDetails.price"), QStringLiteral("${Amount_unitAmount}"), FieldType::Number},
            {QStringLiteral("transferRules.allowReturnToOrganizer"), QStringLiteral("true"), FieldType::Boolean},
            {QStringLiteral("event.metadata.0.key"), QStringLiteral("EVENT_SCHEDULE")},
            {QStringLiteral("event.metadata.0.value"),
                QStringLiteral("[{\"label\": \"e_gateOpening\", \"time\": \"${Performance_startDate}\"}]"),
                FieldType::Json},
            {QStringLiteral("ticketDetails.extra.1.key"), QStringLiteral("Gate A"), FieldType::Text,
                QStringLiteral("${Seat_gate} == \"A\"")},
            {QStringLiteral("ticketDetails.extra.2.key"), QStringLiteral("Gate B"), FieldType::Text,
                QStringLiteral("${Seat_gate} == \"B\"")}}),
        {});
    QList<PayloadProblem> problems;
    const QJsonObject j = build(b, sampleTicket(), sampleEvent(), nullptr, &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(at(j, QStringLiteral("purchaseDetails.price")).toDouble(), 45.5);
    QCOMPARE(at(j, QStringLiteral("transferRules.allowReturnToOrganizer")).toBool(), true);
    QCOMPARE(
        at(j, QStringLiteral("event.metadata.0.value.0.time")).toString(), QStringLiteral("2027-03-14T20:30:00+01:00"));
    QCOMPARE(at(j, QStringLiteral("ticketDetails.extra")).toArray().size(), 1);
    QCOMPARE(at(j, QStringLiteral("ticketDetails.extra.0.key")).toString(), QStringLiteral("Gate A"));
    // A number row that renders text is a payload problem on that row.
    PayloadBuilder bad(
        makeTpl({{QStringLiteral("purchaseDetails.price"), QStringLiteral("${Seat_gate}"), FieldType::Number}}), {});
    problems.clear();
    build(bad, sampleTicket(), sampleEvent(), nullptr, &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].row, 1);
    QCOMPARE(problems[0].code, QStringLiteral("template.value.type"));
}

void TestPayloadBuilder::variableSet()
{
    auto vars = VariableSet::fromJson(R"({"name": "sample", "variables": {
        "Ticket_id": "T-1", "Performance_id": "P-1", "Product_externalName": "Concert",
        "Performance_startDate": "2027-03-14T20:30:00+01:00", "Space_externalName": "Hall",
        "Site_externalName": "Bern", "Site_countryCode": "CH", "Site_zip": "3000", "Ticket_barcode": "123",
        "Amount_unitAmount": 12.5, "Voucher_identifier": "abcdefghij", "Institution_language": "de"}})");
    QVERIFY2(vars.has_value(), qPrintable(vars ? QString() : vars.error().message));
    QCOMPARE(vars->name, QStringLiteral("sample"));
    PayloadBuilder b(
        makeTpl({{QStringLiteral("ticketDetails.main.1.value"),
            QStringLiteral("${Performance_startDate;format=EEEE} ${Voucher_identifier;min=4;max=8;upperCase}")}}),
        {});
    QList<PayloadProblem> problems;
    auto json = b.build(*vars, nullptr, &problems);
    QVERIFY(json.has_value());
    const QJsonObject j = QJsonDocument::fromJson(*json).object();
    QCOMPARE(at(j, QStringLiteral("ticketId")).toString(), QStringLiteral("T-1"));
    QCOMPARE(at(j, QStringLiteral("event.id")).toString(), QStringLiteral("P-1"));
    QCOMPARE(at(j, QStringLiteral("purchaseDetails.price")).toDouble(), 12.5);
    QCOMPARE(at(j, QStringLiteral("ticketDetails.main.0.value")).toString(), QStringLiteral("Sonntag EFGH"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));

    auto unknown = VariableSet::fromJson(R"({"Seat_gat": "A"})");
    QVERIFY(!unknown);
    QVERIFY(unknown.error().message.contains(QStringLiteral("Seat_gat")));
    auto badDate = VariableSet::fromJson(R"({"Performance_startDate": "14/03/2027"})");
    QVERIFY(!badDate);
    // The catalogue example renders the default template without problems.
    PayloadBuilder def(std::make_shared<const Template>(Template::defaultTemplate()), {});
    problems.clear();
    QVERIFY(def.build(VariableSet::example(), nullptr, &problems).has_value());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
}

void TestPayloadBuilder::jsonWriterEscaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("quote backslash") << QStringLiteral("a\"b\\c") << QByteArray("\"a\\\"b\\\\c\"");
    QTest::newRow("controls") << QStringLiteral("\n\r\t\b\f") << QByteArray("\"\\n\\r\\t\\b\\f\"");
    QTest::newRow("other controls") << QString(QChar(0x01)) + QChar(0x1f) << QByteArray("\"\\u0001\\u001f\"");
    QTest::newRow("nul") << QString(QChar(0)) << QByteArray("\"\\u0000\"");
    QTest::newRow("u2028 as is") << QString(QChar(0x2028)) << QByteArray("\"\xe2\x80\xa8\"");
    QTest::newRow("accents") << QStringLiteral("März é") << QByteArray("\"M\xc3\xa4rz \xc3\xa9\"");
    QTest::newRow("surrogate pair") << QString::fromUtf8("\xf0\x9f\x8e\x9f") << QByteArray("\"\xf0\x9f\x8e\x9f\"");
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) << QByteArray("\"\xef\xbf\xbd\"");
    QTest::newRow("slash kept") << QStringLiteral("a/b") << QByteArray("\"a/b\"");
}

void TestPayloadBuilder::jsonWriterEscaping()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    JsonWriter w;
    w.string(text);
    QCOMPARE(w.buffer(), expected);
    // Round trip through Qt's parser.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + w.buffer() + "]");
    QVERIFY(doc.isArray());
    if (!text.contains(QChar(0xd800)))
        QCOMPARE(doc.array().at(0).toString(), text);
}

void TestPayloadBuilder::jsonWriterRandomRoundTrip()
{
    QRandomGenerator rng(42);
    for (int i = 0; i < 2000; ++i) {
        QString s;
        const int n = rng.bounded(0, 40);
        for (int k = 0; k < n; ++k) {
            const int kind = rng.bounded(5);
            if (kind == 0)
                s += QChar(char16_t(rng.bounded(0, 0x20)));
            else if (kind == 1)
                s += QChar(char16_t(rng.bounded(0x20, 0x80)));
            else if (kind == 2)
                s += QChar(char16_t(rng.bounded(0x80, 0xd800)));
            else if (kind == 3)
                s += QChar(char16_t(rng.bounded(0xe000, 0x10000)));
            else {
                const char32_t u = char32_t(rng.bounded(0x10000, 0x110000));
                s += QString::fromUcs4(&u, 1);
            }
        }
        JsonWriter w;
        w.raw('[');
        w.string(s);
        w.raw(',');
        w.number(rng.bounded(-1000000, 1000000) / 100.0);
        w.raw(']');
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(w.buffer(), &pe);
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        QCOMPARE(doc.array().at(0).toString(), s);
    }
}

QTEST_GUILESS_MAIN(TestPayloadBuilder)
#include "tst_payloadbuilder.moc"
