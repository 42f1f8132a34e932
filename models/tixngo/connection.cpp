#include "connection.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace tixsync::tixngo {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}
} // namespace

Result<Connection> Connection::fromUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (trimmed.isEmpty() || !url.isValid() || url.host().isEmpty())
        return fail(QStringLiteral("tixngo.url.invalid"),
            QCoreApplication::translate("tixsync::tixngo::Connection",
                "The TIXNGO interface URL \"%1\" is not a valid web address; enter it like "
                "https://tixngo.example/api/v3/organizer/tickets.")
                .arg(trimmed));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return fail(QStringLiteral("tixngo.url.scheme"),
            QCoreApplication::translate(
                "tixsync::tixngo::Connection", "The TIXNGO interface URL must start with https:// (got \"%1\").")
                .arg(url.scheme()));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return fail(QStringLiteral("tixngo.url.invalid"),
            QCoreApplication::translate("tixsync::tixngo::Connection",
                "The TIXNGO interface URL must not contain a user name, password, '?' query or '#' "
                "part; remove them (the API key is entered separately)."));
    QString path = url.path(QUrl::FullyEncoded);
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    static const QLatin1String suffix("organizer/tickets");
    if (!path.endsWith(suffix)
        || (path.size() > suffix.size() && path.at(path.size() - suffix.size() - 1) != QLatin1Char('/')))
        return fail(QStringLiteral("tixngo.url.suffix"),
            QCoreApplication::translate("tixsync::tixngo::Connection",
                "The TIXNGO interface URL must end with \"organizer/tickets\", e.g. "
                "https://tixngo.example/api/v3/organizer/tickets (got \"%1\").")
                .arg(url.toDisplayString()));
    const bool loopback = isLoopbackHost(url.host());
    if (scheme == QLatin1String("http") && !loopback)
        return fail(QStringLiteral("tixngo.url.http"),
            QCoreApplication::translate("tixsync::tixngo::Connection",
                "The TIXNGO interface URL must use https://; plain http:// is accepted only for this "
                "computer (localhost, 127.0.0.1, ::1) because the API key would travel unencrypted."));
    Connection c;
    c.m_url = url;
    c.m_url.setPath(path, QUrl::TolerantMode);
    c.m_root = c.m_url;
    c.m_root.setPath(path.left(path.size() - suffix.size()), QUrl::TolerantMode);
    c.m_loopback = loopback;
    return c;
}

QUrl Connection::endpoint(const QString &relativePath, const QByteArray &encodedQuery) const
{
    QByteArray encoded = m_root.toEncoded() + relativePath.toUtf8();
    if (!encodedQuery.isEmpty())
        encoded += '?' + encodedQuery;
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

QDebug operator<<(QDebug debug, const Connection &c)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "tixngo::Connection(" << c.interfaceUrl().toDisplayString() << ')';
    return debug;
}

} // namespace tixsync::tixngo
