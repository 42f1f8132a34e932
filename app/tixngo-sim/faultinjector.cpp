#include "faultinjector.h"

namespace sim {

bool FaultInjector::roll(double rate)
{
    if (rate <= 0)
        return false;
    if (rate >= 1)
        return true;
    return std::uniform_real_distribution<double>(0, 1)(m_rng) < rate;
}

FaultInjector::Decision FaultInjector::decide(qint64 nowMs, int *status, int *retryAfterSeconds)
{
    if (roll(m_settings.dropRate))
        return Decision::Drop;
    if (m_settings.rateLimit > 0) {
        const qint64 window = nowMs / 1000;
        if (window != m_window) {
            m_window = window;
            m_windowCount = 0;
        }
        if (++m_windowCount > m_settings.rateLimit) {
            *retryAfterSeconds = 1; // the next one-second window
            return Decision::RateLimited;
        }
    }
    if (roll(m_settings.failRate)) {
        static const int codes[] = {500, 502, 503, 504};
        *status = codes[m_rng() % 4];
        return Decision::ServerError;
    }
    return Decision::Pass;
}

bool FaultInjector::apply(const QJsonObject &json, FaultSettings *settings, QString *error)
{
    FaultSettings s = *settings;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString &k = it.key();
        const QJsonValue &v = it.value();
        if (!v.isDouble()) {
            *error = QStringLiteral("%1 must be a number").arg(k);
            return false;
        }
        const double d = v.toDouble();
        const bool isRate = k.endsWith(QLatin1String("-rate"));
        if (isRate && (d < 0 || d > 1)) {
            *error = QStringLiteral("%1 must be between 0 and 1").arg(k);
            return false;
        }
        if (!isRate && (d < 0 || d > 3600000)) {
            *error = QStringLiteral("%1 must be between 0 and 3600000").arg(k);
            return false;
        }
        if (k == QLatin1String("latency-ms"))
            s.latencyMs = int(d);
        else if (k == QLatin1String("fail-rate"))
            s.failRate = d;
        else if (k == QLatin1String("rate-limit"))
            s.rateLimit = int(d);
        else if (k == QLatin1String("drop-rate"))
            s.dropRate = d;
        else if (k == QLatin1String("malformed-rate"))
            s.malformedRate = d;
        else if (k == QLatin1String("ticket-error-rate"))
            s.ticketErrorRate = d;
        else {
            *error = QStringLiteral("unknown fault %1; known: latency-ms, fail-rate, rate-limit, drop-rate, "
                                    "malformed-rate, ticket-error-rate")
                         .arg(k);
            return false;
        }
    }
    *settings = s;
    return true;
}

QJsonObject FaultInjector::toJson(const FaultSettings &s)
{
    return QJsonObject{
        {QStringLiteral("latency-ms"), s.latencyMs},
        {QStringLiteral("fail-rate"), s.failRate},
        {QStringLiteral("rate-limit"), s.rateLimit},
        {QStringLiteral("drop-rate"), s.dropRate},
        {QStringLiteral("malformed-rate"), s.malformedRate},
        {QStringLiteral("ticket-error-rate"), s.ticketErrorRate},
    };
}

} // namespace sim
