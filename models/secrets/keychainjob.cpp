#include "keychainjob.h"

#include <QLoggingCategory>

#include <QCoreApplication>
#ifdef Q_OS_LINUX
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif
#include <QTimer>
#include <atomic>
#include <qt6keychain/keychain.h>

namespace tixsync::secrets {

namespace {
Q_LOGGING_CATEGORY(lcSecrets, "tixsync.secrets")

std::atomic<int> g_defaultTimeoutMs{5000};

const char *operationName(KeychainJob::Operation op)
{
    switch (op) {
    case KeychainJob::Operation::Read:
        return "read";
    case KeychainJob::Operation::Write:
        return "write";
    case KeychainJob::Operation::Remove:
        return "remove";
    }
    return "?";
}

QString sessionHint()
{
    return QCoreApplication::translate("tixsync::secrets::KeychainJob", "You can use the key for this session only.");
}

// Turns a QtKeychain failure into a typed error that says what happened and what to do.
// QtKeychain's error strings describe the backend state, never the secret.
Error mapError(QKeychain::Error code, const QString &backendText, const QString &profile, KeychainJob::Operation op)
{
    switch (code) {
    case QKeychain::EntryNotFound:
        return makeError(QStringLiteral("keychain.not-found"),
            QCoreApplication::translate("tixsync::secrets::KeychainJob",
                "No API key is stored in the keychain for the connection profile \"%1\". Enter it in "
                "Settings > Connections, or run: tixsync-cli profiles set-key \"%1\"")
                .arg(profile));
    case QKeychain::AccessDeniedByUser:
        return makeError(QStringLiteral("keychain.denied"),
            QCoreApplication::translate("tixsync::secrets::KeychainJob",
                "Access to the keychain was refused (%1). Allow TixSync when the keyring asks. %2")
                .arg(backendText, sessionHint()));
    case QKeychain::AccessDenied:
        return makeError(QStringLiteral("keychain.locked"),
            QCoreApplication::translate("tixsync::secrets::KeychainJob",
                "The keychain is locked or refused access (%1). Unlock your login keyring (log in again "
                "or use your desktop's password manager) and try again. %2")
                .arg(backendText, sessionHint()));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return makeError(QStringLiteral("keychain.unavailable"),
            QCoreApplication::translate("tixsync::secrets::KeychainJob",
                "No keychain is available (%1). Start a Secret Service such as GNOME Keyring or KWallet "
                "in your desktop session, or use the key for this session only.")
                .arg(backendText.isEmpty()
                        ? QCoreApplication::translate("tixsync::secrets::KeychainJob", "no Secret Service answered")
                        : backendText));
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoError:
        break;
    }
    return makeError(QStringLiteral("keychain.error"),
        QCoreApplication::translate(
            "tixsync::secrets::KeychainJob", "The keychain could not %1 the API key of \"%2\" (%3). %4")
            .arg(op == KeychainJob::Operation::Remove
                    ? QCoreApplication::translate("tixsync::secrets::KeychainJob", "delete")
                    : op == KeychainJob::Operation::Write
                    ? QCoreApplication::translate("tixsync::secrets::KeychainJob", "store")
                    : QCoreApplication::translate("tixsync::secrets::KeychainJob", "read"),
                profile, backendText, sessionHint()));
}
} // namespace

QString KeychainJob::service()
{
    return QStringLiteral("tixsync");
}

QString KeychainJob::keyFor(const QString &profileName)
{
    return QStringLiteral("profile/") + profileName;
}

int KeychainJob::defaultTimeoutMs()
{
    return g_defaultTimeoutMs.load();
}

void KeychainJob::setDefaultTimeoutMs(int ms)
{
    g_defaultTimeoutMs.store(ms);
}

KeychainJob::KeychainJob(Operation operation, QString profileName, QString secret, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_profileName(std::move(profileName))
    , m_secret(std::move(secret))
    , m_timeoutMs(defaultTimeoutMs())
    , m_result(fail(QStringLiteral("keychain.pending"), QString()))
{
    QMetaObject::invokeMethod(this, &KeychainJob::start, Qt::QueuedConnection);
}

KeychainJob::~KeychainJob()
{
    m_secret.fill(QLatin1Char('\0'));
}

KeychainJob *KeychainJob::read(const QString &profileName, QObject *parent)
{
    return new KeychainJob(Operation::Read, profileName, {}, parent);
}

KeychainJob *KeychainJob::write(const QString &profileName, const QString &apiKey, QObject *parent)
{
    return new KeychainJob(Operation::Write, profileName, apiKey, parent);
}

KeychainJob *KeychainJob::remove(const QString &profileName, QObject *parent)
{
    return new KeychainJob(Operation::Remove, profileName, {}, parent);
}

void KeychainJob::start()
{
    if (m_finished)
        return;
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &KeychainJob::onTimeout);
    m_timer->start(m_timeoutMs);

    // The backend job is not our child: if it never answers (a keyring prompt under Xvfb), we
    // give up at the time limit and let it delete itself whenever it finishes; deleting it while
    // its D-Bus call is pending is not safe.
    QKeychain::Job *job = nullptr;
    switch (m_operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service());
        break;
    case Operation::Write: {
        auto *w = new QKeychain::WritePasswordJob(service());
        w->setTextData(m_secret);
        m_secret.fill(QLatin1Char('\0'));
        m_secret.clear();
        job = w;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service());
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a silent plaintext copy
    job->setKey(keyFor(m_profileName));
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) { onBackendFinished(j); });
    qCDebug(lcSecrets) << "keychain" << operationName(m_operation) << "for profile" << m_profileName;
    job->start();
}

void KeychainJob::onBackendFinished(QObject *backendJob)
{
    auto *job = static_cast<QKeychain::Job *>(backendJob);
    const QKeychain::Error code = job->error();
    if (code == QKeychain::NoError) {
        if (m_operation == Operation::Read)
            finish(static_cast<QKeychain::ReadPasswordJob *>(job)->textData());
        else
            finish(QString());
        return;
    }
    if (m_operation == Operation::Remove && code == QKeychain::EntryNotFound) {
        finish(QString()); // removing what is not there is success
        return;
    }
#ifdef Q_OS_LINUX
    if (m_operation == Operation::Read && code == QKeychain::EntryNotFound) {
        // libsecret reports a locked keyring whose unlock prompt failed (no display, dismissed)
        // as "entry not found". Ask the Secret Service whether the default collection is locked,
        // so that the user is not told to enter a key that is in fact stored.
        checkLockedThenFinish(mapError(code, job->errorString(), m_profileName, m_operation));
        return;
    }
#endif
    qCDebug(lcSecrets) << "keychain" << operationName(m_operation) << "failed:" << int(code) << job->errorString();
    finish(fail(mapError(code, job->errorString(), m_profileName, m_operation)));
}

void KeychainJob::checkLockedThenFinish(const Error &notFound)
{
#ifdef Q_OS_LINUX
    QDBusMessage get = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("/org/freedesktop/secrets/aliases/default"), QStringLiteral("org.freedesktop.DBus.Properties"),
        QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(get, m_timeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, notFound] {
        watcher->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *watcher;
        if (reply.isValid() && reply.value().variant().toBool()) {
            finish(fail(mapError(QKeychain::AccessDenied,
                QCoreApplication::translate("tixsync::secrets::KeychainJob", "the login keyring is locked"),
                m_profileName, m_operation)));
            return;
        }
        finish(fail(notFound));
    });
#else
    finish(fail(notFound));
#endif
}

void KeychainJob::onTimeout()
{
    qCDebug(lcSecrets) << "keychain" << operationName(m_operation) << "gave no answer within" << m_timeoutMs << "ms";
    finish(fail(QStringLiteral("keychain.timeout"),
        QCoreApplication::translate("tixsync::secrets::KeychainJob",
            "The keychain did not answer within %1 s: it may be locked and waiting for a password "
            "prompt, or no Secret Service is running. Unlock your keyring and try again. %2")
            .arg(QString::number(m_timeoutMs / 1000.0, 'g', 3), sessionHint())));
}

void KeychainJob::finish(Result<QString> result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_timer)
        m_timer->stop();
    m_result = std::move(result);
    emit finished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace tixsync::secrets
