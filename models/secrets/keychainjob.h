#pragma once

#include "core/error.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;

namespace tixsync::secrets {

/// One asynchronous keychain operation on the API key of a connection profile (OS keychain
/// through QtKeychain: the Secret Service on Linux; service "tixsync", key "profile/<name>").
///
/// Every job finishes exactly once — with the key (read), with success (write, remove) or with a
/// typed error — and at the latest after its time limit (default 5 s): a keychain with no
/// session bus, no keyring, a locked keyring or a password prompt nobody answers never blocks
/// the caller. There is no plaintext fallback; on failure the message offers the session-only
/// key instead. The job starts on the next turn of the event loop and deletes itself after
/// finished() has been delivered (connect first).
///
/// Error codes: keychain.not-found (read only; removing a missing key succeeds),
/// keychain.unavailable, keychain.locked, keychain.denied, keychain.timeout, keychain.error.
class KeychainJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainJob)
public:
    enum class Operation { Read, Write, Remove };

    /// The keychain service name shared by every entry of TixSync: "tixsync".
    static QString service();
    /// The keychain key of a profile's API key: "profile/<name>".
    static QString keyFor(const QString &profileName);
    static int defaultTimeoutMs();
    /// For tests and unusual set-ups; applies to jobs created afterwards.
    static void setDefaultTimeoutMs(int ms);

    static KeychainJob *read(const QString &profileName, QObject *parent = nullptr);
    static KeychainJob *write(const QString &profileName, const QString &apiKey, QObject *parent = nullptr);
    static KeychainJob *remove(const QString &profileName, QObject *parent = nullptr);

    ~KeychainJob() override;

    Operation operation() const { return m_operation; }
    QString profileName() const { return m_profileName; }
    /// Before the job starts (i.e. right after creation).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    /// Keep the job after finished() (the owner deletes it).
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool isFinished() const { return m_finished; }
    /// After finished(): the key for Read, an empty string for Write/Remove, or the error.
    const Result<QString> &result() const { return m_result; }

signals:
    void finished(tixsync::secrets::KeychainJob *job);

private:
    KeychainJob(Operation operation, QString profileName, QString secret, QObject *parent);
    void start();
    void onBackendFinished(QObject *backendJob);
    void checkLockedThenFinish(const Error &notFound);
    void onTimeout();
    void finish(Result<QString> result);

    Operation m_operation;
    QString m_profileName;
    QString m_secret;
    int m_timeoutMs;
    bool m_autoDelete = true;
    bool m_finished = false;
    QTimer *m_timer = nullptr;
    Result<QString> m_result;
};

} // namespace tixsync::secrets
