#include "syncrunview.h"

#include "core/store.h"
#include "syncledgermodel.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tixsync {

using namespace sync;

SyncRunView::SyncRunView(QString databaseLocation, QWidget *parent)
    : QWidget(parent)
    , m_location(std::move(databaseLocation))
{
    setObjectName(QStringLiteral("syncRunView"));
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(tr("Open a run in the history to see its tickets and errors."));
    m_summary->setObjectName(QStringLiteral("runSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_summary);

    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("runTabs"));
    // Errors by class
    m_errors = new QTreeWidget;
    m_errors->setObjectName(QStringLiteral("errorGroups"));
    m_errors->setHeaderLabels({tr("Class / ticket"), tr("Code"), tr("Message")});
    m_errors->setColumnWidth(0, 170);
    m_errors->setWordWrap(true);
    tabs->addTab(m_errors, tr("Errors by class"));

    // Ledger
    auto *ledgerPage = new QWidget;
    auto *lv = new QVBoxLayout(ledgerPage);
    auto *bar = new QHBoxLayout;
    m_filter = new QComboBox;
    m_filter->setObjectName(QStringLiteral("resultFilter"));
    m_filter->addItem(tr("All results"), QString());
    m_filter->addItem(tr("OK"), QStringLiteral("OK"));
    m_filter->addItem(tr("Errors"), QStringLiteral("ERROR"));
    m_filter->addItem(tr("Skipped"), QStringLiteral("SKIPPED"));
    m_export = new QPushButton(tr("Export CSV…"));
    m_export->setObjectName(QStringLiteral("exportCsv"));
    bar->addWidget(new QLabel(tr("Show:")));
    bar->addWidget(m_filter);
    bar->addStretch(1);
    bar->addWidget(m_export);
    lv->addLayout(bar);
    m_model = new SyncLedgerModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(SyncLedgerModel::ResultColumn);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("ledger"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    // Ledger order (the engine's) until a header is clicked: no 100 000-row sort on every load.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_payload = new QPlainTextEdit;
    m_payload->setObjectName(QStringLiteral("payloadView"));
    m_payload->setReadOnly(true);
    m_payload->setPlaceholderText(tr("Select a ticket to see the JSON sent."));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_payload);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    lv->addWidget(split);
    tabs->addTab(ledgerPage, tr("Tickets (ledger)"));
    v->addWidget(tabs, 1);

    auto *buttons = new QHBoxLayout;
    m_retry = new QPushButton(tr("Retry failed"));
    m_retry->setObjectName(QStringLiteral("retryFailed"));
    m_retry->setToolTip(tr("Runs the function again for the failed tickets only (force list)."));
    m_skip = new QPushButton(tr("Add failed to skip list"));
    m_skip->setObjectName(QStringLiteral("addToSkipList"));
    m_bundle = new QPushButton(tr("Support bundle…"));
    m_bundle->setObjectName(QStringLiteral("supportBundle"));
    m_bundle->setToolTip(tr("A zip of this run for support; the API key and personal data are removed."));
    buttons->addWidget(m_retry);
    buttons->addWidget(m_skip);
    buttons->addStretch(1);
    buttons->addWidget(m_bundle);
    v->addLayout(buttons);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_filter->currentData().toString();
        m_proxy->setFilterRegularExpression(code.isEmpty() ? QString() : QStringLiteral("^%1$").arg(code));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SyncRunView::showPayload);
    connect(
        m_retry, &QPushButton::clicked, this, [this] { emit retryFailedRequested(m_run.function, failedTicketIds()); });
    connect(m_skip, &QPushButton::clicked, this,
        [this] { emit addToSkipListRequested(m_run.function, failedTicketIds()); });
    connect(m_bundle, &QPushButton::clicked, this, [this] { emit supportBundleRequested(m_run.id); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the ledger"), QStringLiteral("run-%1-ledger.csv").arg(m_run.id), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (auto ok = exportCsv(path); !ok)
            QMessageBox::warning(this, tr("Export failed"), ok.error().message);
    });
    clear();
}

SyncRunView::~SyncRunView()
{
    for (QThread *t : std::as_const(m_threads)) {
        t->wait();
        delete t;
    }
}

void SyncRunView::clear()
{
    m_run = {};
    ++m_generation;
    m_model->setRows({});
    m_errors->clear();
    m_payload->clear();
    m_retry->setEnabled(false);
    m_skip->setEnabled(false);
    m_bundle->setEnabled(false);
    m_export->setEnabled(false);
}

void SyncRunView::showRun(const runs::RunRow &run)
{
    m_run = run;
    const quint64 generation = ++m_generation;
    m_loading = true;
    const QLocale l;
    QString text
        = tr("<b>Run %1</b> — %2 — %3 — started %4, ended %5 — %6 selected, %7 synced, %8 failed, %9 skipped")
              .arg(run.id)
              .arg(displayName(run.function).toHtmlEscaped(),
                  toCode(run.outcome) + (run.dryRun ? tr(" (dry run)") : QString()),
                  l.toString(run.startedAt.toLocalTime(), QLocale::ShortFormat),
                  run.endedAt.isValid() ? l.toString(run.endedAt.toLocalTime(), QLocale::ShortFormat) : tr("—"))
              .arg(run.selected)
              .arg(run.succeeded)
              .arg(run.failed)
              .arg(run.skipped);
    if (!run.errorText.isEmpty())
        text += QStringLiteral("<br><span style='color:#c62828'>%1: %2</span>")
                    .arg(run.errorCode.toHtmlEscaped(), run.errorText.toHtmlEscaped());
    m_summary->setText(text);
    m_bundle->setEnabled(run.id > 0);
    m_export->setEnabled(false);
    m_retry->setEnabled(false);
    m_skip->setEnabled(false);
    m_errors->clear();
    m_payload->clear();

    // Ledgers can hold 100 000 rows: read them off the GUI thread, with a connection of its own.
    const QString location = m_location;
    const qint64 runId = run.id;
    // The destructor waits for these threads; an answer posted to a deleted view is dropped.
    QThread *t = QThread::create([this, location, runId, generation] {
        QList<runs::LedgerRow> rows;
        QString error;
        if (auto store = Store::open(location)) {
            if (auto l = runs::ledger(**store, runId))
                rows = std::move(*l);
            else
                error = l.error().message;
        } else {
            error = store.error().message;
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, rows = std::move(rows), error]() mutable {
                applyLedger(generation, std::move(rows), error);
            },
            Qt::QueuedConnection);
    });
    m_threads << t;
    connect(t, &QThread::finished, this, [this, t] {
        m_threads.removeOne(t);
        t->deleteLater();
    });
    t->start();
}

void SyncRunView::applyLedger(quint64 generation, QList<runs::LedgerRow> rows, const QString &error)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    if (!error.isEmpty())
        m_summary->setText(
            m_summary->text() + QStringLiteral("<br>") + tr("Cannot read the ledger: %1").arg(error.toHtmlEscaped()));
    m_model->setRows(std::move(rows));
    m_table->resizeColumnsToContents();
    m_export->setEnabled(true);
    fillErrors();
    const bool anyFailed = !failedTicketIds().isEmpty();
    m_retry->setEnabled(anyFailed && !m_run.dryRun);
    m_skip->setEnabled(anyFailed && !m_run.dryRun);
    emit loaded();
}

QString SyncRunView::className(const QString &code)
{
    if (code == QLatin1String("external"))
        return tr("External (TIXNGO refused)");
    if (code == QLatin1String("configuration"))
        return tr("Configuration");
    if (code == QLatin1String("mapping"))
        return tr("Mapping (template / data)");
    if (code == QLatin1String("technical"))
        return tr("Technical (network / server)");
    if (code == QLatin1String("cascade"))
        return tr("Cascade (stopped by an earlier error)");
    return tr("Unclassified");
}

QString SyncRunView::recommendedAction(const QString &code)
{
    if (code == QLatin1String("external"))
        return tr("TIXNGO refused these tickets: read each message, correct the ticket in S-360 (or ask TIXNGO), then "
                  "Retry failed — or add them to the skip list.");
    if (code == QLatin1String("configuration"))
        return tr("The interface is misconfigured (URL, API key, organizer, parameters): fix the settings, then Retry "
                  "failed.");
    if (code == QLatin1String("mapping"))
        return tr(
            "The payload could not be built or misses mandatory data: fix the ticket template or the ticket data, "
            "then Retry failed.");
    if (code == QLatin1String("technical"))
        return tr("Network or server trouble: Retry failed in a few minutes; if it persists, check the connection and "
                  "TIXNGO's status.");
    if (code == QLatin1String("cascade"))
        return tr(
            "Not processed because an earlier error stopped the run: fix the first error; Retry failed then sends "
            "them.");
    return tr("Read the message; Retry failed, or add the tickets to the skip list.");
}

void SyncRunView::fillErrors()
{
    m_errors->clear();
    QMap<QString, QList<const runs::LedgerRow *>> byClass;
    for (const auto &r : m_model->rows())
        if (r.result == QLatin1String("ERROR"))
            byClass[r.errorClass] << &r;
    if (!m_run.errorCode.isEmpty()) {
        // The run-level error: its class from the engine's classification.
        const QString cls = toCode(SyncEngine::classify(Error{m_run.errorCode, m_run.errorText, {}, 0, 0}));
        auto *item = new QTreeWidgetItem(
            m_errors, {tr("Run stopped — %1").arg(className(cls)), m_run.errorCode, m_run.errorText});
        item->setForeground(0, QColor(0xc6, 0x28, 0x28));
        item->setToolTip(2, m_run.errorText);
        item->setData(0, Qt::UserRole, cls);
        auto *action = new QTreeWidgetItem(item, {tr("Recommended action: %1").arg(recommendedAction(cls))});
        action->setFirstColumnSpanned(true);
        action->setToolTip(0, recommendedAction(cls));
        action->setForeground(0, QColor(0x15, 0x65, 0xc0));
        item->setExpanded(true);
    }
    for (auto it = byClass.cbegin(); it != byClass.cend(); ++it) {
        auto *group = new QTreeWidgetItem(
            m_errors, {tr("%1 — %n ticket(s)", nullptr, int(it->size())).arg(className(it.key()))});
        group->setData(0, Qt::UserRole, it.key());
        group->setFirstColumnSpanned(true);
        auto *action = new QTreeWidgetItem(group, {tr("Recommended action: %1").arg(recommendedAction(it.key()))});
        action->setFirstColumnSpanned(true);
        action->setToolTip(0, recommendedAction(it.key()));
        action->setForeground(0, QColor(0x15, 0x65, 0xc0));
        QFont italic = action->font(0);
        italic.setItalic(true);
        action->setFont(0, italic);
        QFont f = group->font(0);
        f.setBold(true);
        group->setFont(0, f);
        int shown = 0;
        for (const runs::LedgerRow *r : *it) {
            if (++shown > 500) {
                new QTreeWidgetItem(group, {tr("… %n more", nullptr, int(it->size()) - 500)});
                break;
            }
            auto *child = new QTreeWidgetItem(group, {r->ticketId, r->errorCode, r->errorMessage});
            child->setToolTip(2, r->errorMessage);
        }
        group->setExpanded(byClass.size() <= 3);
    }
    if (m_errors->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_errors, {tr("No error in this run.")});
    m_errors->resizeColumnToContents(1);
}

void SyncRunView::showPayload()
{
    const QModelIndex cur = m_proxy->mapToSource(m_table->currentIndex());
    if (!cur.isValid() || cur.row() >= m_model->rows().size()) {
        m_payload->clear();
        return;
    }
    const auto &r = m_model->rows().at(cur.row());
    if (r.payload.isEmpty()) {
        m_payload->setPlainText(tr("%1 bytes sent (hash %2). The JSON itself is kept only with the custom parameter "
                                   "maxLengthDumpedCallsInKbs (for example maxLengthDumpedCallsInKbs=1024).")
                                    .arg(r.payloadSize)
                                    .arg(r.payloadHash));
        return;
    }
    const QJsonDocument d = QJsonDocument::fromJson(r.payload.toUtf8());
    m_payload->setPlainText(d.isNull() ? r.payload : QString::fromUtf8(d.toJson(QJsonDocument::Indented)));
}

QStringList SyncRunView::failedTicketIds() const
{
    QStringList ids;
    for (const auto &r : m_model->rows())
        if (r.result == QLatin1String("ERROR") && !r.ticketId.isEmpty())
            ids << r.ticketId;
    ids.removeDuplicates();
    return ids;
}

Status SyncRunView::exportCsv(const QString &path) const
{
    QFile f(path);
    const QByteArray csv = m_model->toCsv();
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size())
        return fail(QStringLiteral("SYNC_EXPORT"),
            tr("Cannot write %1: %2. Choose another folder.").arg(path, f.errorString()));
    return {};
}

} // namespace tixsync
