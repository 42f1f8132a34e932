#include "mainwindow.h"

#include "audit/auditlog.h"
#include "auditlogview.h"
#include "core/changewatcher.h"
#include "core/logging.h"
#include "core/store.h"
#include "demodatadialog.h"
#include "items/tickettablemodel.h"
#include "secrets/connectionprofiles.h"
#include "syncpage.h"
#include "ticketspage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

#if __has_include("import/ticketimporter.h") && __has_include("import/demodata.h")
#include "import/demodata.h"
#include "import/ticketimporter.h"
#define TIXSYNC_HAVE_IMPORT 1
#else
#define TIXSYNC_HAVE_IMPORT 0
#endif

// The icons are compiled into this static library: register them explicitly, or the linker
// drops them. Q_INIT_RESOURCE must be called outside any namespace.
static void initUiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace tixsync {

namespace {
constexpr int kProgressSteps = 1000;
}

MainWindow::MainWindow(Store *store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
{
    initUiResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(
        tr("TixSync — %1")
            .arg(store->backend() == Store::Backend::Sqlite ? QFileInfo(store->location()).fileName()
                                                            : store->location().section(QLatin1Char('@'), -1)));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tixsync.svg")));

    m_pages = new QTabWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_pages->setIconSize(QSize(18, 18));
    setCentralWidget(m_pages);
    m_tickets = new TicketsPage(store);
    m_tickets->setObjectName(QStringLiteral("ticketsPage"));
    addPage(m_tickets, tr("Tickets"), QIcon(QStringLiteral(":/icons/tickets.svg")));

    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_loading = new QLabel(tr("Loading…"));
    m_loading->hide();
    statusBar()->addPermanentWidget(m_loading);
    statusBar()->addPermanentWidget(m_counts);
    connect(m_tickets, &TicketsPage::countsChanged, this, &MainWindow::updateCounts);
    connect(m_tickets, &TicketsPage::loadingChanged, m_loading, &QLabel::setVisible);
    connect(m_tickets, &TicketsPage::loadFailed, this,
        [this](const QString &message) { showError(tr("Cannot read the database"), message); });
    connect(this, &MainWindow::storeChanged, this, &MainWindow::reloadData);
    updateCounts(0, 0, 0);

    buildMenus();
    resize(1400, 860); // the default; restoreSettings() puts back the user's
    restoreSettings();

    // Others' changes on a shared database: reload only what moved.
    m_watcher = new ChangeWatcher(store, this);
    m_watcher->setObjectName(QStringLiteral("changeWatcher"));
    connect(m_watcher, &ChangeWatcher::ticketsChanged, this, &MainWindow::ticketsChangedElsewhere);
    // A stale Tickets page reloads when it is shown again, or when its running load ends.
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::reloadStaleTickets);
    connect(m_tickets, &TicketsPage::loadingChanged, this, [this](bool loading) {
        if (!loading)
            reloadStaleTickets();
    });
    connect(m_watcher, &ChangeWatcher::runsChanged, this, &MainWindow::reloadRuns);
    connect(m_watcher, &ChangeWatcher::auditChanged, this, &MainWindow::reloadAuditLog);
    reloadData();
    setRefreshInterval(secrets::ConnectionProfiles().refreshSeconds() * 1000); // Settings › Database
}

int MainWindow::refreshInterval() const
{
    return m_watcher->isActive() ? m_watcher->interval() : 0;
}

void MainWindow::setRefreshInterval(int msecs)
{
    if (msecs <= 0) {
        m_watcher->stop();
        return;
    }
    m_watcher->setInterval(msecs);
    if (!m_watcher->isActive())
        m_watcher->start();
}

bool MainWindow::ticketsShown() const
{
    return isVisible() && !isMinimized() && m_pages->currentWidget() == m_tickets;
}

void MainWindow::ticketsChangedElsewhere()
{
    // A full reload reads every ticket (about a second for a million): only for a page the user
    // sees, once at a time. While another operator's run progresses this keeps the cost at one
    // reload per poll at most, and none while the window shows another page.
    m_ticketsStale = true;
    reloadStaleTickets();
}

void MainWindow::reloadStaleTickets()
{
    if (!m_ticketsStale || !ticketsShown() || m_tickets->ticketModel()->isLoading())
        return;
    m_ticketsStale = false;
    m_tickets->reload();
}

void MainWindow::reloadRuns()
{
    for (SyncPage *page : findChildren<SyncPage *>())
        page->reload();
}

void MainWindow::reloadAuditLog()
{
    for (AuditLogView *view : findChildren<AuditLogView *>())
        view->reload();
}

MainWindow::~MainWindow()
{
    if (m_job)
        m_job->cancel();
}

bool MainWindow::canImport()
{
    return TIXSYNC_HAVE_IMPORT;
}

int MainWindow::addPage(QWidget *page, const QString &title, const QIcon &icon)
{
    return m_pages->addTab(page, icon, title);
}

bool MainWindow::isStoreEmpty() const
{
    auto q = m_store->exec(QStringLiteral("SELECT COUNT(*) FROM events"));
    return q && q->next() && q->value(0).toLongLong() == 0;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(
        QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import tickets…"), this, &MainWindow::openImportDialog);
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence::Open);
    import->setStatusTip(tr("Import an S-360 ticket export (CSV) into this database"));
    QAction *reload
        = file->addAction(QIcon(QStringLiteral(":/icons/reload.svg")), tr("&Reload"), this, &MainWindow::reloadData);
    reload->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_toolsMenu = tools;
    QAction *demo = tools->addAction(
        QIcon(QStringLiteral(":/icons/demo.svg")), tr("Generate &demo data…"), this, &MainWindow::openDemoDataDialog);
    demo->setObjectName(QStringLiteral("demoDataAction"));
    demo->setStatusTip(tr("Fill this database with realistic demo events and tickets"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About TixSync"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);

    m_jobActions = {import, demo};
    if (!canImport()) {
        for (QAction *a : std::as_const(m_jobActions)) {
            a->setEnabled(false);
            a->setStatusTip(tr("Not available in this build"));
        }
    }
}

void MainWindow::reloadData()
{
    m_ticketsStale = false;
    m_tickets->reload();
    // What is reloaded now needs no second reload when the watcher polls next.
    if (m_watcher)
        m_watcher->acknowledge(ChangeWatcher::Tickets);
}

void MainWindow::updateCounts(int events, qint64 tickets, qint64 shown)
{
    const QLocale locale;
    m_counts->setText((events == 1 ? tr("1 event") : tr("%1 events").arg(locale.toString(events)))
        + QStringLiteral(" · ") + (tickets == 1 ? tr("1 ticket") : tr("%1 tickets").arg(locale.toString(tickets)))
        + QStringLiteral(" · ") + tr("%1 shown").arg(locale.toString(shown)));
}

void MainWindow::openImportDialog()
{
    auto *dialog = new QFileDialog(this, tr("Import S-360 tickets"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("S-360 ticket exports (*.csv *.txt)"), tr("All files (*)")});
    QSettings settings;
    dialog->setDirectory(settings.value(QStringLiteral("import/lastFolder")).toString());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QSettings().setValue(QStringLiteral("import/lastFolder"), QFileInfo(path).absolutePath());
        importCsv(path);
    });
    dialog->open();
}

void MainWindow::importCsv(const QString &path)
{
#if TIXSYNC_HAVE_IMPORT
    const QString name = QFileInfo(path).fileName();
    runJob(tr("Import tickets"), tr("Importing %1…").arg(name),
        [path, name](Store &store, const StoreJob::Progress &progress) -> Result<QString> {
            auto stats = tixsync::importTicketsCsv(store, path, progress);
            if (!stats)
                return fail(stats.error());
            const QLocale locale;
            QString summary = tr("Imported %1: %2 rows, %3 new and %4 updated tickets, events: %5.")
                                  .arg(name, locale.toString(stats->rows), locale.toString(stats->inserted),
                                      locale.toString(stats->updated), locale.toString(stats->events));
            if (!stats->warnings.isEmpty())
                summary += QLatin1Char(' ')
                    + tr("Warnings: %1, the first: %2")
                          .arg(locale.toString(stats->warnings.size()), stats->warnings.first());
            return summary;
        });
#else
    Q_UNUSED(path)
    showError(tr("Import tickets"), tr("This build has no importer."));
#endif
}

void MainWindow::openDemoDataDialog()
{
    auto *dialog = new DemoDataDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { generateDemoData(dialog->events(), dialog->ticketsPerEvent(), dialog->seed()); });
    dialog->open();
}

void MainWindow::generateDemoData(int events, int ticketsPerEvent, quint32 seed)
{
#if TIXSYNC_HAVE_IMPORT
    runJob(tr("Generate demo data"),
        tr("Generating %1 tickets of demo data…").arg(QLocale().toString(qint64(events) * ticketsPerEvent)),
        [events, ticketsPerEvent, seed](Store &store, const StoreJob::Progress &progress) -> Result<QString> {
            DemoDataOptions options;
            options.events = events;
            options.ticketsPerEvent = ticketsPerEvent;
            options.seed = seed;
            auto stats = tixsync::generateDemoData(store, options, progress);
            // Demo data changes tickets like an import: the audit log says so (and other
            // operators' windows reload on it).
            const QJsonObject parameters{{QStringLiteral("events"), events},
                {QStringLiteral("ticketsPerEvent"), ticketsPerEvent}, {QStringLiteral("seed"), qint64(seed)}};
            if (auto r = audit::AuditLog::record(store, audit::AuditLog::actionDemoData(), parameters,
                    stats ? audit::AuditLog::outcomeOk() : audit::AuditLog::outcomeError(),
                    stats ? QString() : stats.error().message);
                !r)
                qCWarning(lcUi) << "cannot write the audit log:" << r.error().message;
            if (!stats)
                return fail(stats.error());
            return tr("Demo data: %1 events, %2 tickets.")
                .arg(QLocale().toString(stats->events), QLocale().toString(stats->tickets));
        });
#else
    Q_UNUSED(events)
    Q_UNUSED(ticketsPerEvent)
    Q_UNUSED(seed)
    showError(tr("Generate demo data"), tr("This build has no demo-data generator."));
#endif
}

void MainWindow::runJob(const QString &title, const QString &label, StoreJob::Work work)
{
    if (m_job) {
        showError(title, tr("Another import or demo-data run is still working. Wait for it to finish."));
        return;
    }
    m_job = new StoreJob(m_store->location(), std::move(work), this);
    auto *progress = new QProgressDialog(label, tr("Cancel"), 0, kProgressSteps, this);
    progress->setObjectName(QStringLiteral("jobProgress"));
    progress->setWindowTitle(title);
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(0);
    progress->setMinimumWidth(420);
    progress->setValue(0);
    for (QAction *a : std::as_const(m_jobActions))
        a->setEnabled(false);
    connect(progress, &QProgressDialog::canceled, m_job, &StoreJob::cancel);
    connect(m_job, &StoreJob::progress, progress, [progress](qint64 done, qint64 total) {
        if (total > 0)
            progress->setValue(int(qMin<qint64>(kProgressSteps, done * kProgressSteps / total)));
    });
    connect(m_job, &StoreJob::finished, this,
        [this, title, progress](bool ok, const QString &summary, const QString &errorText) {
            const bool cancelled = m_job->wasCancelled();
            m_job->deleteLater();
            m_job = nullptr;
            progress->deleteLater();
            for (QAction *a : std::as_const(m_jobActions))
                a->setEnabled(true);
            if (ok) {
                statusBar()->showMessage(summary, 15000);
                emit storeChanged();
            } else if (cancelled) {
                statusBar()->showMessage(tr("%1: cancelled, nothing was changed.").arg(title), 15000);
            } else {
                showError(title, errorText);
            }
        });
    m_job->start();
}

void MainWindow::showError(const QString &title, const QString &text)
{
    qCWarning(lcUi) << title << text;
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About TixSync"));
    box->setIconPixmap(QIcon(QStringLiteral(":/icons/tixsync.svg")).pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(
        tr("<h3>TixSync %1</h3><p>The console for the interface between SecuTix 360 and TIXNGO: "
           "tickets, synchronisation runs, templates and reconciliation.</p>"
           "<p>Database: %2<br>Qt %3</p>")
            .arg(QStringLiteral(TIXSYNC_VERSION),
                (m_store->backend() == Store::Backend::Sqlite ? m_store->location()
                                                              : m_store->location().section(QLatin1Char('@'), -1))
                    .toHtmlEscaped(),
                QString::fromLatin1(qVersion())));
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_job)
        m_job->cancel(); // an import rolls back; nothing half-written stays
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_tickets->restoreSettings(settings);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    m_tickets->saveSettings(settings);
}

} // namespace tixsync
