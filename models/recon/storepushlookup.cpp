#include "storepushlookup.h"

#include "core/store.h"
#include "recontr.h"
#include "ticketsnapshot.h"

#include <QSqlQuery>

namespace tixsync::recon {

Result<std::unique_ptr<StorePushLookup>> StorePushLookup::load(const Store &store)
{
    auto lookup = std::make_unique<StorePushLookup>();
    // Ask the catalog first: an older schema is a quiet fallback, not a failed statement (which
    // would also abort an enclosing PostgreSQL transaction).
    if (!store.database().tables().contains(QStringLiteral("sync_processed"), Qt::CaseInsensitive))
        return fail(
            QStringLiteral("RECON_NO_SYNC_MARKERS"), Reconciliation::tr("This database has no sync markers yet."));
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT function, ticket_id, processed_at FROM sync_processed "
                                  "WHERE function IN (?, ?)")))
        return fail(store.sqlError(q, Reconciliation::tr("reading the sync markers")));
    q.addBindValue(QStringLiteral("push-cancelled"));
    q.addBindValue(QStringLiteral("push-controlled"));
    if (!q.exec())
        return fail(store.sqlError(q, Reconciliation::tr("reading the sync markers")));
    while (q.next()) {
        const QByteArray at = q.value(2).toString().toUtf8();
        const qint64 secs = TicketSnapshot::parseTime(at.constData(), int(at.size()));
        if (secs == NoTime)
            continue;
        auto &map = q.value(0).toString() == QLatin1String("push-cancelled") ? lookup->m_deletions : lookup->m_controls;
        map.insert(q.value(1).toString(), secs);
    }
    return lookup;
}

qint64 StorePushLookup::pushedAt(Kind kind, const QString &ticketId) const
{
    return (kind == Kind::Deletion ? m_deletions : m_controls).value(ticketId, NoTime);
}

} // namespace tixsync::recon
