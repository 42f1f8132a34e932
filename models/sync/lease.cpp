#include "lease.h"

#include "core/logging.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <cerrno>
#include <signal.h>
#include <unistd.h>

namespace tixsync::sync {

namespace {

qint64 nowSecs()
{
    return QDateTime::currentSecsSinceEpoch();
}

/// True when `holder` names a process of this machine that no longer exists.
bool holderIsDeadHere(const QString &holder)
{
    const QStringList parts = holder.split(QLatin1Char(':'));
    if (parts.size() < 3 || parts[0] != QHostInfo::localHostName())
        return false;
    bool ok = false;
    const qint64 pid = parts[1].toLongLong(&ok);
    if (!ok || pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return false; // another Lease of this process: alive
    return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}
} // namespace

QString Lease::thisHolder()
{
    static const QString holder = QStringLiteral("%1:%2:%3")
                                      .arg(QHostInfo::localHostName())
                                      .arg(QCoreApplication::applicationPid())
                                      .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    return holder;
}

Lease::Lease(Lease &&o) noexcept
    : m_store(o.m_store)
    , m_function(std::move(o.m_function))
    , m_organizer(std::move(o.m_organizer))
    , m_holder(std::move(o.m_holder))
    , m_ttl(o.m_ttl)
{
    o.m_store = nullptr;
}

Lease &Lease::operator=(Lease &&o) noexcept
{
    if (this != &o) {
        release();
        m_store = o.m_store;
        m_function = std::move(o.m_function);
        m_organizer = std::move(o.m_organizer);
        m_holder = std::move(o.m_holder);
        m_ttl = o.m_ttl;
        o.m_store = nullptr;
    }
    return *this;
}

Lease::~Lease()
{
    release();
}

Result<Lease> Lease::acquire(Store &store, const QString &function, const QString &organizer, int ttlSeconds)
{
    // A per-lease nonce so that two engines of one process never share a lease.
    const QString holder
        = thisHolder() + QStringLiteral(":%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    const qint64 now = nowSecs();
    // One atomic statement: insert, or take over an expired lease.
    auto r = store.exec(
        QStringLiteral("INSERT INTO sync_leases (function, organizer, holder, expires_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (function, organizer) DO UPDATE SET holder = excluded.holder, "
                       "expires_at = excluded.expires_at WHERE sync_leases.expires_at < ?"),
        {function, organizer, holder, now + ttlSeconds, now});
    if (!r)
        return fail(r.error());
    auto cur
        = store.exec(QStringLiteral("SELECT holder, expires_at FROM sync_leases WHERE function = ? AND organizer = ?"),
            {function, organizer});
    if (!cur)
        return fail(cur.error());
    if (!cur->next())
        return fail(QStringLiteral("SYNC_LEASE"),
            QCoreApplication::translate("Sync", "The run lease of %1 vanished; try again.").arg(function));
    QString current = cur->value(0).toString();
    const qint64 expires = cur->value(1).toLongLong();
    if (current != holder && holderIsDeadHere(current)) {
        // The holder crashed on this machine (kill -9): take over without waiting for expiry.
        auto take
            = store.exec(QStringLiteral("UPDATE sync_leases SET holder = ?, expires_at = ? WHERE function = ? AND "
                                        "organizer = ? AND holder = ?"),
                {holder, now + ttlSeconds, function, organizer, current});
        if (!take)
            return fail(take.error());
        if (take->numRowsAffected() == 1) {
            qCInfo(lcSync) << "took over the lease of" << function << "from a process that ended:" << current;
            current = holder;
        }
    }
    if (current != holder) {
        return fail(QStringLiteral("SYNC_BUSY"),
            QCoreApplication::translate("Sync",
                "%1 is already running for organizer \"%2\" (held by %3 until %4). Only one instance per "
                "function and organizer may run; wait for it to end, or retry after the lease expires.")
                .arg(function, organizer, current, QDateTime::fromSecsSinceEpoch(expires).toString(Qt::ISODate)));
    }
    Lease l;
    l.m_store = &store;
    l.m_function = function;
    l.m_organizer = organizer;
    l.m_holder = holder;
    l.m_ttl = ttlSeconds;
    return l;
}

Status Lease::renew()
{
    if (!m_store)
        return fail(
            QStringLiteral("SYNC_LEASE_LOST"), QCoreApplication::translate("Sync", "The run lease is not held."));
    auto r
        = m_store->exec(QStringLiteral("UPDATE sync_leases SET expires_at = ? WHERE function = ? AND organizer = ? AND "
                                       "holder = ?"),
            {nowSecs() + m_ttl, m_function, m_organizer, m_holder});
    if (!r)
        return fail(r.error());
    if (r->numRowsAffected() != 1)
        return fail(QStringLiteral("SYNC_LEASE_LOST"),
            QCoreApplication::translate("Sync",
                "Another process took over the run lease of %1 (this run was too slow to renew it); the run "
                "stops.")
                .arg(m_function));
    return {};
}

void Lease::release()
{
    if (!m_store)
        return;
    auto r
        = m_store->exec(QStringLiteral("DELETE FROM sync_leases WHERE function = ? AND organizer = ? AND holder = ?"),
            {m_function, m_organizer, m_holder});
    if (!r)
        qCWarning(lcSync) << "cannot release the lease of" << m_function << r.error().message;
    m_store = nullptr;
}

} // namespace tixsync::sync
