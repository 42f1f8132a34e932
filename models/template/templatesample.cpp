#include "templatesample.h"

#include "core/datetime.h"
#include "core/store.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace tixsync::tpl {

namespace {
const QString hitColumns = QStringLiteral(
    "t.ticket_id, t.ticket_number, t.barcode, t.holder_first_name, t.holder_last_name, t.contact_first_name, "
    "t.contact_last_name, COALESCE(e.name, '') FROM tickets t LEFT JOIN events e ON e.event_id = t.event_id");

TicketHit hitFrom(const QSqlQuery &q)
{
    TicketHit h;
    h.ticketId = q.value(0).toString();
    h.ticketNumber = q.value(1).toString();
    h.barcode = q.value(2).toString();
    const QString holder = QString(q.value(3).toString() + QLatin1Char(' ') + q.value(4).toString()).trimmed();
    const QString contact = QString(q.value(5).toString() + QLatin1Char(' ') + q.value(6).toString()).trimmed();
    h.holderName = holder.isEmpty() ? contact : holder;
    if (!holder.isEmpty() && contact.compare(holder, Qt::CaseInsensitive) != 0)
        h.contactName = contact;
    h.eventName = q.value(7).toString();
    return h;
}

QString likeEscaped(QString s)
{
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    s.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return s;
}
} // namespace

QString TicketHit::label() const
{
    QStringList parts{ticketId};
    if (!ticketNumber.isEmpty() && ticketNumber != ticketId)
        parts << ticketNumber;
    if (!holderName.isEmpty())
        parts << (contactName.isEmpty() ? holderName
                                        : holderName + QStringLiteral(" (") + contactName + QLatin1Char(')'));
    if (!barcode.isEmpty())
        parts << barcode;
    if (!eventName.isEmpty())
        parts << eventName;
    return parts.join(QStringLiteral(" · "));
}

Result<QList<TicketHit>> searchTickets(const Store &store, const QString &text, int limit)
{
    const QString term = text.trimmed();
    QList<TicketHit> hits;
    if (term.isEmpty() || limit <= 0)
        return hits;
    QSet<QString> seen;
    auto collect = [&](Result<QSqlQuery> q) -> Status {
        if (!q)
            return fail(q.error());
        while (q->next() && hits.size() < limit) {
            TicketHit h = hitFrom(*q);
            if (!seen.contains(h.ticketId)) {
                seen.insert(h.ticketId);
                hits.append(std::move(h));
            }
        }
        return {};
    };
    // 1. Exact id, number or barcode (indexed).
    if (auto st = collect(store.exec(QStringLiteral("SELECT ") + hitColumns
                + QStringLiteral(" WHERE t.ticket_id = ? OR t.ticket_number = ? OR t.barcode = ? "
                                 "ORDER BY t.ticket_id LIMIT ?"),
            {term, term, term, limit}));
        !st)
        return fail(st.error());
    // 2. Prefixes of id, number or barcode, as index ranges.
    if (hits.size() < limit) {
        const QString upper = term + QChar(0xFFFF);
        if (auto st = collect(store.exec(QStringLiteral("SELECT ") + hitColumns
                    + QStringLiteral(" WHERE (t.ticket_id >= ? AND t.ticket_id < ?) OR (t.ticket_number "
                                     ">= ? AND t.ticket_number < ?) OR (t.barcode >= ? AND t.barcode < "
                                     "?) LIMIT ?"),
                {term, upper, term, upper, term, upper, limit}));
            !st)
            return fail(st.error());
    }
    // 3. Names: every word starts a holder or contact name (a scan, bounded by LIMIT). Skipped for
    // digits only, and for an identifier-like term (with a digit) that already matched above.
    static const QRegularExpression letter(QStringLiteral("[^\\d\\s]"));
    static const QRegularExpression digit(QStringLiteral("\\d"));
    const bool identifierFound = !hits.isEmpty() && term.contains(digit);
    if (hits.size() < limit && term.contains(letter) && !identifierFound) {
        QStringList conditions;
        QVariantList binds;
        for (const QString &word : term.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            conditions << QStringLiteral(
                "(LOWER(t.holder_last_name) LIKE ? ESCAPE '\\' OR LOWER(t.holder_first_name) LIKE ? ESCAPE '\\' OR "
                "LOWER(t.contact_last_name) LIKE ? ESCAPE '\\' OR LOWER(t.contact_first_name) LIKE ? ESCAPE '\\')");
            const QString pattern = likeEscaped(word.toLower()) + QLatin1Char('%');
            binds << pattern << pattern << pattern << pattern;
        }
        binds << limit;
        if (auto st = collect(store.exec(QStringLiteral("SELECT ") + hitColumns + QStringLiteral(" WHERE ")
                    + conditions.join(QStringLiteral(" AND ")) + QStringLiteral(" LIMIT ?"),
                binds));
            !st)
            return fail(st.error());
    }
    return hits;
}

Result<std::optional<InjectedPayload>> lastInjected(const Store &store, const QString &ticketId)
{
    auto q = store.exec(
        QStringLiteral("SELECT r.run_id, s.started_at, r.payload_hash, r.payload FROM sync_run_tickets r JOIN "
                       "sync_runs s ON s.id = r.run_id WHERE r.ticket_id = ? AND r.action = 'inject' AND r.result = "
                       "'OK' AND s.dry_run = 0 ORDER BY r.id DESC LIMIT 1"),
        {ticketId});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<InjectedPayload>();
    InjectedPayload p;
    p.runId = q->value(0).toLongLong();
    p.at = parseRfc3339(q->value(1).toString());
    p.payloadHash = q->value(2).toString();
    p.payload = q->value(3).toString().toUtf8();
    if (!p.payload.isEmpty()) {
        QJsonParseError error;
        QJsonDocument::fromJson(p.payload, &error);
        p.truncated = error.error != QJsonParseError::NoError;
    }
    return std::optional<InjectedPayload>(std::move(p));
}

QString payloadHash(const QByteArray &compactJson)
{
    return QString::fromLatin1(QCryptographicHash::hash(compactJson, QCryptographicHash::Sha1).toHex());
}

} // namespace tixsync::tpl
