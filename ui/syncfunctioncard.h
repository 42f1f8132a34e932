#pragma once

#include "sync/runtypes.h"

#include <QElapsedTimer>
#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace tixsync {

/// One interface function on the Sync page: its last run (outcome badge, when, counts), the next
/// scheduled run, the watermark strip, the buttons (Run now, Dry run, Parameters…) and, while it
/// runs, a progress bar with counts, ETA and Cancel. Display only: SyncPage drives it.
class SyncFunctionCard final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncFunctionCard)
public:
    explicit SyncFunctionCard(sync::SyncFunction function, QWidget *parent = nullptr);

    sync::SyncFunction function() const { return m_function; }

    /// Last finished run; `hasRun` false = never ran.
    void setLastRun(bool hasRun, sync::RunOutcome outcome, const QDateTime &endedAt, int selected, int succeeded,
        int failed, int skipped, bool dryRun);
    void setNextRun(const QString &text);
    void setTimeline(const QString &html);
    /// An alert under the card (missed runs, Date from on a schedule…); empty hides it.
    void setAlert(const QString &text);
    /// Idle / checking impact / running.
    void setBusy(bool busy, const QString &text = {});
    void setProgress(const sync::RunProgress &progress);

    QPushButton *runButton() const { return m_run; }
    QPushButton *dryRunButton() const { return m_dryRun; }
    QPushButton *parametersButton() const { return m_parameters; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *badge() const { return m_badge; }
    QLabel *progressLabel() const { return m_progressText; }
    QLabel *alertLabel() const { return m_alert; }

    /// "OK", "Warning", "Error", "Running" — translated.
    static QString outcomeText(sync::RunOutcome outcome);
    /// Background colour of the outcome badge.
    static QColor outcomeColor(sync::RunOutcome outcome);

signals:
    void runRequested(tixsync::sync::SyncFunction function);
    void dryRunRequested(tixsync::sync::SyncFunction function);
    void parametersRequested(tixsync::sync::SyncFunction function);
    void cancelRequested(tixsync::sync::SyncFunction function);

private:
    sync::SyncFunction m_function;
    QLabel *m_title;
    QLabel *m_badge;
    QLabel *m_last;
    QLabel *m_next;
    QLabel *m_timeline;
    QLabel *m_alert;
    QPushButton *m_run;
    QPushButton *m_dryRun;
    QPushButton *m_parameters;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QWidget *m_progressRow;
    QElapsedTimer m_clock;
    QString m_phase;
    int m_phaseStartDone = 0;
};

} // namespace tixsync
