#pragma once

#include "core/error.h"

#include <QDebug>
#include <QUrl>

namespace tixsync::tixngo {

/// A validated TIXNGO interface URL (rule API-1). The configured URL must end with
/// `organizer/tickets`; the API root is that URL minus `organizer/tickets`, and every endpoint
/// path of the ApiProfile is relative to it. Plain `http://` is accepted only for loopback
/// hosts (127.0.0.0/8, ::1, localhost); user names, passwords, queries and fragments are refused
/// (credentials never travel in a URL).
class Connection {
public:
    /// Error codes: tixngo.url.invalid, tixngo.url.scheme, tixngo.url.suffix, tixngo.url.http.
    static Result<Connection> fromUrl(const QString &url);

    QUrl interfaceUrl() const { return m_url; }
    /// Ends with '/', e.g. https://tixngo.example/api/v3/
    QUrl root() const { return m_root; }
    bool isLoopback() const { return m_loopback; }

    /// root + relative path (already percent-encoded where needed) + encoded query
    /// ("a=1&b=2", built by the caller with QUrl::toPercentEncoding of each value).
    QUrl endpoint(const QString &relativePath, const QByteArray &encodedQuery = {}) const;

private:
    QUrl m_url;
    QUrl m_root;
    bool m_loopback = false;
};

QDebug operator<<(QDebug debug, const Connection &connection);

} // namespace tixsync::tixngo
