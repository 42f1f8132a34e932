// The Template page (offscreen): typing in a value cell updates the JSON preview; a broken
// expression shows its problem at row and column (rule TPL-12) and keeps the last valid preview;
// clicking the problem opens the cell at that column; undo restores the text.
#include "templatefieldmodel.h"
#include "templatepage.h"

#include "core/store.h"

#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace tixsync::tpl;

class TestTemplatePage : public QObject {
    Q_OBJECT
private slots:
    void typingUpdatesPreview();
    void brokenExpressionKeepsLastPreview_TPL12();
    void screenshot();
    void savedVersions();
};

namespace {
QLineEdit *openEditor(TemplatePage &page, int row, int column)
{
    const QModelIndex index = page.model()->index(row, column);
    page.table()->setCurrentIndex(index);
    page.table()->edit(index);
    const auto edits = page.table()->viewport()->findChildren<QLineEdit *>();
    return edits.isEmpty() ? nullptr : edits.last();
}
} // namespace

void TestTemplatePage::typingUpdatesPreview()
{
    TemplatePage page;
    page.resize(1200, 700);
    page.show();
    page.setTemplate(
        Template(QStringLiteral("t"), {TemplateField(QStringLiteral("event.name"), QStringLiteral("Final"))}));
    QTRY_VERIFY(page.previewText().contains(QStringLiteral("\"name\": \"Final\"")));
    QLineEdit *edit = openEditor(page, 0, TemplateFieldModel::ValueColumn);
    QVERIFY(edit);
    edit->end(false);
    QTest::keyClicks(edit, QStringLiteral(" ${Seat_gate}"));
    // The example variable set has Seat_gate = A; no Enter needed.
    QTRY_VERIFY2(page.previewText().contains(QStringLiteral("\"name\": \"Final A\"")), qPrintable(page.previewText()));
    QVERIFY(!page.previewIsStale());
    // One undo step for the whole typing in that cell.
    QTest::keyClick(edit, Qt::Key_Return);
    page.model()->undoStack()->undo();
    QCOMPARE(page.model()->fields().first().value, QStringLiteral("Final"));
    QTRY_VERIFY(page.previewText().contains(QStringLiteral("\"name\": \"Final\"")));
}

void TestTemplatePage::brokenExpressionKeepsLastPreview_TPL12()
{
    TemplatePage page;
    page.resize(1200, 700);
    page.show();
    page.setTemplate(Template(QStringLiteral("t"),
        {TemplateField(QStringLiteral("event.name"), QStringLiteral("Cup")),
            TemplateField(QStringLiteral("event.group.name"), QStringLiteral("League"))}));
    QTRY_VERIFY(page.previewText().contains(QStringLiteral("\"name\": \"League\"")));
    QLineEdit *edit = openEditor(page, 1, TemplateFieldModel::ValueColumn);
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("Cup ${Seat_gat"));
    QTRY_VERIFY(page.previewIsStale());
    QTRY_COMPARE(page.problemList()->topLevelItemCount(), 1);
    QTreeWidgetItem *item = page.problemList()->topLevelItem(0);
    QCOMPARE(item->text(0), QStringLiteral("2"));
    QCOMPARE(item->text(1), QStringLiteral("5"));
    QVERIFY(item->text(3).startsWith(QStringLiteral("\"${\" is not closed")));
    // The last valid payload stays.
    QVERIFY(page.previewText().contains(QStringLiteral("\"name\": \"League\"")));
    QTest::keyClick(edit, Qt::Key_Return);
    // Clicking the problem opens row 2, value column, cursor at column 5 (before "${").
    page.showProblem(2, 5, int(TemplateProblem::Part::Value));
    QCOMPARE(page.table()->currentIndex().row(), 1);
    QCOMPARE(page.table()->currentIndex().column(), int(TemplateFieldModel::ValueColumn));
    const auto edits = page.table()->viewport()->findChildren<QLineEdit *>();
    QVERIFY(!edits.isEmpty());
    QCOMPARE(edits.last()->cursorPosition(), 4);
    // Fixing it refreshes the preview.
    edits.last()->end(false);
    QTest::keyClick(edits.last(), Qt::Key_E);
    QTest::keyClicks(edits.last(), QStringLiteral("}"));
    QTRY_VERIFY(!page.previewIsStale());
    QTRY_COMPARE(page.problemList()->topLevelItemCount(), 0);
    QTRY_VERIFY2(page.previewText().contains(QStringLiteral("\"name\": \"Cup A\"")), qPrintable(page.previewText()));
}

void TestTemplatePage::screenshot()
{
    TemplatePage page;
    page.resize(1400, 800);
    page.show();
    QTRY_VERIFY(page.previewText().contains(QStringLiteral("ticketDetails")));
    const QString dir = qEnvironmentVariable("TIXSYNC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(page.grab().save(dir + QStringLiteral("/template-page.png")));
    // A broken row: the problem list names it, the preview keeps the last valid payload.
    page.model()->setData(page.model()->index(4, TemplateFieldModel::ValueColumn),
        QStringLiteral("${Performance_startDate;format=EEEE d MMMM yyyy at HH:mm}"));
    QTRY_VERIFY(page.previewIsStale());
    QTRY_VERIFY(page.problemList()->topLevelItemCount() > 0);
    QCOMPARE(page.problemList()->topLevelItem(0)->text(0), QStringLiteral("5"));
    QCOMPARE(page.problemList()->topLevelItem(0)->text(1), QStringLiteral("50")); // the 't' of "at"
    if (!dir.isEmpty())
        QVERIFY(page.grab().save(dir + QStringLiteral("/template-page-error.png")));
}

void TestTemplatePage::savedVersions()
{
    QTemporaryDir dir;
    auto store = tixsync::Store::open(dir.filePath(QStringLiteral("t.sqlite")));
    QVERIFY(store.has_value());
    TemplatePage page;
    page.setStore(store->get());
    page.setTemplate(
        Template(QStringLiteral("match"), {TemplateField(QStringLiteral("event.name"), QStringLiteral("A"))}));
    QCOMPARE(page.saveVersion(QStringLiteral("first")), 1);
    page.model()->setData(page.model()->index(0, TemplateFieldModel::ValueColumn), QStringLiteral("B"));
    QCOMPARE(page.saveVersion(QStringLiteral("second")), 2);
    QVERIFY(page.openSaved(QStringLiteral("match"), 1));
    QCOMPARE(page.model()->fields().first().value, QStringLiteral("A"));
    QVERIFY(page.openSaved(QStringLiteral("match")));
    QCOMPARE(page.model()->fields().first().value, QStringLiteral("B"));
}

QTEST_MAIN(TestTemplatePage)
#include "tst_templatepage.moc"
