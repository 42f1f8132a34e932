#pragma once

#include "core/error.h"
#include "reconfixrunner.h"
#include "secrets/connectionprofile.h"

#include "recon/reconresult.h"

#include <QDateTime>
#include <QWidget>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QThread;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace tixsync::recon {
class DiscrepancyModel;
class ReconEventModel;
class ReconJob;
class ReconResult;
} // namespace tixsync::recon

namespace tixsync {

class ReconChart;
class ReconStyledModel;
class Store;

/// The Reconciliation page (interface doc §4.2, rules REC-1…REC-10): every ticket where S-360
/// and TIXNGO disagree. A chart of the counts per category and severity (click a bar to filter)
/// and the per-event totals at the top; the discrepancy table (filters by event, category,
/// severity and text, sortable, fixed row height for millions of rows); a detail panel with the
/// explanation, both sides' history and the fix buttons, which run through the sync engine after a
/// confirmation and reconcile again. Reconciling runs in a worker thread (recon::ReconJob).
class ReconciliationPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconciliationPage)
public:
    /// `store` must outlive the page; fixes and reconciliations open their own connections to
    /// `store->location()` in their threads.
    explicit ReconciliationPage(Store *store, QWidget *parent = nullptr);
    ~ReconciliationPage() override;

    /// How the fixes and the reading of TIXNGO's view reach TIXNGO (default: the stored URL, the
    /// key from TIXNGO_API_KEY).
    void setTransportFactory(sync::RunController::TransportFactory factory);
    /// Replaces the confirmation dialog (tests): return true to go ahead.
    using Confirmation = std::function<bool(const QString &title, const QString &text)>;
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }
    /// The active connection profile. When it is a production one, every fix also asks to type
    /// the number of tickets (ProductionConfirmation) before anything changes.
    void setProductionProfile(std::optional<secrets::ConnectionProfile> profile);
    const std::optional<secrets::ConnectionProfile> &productionProfile() const { return m_production; }

    recon::DiscrepancyModel *discrepancyModel() const { return m_model; }
    recon::ReconEventModel *eventModel() const { return m_eventModel; }
    ReconChart *chart() const { return m_chart; }
    QTableView *table() const { return m_table; }
    QTableView *eventTable() const { return m_eventTable; }
    QComboBox *categoryFilter() const { return m_category; }
    QString detailText() const;
    QString messageText() const;
    bool isReconciling() const;
    bool isReadingTixngo() const { return m_viewThread != nullptr; }
    /// Tickets in TIXNGO's view as last read (0 when never read).
    qsizetype tixngoViewSize() const { return qsizetype(m_tixngoView.size()); }
    bool isFixing() const { return m_fixer->isRunning(); }

    /// Fixes the discrepancies shown in `rows` of the table with `fix` (those whose category does
    /// not offer it are left out), after the confirmation — and on a production profile after the
    /// typed production confirmation, which is asynchronous. False when nothing was started or
    /// asked.
    bool fixRows(const QList<int> &rows, recon::FixKind fix);
    /// Shows a result computed elsewhere (a replay, a benchmark); reconcile() does this itself.
    /// A running reconciliation is cancelled (its result would replace this one).
    void showResult(std::shared_ptr<const recon::ReconResult> result);
    /// The current view (filters and sort) as CSV, RFC 4180, UTF-8.
    Status exportCsv(const QString &path) const;

public slots:
    /// Reconciles again in the background; a running one is superseded. Uses TIXNGO's view when
    /// it was just read (states fresher than the local ones win); the Reconcile button and the end
    /// of a fix drop that view (it predates what the fix changed).
    void reconcile();
    /// Reads TIXNGO's whole view (its diff feed from the start, in a worker thread; the feedback
    /// position is not moved), then reconciles against it: finds tickets S-360 does not have
    /// (UNKNOWN_TO_S360). A second call while reading cancels the reading.
    void readTixngoView();
    void fixSelection(recon::FixKind fix);

signals:
    void reconciled();
    void reconcileFailed(const QString &message);
    /// Reading TIXNGO's view ended: `ok` false when it failed or was cancelled (message shown).
    void tixngoViewRead(bool ok);
    void fixesFinished(bool ok);
    /// Tickets changed through a fix (the Tickets page may reload).
    void ticketsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onResult(std::shared_ptr<const recon::ReconResult> result);
    void onCategoryClicked(int category);
    void applyFilters();
    void updateDetail();
    void updateButtons();
    void loadSkipLists();
    void showMessage(const QString &text, bool error);
    void startFixes(const QList<ReconFixRunner::Step> &steps);
    static QString productionAction(recon::FixKind fix);
    QList<int> selectedRows() const;
    void exportClicked();

    Store *m_store;
    recon::ReconJob *m_job;
    ReconFixRunner *m_fixer;
    recon::DiscrepancyModel *m_model;
    ReconStyledModel *m_styled;
    recon::ReconEventModel *m_eventModel;
    ReconChart *m_chart;
    QTableView *m_table;
    QTableView *m_eventTable;
    QComboBox *m_event;
    QComboBox *m_category;
    QComboBox *m_severity;
    QLineEdit *m_text;
    QPushButton *m_reconcileButton;
    QPushButton *m_readTixngoButton;
    QPushButton *m_exportButton;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QLabel *m_message;
    QTextBrowser *m_detail;
    QLabel *m_selectionLabel;
    QList<QPushButton *> m_fixButtons; // by FixKind
    Confirmation m_confirm;
    sync::RunController::TransportFactory m_factory;
    QThread *m_viewThread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_viewCancel;
    std::vector<recon::TixngoTicketState> m_tixngoView;
    QDateTime m_tixngoViewReadAt;
    std::optional<secrets::ConnectionProfile> m_production;
    bool m_awaitingProduction = false;
    bool m_reconciledOnce = false;
};

} // namespace tixsync
