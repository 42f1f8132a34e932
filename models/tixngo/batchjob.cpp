#include "batchjob.h"

#include "client.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace tixsync::tixngo {

namespace {

TicketResult protocolResult(const QString &id, const char *code, const QString &message)
{
    TicketResult r;
    r.ticketId = id;
    r.outcome = TicketResult::Outcome::ProtocolError;
    r.errorCode = QString::fromLatin1(code);
    r.errorMessage = message;
    return r;
}
} // namespace

BatchJob::BatchJob(Client *client, QString endpoint, QStringList ids, QList<QByteArray> items)
    : Job(client)
    , m_endpoint(std::move(endpoint))
    , m_ids(std::move(ids))
    , m_items(std::move(items))
{
    m_results.resize(m_ids.size());
}

BatchJob::~BatchJob() = default;

int BatchJob::maxInFlight() const
{
    return client()->profile().callsInFlight;
}

void BatchJob::begin()
{
    ApiError config;
    config.kind = ApiError::Kind::Config;
    if (m_ids.size() != m_items.size()) {
        config.message
            = tr("Internal error: %1 ticket ids for %2 ticket payloads.").arg(m_ids.size()).arg(m_items.size());
        fail(config);
        return;
    }
    QSet<QString> seen;
    seen.reserve(m_ids.size());
    for (const QString &id : std::as_const(m_ids)) {
        if (id.isEmpty() || seen.contains(id)) {
            config.message = id.isEmpty() ? tr("A ticket without a ticket id cannot be sent to TIXNGO.")
                                          : tr("Ticket id %1 appears twice in one call to TIXNGO; results are "
                                               "matched by ticket id, so each ticket may appear once.")
                                                .arg(id);
            fail(config);
            return;
        }
        seen.insert(id);
    }
    const int per = client()->profile().maxTicketsPerCall;
    for (int first = 0; first < m_ids.size(); first += per)
        enqueue(makeCall(first, std::min<int>(per, static_cast<int>(m_ids.size()) - first)));
}

Job::Call BatchJob::makeCall(int first, int count) const
{
    Call call;
    call.verb = "POST";
    call.endpoint = m_endpoint;
    call.url = client()->connection().endpoint(m_endpoint);
    call.first = first;
    call.count = count;
    qsizetype bytes = 16 + count;
    for (int i = first; i < first + count; ++i)
        bytes += m_items.at(i).size();
    call.body.reserve(bytes);
    call.body.append("{\"tickets\":[");
    for (int i = first; i < first + count; ++i) {
        if (i > first)
            call.body.append(',');
        call.body.append(m_items.at(i));
    }
    call.body.append("]}");
    return call;
}

bool BatchJob::split(const Call &call, QList<Call> *parts)
{
    if (call.count < 2)
        return false;
    const int half = call.count / 2;
    parts->append(makeCall(call.first, half));
    parts->append(makeCall(call.first + half, call.count - half));
    return true;
}

ApiError BatchJob::handleOk(const Call &call, const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return protocolError(call, pe.errorString(), pe.offset);
    const QJsonValue results = doc.object().value(QLatin1String("results"));
    if (!doc.isObject() || !results.isArray())
        return protocolError(call, QStringLiteral("no \"results\" list"));

    // rule API-9: match by ticket id within this call's range, never by position.
    QHash<QString, int> index;
    index.reserve(call.count);
    for (int i = call.first; i < call.first + call.count; ++i)
        index.insert(m_ids.at(i), i);
    QList<bool> answered(call.count, false);
    const QJsonArray list = results.toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("ticketId")).toString();
        const auto it = index.constFind(id);
        if (id.isEmpty() || it == index.cend()) {
            qCWarning(lcNet).noquote() << "TIXNGO sent a result for ticket" << id << "which this call did not send";
            m_unexpected.append(protocolResult(
                id, "UNEXPECTED_RESULT", tr("TIXNGO sent a result for a ticket id this call did not send.")));
            continue;
        }
        const int i = it.value();
        if (answered[i - call.first]) {
            m_results[i] = protocolResult(
                id, "DUPLICATE_RESULT", tr("TIXNGO sent two results for this ticket; its state is unknown."));
            continue;
        }
        answered[i - call.first] = true;
        TicketResult r;
        r.ticketId = id;
        const QJsonValue error = o.value(QLatin1String("error"));
        if (error.isObject()) {
            const QJsonObject e = error.toObject();
            r.outcome = TicketResult::Outcome::Refused;
            r.errorCode = e.value(QLatin1String("code")).toString();
            r.errorField = e.value(QLatin1String("field")).toString();
            r.errorMessage = e.value(QLatin1String("message")).toString();
        } else if (o.value(QLatin1String("status")).isString()) {
            r.outcome = TicketResult::Outcome::Accepted;
            r.status = o.value(QLatin1String("status")).toString();
        } else {
            r = protocolResult(
                id, "MALFORMED_RESULT", tr("TIXNGO's result for this ticket has neither a status nor an error."));
        }
        m_results[i] = std::move(r);
    }
    for (int k = 0; k < call.count; ++k) {
        if (!answered[k])
            m_results[call.first + k] = protocolResult(m_ids.at(call.first + k), "MISSING_RESULT",
                tr("TIXNGO sent no result for this ticket; its state is unknown."));
    }
    return {};
}

QList<TicketResult> BatchJob::results() const
{
    QList<TicketResult> out;
    out.reserve(m_results.size() + m_unexpected.size());
    for (const auto &r : m_results) {
        if (r)
            out.append(*r);
    }
    out.append(m_unexpected);
    return out;
}

QStringList BatchJob::unansweredTicketIds() const
{
    QStringList out;
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        if (!m_results.at(i))
            out.append(m_ids.at(i));
    }
    return out;
}

int BatchJob::acceptedCount() const
{
    int n = 0;
    for (const auto &r : m_results)
        n += r && r->accepted();
    return n;
}

int BatchJob::refusedCount() const
{
    int n = 0;
    for (const auto &r : m_results)
        n += r && !r->accepted();
    return n;
}

} // namespace tixsync::tixngo
