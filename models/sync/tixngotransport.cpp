#include "tixngotransport.h"

#include "core/datetime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tixsync::sync {

namespace {
Person personFrom(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    Person p;
    p.firstName = o.value(QStringLiteral("firstName")).toString();
    p.lastName = o.value(QStringLiteral("lastName")).toString();
    p.email = o.value(QStringLiteral("email")).toString();
    return p;
}
} // namespace

RemoteTicket remoteTicketFromJson(const QJsonObject &o)
{
    RemoteTicket t;
    t.ticketId = o.value(QStringLiteral("ticketId")).toString();
    t.statusCode = o.value(QStringLiteral("status")).toString();
    parseTixngoStatus(t.statusCode, &t.status);
    t.updatedAt = parseRfc3339(o.value(QStringLiteral("updatedAt")).toString());
    t.controlled = o.value(QStringLiteral("controlled")).toBool();
    t.deletionReason = o.value(QStringLiteral("deletionReason")).toString();
    t.owner = personFrom(o.value(QStringLiteral("owner")));
    t.initialOwner = personFrom(o.value(QStringLiteral("initialOwner")));
    t.previousOwner = personFrom(o.value(QStringLiteral("previousOwner")));
    t.holder = personFrom(o.value(QStringLiteral("holder")));
    const QJsonArray history = o.value(QStringLiteral("history")).toArray();
    for (const QJsonValue &hv : history) {
        const QJsonObject h = hv.toObject();
        TixngoHistoryEntry e;
        e.ticketId = t.ticketId;
        parseTixngoStatus(h.value(QStringLiteral("status")).toString(), &e.status);
        e.at = parseRfc3339(h.value(QStringLiteral("at")).toString());
        e.actor = h.value(QStringLiteral("actor")).toString();
        t.history << e;
    }
    return t;
}

Result<DiffPage> parseDiffPage(const QByteArray &json, const QString &fileName)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        Error e = makeError(QStringLiteral("FEEDBACK_FILE_INVALID"),
            QCoreApplication::translate("Sync", "The feedback data is not valid JSON at byte %1: %2.")
                .arg(pe.offset)
                .arg(pe.errorString()));
        e.file = fileName;
        return fail(e);
    }
    QJsonArray tickets;
    DiffPage page;
    if (doc.isArray()) {
        tickets = doc.array();
    } else {
        tickets = doc.object().value(QStringLiteral("tickets")).toArray();
        page.nextPageKey = doc.object().value(QStringLiteral("nextPageKey")).toString();
        if (!doc.object().contains(QStringLiteral("tickets"))) {
            Error e = makeError(QStringLiteral("FEEDBACK_FILE_INVALID"),
                QCoreApplication::translate("Sync",
                    "The feedback data has no \"tickets\" list. Use the diff format: "
                    "{\"tickets\": [{\"ticketId\": …, \"status\": …}, …]}."));
            e.file = fileName;
            return fail(e);
        }
    }
    for (const QJsonValue &v : tickets)
        page.tickets << remoteTicketFromJson(v.toObject());
    return page;
}

} // namespace tixsync::sync
