// The Sync page against tixngo-sim through the real engine and client: Run now with progress and
// the new statuses in the ticket table, per-ticket errors grouped by class and Retry failed, the
// impact guard, the support bundle's redaction, and `tixsync --demo` leaving no simulator behind.
#include "../sim/simprocess.h"
#include "../sync/synctestutil.h"
#include "audit/auditlog.h"
#include "core/store.h"
#include "demomode.h"
#include "import/demodata.h"
#include "items/tickettablemodel.h"
#include "mainwindow.h"
#include "recon/reconciler.h"
#include "sync/syncengine.h"
#include "syncfunctioncard.h"
#include "syncpage.h"
#include "syncparametersdialog.h"
#include "syncrunview.h"
#include "syncticketactions.h"
#include "synctransport.h"
#include "synczipwriter.h"
#include "ticketspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>
#include <csignal>

using namespace tixsync;
using namespace tixsync::sync;
using namespace tixsync::test;

class TestSyncPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void runNowShowsProgressAndNewStatuses_INJ11_RUN1();
    void ticketErrorsGroupedByClassThenRetry_RUN1_RUN4();
    void impactGuardAboveThresholdOnly();
    void customParametersValidatedAsTyped_RUN11();
    void feedbackKeyResetUploadFileAndPosCode_FB7_INJ11();
    void dueRunStartedAndMissedRunsAlert_RUN8();
    void failedScheduledRunNotifiesTheDesktop_RUN8();
    void ticketActionsChangeTheTable();
    void supportBundleHasNoKeyNorEmail_RUN9();
    void zipWriterMatchesUnzip();
    void demoModeStartsAndLeavesNoSimulator();
    void demoSimulatorKnowsTheDemoTickets_PC10_CT4_REC1_REC3_REC7();
    void screenshots();

private:
    void addTickets(int n, int from = 1);
    void setFaults(double ticketErrorRate, int latencyMs = 0);
    RunResult runAndWait(SyncPage &page, SyncFunction f);

    ::SimProcess m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    SyncPage *m_page = nullptr;
    int m_counter = 0;
};

void TestSyncPage::initTestCase()
{
    QVERIFY2(m_sim.start(), qPrintable(m_sim.lastError));
}

void TestSyncPage::init()
{
    QCOMPARE(m_sim.call("POST", m_sim.sim(QStringLiteral("/_sim/reset")), "{}").status, 200);
    setFaults(0);
    auto s = Store::open(m_dir.filePath(QStringLiteral("ui%1.sqlite").arg(++m_counter)));
    QVERIFY(s);
    m_store = std::move(*s);
    QVERIFY(m_store->upsertEvent(makeEvent(QStringLiteral("E1"))));
    QVERIFY(m_store->setSetting(QStringLiteral("tixngo/url"), m_sim.url.toString()));
    m_window = std::make_unique<MainWindow>(m_store.get());
    m_page = new SyncPage(m_store.get());
    m_page->setTransportFactory(staticKeyTransportFactory(m_sim.url.toString(), QLatin1String(::SimProcess::kKey)));
    m_page->setSecrets({QLatin1String(::SimProcess::kKey)});
    m_page->setImpactThreshold(100000);
    m_window->addPage(m_page, QStringLiteral("Sync"), QIcon(QStringLiteral(":/icons/sync.svg")));
    connect(m_page, &SyncPage::ticketsChanged, m_window.get(), &MainWindow::reloadData);
    m_window->pages()->setCurrentWidget(m_page);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSyncPage::cleanup()
{
    m_window.reset();
    m_store.reset();
}

void TestSyncPage::addTickets(int n, int from)
{
    QVERIFY(m_store->transaction([&]() -> Status {
        for (int i = from; i < from + n; ++i) {
            Ticket t = makeTicket(QStringLiteral("T%1").arg(i, 5, 10, QLatin1Char('0')), QStringLiteral("E1"));
            t.contact.email = QStringLiteral("anna.muster%1@example.ch").arg(i);
            t.holder.email = t.contact.email;
            if (auto ok = m_store->upsertTicket(t); !ok)
                return ok;
        }
        return {};
    }));
    m_window->reloadData();
}

void TestSyncPage::setFaults(double ticketErrorRate, int latencyMs)
{
    const auto r = m_sim.post(m_sim.sim(QStringLiteral("/_sim/faults")),
        QJsonObject{{QStringLiteral("ticket-error-rate"), ticketErrorRate}, {QStringLiteral("latency-ms"), latencyMs}});
    QCOMPARE(r.status, 200);
}

RunResult TestSyncPage::runAndWait(SyncPage &page, SyncFunction f)
{
    QSignalSpy finished(&page, &SyncPage::runFinished);
    page.card(f)->runButton()->click();
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000); }();
    return finished.isEmpty() ? RunResult{} : finished.first().first().value<RunResult>();
}

void TestSyncPage::runNowShowsProgressAndNewStatuses_INJ11_RUN1()
{
    addTickets(300);
    SyncFunctionSettings s = m_page->loadSettings(SyncFunction::Inject);
    s.customParameters = QStringLiteral("ticketIterationSize=30\n"); // ten calls, each delayed: progress shows
    QVERIFY(m_page->saveSettings(s));
    setFaults(0, 150);
    QSignalSpy finished(m_page, &SyncPage::runFinished);
    SyncFunctionCard *card = m_page->card(SyncFunction::Inject);
    card->runButton()->click();
    QVERIFY(card->progressBar()->isVisible());
    QVERIFY(!card->runButton()->isEnabled());
    QVERIFY(card->cancelButton()->isVisible());
    // Counts of the sending phase appear while the run goes, and the GUI keeps answering.
    QTRY_VERIFY_WITH_TIMEOUT(card->progressLabel()->text().contains(QStringLiteral("of 300")), 30000);
    QVERIFY(finished.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const RunResult r = finished.first().first().value<RunResult>();
    QCOMPARE(r.outcome, RunOutcome::Ok);
    QCOMPARE(r.succeeded, 300);
    QVERIFY(!card->progressBar()->isVisible());
    QCOMPARE(card->badge()->text(), QStringLiteral("OK"));
    // The history lists the run; the ticket table shows the new statuses on both sides.
    QVERIFY(m_page->historyModel()->rowCount() >= 1);
    TicketTableModel *model = m_window->ticketsPage()->ticketModel();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowOfTicket(QStringLiteral("T00042")) >= 0, 10000);
    const int row = model->rowOfTicket(QStringLiteral("T00042"));
    QTRY_COMPARE(
        model->data(model->index(row, TicketTableModel::S360StatusColumn)).toString(), QStringLiteral("PRINTED"));
    QCOMPARE(
        model
            ->data(model->index(model->rowOfTicket(QStringLiteral("T00042")), TicketTableModel::TixngoStatusColumn),
                TicketTableModel::StatusCodeRole)
            .toString(),
        QStringLiteral("INJECTED"));
}

void TestSyncPage::ticketErrorsGroupedByClassThenRetry_RUN1_RUN4()
{
    addTickets(40);
    setFaults(0.3);
    const RunResult r = runAndWait(*m_page, SyncFunction::Inject);
    QCOMPARE(r.outcome, RunOutcome::Warning);
    QVERIFY(r.failed > 0 && r.failed < 40);
    QTRY_VERIFY(!m_page->runView()->isLoading());
    QCOMPARE(m_page->runView()->run().id, r.runId);
    // The banner says so; errors are grouped by class with the recommended action.
    QVERIFY(m_page->banner()->isVisible());
    QTreeWidget *groups = m_page->runView()->errorGroups();
    QTreeWidgetItem *external = nullptr;
    for (int i = 0; i < groups->topLevelItemCount(); ++i)
        if (groups->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("external"))
            external = groups->topLevelItem(i);
    QVERIFY(external);
    QCOMPARE(external->childCount(), r.failed + 1); // the recommended action, then each ticket
    QVERIFY(external->child(0)->text(0).contains(QStringLiteral("Retry failed")));
    QCOMPARE(external->child(1)->text(1), QStringLiteral("INTERNAL_ERROR"));
    QCOMPARE(m_page->runView()->failedTicketIds().size(), r.failed);
    QVERIFY(runs::openErrors(*m_store, SyncFunction::Inject)->size() == r.failed);

    // The filter shows only the errors.
    m_page->runView()->resultFilter()->setCurrentIndex(2);
    QCOMPARE(m_page->runView()->ledgerProxy()->rowCount(), r.failed);

    // Fault off: Retry failed sends exactly the failed tickets, and they sync.
    setFaults(0);
    QSignalSpy finished(m_page, &SyncPage::runFinished);
    QVERIFY(m_page->runView()->retryButton()->isEnabled());
    m_page->runView()->retryButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const RunResult retry = finished.first().first().value<RunResult>();
    QCOMPARE(retry.outcome, RunOutcome::Ok);
    QCOMPARE(retry.succeeded, r.failed);
    QCOMPARE(runs::openErrors(*m_store, SyncFunction::Inject)->size(), 0);
    QCOMPARE(m_page->card(SyncFunction::Inject)->badge()->text(), QStringLiteral("OK"));
}

void TestSyncPage::impactGuardAboveThresholdOnly()
{
    addTickets(20);
    QSignalSpy started(m_page, &SyncPage::runStarted);
    QSignalSpy finished(m_page, &SyncPage::runFinished);
    // Above the threshold: the dry run counts 20 tickets, a confirmation names them; Cancel sends nothing.
    m_page->setImpactThreshold(10);
    m_page->card(SyncFunction::Inject)->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->impactGuard() && m_page->impactGuard()->isVisible(), 20000);
    QVERIFY(m_page->impactGuard()->text().contains(QStringLiteral("20 ticket")));
    QVERIFY(m_page->impactGuard()->text().contains(QStringLiteral("phones")));
    m_page->impactGuard()->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_page->impactGuard());
    QCOMPARE(started.size(), 1); // only the count
    QVERIFY(!m_page->isBusy(SyncFunction::Inject));
    // The count is no run: the history gains no row (no "(dry run)" line), the card shows the backlog.
    m_page->reload();
    QCOMPARE(m_page->historyModel()->rowCount(), 0);
    QVERIFY(runs::recent(*m_store, 10)->isEmpty());
    QVERIFY(m_page->card(SyncFunction::Inject)
                ->findChild<QLabel *>(QStringLiteral("timeline"))
                ->text()
                .contains(QStringLiteral("backlog 20 ticket")));
    {
        auto q = m_store->exec(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE s360_status = 'PRINTED'"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 0);
    }
    // Confirming runs it.
    m_page->card(SyncFunction::Inject)->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->impactGuard() && m_page->impactGuard()->isVisible(), 20000);
    m_page->impactGuard()->findChild<QPushButton *>(QStringLiteral("confirmRun"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(finished.first().first().value<RunResult>().succeeded, 20);
    QCOMPARE(runs::recent(*m_store, 10)->size(), 1); // the run, and only it
    QCOMPARE(m_page->historyModel()->rowCount(), 1);

    // Below the threshold: no confirmation, the run goes.
    addTickets(5, 21); // 5 new NOT_PRINTED tickets
    m_page->setImpactThreshold(10);
    finished.clear();
    bool guardSeen = false;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&] { guardSeen = guardSeen || m_page->impactGuard(); });
    watch.start(5);
    m_page->card(SyncFunction::Inject)->runButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(!guardSeen);
    QCOMPARE(finished.first().first().value<RunResult>().succeeded, 5);

    // On a production profile every run that changes tickets asks first, naming the count and
    // the environment, even below the threshold.
    addTickets(3, 26);
    m_page->setProductionProfile(QStringLiteral("Production"));
    m_page->card(SyncFunction::Inject)->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->impactGuard() && m_page->impactGuard()->isVisible(), 20000);
    QVERIFY(m_page->impactGuard()->text().contains(QStringLiteral("3 ticket")));
    QVERIFY(m_page->impactGuard()->informativeText().contains(QStringLiteral("\"Production\"")));
    m_page->impactGuard()->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_page->impactGuard());
    m_page->setProductionProfile({});
}

void TestSyncPage::customParametersValidatedAsTyped_RUN11()
{
    SyncParametersDialog d(m_page->loadSettings(SyncFunction::PushCancelled));
    d.customParametersEdit()->setPlainText(QStringLiteral("stickToTheHour=true\nkillRatio=lots\n"));
    QVERIFY(d.customParametersStatus()->text().contains(QStringLiteral("2")));
    QVERIFY(!d.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    d.customParametersEdit()->setPlainText(QStringLiteral("killRatio=0.5\nnoSuchKey=1\n"));
    QVERIFY(d.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(d.customParametersStatus()->text().contains(QStringLiteral("noSuchKey")));
    // Date from on an automatic schedule warns loudly.
    d.show();
    d.findChild<QCheckBox *>(QStringLiteral("dateFromEnabled"))->setChecked(true);
    QVERIFY(d.dateFromWarning()->isHidden());
    d.findChild<QRadioButton *>(QStringLiteral("automatic"))->setChecked(true);
    QVERIFY(d.dateFromWarning()->isVisible());
}

void TestSyncPage::feedbackKeyResetUploadFileAndPosCode_FB7_INJ11()
{
    addTickets(3);
    QCOMPARE(runAndWait(*m_page, SyncFunction::Inject).succeeded, 3);
    QCOMPARE(runAndWait(*m_page, SyncFunction::Feedback).outcome, RunOutcome::Ok);
    const QString key = runs::feedbackKey(*m_store, m_page->organizer());
    QVERIFY(!key.isEmpty());

    // Feedback: the pagination key, read-only, with Reset behind a confirmation.
    m_page->editParameters(SyncFunction::Feedback);
    QPointer<SyncParametersDialog> d = m_page->findChild<SyncParametersDialog *>();
    QVERIFY(d);
    QVERIFY(d->paginationKeyEdit()->isReadOnly());
    QCOMPARE(d->paginationKeyEdit()->text(), key);
    QVERIFY(!d->posCodeEdit()); // injection only
    d->resetKeyButton()->click();
    QTRY_VERIFY(d->resetKeyConfirmation() && d->resetKeyConfirmation()->isVisible());
    QVERIFY(d->resetKeyConfirmation()->text().contains(QStringLiteral("whole diff feed")));
    d->resetKeyConfirmation()->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!d->resetKeyConfirmation());
    QCOMPARE(runs::feedbackKey(*m_store, m_page->organizer()), key); // cancelled: kept
    d->resetKeyButton()->click();
    QTRY_VERIFY(d->resetKeyConfirmation() && d->resetKeyConfirmation()->isVisible());
    d->resetKeyConfirmation()->findChild<QPushButton *>(QStringLiteral("confirmReset"))->click();
    QTRY_VERIFY(runs::feedbackKey(*m_store, m_page->organizer()).isEmpty());
    QVERIFY(d->paginationKeyEdit()->text().isEmpty());
    QVERIFY(!d->resetKeyButton()->isEnabled());
    // Recorded in the audit log like other settings changes.
    const auto audit = audit::AuditLog::query(*m_store);
    QVERIFY(audit && !audit->isEmpty());
    QCOMPARE(audit->first().action, audit::AuditLog::actionSettingsChange());
    QVERIFY(audit->first().detail.contains(QStringLiteral("pagination key reset")));

    // FB-7: the upload file must be a readable file; it is saved with the options.
    d->show();
    d->uploadFileEdit()->setText(m_dir.filePath(QStringLiteral("missing.json")));
    QVERIFY(!d->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(d->uploadFileStatus()->isVisible());
    QVERIFY(d->uploadFileStatus()->text().contains(QStringLiteral("not a readable file")));
    const QString upload = m_dir.filePath(QStringLiteral("diff.json"));
    {
        QFile f(upload);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"tickets\":[],\"nextPageKey\":null}");
    }
    d->uploadFileEdit()->setText(upload);
    QVERIFY(d->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(d->uploadFileStatus()->text().contains(QStringLiteral("instead of reading TIXNGO")));
    d->buttons()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!d);
    QCOMPARE(m_page->loadSettings(SyncFunction::Feedback).options.uploadFile, upload);
    {
        // Push cancelled has the file chooser too; push controlled has none.
        SyncParametersDialog pc(m_page->loadSettings(SyncFunction::PushCancelled));
        QVERIFY(pc.uploadFileEdit());
        QVERIFY(!pc.paginationKeyEdit());
        SyncParametersDialog ct(m_page->loadSettings(SyncFunction::PushControlled));
        QVERIFY(!ct.uploadFileEdit());
    }

    // INJ-11: the point of sale "salesChannelCode;posCode", checked as it is typed.
    SyncParametersDialog inj(m_page->loadSettings(SyncFunction::Inject));
    inj.show();
    QVERIFY(!inj.uploadFileEdit());
    QVERIFY(inj.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    for (const char *bad : {"INTERNET", "INTERNET;", ";POS01", "INTERNET;POS01;X", "INTERNET; POS01"}) {
        inj.posCodeEdit()->setText(QLatin1String(bad));
        QVERIFY2(!inj.buttons()->button(QDialogButtonBox::Ok)->isEnabled(), bad);
        QVERIFY(inj.posCodeStatus()->isVisible());
        QVERIFY(inj.posCodeStatus()->text().contains(QStringLiteral("salesChannelCode;posCode")));
    }
    inj.posCodeEdit()->setText(QStringLiteral("INTERNET;POS01"));
    QVERIFY(inj.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(!inj.posCodeStatus()->isVisible());
    QVERIFY(m_page->saveSettings(inj.settings()));
    QCOMPARE(m_page->loadSettings(SyncFunction::Inject).options.posCode, QStringLiteral("INTERNET;POS01"));
}

void TestSyncPage::dueRunStartedAndMissedRunsAlert_RUN8()
{
    addTickets(7);
    // An automatic injection every 5 min since an hour ago that never ran: missed, and due now.
    SyncFunctionSettings s = m_page->loadSettings(SyncFunction::Inject);
    s.schedule.automatic = true;
    s.schedule.frequencyMinutes = 5;
    s.schedule.start = QDateTime::currentDateTime().addSecs(-3600);
    s.customParameters = QStringLiteral("stickToTheHour=false\n");
    QVERIFY(m_page->saveSettings(s));
    QSignalSpy finished(m_page, &SyncPage::runFinished);
    m_page->checkSchedules();
    QVERIFY(m_page->banner()->isVisible());
    QVERIFY(m_page->bannerLabel()->text().contains(QStringLiteral("Missed runs")));
    QVERIFY(m_page->card(SyncFunction::Inject)->alertLabel()->isVisible());
    QVERIFY(m_page->isBusy(SyncFunction::Inject)); // the due run started without a click
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.first().first().value<RunResult>().succeeded, 7);
    // It ran: no longer missed, and nothing is due until the next period.
    m_page->checkSchedules();
    QVERIFY(!m_page->card(SyncFunction::Inject)->alertLabel()->isVisible());
    QVERIFY(!m_page->isBusy(SyncFunction::Inject));
    QVERIFY(m_page->card(SyncFunction::Inject)
                ->findChild<QLabel *>(QStringLiteral("nextRun"))
                ->text()
                .contains(QStringLiteral("Next run")));
}

void TestSyncPage::failedScheduledRunNotifiesTheDesktop_RUN8()
{
    addTickets(4);
    QStringList notified;
    m_page->setDesktopNotifier(
        [&](const QString &title, const QString &text) { notified << title + QStringLiteral(" | ") + text; });
    // A wrong key: every run ends in Error at its first call.
    m_page->setTransportFactory(staticKeyTransportFactory(m_sim.url.toString(), QStringLiteral("wrong-key")));
    SyncFunctionSettings s = m_page->loadSettings(SyncFunction::Inject);
    s.schedule.automatic = true;
    s.schedule.frequencyMinutes = 5;
    s.schedule.start = QDateTime::currentDateTime().addSecs(-600);
    s.customParameters = QStringLiteral("stickToTheHour=false\n");
    QVERIFY(m_page->saveSettings(s));
    QSignalSpy finished(m_page, &SyncPage::runFinished);
    m_page->checkSchedules();
    QVERIFY(m_page->isBusy(SyncFunction::Inject)); // the due run started by itself
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.first().first().value<RunResult>().outcome, RunOutcome::Error);
    // The desktop notification names the function; the banner says the same.
    QCOMPARE(notified.size(), 1);
    QVERIFY2(notified.first().contains(displayName(SyncFunction::Inject)), qPrintable(notified.first()));
    QVERIFY(m_page->banner()->isVisible());
    QVERIFY(m_page->bannerLabel()->text().contains(displayName(SyncFunction::Inject)));
    QVERIFY(m_page->bannerLabel()->text().contains(QStringLiteral("scheduled")));

    // The same failure run by hand: banner, but no desktop notification.
    m_page->hideBanner();
    finished.clear();
    m_page->card(SyncFunction::Inject)->runButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.first().first().value<RunResult>().outcome, RunOutcome::Error);
    QVERIFY(m_page->banner()->isVisible());
    QCOMPARE(notified.size(), 1);
}

void TestSyncPage::ticketActionsChangeTheTable()
{
    addTickets(3);
    SyncTicketActions actions(m_window->ticketsPage(), m_store.get());
    TicketTableModel *model = m_window->ticketsPage()->ticketModel();
    QTRY_VERIFY(!model->isLoading() && model->rowOfTicket(QStringLiteral("T00002")) >= 0);
    auto status = [&](const QString &id) {
        return model
            ->data(model->index(model->rowOfTicket(id), TicketTableModel::S360StatusColumn),
                TicketTableModel::StatusCodeRole)
            .toString();
    };
    QVERIFY(actions.invalidateTicket(QStringLiteral("T00002"), QStringLiteral("RESALE")));
    QTRY_COMPARE(status(QStringLiteral("T00002")), QStringLiteral("INVALIDATED"));
    QVERIFY(actions.cancelTicket(QStringLiteral("T00003")));
    QTRY_COMPARE(status(QStringLiteral("T00003")), QStringLiteral("CANCELLED"));
    // A ticket not printed yet cannot be controlled: refused, with the reason.
    QVERIFY(!actions.markControlled(QStringLiteral("T00001")));
    QVERIFY(!actions.lastError().isEmpty());
    QCOMPARE(status(QStringLiteral("T00001")), QStringLiteral("NOT_PRINTED"));
    QVERIFY(m_store->upsertTicket(makeTicket(QStringLiteral("T00001"), QStringLiteral("E1"), S360Status::Printed)));
    QVERIFY(actions.markControlled(QStringLiteral("T00001")));
    QTRY_COMPARE(status(QStringLiteral("T00001")), QStringLiteral("CONTROLLED"));
    // The menu offers the four actions.
    std::unique_ptr<QMenu> menu(actions.menuFor(QStringLiteral("T00001"), nullptr));
    QStringList names;
    for (QAction *a : menu->actions())
        if (!a->objectName().isEmpty())
            names << a->objectName();
    QCOMPARE(names,
        (QStringList{QStringLiteral("cancelTicket"), QStringLiteral("invalidateTicket"),
            QStringLiteral("markControlled"), QStringLiteral("reprintTicket")}));
}

void TestSyncPage::supportBundleHasNoKeyNorEmail_RUN9()
{
    addTickets(10);
    // Dumps on: the ledger keeps the JSON sent, with the e-mail addresses; a comment holds the key.
    QVERIFY(runs::setCustomParametersText(
        *m_store, SyncFunction::Inject, QStringLiteral("# key test-key-123\nmaxLengthDumpedCallsInKbs=512\n")));
    const RunResult r = runAndWait(*m_page, SyncFunction::Inject);
    QCOMPARE(r.outcome, RunOutcome::Ok);
    auto ledger = runs::ledger(*m_store, r.runId);
    QVERIFY(ledger && !ledger->isEmpty());
    QVERIFY2(ledger->first().payload.contains(QStringLiteral("@example.ch")), "the dump should hold the e-mail");
    const QString path = m_dir.filePath(QStringLiteral("bundle.zip"));
    QVERIFY(m_page->writeSupportBundle(r.runId, path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray zip = f.readAll(); // stored entries: the raw bytes are the contents
    QVERIFY(zip.startsWith("PK\x03\x04"));
    QVERIFY(!zip.contains("test-key-123"));
    QVERIFY(!zip.contains("@example.ch"));
    QVERIFY(!zip.contains("Muster"));
    QVERIFY(zip.contains("ledger.csv") && zip.contains("errors.txt") && zip.contains("parameters.json")
        && zip.contains("about.txt"));
    QVERIFY(zip.contains("<redacted"));
    QVERIFY(zip.contains("T00001"));
    if (QFileInfo::exists(QStringLiteral("/usr/bin/unzip"))) {
        QProcess unzip;
        unzip.start(QStringLiteral("/usr/bin/unzip"), {QStringLiteral("-t"), path});
        QVERIFY(unzip.waitForFinished(10000));
        QCOMPARE(unzip.exitCode(), 0);
    }
}

void TestSyncPage::zipWriterMatchesUnzip()
{
    QCOMPARE(SyncZipWriter::crc32("123456789"), 0xcbf43926u);
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/unzip")))
        QSKIP("unzip is not installed");
    SyncZipWriter w;
    w.addFile(QStringLiteral("a/hello.txt"), "hello world\n");
    w.addFile(QStringLiteral("b/ümlaut.json"), "{\"x\":1}");
    const QString path = m_dir.filePath(QStringLiteral("t.zip"));
    QVERIFY(w.write(path));
    QProcess p;
    p.start(QStringLiteral("/usr/bin/unzip"), {QStringLiteral("-p"), path, QStringLiteral("a/hello.txt")});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.readAllStandardOutput(), QByteArray("hello world\n"));
}

void TestSyncPage::demoModeStartsAndLeavesNoSimulator()
{
    QTemporaryDir home;
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("TIXNGO_API_KEY"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(TIXSYNC_BIN_DIR "/tixsync"),
        {QStringLiteral("--demo"), QStringLiteral("--quit-after-ms"), QStringLiteral("4000")});
    QVERIFY(app.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(app.canReadLine(), 30000);
    const QString line = QString::fromUtf8(app.readLine()).trimmed();
    QVERIFY2(line.startsWith(QStringLiteral("Demo — simulated TIXNGO at http://127.0.0.1:")), qPrintable(line));
    const QRegularExpression pidRe(QStringLiteral("simulator pid (\\d+)\\)$"));
    const auto m = pidRe.match(line);
    QVERIFY(m.hasMatch());
    const qint64 pid = m.captured(1).toLongLong();
    QVERIFY(pid > 0);
    QCOMPARE(::kill(pid_t(pid), 0), 0); // the simulator runs
    // Its key, from its command line: it must never reach settings, the database or the output.
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    QVERIFY(cmdline.open(QIODevice::ReadOnly));
    const QList<QByteArray> args = cmdline.readAll().split('\0');
    const qsizetype k = args.indexOf("--api-key");
    QVERIFY(k >= 0 && k + 1 < args.size());
    const QByteArray key = args[k + 1];
    QVERIFY(key.size() >= 32);
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
    // Closed: no simulator left behind.
    QTRY_VERIFY_WITH_TIMEOUT(
        ::kill(pid_t(pid), 0) != 0 && !QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)), 5000);
    QVERIFY(!app.readAll().contains(key));
    QDirIterator it(home.path(), QDir::Files, QDirIterator::Subdirectories);
    QString demoDb;
    while (it.hasNext()) {
        const QString file = it.next();
        if (file.endsWith(QLatin1String("demo.sqlite")))
            demoDb = file;
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(key), qPrintable(file));
    }
    QVERIFY(!demoDb.isEmpty());
    // The demo data generated at the first start reached the simulator (the deliberate
    // discrepancies are chosen when the seed first sees tickets).
    auto db = Store::open(demoDb);
    QVERIFY(db);
    QVERIFY(!(*db)->setting(QStringLiteral("demo/discrepancies")).isEmpty());
}

// The demo's simulator starts with the tickets the demo data says are in TIXNGO: push cancelled,
// push controlled and feedback find every one (no NOT_FOUND), and afterwards the Reconciliation
// shows exactly the few deliberate discrepancies.
void TestSyncPage::demoSimulatorKnowsTheDemoTickets_PC10_CT4_REC1_REC3_REC7()
{
    auto opened = Store::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(opened);
    Store &store = **opened;
    const auto stats = generateDemoData(store, DemoDataOptions{}); // the size tixsync --demo uses
    QVERIFY2(stats, stats ? "" : qPrintable(stats.error().message));
    auto count = [&](const QString &sql) {
        auto q = store.exec(sql);
        return q && q->next() ? q->value(0).toInt() : -1;
    };
    const int inTixngo = count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE injected_at <> ''"));
    QVERIFY(inTixngo > 1000);

    DemoMode demo;
    QElapsedTimer timer;
    timer.start();
    // No spectator activity: the statuses stay where the seed put them.
    auto started = demo.start(store, 0, 100);
    QVERIFY2(started, started ? "" : qPrintable(started.error().message));
    qInfo("demo simulator started and seeded with %d tickets in %lld ms", inTixngo, timer.elapsed());
    const QHash<QString, QString> deliberate = demo.deliberateDiscrepancies();
    QCOMPARE(deliberate.size(), 5);
    QCOMPARE(store.setting(QStringLiteral("recon.shipmentModes")), QStringLiteral("TIXNGO_WALLET"));

    SyncPage page(&store);
    page.setTransportFactory(staticKeyTransportFactory(demo.url().toString(), demo.apiKey()));
    page.setImpactThreshold(1000000);
    auto notFound = [](const RunResult &r) {
        QStringList ids;
        for (const TicketFailure &f : r.failures)
            if (f.code == QLatin1String("NOT_FOUND"))
                ids << f.ticketId;
        return ids.join(QLatin1Char(' '));
    };
    for (SyncFunction f : {SyncFunction::PushCancelled, SyncFunction::PushControlled, SyncFunction::Feedback}) {
        const RunResult r = runAndWait(page, f);
        QVERIFY2(notFound(r).isEmpty(), qPrintable(toCode(f) + QStringLiteral(": NOT_FOUND for ") + notFound(r)));
        QCOMPARE(r.failed, 0);
        QCOMPARE(r.outcome, RunOutcome::Ok);
        QVERIFY2(r.succeeded > 0, qPrintable(toCode(f)));
        if (f == SyncFunction::Feedback)
            QVERIFY(r.succeeded >= inTixngo);
    }

    // The deliberate discrepancies, and nothing else.
    auto result = recon::Reconciler(recon::ReconOptions::fromSettings(store)).run(store);
    QVERIFY(result);
    QHash<QString, recon::Category> found;
    for (const recon::Discrepancy &d : (*result)->discrepancies)
        found.insert((*result)->ticketId(d), d.category);
    QStringList foundIds = found.keys();
    QStringList expectedIds = deliberate.keys();
    foundIds.sort();
    expectedIds.sort();
    QCOMPARE(foundIds, expectedIds);
    for (auto it = deliberate.cbegin(); it != deliberate.cend(); ++it) {
        const recon::Category expected = *it == QLatin1String("DELETED") ? recon::Category::DeletedInTixngoOnly
            : *it == QLatin1String("CONTROLLED")                         ? recon::Category::ControlledOnlyInTixngo
                                                                         : recon::Category::ShouldNotExist;
        QCOMPARE(found.value(it.key()), expected);
    }

    // Started again on the same database (a new, empty simulator): the same discrepancies, and
    // the pushes have nothing left to do.
    demo.stop();
    DemoMode again;
    QVERIFY(again.start(store, 0, 100));
    QCOMPARE(again.deliberateDiscrepancies(), deliberate);
    page.setTransportFactory(staticKeyTransportFactory(again.url().toString(), again.apiKey()));
    const RunResult feedback = runAndWait(page, SyncFunction::Feedback);
    QCOMPARE(feedback.failed, 0);
}

// Not a check: with TIXSYNC_SCREENSHOT_DIR set, writes docs/screenshot-sync-{idle,running,failures,parameters}.png.
void TestSyncPage::screenshots()
{
    const QString out = qEnvironmentVariable("TIXSYNC_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("set TIXSYNC_SCREENSHOT_DIR to write the screenshots");
    addTickets(2000);
    m_window->pages()->setCurrentWidget(m_page);
    // Some history first: an OK run of a part, then an automatic schedule on push controlled.
    SyncFunctionSettings s = m_page->loadSettings(SyncFunction::Inject);
    s.options.events = {QStringLiteral("E1")};
    s.options.batchSize = 5000;
    s.customParameters = QStringLiteral("ticketIterationSize=100\nmaxLengthDumpedCallsInKbs=1024\n");
    QVERIFY(m_page->saveSettings(s));
    SyncFunctionSettings pc = m_page->loadSettings(SyncFunction::PushControlled);
    pc.schedule.automatic = true;
    pc.schedule.frequencyMinutes = 5;
    QVERIFY(m_page->saveSettings(pc));
    qint64 firstRun = 0;
    {
        // A first OK injection of 300 tickets.
        SyncFunctionSettings first = s;
        first.options.batchSize = 300;
        QVERIFY(m_page->saveSettings(first));
        QSignalSpy done(m_page, &SyncPage::runFinished);
        m_page->card(SyncFunction::Inject)->runButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        firstRun = done.first().first().value<RunResult>().runId;
        QVERIFY(m_page->saveSettings(s));
    }
    {
        QSignalSpy finished(m_page, &SyncPage::runFinished);
        m_page->dryRun(SyncFunction::PushCancelled);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("dryRunResult"))
                w->close();
    }
    m_page->hideBanner();
    m_page->openRun(firstRun);
    QTest::qWait(300);
    QVERIFY(m_window->grab().save(out + QStringLiteral("/screenshot-sync-idle.png")));

    setFaults(0, 400);
    QSignalSpy finished(m_page, &SyncPage::runFinished);
    m_page->card(SyncFunction::Inject)->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->card(SyncFunction::Inject)->progressBar()->value() >= 500, 60000);
    QTest::qWait(700);
    QVERIFY(m_window->grab().save(out + QStringLiteral("/screenshot-sync-running.png")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);

    addTickets(60, 3001);
    setFaults(0.25, 0);
    finished.clear();
    m_page->card(SyncFunction::Inject)->runButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QTRY_VERIFY(!m_page->runView()->isLoading());
    QTest::qWait(300);
    QVERIFY(m_window->grab().save(out + QStringLiteral("/screenshot-sync-failures.png")));

    // The feedback parameters: the pagination key with Reset, the upload file chooser.
    setFaults(0, 0);
    QCOMPARE(runAndWait(*m_page, SyncFunction::Feedback).outcome, RunOutcome::Ok);
    m_page->editParameters(SyncFunction::Feedback);
    auto *d = m_page->findChild<SyncParametersDialog *>();
    QVERIFY(d);
    d->resize(640, 640);
    QTest::qWait(300);
    QVERIFY(d->grab().save(out + QStringLiteral("/screenshot-sync-parameters.png")));
    d->reject();
}

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
