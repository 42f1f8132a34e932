#include "simservice.h"

#include "jsonwriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

namespace sim {

namespace {

constexpr qsizetype kMaxPage = 10000;
constexpr qsizetype kDefaultPage = 1000;

bool headerIs(const QByteArray &a, const char *b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

Response json(QByteArray body, int status = 200)
{
    Response r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

QString decode(const QByteArray &encoded)
{
    return QUrl::fromPercentEncoding(encoded);
}

/// limit query parameter: default 1000, 1…10 000.
bool pageLimit(const QUrlQuery &q, qsizetype *limit, Response *failure)
{
    *limit = kDefaultPage;
    if (!q.hasQueryItem(QStringLiteral("limit")))
        return true;
    bool ok = false;
    const int l = q.queryItemValue(QStringLiteral("limit"), QUrl::FullyDecoded).toInt(&ok);
    if (!ok || l < 1 || l > kMaxPage) {
        *failure = SimService::error(
            400, "INVALID_PARAMETER", QStringLiteral("limit must be a whole number from 1 to 10000"));
        return false;
    }
    *limit = l;
    return true;
}

const char *actionName(const Ticket &t, std::uint32_t version)
{
    if (version == 0)
        return "INJECT";
    const Version &v = t.versions[version];
    const Version &p = t.versions[version - 1];
    switch (v.status) {
    case Status::Downloaded:
        return "DOWNLOAD";
    case Status::Assigned:
        return "ASSIGN";
    case Status::PendingTransfer:
    case Status::Pending:
        return "TRANSFER_REQUEST";
    case Status::Transferred:
        return "TRANSFER";
    case Status::FailureTransfer:
    case Status::Failure:
        return "TRANSFER_FAILURE";
    case Status::Controlled:
        return "CONTROL";
    case Status::DeletionPending:
        return "DELETE_REQUEST";
    case Status::Deleted:
        return "DELETE";
    default:
        break;
    }
    if (isActivated(v.status))
        return "ACTIVATE";
    if (v.status == p.status && !(v.owner == p.owner))
        return "OWNER_CHANGE";
    return "STATUS_CHANGE";
}

QSet<QString> multiValue(const QUrlQuery &q, const QString &key)
{
    QSet<QString> out;
    for (const QString &v : q.allQueryItemValues(key, QUrl::FullyDecoded)) {
        for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out.insert(part.trimmed());
    }
    return out;
}

} // namespace

QByteArray Request::header(const char *name) const
{
    for (const auto &h : headers) {
        if (headerIs(h.first, name))
            return h.second;
    }
    return {};
}

SimService::SimService(Config config)
    : m_config(std::move(config))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

void SimService::seed(quint64 seed)
{
    m_state.seed(seed);
    m_faults.seed(seed ^ 0x9e3779b97f4a7c15ULL);
}

Response SimService::error(int status, const char *code, const QString &message)
{
    JsonWriter w;
    w.beginObject().key("error").beginObject();
    w.key("code").value(code);
    w.key("message").value(QStringView(message));
    w.endObject().endObject();
    return json(w.take(), status);
}

void SimService::advance(qint64 now)
{
    if (m_lastAdvance == 0)
        m_lastAdvance = now;
    const qint64 elapsed = qMax<qint64>(0, now - m_lastAdvance);
    m_lastAdvance = now;
    m_activityBudget += m_config.spectatorActivity * double(elapsed) / 1000.0;
    int actions = 0;
    if (m_activityBudget >= 1) {
        actions = int(qMin(m_activityBudget, 100000.0));
        m_activityBudget -= actions;
        if (m_activityBudget > 1) // cannot keep up: drop the backlog instead of bursting later
            m_activityBudget = 0;
    }
    m_state.tick(now, actions);
}

bool SimService::authorized(const Request &r) const
{
    QByteArray key = r.header(m_config.apiKeyHeader.constData());
    if (key.isEmpty()) {
        const QByteArray auth = r.header("Authorization");
        if (auth.size() > 7 && auth.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
            key = auth.mid(7).trimmed();
    }
    if (key.isEmpty())
        return false;
    if (m_config.apiKey.isEmpty())
        return true;
    const QByteArray expected = m_config.apiKey.toUtf8();
    // Compare without an early exit so the time does not reveal the matching prefix.
    unsigned diff = unsigned(key.size() ^ expected.size());
    for (qsizetype i = 0; i < key.size(); ++i)
        diff |= unsigned(key[i] ^ expected[i % qMax<qsizetype>(1, expected.size())]);
    return diff == 0;
}

Response SimService::handle(const Request &r)
{
    if (r.path.startsWith("/_sim/")) {
        if (!authorized(r))
            return error(401, "UNAUTHORIZED",
                QStringLiteral("missing or wrong API key: send it in the %1 header or as Authorization: Bearer")
                    .arg(QString::fromLatin1(m_config.apiKeyHeader)));
        return simExtra(r);
    }
    if (!r.path.startsWith(m_config.root))
        return error(404, "NOT_FOUND",
            QStringLiteral("no endpoint at %1; the API root is %2")
                .arg(QString::fromUtf8(r.path), QString::fromLatin1(m_config.root)));

    const qint64 now = m_clock();
    int status = 0;
    int retryAfter = 0;
    const int delay = m_faults.settings().latencyMs;
    Response out;
    switch (m_faults.decide(now, &status, &retryAfter)) {
    case FaultInjector::Decision::Drop:
        out.drop = true;
        break;
    case FaultInjector::Decision::RateLimited:
        out = error(429, "RATE_LIMITED", QStringLiteral("too many requests; retry after %1 s").arg(retryAfter));
        out.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
        break;
    case FaultInjector::Decision::ServerError:
        out = error(status, "SERVER_ERROR", QStringLiteral("simulated server failure"));
        break;
    case FaultInjector::Decision::Pass:
        if (!authorized(r)) {
            out = error(401, "UNAUTHORIZED",
                QStringLiteral("missing or wrong API key: send the organizer ADMIN API key in the %1 header")
                    .arg(QString::fromLatin1(m_config.apiKeyHeader)));
            break;
        }
        out = route(r);
        if (out.status == 200 && m_faults.malformedNow())
            malform(&out);
        break;
    }
    out.delayMs = delay;
    return out;
}

void SimService::malform(Response *out)
{
    if (m_faults.coin() && out->body.size() > 2) {
        out->body.truncate(out->body.size() / 2); // truncated JSON
    } else {
        out->body = QByteArrayLiteral("<html><body><h1>Gateway busy</h1></body></html>");
        out->contentType = QByteArrayLiteral("text/html");
    }
}

Response SimService::route(const Request &r)
{
    const QByteArray rest = r.path.mid(m_config.root.size());
    const bool get = r.method == "GET";
    const bool post = r.method == "POST";
    auto wrongMethod = [&](const char *allowed) {
        Response e = error(405, "METHOD_NOT_ALLOWED",
            QStringLiteral("%1 is not allowed here; use %2")
                .arg(QString::fromLatin1(r.method), QLatin1String(allowed)));
        e.headers.append({QByteArrayLiteral("Allow"), QByteArray(allowed)});
        return e;
    };
    if (rest == "organizer/tickets")
        return post ? inject(r) : wrongMethod("POST");
    if (rest == "organizer/tickets/diff")
        return get ? diff(r) : wrongMethod("GET");
    if (rest == "organizer/tickets/delete")
        return post ? removeTickets(r) : wrongMethod("POST");
    if (rest == "organizer/tickets/control")
        return post ? controlTickets(r) : wrongMethod("POST");
    if (rest == "organizer/report/ticket-status-logs")
        return get ? statusLogs(r) : wrongMethod("GET");
    static const QByteArray one("organizer/tickets/");
    if (rest.startsWith(one) && rest.size() > one.size())
        return get ? readOne(rest.mid(one.size())) : wrongMethod("GET");
    return error(404, "NOT_FOUND", QStringLiteral("no endpoint at %1").arg(QString::fromUtf8(r.path)));
}

bool SimService::ticketsBody(const Request &r, JsonDom *dom, int *list, Response *failure)
{
    const QByteArray type = r.header("Content-Type");
    if (!type.toLower().startsWith("application/json")) {
        *failure
            = error(415, "UNSUPPORTED_MEDIA_TYPE", QStringLiteral("send the body as Content-Type: application/json"));
        return false;
    }
    if (!dom->parse(r.body)) {
        *failure = error(400, "MALFORMED_REQUEST",
            QStringLiteral("the body is not valid JSON (byte %1: %2)")
                .arg(dom->errorOffset())
                .arg(dom->errorMessage()));
        return false;
    }
    *list = dom->member(0, "tickets");
    if (!dom->isArray(*list)) {
        *failure
            = error(400, "MALFORMED_REQUEST", QStringLiteral("the body must be an object with a \"tickets\" list"));
        return false;
    }
    const int count = dom->node(*list).count;
    if (count > m_config.maxBatch) {
        *failure = error(413, "BATCH_TOO_LARGE",
            QStringLiteral("%1 tickets in one call; at most %2 are accepted").arg(count).arg(m_config.maxBatch));
        return false;
    }
    return true;
}

namespace {
void writeError(JsonWriter &w, const QByteArray &code, const QString &field, const QString &message)
{
    w.key("error").beginObject();
    w.key("code").value(code);
    if (!field.isEmpty())
        w.key("field").value(QStringView(field));
    w.key("message").value(QStringView(message));
    w.endObject();
}

void writeTicketId(JsonWriter &w, const JsonDom &d, int id)
{
    w.key("ticketId");
    if (d.isString(id))
        w.value(d.utf8(id));
    else
        w.null();
}

const QByteArray kInternal("INTERNAL_ERROR");
const QString kTicketIdField = QStringLiteral("ticketId");
} // namespace

Response SimService::inject(const Request &r)
{
    JsonDom d;
    int list = -1;
    Response failure;
    if (!ticketsBody(r, &d, &list, &failure))
        return failure;
    const qint64 now = m_clock();
    JsonWriter w;
    w.beginObject().key("results").beginArray();
    for (int t = d.node(list).first; t >= 0; t = d.node(t).next) {
        w.beginObject();
        if (!d.isObject(t)) {
            w.key("ticketId").null();
            writeError(w, "INVALID_VALUE", {}, QStringLiteral("each ticket must be a JSON object"));
            w.endObject();
            continue;
        }
        writeTicketId(w, d, d.member(t, "ticketId"));
        if (auto e = m_validator.validate(d, t)) {
            writeError(w, e->code, e->field, e->message);
        } else if (m_faults.ticketErrorNow()) {
            writeError(w, kInternal, {}, QStringLiteral("simulated failure for this ticket; send it again"));
        } else {
            w.key("status").value(statusName(m_state.inject(TicketInput::from(d, t, m_config.keepPayloads), now)));
        }
        w.endObject();
    }
    w.endArray().endObject();
    return json(w.take());
}

Response SimService::removeTickets(const Request &r)
{
    JsonDom d;
    int list = -1;
    Response failure;
    if (!ticketsBody(r, &d, &list, &failure))
        return failure;
    const qint64 now = m_clock();
    JsonWriter w;
    w.beginObject().key("results").beginArray();
    for (int t = d.node(list).first; t >= 0; t = d.node(t).next) {
        w.beginObject();
        const int id = d.member(t, "ticketId");
        writeTicketId(w, d, id);
        const int reason = d.member(t, "deletionReason");
        const int show = d.member(t, "showDeletedTicket");
        const auto showType = d.type(show);
        if (!d.isObject(t)) {
            writeError(w, "INVALID_VALUE", {}, QStringLiteral("each ticket must be a JSON object"));
        } else if (auto e = TicketValidator::checkTicketId(d, id, kTicketIdField)) {
            writeError(w, e->code, e->field, e->message);
        } else if (reason >= 0 && d.type(reason) != JsonDom::Type::Null && !d.isString(reason)) {
            writeError(w, "INVALID_VALUE", QStringLiteral("deletionReason"),
                QStringLiteral("deletionReason must be a string"));
        } else if (d.length(reason) > 256) {
            writeError(w, "FIELD_TOO_LONG", QStringLiteral("deletionReason"),
                QStringLiteral("deletionReason has more than 256 characters"));
        } else if (show >= 0 && showType != JsonDom::Type::Null && showType != JsonDom::Type::True
            && showType != JsonDom::Type::False) {
            writeError(w, "INVALID_VALUE", QStringLiteral("showDeletedTicket"),
                QStringLiteral("showDeletedTicket must be true or false"));
        } else if (m_faults.ticketErrorNow()) {
            writeError(w, kInternal, {}, QStringLiteral("simulated failure for this ticket; send it again"));
        } else {
            const auto res = m_state.remove(d.string(id), d.string(reason), showType == JsonDom::Type::True, now);
            if (res.ok)
                w.key("status").value(statusName(res.status));
            else
                writeError(w, res.errorCode, kTicketIdField, res.message);
        }
        w.endObject();
    }
    w.endArray().endObject();
    return json(w.take());
}

Response SimService::controlTickets(const Request &r)
{
    JsonDom d;
    int list = -1;
    Response failure;
    if (!ticketsBody(r, &d, &list, &failure))
        return failure;
    const qint64 now = m_clock();
    JsonWriter w;
    w.beginObject().key("results").beginArray();
    for (int t = d.node(list).first; t >= 0; t = d.node(t).next) {
        w.beginObject();
        const int id = d.member(t, "ticketId");
        writeTicketId(w, d, id);
        const int at = d.member(t, "controlledAt");
        qint64 atMs = 0;
        if (!d.isObject(t)) {
            writeError(w, "INVALID_VALUE", {}, QStringLiteral("each ticket must be a JSON object"));
        } else if (auto e = TicketValidator::checkTicketId(d, id, kTicketIdField)) {
            writeError(w, e->code, e->field, e->message);
        } else if (at >= 0 && d.type(at) != JsonDom::Type::Null
            && (!d.isString(at) || !parseRfc3339(d.string(at), &atMs))) {
            writeError(w, "INVALID_DATE", QStringLiteral("controlledAt"),
                QStringLiteral("controlledAt must be an RFC 3339 date-time such as 2026-06-01T19:01:00Z"));
        } else if (m_faults.ticketErrorNow()) {
            writeError(w, kInternal, {}, QStringLiteral("simulated failure for this ticket; send it again"));
        } else {
            const auto res = m_state.control(d.string(id), atMs, now);
            if (res.ok)
                w.key("status").value(statusName(res.status));
            else
                writeError(w, res.errorCode, kTicketIdField, res.message);
        }
        w.endObject();
    }
    w.endArray().endObject();
    return json(w.take());
}

Response SimService::diff(const Request &r)
{
    qsizetype limit = 0;
    Response failure;
    if (!pageLimit(r.query, &limit, &failure))
        return failure;
    qsizetype from = 0;
    const QString key = r.query.queryItemValue(QStringLiteral("paginationKey"), QUrl::FullyDecoded);
    if (!key.isEmpty() && !m_state.parsePageKey(key, &from))
        return error(400, "INVALID_PAGINATION_KEY",
            QStringLiteral("the paginationKey is not one this TIXNGO issued (or the data was reset); "
                           "reset the stored key to read the feed from the start"));
    qsizetype next = 0;
    const std::vector<ChangeRef> page = m_state.diffPage(from, limit, &next);
    JsonWriter w;
    w.beginObject().key("tickets").beginArray();
    for (const ChangeRef &c : page)
        m_state.writeTicket(w, c);
    w.endArray();
    w.key("nextPageKey").value(m_state.pageKey(next));
    w.endObject();
    return json(w.take());
}

Response SimService::readOne(const QByteArray &encodedId)
{
    const QString id = decode(encodedId);
    const qsizetype i = m_state.indexOf(id);
    if (i < 0)
        return error(404, "NOT_FOUND", QStringLiteral("ticket %1 is unknown to TIXNGO").arg(id));
    JsonWriter w;
    m_state.writeLatest(w, i);
    return json(w.take());
}

Response SimService::statusLogs(const Request &r)
{
    const QUrlQuery &q = r.query;
    for (const char *required : {"mobileAppId", "from", "to"}) {
        if (q.queryItemValue(QLatin1String(required), QUrl::FullyDecoded).isEmpty())
            return error(
                400, "MISSING_PARAMETER", QStringLiteral("the %1 parameter is required").arg(QLatin1String(required)));
    }
    qint64 from = 0, to = 0;
    if (!parseRfc3339(q.queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded), &from)
        || !parseRfc3339(q.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded), &to))
        return error(400, "INVALID_PARAMETER", QStringLiteral("from and to must be RFC 3339 date-times"));
    qsizetype limit = 0;
    Response failure;
    if (!pageLimit(q, &limit, &failure))
        return failure;
    qsizetype pos = 0;
    const QString key = q.queryItemValue(QStringLiteral("paginationKey"), QUrl::FullyDecoded);
    if (!key.isEmpty() && !m_state.parsePageKey(key, &pos))
        return error(400, "INVALID_PAGINATION_KEY", QStringLiteral("the paginationKey is not one this report issued"));
    const QSet<QString> actions = multiValue(q, QStringLiteral("actionNames"));
    const QSet<QString> fromStatuses = multiValue(q, QStringLiteral("fromStatuses"));
    const QSet<QString> toStatuses = multiValue(q, QStringLiteral("toStatuses"));
    const QString fromOwner = q.queryItemValue(QStringLiteral("fromOwnerId"), QUrl::FullyDecoded);
    const QString toOwner = q.queryItemValue(QStringLiteral("toOwnerId"), QUrl::FullyDecoded);
    const QString actor = q.queryItemValue(QStringLiteral("actor"), QUrl::FullyDecoded);

    const auto &changes = m_state.changes();
    const auto &tickets = m_state.tickets();
    JsonWriter w;
    w.beginObject().key("result").beginArray();
    qsizetype count = 0;
    qsizetype p = pos;
    for (; p < qsizetype(changes.size()) && count < limit; ++p) {
        const ChangeRef &c = changes[size_t(p)];
        const Ticket &t = tickets[c.ticket];
        const Version &v = t.versions[c.version];
        if (v.atMs < from || v.atMs >= to)
            continue;
        const Version *prev = c.version > 0 ? &t.versions[c.version - 1] : nullptr;
        const char *action = actionName(t, c.version);
        const QString fromStatus = prev ? QLatin1String(statusName(prev->status)) : QString();
        const QString toStatus = QLatin1String(statusName(v.status));
        const QString fromOwnerId = prev ? prev->owner.email : QString();
        if ((!actions.isEmpty() && !actions.contains(QLatin1String(action)))
            || (!fromStatuses.isEmpty() && !fromStatuses.contains(fromStatus))
            || (!toStatuses.isEmpty() && !toStatuses.contains(toStatus))
            || (!fromOwner.isEmpty() && fromOwner != fromOwnerId) || (!toOwner.isEmpty() && toOwner != v.owner.email)
            || (!actor.isEmpty() && actor != QLatin1String(actorName(v.actor))))
            continue;
        ++count;
        w.beginObject();
        w.key("ticketId").value(QStringView(t.id));
        w.key("eventId").value(QStringView(t.eventId));
        w.key("actionName").value(action);
        w.key("fromStatus").stringOrNull(fromStatus);
        w.key("toStatus").value(QStringView(toStatus));
        w.key("fromOwnerId").stringOrNull(fromOwnerId);
        w.key("toOwnerId").stringOrNull(v.owner.email);
        w.key("actor").value(actorName(v.actor));
        w.key("date").value(formatTime(v.atMs));
        w.endObject();
    }
    w.endArray();
    w.key("pagination").beginObject().key("nextPageKey");
    if (p < qsizetype(changes.size()))
        w.value(m_state.pageKey(p));
    else
        w.null();
    w.endObject().endObject();
    return json(w.take());
}

Response SimService::simExtra(const Request &r)
{
    const QByteArray &path = r.path;
    const bool get = r.method == "GET";
    const bool post = r.method == "POST";
    if (path == "/_sim/reset" && post) {
        m_state.reset();
        return json(QByteArrayLiteral("{\"ok\":true}"));
    }
    if (path == "/_sim/seed" && post)
        return seedState(r);
    if (path == "/_sim/faults" && (get || post))
        return post ? setFaults(r) : faultsJson();
    if (path == "/_sim/tickets" && get) {
        JsonWriter w;
        w.beginObject().key("tickets").beginArray();
        for (qsizetype i = 0; i < qsizetype(m_state.tickets().size()); ++i)
            m_state.writeLatest(w, i);
        w.endArray().key("events").beginArray();
        for (const Event &e : m_state.events())
            w.raw(e.data);
        w.endArray();
        w.key("changeLogSize").value(qint64(m_state.changes().size()));
        w.endObject();
        return json(w.take());
    }
    static const QByteArray prefix("/_sim/tickets/");
    if (path.startsWith(prefix) && path.size() > prefix.size()) {
        const QByteArray rest = path.mid(prefix.size());
        if (post && rest.endsWith("/status") && rest.size() > 7)
            return forceStatus(rest.left(rest.size() - 7), r);
        if (get) {
            const qsizetype i = m_state.indexOf(decode(rest));
            if (i < 0)
                return error(404, "NOT_FOUND", QStringLiteral("ticket %1 is unknown to TIXNGO").arg(decode(rest)));
            JsonWriter w;
            m_state.writeLatest(w, i, true);
            return json(w.take());
        }
    }
    return error(404, "NOT_FOUND",
        QStringLiteral("no simulator endpoint %1 %2").arg(QString::fromLatin1(r.method), QString::fromUtf8(path)));
}

Response SimService::faultsJson()
{
    QJsonObject o = FaultInjector::toJson(m_faults.settings());
    o.insert(QStringLiteral("spectator-activity"), m_config.spectatorActivity);
    o.insert(QStringLiteral("deletion-confirm-ms"), m_state.deletionConfirmMs());
    return json(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Response SimService::setFaults(const Request &r)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
    if (!doc.isObject())
        return error(400, "MALFORMED_REQUEST", QStringLiteral("send a JSON object such as {\"fail-rate\": 0.5}"));
    QJsonObject o = doc.object();
    double activity = m_config.spectatorActivity;
    qint64 confirm = m_state.deletionConfirmMs();
    if (o.contains(QLatin1String("spectator-activity"))) {
        activity = o.take(QLatin1String("spectator-activity")).toDouble(-1);
        if (activity < 0)
            return error(400, "INVALID_VALUE", QStringLiteral("spectator-activity must be a number ≥ 0"));
    }
    if (o.contains(QLatin1String("deletion-confirm-ms"))) {
        const QJsonValue v = o.take(QLatin1String("deletion-confirm-ms"));
        if (!v.isDouble())
            return error(400, "INVALID_VALUE", QStringLiteral("deletion-confirm-ms must be a number (-1 = never)"));
        confirm = qint64(v.toDouble());
    }
    std::optional<quint64> newSeed;
    if (o.contains(QLatin1String("seed")))
        newSeed = quint64(o.take(QLatin1String("seed")).toDouble());
    FaultSettings s = m_faults.settings();
    QString message;
    if (!FaultInjector::apply(o, &s, &message))
        return error(400, "INVALID_VALUE", message);
    m_faults.setSettings(s);
    m_config.spectatorActivity = activity;
    m_state.setDeletionConfirmMs(confirm);
    if (newSeed)
        seed(*newSeed);
    return faultsJson();
}

Response SimService::seedState(const Request &r)
{
    JsonDom d;
    if (!d.parse(r.body) || !d.isObject(0))
        return error(400, "MALFORMED_REQUEST",
            QStringLiteral("send a JSON object {\"events\": [...], \"tickets\": [...]}; JSON error at byte %1")
                .arg(d.errorOffset()));
    const int events = d.member(0, "events");
    const int tickets = d.member(0, "tickets");
    if ((events >= 0 && !d.isArray(events)) || (tickets >= 0 && !d.isArray(tickets)))
        return error(400, "MALFORMED_REQUEST", QStringLiteral("\"events\" and \"tickets\" must be lists"));
    auto person = [&d](int obj, const char *key) {
        const int p = d.member(obj, key);
        return d.isObject(p) ? Person{d.string(d.member(p, "firstName")), d.string(d.member(p, "lastName")),
                   d.string(d.member(p, "email"))}
                             : Person{};
    };
    // Everything is checked before anything changes: a refused seed leaves the state as it was.
    struct NewEvent {
        QString id;
        QByteArray data;
        qint64 startMs = 0, expirationMs = 0;
    };
    std::vector<NewEvent> newEvents;
    QSet<QString> eventIds;
    int index = 0;
    for (int e = events >= 0 ? d.node(events).first : -1; e >= 0; e = d.node(e).next, ++index) {
        NewEvent ne;
        ne.id = d.string(d.member(e, "id"));
        if (!d.isObject(e) || ne.id.isEmpty())
            return error(400, "INVALID_VALUE", QStringLiteral("events[%1] needs an \"id\"").arg(index));
        for (const char *key : {"startTime", "expirationDate"}) {
            const int n = d.member(e, key);
            qint64 ms = 0;
            if (n >= 0 && d.type(n) != JsonDom::Type::Null && (!d.isString(n) || !parseRfc3339(d.string(n), &ms)))
                return error(400, "INVALID_DATE",
                    QStringLiteral("events[%1].%2 must be an RFC 3339 date-time").arg(index).arg(QLatin1String(key)));
            (qstrcmp(key, "startTime") == 0 ? ne.startMs : ne.expirationMs) = ms;
        }
        ne.data = d.raw(e);
        eventIds.insert(ne.id);
        newEvents.push_back(std::move(ne));
    }
    std::vector<SeedTicket> seeds;
    index = 0;
    for (int t = tickets >= 0 ? d.node(tickets).first : -1; t >= 0; t = d.node(t).next, ++index) {
        SeedTicket s;
        if (!d.isObject(t))
            return error(400, "INVALID_VALUE", QStringLiteral("tickets[%1] must be an object").arg(index));
        if (auto e = TicketValidator::checkTicketId(d, d.member(t, "ticketId"), kTicketIdField))
            return error(400, e->code.constData(), QStringLiteral("tickets[%1]: %2").arg(index).arg(e->message));
        s.id = d.string(d.member(t, "ticketId"));
        s.eventId = d.string(d.member(t, "eventId"));
        if (!eventIds.contains(s.eventId) && !m_state.events().contains(s.eventId))
            return error(400, "INVALID_VALUE",
                QStringLiteral("tickets[%1].eventId \"%2\" is neither in \"events\" nor known")
                    .arg(index)
                    .arg(s.eventId));
        const int status = d.member(t, "status");
        if (status >= 0 && !parseStatus(d.string(status), &s.status))
            return error(400, "INVALID_VALUE",
                QStringLiteral("tickets[%1].status must be one of the 19 TIXNGO v3 statuses").arg(index));
        s.controlled = d.type(d.member(t, "controlled")) == JsonDom::Type::True;
        s.deletionReason = d.string(d.member(t, "deletionReason"));
        s.owner = person(t, "owner");
        s.initialOwner = person(t, "initialOwner");
        s.previousOwner = person(t, "previousOwner");
        s.holder = person(t, "holder");
        const int at = d.member(t, "updatedAt");
        if (at >= 0 && d.type(at) != JsonDom::Type::Null && (!d.isString(at) || !parseRfc3339(d.string(at), &s.atMs)))
            return error(
                400, "INVALID_DATE", QStringLiteral("tickets[%1].updatedAt must be an RFC 3339 date-time").arg(index));
        seeds.push_back(std::move(s));
    }
    const qint64 now = m_clock();
    int added = 0;
    for (const NewEvent &e : newEvents) {
        added += m_state.events().contains(e.id) ? 0 : 1;
        m_state.seedEvent(e.id, e.data, e.startMs, e.expirationMs);
    }
    qint64 seeded = 0;
    for (const SeedTicket &s : seeds)
        seeded += m_state.seedTicket(s, now) ? 1 : 0;
    JsonWriter w;
    w.beginObject();
    w.key("events").value(qint64(added));
    w.key("tickets").value(seeded);
    w.key("known").value(qint64(seeds.size()) - seeded);
    w.key("changeLogSize").value(qint64(m_state.changes().size()));
    w.endObject();
    return json(w.take());
}

Response SimService::forceStatus(const QByteArray &encodedId, const Request &r)
{
    const QString id = decode(encodedId);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
    if (!doc.isObject())
        return error(
            400, "MALFORMED_REQUEST", QStringLiteral("send a JSON object such as {\"status\": \"TRANSFERRED\"}"));
    const QJsonObject o = doc.object();
    Status status;
    if (!parseStatus(o.value(QLatin1String("status")).toString(), &status))
        return error(
            400, "INVALID_VALUE", QStringLiteral("status must be one of the 19 TIXNGO v3 statuses, e.g. TRANSFERRED"));
    auto person = [&](const char *key, Person *out) {
        const QJsonObject p = o.value(QLatin1String(key)).toObject();
        *out = Person{p.value(QLatin1String("firstName")).toString(), p.value(QLatin1String("lastName")).toString(),
            p.value(QLatin1String("email")).toString()};
        return o.value(QLatin1String(key)).isObject();
    };
    Person owner, holder;
    const bool hasOwner = person("owner", &owner);
    const bool hasHolder = person("holder", &holder);
    const QString reason = o.value(QLatin1String("deletionReason")).toString();
    const bool hasReason = o.value(QLatin1String("deletionReason")).isString();
    const auto res = m_state.force(id, status, hasOwner ? &owner : nullptr, hasHolder ? &holder : nullptr,
        hasReason ? &reason : nullptr, m_clock());
    if (!res.ok)
        return error(404, res.errorCode.constData(), res.message);
    JsonWriter w;
    m_state.writeLatest(w, m_state.indexOf(id));
    return json(w.take());
}

} // namespace sim
