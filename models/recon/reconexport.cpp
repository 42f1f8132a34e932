#include "reconexport.h"

#include "core/datetime.h"
#include "recontr.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tixsync::recon {

namespace {
class Out {
public:
    explicit Out(QIODevice *d)
        : m_device(d)
    {
        m_buf.reserve(Chunk + 4096);
    }
    Out &raw(const char *s)
    {
        m_buf.append(s);
        return flushIfFull();
    }
    Out &raw(const QByteArray &s)
    {
        m_buf.append(s);
        return flushIfFull();
    }
    Out &number(qint64 v)
    {
        m_buf.append(QByteArray::number(v));
        return flushIfFull();
    }
    Out &jsonString(const QString &s)
    {
        const QByteArray u = s.toUtf8();
        m_buf.append('"');
        for (char c : u) {
            switch (c) {
            case '"':
                m_buf.append("\\\"");
                break;
            case '\\':
                m_buf.append("\\\\");
                break;
            case '\n':
                m_buf.append("\\n");
                break;
            case '\r':
                m_buf.append("\\r");
                break;
            case '\t':
                m_buf.append("\\t");
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char esc[8];
                    std::snprintf(esc, sizeof esc, "\\u%04x", unsigned(static_cast<unsigned char>(c)));
                    m_buf.append(esc);
                } else {
                    m_buf.append(c);
                }
            }
        }
        m_buf.append('"');
        return flushIfFull();
    }
    Out &csvField(const QString &s)
    {
        const QByteArray u = s.toUtf8();
        if (u.contains(',') || u.contains('"') || u.contains('\n') || u.contains('\r')) {
            QByteArray q = u;
            q.replace("\"", "\"\"");
            m_buf.append('"').append(q).append('"');
        } else {
            m_buf.append(u);
        }
        return flushIfFull();
    }
    Status finish()
    {
        flush();
        if (m_failed)
            return fail(QStringLiteral("RECON_EXPORT"),
                Reconciliation::tr("Cannot write the reconciliation report: %1. Check the disk space and the file's "
                                   "permissions.")
                    .arg(m_device->errorString()));
        return {};
    }

private:
    static constexpr qsizetype Chunk = 1 << 20;
    Out &flushIfFull()
    {
        if (m_buf.size() >= Chunk)
            flush();
        return *this;
    }
    void flush()
    {
        if (!m_failed && !m_buf.isEmpty() && m_device->write(m_buf) != m_buf.size())
            m_failed = true;
        m_buf.clear();
    }
    QIODevice *m_device;
    QByteArray m_buf;
    bool m_failed = false;
};

QString timeText(qint64 secs)
{
    return secs == NoTime ? QString() : toRfc3339(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC));
}

QString duplicateKind(Duplicate::Kind k)
{
    switch (k) {
    case Duplicate::Kind::TicketId:
        return QStringLiteral("TICKET_ID");
    case Duplicate::Kind::Barcode:
        return QStringLiteral("BARCODE");
    case Duplicate::Kind::TixngoTicketId:
        return QStringLiteral("TIXNGO_TICKET_ID");
    }
    return {};
}
} // namespace

Status writeJson(QIODevice *device, const ReconResult &r)
{
    Out o(device);
    o.raw("{\"counts\":{");
    for (int c = 0; c < CategoryCount; ++c) {
        if (c)
            o.raw(",");
        o.jsonString(categoryCode(Category(c))).raw(":").number(r.counts[size_t(c)]);
    }
    o.raw("},\"severities\":{");
    for (int s = SeverityCount - 1; s >= 0; --s) {
        o.jsonString(severityCode(Severity(s))).raw(":").number(r.severityCounts[size_t(s)]);
        if (s)
            o.raw(",");
    }
    o.raw("},\"tickets\":").number(r.ticketCount).raw(",\"unreadableTickets\":").number(r.unreadableTickets);
    o.raw(",\"now\":").jsonString(timeText(r.now)).raw(",\"discrepancies\":[");
    for (qsizetype i = 0; i < r.size(); ++i) {
        const Discrepancy &d = r.at(i);
        if (i)
            o.raw(",");
        o.raw("\n{\"ticketId\":").jsonString(r.ticketId(d));
        o.raw(",\"eventId\":").jsonString(r.eventId(d));
        o.raw(",\"category\":").jsonString(categoryCode(d.category));
        o.raw(",\"severity\":").jsonString(severityCode(d.severity));
        o.raw(",\"s360Status\":");
        if (auto s = r.s360Status(d))
            o.jsonString(toCode(*s));
        else
            o.raw("null");
        o.raw(",\"tixngoStatus\":");
        if (r.tixngoStatus(d) == TixngoStatus::None)
            o.raw("null");
        else
            o.jsonString(toCode(r.tixngoStatus(d)));
        o.raw(",\"tixngoControlled\":").raw(r.tixngoControlled(d) ? "true" : "false");
        o.raw(",\"explanation\":").jsonString(r.explanation(d));
        o.raw(",\"age\":");
        if (const qint64 age = r.age(d); age >= 0)
            o.number(age);
        else
            o.raw("null");
        o.raw(",\"since\":");
        if (d.since != NoTime)
            o.jsonString(timeText(d.since));
        else
            o.raw("null");
        o.raw(",\"escalatesAt\":");
        if (d.escalatesAt != NoTime)
            o.jsonString(timeText(d.escalatesAt));
        else
            o.raw("null");
        o.raw(",\"fix\":").jsonString(fixCode(d.fix)).raw("}");
    }
    o.raw("],\"events\":[");
    bool first = true;
    for (const EventTotals &e : r.events) {
        if (!first)
            o.raw(",");
        first = false;
        o.raw("\n{\"eventId\":").jsonString(e.eventId).raw(",\"tickets\":").number(e.tickets);
        for (int s = SeverityCount - 1; s >= 0; --s)
            o.raw(",").jsonString(severityCode(Severity(s))).raw(":").number(e.bySeverity[size_t(s)]);
        o.raw(",\"counts\":{");
        for (int c = 0; c < CategoryCount; ++c) {
            if (c)
                o.raw(",");
            o.jsonString(categoryCode(Category(c))).raw(":").number(e.byCategory[size_t(c)]);
        }
        o.raw("}}");
    }
    o.raw("],\"duplicateGroups\":").number(r.duplicateGroups).raw(",\"duplicates\":[");
    first = true;
    for (const Duplicate &d : r.duplicates) {
        if (!first)
            o.raw(",");
        first = false;
        o.raw("\n{\"kind\":").jsonString(duplicateKind(d.kind)).raw(",\"value\":").jsonString(d.value);
        o.raw(",\"ticketIds\":[");
        for (int i = 0; i < d.ticketIds.size(); ++i)
            (i ? o.raw(",") : o).jsonString(d.ticketIds[i]);
        o.raw("],\"eventIds\":[");
        for (int i = 0; i < d.eventIds.size(); ++i)
            (i ? o.raw(",") : o).jsonString(d.eventIds[i]);
        o.raw("]}");
    }
    o.raw("]}\n");
    return o.finish();
}

Status writeCsv(QIODevice *device, const ReconResult &r)
{
    Out o(device);
    o.raw("ticketId,eventId,barcode,category,severity,s360Status,tixngoStatus,ageSeconds,since,escalatesAt,fix,"
          "explanation\r\n");
    for (qsizetype i = 0; i < r.size(); ++i) {
        const Discrepancy &d = r.at(i);
        o.csvField(r.ticketId(d)).raw(",").csvField(r.eventId(d)).raw(",").csvField(r.barcode(d)).raw(",");
        o.raw(categoryCode(d.category).toLatin1()).raw(",").raw(severityCode(d.severity).toLatin1()).raw(",");
        if (auto s = r.s360Status(d))
            o.raw(toCode(*s).toLatin1());
        o.raw(",").csvField(r.tixngoStatusText(d)).raw(",");
        if (const qint64 age = r.age(d); age >= 0)
            o.number(age);
        o.raw(",").raw(timeText(d.since).toLatin1()).raw(",").raw(timeText(d.escalatesAt).toLatin1()).raw(",");
        o.raw(fixCode(d.fix).toLatin1()).raw(",").csvField(r.explanation(d)).raw("\r\n");
    }
    return o.finish();
}

Result<std::vector<TixngoTicketState>> parseTixngoTickets(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        return fail(QStringLiteral("RECON_TIXNGO_FILE"),
            Reconciliation::tr("The TIXNGO ticket list is not valid JSON at character %1: %2.")
                .arg(error.offset)
                .arg(error.errorString()));
    const QJsonArray tickets = doc.isArray() ? doc.array() : doc.object().value(QLatin1String("tickets")).toArray();
    if (!doc.isArray() && !doc.object().value(QLatin1String("tickets")).isArray())
        return fail(QStringLiteral("RECON_TIXNGO_FILE"),
            Reconciliation::tr("The TIXNGO ticket list must be a JSON array or an object with a \"tickets\" array."));
    std::vector<TixngoTicketState> out;
    out.reserve(size_t(tickets.size()));
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        const QJsonObject o = tickets.at(i).toObject();
        TixngoTicketState t;
        t.ticketId = o.value(QLatin1String("ticketId")).toString();
        if (t.ticketId.isEmpty())
            return fail(QStringLiteral("RECON_TIXNGO_FILE"),
                Reconciliation::tr("Ticket %1 of the TIXNGO ticket list has no \"ticketId\": add it.").arg(i + 1));
        const QString status = o.value(QLatin1String("status")).toString();
        if (!parseTixngoStatus(status, &t.status) || t.status == TixngoStatus::None)
            return fail(QStringLiteral("RECON_TIXNGO_FILE"),
                Reconciliation::tr(
                    "Ticket %1 (%2) of the TIXNGO ticket list has the unknown status \"%3\": use a TIXNGO "
                    "status such as DOWNLOADED or DELETED.")
                    .arg(i + 1)
                    .arg(t.ticketId, status));
        t.controlled = o.value(QLatin1String("controlled")).toBool();
        t.eventId = o.value(QLatin1String("eventId")).toString();
        if (t.eventId.isEmpty())
            t.eventId = o.value(QLatin1String("event")).toObject().value(QLatin1String("id")).toString();
        const QString updated = o.value(QLatin1String("updatedAt")).toString();
        if (!updated.isEmpty()) {
            const QDateTime dt = parseRfc3339(updated);
            if (!dt.isValid())
                return fail(QStringLiteral("RECON_TIXNGO_FILE"),
                    Reconciliation::tr(
                        "Ticket %1 (%2) of the TIXNGO ticket list has the date \"%3\", which is not RFC 3339: "
                        "write it like 2026-06-01T18:02:11Z.")
                        .arg(i + 1)
                        .arg(t.ticketId, updated));
            t.updatedAt = dt.toSecsSinceEpoch();
        }
        out.push_back(std::move(t));
    }
    return out;
}

} // namespace tixsync::recon
