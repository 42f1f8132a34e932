// Template validation: each problem class with its exact 1-based row and column (rule TPL-12),
// forbidden paths (TPL-7), list index compaction (TPL-1), the file format and the default template.
#include "template/template.h"

#include <QtTest>

using namespace tixsync;
using namespace tixsync::tpl;

namespace {
TemplateField f(
    const QString &path, const QString &value, FieldType type = FieldType::Text, const QString &condition = {})
{
    return {path, value, type, condition};
}
} // namespace

class TestTemplateCheck : public QObject {
    Q_OBJECT
private slots:
    void problems_TPL12_data();
    void problems_TPL12();
    void forbiddenPaths_TPL7_data();
    void forbiddenPaths_TPL7();
    void indexesCompacted_TPL1();
    void conditionalDuplicatesAllowed();
    void fileFormatRoundTrip();
    void fileFormatErrors();
    void defaultTemplateIsClean();
};

void TestTemplateCheck::problems_TPL12_data()
{
    QTest::addColumn<QList<TemplateField>>("fields");
    QTest::addColumn<QString>("expected"); // first problem, "row:column: message"
    QTest::addColumn<int>("part");
    const auto ok = f(QStringLiteral("event.name"), QStringLiteral("${Product_externalName}"));
    QTest::newRow("unknown variable")
        << QList<TemplateField>{ok, f(QStringLiteral("event.group.name"), QStringLiteral("Cup ${Performance_groop}"))}
        << QStringLiteral("2:7: Unknown variable \"Performance_groop\": pick one from the variable catalogue (names "
                          "are case-sensitive).")
        << int(TemplateProblem::Part::Value);
    QTest::newRow("unclosed")
        << QList<TemplateField>{f(QStringLiteral("event.name"), QStringLiteral("Match ${Product_externalName"))}
        << QStringLiteral("1:7: \"${\" is not closed: add \"}\" after the variable name, or write \"$${\" for a "
                          "literal \"${\".")
        << int(TemplateProblem::Part::Value);
    QTest::newRow("bad modifier")
        << QList<TemplateField>{ok, ok,
               f(QStringLiteral("security.barcode"), QStringLiteral("${Ticket_barcode;upper}"))}
        << QStringLiteral("2:1: event.name is already set in row 1 without a condition, so this row never applies: "
                          "remove one of the rows, or give row 1 a condition.")
        << int(TemplateProblem::Part::Path);
    QTest::newRow("unknown modifier")
        << QList<TemplateField>{f(QStringLiteral("security.barcode"), QStringLiteral("${Ticket_barcode;upper}"))}
        << QStringLiteral("1:18: Unknown modifier \"upper\": use format=, language=, min=, max=, upperCase or "
                          "lowerCase.")
        << int(TemplateProblem::Part::Value);
    QTest::newRow("min not a number") << QList<TemplateField>{f(
        QStringLiteral("event.name"), QStringLiteral("${Voucher_identifier;min=x}"))}
                                      << QStringLiteral("1:26: min= needs a whole number of 0 or more, e.g. min=4.")
                                      << int(TemplateProblem::Part::Value);
    QTest::newRow("bad date letter")
        << QList<TemplateField>{f(
               QStringLiteral("event.name"), QStringLiteral("${Performance_startDate;format=dd on HH}"))}
        << QStringLiteral("1:35: 'o' is not a supported date pattern letter: put literal text in single quotes, "
                          "e.g. 'at'.")
        << int(TemplateProblem::Part::Value);
    QTest::newRow("unclosed date quote") << QList<TemplateField>{f(
        QStringLiteral("event.name"), QStringLiteral("${Performance_startDate;format=dd 'h}x"))}
                                         << QStringLiteral(
                                                "1:1: \"${\" is not closed: add \"}\" after the value of format=.")
                                         << int(TemplateProblem::Part::Value);
    QTest::newRow("format on text")
        << QList<TemplateField>{f(QStringLiteral("event.name"), QStringLiteral("${Seat_gate;format=HH}"))}
        << QStringLiteral("1:13: format= applies to date variables only; Seat_gate is a text variable: remove the "
                          "modifier.")
        << int(TemplateProblem::Part::Value);
    QTest::newRow("bad language") << QList<TemplateField>{f(
        QStringLiteral("event.name"), QStringLiteral("${Performance_startDate;format=MMMM;language=zz9}"))}
                                  << QStringLiteral("1:46: \"zz9\" is not a language code: write e.g. en, fr or de.")
                                  << int(TemplateProblem::Part::Value);
    QTest::newRow("nested unknown variable")
        << QList<TemplateField>{f(
               QStringLiteral("event.name"), QStringLiteral("${Performance_startDate;format=MMMM;language=${Lang}}"))}
        << QStringLiteral("1:48: Unknown variable \"Lang\": pick one from the variable catalogue (names are "
                          "case-sensitive).")
        << int(TemplateProblem::Part::Value);
    QTest::newRow("object and value")
        << QList<TemplateField>{f(QStringLiteral("event.address"), QStringLiteral("{}"), FieldType::Json),
               f(QStringLiteral("event.address.city"), QStringLiteral("Bern"))}
        << QStringLiteral("2:15: event.address is set as a value in row 1, so nothing can go under it: remove one of "
                          "the two rows.")
        << int(TemplateProblem::Part::Path);
    QTest::newRow("value after object")
        << QList<TemplateField>{f(QStringLiteral("event.address.city"), QStringLiteral("Bern")),
               f(QStringLiteral("event.address"), QStringLiteral("{}"), FieldType::Json)}
        << QStringLiteral("2:1: event.address already has fields under it (row 1), so it cannot also be a value: "
                          "remove this row or those fields.")
        << int(TemplateProblem::Part::Path);
    QTest::newRow("list and object")
        << QList<TemplateField>{f(QStringLiteral("ticketDetails.main.1.key"), QStringLiteral("Gate")),
               f(QStringLiteral("ticketDetails.main.gate"), QStringLiteral("A"))}
        << QStringLiteral("2:20: ticketDetails.main is a list in row 1, so it needs a number here (e.g. "
                          "ticketDetails.main.1.key).")
        << int(TemplateProblem::Part::Path);
    QTest::newRow("index gap (warning)")
        << QList<TemplateField>{f(QStringLiteral("ticketDetails.main.1.key"), QStringLiteral("Gate")),
               f(QStringLiteral("ticketDetails.main.3.key"), QStringLiteral("Row"))}
        << QStringLiteral("2:20: warning: ticketDetails.main has no index 2 before 3: the list is compacted, so this "
                          "entry is sent at position 2. Renumber the rows to silence this warning.")
        << int(TemplateProblem::Part::Path);
    QTest::newRow("empty path segment")
        << QList<TemplateField>{f(QStringLiteral("event..name"), QStringLiteral("x"))}
        << QStringLiteral("1:7: Empty name in the path: remove the extra dot (write e.g. event.address.city).")
        << int(TemplateProblem::Part::Path);
    QTest::newRow("bad path character")
        << QList<TemplateField>{f(QStringLiteral("event.na-me"), QStringLiteral("x"))}
        << QStringLiteral("1:9: \"-\" cannot appear in a path: use field names of letters and digits separated by "
                          "dots, list indexes as numbers (ticketDetails.main.1.key).")
        << int(TemplateProblem::Part::Path);
    QTest::newRow("unknown path (warning)")
        << QList<TemplateField>{f(QStringLiteral("event.nmae"), QStringLiteral("x"))}
        << QStringLiteral("1:1: warning: event.nmae is not a documented TIXNGO field: check the spelling (it is sent "
                          "as written).")
        << int(TemplateProblem::Part::Path);
    QTest::newRow("number type")
        << QList<TemplateField>{f(QStringLiteral("purchaseDetails.price"), QStringLiteral("free"), FieldType::Number)}
        << QStringLiteral("1:1: \"free\" is not a number: write digits such as 45.50, or change the type to text.")
        << int(TemplateProblem::Part::Value);
    QTest::newRow("boolean type")
        << QList<TemplateField>{f(QStringLiteral("transferRules.allowReturnToOrganizer"), QStringLiteral("yes please"),
               FieldType::Boolean)}
        << QStringLiteral("1:1: \"yes please\" is not a boolean: write true or false, or change the type to text.")
        << int(TemplateProblem::Part::Value);
    QTest::newRow("condition error")
        << QList<TemplateField>{f(QStringLiteral("event.name"), QStringLiteral("x"), FieldType::Text,
               QStringLiteral("${Seat_gate} == ${Seat_gat}"))}
        << QStringLiteral("1:19: Unknown variable \"Seat_gat\": pick one from the variable catalogue (names are "
                          "case-sensitive).")
        << int(TemplateProblem::Part::Condition);
}

void TestTemplateCheck::problems_TPL12()
{
    QFETCH(QList<TemplateField>, fields);
    QFETCH(QString, expected);
    QFETCH(int, part);
    const Template t(QStringLiteral("t"), fields);
    QVERIFY(!t.problems().isEmpty());
    QCOMPARE(t.problems().first().toString(), expected);
    QCOMPARE(int(t.problems().first().part), part);
}

void TestTemplateCheck::forbiddenPaths_TPL7_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("hint");
    QTest::newRow("event.id") << QStringLiteral("event.id") << QStringLiteral("cannot be set by the template");
    QTest::newRow("startTime") << QStringLiteral("event.startTime") << QStringLiteral("TIXStart");
    QTest::newRow("expirationDate") << QStringLiteral("event.expirationDate") << QStringLiteral("TIXExp");
}

void TestTemplateCheck::forbiddenPaths_TPL7()
{
    QFETCH(QString, path);
    QFETCH(QString, hint);
    const Template t(QStringLiteral("t"),
        {f(QStringLiteral("event.name"), QStringLiteral("x")), f(path, QStringLiteral("${Performance_startDate}"))});
    QVERIFY(t.hasErrors());
    QCOMPARE(t.problems().size(), 1);
    QCOMPARE(t.problems().first().row, 2);
    QCOMPARE(t.problems().first().code, QStringLiteral("template.path.forbidden"));
    QVERIFY2(t.problems().first().message.contains(hint), qPrintable(t.problems().first().message));
}

void TestTemplateCheck::indexesCompacted_TPL1()
{
    const Template t(QStringLiteral("t"),
        {f(QStringLiteral("ticketDetails.main.5.key"), QStringLiteral("Row")),
            f(QStringLiteral("ticketDetails.main.1.key"), QStringLiteral("Gate")),
            f(QStringLiteral("ticketDetails.main.2.key"), QStringLiteral("Block")),
            f(QStringLiteral("ticketDetails.hidden.0.key"), QStringLiteral("K"))});
    QVERIFY(!t.hasErrors());
    QCOMPARE(t.compiled()[0].segments.join(QLatin1Char('.')), QStringLiteral("ticketDetails.main.2.key"));
    QCOMPARE(t.compiled()[1].segments.join(QLatin1Char('.')), QStringLiteral("ticketDetails.main.0.key"));
    QCOMPARE(t.compiled()[2].segments.join(QLatin1Char('.')), QStringLiteral("ticketDetails.main.1.key"));
    QCOMPARE(t.compiled()[3].segments.join(QLatin1Char('.')), QStringLiteral("ticketDetails.hidden.0.key"));
    // Gap 2 → 5 is a warning on row 1, column of the index.
    QCOMPARE(t.problems().size(), 1);
    QCOMPARE(t.problems().first().row, 1);
    QCOMPARE(t.problems().first().column, 20);
    QCOMPARE(t.problems().first().severity, TemplateProblem::Severity::Warning);
}

void TestTemplateCheck::conditionalDuplicatesAllowed()
{
    const Template t(QStringLiteral("t"),
        {f(QStringLiteral("event.name"), QStringLiteral("A"), FieldType::Text, QStringLiteral("${Seat_gate}")),
            f(QStringLiteral("event.name"), QStringLiteral("B"))});
    QVERIFY(t.problems().isEmpty());
}

void TestTemplateCheck::fileFormatRoundTrip()
{
    const Template t(QStringLiteral("My template"),
        {f(QStringLiteral("event.name"), QStringLiteral("${Product_externalName}")),
            f(QStringLiteral("purchaseDetails.price"), QStringLiteral("${Amount_unitAmount}"), FieldType::Number),
            f(QStringLiteral("ticketDetails.main.1.key"), QStringLiteral("Gate"), FieldType::Text,
                QStringLiteral("${Seat_gate}"))});
    auto back = Template::fromJson(t.toJson());
    QVERIFY(back.has_value());
    QCOMPARE(back->name(), QStringLiteral("My template"));
    QCOMPARE(back->fields(), t.fields());
}

void TestTemplateCheck::fileFormatErrors()
{
    auto notJson = Template::fromJson("{\"fields\": [");
    QVERIFY(!notJson);
    auto badType
        = Template::fromJson(R"({"name":"x","fields":[{"path":"event.name","value":"a"},{"path":"b","type":"date"}]})");
    QVERIFY(!badType);
    QCOMPARE(badType.error().line, 2);
    QCOMPARE(badType.error().message,
        QStringLiteral("Field 2 has the unknown type \"date\": use text, number, boolean or json."));
}

void TestTemplateCheck::defaultTemplateIsClean()
{
    const Template t = Template::defaultTemplate();
    QVERIFY(t.fields().size() >= 15);
    QVERIFY2(t.problems().isEmpty(), qPrintable(t.problems().value(0).toString()));
}

QTEST_GUILESS_MAIN(TestTemplateCheck)
#include "tst_templatecheck.moc"
