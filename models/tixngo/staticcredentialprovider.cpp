#include "staticcredentialprovider.h"

#include <QCoreApplication>

namespace tixsync::tixngo {

StaticCredentialProvider::StaticCredentialProvider(QString key)
    : m_key(std::move(key))
{
}

Result<QString> StaticCredentialProvider::apiKey() const
{
    if (m_key.isEmpty())
        return fail(QStringLiteral("tixngo.credentials"),
            QCoreApplication::translate("tixsync::tixngo::StaticCredentialProvider",
                "No TIXNGO API key was entered: enter the API key of the organizer "
                "ADMIN account."));
    return m_key;
}

QString StaticCredentialProvider::description() const
{
    return QCoreApplication::translate("tixsync::tixngo::StaticCredentialProvider", "key entered in this session");
}

QDebug operator<<(QDebug debug, const StaticCredentialProvider &)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "StaticCredentialProvider(<redacted>)";
    return debug;
}

} // namespace tixsync::tixngo
