#pragma once

#include <QObject>
#include <QString>
#include <QVector>

class QTimer;

namespace tixsync {

class Store;

/// Sees changes that other connections made to a shared database — a second operator's GUI, the
/// CLI, a scheduled run — by polling the store on a timer (default every 5 s). Each poll runs
/// one cheap query per table family, each answered from an index (no table scan, no trigger, no
/// extra write on any import or run path):
///
/// - runs: the newest run id, the number of leases, and the end/progress of the 50 newest runs;
/// - tickets: the newest ledger, TIXNGO-history and S-360-status-change ids (every status
///   change by a run or a ticket action writes one), plus the audit lines of actions that change
///   tickets (import, demo data, run, fix, ticket action);
/// - audit: the newest audit-log id (every action that changes data writes one).
///
/// The first poll only records where the database stands. After that a family whose marker moved
/// emits its signal once per poll. The queries run on the store's connection in the calling
/// thread; each is a few index look-ups (well under a millisecond on SQLite and a local
/// PostgreSQL).
class ChangeWatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeWatcher)
public:
    static constexpr int kDefaultIntervalMs = 5000;

    enum Family { Tickets = 0x1, Runs = 0x2, Audit = 0x4 };
    Q_DECLARE_FLAGS(Families, Family)

    /// `store` must outlive the watcher. The timer starts with start().
    explicit ChangeWatcher(Store *store, QObject *parent = nullptr);

    int interval() const;
    void setInterval(int msecs);
    bool isActive() const;

    /// The families that moved in the last poll.
    Families lastChanges() const { return m_lastChanges; }
    /// The error of the last poll (empty when it worked).
    QString lastError() const { return m_lastError; }

public slots:
    /// Records the current markers, then polls every interval().
    void start();
    void stop();
    /// Polls now: emits the signals of the families that moved since the previous poll.
    void poll();
    /// Takes the current state of `families` as seen, without signals (after this program made
    /// and showed a change itself, so that it does not reload twice).
    void acknowledge(tixsync::ChangeWatcher::Families families);

signals:
    /// Tickets (statuses, imports, demo data) changed.
    void ticketsChanged();
    /// A run started, progressed, ended, or a lease was taken or released.
    void runsChanged();
    /// New audit-log lines.
    void auditChanged();
    /// Once per poll that saw any change, with the families that moved.
    void changed(tixsync::ChangeWatcher::Families families);
    /// A poll failed (database unreachable…); polling goes on.
    void pollFailed(const QString &message);

private:
    struct Markers {
        QVector<qint64> runs;
        QVector<qint64> tickets;
        qint64 auditId = -1;
        bool valid = false;
    };
    bool read(Markers *out, Families families);
    /// True when an audit line newer than `afterId` records an action that changes tickets.
    bool auditTouchesTickets(qint64 afterId, bool *runs);

    Store *m_store;
    QTimer *m_timer;
    Markers m_seen;
    Families m_lastChanges;
    QString m_lastError;
};

} // namespace tixsync

Q_DECLARE_OPERATORS_FOR_FLAGS(tixsync::ChangeWatcher::Families)
