#include "keychaincredentialprovider.h"

#include "keychainjob.h"
#include "tixngo/envcredentialprovider.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace tixsync::secrets {

KeychainCredentialProvider::KeychainCredentialProvider(QString profileName, QObject *parent)
    : QObject(parent)
    , m_profileName(std::move(profileName))
{
}

KeychainCredentialProvider::~KeychainCredentialProvider()
{
    if (m_key)
        m_key->fill(QLatin1Char('\0'));
}

void KeychainCredentialProvider::fetch()
{
    if (m_fetching)
        return;
    m_fetching = true;
    KeychainJob *job = KeychainJob::read(m_profileName, this);
    connect(job, &KeychainJob::finished, this, [this](KeychainJob *j) {
        m_fetching = false;
        if (m_sessionOnly) { // the user typed a key meanwhile: it wins
            emit fetched(true);
            return;
        }
        if (j->result()) {
            m_key = *j->result();
            m_lastError.reset();
            emit fetched(true);
        } else {
            m_key.reset();
            m_lastError = j->result().error();
            emit fetched(false);
        }
    });
}

void KeychainCredentialProvider::setSessionKey(const QString &key)
{
    if (key.isEmpty()) {
        m_key.reset();
        m_sessionOnly = false;
        return;
    }
    m_key = key;
    m_sessionOnly = true;
    m_lastError.reset();
}

Result<QString> KeychainCredentialProvider::apiKey() const
{
    if (m_key && !m_key->isEmpty())
        return *m_key;
    if (m_lastError)
        return fail(QStringLiteral("tixngo.credentials"), m_lastError->message);
    if (m_fetching)
        return fail(QStringLiteral("tixngo.credentials"),
            tr("The API key of the connection profile \"%1\" is still being read from the keychain; try "
               "again in a moment.")
                .arg(m_profileName));
    return fail(QStringLiteral("tixngo.credentials"),
        tr("The API key of the connection profile \"%1\" has not been read from the keychain yet.").arg(m_profileName));
}

QString KeychainCredentialProvider::description() const
{
    if (m_sessionOnly)
        return tr("key entered for this session (profile \"%1\")").arg(m_profileName);
    return tr("the keychain entry of the connection profile \"%1\"").arg(m_profileName);
}

Status KeychainCredentialProvider::fetchAndWait()
{
    QEventLoop loop;
    connect(this, &KeychainCredentialProvider::fetched, &loop, &QEventLoop::quit);
    fetch();
    if (m_fetching)
        loop.exec();
    if (m_lastError)
        return fail(*m_lastError);
    return {};
}

Result<std::unique_ptr<tixngo::CredentialProvider>> KeychainCredentialProvider::forCommandLine(
    const QString &profileName)
{
    if (!qEnvironmentVariableIsEmpty("TIXNGO_API_KEY"))
        return std::make_unique<tixngo::EnvCredentialProvider>();
    if (profileName.isEmpty())
        return fail(QStringLiteral("tixngo.credentials"),
            tr("No TIXNGO API key: set the environment variable TIXNGO_API_KEY, or choose a connection "
               "profile whose key is in the keychain (tixsync-cli profiles set-key NAME)."));
    auto provider = std::make_unique<KeychainCredentialProvider>(profileName);
    if (auto ok = provider->fetchAndWait(); !ok)
        return fail(ok.error());
    return provider;
}

} // namespace tixsync::secrets
