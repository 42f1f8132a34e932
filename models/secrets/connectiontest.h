#pragma once

#include "connectionprofile.h"
#include "tixngo/apiprofile.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace tixsync::tixngo {
class Client;
class DiffJob;
} // namespace tixsync::tixngo

namespace tixsync::secrets {

/// "Test connection": one cheap authenticated call — the feedback diff feed with limit 1, which
/// changes nothing on the server — with the profile's URL, API profile and the given key, and
/// few retries so that the answer comes quickly. Asynchronous; finished() is emitted exactly once.
class ConnectionTest final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)
public:
    /// Starts on the next event-loop turn. The key is used for this call only.
    static ConnectionTest *start(const ConnectionProfile &profile, const QString &apiKey, QObject *parent = nullptr);
    ~ConnectionTest() override;

    /// The API profile a connection profile names: empty or "default" = the contract's defaults,
    /// "bearer" = Authorization: Bearer, otherwise a JSON file (ApiProfile::load).
    static Result<tixngo::ApiProfile> apiProfileFor(const ConnectionProfile &profile);

    bool isFinished() const { return m_finished; }
    /// After finished(): success, or the error (codes tixngo.url.*, tixngo.auth, tixngo.network…).
    const Status &result() const { return m_result; }
    /// One sentence for the user: what worked, or what failed and what to check.
    QString summary() const { return m_summary; }
    qint64 elapsedMs() const { return m_elapsedMs; }

    void cancel();

signals:
    void finished(tixsync::secrets::ConnectionTest *test);

private:
    ConnectionTest(ConnectionProfile profile, QString apiKey, QObject *parent);
    void run();
    void finish(Status result, const QString &summary);

    ConnectionProfile m_profile;
    QString m_key;
    tixngo::Client *m_client = nullptr;
    QPointer<tixngo::DiffJob> m_job;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
    bool m_finished = false;
    Status m_result;
    QString m_summary;
};

} // namespace tixsync::secrets
