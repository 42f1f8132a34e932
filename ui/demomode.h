#pragma once

#include "core/error.h"

#include <QHash>
#include <QObject>
#include <QProcess>
#include <QUrl>

namespace tixsync {

class Store;

/// `tixsync --demo`: a simulated TIXNGO (tixngo-sim, found next to the tixsync binary) started as
/// a child process on a free loopback port with a random API key that lives only in memory (never
/// in settings or logs), spectator activity on so feedback shows life. The demo database's stored
/// TIXNGO URL points at it. stop() — also called by the destructor — terminates the simulator, waits, and kills it if
/// needed: no process is left behind.
///
/// The simulator starts empty, but the demo database says many tickets are in TIXNGO. seed()
/// places each of them in the simulator (sim extra POST /_sim/seed) in the TIXNGO status the
/// database knows, so push cancelled, push controlled and feedback find them — except a few
/// deliberate discrepancies (chosen once per database and kept in the setting
/// demo/discrepancies) that the Reconciliation page shows after a feedback.
class DemoMode final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoMode)
public:
    explicit DemoMode(QObject *parent = nullptr);
    ~DemoMode() override;

    /// The demo database: demo.sqlite in the application data folder.
    static QString defaultDatabasePath();
    /// The simulator program next to this executable.
    static QString simulatorProgram();

    /// Starts the simulator, points `store`'s TIXNGO URL at it and seeds it (seed()).
    /// `deletionConfirmMs`: how long the wallet takes to confirm a deletion.
    Status start(Store &store, int spectatorActivity = 2, int deletionConfirmMs = 3000);
    /// Seeds the running simulator with the tickets `store` says TIXNGO has (injected, or with a
    /// TIXNGO status). Tickets the simulator already knows are left alone. Blocking, in calls
    /// of 5 000 tickets; about 30 ms for the 6 000 tickets of the demo. Also sets the setting
    /// recon.shipmentModes to the modes of those tickets when it is empty (the modes that go to
    /// TIXNGO), so the Reconciliation page leaves printed-at-home tickets alone. Returns the number
    /// of tickets seeded.
    Result<int> seed(Store &store);
    /// The tickets seeded in a state S-360 disagrees with: ticket id → TIXNGO status
    /// (DELETED for REC-3, CONTROLLED for REC-7, DOWNLOADED on a not-printed ticket for REC-1).
    QHash<QString, QString> deliberateDiscrepancies() const { return m_discrepancies; }
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    QUrl url() const { return m_url; }
    /// The in-memory key (hand it to the engine with staticKeyTransportFactory()).
    QString apiKey() const { return m_key; }
    qint64 processId() const { return m_pid; }

signals:
    /// The simulator ended by itself (crash): the demo has no TIXNGO any more.
    void simulatorStopped(const QString &message);

private:
    Result<QByteArray> post(const QByteArray &path, const QByteArray &body);
    Status chooseDiscrepancies(Store &store);

    QProcess m_process;
    QHash<QString, QString> m_discrepancies;
    QString m_key;
    QUrl m_url;
    qint64 m_pid = 0;
    bool m_stopping = false;
};

} // namespace tixsync
