#pragma once

#include <QJsonObject>
#include <QString>
#include <random>

namespace sim {

/// Fault rates of the simulator, settable from the command line and at run time
/// (`POST /_sim/faults` with the same names as the flags).
struct FaultSettings {
    int latencyMs = 0; // added before every API answer
    double failRate = 0; // share of API calls answered 500/502/503/504
    int rateLimit = 0; // API calls per second before 429 (0 = unlimited)
    double dropRate = 0; // share of API calls whose connection is closed without an answer
    double malformedRate = 0; // share of 200 answers whose body is truncated or not JSON
    double ticketErrorRate = 0; // share of tickets failing with a per-ticket INTERNAL_ERROR
};

/// Decides, per API call, which fault (if any) to play. Seeded, so a run is repeatable.
class FaultInjector {
public:
    enum class Decision { Pass, Drop, RateLimited, ServerError };

    const FaultSettings &settings() const { return m_settings; }
    void setSettings(const FaultSettings &s) { m_settings = s; }
    void seed(quint64 seed) { m_rng.seed(seed); }

    /// One call arrives at `nowMs`. For ServerError, *status is 500, 502, 503 or 504; for
    /// RateLimited, *retryAfterSeconds is the wait until the next one-second window.
    Decision decide(qint64 nowMs, int *status, int *retryAfterSeconds);
    bool malformedNow() { return roll(m_settings.malformedRate); }
    bool ticketErrorNow() { return roll(m_settings.ticketErrorRate); }
    /// A coin toss for the shape of a malformed answer.
    bool coin() { return (m_rng() & 1) != 0; }

    /// Applies the keys present in `json` ("latency-ms", "fail-rate", "rate-limit", "drop-rate",
    /// "malformed-rate", "ticket-error-rate"). Returns false with a message naming the bad key
    /// (and changes nothing) when a key is unknown or a value out of range.
    static bool apply(const QJsonObject &json, FaultSettings *settings, QString *error);
    static QJsonObject toJson(const FaultSettings &settings);

private:
    bool roll(double rate);

    FaultSettings m_settings;
    std::mt19937_64 m_rng{7};
    qint64 m_window = -1;
    int m_windowCount = 0;
};

} // namespace sim
