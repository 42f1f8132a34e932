#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QDebug>
#include <QString>

namespace tixsync::tixngo {

/// How often and how long a call is retried (tixngo-api-contract.md "Errors and limits", rules
/// API-5 and API-6). Attempts count every HTTP request of one call, the first one included.
struct RetryPolicy {
    int maxAttempts = 5; // per call (first request + retries)
    int baseDelayMs = 500; // back-off before retry n is base * 2^(n-1), with jitter
    int maxDelayMs = 8000; // cap of one back-off delay
    int maxTotalMs = 120000; // a job gives up when the next wait would end after this
    int maxRetryAfterMs = 60000; // a 429 asking for a longer wait ends the job at once

    friend bool operator==(const RetryPolicy &, const RetryPolicy &) = default;
};

/// Everything of the TIXNGO organizer API that the public documentation does not fix ([ours] in
/// tixngo-api-contract.md), in one place, so a real installation can be matched by a JSON file
/// without recompiling. Defaults are the contract. Paths are relative to the root (the interface
/// URL minus `organizer/tickets`); `{ticketId}` in readTicketPath is replaced by the
/// percent-encoded ticket id.
struct ApiProfile {
    QString injectPath = QStringLiteral("organizer/tickets");
    QString diffPath = QStringLiteral("organizer/tickets/diff");
    QString deletePath = QStringLiteral("organizer/tickets/delete");
    QString controlPath = QStringLiteral("organizer/tickets/control");
    QString readTicketPath = QStringLiteral("organizer/tickets/{ticketId}");
    QString statusLogPath = QStringLiteral("organizer/report/ticket-status-logs");

    /// The key travels in `<authHeader>: <key>`, or `<authHeader>: <authScheme> <key>` when a
    /// scheme is set (`Authorization: Bearer <key>`).
    QString authHeader = QStringLiteral("X-Api-Key");
    QString authScheme;

    int maxTicketsPerCall = 1000; // inject, delete, control: larger batches are split
    int maxPageLimit = 10000; // diff and status-log `limit`
    int callsInFlight = 1; // calls of one batch job sent at the same time
    int transferTimeoutMs = 60000; // no byte for this long = timeout (retried like a 5xx)
    bool lowDelay = true; // TCP_NODELAY on the sockets of POST calls (lowdelay.h)
    RetryPolicy retry;

    friend bool operator==(const ApiProfile &, const ApiProfile &) = default;

    /// `X-Api-Key` (the default) or `Authorization: Bearer`.
    static ApiProfile bearerAuth();

    /// Checks every value; the error names the key and the accepted range.
    Status validate() const;

    /// Reads a profile; keys left out keep their default; unknown keys and bad values are errors
    /// that name the key (and, for JSON syntax, the line and column).
    static Result<ApiProfile> fromJson(const QByteArray &json, const QString &fileName = {});
    static Result<ApiProfile> load(const QString &path);
    /// The complete profile as an indented JSON document (every key, defaults included).
    QByteArray toJson() const;
    Status save(const QString &path) const;
};

QDebug operator<<(QDebug debug, const ApiProfile &profile);

} // namespace tixsync::tixngo
