#pragma once

#include "sync/runcontroller.h"
#include "sync/schedule.h"
#include "syncparametersdialog.h"

#include <QPointer>
#include <QWidget>
#include <array>
#include <functional>

class QLabel;
class QMessageBox;
class QPushButton;
class QStandardItemModel;
class QSystemTrayIcon;
class QTableView;
class QTimer;

namespace tixsync {

class Store;
class SyncFunctionCard;
class SyncRunView;

/// The "Sync" page: one card per interface function (last run, next run, Run now / Dry run /
/// Parameters, progress with ETA and Cancel), the run history, and the opened run (ledger, errors
/// by class, Retry failed, Add to skip list, Support bundle). Runs go through the engine's
/// RunController, one per function, each in its worker thread: the window stays responsive.
///
/// Impact guard: before a manual run that changes TIXNGO, the engine counts the tickets (and so
/// the spectators' phones) it will change (RunOptions::impactOnly: no run row, nothing sent);
/// above impactThreshold() a confirmation is required.
/// A timer starts due automatic runs (schedules::dueRuns) while the page exists and raises the
/// missed-runs alert; a failed scheduled run shows a banner and a desktop notification.
class SyncPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPage)
public:
    explicit SyncPage(Store *store, QWidget *parent = nullptr);
    ~SyncPage() override;

    /// How the worker reaches TIXNGO (default: the stored URL and TIXNGO_API_KEY).
    void setTransportFactory(sync::RunController::TransportFactory factory);
    /// Texts redacted from support bundles besides TIXNGO_API_KEY (the demo key).
    void setSecrets(const QStringList &secrets) { m_secrets = secrets; }
    /// Tickets above which a run needs confirmation (QSettings sync/impactThreshold, default 500).
    int impactThreshold() const { return m_threshold; }
    void setImpactThreshold(int tickets);
    /// The name of the active connection profile when it is a production one (empty otherwise):
    /// then every run that would change tickets asks first, whatever the threshold, and says so.
    void setProductionProfile(const QString &name) { m_production = name; }
    QString productionProfile() const { return m_production; }
    /// How a failed scheduled run reaches the desktop: (title, text). The default shows a system
    /// tray message when QSystemTrayIcon::isSystemTrayAvailable(), else nothing (the banner stays).
    using DesktopNotifier = std::function<void(const QString &title, const QString &text)>;
    void setDesktopNotifier(DesktopNotifier notifier);
    /// How often due runs and missed runs are checked (default 30 s).
    void setScheduleCheckInterval(int msecs);

    SyncFunctionCard *card(sync::SyncFunction function) const;
    SyncRunView *runView() const { return m_runView; }
    QTableView *historyView() const { return m_historyView; }
    QStandardItemModel *historyModel() const { return m_history; }
    QLabel *bannerLabel() const { return m_bannerText; }
    QWidget *banner() const { return m_banner; }
    /// The impact confirmation on screen, if any.
    QMessageBox *impactGuard() const;
    bool isBusy(sync::SyncFunction function) const;
    /// The organizer scope of runs: organizerFor(setting tixngo/url).
    QString organizer() const;

    SyncFunctionSettings loadSettings(sync::SyncFunction function) const;
    Status saveSettings(const SyncFunctionSettings &settings);
    /// The options a manual run uses now (stored options + custom parameters), or the error.
    Result<sync::RunOptions> runOptions(sync::SyncFunction function) const;
    /// Forgets the feedback pagination key of the organizer (the next feedback rereads the whole
    /// diff feed) and records it in the audit log. The parameters dialog asks first.
    Status resetFeedbackKey();
    /// Writes the support bundle of a run (no dialog).
    Status writeSupportBundle(qint64 runId, const QString &path);

public slots:
    /// Run now, through the impact guard.
    void runNow(sync::SyncFunction function);
    void dryRun(sync::SyncFunction function);
    void cancelRun(sync::SyncFunction function);
    /// Starts `options` (guarded: the impact count first, confirmation above the threshold).
    bool startRun(const sync::RunOptions &options, bool guarded);
    void retryFailed(sync::SyncFunction function, const QStringList &ticketIds);
    void addToSkipList(sync::SyncFunction function, const QStringList &ticketIds);
    void editParameters(sync::SyncFunction function);
    /// Asks for a path and writes the support bundle of a run.
    void saveSupportBundle(qint64 runId);
    void reload();
    void openRun(qint64 runId);
    /// Starts due automatic runs and updates the missed-runs alerts.
    void checkSchedules();
    void showBanner(const QString &text, bool error);
    void hideBanner();

signals:
    void runStarted(tixsync::sync::SyncFunction function, bool dryRun);
    void runFinished(const tixsync::sync::RunResult &result);
    /// A run changed tickets: the Tickets page should reload.
    void ticketsChanged();

private:
    enum class State { Idle, Checking, Running, DryRunning };
    struct Slot {
        sync::RunController *controller = nullptr;
        SyncFunctionCard *card = nullptr;
        State state = State::Idle;
        sync::RunOptions pending;
        bool scheduled = false;
        std::optional<sync::Schedule> schedule;
        QDateTime startedAt;
        sync::RunProgress progress;
        bool progressDirty = false;
        int impactCount = -1; // the last impact check's count (shown as the backlog)
        QDateTime impactAt; // UTC
    };
    Slot &slot(sync::SyncFunction f) { return m_slots[size_t(f)]; }
    const Slot &slot(sync::SyncFunction f) const { return m_slots[size_t(f)]; }
    void onFinished(sync::SyncFunction function, const sync::RunResult &result);
    void onImpactChecked(sync::SyncFunction function, const sync::RunResult &dry);
    bool launch(sync::SyncFunction function, const sync::RunOptions &options, State state);
    void refreshCards();
    void reloadHistory();
    void flushProgress();
    void notifyDesktop(const QString &title, const QString &text);
    void trayNotify(const QString &title, const QString &text);

    Store *m_store;
    std::array<Slot, 5> m_slots;
    QStringList m_secrets;
    QString m_production;
    int m_threshold = 500;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QStandardItemModel *m_history = nullptr;
    QTableView *m_historyView = nullptr;
    SyncRunView *m_runView = nullptr;
    QTimer *m_scheduleTimer = nullptr;
    QTimer *m_progressTimer = nullptr;
    QPointer<QMessageBox> m_guard;
    QSystemTrayIcon *m_tray = nullptr;
    DesktopNotifier m_notifier;
    QHash<int, QString> m_missed;
};

} // namespace tixsync
