#pragma once

#include "tixngo/credentialprovider.h"

#include <QObject>
#include <memory>
#include <optional>

namespace tixsync::secrets {

/// The TIXNGO client's credentials for one connection profile: the API key from the OS keychain
/// (fetched asynchronously once with KeychainJob, then served from memory), or a key the user
/// typed for this session only (kept in memory, never stored). apiKey() never blocks: before the
/// fetch has finished it returns a tixngo.credentials error, after a failed fetch the keychain's
/// error (what happened and what to do).
class KeychainCredentialProvider final : public QObject, public tixngo::CredentialProvider {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainCredentialProvider)
public:
    explicit KeychainCredentialProvider(QString profileName, QObject *parent = nullptr);
    ~KeychainCredentialProvider() override;

    QString profileName() const { return m_profileName; }
    /// Starts reading the key from the keychain; fetched() follows within the keychain's time limit.
    void fetch();
    bool isFetching() const { return m_fetching; }
    /// Uses `key` for this session only (the keychain is not touched); empty forgets it.
    void setSessionKey(const QString &key);
    bool isSessionOnly() const { return m_sessionOnly; }
    bool hasKey() const { return m_key.has_value(); }

    Result<QString> apiKey() const override;
    QString description() const override;

    /// For programs without a GUI (the CLI): fetch() and wait for it in a local event loop, bounded
    /// by the keychain time limit. Never call it on the GUI thread.
    Status fetchAndWait();

    /// The CLI's credentials: the environment variable TIXNGO_API_KEY when it is set, else the
    /// keychain entry of `profileName` (fetched and waited for). Error codes of KeychainJob.
    static Result<std::unique_ptr<tixngo::CredentialProvider>> forCommandLine(const QString &profileName);

signals:
    /// The keychain fetch finished: `ok` says whether a key is now available; lastError() says why not.
    void fetched(bool ok);

public:
    std::optional<Error> lastError() const { return m_lastError; }

private:
    QString m_profileName;
    std::optional<QString> m_key;
    std::optional<Error> m_lastError;
    bool m_sessionOnly = false;
    bool m_fetching = false;
};

} // namespace tixsync::secrets
