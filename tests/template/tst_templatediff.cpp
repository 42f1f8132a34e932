// Field-level differences between template versions (the Template page's Compare) and the line
// diff of the preview's "Without template" / "Versus last injected" views.
#include "template/templatediff.h"

#include <QtTest>

using namespace tixsync::tpl;

class TestTemplateDiff : public QObject {
    Q_OBJECT
private slots:
    void fieldsAddedRemovedChangedMoved();
    void equalVersionsHaveNoDifference();
    void linesKeepOrderRemovedBeforeAdded();
};

void TestTemplateDiff::fieldsAddedRemovedChangedMoved()
{
    const TemplateField a(QStringLiteral("event.name"), QStringLiteral("A"));
    const TemplateField b(QStringLiteral("event.group.name"), QStringLiteral("B"));
    const TemplateField c(QStringLiteral("event.website"), QStringLiteral("https://c.example"));
    const TemplateField d(QStringLiteral("purchaseDetails.category"), QStringLiteral("D"));
    TemplateField b2 = b;
    b2.value = QStringLiteral("B2");
    b2.condition = QStringLiteral("${Seat_gate}");
    // before: a b c      after: c a b2 d   → c moved, b changed (value, condition), d added
    const auto diff = diffFields({a, b, c}, {c, a, b2, d});
    QCOMPARE(diff.size(), 3);
    QCOMPARE(diff[0].kind, FieldDifference::Kind::Moved);
    QCOMPARE(diff[0].rowBefore, 3);
    QCOMPARE(diff[0].rowAfter, 1);
    QCOMPARE(diff[1].kind, FieldDifference::Kind::Changed);
    QCOMPARE(diff[1].rowBefore, 2);
    QCOMPARE(diff[1].rowAfter, 3);
    QCOMPARE(diff[1].parts, (QStringList{QStringLiteral("value"), QStringLiteral("condition")}));
    QCOMPARE(diff[2].kind, FieldDifference::Kind::Added);
    QCOMPARE(diff[2].after, d);
    // And back: d removed, b changed, c moved.
    const auto back = diffFields({c, a, b2, d}, {a, b, c});
    QCOMPARE(back.size(), 3);
    QCOMPARE(back.last().kind, FieldDifference::Kind::Removed);
    QCOMPARE(back.last().rowBefore, 4);
    QCOMPARE(back.last().before, d);
}

void TestTemplateDiff::equalVersionsHaveNoDifference()
{
    const TemplateField a(QStringLiteral("event.name"), QStringLiteral("A"));
    QVERIFY(diffFields({a, a}, {a, a}).isEmpty());
    QVERIFY(diffFields({}, {}).isEmpty());
    // A duplicated path (if / else chain): the second occurrence pairs with the second.
    TemplateField a2 = a;
    a2.value = QStringLiteral("else");
    TemplateField a3 = a2;
    a3.value = QStringLiteral("otherwise");
    const auto diff = diffFields({a, a2}, {a, a3});
    QCOMPARE(diff.size(), 1);
    QCOMPARE(diff[0].rowBefore, 2);
    QCOMPARE(diff[0].rowAfter, 2);
}

void TestTemplateDiff::linesKeepOrderRemovedBeforeAdded()
{
    const QStringList before{QStringLiteral("{"), QStringLiteral("  \"name\": \"Old\","), QStringLiteral("  \"id\": 1"),
        QStringLiteral("}")};
    const QStringList after{QStringLiteral("{"), QStringLiteral("  \"name\": \"New\","), QStringLiteral("  \"id\": 1"),
        QStringLiteral("  \"x\": 2"), QStringLiteral("}")};
    const auto diff = diffLines(before, after);
    QCOMPARE(diff.size(), 6);
    QCOMPARE(diff[0].kind, DiffLine::Kind::Same);
    QCOMPARE(diff[1].kind, DiffLine::Kind::Removed);
    QCOMPARE(diff[1].text, before[1]);
    QCOMPARE(diff[2].kind, DiffLine::Kind::Added);
    QCOMPARE(diff[2].text, after[1]);
    QCOMPARE(diff[3].kind, DiffLine::Kind::Same);
    QCOMPARE(diff[4].kind, DiffLine::Kind::Added);
    QCOMPARE(diff[5].kind, DiffLine::Kind::Same);
    // Everything new / everything gone.
    QCOMPARE(diffLines({}, after).size(), after.size());
    QVERIFY(diffLines(before, {}).first().kind == DiffLine::Kind::Removed);
}

QTEST_GUILESS_MAIN(TestTemplateDiff)
#include "tst_templatediff.moc"
