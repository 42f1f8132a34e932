#pragma once

#include "sync/syncengine.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace tixsync {

class SyncLedgerModel;

/// One run opened from the history: its per-ticket ledger (what was sent, the result, statuses
/// before/after on both sides; filter by result; CSV export), its errors grouped by class with the
/// recommended action, and the follow-up actions (Retry failed, Add to skip list, Support bundle).
/// The ledger loads in a worker thread with its own database connection.
class SyncRunView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncRunView)
public:
    explicit SyncRunView(QString databaseLocation, QWidget *parent = nullptr);
    ~SyncRunView() override;

    void showRun(const sync::runs::RunRow &run);
    void clear();
    const sync::runs::RunRow &run() const { return m_run; }
    bool isLoading() const { return m_loading; }
    /// Ticket ids whose result is ERROR.
    QStringList failedTicketIds() const;
    /// Writes the (unfiltered) ledger as CSV.
    Status exportCsv(const QString &path) const;

    SyncLedgerModel *ledgerModel() const { return m_model; }
    QSortFilterProxyModel *ledgerProxy() const { return m_proxy; }
    QComboBox *resultFilter() const { return m_filter; }
    QTreeWidget *errorGroups() const { return m_errors; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *skipButton() const { return m_skip; }
    QPushButton *bundleButton() const { return m_bundle; }
    QLabel *summaryLabel() const { return m_summary; }

    /// Translated name and recommended action of an error class code ("external"…).
    static QString className(const QString &code);
    static QString recommendedAction(const QString &code);

signals:
    void retryFailedRequested(tixsync::sync::SyncFunction function, const QStringList &ticketIds);
    void addToSkipListRequested(tixsync::sync::SyncFunction function, const QStringList &ticketIds);
    void supportBundleRequested(qint64 runId);
    void loaded();

private:
    void applyLedger(quint64 generation, QList<sync::runs::LedgerRow> rows, const QString &error);
    void fillErrors();
    void showPayload();

    QString m_location;
    sync::runs::RunRow m_run;
    quint64 m_generation = 0;
    bool m_loading = false;
    QLabel *m_summary;
    QComboBox *m_filter;
    QTableView *m_table;
    SyncLedgerModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPlainTextEdit *m_payload;
    QTreeWidget *m_errors;
    QPushButton *m_retry;
    QPushButton *m_skip;
    QPushButton *m_bundle;
    QPushButton *m_export;
    QList<QThread *> m_threads;
};

} // namespace tixsync
