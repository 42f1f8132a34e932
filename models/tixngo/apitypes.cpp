#include "apitypes.h"

#include "core/datetime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tixsync::tixngo {

namespace {

QString text(const QJsonObject &o, QLatin1String key)
{
    return o.value(key).toString();
}

bool parsePerson(const QJsonObject &parent, QLatin1String key, Person *out, QString *error)
{
    const QJsonValue v = parent.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isObject()) {
        *error = QStringLiteral("\"%1\" is not an object").arg(key);
        return false;
    }
    const QJsonObject o = v.toObject();
    out->title = text(o, QLatin1String("title"));
    out->firstName = text(o, QLatin1String("firstName"));
    out->lastName = text(o, QLatin1String("lastName"));
    out->email = text(o, QLatin1String("email"));
    out->gender = text(o, QLatin1String("gender"));
    return true;
}

} // namespace

bool parseRemoteTicket(const QJsonObject &o, RemoteTicket *out, QString *error)
{
    const QJsonValue id = o.value(QLatin1String("ticketId"));
    if (!id.isString() || id.toString().isEmpty()) {
        *error = QStringLiteral("a ticket has no \"ticketId\" text");
        return false;
    }
    out->ticketId = id.toString();
    const QJsonValue status = o.value(QLatin1String("status"));
    if (!status.isString()) {
        *error = QStringLiteral("ticket %1 has no \"status\" text").arg(out->ticketId);
        return false;
    }
    out->statusCode = status.toString();
    if (!parseTixngoStatus(out->statusCode, &out->status))
        out->status = TixngoStatus::None;
    const QJsonValue updated = o.value(QLatin1String("updatedAt"));
    if (updated.isString()) {
        out->updatedAt = parseRfc3339(updated.toString());
        if (!out->updatedAt.isValid()) {
            *error = QStringLiteral("ticket %1 has an \"updatedAt\" that is not an RFC 3339 date").arg(out->ticketId);
            return false;
        }
    }
    out->controlled = o.value(QLatin1String("controlled")).toBool(false);
    out->deletionReason = text(o, QLatin1String("deletionReason"));
    if (!parsePerson(o, QLatin1String("owner"), &out->owner, error)
        || !parsePerson(o, QLatin1String("initialOwner"), &out->initialOwner, error)
        || !parsePerson(o, QLatin1String("previousOwner"), &out->previousOwner, error)
        || !parsePerson(o, QLatin1String("holder"), &out->holder, error)) {
        *error = QStringLiteral("ticket %1: %2").arg(out->ticketId, *error);
        return false;
    }
    const QJsonValue history = o.value(QLatin1String("history"));
    if (!history.isUndefined() && !history.isNull() && !history.isArray()) {
        *error = QStringLiteral("ticket %1 has a \"history\" that is not a list").arg(out->ticketId);
        return false;
    }
    const QJsonArray entries = history.toArray();
    out->history.reserve(entries.size());
    for (const QJsonValue &ev : entries) {
        const QJsonObject e = ev.toObject();
        TixngoHistoryEntry h;
        h.ticketId = out->ticketId;
        if (!parseTixngoStatus(text(e, QLatin1String("status")), &h.status))
            h.status = TixngoStatus::None;
        h.at = parseRfc3339(text(e, QLatin1String("at")));
        h.actor = text(e, QLatin1String("actor"));
        out->history.append(h);
    }
    return true;
}

QByteArray toJson(const DeleteRequest &r)
{
    const QJsonObject o{{QStringLiteral("ticketId"), r.ticketId}, {QStringLiteral("deletionReason"), r.deletionReason},
        {QStringLiteral("showDeletedTicket"), r.showDeletedTicket}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray toJson(const ControlRequest &r)
{
    const QJsonObject o{
        {QStringLiteral("ticketId"), r.ticketId}, {QStringLiteral("controlledAt"), toRfc3339(r.controlledAt)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace tixsync::tixngo
