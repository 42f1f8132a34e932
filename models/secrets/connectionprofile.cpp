#include "connectionprofile.h"

#include <QCoreApplication>

#ifdef TIXSYNC_HAVE_TIXNGO
#include "tixngo/connection.h"
#else
#include <QHostAddress>
#include <QUrl>
#endif

namespace tixsync::secrets {

namespace {
} // namespace

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

#ifdef TIXSYNC_HAVE_TIXNGO
// The TIXNGO client owns the URL rules; profiles use exactly the same check.
Status ConnectionProfile::validateUrl(const QString &url)
{
    auto c = tixngo::Connection::fromUrl(url);
    if (!c)
        return fail(c.error());
    return {};
}
#else
// Fallback while the TIXNGO client is not part of the build: the same rules and error codes as
// tixngo::Connection::fromUrl.
Status ConnectionProfile::validateUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (trimmed.isEmpty() || !url.isValid() || url.host().isEmpty())
        return fail(QStringLiteral("tixngo.url.invalid"),
            QCoreApplication::translate("tixsync::secrets::ConnectionProfile",
                "The TIXNGO interface URL \"%1\" is not a valid web address; enter it like "
                "https://tixngo.example/api/v3/organizer/tickets.")
                .arg(trimmed));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return fail(QStringLiteral("tixngo.url.scheme"),
            QCoreApplication::translate("tixsync::secrets::ConnectionProfile",
                "The TIXNGO interface URL must start with https:// (got \"%1\").")
                .arg(url.scheme()));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return fail(QStringLiteral("tixngo.url.invalid"),
            QCoreApplication::translate("tixsync::secrets::ConnectionProfile",
                "The TIXNGO interface URL must not contain a user name, password, '?' query or '#' "
                "part; remove them (the API key is entered separately)."));
    QString path = url.path(QUrl::FullyEncoded);
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    static const QLatin1String suffix("organizer/tickets");
    if (!path.endsWith(suffix)
        || (path.size() > suffix.size() && path.at(path.size() - suffix.size() - 1) != QLatin1Char('/')))
        return fail(QStringLiteral("tixngo.url.suffix"),
            QCoreApplication::translate("tixsync::secrets::ConnectionProfile",
                "The TIXNGO interface URL must end with \"organizer/tickets\", e.g. "
                "https://tixngo.example/api/v3/organizer/tickets (got \"%1\").")
                .arg(url.toDisplayString()));
    QHostAddress address;
    const bool loopback = url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || (address.setAddress(url.host()) && address.isLoopback());
    if (scheme == QLatin1String("http") && !loopback)
        return fail(QStringLiteral("tixngo.url.http"),
            QCoreApplication::translate("tixsync::secrets::ConnectionProfile",
                "The TIXNGO interface URL must use https://; plain http:// is accepted only for this "
                "computer (localhost, 127.0.0.1, ::1) because the API key would travel unencrypted."));
    return {};
}
#endif

} // namespace tixsync::secrets
