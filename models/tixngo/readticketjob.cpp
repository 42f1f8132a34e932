#include "readticketjob.h"

#include "client.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace tixsync::tixngo {

ReadTicketJob::ReadTicketJob(Client *client, QString ticketId)
    : Job(client)
    , m_id(std::move(ticketId))
{
}

ReadTicketJob::~ReadTicketJob() = default;

void ReadTicketJob::begin()
{
    if (m_id.isEmpty()) {
        ApiError e;
        e.kind = ApiError::Kind::Config;
        e.message = QCoreApplication::translate("tixsync::tixngo::Client", "Enter a ticket id to read from TIXNGO.");
        fail(e);
        return;
    }
    const ApiProfile &p = client()->profile();
    QString path = p.readTicketPath;
    // Every byte outside A-Z a-z 0-9 - . _ ~ is percent-encoded, '/' and '+' included.
    path.replace(QLatin1String("{ticketId}"), QString::fromLatin1(QUrl::toPercentEncoding(m_id)));
    Call call;
    call.verb = "GET";
    call.endpoint = p.readTicketPath;
    call.url = client()->connection().endpoint(path);
    enqueue(std::move(call));
}

ApiError ReadTicketJob::handleOk(const Call &call, const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return protocolError(call, pe.errorString(), pe.offset);
    RemoteTicket t;
    QString why;
    if (!doc.isObject() || !parseRemoteTicket(doc.object(), &t, &why))
        return protocolError(call, why.isEmpty() ? QStringLiteral("not a ticket object") : why);
    if (t.ticketId != m_id)
        return protocolError(call, QStringLiteral("asked for ticket %1, got %2").arg(m_id, t.ticketId));
    m_ticket = std::move(t);
    return {};
}

bool ReadTicketJob::handleStatus(const Call &, int httpStatus, const QByteArray &)
{
    return httpStatus == 404; // unknown ticket: found() == false
}

} // namespace tixsync::tixngo
