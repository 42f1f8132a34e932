#pragma once

#include "core/error.h"

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

    /// Starts the simulator and points `store`'s TIXNGO URL at it.
    Status start(Store &store, int spectatorActivity = 2);
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
    QProcess m_process;
    QString m_key;
    QUrl m_url;
    qint64 m_pid = 0;
    bool m_stopping = false;
};

} // namespace tixsync
