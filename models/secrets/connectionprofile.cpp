#include "connectionprofile.h"

#include <QCoreApplication>

#include "tixngo/connection.h"

namespace tixsync::secrets {

Status ConnectionProfile::validate() const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(QStringLiteral("secrets.profile.name"),
            QCoreApplication::translate("tixsync::secrets::ConnectionProfile",
                "Give the connection profile a name, e.g. Validation, Pre-production or Production."));
    if (trimmed != name)
        return fail(QStringLiteral("secrets.profile.name"),
            QCoreApplication::translate("tixsync::secrets::ConnectionProfile",
                "The profile name \"%1\" starts or ends with spaces; remove them.")
                .arg(name));
    return validateUrl(url);
}

// The TIXNGO client owns the URL rules; profiles use exactly the same check.
Status ConnectionProfile::validateUrl(const QString &url)
{
    auto c = tixngo::Connection::fromUrl(url);
    if (!c)
        return fail(c.error());
    return {};
}

} // namespace tixsync::secrets
