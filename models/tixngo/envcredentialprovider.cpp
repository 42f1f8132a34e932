#include "envcredentialprovider.h"

#include <QCoreApplication>

namespace tixsync::tixngo {

EnvCredentialProvider::EnvCredentialProvider(QByteArray variable)
    : m_variable(std::move(variable))
{
}

Result<QString> EnvCredentialProvider::apiKey() const
{
    const QString key = qEnvironmentVariable(m_variable.constData()).trimmed();
    if (key.isEmpty())
        return fail(QStringLiteral("tixngo.credentials"),
            QCoreApplication::translate("tixsync::tixngo::EnvCredentialProvider",
                "No TIXNGO API key: set the environment variable %1 to the API key "
                "of the organizer ADMIN account.")
                .arg(QString::fromLatin1(m_variable)));
    return key;
}

QString EnvCredentialProvider::description() const
{
    return QCoreApplication::translate("tixsync::tixngo::EnvCredentialProvider", "environment variable %1")
        .arg(QString::fromLatin1(m_variable));
}

} // namespace tixsync::tixngo
