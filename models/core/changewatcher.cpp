#include "changewatcher.h"

#include "logging.h"
#include "store.h"

#include <QSqlQuery>
#include <QTimer>

namespace tixsync {

namespace {
// Each sub-select is a plain max()/count over an index or a tiny table, so that SQLite and
// PostgreSQL answer it without scanning (SQLite only optimises max() when it stands alone).
const char kRunsSql[] = "SELECT (SELECT max(id) FROM sync_runs), (SELECT count(*) FROM sync_leases), "
                        "(SELECT sum(CASE WHEN r.ended_at <> '' THEN 1 ELSE 0 END) FROM "
                        "(SELECT ended_at FROM sync_runs ORDER BY id DESC LIMIT 50) r), "
                        "(SELECT sum(p.succeeded + p.failed + p.skipped) FROM "
                        "(SELECT succeeded, failed, skipped FROM sync_runs ORDER BY id DESC LIMIT 50) p)";
const char kTicketsSql[] = "SELECT (SELECT max(id) FROM sync_run_tickets), (SELECT max(id) FROM tixngo_history), "
                           "(SELECT max(id) FROM s360_status_changes)";
const char kAuditSql[] = "SELECT max(id) FROM audit_log";
// Audit actions that change tickets (import, demo data, run, fix, ticket action).
const char kAuditActionsSql[] = "SELECT action FROM audit_log WHERE id > ? ORDER BY id LIMIT 1000";

bool changesTickets(const QString &action)
{
    return action == QLatin1String("import") || action == QLatin1String("demo-data") || action == QLatin1String("run")
        || action == QLatin1String("fix") || action == QLatin1String("ticket-action");
}
} // namespace

ChangeWatcher::ChangeWatcher(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kDefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
}

int ChangeWatcher::interval() const
{
    return m_timer->interval();
}

void ChangeWatcher::setInterval(int msecs)
{
    m_timer->setInterval(qMax(50, msecs));
}

bool ChangeWatcher::isActive() const
{
    return m_timer->isActive();
}

void ChangeWatcher::start()
{
    Markers now;
    if (read(&now, Families(Tickets | Runs | Audit)))
        m_seen = now;
    m_timer->start();
}

void ChangeWatcher::stop()
{
    m_timer->stop();
}

bool ChangeWatcher::read(Markers *out, Families families)
{
    auto values = [this](const char *sql, int n, QVector<qint64> *into) {
        auto q = m_store->exec(QString::fromLatin1(sql));
        if (!q) {
            m_lastError = q.error().message;
            return false;
        }
        if (!q->next())
            return false;
        into->resize(n);
        for (int i = 0; i < n; ++i)
            (*into)[i] = q->value(i).toLongLong(); // NULL (empty table) reads as 0
        return true;
    };
    if (families & Runs && !values(kRunsSql, 4, &out->runs))
        return false;
    if (families & Tickets && !values(kTicketsSql, 3, &out->tickets))
        return false;
    if (families & Audit) {
        QVector<qint64> audit;
        if (!values(kAuditSql, 1, &audit))
            return false;
        out->auditId = audit.value(0);
    }
    out->valid = true;
    return true;
}

bool ChangeWatcher::auditTouchesTickets(qint64 afterId, bool *runs)
{
    auto q = m_store->exec(QString::fromLatin1(kAuditActionsSql), {afterId});
    if (!q)
        return true; // cannot tell: reload rather than miss a change
    bool tickets = false;
    while (q->next()) {
        const QString action = q->value(0).toString();
        tickets = tickets || changesTickets(action);
        if (action == QLatin1String("run"))
            *runs = true;
    }
    return tickets;
}

void ChangeWatcher::poll()
{
    m_lastChanges = {};
    Markers now;
    m_lastError.clear();
    if (!read(&now, Families(Tickets | Runs | Audit))) {
        qCWarning(lcStore) << "change watcher:" << m_lastError;
        emit pollFailed(m_lastError);
        return;
    }
    if (!m_seen.valid) { // the first successful poll only records where the database stands
        m_seen = now;
        return;
    }
    Families moved;
    bool runsFromAudit = false;
    if (now.auditId != m_seen.auditId) {
        moved |= Audit;
        if (auditTouchesTickets(m_seen.auditId, &runsFromAudit))
            moved |= Tickets;
    }
    if (now.runs != m_seen.runs || runsFromAudit)
        moved |= Runs;
    if (now.tickets != m_seen.tickets)
        moved |= Tickets;
    m_seen = now;
    m_lastChanges = moved;
    if (!moved)
        return;
    qCDebug(lcStore) << "change watcher: changes seen" << int(moved);
    if (moved & Tickets)
        emit ticketsChanged();
    if (moved & Runs)
        emit runsChanged();
    if (moved & Audit)
        emit auditChanged();
    emit changed(moved);
}

void ChangeWatcher::acknowledge(Families families)
{
    if (!m_seen.valid)
        return;
    Markers now;
    if (!read(&now, families))
        return;
    if (families & Runs)
        m_seen.runs = now.runs;
    if (families & Tickets)
        m_seen.tickets = now.tickets;
    if (families & Audit)
        m_seen.auditId = now.auditId;
}

} // namespace tixsync
