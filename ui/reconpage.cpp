#include "reconpage.h"

#include "core/datetime.h"
#include "core/logging.h"
#include "core/store.h"
#include "items/tickettablemodel.h"
#include "productionconfirmation.h"
#include "recon/discrepancymodel.h"
#include "recon/fixplan.h"
#include "recon/fixrun.h"
#include "recon/reconeventmodel.h"
#include "recon/reconjob.h"
#include "recon/reconresult.h"
#include "recon/tixngoview.h"
#include "reconchart.h"
#include "reconstyledmodel.h"
#include "statusdelegate.h"
#include "sync/syncengine.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableView>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace tixsync {

using namespace recon;

namespace {
constexpr int kEnableCheckLimit = 20000; // larger selections enable every fix button

QString csvField(const QString &v)
{
    if (!v.contains(QLatin1Char(',')) && !v.contains(QLatin1Char('"')) && !v.contains(QLatin1Char('\n'))
        && !v.contains(QLatin1Char('\r')))
        return v;
    QString q = v;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// An RFC 3339 time of the database in local time for people; the text as is when unreadable.
QString when(const QString &rfc3339)
{
    const QDateTime t = parseRfc3339(rfc3339);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : rfc3339;
}

QString whatChanges(FixKind fix)
{
    switch (fix) {
    case FixKind::Reinject:
        return ReconciliationPage::tr("An injection run of the sync engine sends only these tickets to TIXNGO "
                                      "again (S-360 is the master).");
    case FixKind::ReprintAndInject:
        return ReconciliationPage::tr(
            "The spectator gets a new ticket, with a new ticket id and a new barcode. Each ticket is read from "
            "TIXNGO first; each one still deleted there is reprinted in S-360 and the old ticket becomes "
            "INVALIDATED (reason %1) — its barcode no longer admits. An injection run of the sync engine then "
            "sends only the new tickets to TIXNGO, into the spectators' wallets.")
            .arg(QLatin1String(ReprintReason));
    case FixKind::PushDeletion:
        return ReconciliationPage::tr("A push-cancelled run of the sync engine asks TIXNGO to delete only these "
                                      "tickets from the wallets.");
    case FixKind::PushControl:
        return ReconciliationPage::tr(
            "A push-controlled run of the sync engine marks only these tickets controlled in TIXNGO.");
    case FixKind::RefreshFromTixngo:
        return ReconciliationPage::tr(
            "Each ticket is read from TIXNGO and its status, owners and history are stored locally, as feedback "
            "does (above %1 tickets, a feedback run reads TIXNGO's latest changes instead). Nothing is sent to "
            "TIXNGO.")
            .arg(DirectReadLimit);
    case FixKind::SkipList:
        return ReconciliationPage::tr(
            "They are added to the skip list of the function that would otherwise act on them; no run "
            "will send them until you remove them from it. Nothing is sent to TIXNGO.");
    }
    return {};
}
} // namespace

ReconciliationPage::ReconciliationPage(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_job(new ReconJob(store->location(), this))
    , m_fixer(new ReconFixRunner(store, this))
    , m_model(new DiscrepancyModel(this))
    , m_styled(new ReconStyledModel(m_model, this))
    , m_eventModel(new ReconEventModel(this))
    , m_chart(new ReconChart(this))
    , m_table(new QTableView(this))
    , m_eventTable(new QTableView(this))
    , m_event(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_reconcileButton(new QPushButton(tr("&Reconcile"), this))
    , m_readTixngoButton(new QPushButton(tr("Read &TIXNGO's view"), this))
    , m_exportButton(new QPushButton(tr("&Export view to CSV…"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_detail(new QTextBrowser(this))
    , m_selectionLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("reconciliationPage"));
    auto *outer = new QVBoxLayout(this);

    // Toolbar: reconcile, progress, summary, export.
    auto *bar = new QHBoxLayout;
    m_reconcileButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_reconcileButton->setToolTip(tr("Compare every ticket's S-360 status with its TIXNGO state again"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_exportButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_readTixngoButton->setObjectName(QStringLiteral("readTixngoView"));
    m_readTixngoButton->setIcon(style()->standardIcon(QStyle::SP_DriveNetIcon));
    m_readTixngoButton->setToolTip(
        tr("Read every ticket TIXNGO has (its whole feed, from the start) and reconcile against it: finds "
           "tickets S-360 does not have. Nothing is changed; the feedback position is not moved."));
    bar->addWidget(m_reconcileButton);
    bar->addWidget(m_readTixngoButton);
    bar->addWidget(m_progress);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_exportButton);
    outer->addLayout(bar);
    m_message->setWordWrap(true);
    m_message->hide();
    outer->addWidget(m_message);

    // Summary: chart and per-event totals.
    auto *summary = new QSplitter(Qt::Horizontal, this);
    // Qt Charts replaces a category name by "…" when the bar band is lower than the text: keep
    // about 28 px per category.
    m_chart->setMinimumHeight(370);
    m_chart->setMinimumWidth(520);
    summary->addWidget(m_chart);
    auto *eventBox = new QWidget(summary);
    auto *eventLayout = new QVBoxLayout(eventBox);
    eventLayout->setContentsMargins(0, 0, 0, 0);
    auto *eventTitle = new QLabel(tr("<b>Events needing attention first</b> (click to filter)"), eventBox);
    eventLayout->addWidget(eventTitle);
    m_eventTable->setModel(m_eventModel);
    m_eventTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_eventTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_eventTable->verticalHeader()->hide();
    m_eventTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_eventTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_eventTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_eventTable->horizontalHeader()->setSectionResizeMode(ReconEventModel::EventColumn, QHeaderView::Interactive);
    m_eventTable->setColumnWidth(ReconEventModel::EventColumn, 200);
    m_eventTable->setObjectName(QStringLiteral("reconEventTable"));
    eventLayout->addWidget(m_eventTable);
    summary->addWidget(eventBox);
    summary->setStretchFactor(0, 3);
    summary->setStretchFactor(1, 2);
    summary->setSizes({800, 500});

    // Filters.
    auto *filters = new QHBoxLayout;
    m_event->addItem(tr("All events"), QString());
    m_category->addItem(tr("All categories"), -1);
    for (int c = 0; c < CategoryCount; ++c)
        m_category->addItem(categoryName(Category(c)), c);
    m_severity->addItem(tr("All severities"), -1);
    for (int s = SeverityCount - 1; s >= 0; --s)
        m_severity->addItem(ReconStyledModel::severityIcon(s), severityName(Severity(s)), s);
    m_text->setPlaceholderText(tr("Ticket id, event id or barcode…"));
    m_text->setClearButtonEnabled(true);
    auto *clear = new QPushButton(tr("Clear filters"), this);
    filters->addWidget(new QLabel(tr("Event:"), this));
    filters->addWidget(m_event);
    filters->addWidget(new QLabel(tr("Category:"), this));
    filters->addWidget(m_category);
    filters->addWidget(new QLabel(tr("Severity:"), this));
    filters->addWidget(m_severity);
    filters->addWidget(m_text, 1);
    filters->addWidget(clear);

    // Table.
    m_table->setObjectName(QStringLiteral("reconTable"));
    m_table->setModel(m_styled);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // millions of rows
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(
        DiscrepancyModel::S360StatusColumn, new StatusDelegate(StatusDelegate::Vocabulary::S360, m_table));
    m_table->setItemDelegateForColumn(
        DiscrepancyModel::TixngoStatusColumn, new StatusDelegate(StatusDelegate::Vocabulary::Tixngo, m_table));
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_table->setColumnWidth(DiscrepancyModel::SeverityColumn, 8 * em);
    m_table->setColumnWidth(DiscrepancyModel::CategoryColumn, 16 * em);
    m_table->setColumnWidth(DiscrepancyModel::TicketIdColumn, 8 * em);
    m_table->setColumnWidth(DiscrepancyModel::EventIdColumn, 6 * em);
    m_table->setColumnWidth(DiscrepancyModel::S360StatusColumn, 12 * em);
    m_table->setColumnWidth(DiscrepancyModel::TixngoStatusColumn, 15 * em);
    m_table->setColumnWidth(DiscrepancyModel::AgeColumn, 8 * em);
    m_table->setColumnWidth(DiscrepancyModel::FixColumn, 12 * em);

    // Detail panel: explanation, histories, fix buttons.
    auto *detailBox = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detail->setObjectName(QStringLiteral("reconDetail"));
    m_detail->setOpenLinks(false);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addWidget(m_selectionLabel);
    auto *buttons = new QGridLayout;
    const QList<std::pair<FixKind, QStyle::StandardPixmap>> fixes{{FixKind::Reinject, QStyle::SP_ArrowUp},
        {FixKind::ReprintAndInject, QStyle::SP_BrowserReload}, {FixKind::PushDeletion, QStyle::SP_TrashIcon},
        {FixKind::PushControl, QStyle::SP_DialogApplyButton}, {FixKind::RefreshFromTixngo, QStyle::SP_ArrowDown},
        {FixKind::SkipList, QStyle::SP_DialogCancelButton}};
    int i = 0;
    for (const auto &[fix, icon] : fixes) {
        auto *b = new QPushButton(style()->standardIcon(icon), fixName(fix), detailBox);
        b->setToolTip(whatChanges(fix));
        b->setObjectName(QStringLiteral("fix-") + fixCode(fix));
        connect(b, &QPushButton::clicked, this, [this, fix = fix] { fixSelection(fix); });
        buttons->addWidget(b, i / 2, i % 2);
        m_fixButtons << b;
        ++i;
    }
    detailLayout->addLayout(buttons);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    auto *tableBox = new QWidget(lower);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filters);
    tableLayout->addWidget(m_table);
    lower->addWidget(tableBox);
    lower->addWidget(detailBox);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 1);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(summary);
    vertical->addWidget(lower);
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 5);
    vertical->setSizes({320, 600});
    outer->addWidget(vertical, 1);

    connect(m_reconcileButton, &QPushButton::clicked, this, [this] {
        m_tixngoView.clear(); // the local state only, until TIXNGO's view is read again
        reconcile();
    });
    connect(m_exportButton, &QPushButton::clicked, this, &ReconciliationPage::exportClicked);
    connect(m_readTixngoButton, &QPushButton::clicked, this, &ReconciliationPage::readTixngoView);
    connect(m_job, &ReconJob::finished, this, &ReconciliationPage::onResult);
    connect(m_job, &ReconJob::failed, this, [this](const QString &, const QString &message) {
        m_progress->hide();
        m_reconcileButton->setEnabled(true);
        showMessage(tr("Reconciliation failed: %1").arg(message), true);
        emit reconcileFailed(message);
    });
    connect(m_chart, &ReconChart::categoryClicked, this, [this](Category c) { onCategoryClicked(int(c)); });
    connect(m_event, &QComboBox::currentIndexChanged, this, &ReconciliationPage::applyFilters);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ReconciliationPage::applyFilters);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &ReconciliationPage::applyFilters);
    auto *textTimer = new QTimer(this);
    textTimer->setSingleShot(true);
    textTimer->setInterval(250);
    connect(m_text, &QLineEdit::textChanged, textTimer, qOverload<>(&QTimer::start));
    connect(textTimer, &QTimer::timeout, this, &ReconciliationPage::applyFilters);
    connect(clear, &QPushButton::clicked, this, [this] {
        const QSignalBlocker b1(m_event), b2(m_category), b3(m_severity), b4(m_text);
        m_event->setCurrentIndex(0);
        m_category->setCurrentIndex(0);
        m_severity->setCurrentIndex(0);
        m_text->clear();
        applyFilters();
    });
    connect(m_eventTable, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QString id = index.data(ReconEventModel::EventIdRole).toString();
        const int at = m_event->findData(id);
        m_event->setCurrentIndex(at < 0 || at == m_event->currentIndex() ? 0 : at);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetail();
        updateButtons();
    });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReconciliationPage::updateDetail);
    connect(m_styled, &QAbstractItemModel::modelReset, this, [this] {
        updateDetail();
        updateButtons();
    });
    connect(m_fixer, &ReconFixRunner::progress, this, [this](const QString &text, int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->show();
        m_summary->setText(text);
    });
    connect(m_fixer, &ReconFixRunner::finished, this, [this](const QList<ReconFixRunner::Outcome> &outcomes) {
        bool ok = true;
        QStringList lines;
        for (const auto &o : outcomes) {
            ok = ok && o.ok;
            lines << o.message;
        }
        showMessage(lines.join(QLatin1Char('\n')), !ok);
        updateButtons();
        emit ticketsChanged();
        emit fixesFinished(ok);
        // TIXNGO's view was read before the fix: its states would hide what the fix changed.
        m_tixngoView.clear();
        reconcile(); // the view shows what is left
    });
    updateDetail();
    updateButtons();
    m_summary->setText(tr("Not reconciled yet."));
}

ReconciliationPage::~ReconciliationPage()
{
    if (m_viewThread) {
        m_viewCancel->store(true);
        m_viewThread->wait();
        delete m_viewThread; // its result, queued to this page, is dropped with it
    }
}

void ReconciliationPage::setTransportFactory(sync::RunController::TransportFactory factory)
{
    m_factory = factory;
    m_fixer->setTransportFactory(std::move(factory));
}

void ReconciliationPage::readTixngoView()
{
    if (m_viewThread) {
        m_viewCancel->store(true);
        return;
    }
    m_viewCancel = std::make_shared<std::atomic<bool>>(false);
    m_readTixngoButton->setText(tr("Cancel reading TIXNGO"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_summary->setText(tr("Reading TIXNGO's view…"));
    QPointer<ReconciliationPage> self(this);
    m_viewThread = QThread::create([self, location = m_store->location(), factory = m_factory, cancel = m_viewCancel] {
        // The worker's own database connection and TIXNGO client (both belong to this thread).
        Result<std::vector<TixngoTicketState>> view = [&]() -> Result<std::vector<TixngoTicketState>> {
            auto store = Store::open(location);
            if (!store)
                return fail(store.error());
            auto transport = factory ? factory(**store) : sync::defaultTransport(**store, {});
            if (!transport)
                return fail(transport.error());
            return recon::readTixngoView(
                **transport,
                [self](qsizetype n) {
                    QMetaObject::invokeMethod(
                        self,
                        [self, n] {
                            if (self)
                                self->m_summary->setText(
                                    ReconciliationPage::tr("Reading TIXNGO's view: %n ticket(s)…", nullptr, int(n)));
                        },
                        Qt::QueuedConnection);
                },
                cancel.get());
        }();
        QMetaObject::invokeMethod(
            self,
            [self, view = std::move(view)]() mutable {
                if (!self)
                    return;
                self->m_viewThread->wait();
                self->m_viewThread->deleteLater();
                self->m_viewThread = nullptr;
                self->m_readTixngoButton->setText(ReconciliationPage::tr("Read &TIXNGO's view"));
                if (!view) {
                    self->m_progress->hide();
                    self->m_summary->clear();
                    self->showMessage(
                        ReconciliationPage::tr("TIXNGO's view was not read: %1").arg(view.error().message), true);
                    emit self->tixngoViewRead(false);
                    return;
                }
                self->m_tixngoView = std::move(*view);
                self->m_tixngoViewReadAt = QDateTime::currentDateTime();
                self->showMessage(ReconciliationPage::tr(
                                      "TIXNGO's view read: %n ticket(s).", nullptr, int(self->m_tixngoView.size())),
                    false);
                emit self->tixngoViewRead(true);
                self->reconcile();
            },
            Qt::QueuedConnection);
    });
    m_viewThread->start();
}

void ReconciliationPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_reconciledOnce && !isReconciling()) {
        m_reconciledOnce = true;
        QTimer::singleShot(0, this, &ReconciliationPage::reconcile);
    }
}

bool ReconciliationPage::isReconciling() const
{
    return m_job->isRunning();
}

void ReconciliationPage::reconcile()
{
    m_reconciledOnce = true;
    ReconOptions options = ReconOptions::fromSettings(*m_store);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_summary->setText(tr("Reconciling…"));
    m_job->start(options, m_tixngoView); // supersedes a running one: its result is dropped
}

void ReconciliationPage::showResult(std::shared_ptr<const ReconResult> result)
{
    m_reconciledOnce = true;
    m_job->cancel();
    onResult(std::move(result));
}

void ReconciliationPage::loadSkipLists()
{
    QSet<QString> ids;
    for (sync::SyncFunction f : sync::allSyncFunctions()) {
        auto list = sync::runs::skipList(*m_store, f);
        if (list)
            for (const QString &id : list->ticketIds)
                ids.insert(id);
    }
    m_styled->setSkipListed(std::move(ids));
}

void ReconciliationPage::onResult(std::shared_ptr<const ReconResult> result)
{
    m_progress->hide();
    m_reconcileButton->setEnabled(true);
    loadSkipLists();
    m_model->setResult(result);
    // Event names for the totals and the filter (one row per event: small).
    QHash<QString, QString> names;
    if (auto q = m_store->exec(QStringLiteral("SELECT event_id, name FROM events"))) {
        while (q->next())
            names.insert(q->value(0).toString(), q->value(1).toString());
    }
    m_eventModel->setEventNames(names);
    m_eventModel->setResult(result);
    m_chart->setResult(result);

    // Event filter: most urgent first; keep the chosen event.
    const QString current = m_event->currentData().toString();
    {
        const QSignalBlocker block(m_event);
        m_event->clear();
        m_event->addItem(tr("All events"), QString());
        for (const EventTotals &e : result->events)
            if (e.total() > 0)
                m_event->addItem(names.value(e.eventId, e.eventId), e.eventId);
        const int at = m_event->findData(current);
        m_event->setCurrentIndex(at < 0 ? 0 : at);
    }
    applyFilters();

    const auto &s = result->severityCounts;
    m_summary->setText(
        tr("%1 tickets compared, %2 disagree: %3 errors, %4 warnings, %5 pending, %6 info "
           "(as of %7).")
            .arg(result->ticketCount)
            .arg(result->size())
            .arg(s[size_t(Severity::Error)])
            .arg(s[size_t(Severity::Warning)])
            .arg(s[size_t(Severity::Pending)])
            .arg(s[size_t(Severity::Info)])
            .arg(
                QDateTime::fromSecsSinceEpoch(result->now).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    if (result->duplicateGroups > 0)
        m_summary->setText(m_summary->text() + QLatin1Char(' ')
            + tr("%n duplicated barcode(s) or ticket id(s).", nullptr, int(result->duplicateGroups)));
    if (!m_tixngoView.empty())
        m_summary->setText(m_summary->text() + QLatin1Char(' ')
            + tr("With TIXNGO's view read at %1.").arg(m_tixngoViewReadAt.toString(QStringLiteral("HH:mm"))));
    qCInfo(lcUi) << "reconciled" << result->ticketCount << "tickets," << result->size() << "discrepancies";
    emit reconciled();
}

void ReconciliationPage::onCategoryClicked(int category)
{
    const int at = m_category->findData(category);
    m_category->setCurrentIndex(at == m_category->currentIndex() ? 0 : at); // a second click clears
}

void ReconciliationPage::applyFilters()
{
    DiscrepancyModel::Filter f;
    f.eventId = m_event->currentData().toString();
    const int c = m_category->currentData().toInt();
    if (c >= 0)
        f.categories = DiscrepancyModel::bit(Category(c));
    const int s = m_severity->currentData().toInt();
    if (s >= 0)
        f.severities = DiscrepancyModel::bit(Severity(s));
    f.text = m_text->text().trimmed();
    m_model->setFilter(f);
    m_chart->setHighlightedCategory(c);
}

QList<int> ReconciliationPage::selectedRows() const
{
    QList<int> rows;
    const QItemSelection sel = m_table->selectionModel()->selection();
    for (const QItemSelectionRange &r : sel)
        for (int row = r.top(); row <= r.bottom(); ++row)
            rows << row;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

void ReconciliationPage::updateButtons()
{
    const QList<int> rows = selectedRows();
    const bool busy = m_fixer->isRunning() || m_awaitingProduction;
    std::array<bool, FixKindCount> offered{};
    if (rows.size() > kEnableCheckLimit) {
        offered.fill(true);
    } else {
        for (int row : rows)
            if (const Discrepancy *d = m_model->discrepancy(row))
                for (FixKind k : fixesFor(d->category))
                    offered[size_t(k)] = true;
    }
    for (int k = 0; k < FixKindCount; ++k)
        m_fixButtons[k]->setEnabled(!busy && offered[size_t(k)]);
    m_selectionLabel->setText(rows.isEmpty()
            ? tr("Select one or more tickets in the table to fix them.")
            : tr("The fixes below apply to the %n selected ticket(s).", nullptr, int(rows.size())));
}

void ReconciliationPage::updateDetail()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const Discrepancy *d = current.isValid() ? m_model->discrepancy(current.row()) : nullptr;
    const auto result = m_model->result();
    if (!d || !result) {
        m_detail->setHtml(tr("<p>Select a discrepancy to see what S-360 and TIXNGO say, what is expected and "
                             "what will fix it.</p>"));
        return;
    }
    const QString ticketId = result->ticketId(*d);
    QString html;
    html += QStringLiteral("<h3>%1 — %2</h3>").arg(ticketId.toHtmlEscaped(), categoryName(d->category).toHtmlEscaped());
    html += QStringLiteral("<p><b style=\"color:%1\">%2</b> · %3 · %4</p>")
                .arg(ReconStyledModel::severityColor(int(d->severity)).name(),
                    severityName(d->severity).toHtmlEscaped(), tr("event %1").arg(result->eventId(*d).toHtmlEscaped()),
                    tr("disagreeing for %1").arg(formatAge(result->age(*d))));
    QString explanation = result->explanation(*d).toHtmlEscaped();
    explanation.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    html += QStringLiteral("<p>%1</p>").arg(explanation);
    QStringList fixNames;
    for (FixKind k : fixesFor(d->category))
        fixNames << fixName(k);
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Fixes:"), fixNames.join(QStringLiteral(" · ")).toHtmlEscaped());

    // S-360 side: recorded status changes.
    html += QStringLiteral("<h4>%1</h4>").arg(tr("S-360 status changes"));
    auto q
        = m_store->exec(QStringLiteral("SELECT status, reason, at, actor FROM s360_status_changes WHERE ticket_id = ? "
                                       "ORDER BY at, id LIMIT 200"),
            {ticketId});
    QString rows;
    if (q) {
        while (q->next())
            rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(when(q->value(2).toString()).toHtmlEscaped(), q->value(0).toString().toHtmlEscaped(),
                            q->value(1).toString().toHtmlEscaped(), q->value(3).toString().toHtmlEscaped());
    }
    html += rows.isEmpty()
        ? QStringLiteral("<p><i>%1</i></p>").arg(tr("No status change recorded."))
        : QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\"><tr><th>%1</th><th>%2</th><th>%3</"
                         "th><th>%4</th></tr>%5</table>")
              .arg(tr("When"), tr("Status"), tr("Reason"), tr("By"), rows);

    // TIXNGO side: the status log.
    html += QStringLiteral("<h4>%1</h4>").arg(tr("TIXNGO status log"));
    rows.clear();
    for (const TixngoHistoryEntry &h : m_store->tixngoHistory(ticketId))
        rows
            += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                   .arg(h.at.isValid() ? h.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString(),
                       toCode(h.status).toHtmlEscaped(), h.actor.toHtmlEscaped());
    html += rows.isEmpty()
        ? QStringLiteral("<p><i>%1</i></p>").arg(tr("No TIXNGO status history stored."))
        : QStringLiteral(
            "<table cellspacing=\"0\" cellpadding=\"2\"><tr><th>%1</th><th>%2</th><th>%3</th></tr>%4</table>")
              .arg(tr("When"), tr("Status"), tr("By"), rows);
    m_detail->setHtml(html);
}

QString ReconciliationPage::detailText() const
{
    return m_detail->toPlainText();
}

QString ReconciliationPage::messageText() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

void ReconciliationPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; padding: 6px; }")
                                   : QStringLiteral("QLabel { background: #e8f4ea; color: #1d5b2a; padding: 6px; }"));
    m_message->setVisible(!text.isEmpty());
}

void ReconciliationPage::fixSelection(FixKind fix)
{
    fixRows(selectedRows(), fix);
}

bool ReconciliationPage::fixRows(const QList<int> &rows, FixKind fix)
{
    const auto result = m_model->result();
    if (!result || rows.isEmpty() || m_fixer->isRunning() || m_awaitingProduction)
        return false;
    QList<qsizetype> selection;
    selection.reserve(rows.size());
    for (int row : rows)
        if (const Discrepancy *d = m_model->discrepancy(row))
            selection << qsizetype(d - result->discrepancies.data());
    const FixPlan plan = planFixes(*result, selection, fix);
    QStringList ids;
    for (const FixBatch &b : plan.batches)
        if (b.fix == fix)
            ids += b.ticketIds;
    if (ids.isEmpty()) {
        showMessage(tr("None of the selected tickets offers “%1”: choose another fix.").arg(fixName(fix)), true);
        return false;
    }

    // Steps: one per function (the skip list goes to the function that would act on each ticket).
    QList<ReconFixRunner::Step> steps;
    if (fix == FixKind::SkipList) {
        QHash<QString, Category> categoryOf;
        for (qsizetype i : selection)
            categoryOf.insert(result->ticketId(result->at(i)), result->at(i).category);
        for (const QString &id : ids) {
            const auto function = ReconFixRunner::functionFor(fix, categoryOf.value(id));
            auto it = std::find_if(steps.begin(), steps.end(), [&](const auto &s) { return s.function == function; });
            if (it == steps.end())
                steps << ReconFixRunner::Step{fix, function, {id}};
            else
                it->ticketIds << id;
        }
    } else {
        steps << ReconFixRunner::Step{fix, ReconFixRunner::functionFor(fix, Category::ShouldNotExist), ids};
    }

    QString text = tr("%1 for %n ticket(s)?", nullptr, int(ids.size())).arg(fixName(fix));
    text += QStringLiteral("\n\n") + tr("This changes %1.").arg(ReconFixRunner::systemChanged(fix)) + QLatin1Char(' ')
        + whatChanges(fix);
    text += QStringLiteral("\n\n") + tr("Tickets: %1").arg(ids.mid(0, 10).join(QStringLiteral(", ")));
    if (ids.size() > 10)
        text += QStringLiteral(" ") + tr("and %n more", nullptr, int(ids.size() - 10));
    if (!plan.notApplicable.isEmpty())
        text += QStringLiteral("\n\n")
            + tr("%n selected ticket(s) are left out: their category does not offer this fix.", nullptr,
                int(plan.notApplicable.size()));
    const QString title = tr("Fix %n ticket(s)", nullptr, int(ids.size()));
    const bool go = m_confirm
        ? m_confirm(title, text)
        : QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    if (!go)
        return false;
    if (m_production && m_production->production) {
        // On production, the number of tickets is typed before anything changes.
        m_awaitingProduction = true;
        updateButtons();
        const qsizetype count = ids.size();
        ProductionConfirmation::ask(
            this, *m_production, productionAction(fix), count, [this, steps = std::move(steps)](bool confirmed) {
                m_awaitingProduction = false;
                if (confirmed)
                    startFixes(steps);
                else
                    showMessage(tr("Fix cancelled: nothing was changed."), false);
                updateButtons();
            });
        return true;
    }
    startFixes(steps);
    return true;
}

void ReconciliationPage::startFixes(const QList<ReconFixRunner::Step> &steps)
{
    showMessage({}, false);
    m_fixer->start(steps);
    updateButtons();
}

QString ReconciliationPage::productionAction(FixKind fix)
{
    switch (fix) {
    case FixKind::Reinject:
        return tr("re-inject");
    case FixKind::ReprintAndInject:
        return tr("reprint (new ticket id and barcode) and inject");
    case FixKind::PushDeletion:
        return tr("push the deletion of");
    case FixKind::PushControl:
        return tr("push the control of");
    case FixKind::RefreshFromTixngo:
        return tr("refresh from TIXNGO");
    case FixKind::SkipList:
        return tr("put on the skip list");
    }
    return {};
}

void ReconciliationPage::setProductionProfile(std::optional<secrets::ConnectionProfile> profile)
{
    m_production = std::move(profile);
}

Status ReconciliationPage::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("RECON_EXPORT"),
            tr("Cannot write %1: %2. Choose a folder you can write to.").arg(path, file.errorString()));
    QByteArray buffer;
    buffer += "ticketId,eventId,category,severity,s360Status,tixngoStatus,ageSeconds,fix,explanation\r\n";
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        auto cell = [&](int column, int role = Qt::DisplayRole) { return m_model->index(row, column).data(role); };
        const QStringList fields{cell(DiscrepancyModel::TicketIdColumn).toString(),
            cell(DiscrepancyModel::EventIdColumn).toString(),
            cell(DiscrepancyModel::CategoryColumn, Qt::EditRole).toString(),
            cell(DiscrepancyModel::SeverityColumn, Qt::EditRole).toString(),
            cell(DiscrepancyModel::S360StatusColumn).toString(), cell(DiscrepancyModel::TixngoStatusColumn).toString(),
            QString::number(cell(DiscrepancyModel::AgeColumn, Qt::EditRole).toLongLong()),
            cell(DiscrepancyModel::FixColumn, Qt::EditRole).toString(),
            cell(DiscrepancyModel::ExplanationColumn).toString()};
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        buffer += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    if (!file.commit())
        return fail(QStringLiteral("RECON_EXPORT"),
            tr("Cannot write %1: %2. Check the free disk space.").arg(path, file.errorString()));
    return {};
}

void ReconciliationPage::exportClicked()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the reconciliation view"), QStringLiteral("reconciliation.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status ok = exportCsv(path); !ok)
        showMessage(ok.error().message, true);
    else
        showMessage(tr("%n discrepancy(ies) exported to %1.", nullptr, m_model->rowCount()).arg(path), false);
}

} // namespace tixsync
