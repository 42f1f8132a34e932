#pragma once

#include "storejob.h"

#include <QMainWindow>

class QLabel;
class QMenu;
class QTabWidget;

namespace tixsync {

class ChangeWatcher;
class Store;
class TicketsPage;

/// The main window: pages in tabs ("Tickets" first; others add theirs with addPage()), the
/// File / Tools / Help menus, and the status bar with the counts. Imports and demo data run as
/// StoreJobs in a worker thread behind a cancellable progress dialog; the window never blocks.
/// Geometry, window state and splitter positions are kept between runs (QSettings).
///
/// Changes made by others on a shared database (another operator's window, the CLI, scheduled
/// runs) show up by themselves: a ChangeWatcher polls the store every refreshInterval() (Settings ›
/// Database, ConnectionProfiles::refreshSeconds(): default 5 s, 0 = off) and the window reloads
/// only the pages whose data moved — the Tickets page, every Sync page (SyncPage::reload) and
/// every audit log view — keeping each page's selection, filters, sort and scroll position. The
/// Tickets page (a full read of the tickets) reloads only while it is shown and not loading; when
/// hidden it reloads as soon as it is shown again.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    /// `store` must outlive the window.
    explicit MainWindow(Store *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Adds a page after the existing ones; returns its index. The window takes ownership.
    int addPage(QWidget *page, const QString &title, const QIcon &icon = {});
    QTabWidget *pages() const { return m_pages; }
    TicketsPage *ticketsPage() const { return m_tickets; }
    /// The Tools menu, for entries that the application shell adds (Settings, Audit log…).
    QMenu *toolsMenu() const { return m_toolsMenu; }
    Store *store() const { return m_store; }
    /// True when the store holds no event at all (first start).
    bool isStoreEmpty() const;
    /// The running import or demo-data job, if any.
    StoreJob *currentJob() const { return m_job; }
    /// Sees other operators' changes (see the class comment).
    ChangeWatcher *changeWatcher() const { return m_watcher; }
    /// How often the database is checked for others' changes, in ms (0 = never).
    int refreshInterval() const;
    void setRefreshInterval(int msecs);

    /// True when this build has the importer and the demo-data generator (models/import).
    static bool canImport();

public slots:
    /// Re-reads everything from the store (after changes made elsewhere).
    void reloadData();
    /// Reloads the pages that show runs (Sync pages) / the audit log (audit log views).
    void reloadRuns();
    void reloadAuditLog();
    /// Imports an S-360 ticket CSV in the background, with a progress dialog.
    void importCsv(const QString &path);
    /// Generates demo data in the background, with a progress dialog.
    void generateDemoData(int events, int ticketsPerEvent, quint32 seed);

signals:
    /// The store's content changed (import, demo data): pages should reload.
    void storeChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void openImportDialog();
    void openDemoDataDialog();
    void showAbout();
    void runJob(const QString &title, const QString &label, StoreJob::Work work);
    void showError(const QString &title, const QString &text);
    void updateCounts(int events, qint64 tickets, qint64 shown);
    void restoreSettings();
    void saveSettings() const;
    bool ticketsShown() const;
    void ticketsChangedElsewhere();
    void reloadStaleTickets();

    Store *m_store;
    QTabWidget *m_pages = nullptr;
    QMenu *m_toolsMenu = nullptr;
    TicketsPage *m_tickets = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_loading = nullptr;
    QList<QAction *> m_jobActions;
    StoreJob *m_job = nullptr;
    ChangeWatcher *m_watcher = nullptr;
    bool m_ticketsStale = false; // others changed tickets; reload when the page is shown
};

} // namespace tixsync
