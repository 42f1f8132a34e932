#pragma once

#include "faultinjector.h"
#include "jsondom.h"
#include "simstate.h"
#include "ticketvalidator.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrlQuery>
#include <functional>

namespace sim {

/// One HTTP request as the front end hands it over (no Qt HTTP types here).
struct Request {
    QByteArray method; // "GET", "POST"…
    QByteArray path; // percent-encoded, without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// Case-insensitive header lookup; empty when absent.
    QByteArray header(const char *name) const;
};

struct Response {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    bool drop = false; // close the connection without answering
    int delayMs = 0;
};

struct Config {
    QString apiKey; // empty: any non-empty key is accepted
    QByteArray apiKeyHeader = "X-Api-Key";
    QByteArray root = "/api/v3/"; // the API root; the interface URL is root + organizer/tickets
    int maxBatch = 10000; // tickets per call before 413
    double spectatorActivity = 0; // random spectator actions per second
    bool keepPayloads = true; // keep each ticket's injected text (GET /_sim/tickets/{id}, --state)
};

/// The simulated TIXNGO organizer API behind the HTTP front end: routing, authentication,
/// faults, request parsing and the JSON answers of the contract (docs/tixngo-api.md).
class SimService {
public:
    explicit SimService(Config config = {});

    Response handle(const Request &request);
    /// Moves simulated time forward: deletion confirmations and spectator activity.
    void advance(qint64 nowMs);

    SimState &state() { return m_state; }
    FaultInjector &faults() { return m_faults; }
    Config &config() { return m_config; }
    void seed(quint64 seed);
    /// The clock used for every timestamp (tests may replace it).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    static Response error(int status, const char *code, const QString &message);

private:
    Response route(const Request &r);
    Response simExtra(const Request &r);
    bool authorized(const Request &r) const;
    Response inject(const Request &r);
    Response removeTickets(const Request &r);
    Response controlTickets(const Request &r);
    Response diff(const Request &r);
    Response readOne(const QByteArray &encodedId);
    Response statusLogs(const Request &r);
    Response setFaults(const Request &r);
    Response faultsJson();
    Response forceStatus(const QByteArray &encodedId, const Request &r);
    Response seedState(const Request &r);
    /// Parses a JSON body that must be an object with a `tickets` list; *list = its node.
    bool ticketsBody(const Request &r, JsonDom *dom, int *list, Response *failure);
    void malform(Response *response);

    Config m_config;
    SimState m_state;
    FaultInjector m_faults;
    TicketValidator m_validator;
    std::function<qint64()> m_clock;
    qint64 m_lastAdvance = 0;
    double m_activityBudget = 0;
};

} // namespace sim
