// Reconciliation end to end against tixngo-sim over 127.0.0.1 (engine only, no GUI): each kind of
// mismatch is made for real — in the simulator (back-office deletion, transfer, an id S-360 does
// not have) or in S-360 (cancel, control, reset to NOT_PRINTED) — reconciled, fixed through the
// code the Reconciliation page uses (planFixes → fixRunOptions / TicketReadTransport → the sync
// engine, or the function's skip list; for a ticket deleted in TIXNGO only, the S-360 reprint and
// the injection of the new ticket), and reconciled again.
#include "../sync/synctestutil.h"
#include "audit/auditlog.h"
#include "core/store.h"
#include "recon/fixplan.h"
#include "recon/fixrun.h"
#include "recon/reconciler.h"
#include "recon/tixngoview.h"
#include "sync/runcontroller.h"
#include "sync/syncengine.h"
#include "sync/ticketactions.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tixsync;
using namespace tixsync::recon;
using tixsync::test::makeEvent;
using tixsync::test::makeTicket;
using tixsync::test::SimProcess;

class TestReconE2e : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void deletedInTixngoOnly_rec3();
    void deletedInTixngoOnlySeenOnlyInTixngosView_rec3();
    void liveAgainInTixngoIsNotReprinted_rec3();
    void deletedInTixngoOnlyCanStillBeSkipped_rec3();
    void cancelNotPushed_rec4();
    void controlNotPushed_rec6();
    void injectedThenResetToNotPrinted_rec1();
    void orphanInTixngo_rec9();
    void ownerChangedByTransfer_rec8();
    void refreshStoresATicketTixngoDoesNotHaveAsAbsent_rec2();

private:
    void addPrinted(const QStringList &ids); // NOT_PRINTED tickets injected through the engine
    sync::RunResult run(sync::RunOptions o, const QStringList &readIds = {});
    sync::RunResult feedback();
    std::shared_ptr<const ReconResult> reconcile(bool withTixngoView = false);
    std::optional<Category> categoryOf(const ReconResult &r, const QString &ticketId) const;
    /// Fixes every discrepancy of `category` as the page does; the runs' results.
    QList<sync::RunResult> fix(const ReconResult &r, Category category, std::optional<FixKind> fix = {});
    std::vector<TixngoTicketState> tixngoView();

    std::unique_ptr<SimProcess> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_organizer;
    int m_counter = 0;
    QStringList m_reprinted; // new ids made by fix() for "Reprint and inject"
};

void TestReconE2e::initTestCase()
{
    m_sim = std::make_unique<SimProcess>();
    QVERIFY2(m_sim->ok(), "tixngo-sim did not start");
    qputenv("TIXNGO_API_KEY", m_sim->key().toUtf8());
    m_organizer = sync::organizerFor(m_sim->url());
}

void TestReconE2e::init()
{
    m_sim->request("POST", QStringLiteral("/_sim/reset"));
    QVERIFY(m_sim->tickets().isEmpty());
    auto s = Store::open(m_dir.filePath(QStringLiteral("e2e%1.sqlite").arg(++m_counter)));
    QVERIFY(s);
    m_store = std::move(*s);
    QVERIFY(m_store->setSetting(QStringLiteral("tixngo/url"), m_sim->url()));
    QVERIFY(m_store->upsertEvent(makeEvent(QStringLiteral("E1"))));
}

void TestReconE2e::cleanup()
{
    m_store.reset();
}

void TestReconE2e::addPrinted(const QStringList &ids)
{
    for (const QString &id : ids)
        QVERIFY(m_store->upsertTicket(makeTicket(id, QStringLiteral("E1"))));
    sync::RunOptions o;
    o.function = sync::SyncFunction::Inject;
    const auto r = run(o);
    QCOMPARE(r.succeeded, int(ids.size()));
    const auto sim = m_sim->tickets();
    for (const QString &id : ids) {
        QCOMPARE(sim.value(id), QStringLiteral("INJECTED"));
        QCOMPARE(m_store->ticket(id)->s360Status, S360Status::Printed);
    }
}

sync::RunResult TestReconE2e::run(sync::RunOptions o, const QStringList &readIds)
{
    o.organizer = m_organizer;
    auto transport = sync::defaultTransport(*m_store, {});
    if (!transport) {
        qWarning() << transport.error().message;
        return {};
    }
    std::unique_ptr<sync::TixngoTransport> t = std::move(*transport);
    if (!readIds.isEmpty())
        t = std::make_unique<TicketReadTransport>(std::move(t), readIds);
    const sync::RunResult r = sync::runFunction(*m_store, t.get(), o);
    if (r.error)
        qWarning() << "run error:" << r.error->code << r.error->message;
    return r;
}

sync::RunResult TestReconE2e::feedback()
{
    sync::RunOptions o;
    o.function = sync::SyncFunction::Feedback;
    auto params = sync::CustomParameters::parse(sync::runs::customParametersText(*m_store, o.function));
    if (params)
        o.parameters = *params;
    return run(o);
}

std::vector<TixngoTicketState> TestReconE2e::tixngoView()
{
    // TIXNGO's whole view: its diff feed from the start (what the page's "Read TIXNGO's view" reads).
    auto transport = sync::defaultTransport(*m_store, {});
    if (!transport)
        return {};
    auto view = readTixngoView(**transport);
    if (!view) {
        qWarning() << view.error().message;
        return {};
    }
    return *view;
}

std::shared_ptr<const ReconResult> TestReconE2e::reconcile(bool withTixngoView)
{
    Reconciler reconciler(ReconOptions::fromSettings(*m_store));
    if (withTixngoView)
        reconciler.setTixngoTickets(tixngoView());
    auto r = reconciler.run(*m_store);
    if (!r) {
        qWarning() << r.error().message;
        return std::make_shared<ReconResult>();
    }
    return *r;
}

std::optional<Category> TestReconE2e::categoryOf(const ReconResult &r, const QString &ticketId) const
{
    for (const Discrepancy &d : r.discrepancies)
        if (r.ticketId(d) == ticketId)
            return d.category;
    return std::nullopt;
}

QList<sync::RunResult> TestReconE2e::fix(const ReconResult &r, Category category, std::optional<FixKind> fix)
{
    QList<qsizetype> selection;
    for (qsizetype i = 0; i < r.size(); ++i)
        if (r.at(i).category == category)
            selection << i;
    const FixPlan plan = planFixes(r, selection, fix);
    QList<sync::RunResult> results;
    for (const FixBatch &b : plan.batches) {
        if (b.fix == FixKind::SkipList) {
            sync::TicketList list;
            list.ticketIds = b.ticketIds;
            const Status ok = sync::runs::addToSkipList(*m_store, fixFunction(b.fix, category), list);
            if (!ok)
                qWarning() << ok.error().message;
            continue;
        }
        FixBatch batch = b;
        if (b.fix == FixKind::ReprintAndInject) {
            // As the page: read the tickets from TIXNGO, reprint in S-360 those still deleted
            // there, then inject the new tickets.
            FixBatch read;
            read.fix = FixKind::RefreshFromTixngo;
            read.ticketIds = b.ticketIds;
            auto readOptions = fixRunOptions(*m_store, read, m_organizer);
            if (!readOptions) {
                qWarning() << readOptions.error().message;
                continue;
            }
            results << run(*readOptions, refreshReadsTickets(read) ? read.ticketIds : QStringList());
            const ReprintOutcome reprinted = reprintForInjection(*m_store, b);
            for (const QString &f : reprinted.failures)
                qWarning() << f;
            m_reprinted += reprinted.injection.ticketIds;
            batch = reprinted.injection;
            if (batch.ticketIds.isEmpty())
                continue;
        }
        auto options = fixRunOptions(*m_store, batch, m_organizer);
        if (!options) {
            qWarning() << options.error().message;
            continue;
        }
        results << run(*options, refreshReadsTickets(batch) ? batch.ticketIds : QStringList());
    }
    return results;
}

void TestReconE2e::deletedInTixngoOnly_rec3()
{
    // rule REC-3: deleted in the TIXNGO back-office, S-360 still PRINTED.
    addPrinted({QStringLiteral("D1"), QStringLiteral("D2")});
    const Ticket oldD1 = *m_store->ticket(QStringLiteral("D1"));
    m_sim->forceStatus(QStringLiteral("D1"), QJsonObject{{QStringLiteral("status"), QStringLiteral("DELETED")}});
    QCOMPARE(m_sim->tickets().value(QStringLiteral("D1")), QStringLiteral("DELETED"));
    // Before feedback the local state does not know it; a refresh of that ticket finds it.
    QVERIFY(!categoryOf(*reconcile(), QStringLiteral("D1")));
    QCOMPARE(feedback().outcome, sync::RunOutcome::Ok);
    auto before = reconcile();
    QCOMPARE(categoryOf(*before, QStringLiteral("D1")), Category::DeletedInTixngoOnly);
    QCOMPARE(before->size(), 1);

    // Contract §1: TIXNGO keeps a deleted ticket id deleted, so re-injecting D1 fixes nothing;
    // REC-3 does not offer it. Its recommended fix reprints in S-360 and injects the new ticket.
    QCOMPARE(before->at(0).fix, FixKind::ReprintAndInject);
    QVERIFY(!fixesFor(Category::DeletedInTixngoOnly).contains(FixKind::Reinject));
    QCOMPARE(planFixes(*before, {0}, FixKind::Reinject).notApplicable.size(), 1);
    QVERIFY2(before->explanation(before->at(0)).contains(QLatin1String("new id and barcode")),
        qPrintable(before->explanation(before->at(0))));

    // Reprint and inject, for D1 only: D1 read from TIXNGO, then a forced-only injection of the new
    // ticket (D2 is not sent).
    m_reprinted.clear();
    const auto runs = fix(*before, Category::DeletedInTixngoOnly);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.first().function, sync::SyncFunction::Feedback);
    QCOMPARE(runs.first().selected, 1);
    QCOMPARE(runs.last().function, sync::SyncFunction::Inject);
    QCOMPARE(runs.last().selected, 1);
    QCOMPARE(runs.last().succeeded, 1);
    QCOMPARE(m_reprinted.size(), 1);
    const QString fresh = m_reprinted.first();
    QVERIFY(fresh != QLatin1String("D1"));
    QCOMPARE(sync::ticketactions::reprintOrigin(*m_store, fresh), QStringLiteral("D1"));
    auto ledger = sync::runs::ledger(*m_store, runs.last().runId);
    QVERIFY(ledger);
    QCOMPARE(ledger->size(), 1);
    QCOMPARE(ledger->first().ticketId, fresh);

    // The old ticket: INVALIDATED in S-360 (reason and who recorded), DELETED in TIXNGO — they agree.
    const Ticket d1 = *m_store->ticket(QStringLiteral("D1"));
    QCOMPARE(d1.s360Status, S360Status::Invalidated);
    QCOMPARE(d1.s360Reason, QStringLiteral("TIXNGO_DELETED"));
    QCOMPARE(d1.tixngoStatus, TixngoStatus::Deleted);
    QCOMPARE(m_sim->tickets().value(QStringLiteral("D1")), QStringLiteral("DELETED"));
    auto change = m_store->exec(QStringLiteral("SELECT status, reason, actor FROM s360_status_changes WHERE "
                                               "ticket_id = ? ORDER BY id DESC LIMIT 1"),
        {QStringLiteral("D1")});
    QVERIFY(change && change->next());
    QCOMPARE(change->value(0).toString(), QStringLiteral("INVALIDATED"));
    QCOMPARE(change->value(1).toString(), QStringLiteral("TIXNGO_DELETED"));
    QVERIFY(!change->value(2).toString().isEmpty());
    // The new ticket: PRINTED in S-360, live in TIXNGO, with its own barcode.
    const Ticket n = *m_store->ticket(fresh);
    QCOMPARE(n.s360Status, S360Status::Printed);
    QCOMPARE(n.tixngoStatus, TixngoStatus::Injected);
    QVERIFY(!n.barcode.isEmpty());
    QVERIFY(n.barcode != oldD1.barcode);
    QCOMPARE(m_sim->tickets().value(fresh), QStringLiteral("INJECTED"));
    QCOMPARE(m_sim->tickets().value(QStringLiteral("D2")), QStringLiteral("INJECTED"));
    // The reprint is in the audit log, the injection in the run history (runId above).
    audit::AuditFilter onlyTicketActions;
    onlyTicketActions.action = audit::AuditLog::actionTicketAction();
    auto audit = audit::AuditLog::query(*m_store, onlyTicketActions);
    QVERIFY(audit);
    bool reprintAudited = false;
    for (const auto &e : *audit)
        reprintAudited = reprintAudited
            || (e.parameters.value(QStringLiteral("action")).toString() == QLatin1String("reprint")
                && e.parameters.value(QStringLiteral("newTicketId")).toString() == fresh
                && e.parameters.value(QStringLiteral("reason")).toString() == QLatin1String("TIXNGO_DELETED"));
    QVERIFY(reprintAudited);

    // Clean: locally, after a feedback (REC-10), and against TIXNGO's own view.
    QCOMPARE(reconcile()->size(), 0);
    QCOMPARE(feedback().outcome, sync::RunOutcome::Ok);
    QCOMPARE(reconcile()->size(), 0);
    QCOMPARE(reconcile(true)->size(), 0);

    // The stale result asks again: D1 is no longer deleted in TIXNGO only, nothing is reprinted.
    FixBatch again;
    again.fix = FixKind::ReprintAndInject;
    again.ticketIds = {QStringLiteral("D1")};
    const ReprintOutcome twice = reprintForInjection(*m_store, again);
    QVERIFY(twice.injection.ticketIds.isEmpty());
    QCOMPARE(twice.failures.size(), 1);
    auto count = m_store->exec(QStringLiteral("SELECT COUNT(*) FROM tickets"));
    QVERIFY(count && count->next());
    QCOMPARE(count->value(0).toInt(), 3); // D1, D2 and the one reprint
}

void TestReconE2e::deletedInTixngoOnlySeenOnlyInTixngosView_rec3()
{
    // rule REC-3 before any feedback: the local state says INJECTED, TIXNGO's own view says
    // DELETED. The fix reads the ticket first, so the reprint acts on TIXNGO's real state and the
    // local reconciliation is clean afterwards too.
    addPrinted({QStringLiteral("V1")});
    m_sim->forceStatus(QStringLiteral("V1"), QJsonObject{{QStringLiteral("status"), QStringLiteral("DELETED")}});
    QCOMPARE(reconcile()->size(), 0);
    auto before = reconcile(true);
    QCOMPARE(categoryOf(*before, QStringLiteral("V1")), Category::DeletedInTixngoOnly);
    QCOMPARE(m_store->ticket(QStringLiteral("V1"))->tixngoStatus, TixngoStatus::Injected);
    m_reprinted.clear();
    const auto runs = fix(*before, Category::DeletedInTixngoOnly);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.last().succeeded, 1);
    QCOMPARE(m_reprinted.size(), 1);
    QCOMPARE(m_store->ticket(QStringLiteral("V1"))->s360Status, S360Status::Invalidated);
    QCOMPARE(m_store->ticket(QStringLiteral("V1"))->tixngoStatus, TixngoStatus::Deleted);
    QCOMPARE(m_sim->tickets().value(m_reprinted.first()), QStringLiteral("INJECTED"));
    QCOMPARE(reconcile()->size(), 0);
    QCOMPARE(reconcile(true)->size(), 0);
}

void TestReconE2e::liveAgainInTixngoIsNotReprinted_rec3()
{
    // rule REC-3, stale: reconciled as deleted, but TIXNGO has the ticket live by the time the fix
    // runs. The read before the reprint sees it: no second live ticket is made.
    addPrinted({QStringLiteral("Z1")});
    Ticket z = *m_store->ticket(QStringLiteral("Z1"));
    z.tixngoStatus = TixngoStatus::Deleted; // what an older feedback had stored
    QVERIFY(m_store->upsertTicket(z));
    auto before = reconcile();
    QCOMPARE(categoryOf(*before, QStringLiteral("Z1")), Category::DeletedInTixngoOnly);
    m_reprinted.clear();
    const auto runs = fix(*before, Category::DeletedInTixngoOnly);
    QCOMPARE(runs.size(), 1); // the read only: nothing to inject
    QVERIFY(m_reprinted.isEmpty());
    QCOMPARE(m_store->ticket(QStringLiteral("Z1"))->s360Status, S360Status::Printed);
    QCOMPARE(m_store->ticket(QStringLiteral("Z1"))->tixngoStatus, TixngoStatus::Injected);
    QCOMPARE(reconcile()->size(), 0);
}

void TestReconE2e::deletedInTixngoOnlyCanStillBeSkipped_rec3()
{
    // rule REC-3: the alternative when S-360 must not reprint — the injection's skip list.
    addPrinted({QStringLiteral("D1")});
    m_sim->forceStatus(QStringLiteral("D1"), QJsonObject{{QStringLiteral("status"), QStringLiteral("DELETED")}});
    QCOMPARE(feedback().outcome, sync::RunOutcome::Ok);
    auto before = reconcile();
    QCOMPARE(categoryOf(*before, QStringLiteral("D1")), Category::DeletedInTixngoOnly);
    QVERIFY(fix(*before, Category::DeletedInTixngoOnly, FixKind::SkipList).isEmpty());
    auto skip = sync::runs::skipList(*m_store, sync::SyncFunction::Inject);
    QVERIFY(skip && skip->ticketIds.contains(QStringLiteral("D1")));
    QCOMPARE(m_store->ticket(QStringLiteral("D1"))->s360Status, S360Status::Printed); // nothing reprinted
}

void TestReconE2e::cancelNotPushed_rec4()
{
    // rule REC-4: cancelled in S-360, the push not run yet: still live in TIXNGO.
    addPrinted({QStringLiteral("C1"), QStringLiteral("C2")});
    QVERIFY(sync::ticketactions::cancel(*m_store, {QStringLiteral("C1"), QStringLiteral("C2")}));
    auto before = reconcile();
    QCOMPARE(categoryOf(*before, QStringLiteral("C1")), Category::LiveAfterCancel);
    QCOMPARE(categoryOf(*before, QStringLiteral("C2")), Category::LiveAfterCancel);

    // Fix C1 only: a push-cancelled run that acts on C1 alone (C2 is due too, but waits for its
    // schedule: forcedOnly).
    QList<qsizetype> selection;
    for (qsizetype i = 0; i < before->size(); ++i)
        if (before->ticketId(before->at(i)) == QLatin1String("C1"))
            selection << i;
    const FixPlan plan = planFixes(*before, selection);
    QCOMPARE(plan.batches.size(), 1);
    QCOMPARE(plan.batches.first().fix, FixKind::PushDeletion);
    auto options = fixRunOptions(*m_store, plan.batches.first(), m_organizer);
    QVERIFY(options);
    QVERIFY(options->forcedOnly);
    const auto r = run(*options);
    QCOMPARE(r.function, sync::SyncFunction::PushCancelled);
    QCOMPARE(r.succeeded, 1);
    QCOMPARE(r.selected, 1);
    const auto sim = m_sim->tickets();
    QVERIFY2(sim.value(QStringLiteral("C1")).startsWith(QStringLiteral("DELETION_PENDING"))
            || sim.value(QStringLiteral("C1")) == QLatin1String("DELETED"),
        qPrintable(sim.value(QStringLiteral("C1"))));
    QCOMPARE(sim.value(QStringLiteral("C2")), QStringLiteral("INJECTED"));

    auto after = reconcile();
    QVERIFY(!categoryOf(*after, QStringLiteral("C1")));
    QCOMPARE(categoryOf(*after, QStringLiteral("C2")), Category::LiveAfterCancel);
    // And after a feedback (REC-10) C1 stays in no category.
    QCOMPARE(feedback().outcome, sync::RunOutcome::Ok);
    QVERIFY(!categoryOf(*reconcile(), QStringLiteral("C1")));
}

void TestReconE2e::controlNotPushed_rec6()
{
    // rule REC-6: scanned at the gate in S-360, the push controlled not run yet.
    addPrinted({QStringLiteral("K1")});
    QVERIFY(sync::ticketactions::markControlled(*m_store, {QStringLiteral("K1")}));
    auto before = reconcile();
    QCOMPARE(categoryOf(*before, QStringLiteral("K1")), Category::ControlNotPropagated);
    const auto runs = fix(*before, Category::ControlNotPropagated);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().function, sync::SyncFunction::PushControlled);
    QCOMPARE(runs.first().succeeded, 1);
    QCOMPARE(m_sim->tickets().value(QStringLiteral("K1")), QStringLiteral("CONTROLLED"));
    QCOMPARE(reconcile()->size(), 0);
    QCOMPARE(feedback().outcome, sync::RunOutcome::Ok);
    QCOMPARE(reconcile()->size(), 0);
}

void TestReconE2e::injectedThenResetToNotPrinted_rec1()
{
    // rule REC-1: injected, then S-360 puts the ticket back to NOT_PRINTED (a print cancelled in
    // the back-office): TIXNGO must not have it.
    addPrinted({QStringLiteral("N1")});
    Ticket t = *m_store->ticket(QStringLiteral("N1"));
    t.s360Status = S360Status::NotPrinted;
    t.s360StatusChangedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(m_store->upsertTicket(t));
    auto before = reconcile();
    QCOMPARE(categoryOf(*before, QStringLiteral("N1")), Category::ShouldNotExist);
    QCOMPARE(recommendedFix(Category::ShouldNotExist), FixKind::PushDeletion);
    const auto runs = fix(*before, Category::ShouldNotExist);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().function, sync::SyncFunction::PushCancelled);
    QCOMPARE(runs.first().succeeded, 1);
    const QString inSim = m_sim->tickets().value(QStringLiteral("N1"));
    QVERIFY2(inSim == QLatin1String("DELETION_PENDING") || inSim == QLatin1String("DELETED"), qPrintable(inSim));
    // S-360 keeps NOT_PRINTED; the deletion pending agrees with it (stuck only after the threshold).
    QCOMPARE(m_store->ticket(QStringLiteral("N1"))->s360Status, S360Status::NotPrinted);
    QCOMPARE(reconcile()->size(), 0);
    QCOMPARE(feedback().outcome, sync::RunOutcome::Ok);
    QCOMPARE(reconcile()->size(), 0);
}

void TestReconE2e::orphanInTixngo_rec9()
{
    // rule REC-9: a ticket in TIXNGO that S-360 does not have (here: removed from the S-360 data
    // after its injection).
    addPrinted({QStringLiteral("O1"), QStringLiteral("O2")});
    const Ticket o1 = *m_store->ticket(QStringLiteral("O1"));
    QVERIFY(m_store->exec(QStringLiteral("DELETE FROM tickets WHERE ticket_id = ?"), {QStringLiteral("O1")}));
    // Only TIXNGO's own view shows it.
    QCOMPARE(reconcile()->size(), 0);
    auto before = reconcile(true);
    QCOMPARE(before->size(), 1);
    QCOMPARE(categoryOf(*before, QStringLiteral("O1")), Category::UnknownToS360);
    // The doc's fix: skip list (recommended) — the feedback function ignores it from now on.
    fix(*before, Category::UnknownToS360);
    auto skip = sync::runs::skipList(*m_store, sync::SyncFunction::Feedback);
    QVERIFY(skip && skip->ticketIds.contains(QStringLiteral("O1")));
    // Push deletion is not something the engine can do for a ticket it does not have: the run
    // takes nothing.
    const auto runs = fix(*before, Category::UnknownToS360, FixKind::PushDeletion);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().selected, 0);
    QCOMPARE(m_sim->tickets().value(QStringLiteral("O1")), QStringLiteral("INJECTED"));
    // Documented end state: still reported (TIXNGO still has it) until S-360 has it again; the
    // doc's first option, importing it from S-360, makes the view clean.
    QCOMPARE(categoryOf(*reconcile(true), QStringLiteral("O1")), Category::UnknownToS360);
    QVERIFY(m_store->upsertTicket(o1));
    QCOMPARE(reconcile(true)->size(), 0);
}

void TestReconE2e::ownerChangedByTransfer_rec8()
{
    // rule REC-8: the spectator transferred the ticket in the wallet; the feedback stored the new
    // owner before contact distribution was switched on: S-360's contact is the old one.
    addPrinted({QStringLiteral("W1"), QStringLiteral("W2")});
    const QJsonObject bob{{QStringLiteral("firstName"), QStringLiteral("Bob")},
        {QStringLiteral("lastName"), QStringLiteral("Neu")},
        {QStringLiteral("email"), QStringLiteral("bob@example.ch")}};
    m_sim->forceStatus(QStringLiteral("W1"),
        QJsonObject{{QStringLiteral("status"), QStringLiteral("TRANSFERRED")}, {QStringLiteral("owner"), bob}});
    QCOMPARE(feedback().outcome, sync::RunOutcome::Ok);
    QCOMPARE(m_store->ticket(QStringLiteral("W1"))->tixngoOwner.email, QStringLiteral("bob@example.ch"));
    QVERIFY(sync::runs::setCustomParametersText(
        *m_store, sync::SyncFunction::Feedback, QStringLiteral("enableTicketDistributionToCulturalContact=true\n")));
    auto before = reconcile();
    QCOMPARE(before->size(), 1);
    QCOMPARE(categoryOf(*before, QStringLiteral("W1")), Category::OwnerDrift);

    // Refresh from TIXNGO, reading W1 alone (GET organizer/tickets/W1) through a feedback run
    // with the function's parameters: the transfer makes Bob the contact (FB-10).
    const QString keyBefore = sync::runs::feedbackKey(*m_store, m_organizer);
    const auto runs = fix(*before, Category::OwnerDrift);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().function, sync::SyncFunction::Feedback);
    QCOMPARE(runs.first().selected, 1);
    QCOMPARE(runs.first().succeeded, 1);
    QCOMPARE(m_store->ticket(QStringLiteral("W1"))->contact.email, QStringLiteral("bob@example.ch"));
    QCOMPARE(m_store->ticket(QStringLiteral("W2"))->contact.email, QStringLiteral("anna@example.ch"));
    // The feed position did not move (FB-2): the next feedback run still reads from there.
    QCOMPARE(sync::runs::feedbackKey(*m_store, m_organizer), keyBefore);
    QCOMPARE(reconcile()->size(), 0);
}

void TestReconE2e::refreshStoresATicketTixngoDoesNotHaveAsAbsent_rec2()
{
    // rule REC-2 via a refresh: the local state says INJECTED but TIXNGO never got the ticket
    // (a lost injection). Reading it directly (404) stores it as absent: missing in TIXNGO.
    addPrinted({QStringLiteral("L1")});
    Ticket lost = makeTicket(QStringLiteral("L2"), QStringLiteral("E1"), S360Status::Printed);
    QVERIFY(m_store->upsertTicket(lost));
    QCOMPARE(reconcile()->size(), 0);
    FixBatch batch;
    batch.fix = FixKind::RefreshFromTixngo;
    batch.ticketIds = {QStringLiteral("L1"), QStringLiteral("L2")};
    QVERIFY(refreshReadsTickets(batch));
    auto options = fixRunOptions(*m_store, batch, m_organizer);
    QVERIFY(options);
    const auto r = run(*options, batch.ticketIds);
    QCOMPARE(r.outcome, sync::RunOutcome::Ok);
    QCOMPARE(r.succeeded, 2);
    QCOMPARE(m_store->ticket(QStringLiteral("L2"))->tixngoStatus, TixngoStatus::None);
    QCOMPARE(m_store->ticket(QStringLiteral("L1"))->tixngoStatus, TixngoStatus::Injected);
    auto after = reconcile();
    QCOMPARE(after->size(), 1);
    QCOMPARE(categoryOf(*after, QStringLiteral("L2")), Category::MissingInTixngo);
    // Its fix, re-inject, puts it in TIXNGO: clean.
    const auto runs = fix(*after, Category::MissingInTixngo);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().succeeded, 1);
    QCOMPARE(m_sim->tickets().value(QStringLiteral("L2")), QStringLiteral("INJECTED"));
    QCOMPARE(reconcile()->size(), 0);
}

QTEST_GUILESS_MAIN(TestReconE2e)
#include "tst_recon_e2e.moc"
