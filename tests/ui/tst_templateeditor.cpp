// The Template page's editor tools (offscreen): the sample picker finds a real ticket by name and
// the preview shows its values; the diff views mark what the template changes; revert saves a new
// version equal to the old one; drag to reorder is one undo step and the order is saved; the test
// injection goes through the sync engine to tixngo-sim (the ticket is there and PRINTED locally,
// "Versus last injected" then shows no difference), and on a production profile it asks first.
#include "../sim/simprocess.h"
#include "../sync/synctestutil.h"
#include "core/store.h"
#include "productionconfirmation.h"
#include "sync/syncengine.h"
#include "synctransport.h"
#include "template/templatestore.h"
#include "templatefieldmodel.h"
#include "templatepage.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace tixsync;
using namespace tixsync::tpl;
using namespace tixsync::test;

class TestTemplateEditor : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pickerFindsTicketByNameAndPreviewShowsIt();
    void pickerSearchIsBounded();
    void diffViewsMarkTemplateValues_TPL11();
    void revertSavesNewVersionEqualToOld();
    void dragReorderIsUndoableAndSaved();
    void testInjectionReachesSimAndPrints_INJ11();
    void testInjectionAsksFirstOnProduction();
    void useForInjectionMakesInjectionSendTheSavedTemplate_TPL8();
    void testInjectionShowsTixngoError_RUN1();
    void screenshots();

private:
    void addTicket(const QString &id, const QString &first, const QString &last);
    QMessageBox *waitForBox(const QString &objectName);

    ::SimProcess m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TemplatePage> m_page;
    int m_counter = 0;
};

void TestTemplateEditor::initTestCase()
{
    QVERIFY2(m_sim.start(), qPrintable(m_sim.lastError));
}

void TestTemplateEditor::init()
{
    QCOMPARE(m_sim.call("POST", m_sim.sim(QStringLiteral("/_sim/reset")), "{}").status, 200);
    QCOMPARE(
        m_sim.post(m_sim.sim(QStringLiteral("/_sim/faults")), QJsonObject{{QStringLiteral("ticket-error-rate"), 0.0}})
            .status,
        200);
    auto s = Store::open(m_dir.filePath(QStringLiteral("t%1.sqlite").arg(++m_counter)));
    QVERIFY(s);
    m_store = std::move(*s);
    QVERIFY(m_store->upsertEvent(makeEvent(QStringLiteral("E1"))));
    QVERIFY(m_store->setSetting(QStringLiteral("tixngo/url"), m_sim.url.toString()));
    addTicket(QStringLiteral("T00001"), QStringLiteral("Anna"), QStringLiteral("Muster"));
    addTicket(QStringLiteral("T00002"), QStringLiteral("Zoe"), QStringLiteral("Quartermaine"));
    addTicket(QStringLiteral("T00003"), QStringLiteral("Quentin"), QStringLiteral("Blake"));
    m_page = std::make_unique<TemplatePage>();
    m_page->setStore(m_store.get());
    m_page->setTransportFactory(staticKeyTransportFactory(m_sim.url.toString(), QLatin1String(::SimProcess::kKey)));
    m_page->resize(1400, 850);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestTemplateEditor::cleanup()
{
    m_page.reset();
    m_store.reset();
}

void TestTemplateEditor::addTicket(const QString &id, const QString &first, const QString &last)
{
    Ticket t = makeTicket(id, QStringLiteral("E1"));
    t.holder.firstName = first;
    t.holder.lastName = last;
    t.holder.email = first.toLower() + QStringLiteral("@example.ch");
    t.contact = t.holder;
    QVERIFY(m_store->upsertTicket(t));
}

QMessageBox *TestTemplateEditor::waitForBox(const QString &objectName)
{
    QMessageBox *box = nullptr;
    [&] { QTRY_VERIFY((box = m_page->findChild<QMessageBox *>(objectName)) && box->isVisible()); }();
    return box;
}

void TestTemplateEditor::pickerFindsTicketByNameAndPreviewShowsIt()
{
    QSignalSpy searched(m_page.get(), &TemplatePage::ticketSearchFinished);
    m_page->ticketSearch()->setFocus();
    QTest::keyClicks(m_page->ticketSearch(), QStringLiteral("quarter"));
    QTRY_COMPARE(searched.size(), 1);
    QCOMPARE(searched.first().first().toInt(), 1);
    QAbstractItemView *popup = m_page->ticketCompleter()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->model()->rowCount(), 1);
    const QString label = popup->model()->index(0, 0).data().toString();
    QVERIFY2(label.contains(QStringLiteral("Zoe Quartermaine")) && label.contains(QStringLiteral("T00002")),
        qPrintable(label));
    QCOMPARE(m_page->ticketSearch()->text(), QStringLiteral("quarter"));
    // Choose it with the keyboard, as a user would.
    popup->setCurrentIndex(popup->model()->index(0, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(m_page->sampleTicketId(), QStringLiteral("T00002"));
    QCOMPARE(m_page->ticketSearch()->text(), QStringLiteral("T00002 (Zoe Quartermaine)"));
    // The preview is that ticket's payload: its id, barcode, holder.
    QTRY_VERIFY2(
        m_page->previewText().contains(QStringLiteral("\"ticketId\": \"T00002\"")), qPrintable(m_page->previewText()));
    QVERIFY(m_page->previewText().contains(QStringLiteral("\"barcode\": \"BCT00002\"")));
    QVERIFY(m_page->previewText().contains(QStringLiteral("\"lastName\": \"Quartermaine\"")));
    QVERIFY(m_page->previewState().contains(QStringLiteral("T00002")));

    // Ticket number and barcode find it too; clearing the search goes back to the variable set.
    for (const QString &term : {QStringLiteral("NT00003"), QStringLiteral("BCT0000")}) {
        searched.clear();
        m_page->ticketSearch()->clear();
        QTest::keyClicks(m_page->ticketSearch(), term);
        QTRY_COMPARE(searched.size(), 1);
        QVERIFY(searched.first().first().toInt() >= 1);
        QVERIFY(popup->model()->index(0, 0).data().toString().contains(QStringLiteral("T0000")));
    }
    QTest::keyClick(popup, Qt::Key_Escape);
    m_page->ticketSearch()->selectAll();
    QTest::keyClick(m_page->ticketSearch(), Qt::Key_Backspace);
    QTRY_VERIFY(m_page->sampleTicketId().isEmpty());
    QTRY_VERIFY(!m_page->previewText().contains(QStringLiteral("T00002")));
}

void TestTemplateEditor::pickerSearchIsBounded()
{
    // 60 tickets whose holder starts with "Muster": the list stops at 20.
    QVERIFY(m_store->transaction([&]() -> Status {
        for (int i = 10; i < 70; ++i) {
            Ticket t = makeTicket(QStringLiteral("M%1").arg(i), QStringLiteral("E1"));
            t.holder.lastName = QStringLiteral("Mustermann%1").arg(i);
            if (auto ok = m_store->upsertTicket(t); !ok)
                return ok;
        }
        return {};
    }));
    auto hits = searchTickets(*m_store, QStringLiteral("muster"), 20);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 20);
    // An exact ticket id comes first even when many prefixes match.
    hits = searchTickets(*m_store, QStringLiteral("M1"), 5);
    QVERIFY(hits);
    QVERIFY(!hits->isEmpty());
    // "%" and "_" are literal, not wildcards.
    hits = searchTickets(*m_store, QStringLiteral("%"), 20);
    QVERIFY(hits);
    QVERIFY(hits->isEmpty());
    // Found by the buyer's name: the buyer is shown after the holder.
    Ticket bought = makeTicket(QStringLiteral("K1"), QStringLiteral("E1"));
    bought.holder.firstName = QStringLiteral("Reto");
    bought.holder.lastName = QStringLiteral("Schneider");
    bought.contact.firstName = QStringLiteral("Lukas");
    bought.contact.lastName = QStringLiteral("Keller");
    QVERIFY(m_store->upsertTicket(bought));
    hits = searchTickets(*m_store, QStringLiteral("lukas kel"), 20);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().label(),
        QStringLiteral("K1 · NK1 · Reto Schneider (Lukas Keller) · BCK1 · FC Basel - Young Boys E1"));
    hits = searchTickets(*m_store, QStringLiteral("zoe quart"), 20);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().ticketId, QStringLiteral("T00002"));
}

void TestTemplateEditor::diffViewsMarkTemplateValues_TPL11()
{
    m_page->setTemplate(Template(QStringLiteral("t"),
        {TemplateField(QStringLiteral("event.name"), QStringLiteral("Grand Final")),
            TemplateField(QStringLiteral("event.group.name"), QStringLiteral("Super League"))}));
    QVERIFY(m_page->pickTicket(QStringLiteral("T00001")));
    QTRY_VERIFY(m_page->previewText().contains(QStringLiteral("\"name\": \"Grand Final\"")));
    // Payload view: the template's values are highlighted, the batch defaults are not.
    int line = m_page->previewLineOf(QStringLiteral("Grand Final"));
    QCOMPARE(m_page->previewLineMark(line), TemplatePage::LineMark::Template);
    QCOMPARE(
        m_page->previewLineMark(m_page->previewLineOf(QStringLiteral("\"ticketId\""))), TemplatePage::LineMark::None);
    QVERIFY(!m_page->previewText().contains(QStringLiteral("FC Basel - Young Boys E1")));

    // Without template: the event's own name comes back, marked as replaced by the template.
    m_page->setPreviewMode(TemplatePage::PreviewMode::WithoutTemplate);
    line = m_page->previewLineOf(QStringLiteral("FC Basel - Young Boys E1"));
    QVERIFY2(line >= 0, qPrintable(m_page->previewText()));
    QCOMPARE(m_page->previewLineMark(line), TemplatePage::LineMark::Removed);
    QCOMPARE(
        m_page->previewLineMark(m_page->previewLineOf(QStringLiteral("Grand Final"))), TemplatePage::LineMark::Added);
    QCOMPARE(
        m_page->previewLineMark(m_page->previewLineOf(QStringLiteral("Super League"))), TemplatePage::LineMark::Added);
    QCOMPARE(
        m_page->previewLineMark(m_page->previewLineOf(QStringLiteral("\"ticketId\""))), TemplatePage::LineMark::None);
    QVERIFY(m_page->previewState().contains(QStringLiteral("2 value")));

    // Versus last injected: this ticket was never injected, and the page says so.
    m_page->setPreviewMode(TemplatePage::PreviewMode::LastInjected);
    QVERIFY2(m_page->previewState().contains(QStringLiteral("was never injected")), qPrintable(m_page->previewState()));
    QCOMPARE(m_page->previewLineMark(m_page->previewLineOf(QStringLiteral("Grand Final"))),
        TemplatePage::LineMark::Template);
    // A ticket TIXNGO has (imported as injected) but no run of ours sent: said as such.
    QVERIFY(m_store->upsertTicket(makeTicket(QStringLiteral("T00009"), QStringLiteral("E1"), S360Status::Printed)));
    QVERIFY(m_page->pickTicket(QStringLiteral("T00009")));
    QTRY_VERIFY(m_page->previewText().contains(QStringLiteral("T00009")));
    QVERIFY2(m_page->previewState().contains(QStringLiteral("status INJECTED")), qPrintable(m_page->previewState()));
    QVERIFY(m_page->previewState().contains(QStringLiteral("no injection run of TixSync recorded")));
}

void TestTemplateEditor::revertSavesNewVersionEqualToOld()
{
    const QList<TemplateField> v1{TemplateField(QStringLiteral("event.name"), QStringLiteral("A")),
        TemplateField(QStringLiteral("event.group.name"), QStringLiteral("G"))};
    m_page->setTemplate(Template(QStringLiteral("match"), v1));
    QCOMPARE(m_page->saveVersion(QStringLiteral("first")), 1);
    m_page->model()->setData(m_page->model()->index(0, TemplateFieldModel::ValueColumn), QStringLiteral("B"));
    m_page->model()->removeField(1);
    QCOMPARE(m_page->saveVersion(QStringLiteral("second")), 2);
    // History: newest first, with who and the comment.
    QTreeWidget *history = m_page->versionList();
    QCOMPARE(history->topLevelItemCount(), 2);
    QCOMPARE(history->topLevelItem(0)->text(0), QStringLiteral("v2"));
    QCOMPARE(history->topLevelItem(0)->text(1), TemplateStore::currentUser());
    QCOMPARE(history->topLevelItem(1)->text(3), QStringLiteral("first"));

    // Compare v1 and v2: row 1 changed value, row 2 removed.
    history->topLevelItem(0)->setSelected(true);
    history->topLevelItem(1)->setSelected(true);
    m_page->compareButton()->click();
    QTreeWidget *diff = m_page->versionDifferences();
    QCOMPARE(diff->topLevelItemCount(), 2);
    QVERIFY(diff->topLevelItem(0)->text(1).contains(QStringLiteral("value")));
    QCOMPARE(diff->topLevelItem(0)->text(2), QStringLiteral("event.name = A"));
    QCOMPARE(diff->topLevelItem(0)->text(3), QStringLiteral("event.name = B"));
    QCOMPARE(diff->topLevelItem(1)->text(2), QStringLiteral("event.group.name = G"));
    QVERIFY(diff->topLevelItem(1)->text(3).isEmpty());

    // Revert to v1 (after confirmation): a new version 3 with v1's rows.
    history->clearSelection();
    history->topLevelItem(1)->setSelected(true);
    QVERIFY(m_page->revertButton()->isEnabled());
    m_page->revertButton()->click();
    QMessageBox *box = waitForBox(QStringLiteral("revertConfirmation"));
    auto *go = box->findChild<QPushButton *>(QStringLiteral("confirmRevert"));
    QVERIFY(go);
    go->click();
    QTRY_COMPARE(history->topLevelItemCount(), 3);
    auto versions = TemplateStore(*m_store).versions(QStringLiteral("match"));
    QVERIFY(versions);
    QCOMPARE(versions->size(), 3);
    QCOMPARE(versions->last().comment, QStringLiteral("Revert to v1"));
    auto v3 = TemplateStore(*m_store).load(QStringLiteral("match"), 3);
    QVERIFY(v3);
    QCOMPARE(v3->fields(), v1);
    QCOMPARE(m_page->model()->fields(), v1);
    // Nothing was deleted.
    auto v2 = TemplateStore(*m_store).load(QStringLiteral("match"), 2);
    QVERIFY(v2);
    QCOMPARE(v2->fields().size(), 1);
}

void TestTemplateEditor::dragReorderIsUndoableAndSaved()
{
    const TemplateField a(QStringLiteral("event.name"), QStringLiteral("A"));
    const TemplateField b(QStringLiteral("event.group.name"), QStringLiteral("B"));
    const TemplateField c(QStringLiteral("event.website"), QStringLiteral("https://c.example"));
    m_page->setTemplate(Template(QStringLiteral("order"), {a, b, c}));
    TemplateFieldModel *model = m_page->model();
    QTableView *table = m_page->table();
    QVERIFY(table->dragEnabled());
    QCOMPARE(table->dragDropMode(), QAbstractItemView::InternalMove);
    QVERIFY(model->flags(model->index(2, 0)) & Qt::ItemIsDragEnabled);
    // The view accepts a drop between rows only when the root is drop-enabled.
    QVERIFY(model->flags(QModelIndex()) & Qt::ItemIsDropEnabled);
    QVERIFY(!(model->flags(model->index(1, 0)) & Qt::ItemIsDropEnabled)); // never "onto" a row
    // What the view does on a drop: the dragged row's data dropped before row 0.
    std::unique_ptr<QMimeData> data(model->mimeData({model->index(2, TemplateFieldModel::ValueColumn)}));
    QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    // false: the move is done, the view must not remove the dragged row afterwards.
    QVERIFY(!model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    QCOMPARE(model->fields(), (QList<TemplateField>{c, a, b}));
    QCOMPARE(table->currentIndex().row(), 0);
    // Dropped onto a row (no row given): before that row.
    data.reset(model->mimeData({model->index(0, 0)}));
    model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, model->index(2, 0));
    QCOMPARE(model->fields(), (QList<TemplateField>{a, c, b}));
    model->undoStack()->undo();
    QCOMPARE(model->fields(), (QList<TemplateField>{c, a, b}));
    model->undoStack()->undo();
    QCOMPARE(model->fields(), (QList<TemplateField>{a, b, c}));
    model->undoStack()->redo();
    QCOMPARE(model->fields(), (QList<TemplateField>{c, a, b}));
    // The order is what gets saved, and the preview follows it (c's website row first is fine).
    QCOMPARE(m_page->saveVersion(QStringLiteral("reordered")), 1);
    QVERIFY(m_page->openSaved(QStringLiteral("order"), 1));
    QCOMPARE(m_page->model()->fields(), (QList<TemplateField>{c, a, b}));
}

void TestTemplateEditor::useForInjectionMakesInjectionSendTheSavedTemplate_TPL8()
{
    const QList<TemplateField> rows{
        TemplateField(QStringLiteral("event.name"), QStringLiteral("Via the match template"))};
    m_page->setTemplate(Template(QStringLiteral("match"), rows));
    QVERIFY(TemplateStore(*m_store).injectionTemplate().isEmpty());
    // Not saved yet: the page says to save a version first and changes nothing.
    m_page->useForInjectionAction()->trigger();
    QMessageBox *problem = waitForBox(QStringLiteral("useForInjectionProblem"));
    QVERIFY2(problem->text().contains(QStringLiteral("save a version first")), qPrintable(problem->text()));
    problem->button(QMessageBox::Ok)->click();
    QVERIFY(TemplateStore(*m_store).injectionTemplate().isEmpty());
    // Saved: after confirmation injection uses it, and the audit log says so.
    QCOMPARE(m_page->saveVersion(QStringLiteral("first")), 1);
    m_page->useForInjectionAction()->trigger();
    QMessageBox *box = waitForBox(QStringLiteral("useForInjectionConfirmation"));
    QVERIFY(box->informativeText().contains(QStringLiteral("shipped with TixSync")));
    box->findChild<QPushButton *>(QStringLiteral("confirmUseForInjection"))->click();
    QTRY_COMPARE(TemplateStore(*m_store).injectionTemplate(), QStringLiteral("match"));
    {
        auto audit = m_store->exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'settings-change' AND "
                                                  "parameters LIKE '%sync/templateName%'"));
        QVERIFY(audit && audit->next());
        QCOMPARE(audit->value(0).toInt(), 1);
    } // an open read would keep this connection on an old snapshot
    // A test injection now sends what the editor shows.
    QVERIFY(m_page->pickTicket(QStringLiteral("T00003")));
    QTRY_VERIFY(m_page->previewText().contains(QStringLiteral("Via the match template")));
    QSignalSpy done(m_page.get(), &TemplatePage::testInjectionFinished);
    m_page->testInjectionButton()->click();
    QMessageBox *send = waitForBox(QStringLiteral("testInjectionConfirmation"));
    send->findChild<QPushButton *>(QStringLiteral("confirmTestInjection"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 60000);
    QVERIFY2(m_page->testInjectionResult()->text().startsWith(QStringLiteral("OK")),
        qPrintable(m_page->testInjectionResult()->text()));
    const auto result = done.first().first().value<sync::RunResult>();
    QCOMPARE(result.succeeded, 1);
    auto injected = lastInjected(*m_store, QStringLiteral("T00003"));
    QVERIFY2(injected, qPrintable(injected ? QString() : injected.error().message));
    QVERIFY(injected->has_value());
    QVERIFY2((*injected)->payload.contains("Via the match template"), (*injected)->payload.constData());
}

void TestTemplateEditor::testInjectionReachesSimAndPrints_INJ11()
{
    QCOMPARE(m_sim.get(m_sim.api(QStringLiteral("/T00002"))).status, 404);
    QVERIFY(m_page->pickTicket(QStringLiteral("T00002")));
    QTRY_VERIFY(m_page->previewText().contains(QStringLiteral("T00002")));
    QVERIFY(m_page->testInjectionButton()->isEnabled());
    QSignalSpy done(m_page.get(), &TemplatePage::testInjectionFinished);
    m_page->testInjectionButton()->click();
    QMessageBox *box = waitForBox(QStringLiteral("testInjectionConfirmation"));
    QVERIFY(box->text().contains(QStringLiteral("T00002")));
    // Cancel first: nothing is sent.
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(m_page->testInjectionResult()->text().contains(QStringLiteral("nothing was sent")));
    QCOMPARE(done.size(), 0);
    m_page->testInjectionButton()->click();
    box = waitForBox(QStringLiteral("testInjectionConfirmation"));
    box->findChild<QPushButton *>(QStringLiteral("confirmTestInjection"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 60000);
    const auto result = done.first().first().value<sync::RunResult>();
    QCOMPARE(result.selected, 1);
    QCOMPARE(result.succeeded, 1);
    QVERIFY2(m_page->testInjectionResult()->text().startsWith(QStringLiteral("OK")),
        qPrintable(m_page->testInjectionResult()->text()));
    // Only that ticket went: it is in the simulator, the others are not.
    QCOMPARE(m_sim.get(m_sim.api(QStringLiteral("/T00002"))).status, 200);
    QCOMPARE(m_sim.get(m_sim.api(QStringLiteral("/T00001"))).status, 404);
    QCOMPARE(m_sim.get(m_sim.api(QStringLiteral("/T00003"))).status, 404);
    // rule INJ-11: PRINTED locally; the run is in the history with its ledger row.
    QCOMPARE(m_store->ticket(QStringLiteral("T00002"))->s360Status, S360Status::Printed);
    QCOMPARE(m_store->ticket(QStringLiteral("T00001"))->s360Status, S360Status::NotPrinted);
    auto runs = sync::runs::recent(*m_store, 5, sync::SyncFunction::Inject);
    QVERIFY(runs);
    QCOMPARE(runs->size(), 1);
    QCOMPARE(runs->first().succeeded, 1);
    // The ledger kept the JSON sent; the audit log has the run.
    auto injected = lastInjected(*m_store, QStringLiteral("T00002"));
    QVERIFY(injected && injected->has_value());
    QCOMPARE((*injected)->runId, runs->first().id);
    QVERIFY((*injected)->payload.contains("\"ticketId\":\"T00002\""));
    auto audit = m_store->exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'run'"));
    QVERIFY(audit && audit->next());
    QCOMPARE(audit->value(0).toInt(), 1);
    // Versus last injected: a re-injection would send exactly the same payload.
    m_page->setPreviewMode(TemplatePage::PreviewMode::LastInjected);
    QTRY_VERIFY2(m_page->previewState().contains(QStringLiteral("exactly the same payload")),
        qPrintable(m_page->previewState()));
    QCOMPARE(
        m_page->previewLineMark(m_page->previewLineOf(QStringLiteral("\"ticketId\""))), TemplatePage::LineMark::None);
    // A template change shows as what a re-injection would change.
    m_page->setTemplate(
        Template(QStringLiteral("t"), {TemplateField(QStringLiteral("event.name"), QStringLiteral("Renamed"))}));
    QTRY_VERIFY(m_page->previewText().contains(QStringLiteral("Renamed")));
    const int renamed = m_page->previewLineOf(QStringLiteral("Renamed"));
    QCOMPARE(m_page->previewLineMark(renamed), TemplatePage::LineMark::Added);
    // The event name as sent then is shown just before, as what the re-injection replaces.
    const QStringList lines = m_page->previewText().split(QLatin1Char('\n'));
    QVERIFY(renamed > 0);
    QVERIFY2(lines[renamed - 1].contains(QStringLiteral("\"name\"")), qPrintable(m_page->previewText()));
    QCOMPARE(m_page->previewLineMark(renamed - 1), TemplatePage::LineMark::Removed);
    QVERIFY(m_page->previewState().contains(QStringLiteral("red lines as sent then")));
    // The editor's rows are not the injection template now: the confirmation says so.
    m_page->testInjectionButton()->click();
    box = waitForBox(QStringLiteral("testInjectionConfirmation"));
    QVERIFY2(box->informativeText().contains(QStringLiteral("not with the rows in the editor")),
        qPrintable(box->informativeText()));
    box->button(QMessageBox::Cancel)->click();
    QCOMPARE(done.size(), 1);
}

void TestTemplateEditor::testInjectionAsksFirstOnProduction()
{
    secrets::ConnectionProfile production;
    production.name = QStringLiteral("Production");
    production.url = m_sim.url.toString();
    production.production = true;
    m_page->setConnectionProfile(production);
    QVERIFY(m_page->pickTicket(QStringLiteral("T00001")));
    QSignalSpy done(m_page.get(), &TemplatePage::testInjectionFinished);
    m_page->testInjectionButton()->click();
    ProductionConfirmation *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<ProductionConfirmation *>()) && dialog->isVisible());
    QVERIFY(dialog->message().contains(QStringLiteral("PRODUCTION")));
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QCOMPARE(m_sim.get(m_sim.api(QStringLiteral("/T00001"))).status, 404); // nothing sent yet
    QTest::keyClicks(dialog->confirmationField(), QStringLiteral("1"));
    QVERIFY(dialog->confirmButton()->isEnabled());
    dialog->confirmButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 60000);
    QCOMPARE(done.first().first().value<sync::RunResult>().succeeded, 1);
    QCOMPARE(m_sim.get(m_sim.api(QStringLiteral("/T00001"))).status, 200);
}

void TestTemplateEditor::testInjectionShowsTixngoError_RUN1()
{
    // The simulator refuses every ticket: the page shows TIXNGO's code and message for it.
    QCOMPARE(m_sim
                 .post(m_sim.sim(QStringLiteral("/_sim/faults")),
                     QJsonObject{{QStringLiteral("ticket-error-rate"), 1.0}, {QStringLiteral("latency-ms"), 0}})
                 .status,
        200);
    QVERIFY(m_page->pickTicket(QStringLiteral("T00003")));
    QSignalSpy done(m_page.get(), &TemplatePage::testInjectionFinished);
    m_page->testInjectionButton()->click();
    waitForBox(QStringLiteral("testInjectionConfirmation"))
        ->findChild<QPushButton *>(QStringLiteral("confirmTestInjection"))
        ->click();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 60000);
    const auto result = done.first().first().value<sync::RunResult>();
    QCOMPARE(result.succeeded, 0);
    QVERIFY(!result.failures.isEmpty());
    const QString text = m_page->testInjectionResult()->text();
    QVERIFY2(text.startsWith(QStringLiteral("TIXNGO did not take ticket T00003")), qPrintable(text));
    QVERIFY2(text.contains(result.failures.first().code) && text.contains(result.failures.first().message),
        qPrintable(text));
    QCOMPARE(m_store->ticket(QStringLiteral("T00003"))->s360Status, S360Status::NotPrinted);
    QCOMPARE(
        m_sim.post(m_sim.sim(QStringLiteral("/_sim/faults")), QJsonObject{{QStringLiteral("ticket-error-rate"), 0.0}})
            .status,
        200);
}

void TestTemplateEditor::screenshots()
{
    const QString dir = qEnvironmentVariable("TIXSYNC_SCREENSHOT_DIR");
    Event e = makeEvent(QStringLiteral("E1"));
    e.hostTeam = QStringLiteral("FC Basel");
    e.opposingTeam = QStringLiteral("BSC Young Boys");
    QVERIFY(m_store->upsertEvent(e));
    m_page->setTemplate(Template::defaultTemplate());
    QVERIFY(m_page->saveVersion(QStringLiteral("Imported from the S-360 export")) > 0);
    m_page->model()->setData(m_page->model()->index(0, TemplateFieldModel::ValueColumn),
        QStringLiteral("${Performance_hostTeam} v ${Performance_opposingTeam}"));
    QVERIFY(m_page->saveVersion(QStringLiteral("Shorter match names")) > 0);
    m_page->ticketSearch()->setText(QStringLiteral("T00002 · Zoe Quartermaine"));
    QVERIFY(m_page->pickTicket(QStringLiteral("T00002")));
    m_page->setPreviewMode(TemplatePage::PreviewMode::WithoutTemplate);
    QTRY_VERIFY(m_page->previewText().contains(QStringLiteral("T00002")));
    QTRY_VERIFY(m_page->previewLineOf(QStringLiteral("FC Basel - Young Boys E1")) >= 0);
    m_page->bottomTabs()->setCurrentIndex(1);
    if (auto *split = qobject_cast<QSplitter *>(m_page->bottomTabs()->parentWidget()))
        split->setSizes({460, 330});
    m_page->versionList()->topLevelItem(0)->setSelected(true);
    m_page->versionList()->topLevelItem(1)->setSelected(true);
    m_page->compareButton()->click();
    QTest::qWait(100);
    if (!dir.isEmpty())
        QVERIFY(m_page->grab().save(dir + QStringLiteral("/template-diff.png")));
}

QTEST_MAIN(TestTemplateEditor)
#include "tst_templateeditor.moc"
