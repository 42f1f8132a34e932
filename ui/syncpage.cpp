#include "syncpage.h"

#include "audit/auditlog.h"
#include "core/store.h"
#include "sync/syncengine.h"
#include "syncfunctioncard.h"
#include "syncrunview.h"
#include "syncsupportbundle.h"

#include <QApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tixsync {

using namespace sync;

namespace {
QString optionsKey(SyncFunction f)
{
    return QStringLiteral("sync/ui/options/") + toCode(f);
}

bool changesTixngo(SyncFunction f)
{
    return f != SyncFunction::Feedback;
}

enum HistoryColumn {
    RunCol,
    FunctionCol,
    StartedCol,
    DurationCol,
    OutcomeCol,
    SelectedCol,
    SyncedCol,
    FailedCol,
    SkippedCol
};
} // namespace

SyncPage::SyncPage(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("syncPage"));
    m_threshold = QSettings().value(QStringLiteral("sync/impactThreshold"), 500).toInt();
    (void)runs::closeAbandonedRuns(*m_store);

    auto *v = new QVBoxLayout(this);
    m_banner = new QFrame;
    m_banner->setObjectName(QStringLiteral("syncBanner"));
    auto *bl = new QHBoxLayout(m_banner);
    bl->setContentsMargins(8, 4, 8, 4);
    m_bannerText = new QLabel;
    m_bannerText->setWordWrap(true);
    auto *dismiss = new QPushButton(tr("Dismiss"));
    bl->addWidget(m_bannerText, 1);
    bl->addWidget(dismiss);
    connect(dismiss, &QPushButton::clicked, this, &SyncPage::hideBanner);
    m_banner->hide();
    v->addWidget(m_banner);

    auto *cardsHost = new QWidget;
    auto *cl = new QVBoxLayout(cardsHost);
    cl->setContentsMargins(0, 0, 0, 0);
    for (SyncFunction f : allSyncFunctions()) {
        Slot &s = slot(f);
        s.card = new SyncFunctionCard(f);
        cl->addWidget(s.card);
        s.controller = new RunController(m_store->location(), this);
        connect(s.controller, &RunController::progress, this, [this, f](const RunProgress &p) {
            Slot &sl = slot(f);
            if (sl.state == State::Running || sl.state == State::DryRunning) {
                sl.progress = p;
                sl.progressDirty = true;
            }
        });
        connect(s.controller, &RunController::finished, this, [this, f](const RunResult &r) { onFinished(f, r); });
        connect(s.card, &SyncFunctionCard::runRequested, this, &SyncPage::runNow);
        connect(s.card, &SyncFunctionCard::dryRunRequested, this, &SyncPage::dryRun);
        connect(s.card, &SyncFunctionCard::cancelRequested, this, &SyncPage::cancelRun);
        connect(s.card, &SyncFunctionCard::parametersRequested, this, &SyncPage::editParameters);
    }
    cl->addStretch(1);
    auto *cardsScroll = new QScrollArea;
    cardsScroll->setObjectName(QStringLiteral("functionCards"));
    cardsScroll->setWidget(cardsHost);
    cardsScroll->setWidgetResizable(true);
    cardsScroll->setMinimumWidth(460);

    m_history = new QStandardItemModel(0, 9, this);
    m_history->setHorizontalHeaderLabels({tr("Run"), tr("Function"), tr("Started"), tr("Duration"), tr("Outcome"),
        tr("Selected"), tr("Synced"), tr("Failed"), tr("Skipped")});
    m_historyView = new QTableView;
    m_historyView->setObjectName(QStringLiteral("runHistory"));
    m_historyView->setModel(m_history);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->verticalHeader()->hide();
    m_historyView->verticalHeader()->setDefaultSectionSize(22);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    connect(
        m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &cur) {
            if (cur.isValid())
                openRun(m_history->item(cur.row(), RunCol)->data(Qt::UserRole).toLongLong());
        });

    m_runView = new SyncRunView(m_store->location());
    connect(m_runView, &SyncRunView::retryFailedRequested, this, &SyncPage::retryFailed);
    connect(m_runView, &SyncRunView::addToSkipListRequested, this, &SyncPage::addToSkipList);
    connect(m_runView, &SyncRunView::supportBundleRequested, this, &SyncPage::saveSupportBundle);

    auto *right = new QSplitter(Qt::Vertical);
    auto *historyBox = new QWidget;
    auto *hl = new QVBoxLayout(historyBox);
    hl->setContentsMargins(0, 0, 0, 0);
    hl->addWidget(new QLabel(tr("<b>Run history</b>")));
    hl->addWidget(m_historyView);
    right->addWidget(historyBox);
    right->addWidget(m_runView);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 2);
    right->setSizes({260, 520});

    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("syncSplitter"));
    split->addWidget(cardsScroll);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    v->addWidget(split, 1);

    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &SyncPage::flushProgress);
    m_scheduleTimer = new QTimer(this);
    m_scheduleTimer->setInterval(30000);
    connect(m_scheduleTimer, &QTimer::timeout, this, &SyncPage::checkSchedules);
    m_scheduleTimer->start();
    reload();
    QTimer::singleShot(0, this, &SyncPage::checkSchedules);
}

SyncPage::~SyncPage()
{
    // Each RunController cancels and waits for its worker in its destructor; do it before the
    // cards go away.
    for (Slot &s : m_slots) {
        s.controller->cancel();
        delete s.controller;
        s.controller = nullptr;
    }
}

void SyncPage::setTransportFactory(RunController::TransportFactory factory)
{
    for (Slot &s : m_slots)
        s.controller->setTransportFactory(factory);
}

void SyncPage::setImpactThreshold(int tickets)
{
    m_threshold = qMax(0, tickets);
    QSettings().setValue(QStringLiteral("sync/impactThreshold"), m_threshold);
}

void SyncPage::setScheduleCheckInterval(int msecs)
{
    m_scheduleTimer->setInterval(msecs);
}

QMessageBox *SyncPage::impactGuard() const
{
    return m_guard;
}

SyncFunctionCard *SyncPage::card(SyncFunction function) const
{
    return slot(function).card;
}

bool SyncPage::isBusy(SyncFunction function) const
{
    return slot(function).state != State::Idle;
}

QString SyncPage::organizer() const
{
    return organizerFor(m_store->setting(QStringLiteral("tixngo/url")));
}

SyncFunctionSettings SyncPage::loadSettings(SyncFunction function) const
{
    SyncFunctionSettings s;
    s.options.function = function;
    const QString json = m_store->setting(optionsKey(function));
    if (!json.isEmpty()) {
        if (auto o = RunOptions::fromJson(QJsonDocument::fromJson(json.toUtf8()).object()))
            s.options = *o;
    }
    s.options.function = function;
    s.customParameters = runs::customParametersText(*m_store, function);
    if (auto skip = runs::skipList(*m_store, function))
        s.skipList = skip->toText();
    if (function == SyncFunction::Feedback)
        s.feedbackKey = runs::feedbackKey(*m_store, organizer());
    s.schedule.function = function;
    s.schedule.organizer = organizer();
    if (auto all = schedules::load(*m_store))
        for (const Schedule &sc : *all)
            if (sc.function == function && sc.organizer == s.schedule.organizer)
                s.schedule = sc;
    return s;
}

Status SyncPage::saveSettings(const SyncFunctionSettings &in)
{
    const SyncFunction f = in.options.function;
    auto params = CustomParameters::parse(in.customParameters);
    if (!params)
        return fail(params.error());
    RunOptions o = in.options;
    o.dryRun = false;
    o.automatic = false;
    o.parameters = {};
    if (auto ok = m_store->setSetting(
            optionsKey(f), QString::fromUtf8(QJsonDocument(o.toJson()).toJson(QJsonDocument::Compact)));
        !ok)
        return ok;
    if (auto ok = runs::setCustomParametersText(*m_store, f, in.customParameters); !ok)
        return ok;
    if (auto stored = runs::skipList(*m_store, f); stored && !stored->isEmpty())
        if (auto ok = runs::removeFromSkipList(*m_store, f, *stored); !ok)
            return ok;
    if (const TicketList skip = TicketList::parse(in.skipList); !skip.isEmpty())
        if (auto ok = runs::addToSkipList(*m_store, f, skip); !ok)
            return ok;
    Schedule s = in.schedule;
    s.function = f;
    s.organizer = organizer();
    s.options = o;
    s.options.organizer = s.organizer;
    s.options.parameters = *params;
    s.options.automatic = true;
    if (auto ok = schedules::save(*m_store, s); !ok)
        return ok;
    refreshCards();
    return {};
}

Result<RunOptions> SyncPage::runOptions(SyncFunction function) const
{
    const SyncFunctionSettings s = loadSettings(function);
    RunOptions o = s.options;
    o.organizer = organizer();
    auto params = CustomParameters::parse(s.customParameters);
    if (!params)
        return fail(params.error());
    o.parameters = *params;
    return o;
}

void SyncPage::runNow(SyncFunction function)
{
    auto o = runOptions(function);
    if (!o) {
        showBanner(tr("%1 cannot start: %2").arg(displayName(function), o.error().message), true);
        return;
    }
    startRun(*o, true);
}

void SyncPage::dryRun(SyncFunction function)
{
    auto o = runOptions(function);
    if (!o) {
        showBanner(tr("%1 cannot start: %2").arg(displayName(function), o.error().message), true);
        return;
    }
    o->dryRun = true;
    launch(function, *o, State::DryRunning);
}

bool SyncPage::startRun(const RunOptions &options, bool guarded)
{
    const SyncFunction f = options.function;
    if (slot(f).state != State::Idle)
        return false;
    RunOptions o = options;
    if (o.organizer.isEmpty())
        o.organizer = organizer();
    if (guarded && changesTixngo(f)) {
        // Impact guard: count first what the same options select (no run row, nothing sent).
        slot(f).pending = o;
        RunOptions count = o;
        count.impactOnly = true;
        return launch(f, count, State::Checking);
    }
    return launch(f, o, State::Running);
}

bool SyncPage::launch(SyncFunction f, const RunOptions &options, State state)
{
    Slot &s = slot(f);
    if (s.controller->isRunning() && s.state == State::Idle) {
        // The previous run (often the impact check) has reported but its thread is still winding
        // down: start as soon as it is gone.
        s.state = state;
        s.card->setBusy(true, tr("Starting…"));
        QTimer::singleShot(10, this, [this, f, options, state] {
            slot(f).state = State::Idle;
            launch(f, options, state);
        });
        return true;
    }
    if (!s.controller->start(options)) {
        showBanner(tr("%1 is already running.").arg(displayName(f)), false);
        return false;
    }
    s.state = state;
    if (state != State::Checking)
        s.pending = options;
    s.startedAt = QDateTime::currentDateTime();
    s.progress = {};
    s.progressDirty = false;
    s.card->setBusy(true,
        state == State::Checking         ? tr("Counting the tickets this run will change…")
            : state == State::DryRunning ? tr("Dry run: nothing is sent…")
                                         : tr("Starting…"));
    m_progressTimer->start();
    if (state == State::Running) // the engine records the run as RUNNING: show it in the history
        QTimer::singleShot(500, this, &SyncPage::reloadHistory);
    emit runStarted(f, options.dryRun);
    return true;
}

void SyncPage::cancelRun(SyncFunction function)
{
    Slot &s = slot(function);
    if (s.state == State::Idle)
        return;
    s.controller->cancel();
    s.card->progressLabel()->setText(tr("Cancelling after the call in flight…"));
}

void SyncPage::flushProgress()
{
    bool any = false;
    for (Slot &s : m_slots) {
        if (s.state == State::Idle)
            continue;
        any = true;
        if (s.progressDirty) {
            s.card->setProgress(s.progress);
            s.progressDirty = false;
        }
    }
    if (!any)
        m_progressTimer->stop();
}

void SyncPage::onFinished(SyncFunction f, const RunResult &r)
{
    Slot &s = slot(f);
    const State state = s.state;
    s.state = State::Idle;
    s.card->setBusy(false);
    if (state == State::Checking) {
        onImpactChecked(f, r);
        return;
    }
    if (s.schedule) {
        (void)schedules::markEnded(*m_store, *s.schedule, QDateTime::currentDateTime());
        s.schedule.reset();
    }
    const bool scheduled = std::exchange(s.scheduled, false);
    reload();
    if (r.runId > 0)
        openRun(r.runId);
    if (state == State::DryRunning) {
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("Dry run — %1").arg(displayName(f)), QString(), QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("dryRunResult"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        const int would = r.plannedCalls.isEmpty() ? r.selected - r.skipped : int(r.plannedCalls.size());
        box->setText(r.outcome == RunOutcome::Error && r.error
                ? tr("The run would stop: %1").arg(r.error->message)
                : tr("A run now would send %n ticket(s) to TIXNGO. Nothing was sent.", nullptr, would));
        QString details;
        for (qsizetype i = 0; i < r.plannedCalls.size() && i < 20; ++i)
            details += r.plannedCalls[i].ticketId + QStringLiteral(":\n") + QString::fromUtf8(r.plannedCalls[i].payload)
                + QStringLiteral("\n\n");
        if (r.plannedCalls.size() > 20)
            details += tr("… and %n more.", nullptr, int(r.plannedCalls.size() - 20));
        if (!details.isEmpty())
            box->setDetailedText(details);
        box->open();
    } else {
        if (r.succeeded > 0 || r.failed > 0)
            emit ticketsChanged();
        const QString name = displayName(f);
        if (r.outcome == RunOutcome::Error) {
            const QString why = r.error ? r.error->message : tr("see the run's errors");
            showBanner(tr("%1 %2ended in Error: %3").arg(name, scheduled ? tr("(scheduled) ") : QString(), why), true);
            if (scheduled)
                notifyDesktop(tr("TixSync: %1 failed").arg(name), why);
        } else if (r.outcome == RunOutcome::Warning) {
            showBanner(tr("%1 %2ended with a Warning: %n ticket(s) failed; open the run for the errors by class.",
                           nullptr, r.failed)
                           .arg(name, scheduled ? tr("(scheduled) ") : QString()),
                false);
            if (scheduled)
                notifyDesktop(
                    tr("TixSync: %1 — some tickets failed").arg(name), tr("%n ticket(s) failed.", nullptr, r.failed));
        }
    }
    emit runFinished(r);
}

void SyncPage::onImpactChecked(SyncFunction f, const RunResult &dry)
{
    RunOptions o = slot(f).pending;
    if (dry.outcome == RunOutcome::Error && dry.error) {
        reload();
        showBanner(
            tr("%1 did not start: the check before it failed: %2").arg(displayName(f), dry.error->message), true);
        emit runFinished(dry);
        return;
    }
    const int count = dry.plannedCalls.isEmpty() ? qMax(0, dry.selected - dry.skipped) : int(dry.plannedCalls.size());
    slot(f).impactCount = count; // the backlog on the card, until a run comes after it
    slot(f).impactAt = QDateTime::currentDateTimeUtc();
    refreshCards();
    if (count == 0 || (count <= m_threshold && m_production.isEmpty())) {
        slot(f).card->setAlert({});
        launch(f, o, State::Running);
        return;
    }
    QStringList why;
    if (!m_production.isEmpty())
        why << tr("it runs against the production environment \"%1\"").arg(m_production);
    if (f == SyncFunction::PushCancelled || f == SyncFunction::PushControlled)
        why << tr("it is a push: each ticket changes on a spectator's phone");
    if (o.dateFrom.isValid())
        why << tr("Date from is set (%1): already processed tickets are sent again")
                   .arg(QLocale().toString(o.dateFrom.toLocalTime(), QLocale::ShortFormat));
    if (!o.force.isEmpty())
        why << tr("a force list is set");
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Confirm: %1").arg(displayName(f)), QString(), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("impactGuard"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setText(tr("This run will change %n ticket(s) in TIXNGO — that is %n spectators' phones.", nullptr, count));
    box->setInformativeText(
        (why.isEmpty() ? QString()
                       : tr("Why it matters: %1.").arg(why.join(QLatin1String("; "))) + QStringLiteral("\n"))
        + tr("Runs above %n ticket(s) need this confirmation (Settings: sync/impactThreshold).", nullptr, m_threshold));
    auto *go = box->addButton(tr("Run for %n ticket(s)", nullptr, count), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirmRun"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, f, o, go](QAbstractButton *b) {
        if (b == go)
            launch(f, o, State::Running);
        else
            slot(f).card->setAlert(tr("Run cancelled at the impact check."));
    });
    m_guard = box;
    box->open();
}

void SyncPage::retryFailed(SyncFunction function, const QStringList &ticketIds)
{
    if (ticketIds.isEmpty())
        return;
    auto o = runOptions(function);
    if (!o) {
        showBanner(o.error().message, true);
        return;
    }
    QStringList force;
    for (const QString &id : ticketIds)
        force << QStringLiteral("id:") + id;
    o->force = force.join(QLatin1String(", "));
    startRun(*o, true);
}

void SyncPage::addToSkipList(SyncFunction function, const QStringList &ticketIds)
{
    if (ticketIds.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Add to the skip list"),
        tr("%1 will never send these %n ticket(s) again until they are removed from its skip "
           "list (Parameters). Continue?",
            nullptr, int(ticketIds.size()))
            .arg(displayName(function)),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("skipConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, function, ticketIds] {
        TicketList l;
        l.ticketIds = ticketIds;
        if (auto ok = runs::addToSkipList(*m_store, function, l); !ok)
            showBanner(ok.error().message, true);
        refreshCards();
    });
    box->open();
}

void SyncPage::editParameters(SyncFunction function)
{
    auto *d = new SyncParametersDialog(loadSettings(function), this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::accepted, this, [this, d] {
        if (auto ok = saveSettings(d->settings()); !ok)
            QMessageBox::warning(this, tr("Parameters not saved"), ok.error().message);
    });
    connect(d, &SyncParametersDialog::feedbackKeyResetRequested, this, [this, d] {
        if (auto ok = resetFeedbackKey(); !ok)
            QMessageBox::warning(d, tr("Pagination key not reset"), ok.error().message);
        d->setFeedbackKey(runs::feedbackKey(*m_store, organizer()));
    });
    d->open();
}

Status SyncPage::resetFeedbackKey()
{
    const QString org = organizer();
    const QString previous = runs::feedbackKey(*m_store, org);
    if (auto ok = runs::resetFeedbackKey(*m_store, org); !ok)
        return ok;
    // Recorded like every settings change (the key is a feed position, not a secret).
    auto audited = audit::AuditLog::record(*m_store, audit::AuditLog::actionSettingsChange(),
        QJsonObject{{QStringLiteral("setting"), QStringLiteral("feedback pagination")},
            {QStringLiteral("organizer"), org}, {QStringLiteral("previous"), previous}},
        audit::AuditLog::outcomeOk(),
        tr("feedback pagination key reset: the next feedback rereads the whole diff feed"));
    if (!audited)
        return fail(audited.error());
    refreshCards();
    return {};
}

void SyncPage::saveSupportBundle(qint64 runId)
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the support bundle"), QStringLiteral("tixsync-run-%1.zip").arg(runId), tr("Zip files (*.zip)"));
    if (path.isEmpty())
        return;
    if (auto ok = writeSupportBundle(runId, path); !ok)
        QMessageBox::warning(this, tr("Support bundle"), ok.error().message);
}

Status SyncPage::writeSupportBundle(qint64 runId, const QString &path)
{
    return syncsupportbundle::write(*m_store, runId, m_secrets, path);
}

void SyncPage::reload()
{
    reloadHistory();
    refreshCards();
}

void SyncPage::reloadHistory()
{
    const qint64 current = m_runView->run().id;
    m_history->removeRows(0, m_history->rowCount());
    auto rows = runs::recent(*m_store, 200);
    if (!rows)
        return;
    const QLocale l;
    for (const runs::RunRow &r : *rows) {
        QList<QStandardItem *> items;
        auto *id = new QStandardItem(QString::number(r.id));
        id->setData(r.id, Qt::UserRole);
        items << id << new QStandardItem(displayName(r.function) + (r.dryRun ? tr(" (dry run)") : QString()))
              << new QStandardItem(l.toString(r.startedAt.toLocalTime(), QLocale::ShortFormat));
        const qint64 secs = r.endedAt.isValid() ? r.startedAt.secsTo(r.endedAt) : -1;
        items << new QStandardItem(
            secs < 0 ? tr("running") : QStringLiteral("%1:%2").arg(secs / 60).arg(secs % 60, 2, 10, QLatin1Char('0')));
        auto *outcome = new QStandardItem(SyncFunctionCard::outcomeText(r.outcome));
        outcome->setForeground(SyncFunctionCard::outcomeColor(r.outcome));
        QFont bold = outcome->font();
        bold.setBold(true);
        outcome->setFont(bold);
        items << outcome;
        for (int n : {r.selected, r.succeeded, r.failed, r.skipped}) {
            auto *it = new QStandardItem(QString::number(n));
            it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items << it;
        }
        if (!r.errorText.isEmpty())
            for (QStandardItem *it : items)
                it->setToolTip(r.errorText);
        m_history->appendRow(items);
        if (r.id == current) {
            const QSignalBlocker block(m_historyView->selectionModel());
            m_historyView->selectRow(m_history->rowCount() - 1);
        }
    }
    m_historyView->resizeColumnsToContents();
}

void SyncPage::openRun(qint64 runId)
{
    auto rows = runs::recent(*m_store, 200);
    if (!rows)
        return;
    for (int i = 0; i < rows->size(); ++i) {
        if (rows->at(i).id != runId)
            continue;
        {
            const QSignalBlocker block(m_historyView->selectionModel());
            for (int row = 0; row < m_history->rowCount(); ++row)
                if (m_history->item(row, RunCol)->data(Qt::UserRole).toLongLong() == runId)
                    m_historyView->selectRow(row);
        }
        m_runView->showRun(rows->at(i));
        return;
    }
}

void SyncPage::refreshCards()
{
    const QString org = organizer();
    QList<Schedule> all;
    if (auto s = schedules::load(*m_store))
        all = *s;
    const QDateTime now = QDateTime::currentDateTime();
    const QLocale l;
    for (SyncFunction f : allSyncFunctions()) {
        Slot &s = slot(f);
        auto recent = runs::recent(*m_store, 12, f);
        const runs::RunRow *last = nullptr;
        const runs::RunRow *lastDry = nullptr;
        QStringList strip;
        if (recent) {
            for (const runs::RunRow &r : *recent) {
                if (r.outcome == RunOutcome::Running)
                    continue;
                if (r.dryRun) {
                    if (!lastDry)
                        lastDry = &r;
                    continue;
                }
                if (!last)
                    last = &r;
                if (strip.size() < 6) {
                    // RUN-2: OK and Warning move "since the last execution"; Error does not.
                    const bool moves = r.outcome != RunOutcome::Error;
                    strip << QStringLiteral("<span style='color:%1'>%2 %3</span>")
                                 .arg(SyncFunctionCard::outcomeColor(r.outcome).name(),
                                     moves ? QStringLiteral("&#9679;") : QStringLiteral("&#9675;"),
                                     r.startedAt.toLocalTime().toString(QStringLiteral("dd/MM HH:mm")));
                }
            }
        }
        if (last)
            s.card->setLastRun(true, last->outcome, last->endedAt, last->selected, last->succeeded, last->failed,
                last->skipped, false);
        else
            s.card->setLastRun(false, RunOutcome::Ok, {}, 0, 0, 0, 0, false);
        const QDateTime wm = runs::watermark(*m_store, f, org);
        QString timeline = tr("Since the last execution: %1")
                               .arg(wm.isValid() ? l.toString(wm.toLocalTime(), QLocale::ShortFormat)
                                                 : tr("never (first run takes all)"));
        // The backlog a dry run or the impact check counted, unless a real run came after it.
        int backlog = -1;
        QDateTime backlogAt;
        if (lastDry) {
            backlog = qMax(0, lastDry->selected - lastDry->skipped);
            backlogAt = lastDry->startedAt;
        }
        if (s.impactAt.isValid() && (!backlogAt.isValid() || s.impactAt > backlogAt)) {
            backlog = s.impactCount;
            backlogAt = s.impactAt;
        }
        if (backlog >= 0 && (!last || backlogAt > last->startedAt))
            timeline += tr(" · backlog %1 ticket(s) at %2")
                            .arg(backlog)
                            .arg(backlogAt.toLocalTime().toString(QStringLiteral("HH:mm")));
        if (!strip.isEmpty()) {
            std::reverse(strip.begin(), strip.end());
            timeline += QStringLiteral("<br>") + tr("Runs (&#9679; moved it, &#9675; did not): ")
                + strip.join(QStringLiteral(" › "));
        }
        s.card->setTimeline(timeline);

        QString next = tr("Schedule: manual");
        for (const Schedule &sc : all) {
            if (sc.function != f || sc.organizer != org || !sc.automatic)
                continue;
            const auto n = sc.nextRun(now);
            next = n ? tr("Next run: %1 (every %n min)", nullptr, sc.frequencyMinutes)
                           .arg(l.toString(*n, QLocale::ShortFormat))
                     : tr("Schedule ended");
            if (sc.options.dateFrom.isValid())
                next += QStringLiteral(" — ")
                    + tr("⚠ Date from is set on this automatic schedule: it re-sends the same "
                         "tickets every run.");
        }
        s.card->setNextRun(next);
        s.card->setAlert(m_missed.value(int(f)));
    }
}

void SyncPage::checkSchedules()
{
    const QDateTime now = QDateTime::currentDateTime();
    // Missed runs first (before a catch-up run hides them): an automatic schedule with no run for
    // three periods; a run still going after three periods.
    m_missed.clear();
    QStringList alerts;
    if (auto all = schedules::load(*m_store)) {
        for (const Schedule &sc : *all) {
            if (!sc.automatic || sc.organizer != organizer() || (sc.start.isValid() && sc.start > now)
                || (sc.end.isValid() && sc.end < now))
                continue;
            const qint64 three = qint64(sc.frequencyMinutes) * 60 * 3;
            const Slot &s = slot(sc.function);
            QString text;
            if (s.state == State::Running && s.startedAt.secsTo(now) > three)
                text = tr(
                    "%1 has been running since %2 — more than three periods of %n min.", nullptr, sc.frequencyMinutes)
                           .arg(displayName(sc.function), QLocale().toString(s.startedAt, QLocale::ShortFormat));
            else if (s.state == State::Idle) {
                const QDateTime ref = sc.lastStartedAt.isValid() ? sc.lastStartedAt : sc.start;
                if (ref.isValid() && ref.secsTo(now) > three)
                    text = tr("Missed runs: %1 had not run since %2 although it is scheduled every %n min (was the "
                              "console or the scheduler stopped?). A catch-up run starts now.",
                        nullptr, sc.frequencyMinutes)
                               .arg(displayName(sc.function),
                                   QLocale().toString(ref.toLocalTime(), QLocale::ShortFormat));
            }
            if (!text.isEmpty()) {
                m_missed.insert(int(sc.function), text);
                alerts << text;
            }
        }
    }
    // Due runs, while the GUI is open (RUN-8).
    if (auto due = schedules::dueRuns(*m_store, now)) {
        for (const Schedule &sc : *due) {
            Slot &s = slot(sc.function);
            if (s.state != State::Idle || sc.organizer != organizer())
                continue;
            RunOptions o = sc.options;
            o.automatic = true;
            o.dryRun = false;
            o.organizer = sc.organizer;
            (void)schedules::markStarted(*m_store, sc, now);
            if (launch(sc.function, o, State::Running)) {
                s.scheduled = true;
                s.schedule = sc;
            }
        }
    }
    refreshCards();
    if (!alerts.isEmpty() && (m_banner->isHidden() || m_bannerText->property("missed").toBool())) {
        showBanner(alerts.join(QLatin1Char('\n')), true);
        m_bannerText->setProperty("missed", true);
    }
}

void SyncPage::showBanner(const QString &text, bool error)
{
    m_bannerText->setProperty("missed", false);
    m_bannerText->setText(text);
    m_banner->setStyleSheet(error
            ? QStringLiteral("#syncBanner { background: #c62828; } #syncBanner QLabel { color: white; "
                             "font-weight: bold; }")
            : QStringLiteral("#syncBanner { background: #fff3cd; } #syncBanner QLabel { color: #664d03; }"));
    m_banner->show();
}

void SyncPage::hideBanner()
{
    m_banner->hide();
}

void SyncPage::setDesktopNotifier(DesktopNotifier notifier)
{
    m_notifier = std::move(notifier);
}

void SyncPage::notifyDesktop(const QString &title, const QString &text)
{
    if (m_notifier)
        m_notifier(title, text);
    else
        trayNotify(title, text);
}

void SyncPage::trayNotify(const QString &title, const QString &text)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("TixSync"));
    }
    m_tray->show();
    m_tray->showMessage(title, text, QSystemTrayIcon::Critical, 15000);
}

} // namespace tixsync
