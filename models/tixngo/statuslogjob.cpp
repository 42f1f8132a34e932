#include "statuslogjob.h"

#include "client.h"
#include "core/datetime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tixsync::tixngo {

namespace {
void add(QByteArray *query, const char *name, const QString &value)
{
    if (value.isEmpty())
        return;
    if (!query->isEmpty())
        query->append('&');
    query->append(name);
    query->append('=');
    query->append(QUrl::toPercentEncoding(value));
}
} // namespace

StatusLogJob::StatusLogJob(Client *client, StatusLogQuery query)
    : Job(client)
    , m_query(std::move(query))
{
}

StatusLogJob::~StatusLogJob() = default;

void StatusLogJob::begin()
{
    if (!m_query.from.isValid() || !m_query.to.isValid()) {
        ApiError e;
        e.kind = ApiError::Kind::Config;
        e.message = QCoreApplication::translate(
            "tixsync::tixngo::Client", "The status log report needs a start and an end date (from, to).");
        fail(e);
        return;
    }
    const ApiProfile &p = client()->profile();
    const int limit = m_query.limit <= 0 || m_query.limit > p.maxPageLimit ? p.maxPageLimit : m_query.limit;
    QByteArray q;
    add(&q, "mobileAppId", m_query.mobileAppId);
    add(&q, "from", toRfc3339(m_query.from));
    add(&q, "to", toRfc3339(m_query.to));
    for (const QString &v : std::as_const(m_query.actionNames))
        add(&q, "actionNames", v);
    for (const QString &v : std::as_const(m_query.fromStatuses))
        add(&q, "fromStatuses", v);
    for (const QString &v : std::as_const(m_query.toStatuses))
        add(&q, "toStatuses", v);
    add(&q, "fromOwnerId", m_query.fromOwnerId);
    add(&q, "toOwnerId", m_query.toOwnerId);
    add(&q, "actor", m_query.actor);
    add(&q, "limit", QString::number(limit));
    add(&q, "paginationKey", m_query.paginationKey);
    Call call;
    call.verb = "GET";
    call.endpoint = p.statusLogPath;
    call.url = client()->connection().endpoint(p.statusLogPath, q);
    enqueue(std::move(call));
}

ApiError StatusLogJob::handleOk(const Call &call, const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return protocolError(call, pe.errorString(), pe.offset);
    const QJsonObject root = doc.object();
    const QJsonValue result = root.value(QLatin1String("result"));
    if (!doc.isObject() || !result.isArray())
        return protocolError(call, QStringLiteral("no \"result\" list"));
    const QJsonValue pagination = root.value(QLatin1String("pagination"));
    if (!pagination.isUndefined() && !pagination.isNull() && !pagination.isObject())
        return protocolError(call, QStringLiteral("\"pagination\" is not an object"));
    StatusLogPage page;
    page.nextPageKey = pagination.toObject().value(QLatin1String("nextPageKey")).toString();
    const QJsonArray list = result.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return protocolError(call, QStringLiteral("result[%1] is not an object").arg(i));
        page.entries.append(list.at(i).toObject());
    }
    m_page = std::move(page);
    return {};
}

} // namespace tixsync::tixngo
