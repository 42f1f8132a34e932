#include "diffjob.h"

#include "client.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tixsync::tixngo {

DiffJob::DiffJob(Client *client, QString paginationKey, int limit)
    : Job(client)
    , m_key(std::move(paginationKey))
    , m_limit(limit)
{
}

DiffJob::~DiffJob() = default;

void DiffJob::begin()
{
    const ApiProfile &p = client()->profile();
    const int limit = m_limit <= 0 || m_limit > p.maxPageLimit ? p.maxPageLimit : m_limit;
    QByteArray query = "limit=" + QByteArray::number(limit);
    if (!m_key.isEmpty())
        query += "&paginationKey=" + QUrl::toPercentEncoding(m_key);
    Call call;
    call.verb = "GET";
    call.endpoint = p.diffPath;
    call.url = client()->connection().endpoint(p.diffPath, query);
    enqueue(std::move(call));
}

ApiError DiffJob::handleOk(const Call &call, const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return protocolError(call, pe.errorString(), pe.offset);
    const QJsonObject root = doc.object();
    const QJsonValue tickets = root.value(QLatin1String("tickets"));
    if (!doc.isObject() || !tickets.isArray())
        return protocolError(call, QStringLiteral("no \"tickets\" list"));
    const QJsonValue next = root.value(QLatin1String("nextPageKey"));
    if (!next.isUndefined() && !next.isNull() && !next.isString())
        return protocolError(call, QStringLiteral("\"nextPageKey\" is not text"));
    DiffPage page;
    page.nextPageKey = next.toString();
    const QJsonArray list = tickets.toArray();
    page.tickets.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        RemoteTicket t;
        QString why;
        if (!list.at(i).isObject() || !parseRemoteTicket(list.at(i).toObject(), &t, &why))
            return protocolError(call,
                QStringLiteral("tickets[%1]: %2").arg(i).arg(why.isEmpty() ? QStringLiteral("not an object") : why));
        page.tickets.append(std::move(t));
    }
    m_page = std::move(page);
    return {};
}

} // namespace tixsync::tixngo
