#include "apierror.h"

namespace tixsync::tixngo {

QString toString(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return QStringLiteral("None");
    case ApiError::Kind::Config:
        return QStringLiteral("Config");
    case ApiError::Kind::Auth:
        return QStringLiteral("Auth");
    case ApiError::Kind::NotFoundEndpoint:
        return QStringLiteral("NotFoundEndpoint");
    case ApiError::Kind::BadRequest:
        return QStringLiteral("BadRequest");
    case ApiError::Kind::Protocol:
        return QStringLiteral("Protocol");
    case ApiError::Kind::Network:
        return QStringLiteral("Network");
    case ApiError::Kind::Server:
        return QStringLiteral("Server");
    case ApiError::Kind::Tls:
        return QStringLiteral("Tls");
    case ApiError::Kind::Cancelled:
        return QStringLiteral("Cancelled");
    case ApiError::Kind::RateLimited:
        return QStringLiteral("RateLimited");
    }
    return QString();
}

QString ApiError::code() const
{
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Config:
        return QStringLiteral("tixngo.config");
    case Kind::Auth:
        return QStringLiteral("tixngo.auth");
    case Kind::NotFoundEndpoint:
        return QStringLiteral("tixngo.notFound");
    case Kind::BadRequest:
        return QStringLiteral("tixngo.badRequest");
    case Kind::Protocol:
        return QStringLiteral("tixngo.protocol");
    case Kind::Network:
        return QStringLiteral("tixngo.network");
    case Kind::Server:
        return QStringLiteral("tixngo.server");
    case Kind::Tls:
        return QStringLiteral("tixngo.tls");
    case Kind::Cancelled:
        return QStringLiteral("tixngo.cancelled");
    case Kind::RateLimited:
        return QStringLiteral("tixngo.rateLimited");
    }
    return QString();
}

Error ApiError::toError() const
{
    return makeError(code(), message);
}

QDebug operator<<(QDebug debug, const ApiError &e)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "tixngo::ApiError(" << toString(e.kind);
    if (e.httpStatus)
        debug << ", HTTP " << e.httpStatus;
    if (!e.endpoint.isEmpty())
        debug << ", " << e.endpoint;
    if (!e.serverCode.isEmpty())
        debug << ", server code " << e.serverCode;
    if (e.parsePosition >= 0)
        debug << ", at byte " << e.parsePosition;
    debug << ", attempts " << e.attempts << ", " << e.message << ')';
    return debug;
}

} // namespace tixsync::tixngo
