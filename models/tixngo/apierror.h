#pragma once

#include "core/error.h"

#include <QDebug>
#include <QString>

namespace tixsync::tixngo {

/// Why a TIXNGO call failed, after the retries the contract allows (tixngo-api-contract.md
/// "Errors and limits"). `message` is translated text for a person, already free of the API key.
struct ApiError {
    enum class Kind {
        None, // no error
        Config, // no API key, or a request the client refuses to send (empty batch…)
        Auth, // 401/403: "authentication refused" (not retried, API-3)
        NotFoundEndpoint, // 404 on a fixed path: "endpoint not found — check the URL" (API-3)
        BadRequest, // 400 and other 4xx: the server's message (API-3)
        Protocol, // 200 whose body is not the documented JSON (API-7), with parsePosition
        Network, // timeouts, resets, refused connections, after the retries (API-6)
        Server, // 5xx after the retries (API-6)
        Tls, // certificate / handshake failure, never ignored (API-8)
        Cancelled, // Job::cancel() or Client::cancelAll()
        RateLimited, // 429 after the allowed waits (API-5)
    };

    Kind kind = Kind::None;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString serverCode; // {"error": {"code": …}} when the server sent one
    QString serverMessage; // {"error": {"message": …}}
    QString message; // complete sentence for the user
    qint64 parsePosition = -1; // Protocol: byte offset of the JSON parse error, -1 when none
    int attempts = 0; // HTTP requests made for the failing call
    QString endpoint; // the path that failed, e.g. "organizer/tickets" (never a key)

    bool isError() const { return kind != Kind::None; }
    /// Whether the whole run must stop (everything but None).
    explicit operator bool() const { return isError(); }

    /// Stable code for programs: tixngo.auth, tixngo.notFound, tixngo.badRequest,
    /// tixngo.protocol, tixngo.network, tixngo.server, tixngo.tls, tixngo.cancelled,
    /// tixngo.rateLimited, tixngo.config.
    QString code() const;
    /// The same error as the engine's tixsync::Error (code() + message).
    Error toError() const;
};

QString toString(ApiError::Kind kind);
QDebug operator<<(QDebug debug, const ApiError &error);

} // namespace tixsync::tixngo
