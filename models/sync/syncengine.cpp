#include "syncengine.h"

#include "core/datetime.h"
#include "core/logging.h"
#include "core/store.h"
#include "sync/lease.h"
#include "sync/ticketactions.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace tixsync::sync {

namespace {

QString nowText()
{
    return toRfc3339(QDateTime::currentDateTimeUtc());
}

QString hashOf(const QByteArray &payload)
{
    return QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha1).toHex());
}

/// A prepared statement reused for many rows (Store::exec prepares each time: too slow for
/// 100 000-ticket runs). Binds like Store::exec: a null QString is stored as ''.
class Prepared {
public:
    Prepared(Store &store, const QString &sql)
        : m_store(store)
        , m_q(store.database())
    {
        m_q.setForwardOnly(true); // QSQLITE caches every row of a scrollable result
        m_ok = m_q.prepare(sql);
    }
    Status exec(const QVariantList &values)
    {
        if (!m_ok)
            return fail(m_store.sqlError(m_q, QCoreApplication::translate("Sync", "preparing a statement")));
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &v = values[i];
            if (v.typeId() == QMetaType::QString && v.toString().isNull())
                m_q.bindValue(i, QLatin1String(""));
            else
                m_q.bindValue(i, v);
        }
        if (!m_q.exec())
            return fail(m_store.sqlError(m_q, QCoreApplication::translate("Sync", "running a statement")));
        return {};
    }
    QSqlQuery &query() { return m_q; }

private:
    Store &m_store;
    QSqlQuery m_q;
    bool m_ok = false;
};

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1String(", "));
}

QString ticketSelect(const QString &alias = QStringLiteral("t"))
{
    QStringList cols;
    for (const QString &c : Store::ticketColumns())
        cols << alias + QLatin1Char('.') + c;
    return QStringLiteral("SELECT ") + cols.join(QLatin1String(", "));
}

/// The few columns selection needs, for counting (impactOnly): see lightTicket().
QString lightSelect()
{
    return QStringLiteral("SELECT t.ticket_id, t.ticket_number, t.s360_reason, t.controlled_at, "
                          "t.s360_status_changed_at");
}

Ticket lightTicket(const QSqlQuery &q)
{
    Ticket t;
    t.ticketId = q.value(0).toString();
    t.ticketNumber = q.value(1).toString();
    t.s360Reason = q.value(2).toString();
    t.controlledAt = parseRfc3339(q.value(3).toString());
    t.s360StatusChangedAt = parseRfc3339(q.value(4).toString());
    return t;
}
constexpr int lightColumns = 5;

/// The holder field a mandatory-field name designates (INJ-6); nullptr when unknown.
const QString *holderField(const Ticket &t, const QString &name)
{
    const QString n = name.trimmed().toUpper();
    if (n == QLatin1String("FIRSTNAME"))
        return &t.holder.firstName;
    if (n == QLatin1String("LASTNAME"))
        return &t.holder.lastName;
    if (n == QLatin1String("BIRTHDATE"))
        return &t.holder.birthDate;
    if (n == QLatin1String("ID_NUMBER"))
        return &t.holder.idNumber;
    if (n == QLatin1String("COUNTRY_CODE"))
        return &t.holder.countryCode;
    if (n == QLatin1String("BIRTH_REGION"))
        return &t.holder.birthRegion;
    if (n == QLatin1String("BIRTH_PLACE"))
        return &t.holder.birthPlace;
    return nullptr;
}

QString smallJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

/// The reason recorded with the processed marker (PC-5 compares it with the S-360 reason). A
/// NOT_PRINTED ticket deleted from TIXNGO by a forcedOnly push (SHOULD_NOT_EXIST fix) records the
/// reason it was sent with ("NOT_PRINTED"), which no real cancellation reason equals: if the ticket
/// is later printed and cancelled, that cancellation is pushed.
QString SyncEngine::processedReason(const Item &it)
{
    if (it.ticket.s360Status == S360Status::NotPrinted && !it.reason.isEmpty())
        return it.reason;
    return it.ticket.s360Reason;
}

struct SyncEngine::Ctx {
    RunOptions opt;
    RunResult res;
    QString fn;
    QString organizer;
    TicketList force;
    TicketList skip;
    QHash<QString, std::optional<Event>> events;
    QSet<QString> openErrorIds;
    qint64 dumpBudget = 0;
    QString actor;
    Lease lease;
    bool stopped = false;
    int mandatorySkips = 0;
    QHash<QString, int> distributions; // FB-10: entries per status, for the run's note
};

SyncEngine::SyncEngine(Store &store, TixngoTransport *transport, PayloadFactory payloads)
    : m_store(store)
    , m_transport(transport)
    , m_payloads(std::move(payloads))
{
}

ErrorClass SyncEngine::classify(const Error &error)
{
    const QString c = error.code.toLower();
    if (c.contains(QLatin1String("auth")) || c.contains(QLatin1String("notfound")) || c.contains(QLatin1String("url"))
        || c.contains(QLatin1String("config")) || c.contains(QLatin1String("tls")) || c.contains(QLatin1String("key")))
        return ErrorClass::Configuration;
    if (c.contains(QLatin1String("badrequest")) || c.contains(QLatin1String("protocol")))
        return ErrorClass::External;
    if (c.contains(QLatin1String("mapping")) || c.contains(QLatin1String("template"))
        || c.contains(QLatin1String("payload")))
        return ErrorClass::Mapping;
    return ErrorClass::Technical;
}

void SyncEngine::report(const QString &phase, int done, int total)
{
    if (m_progress)
        m_progress(RunProgress{phase, done, total});
}

void SyncEngine::abortRun(Ctx &c, const Error &error)
{
    if (!c.res.error)
        c.res.error = error;
    c.stopped = true;
}

QString SyncEngine::dumpText(Ctx &c, const QByteArray &payload)
{
    if (c.dumpBudget <= 0)
        return {};
    QString text = QString::fromUtf8(payload);
    const QString secret = m_transport ? m_transport->secret() : QString();
    if (!secret.isEmpty())
        text.replace(secret, QStringLiteral("***")); // rule RUN-9: never the key
    if (text.size() > c.dumpBudget)
        text.truncate(int(c.dumpBudget));
    c.dumpBudget -= text.size();
    return text;
}

std::optional<Event> SyncEngine::eventOf(Ctx &c, const QString &eventId)
{
    auto it = c.events.find(eventId);
    if (it != c.events.end())
        return *it;
    auto e = m_store.event(eventId);
    c.events.insert(eventId, e);
    return e;
}

bool SyncEngine::killRatioReached(const Ctx &c) const
{
    if (!c.opt.parameters.killRatio)
        return false;
    const int attempted = c.res.succeeded + c.res.failed;
    if (attempted == 0 || c.res.failed == 0)
        return false;
    return double(c.res.failed) / double(attempted) > *c.opt.parameters.killRatio;
}

RunResult SyncEngine::run(const RunOptions &options)
{
    m_cancel.store(false);
    Ctx c;
    c.opt = options;
    c.fn = toCode(options.function);
    c.organizer = options.organizer.isEmpty() ? defaultOrganizer() : options.organizer;
    c.actor = ticketactions::currentActor();
    c.res.function = options.function;
    c.res.dryRun = options.dryRun;
    c.res.startedAt = QDateTime::currentDateTimeUtc();
    c.res.warnings = options.parameters.warnings;
    c.dumpBudget = qint64(options.parameters.maxLengthDumpedCallsInKbs) * 1024;
    if (options.parameters.dumpTnPRvariables && options.function == SyncFunction::Inject && !options.impactOnly) {
        if (c.dumpBudget <= 0)
            c.res.warnings << QCoreApplication::translate("Sync",
                "dumpTnPRvariables=true dumps nothing while maxLengthDumpedCallsInKbs is 0: set "
                "maxLengthDumpedCallsInKbs to the size of the dump to keep (in KB).");
        else if (!m_variables)
            c.res.warnings << QCoreApplication::translate(
                "Sync", "dumpTnPRvariables=true, but this TixSync has no template engine to read the variables from.");
    }
    c.res.impactOnly = options.impactOnly;
    auto early = [&](const Error &e) {
        c.res.outcome = RunOutcome::Error;
        c.res.error = e;
        c.res.failures << TicketFailure{QString(), e.code, e.message, ErrorClass::Configuration};
        c.res.endedAt = QDateTime::currentDateTimeUtc();
        return c.res;
    };
    if (options.forcedOnly && options.function == SyncFunction::Feedback)
        return early(makeError(QStringLiteral("SYNC_BAD_OPTIONS"),
            QCoreApplication::translate("Sync",
                "forcedOnly applies to injection and the pushes, not to feedback, which reads what TIXNGO "
                "reports. Untick \"only the forced tickets\" or choose another function.")));
    if (options.forcedOnly && TicketList::parse(options.force).isEmpty() && options.uploadFile.isEmpty())
        return early(makeError(QStringLiteral("SYNC_FORCED_ONLY_EMPTY"),
            QCoreApplication::translate("Sync",
                "forcedOnly needs a force list: name the tickets to process (\"id:123456789, 12300123\") "
                "or give a file listing them. Nothing was sent.")));
    if (options.impactOnly)
        return runImpact(c);
    if (options.dateFrom.isValid() && options.automatic)
        c.res.warnings << QCoreApplication::translate("Sync",
            "Date from is set on an automatic schedule: every run re-sends the same tickets and floods "
            "spectators' phones with notifications. Clear Date from once the catch-up run is done.");

    // Feedback reads the feed even in a dry run, but an uploaded file needs no connection (FB-7).
    const bool needsTransport
        = options.function == SyncFunction::Feedback ? options.uploadFile.isEmpty() : !options.dryRun;
    if (needsTransport && !m_transport) {
        c.res.outcome = RunOutcome::Error;
        c.res.error = makeError(QStringLiteral("SYNC_NO_CONNECTION"),
            QCoreApplication::translate("Sync",
                "No TIXNGO connection is configured. Set the interface URL (setting tixngo/url or "
                "--tixngo-url) and the API key (TIXNGO_API_KEY)."));
        c.res.endedAt = QDateTime::currentDateTimeUtc();
        return c.res;
    }

    if (!options.dryRun) {
        auto lease = Lease::acquire(m_store, c.fn, c.organizer, m_leaseTtl);
        if (!lease) {
            c.res.outcome = RunOutcome::Error;
            c.res.error = lease.error();
            c.res.endedAt = QDateTime::currentDateTimeUtc();
            return c.res;
        }
        c.lease = std::move(*lease);
        // Runs left RUNNING for this function by a process that died: we hold the lease, so none
        // of them is alive.
        auto closed
            = m_store.exec(QStringLiteral("UPDATE sync_runs SET outcome = 'ERROR', ended_at = ?, error_code = "
                                          "'SYNC_ABANDONED', error_text = ? WHERE function = ? AND organizer = ? "
                                          "AND outcome = 'RUNNING' AND dry_run = 0"),
                {nowText(),
                    QCoreApplication::translate("Sync",
                        "The process ended before the run finished (crash or kill); the next "
                        "run resolved its tickets in flight."),
                    c.fn, c.organizer});
        if (!closed)
            qCWarning(lcSync) << closed.error().message;
    }

    {
        auto ins = m_store.exec(
            QStringLiteral("INSERT INTO sync_runs (function, organizer, started_at, outcome, parameters, "
                           "dry_run, holder, actor) VALUES (?, ?, ?, 'RUNNING', ?, ?, ?, ?) RETURNING id"),
            {c.fn, c.organizer, toRfc3339(c.res.startedAt), smallJson(options.toJson()), options.dryRun ? 1 : 0,
                c.lease.holder(), c.actor});
        if (!ins || !ins->next()) {
            c.res.outcome = RunOutcome::Error;
            c.res.error = ins
                ? makeError(QStringLiteral("STORE_SQL"), QCoreApplication::translate("Sync", "Cannot record the run."))
                : ins.error();
            c.res.endedAt = QDateTime::currentDateTimeUtc();
            return c.res;
        }
        c.res.runId = ins->value(0).toLongLong();
    }

    loadTicketLists(c);

    if (!c.stopped && !options.dryRun) {
        // RUN-4: open errors stay until the ticket is fixed (synced, or no longer eligible) or skipped.
        QString eligible;
        switch (options.function) {
        case SyncFunction::Inject:
        case SyncFunction::InjectPrivileges:
            eligible = QStringLiteral("'NOT_PRINTED'");
            break;
        case SyncFunction::PushCancelled:
            eligible = QStringLiteral("'CANCELLED', 'INVALIDATED'");
            break;
        case SyncFunction::PushControlled:
            eligible = QStringLiteral("'CONTROLLED'");
            break;
        case SyncFunction::Feedback:
            break;
        }
        if (!eligible.isEmpty())
            (void)m_store.exec(
                QStringLiteral("DELETE FROM sync_open_errors WHERE function = ? AND ticket_id NOT IN (SELECT "
                               "ticket_id FROM tickets WHERE s360_status IN (")
                    + eligible + QStringLiteral("))"),
                {c.fn});
        auto open = m_store.exec(QStringLiteral("SELECT e.ticket_id, t.ticket_number FROM sync_open_errors e LEFT JOIN "
                                                "tickets t ON t.ticket_id = e.ticket_id WHERE e.function = ?"),
            {c.fn});
        if (open) {
            QStringList skipped;
            while (open->next()) {
                const QString id = open->value(0).toString();
                if (c.skip.contains(id, open->value(1).toString()))
                    skipped << id;
                else
                    c.openErrorIds.insert(id);
            }
            for (const QString &id : skipped)
                (void)m_store.exec(
                    QStringLiteral("DELETE FROM sync_open_errors WHERE function = ? AND ticket_id = ?"), {c.fn, id});
        }
        if (options.function != SyncFunction::Feedback)
            resolveInFlight(c);
    }

    if (!c.stopped) {
        switch (options.function) {
        case SyncFunction::Inject:
        case SyncFunction::InjectPrivileges:
            runInject(c);
            break;
        case SyncFunction::Feedback:
            runFeedback(c);
            break;
        case SyncFunction::PushCancelled:
        case SyncFunction::PushControlled:
            runPush(c);
            break;
        }
    }

    c.res.endedAt = QDateTime::currentDateTimeUtc();
    if (c.res.error)
        c.res.outcome = RunOutcome::Error;
    else if (c.res.failed > 0 || c.mandatorySkips > 0)
        c.res.outcome = RunOutcome::Warning;
    else
        c.res.outcome = RunOutcome::Ok;
    if (c.res.error)
        c.res.failures.prepend(
            TicketFailure{QString(), c.res.error->code, c.res.error->message, classify(*c.res.error)});

    auto upd = m_store.exec(
        QStringLiteral("UPDATE sync_runs SET ended_at = ?, outcome = ?, selected = ?, succeeded = ?, "
                       "failed = ?, skipped = ?, error_code = ?, error_text = ? WHERE id = ?"),
        {toRfc3339(c.res.endedAt), toCode(c.res.outcome), c.res.selected, c.res.succeeded, c.res.failed, c.res.skipped,
            c.res.error ? c.res.error->code : QString(), c.res.error ? c.res.error->message : QString(), c.res.runId});
    if (!upd)
        qCWarning(lcSync) << "cannot record the end of run" << c.res.runId << upd.error().message;
    // RUN-2: only OK and Warning move "the last execution"; a forcedOnly run processed only the
    // chosen tickets, not what was due, so it does not move it either.
    if (!options.dryRun && !options.forcedOnly
        && (c.res.outcome == RunOutcome::Ok || c.res.outcome == RunOutcome::Warning)) {
        auto wm = m_store.exec(
            QStringLiteral("INSERT INTO sync_watermarks (function, organizer, last_ok_at, run_id) VALUES "
                           "(?, ?, ?, ?) ON CONFLICT (function, organizer) DO UPDATE SET last_ok_at = "
                           "excluded.last_ok_at, run_id = excluded.run_id"),
            {c.fn, c.organizer, toRfc3339(c.res.startedAt), c.res.runId});
        if (!wm)
            qCWarning(lcSync) << "cannot move the watermark" << wm.error().message;
    }
    c.lease.release();
    qCInfo(lcSync) << "run" << c.res.runId << c.fn << toCode(c.res.outcome) << "selected" << c.res.selected
                   << "succeeded" << c.res.succeeded << "failed" << c.res.failed << "skipped" << c.res.skipped;
    return c.res;
}

void SyncEngine::loadTicketLists(Ctx &c)
{
    // Force / skip lists: the run's, plus the function's stored skip list (FB-6, INJ-5, PC-9, CT-3).
    const RunOptions &options = c.opt;
    c.force = TicketList::parse(options.force);
    c.skip = TicketList::parse(options.skip);
    if (auto stored = runs::skipList(m_store, options.function))
        c.skip.append(*stored);
    if (!options.uploadFile.isEmpty() && options.function != SyncFunction::Feedback) {
        // Pushes: an uploaded file lists tickets to process, like a force list.
        QFile f(options.uploadFile);
        if (!f.open(QIODevice::ReadOnly))
            abortRun(c,
                makeError(QStringLiteral("SYNC_UPLOAD_FILE"),
                    QCoreApplication::translate("Sync", "Cannot read the file %1: %2.")
                        .arg(options.uploadFile, f.errorString())));
        else
            c.force.append(TicketList::parse(QString::fromUtf8(f.readAll())));
    }
    if (!c.stopped && options.forcedOnly && c.force.isEmpty())
        abortRun(c,
            makeError(QStringLiteral("SYNC_FORCED_ONLY_EMPTY"),
                QCoreApplication::translate(
                    "Sync", "forcedOnly needs a force list: the file %1 names no ticket. Nothing was sent.")
                    .arg(options.uploadFile)));
}

RunResult SyncEngine::runImpact(Ctx &c)
{
    // Selection only: no lease, no run row, no ledger, no call (the impact guard asks this before
    // every run, possibly while another instance runs).
    loadTicketLists(c);
    if (!c.stopped) {
        if (c.opt.function == SyncFunction::Feedback) {
            c.res.notes << QCoreApplication::translate("Sync",
                "Feedback changes no S-360 status; how many tickets it reads is known only from the TIXNGO "
                "feed.");
        } else {
            auto selected = selectTickets(c, true);
            if (selected)
                c.res.selected = int(selected->size());
            else
                abortRun(c, selected.error());
        }
    }
    c.res.endedAt = QDateTime::currentDateTimeUtc();
    c.res.outcome = c.res.error ? RunOutcome::Error : RunOutcome::Ok;
    if (c.res.error)
        c.res.failures.prepend(
            TicketFailure{QString(), c.res.error->code, c.res.error->message, classify(*c.res.error)});
    return c.res;
}

// ---------------------------------------------------------------------------------------------
// Selection

Result<QList<Ticket>> SyncEngine::forcedTickets(Ctx &c, const QString &statusCondition, bool light)
{
    QList<Ticket> out;
    if (c.force.isEmpty())
        return out;
    QVariantList binds;
    QStringList ors;
    if (!c.force.ticketIds.isEmpty()) {
        ors << QStringLiteral("t.ticket_id IN (") + placeholders(c.force.ticketIds.size()) + QLatin1Char(')');
        for (const QString &id : c.force.ticketIds)
            binds << id;
    }
    if (!c.force.ticketNumbers.isEmpty()) {
        ors << QStringLiteral("t.ticket_number IN (") + placeholders(c.force.ticketNumbers.size()) + QLatin1Char(')');
        for (const QString &n : c.force.ticketNumbers)
            binds << n;
    }
    auto q = m_store.exec((light ? lightSelect() : ticketSelect()) + QStringLiteral(" FROM tickets t WHERE (")
            + ors.join(QLatin1String(" OR ")) + QStringLiteral(") AND ") + statusCondition,
        binds);
    if (!q)
        return fail(q.error());
    while (q->next())
        out << (light ? lightTicket(*q) : Store::ticketFromQuery(*q));
    return out;
}

Result<QList<Ticket>> SyncEngine::selectTickets(Ctx &c, bool light)
{
    const RunOptions &o = c.opt;
    const int batch = o.effectiveBatchSize();
    const int slack = int(c.skip.ticketIds.size() + c.skip.ticketNumbers.size());
    QString where;
    QVariantList binds;
    QString forcedCondition;
    QString extraColumns;
    QString from = QStringLiteral(" FROM tickets t");
    const bool privileges = o.function == SyncFunction::InjectPrivileges;
    const QString kindCondition = privileges ? QStringLiteral("t.product_kind IN ('MEMBERSHIP', 'SEASON_CARD')")
                                             : QStringLiteral("t.product_kind NOT IN ('MEMBERSHIP', 'SEASON_CARD')");
    bool byDate = false;

    if (o.function == SyncFunction::Inject || privileges) {
        // INJ-1: NOT_PRINTED only; INJ-3 filters AND-ed; INJ-4 file number exclusive.
        where = QStringLiteral(" WHERE t.s360_status = 'NOT_PRINTED' AND ") + kindCondition;
        if (!o.fileNumber.isEmpty()) {
            where += QStringLiteral(" AND t.file_number = ?");
            binds << o.fileNumber;
        } else {
            if (!o.events.isEmpty()) {
                where += QStringLiteral(" AND t.event_id IN (") + placeholders(o.events.size()) + QLatin1Char(')');
                for (const QString &e : o.events)
                    binds << e;
            }
            auto eq = [&](const char *column, const QString &value) {
                if (!value.isEmpty()) {
                    where += QStringLiteral(" AND t.") + QString::fromLatin1(column) + QStringLiteral(" = ?");
                    binds << value;
                }
            };
            eq("product_code", o.product);
            eq("product_family", o.productFamily);
            eq("sales_channel", o.salesChannel);
            eq("tariff", o.tariff);
            eq("category", o.category);
            if (!o.season.isEmpty()) {
                where += QStringLiteral(" AND t.event_id IN (SELECT event_id FROM events WHERE season = ?)");
                binds << o.season;
            }
        }
        // Force re-injects a ticket already printed (an update in TIXNGO, INJ-12).
        forcedCondition
            = QStringLiteral("t.s360_status IN ('NOT_PRINTED', 'PRINTED', 'CONTROLLED') AND ") + kindCondition;
    } else {
        const bool cancelled = o.function == SyncFunction::PushCancelled;
        // PC-1 / CT-1: the statuses; PC-2 / CT-2: injected before.
        const QString statuses = cancelled ? QStringLiteral("t.s360_status IN ('CANCELLED', 'INVALIDATED')")
                                           : QStringLiteral("t.s360_status = 'CONTROLLED'");
        from += QStringLiteral(" LEFT JOIN sync_processed p ON p.function = ? AND p.ticket_id = t.ticket_id");
        binds << c.fn;
        extraColumns = QStringLiteral(", p.ticket_id, p.reason");
        where = QStringLiteral(" WHERE ") + statuses + QStringLiteral(" AND t.injected_at <> ''");
        if (!o.shipmentModes.isEmpty()) {
            // PC-3 / CT-2: the run's shipment modes.
            where += QStringLiteral(" AND t.shipment_mode IN (") + placeholders(o.shipmentModes.size())
                + QLatin1Char(')');
            for (const QString &m : o.shipmentModes)
                binds << m;
        }
        byDate = o.dateFrom.isValid();
        if (!byDate) {
            // PC-4 / CT-2: not processed yet; PC-5: unless the reason changed since.
            where += cancelled ? QStringLiteral(" AND (p.ticket_id IS NULL OR p.reason <> t.s360_reason)")
                               : QStringLiteral(" AND p.ticket_id IS NULL");
        }
        forcedCondition = QLatin1Char('(') + statuses + QStringLiteral(" AND t.injected_at <> '')");
        if (cancelled && o.forcedOnly) {
            // A NOT_PRINTED ticket TIXNGO has (reconciliation SHOULD_NOT_EXIST, REC-1): the fix
            // deletes it from TIXNGO; S-360 keeps NOT_PRINTED.
            forcedCondition = QLatin1Char('(') + forcedCondition
                + QStringLiteral(" OR (t.s360_status = 'NOT_PRINTED' AND t.tixngo_status <> '' AND "
                                 "t.tixngo_status <> 'DELETED'))");
        }
    }

    // Forced tickets first: a forward-only PostgreSQL result must be read to the end before
    // another statement runs on the connection.
    auto forced = forcedTickets(c, forcedCondition, light);
    if (!forced)
        return fail(forced.error());
    QList<Ticket> selected;
    QSet<QString> seen;
    if (!o.forcedOnly) {
        QString sql = (light ? lightSelect() : ticketSelect()) + extraColumns + from + where
            + QStringLiteral(" ORDER BY t.ticket_id");
        if (!byDate)
            sql += QStringLiteral(" LIMIT %1").arg(qint64(batch) + slack);
        Prepared select(m_store, sql);
        if (auto ok = select.exec(binds); !ok)
            return fail(ok.error());
        QSqlQuery *q = &select.query();
        const int ncols = light ? lightColumns : int(Store::ticketColumns().size());
        while (q->next()) {
            Ticket t = light ? lightTicket(*q) : Store::ticketFromQuery(*q);
            if (byDate) {
                // PC-8 / CT-3: as if the last successful run had been at Date from.
                const bool processed = !q->value(ncols).isNull() && !q->value(ncols).toString().isEmpty();
                const bool reasonChanged = processed && o.function == SyncFunction::PushCancelled
                    && q->value(ncols + 1).toString() != t.s360Reason;
                const QDateTime changed = o.function == SyncFunction::PushControlled && t.controlledAt.isValid()
                    ? t.controlledAt
                    : t.s360StatusChangedAt;
                const bool sinceDate = changed.isValid() && changed >= o.dateFrom;
                if (processed && !reasonChanged && !sinceDate)
                    continue;
            }
            seen.insert(t.ticketId);
            selected << std::move(t);
        }
    }
    for (Ticket &t : *forced) {
        if (!seen.contains(t.ticketId)) {
            seen.insert(t.ticketId);
            selected << std::move(t);
        }
    }
    // INJ-2: ticket-id order (forced tickets merged in).
    std::sort(
        selected.begin(), selected.end(), [](const Ticket &a, const Ticket &b) { return a.ticketId < b.ticketId; });
    QList<Ticket> out;
    for (Ticket &t : selected) {
        // forcedOnly: every ticket is forced, and skip lists do not apply to forced tickets.
        if (!o.forcedOnly && c.skip.contains(t.ticketId, t.ticketNumber) && !c.force.ticketIds.contains(t.ticketId)) {
            ++c.res.skipped;
            continue;
        }
        // forcedOnly: the operator chose these tickets; the batch size does not drop any of them.
        if (!o.forcedOnly && out.size() >= batch)
            break;
        out << std::move(t);
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// In-flight resolution (RUN-12)

void SyncEngine::resolveInFlight(Ctx &c)
{
    auto q = m_store.exec(
        QStringLiteral("SELECT ticket_id, reason, run_id FROM sync_in_flight WHERE function = ? ORDER BY "
                       "ticket_id"),
        {c.fn});
    if (!q)
        return abortRun(c, q.error());
    struct Row {
        QString id, reason;
    };
    QList<Row> rows;
    while (q->next())
        rows << Row{q->value(0).toString(), q->value(1).toString()};
    if (rows.isEmpty())
        return;
    report(QCoreApplication::translate("Sync", "Checking %1 tickets left in flight by an interrupted run")
               .arg(rows.size()),
        0, int(rows.size()));
    int resolved = 0, resend = 0, unknown = 0;
    const QString now = nowText();
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        auto local = m_store.ticket(row.id);
        auto remote = m_transport->readTicket(row.id);
        if (!remote) {
            // Cannot tell: leave it; selection re-sends it if still eligible (idempotent, INJ-12).
            ++unknown;
            if (classify(remote.error()) == ErrorClass::Configuration)
                return abortRun(c, remote.error());
            continue;
        }
        bool applied = false;
        const std::optional<RemoteTicket> &rt = *remote;
        TixngoStatus after = TixngoStatus::None;
        switch (c.opt.function) {
        case SyncFunction::Inject:
        case SyncFunction::InjectPrivileges:
            applied = rt.has_value() && !isDeleted(rt->status);
            after = rt ? rt->status : TixngoStatus::None;
            break;
        case SyncFunction::PushCancelled:
            applied = rt.has_value() && isDeleted(rt->status);
            after = rt ? rt->status : TixngoStatus::None;
            break;
        case SyncFunction::PushControlled:
            applied = rt.has_value() && (rt->controlled || rt->status == TixngoStatus::Controlled);
            after = TixngoStatus::Controlled;
            break;
        case SyncFunction::Feedback:
            break;
        }
        auto ok = m_store.transaction([&]() -> Status {
            if (applied && local) {
                const QString before = toCode(local->tixngoStatus);
                Status st;
                if (c.opt.function == SyncFunction::Inject || c.opt.function == SyncFunction::InjectPrivileges) {
                    if (local->s360Status == S360Status::NotPrinted) {
                        auto u = m_store.exec(
                            QStringLiteral("UPDATE tickets SET s360_status = 'PRINTED', s360_status_changed_at = ?, "
                                           "tixngo_status = ?, injected_at = ?, last_sync_at = ? WHERE ticket_id = ?"),
                            {now, toCode(after), now, now, row.id});
                        if (!u)
                            return fail(u.error());
                        auto h = m_store.exec(
                            QStringLiteral("INSERT INTO s360_status_changes (ticket_id, status, reason, at, actor) "
                                           "VALUES (?, 'PRINTED', '', ?, ?)"),
                            {row.id, now, c.actor});
                        if (!h)
                            return fail(h.error());
                    }
                } else {
                    auto u = m_store.exec(
                        QStringLiteral("UPDATE tickets SET tixngo_status = ?, tixngo_controlled = CASE WHEN ? "
                                       "= 'CONTROLLED' THEN 1 ELSE tixngo_controlled END, last_sync_at = ? "
                                       "WHERE ticket_id = ?"),
                        {toCode(after), toCode(after), now, row.id});
                    if (!u)
                        return fail(u.error());
                }
                auto p = m_store.exec(
                    QStringLiteral("INSERT INTO sync_processed (function, ticket_id, processed_at, reason, run_id) "
                                   "VALUES (?, ?, ?, ?, ?) ON CONFLICT (function, ticket_id) DO UPDATE SET "
                                   "processed_at = excluded.processed_at, reason = excluded.reason, run_id = "
                                   "excluded.run_id"),
                    {c.fn, row.id, now, row.reason, c.res.runId});
                if (!p)
                    return fail(p.error());
                auto l = m_store.exec(
                    QStringLiteral("INSERT INTO sync_run_tickets (run_id, ticket_id, action, result, s360_before, "
                                   "s360_after, tixngo_before, tixngo_after, error_message) VALUES (?, ?, ?, 'OK', ?, "
                                   "?, ?, ?, ?)"),
                    {c.res.runId, row.id, QStringLiteral("resolve-in-flight"), toCode(local->s360Status),
                        c.opt.function == SyncFunction::Inject || c.opt.function == SyncFunction::InjectPrivileges
                            ? QStringLiteral("PRINTED")
                            : toCode(local->s360Status),
                        before, toCode(after),
                        QCoreApplication::translate(
                            "Sync", "Sent by an interrupted run; TIXNGO has it, so it is not sent again.")});
                if (!l)
                    return fail(l.error());
                (void)st;
            }
            auto d = m_store.exec(
                QStringLiteral("DELETE FROM sync_in_flight WHERE function = ? AND ticket_id = ?"), {c.fn, row.id});
            if (!d)
                return fail(d.error());
            return {};
        });
        if (!ok)
            return abortRun(c, ok.error());
        if (applied) {
            ++resolved;
            ++c.res.selected;
            ++c.res.succeeded;
            c.openErrorIds.remove(row.id);
        } else {
            ++resend;
        }
        report(QCoreApplication::translate("Sync", "Checking tickets left in flight"), i + 1, int(rows.size()));
        if (i % 100 == 99) {
            if (auto renewed = c.lease.renew(); !renewed)
                return abortRun(c, renewed.error());
        }
    }
    c.res.notes << QCoreApplication::translate("Sync",
        "%1 tickets were in flight when a previous run was interrupted: %2 had reached TIXNGO and are now "
        "recorded, %3 had not and are sent again, %4 could not be checked.")
                       .arg(rows.size())
                       .arg(resolved)
                       .arg(resend)
                       .arg(unknown);
}

// ---------------------------------------------------------------------------------------------
// Injection (INJ-1..13, DP-1, DP-2)

void SyncEngine::runInject(Ctx &c)
{
    const CustomParameters &p = c.opt.parameters;
    for (const QString &f : c.opt.mandatoryHolderFields) {
        Ticket probe;
        if (!holderField(probe, f))
            return abortRun(c,
                makeError(QStringLiteral("SYNC_BAD_MANDATORY_FIELD"),
                    QCoreApplication::translate("Sync",
                        "Unknown mandatory ticket-holder field \"%1\". Use a subset of FIRSTNAME, LASTNAME, "
                        "BIRTHDATE, ID_NUMBER, COUNTRY_CODE, BIRTH_REGION, BIRTH_PLACE.")
                        .arg(f)));
    }
    report(QCoreApplication::translate("Sync", "Selecting tickets"), 0, 0);
    QElapsedTimer phase;
    phase.start();
    auto selected = selectTickets(c);
    if (!selected)
        return abortRun(c, selected.error());
    c.res.selected += int(selected->size());
    qCDebug(lcSync) << "selected" << selected->size() << "tickets in" << phase.restart() << "ms";

    // INJ-6 / INJ-10: mandatory holder fields.
    QStringList missingLines;
    QList<Item> items;
    items.reserve(selected->size());
    for (Ticket &t : *selected) {
        QStringList missing;
        for (const QString &f : c.opt.mandatoryHolderFields) {
            const QString *v = holderField(t, f);
            if (v && v->trimmed().isEmpty())
                missing << f.trimmed().toUpper();
        }
        if (!missing.isEmpty()) {
            const QString msg = QCoreApplication::translate("Sync", "Ticket %1 (number %2): the holder has no %3.")
                                    .arg(t.ticketId, t.ticketNumber, missing.join(QLatin1String(", ")));
            missingLines << msg;
            c.res.failures << TicketFailure{
                t.ticketId, QStringLiteral("MANDATORY_FIELD_MISSING"), msg, ErrorClass::Mapping};
            if (!p.enforceMandatoryParameters) {
                ++c.res.skipped;
                ++c.mandatorySkips;
                if (!c.opt.dryRun)
                    (void)m_store.exec(
                        QStringLiteral("INSERT INTO sync_run_tickets (run_id, ticket_id, action, result, error_code, "
                                       "error_class, error_message, s360_before, s360_after) VALUES (?, ?, ?, "
                                       "'SKIPPED', 'MANDATORY_FIELD_MISSING', 'mapping', ?, 'NOT_PRINTED', "
                                       "'NOT_PRINTED')"),
                        {c.res.runId, t.ticketId, c.fn, msg});
            }
            continue;
        }
        items << Item{std::move(t), {}, {}, false};
    }
    if (!missingLines.isEmpty() && p.enforceMandatoryParameters) {
        // INJ-10: fail before any call, naming each ticket and field.
        c.res.failed += int(missingLines.size());
        return abortRun(c,
            makeError(QStringLiteral("MANDATORY_FIELDS_MISSING"),
                QCoreApplication::translate("Sync",
                    "No ticket was sent: %1 tickets lack mandatory ticket-holder fields. Complete them in "
                    "S-360, or set enforceMandatoryParameters=false to skip these tickets.\n%2")
                    .arg(missingLines.size())
                    .arg(missingLines.join(QLatin1Char('\n')))));
    }

    // DP-1: a privilege definition per product, created on its first run, updated when it changed.
    if (c.opt.function == SyncFunction::InjectPrivileges && !c.opt.dryRun) {
        QHash<QString, QString> defs;
        for (const Item &it : items) {
            const Ticket &t = it.ticket;
            const QByteArray def = (t.productKind + QLatin1Char('|') + t.productCode + QLatin1Char('|') + t.productName
                + QLatin1Char('|') + t.productFamily)
                                       .toUtf8();
            defs.insert(t.productCode, hashOf(def));
        }
        for (auto it = defs.cbegin(); it != defs.cend(); ++it) {
            auto cur = m_store.exec(
                QStringLiteral("SELECT definition_hash FROM sync_privilege_definitions WHERE product_code = ?"),
                {it.key()});
            const bool exists = cur && cur->next();
            if (exists && cur->value(0).toString() == it.value())
                continue;
            auto up = m_store.exec(
                QStringLiteral("INSERT INTO sync_privilege_definitions (product_code, definition_hash, created_at, "
                               "updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (product_code) DO UPDATE SET "
                               "definition_hash = excluded.definition_hash, updated_at = excluded.updated_at"),
                {it.key(), it.value(), nowText(), nowText()});
            if (!up)
                return abortRun(c, up.error());
            c.res.notes << (exists ? QCoreApplication::translate(
                                "Sync", "The privilege definition of product %1 changed and was updated.")
                                         .arg(it.key())
                                   : QCoreApplication::translate(
                                       "Sync", "The privilege definition of product %1 was created (first run).")
                                         .arg(it.key()));
        }
    }

    // Payloads (template engine). A ticket whose payload cannot be built is a mapping failure.
    report(QCoreApplication::translate("Sync", "Building payloads"), 0, int(items.size()));
    QList<Item> ready;
    ready.reserve(items.size());
    qint64 variablesBudget = c.dumpBudget;
    for (Item &it : items) {
        Ticket &t = it.ticket;
        // INJ-13: a reprint goes to the last known TIXNGO owner, unless its old ticket was
        // invalidated for a reason of resetInjectionInvalidationReasons: then to the contact.
        if (p.overlaySpectatorDetailsWithLastOwner && t.tixngoStatus == TixngoStatus::None && !t.tixngoOwner.isEmpty()
            && !resetToContact(c, t)) {
            t.contact.firstName = t.tixngoOwner.firstName;
            t.contact.lastName = t.tixngoOwner.lastName;
            t.contact.email = t.tixngoOwner.email;
        }
        const auto event = eventOf(c, t.eventId);
        if (!event) {
            ++c.res.failed;
            c.res.failures << TicketFailure{t.ticketId, QStringLiteral("EVENT_MISSING"),
                QCoreApplication::translate(
                    "Sync", "Ticket %1 refers to event %2, which is not in the database. Import the event.")
                    .arg(t.ticketId, t.eventId),
                ErrorClass::Mapping};
            continue;
        }
        Result<QByteArray> payload = m_payloads
            ? m_payloads(t, *event)
            : Result<QByteArray>(fail(QStringLiteral("SYNC_NO_PAYLOAD_BUILDER"),
                QCoreApplication::translate("Sync", "No payload builder is configured.")));
        if (!payload) {
            ++c.res.failed;
            c.res.failures << TicketFailure{
                t.ticketId, payload.error().code, payload.error().message, ErrorClass::Mapping};
            if (!c.opt.dryRun) {
                (void)m_store.exec(
                    QStringLiteral("INSERT INTO sync_run_tickets (run_id, ticket_id, action, result, error_code, "
                                   "error_class, error_message, s360_before, s360_after) VALUES (?, ?, ?, 'ERROR', "
                                   "?, 'mapping', ?, 'NOT_PRINTED', 'NOT_PRINTED')"),
                    {c.res.runId, t.ticketId, c.fn, payload.error().code, payload.error().message});
                (void)m_store.exec(
                    QStringLiteral(
                        "INSERT INTO sync_open_errors (function, ticket_id, run_id, error_code, error_class, "
                        "error_message, at) VALUES (?, ?, ?, ?, 'mapping', ?, ?) ON CONFLICT (function, "
                        "ticket_id) DO UPDATE SET run_id = excluded.run_id, error_code = "
                        "excluded.error_code, error_class = excluded.error_class, error_message = "
                        "excluded.error_message, at = excluded.at"),
                    {c.fn, t.ticketId, c.res.runId, payload.error().code, payload.error().message, nowText()});
            }
            continue;
        }
        it.payload = std::move(*payload);
        if (p.dumpTnPRvariables && m_variables && variablesBudget > 0 && !c.opt.dryRun) {
            // Written to the ledger with the result of the injection (RUN-9 cap, no key).
            QByteArray lines;
            for (const auto &[name, value] : m_variables(t, *event))
                lines += name.toUtf8() + '=' + value.toUtf8() + '\n';
            variablesBudget -= lines.size(); // past the dump cap, reading them is wasted work
            it.variables = std::move(lines);
        }
        ready << std::move(it);
    }
    qCDebug(lcSync) << "built" << ready.size() << "payloads in" << phase.restart() << "ms";
    if (c.opt.dryRun) {
        for (const Item &it : ready)
            c.res.plannedCalls << PlannedCall{it.ticket.ticketId, it.payload};
        return;
    }
    sendChunks(c, ready);
    qCDebug(lcSync) << "sent and recorded in" << phase.restart() << "ms";
}

bool SyncEngine::resetToContact(Ctx &c, const Ticket &t)
{
    const QStringList &reasons = c.opt.parameters.resetInjectionInvalidationReasons;
    if (reasons.isEmpty())
        return false;
    const QString origin = ticketactions::reprintOrigin(m_store, t.ticketId);
    if (origin.isEmpty())
        return false;
    auto q = m_store.exec(QStringLiteral("SELECT s360_reason FROM tickets WHERE ticket_id = ?"), {origin});
    if (!q || !q->next())
        return false;
    const QString reason = q->value(0).toString();
    if (!reasons.contains(reason, Qt::CaseInsensitive))
        return false;
    c.res.notes << QCoreApplication::translate("Sync",
        "Ticket %1 reprints ticket %2, invalidated for %3 (resetInjectionInvalidationReasons): it goes to the "
        "cultural contact, not to the last TIXNGO owner.")
                       .arg(t.ticketId, origin, reason);
    return true;
}

// ---------------------------------------------------------------------------------------------
// Push cancelled (PC-1..10) and push controlled (CT-1..4)

void SyncEngine::runPush(Ctx &c)
{
    const CustomParameters &p = c.opt.parameters;
    const bool cancelled = c.opt.function == SyncFunction::PushCancelled;
    report(QCoreApplication::translate("Sync", "Selecting tickets"), 0, 0);
    auto selected = selectTickets(c);
    if (!selected)
        return abortRun(c, selected.error());
    c.res.selected += int(selected->size());
    QList<Item> items;
    items.reserve(selected->size());
    for (Ticket &t : *selected) {
        Item it{std::move(t), {}, {}, false};
        QJsonObject o{{QStringLiteral("ticketId"), it.ticket.ticketId}};
        if (cancelled) {
            // PC-7: the reason travels as deletionReason; PC-6: the visibility rule, in order.
            it.reason = it.ticket.s360Reason.isEmpty() ? toCode(it.ticket.s360Status) : it.ticket.s360Reason;
            if (p.overrideVisibilityFlagForInvalidationReasons.contains(it.reason))
                it.show = true;
            else if (c.opt.notifySpectator)
                it.show = true;
            else
                it.show = p.visibilityFlagDefaultValue;
            o[QStringLiteral("deletionReason")] = it.reason;
            o[QStringLiteral("showDeletedTicket")] = it.show;
        } else {
            const QDateTime at
                = it.ticket.controlledAt.isValid() ? it.ticket.controlledAt : it.ticket.s360StatusChangedAt;
            o[QStringLiteral("controlledAt")] = toRfc3339(at.isValid() ? at : QDateTime::currentDateTimeUtc());
        }
        it.payload = QJsonDocument(o).toJson(QJsonDocument::Compact);
        items << std::move(it);
    }
    if (c.opt.dryRun) {
        for (const Item &it : items)
            c.res.plannedCalls << PlannedCall{it.ticket.ticketId, it.payload};
        return;
    }
    sendChunks(c, items);
}

// ---------------------------------------------------------------------------------------------
// Sending, in calls of ticketIterationSize (INJ-9), each recorded in flight first (RUN-12)

void SyncEngine::sendChunks(Ctx &c, QList<Item> &items)
{
    const int batch = c.opt.effectiveBatchSize();
    const int iteration
        = c.opt.parameters.ticketIterationSize > 0 ? qMin(c.opt.parameters.ticketIterationSize, batch) : batch;
    const int total = int(items.size());
    Prepared inFlight(m_store,
        QStringLiteral("INSERT INTO sync_in_flight (function, ticket_id, run_id, reason, payload_hash, "
                       "sent_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (function, ticket_id) DO UPDATE "
                       "SET run_id = excluded.run_id, reason = excluded.reason, payload_hash = "
                       "excluded.payload_hash, sent_at = excluded.sent_at"));
    int handled = 0; // items answered or recorded as failed
    for (int from = 0; from < total && !c.stopped; from += iteration) {
        if (cancelled()) {
            abortRun(c,
                makeError(QStringLiteral("SYNC_CANCELLED"),
                    QCoreApplication::translate(
                        "Sync", "The run was cancelled after %1 of %2 tickets; the tickets already synced are kept.")
                        .arg(from)
                        .arg(total)));
            break;
        }
        if (auto renewed = c.lease.renew(); !renewed) {
            abortRun(c, renewed.error());
            break;
        }
        const QList<Item> chunk = items.mid(from, iteration);
        const QString sentAt = nowText();
        auto recorded = m_store.transaction([&]() -> Status {
            for (const Item &it : chunk) {
                if (auto ok = inFlight.exec(
                        {c.fn, it.ticket.ticketId, c.res.runId, processedReason(it), hashOf(it.payload), sentAt});
                    !ok)
                    return ok;
            }
            return {};
        });
        if (!recorded) {
            abortRun(c, recorded.error());
            break;
        }
        BatchAnswer answer;
        switch (c.opt.function) {
        case SyncFunction::Inject:
        case SyncFunction::InjectPrivileges: {
            QList<QByteArray> payloads;
            QStringList ids;
            payloads.reserve(chunk.size());
            ids.reserve(chunk.size());
            for (const Item &it : chunk) {
                payloads << it.payload;
                ids << it.ticket.ticketId;
            }
            answer = m_transport->inject(payloads, ids);
            break;
        }
        case SyncFunction::PushCancelled: {
            QList<DeleteRequest> reqs;
            for (const Item &it : chunk)
                reqs << DeleteRequest{it.ticket.ticketId, it.reason, it.show};
            answer = m_transport->deleteTickets(reqs);
            break;
        }
        case SyncFunction::PushControlled: {
            QList<ControlRequest> reqs;
            for (const Item &it : chunk) {
                const QDateTime at
                    = it.ticket.controlledAt.isValid() ? it.ticket.controlledAt : it.ticket.s360StatusChangedAt;
                reqs << ControlRequest{it.ticket.ticketId, at.isValid() ? at : QDateTime::currentDateTimeUtc()};
            }
            answer = m_transport->control(reqs);
            break;
        }
        case SyncFunction::Feedback:
            break;
        }
        if (answer.error) {
            // The call failed after the client's retries: the run ends in Error. Tickets TIXNGO
            // answered are recorded (RUN-3). For the others, whether TIXNGO applied them is unknown
            // after network / server trouble, so they stay in flight and the next run checks them;
            // a refused call (authentication, URL, 400) applied nothing.
            QSet<QString> answeredIds;
            for (const TicketCallResult &r : answer.results)
                answeredIds.insert(r.ticketId);
            QList<Item> answered, unanswered;
            for (const Item &it : chunk)
                (answeredIds.contains(it.ticket.ticketId) ? answered : unanswered) << it;
            if (!answered.isEmpty()) {
                if (auto ok = commitChunk(c, answered, answer.results); !ok)
                    qCWarning(lcSync) << ok.error().message;
            }
            const ErrorClass cls = classify(*answer.error);
            const bool keep = cls == ErrorClass::Technical || answer.error->code.contains(QLatin1String("protocol"));
            if (auto ok = recordCallFailure(c, unanswered, *answer.error, keep); !ok)
                qCWarning(lcSync) << ok.error().message;
            handled = from + int(chunk.size());
            abortRun(c, *answer.error);
            break;
        }
        if (auto ok = commitChunk(c, chunk, answer.results); !ok) {
            abortRun(c, ok.error());
            break;
        }
        handled = from + int(chunk.size());
        report(QCoreApplication::translate("Sync", "Sending to TIXNGO"), qMin(from + iteration, total), total);
        if (killRatioReached(c)) {
            abortRun(c,
                makeError(QStringLiteral("SYNC_KILL_RATIO"),
                    QCoreApplication::translate("Sync",
                        "The run stopped: %1 of %2 tickets failed, more than killRatio %3 allows. Check the "
                        "failing tickets and the TIXNGO connection.")
                        .arg(c.res.failed)
                        .arg(c.res.failed + c.res.succeeded)
                        .arg(*c.opt.parameters.killRatio)));
            break;
        }
    }
    if (c.stopped && handled < total && c.res.error) {
        // Not sent because the run stopped: ledger rows of class cascade, so the run view says why.
        const Error why = *c.res.error;
        auto ok = m_store.transaction([&]() -> Status {
            Prepared ledger(m_store,
                QStringLiteral("INSERT INTO sync_run_tickets (run_id, ticket_id, action, result, error_code, "
                               "error_class, error_message, s360_before, s360_after, tixngo_before, "
                               "tixngo_after) VALUES (?, ?, ?, 'NOT_SENT', ?, 'cascade', ?, ?, ?, ?, ?)"));
            const QString message
                = QCoreApplication::translate("Sync", "Not sent: the run stopped before this ticket (%1).")
                      .arg(why.code);
            for (int i = handled; i < total; ++i) {
                const Ticket &t = items[i].ticket;
                const QString s = toCode(t.s360Status);
                const QString x = toCode(t.tixngoStatus);
                if (auto st = ledger.exec({c.res.runId, t.ticketId, c.fn, why.code, message, s, s, x, x}); !st)
                    return st;
            }
            return {};
        });
        if (!ok)
            qCWarning(lcSync) << ok.error().message;
    }
}

Status SyncEngine::recordCallFailure(Ctx &c, const QList<Item> &chunk, const Error &error, bool keepInFlight)
{
    const ErrorClass cls = classify(error);
    c.res.failed += int(chunk.size());
    return m_store.transaction([&]() -> Status {
        Prepared ledger(m_store,
            QStringLiteral("INSERT INTO sync_run_tickets (run_id, ticket_id, action, payload_hash, payload_size, "
                           "payload, variables, result, error_code, error_class, error_message, s360_before, "
                           "s360_after, tixngo_before, tixngo_after) VALUES (?, ?, ?, ?, ?, ?, ?, 'ERROR', ?, ?, ?, "
                           "?, ?, ?, ?)"));
        for (const Item &it : chunk) {
            const QString s = toCode(it.ticket.s360Status);
            const QString x = toCode(it.ticket.tixngoStatus);
            const QString dump = dumpText(c, it.payload);
            const QString variables = dumpText(c, it.variables);
            if (auto ok = ledger.exec({c.res.runId, it.ticket.ticketId, c.fn, hashOf(it.payload),
                    int(it.payload.size()), dump, variables, error.code, toCode(cls), error.message, s, s, x, x});
                !ok)
                return ok;
        }
        if (!keepInFlight) {
            Prepared landed(m_store, QStringLiteral("DELETE FROM sync_in_flight WHERE function = ? AND ticket_id = ?"));
            for (const Item &it : chunk)
                if (auto ok = landed.exec({c.fn, it.ticket.ticketId}); !ok)
                    return ok;
        }
        return {};
    });
}

Status SyncEngine::commitChunk(Ctx &c, const QList<Item> &chunk, const QList<TicketCallResult> &results)
{
    QHash<QString, const TicketCallResult *> byId;
    byId.reserve(results.size());
    for (const TicketCallResult &r : results)
        byId.insert(r.ticketId, &r); // API-9: matched by id, not position
    const bool inject = c.opt.function == SyncFunction::Inject || c.opt.function == SyncFunction::InjectPrivileges;
    const bool cancelled = c.opt.function == SyncFunction::PushCancelled;
    const QString now = nowText();
    const QString defaultStatus = inject
        ? QStringLiteral("INJECTED")
        : (cancelled ? QStringLiteral("DELETION_PENDING") : QStringLiteral("CONTROLLED"));
    const QString printActor = c.opt.posCode.isEmpty() ? c.actor : c.actor + QStringLiteral(" via ") + c.opt.posCode;
    int okCount = 0, failCount = 0;
    QList<TicketFailure> failures;
    auto st = m_store.transaction([&]() -> Status {
        Prepared ledger(m_store,
            QStringLiteral("INSERT INTO sync_run_tickets (run_id, ticket_id, action, payload_hash, payload_size, "
                           "payload, variables, result, error_code, error_class, error_message, s360_before, "
                           "s360_after, tixngo_before, tixngo_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?)"));
        Prepared processed(m_store,
            QStringLiteral("INSERT INTO sync_processed (function, ticket_id, processed_at, reason, run_id) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT (function, ticket_id) DO UPDATE SET "
                           "processed_at = excluded.processed_at, reason = excluded.reason, run_id = "
                           "excluded.run_id"));
        Prepared printed(m_store,
            QStringLiteral("UPDATE tickets SET s360_status = 'PRINTED', s360_reason = '', "
                           "s360_status_changed_at = ?, tixngo_status = ?, injected_at = ?, last_sync_at = ? "
                           "WHERE ticket_id = ? AND s360_status = 'NOT_PRINTED'"));
        Prepared updated(
            m_store, QStringLiteral("UPDATE tickets SET tixngo_status = ?, last_sync_at = ? WHERE ticket_id = ?"));
        Prepared history(m_store,
            QStringLiteral("INSERT INTO s360_status_changes (ticket_id, status, reason, at, actor) VALUES (?, "
                           "'PRINTED', '', ?, ?)"));
        Prepared deleted(m_store,
            QStringLiteral("UPDATE tickets SET tixngo_status = ?, tixngo_deletion_reason = ?, last_sync_at = ? "
                           "WHERE ticket_id = ?"));
        Prepared controlled(m_store,
            QStringLiteral("UPDATE tickets SET tixngo_status = ?, tixngo_controlled = 1, last_sync_at = ? "
                           "WHERE ticket_id = ?"));
        Prepared openError(m_store,
            QStringLiteral("INSERT INTO sync_open_errors (function, ticket_id, run_id, error_code, error_class, "
                           "error_message, at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (function, ticket_id) "
                           "DO UPDATE SET run_id = excluded.run_id, error_code = excluded.error_code, "
                           "error_class = excluded.error_class, error_message = excluded.error_message, at = "
                           "excluded.at"));
        Prepared closeError(
            m_store, QStringLiteral("DELETE FROM sync_open_errors WHERE function = ? AND ticket_id = ?"));
        Prepared landed(m_store, QStringLiteral("DELETE FROM sync_in_flight WHERE function = ? AND ticket_id = ?"));
        for (const Item &it : chunk) {
            const Ticket &t = it.ticket;
            const TicketCallResult *r = byId.value(t.ticketId);
            const QString s360Before = toCode(t.s360Status);
            const QString tixBefore = toCode(t.tixngoStatus);
            const QString hash = hashOf(it.payload);
            const QString dump = dumpText(c, it.payload);
            const QString variables = dumpText(c, it.variables);
            if (r && r->ok) {
                const QString status = r->status.isEmpty() ? defaultStatus : r->status;
                QString s360After = s360Before;
                Status s;
                if (inject) {
                    if (t.s360Status == S360Status::NotPrinted) {
                        // INJ-11: PRINTED (through the configured point of sale) and processed.
                        s = printed.exec({now, status, now, now, t.ticketId});
                        if (s)
                            s = history.exec({t.ticketId, now, printActor});
                        s360After = QStringLiteral("PRINTED");
                    } else {
                        s = updated.exec({status, now, t.ticketId}); // INJ-12: a forced update
                    }
                } else if (cancelled) {
                    s = deleted.exec({status, it.reason, now, t.ticketId}); // PC-10: S-360 unchanged
                } else {
                    s = controlled.exec({status, now, t.ticketId}); // CT-4: S-360 unchanged
                }
                if (s)
                    s = processed.exec({c.fn, t.ticketId, now, processedReason(it), c.res.runId}); // PC-5 compares it
                if (s)
                    s = ledger.exec({c.res.runId, t.ticketId, c.fn, hash, int(it.payload.size()), dump, variables,
                        QStringLiteral("OK"), QString(), QString(), QString(), s360Before, s360After, tixBefore,
                        status});
                if (s && c.openErrorIds.contains(t.ticketId))
                    s = closeError.exec({c.fn, t.ticketId});
                if (s)
                    s = landed.exec({c.fn, t.ticketId});
                if (!s)
                    return s;
                ++okCount;
            } else {
                const QString code = r ? (r->errorCode.isEmpty() ? QStringLiteral("REFUSED") : r->errorCode)
                                       : QStringLiteral("MISSING_RESULT");
                QString message = r ? r->message
                                    : QCoreApplication::translate("Sync", "TIXNGO returned no result for this ticket.");
                if (r && !r->errorField.isEmpty())
                    message = QCoreApplication::translate("Sync", "%1 (field %2)").arg(message, r->errorField);
                // No trustworthy answer: it stays in flight and the next run checks it.
                const bool unsure = !r || r->uncertain;
                const ErrorClass cls = unsure ? ErrorClass::Technical : ErrorClass::External;
                Status s = ledger.exec({c.res.runId, t.ticketId, c.fn, hash, int(it.payload.size()), dump, variables,
                    QStringLiteral("ERROR"), code, toCode(cls), message, s360Before, s360Before, tixBefore, tixBefore});
                if (s)
                    s = openError.exec({c.fn, t.ticketId, c.res.runId, code, toCode(cls), message, now});
                if (s && !unsure)
                    s = landed.exec({c.fn, t.ticketId});
                if (!s)
                    return s;
                failures << TicketFailure{t.ticketId, code, message, cls};
                ++failCount;
            }
        }
        return {};
    });
    if (!st)
        return st;
    for (const TicketFailure &f : failures) {
        c.openErrorIds.insert(f.ticketId);
        c.res.failures << f;
    }
    c.res.succeeded += okCount;
    c.res.failed += failCount;
    return {};
}

// ---------------------------------------------------------------------------------------------
// Feedback (FB-1..10)

void SyncEngine::runFeedback(Ctx &c)
{
    runFeedbackPages(c);
    if (!c.distributions.isEmpty())
        c.res.notes << QCoreApplication::translate("Sync",
            "Contact distributions (enableTicketDistributionToCulturalContact): %1 pending, %2 confirmed (contact "
            "changed), %3 cancelled.")
                           .arg(c.distributions.value(QStringLiteral("PENDING")))
                           .arg(c.distributions.value(QStringLiteral("CONFIRMED")))
                           .arg(c.distributions.value(QStringLiteral("CANCELLED")));
}

void SyncEngine::runFeedbackPages(Ctx &c)
{
    const int batch = c.opt.effectiveBatchSize();
    if (!c.opt.uploadFile.isEmpty()) {
        // FB-7: a file in the diff format is processed as if TIXNGO had returned it.
        QFile f(c.opt.uploadFile);
        if (!f.open(QIODevice::ReadOnly))
            return abortRun(c,
                makeError(QStringLiteral("SYNC_UPLOAD_FILE"),
                    QCoreApplication::translate("Sync", "Cannot read the feedback file %1: %2.")
                        .arg(c.opt.uploadFile, f.errorString())));
        auto page = parseDiffPage(f.readAll(), c.opt.uploadFile);
        if (!page)
            return abortRun(c, page.error());
        if (page->tickets.size() > batch)
            page->tickets.resize(batch);
        c.res.selected += int(page->tickets.size());
        if (c.opt.dryRun)
            return;
        if (auto ok = processFeedbackPage(c, *page, nullptr); !ok)
            abortRun(c, ok.error());
        return;
    }
    QString key = runs::feedbackKey(m_store, c.organizer); // FB-1: empty on the first run
    int remaining = batch; // FB-5
    while (remaining > 0 && !c.stopped) {
        if (cancelled())
            return abortRun(c,
                makeError(QStringLiteral("SYNC_CANCELLED"),
                    QCoreApplication::translate(
                        "Sync", "The feedback run was cancelled; the pages already stored are kept.")));
        if (!c.opt.dryRun) {
            if (auto renewed = c.lease.renew(); !renewed)
                return abortRun(c, renewed.error());
        }
        const int limit = qMin(remaining, 10000);
        auto page = m_transport->diff(key, limit);
        if (!page)
            return abortRun(c, page.error());
        const int n = int(page->tickets.size());
        c.res.selected += n;
        if (c.opt.dryRun) {
            if (n < limit || page->nextPageKey.isEmpty() || page->nextPageKey == key)
                break;
            key = page->nextPageKey;
            remaining -= n;
            continue;
        }
        const bool moved = !page->nextPageKey.isEmpty() && page->nextPageKey != key;
        if (auto ok = processFeedbackPage(c, *page, moved ? &page->nextPageKey : nullptr); !ok)
            return abortRun(c, ok.error());
        report(QCoreApplication::translate("Sync", "Reading the TIXNGO feed"), batch - remaining + n, batch);
        if (c.stopped || n == 0 || n < limit || !moved)
            break;
        key = page->nextPageKey;
        remaining -= n;
    }
}

Status SyncEngine::processFeedbackPage(Ctx &c, const DiffPage &page, const QString *newKey)
{
    const QString now = nowText();
    int ok = 0, failed = 0, skipped = 0;
    QList<TicketFailure> failures;
    auto st = m_store.transaction([&]() -> Status {
        Prepared lookup(m_store,
            QStringLiteral(
                "SELECT ticket_number, s360_status, tixngo_status, contact_email FROM tickets WHERE ticket_id = ?"));
        Prepared update(m_store,
            QStringLiteral(
                "UPDATE tickets SET tixngo_status = ?, tixngo_owner_first_name = ?, tixngo_owner_last_name = ?, "
                "tixngo_owner_email = ?, tixngo_initial_owner = ?, tixngo_previous_owner = ?, "
                "tixngo_holder_first_name = ?, tixngo_holder_last_name = ?, tixngo_deletion_reason = ?, "
                "tixngo_controlled = ?, tixngo_updated_at = ?, last_sync_at = ? WHERE ticket_id = ?"));
        Prepared clearHistory(m_store, QStringLiteral("DELETE FROM tixngo_history WHERE ticket_id = ?"));
        Prepared addHistory(
            m_store, QStringLiteral("INSERT INTO tixngo_history (ticket_id, status, at, actor) VALUES (?, ?, ?, ?)"));
        Prepared ledger(m_store,
            QStringLiteral("INSERT INTO sync_run_tickets (run_id, ticket_id, action, result, error_code, "
                           "error_class, error_message, s360_before, s360_after, tixngo_before, tixngo_after) "
                           "VALUES (?, ?, 'feedback', ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const RemoteTicket &rt : page.tickets) {
            if (auto s = lookup.exec({rt.ticketId}); !s)
                return s;
            QSqlQuery &q = lookup.query();
            if (!q.next()) {
                const QString msg = QCoreApplication::translate("Sync",
                    "TIXNGO reports ticket %1, which is not in the S-360 data. Import it, or check the "
                    "organizer this connection points to.")
                                        .arg(rt.ticketId);
                if (!c.opt.parameters.doContinueInCaseOfSyncError)
                    return fail(QStringLiteral("UNKNOWN_TO_S360"),
                        msg + QLatin1Char(' ')
                            + QCoreApplication::translate("Sync",
                                "The feed stops here (doContinueInCaseOfSyncError=false); the pagination key was "
                                "not moved."));
                // FB-9: reported, the feed moves on.
                if (auto s
                    = ledger.exec({c.res.runId, rt.ticketId, QStringLiteral("ERROR"), QStringLiteral("UNKNOWN_TO_S360"),
                        QStringLiteral("mapping"), msg, QString(), QString(), QString(), rt.statusCode});
                    !s)
                    return s;
                failures << TicketFailure{rt.ticketId, QStringLiteral("UNKNOWN_TO_S360"), msg, ErrorClass::Mapping};
                ++failed;
                continue;
            }
            const QString number = q.value(0).toString();
            const QString s360 = q.value(1).toString();
            const QString before = q.value(2).toString();
            const QString contactEmail = q.value(3).toString();
            q.finish();
            if (c.skip.contains(rt.ticketId, number)) { // FB-6
                if (auto s = ledger.exec({c.res.runId, rt.ticketId, QStringLiteral("SKIPPED"), QString(), QString(),
                        QString(), s360, s360, before, before});
                    !s)
                    return s;
                ++skipped;
                continue;
            }
            // FB-3: S-360 status untouched; FB-4: status, owners, holder, history.
            const QString status = rt.status != TixngoStatus::None ? toCode(rt.status) : rt.statusCode;
            if (auto s = update.exec(
                    {status, rt.owner.firstName, rt.owner.lastName, rt.owner.email, rt.initialOwner.displayName(),
                        rt.previousOwner.displayName(), rt.holder.firstName, rt.holder.lastName, rt.deletionReason,
                        rt.controlled ? 1 : 0, toRfc3339(rt.updatedAt), now, rt.ticketId});
                !s)
                return s;
            if (!rt.history.isEmpty()) {
                if (auto s = clearHistory.exec({rt.ticketId}); !s)
                    return s;
                for (const TixngoHistoryEntry &h : rt.history)
                    if (auto s = addHistory.exec({rt.ticketId, toCode(h.status), toRfc3339(h.at), h.actor}); !s)
                        return s;
            }
            // FB-10: with contact distribution on, transfers become distribution entries.
            if (c.opt.parameters.enableTicketDistributionToCulturalContact) {
                if (auto s = distribute(c, rt, contactEmail, now); !s)
                    return s;
            }
            if (auto s = ledger.exec({c.res.runId, rt.ticketId, QStringLiteral("OK"), QString(), QString(), QString(),
                    s360, s360, before, status});
                !s)
                return s;
            ++ok;
        }
        // FB-2: the new key is stored with (hence only after) the page's tickets.
        if (newKey) {
            auto k = m_store.exec(
                QStringLiteral(
                    "INSERT INTO sync_feedback_keys (organizer, pagination_key, updated_at) VALUES (?, ?, ?) "
                    "ON CONFLICT (organizer) DO UPDATE SET pagination_key = excluded.pagination_key, "
                    "updated_at = excluded.updated_at"),
                {c.organizer, *newKey, now});
            if (!k)
                return fail(k.error());
        }
        return {};
    });
    if (!st)
        return st;
    c.res.succeeded += ok;
    c.res.failed += failed;
    c.res.skipped += skipped;
    c.res.failures += failures;
    return {};
}

// FB-10 (interface doc §6): PENDING_TRANSFER → distribution PENDING; FAILURE / FAILURE_TRANSFER →
// CANCELLED; TRANSFERRED → CONFIRMED and the ticket's contact becomes the recipient. One entry per
// transfer: the open PENDING entry moves on; a status seen again changes nothing (the feed may be
// read twice after a key reset). Contacts are matched by e-mail (case-insensitive), never duplicated.
Status SyncEngine::distribute(Ctx &c, const RemoteTicket &rt, const QString &contactEmail, const QString &now)
{
    QString target;
    switch (rt.status) {
    case TixngoStatus::PendingTransfer:
        target = QStringLiteral("PENDING");
        break;
    case TixngoStatus::Failure:
    case TixngoStatus::FailureTransfer:
        target = QStringLiteral("CANCELLED");
        break;
    case TixngoStatus::Transferred:
        target = QStringLiteral("CONFIRMED");
        break;
    default:
        return {};
    }
    const QString statusCode = toCode(rt.status);
    qint64 lastId = 0;
    QString lastStatus, lastRecipient;
    {
        auto q = m_store.exec(QStringLiteral("SELECT id, status, recipient_email FROM contact_distributions WHERE "
                                             "ticket_id = ? ORDER BY id DESC LIMIT 1"),
            {rt.ticketId});
        if (!q)
            return fail(q.error());
        if (q->next()) {
            lastId = q->value(0).toLongLong();
            lastStatus = q->value(1).toString();
            lastRecipient = q->value(2).toString();
        }
    }
    const QString recipient = rt.owner.email.trimmed();
    qint64 contactId = 0;
    if (target == QLatin1String("CONFIRMED") && !recipient.isEmpty()) {
        // Already confirmed to this recipient: the same transfer read again.
        if (lastStatus == QLatin1String("CONFIRMED") && lastRecipient.compare(recipient, Qt::CaseInsensitive) == 0)
            return {};
        auto contact = contactFor(rt.owner, now);
        if (!contact)
            return fail(contact.error());
        contactId = contact->id;
        auto u = m_store.exec(QStringLiteral("UPDATE tickets SET contact_first_name = ?, contact_last_name = ?, "
                                             "contact_email = ? WHERE ticket_id = ?"),
            {contact->firstName, contact->lastName, contact->email, rt.ticketId});
        if (!u)
            return fail(u.error());
        ++c.distributions[target];
    } else if (lastStatus == target) {
        return {}; // the same state read again
    } else {
        ++c.distributions[target];
    }
    if (lastStatus == QLatin1String("PENDING")) {
        auto u = m_store.exec(QStringLiteral("UPDATE contact_distributions SET status = ?, contact_id = ?, "
                                             "recipient_email = ?, tixngo_status = ?, run_id = ?, updated_at = ? "
                                             "WHERE id = ?"),
            {target, contactId, target == QLatin1String("CONFIRMED") ? recipient : QString(), statusCode, c.res.runId,
                now, lastId});
        if (!u)
            return fail(u.error());
        return {};
    }
    auto ins = m_store.exec(
        QStringLiteral("INSERT INTO contact_distributions (ticket_id, status, from_email, contact_id, "
                       "recipient_email, tixngo_status, run_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                       "?, ?)"),
        {rt.ticketId, target, contactEmail, contactId, target == QLatin1String("CONFIRMED") ? recipient : QString(),
            statusCode, c.res.runId, now, now});
    if (!ins)
        return fail(ins.error());
    return {};
}

Result<SyncEngine::Contact> SyncEngine::contactFor(const Person &owner, const QString &now)
{
    const QString key = owner.email.trimmed().toLower();
    auto q = m_store.exec(QStringLiteral("SELECT id, first_name, last_name FROM contacts WHERE email = ?"), {key});
    if (!q)
        return fail(q.error());
    if (q->next())
        return Contact{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), owner.email.trimmed()};
    q->finish();
    // Not yet a distribution contact: an S-360 contact with this e-mail is the same person.
    Contact c{0, owner.firstName, owner.lastName, owner.email.trimmed()};
    auto known = m_store.exec(QStringLiteral("SELECT contact_first_name, contact_last_name, contact_email FROM tickets "
                                             "WHERE lower(contact_email) = ? LIMIT 1"),
        {key});
    if (!known)
        return fail(known.error());
    if (known->next()) {
        c.firstName = known->value(0).toString();
        c.lastName = known->value(1).toString();
        c.email = known->value(2).toString();
    }
    known->finish();
    auto ins
        = m_store.exec(QStringLiteral("INSERT INTO contacts (email, first_name, last_name, created_at, updated_at) "
                                      "VALUES (?, ?, ?, ?, ?) RETURNING id"),
            {key, c.firstName, c.lastName, now, now});
    if (!ins || !ins->next())
        return ins ? fail(QStringLiteral("STORE_SQL"), QCoreApplication::translate("Sync", "Cannot record a contact."))
                   : fail(ins.error());
    c.id = ins->value(0).toLongLong();
    return c;
}

// ---------------------------------------------------------------------------------------------
// Queries

namespace runs {

Result<QList<RunRow>> recent(Store &store, int limit, std::optional<SyncFunction> function)
{
    QString sql
        = QStringLiteral("SELECT id, function, organizer, started_at, ended_at, outcome, selected, succeeded, failed, "
                         "skipped, parameters, error_code, error_text, dry_run FROM sync_runs");
    QVariantList binds;
    if (function) {
        sql += QStringLiteral(" WHERE function = ?");
        binds << toCode(*function);
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(qMax(1, limit));
    auto q = store.exec(sql, binds);
    if (!q)
        return fail(q.error());
    QList<RunRow> out;
    while (q->next()) {
        RunRow r;
        r.id = q->value(0).toLongLong();
        parseSyncFunction(q->value(1).toString(), &r.function);
        r.organizer = q->value(2).toString();
        r.startedAt = parseRfc3339(q->value(3).toString());
        r.endedAt = parseRfc3339(q->value(4).toString());
        r.outcome = parseRunOutcome(q->value(5).toString());
        r.selected = q->value(6).toInt();
        r.succeeded = q->value(7).toInt();
        r.failed = q->value(8).toInt();
        r.skipped = q->value(9).toInt();
        r.parameters = q->value(10).toString();
        r.errorCode = q->value(11).toString();
        r.errorText = q->value(12).toString();
        r.dryRun = q->value(13).toInt() != 0;
        out << r;
    }
    return out;
}

Result<QList<LedgerRow>> ledger(Store &store, qint64 runId)
{
    auto q = store.exec(
        QStringLiteral("SELECT ticket_id, action, result, error_code, error_class, error_message, s360_before, "
                       "s360_after, tixngo_before, tixngo_after, payload_hash, payload_size, payload, variables "
                       "FROM sync_run_tickets WHERE run_id = ? ORDER BY id"),
        {runId});
    if (!q)
        return fail(q.error());
    QList<LedgerRow> out;
    while (q->next()) {
        LedgerRow r;
        int i = 0;
        r.ticketId = q->value(i++).toString();
        r.action = q->value(i++).toString();
        r.result = q->value(i++).toString();
        r.errorCode = q->value(i++).toString();
        r.errorClass = q->value(i++).toString();
        r.errorMessage = q->value(i++).toString();
        r.s360Before = q->value(i++).toString();
        r.s360After = q->value(i++).toString();
        r.tixngoBefore = q->value(i++).toString();
        r.tixngoAfter = q->value(i++).toString();
        r.payloadHash = q->value(i++).toString();
        r.payloadSize = q->value(i++).toInt();
        r.payload = q->value(i++).toString();
        r.variables = q->value(i++).toString();
        out << r;
    }
    return out;
}

Result<QList<Distribution>> distributions(Store &store, const QString &ticketId)
{
    QString sql = QStringLiteral("SELECT d.id, d.ticket_id, d.status, d.from_email, d.recipient_email, d.contact_id, "
                                 "d.tixngo_status, d.run_id, d.created_at, d.updated_at FROM contact_distributions d");
    QVariantList binds;
    if (!ticketId.isEmpty()) {
        sql += QStringLiteral(" WHERE d.ticket_id = ?");
        binds << ticketId;
    }
    auto q = store.exec(sql + QStringLiteral(" ORDER BY d.id"), binds);
    if (!q)
        return fail(q.error());
    QList<Distribution> out;
    while (q->next()) {
        Distribution d;
        d.id = q->value(0).toLongLong();
        d.ticketId = q->value(1).toString();
        d.status = q->value(2).toString();
        d.fromEmail = q->value(3).toString();
        d.recipientEmail = q->value(4).toString();
        d.contactId = q->value(5).toLongLong();
        d.tixngoStatus = q->value(6).toString();
        d.runId = q->value(7).toLongLong();
        d.createdAt = parseRfc3339(q->value(8).toString());
        d.updatedAt = parseRfc3339(q->value(9).toString());
        out << d;
    }
    return out;
}

Result<QList<OpenError>> openErrors(Store &store, SyncFunction function)
{
    auto q = store.exec(
        QStringLiteral("SELECT ticket_id, run_id, error_code, error_class, error_message FROM sync_open_errors "
                       "WHERE function = ? ORDER BY ticket_id"),
        {toCode(function)});
    if (!q)
        return fail(q.error());
    QList<OpenError> out;
    while (q->next())
        out << OpenError{q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toString(),
            q->value(3).toString(), q->value(4).toString()};
    return out;
}

QDateTime watermark(Store &store, SyncFunction function, const QString &organizer)
{
    auto q = store.exec(QStringLiteral("SELECT last_ok_at FROM sync_watermarks WHERE function = ? AND organizer = ?"),
        {toCode(function), organizer.isEmpty() ? SyncEngine::defaultOrganizer() : organizer});
    if (!q || !q->next())
        return {};
    return parseRfc3339(q->value(0).toString());
}

QString feedbackKey(Store &store, const QString &organizer)
{
    auto q = store.exec(QStringLiteral("SELECT pagination_key FROM sync_feedback_keys WHERE organizer = ?"),
        {organizer.isEmpty() ? SyncEngine::defaultOrganizer() : organizer});
    if (!q || !q->next())
        return {};
    return q->value(0).toString();
}

Status resetFeedbackKey(Store &store, const QString &organizer)
{
    auto q = store.exec(QStringLiteral("DELETE FROM sync_feedback_keys WHERE organizer = ?"),
        {organizer.isEmpty() ? SyncEngine::defaultOrganizer() : organizer});
    if (!q)
        return fail(q.error());
    return {};
}

Result<TicketList> skipList(Store &store, SyncFunction function)
{
    auto q = store.exec(
        QStringLiteral("SELECT entry FROM sync_skip_lists WHERE function = ? ORDER BY entry"), {toCode(function)});
    if (!q)
        return fail(q.error());
    QStringList entries;
    while (q->next())
        entries << q->value(0).toString();
    return TicketList::parse(entries.join(QLatin1Char(',')));
}

Status addToSkipList(Store &store, SyncFunction function, const TicketList &entries)
{
    return store.transaction([&]() -> Status {
        QStringList all;
        for (const QString &id : entries.ticketIds)
            all << QStringLiteral("id:") + id;
        all += entries.ticketNumbers;
        for (const QString &e : all) {
            auto q = store.exec(
                QStringLiteral("INSERT INTO sync_skip_lists (function, entry, added_at) VALUES (?, ?, ?) ON CONFLICT "
                               "(function, entry) DO NOTHING"),
                {toCode(function), e, nowText()});
            if (!q)
                return fail(q.error());
        }
        return {};
    });
}

Status removeFromSkipList(Store &store, SyncFunction function, const TicketList &entries)
{
    return store.transaction([&]() -> Status {
        QStringList all;
        for (const QString &id : entries.ticketIds)
            all << QStringLiteral("id:") + id;
        all += entries.ticketNumbers;
        for (const QString &e : all) {
            auto q = store.exec(
                QStringLiteral("DELETE FROM sync_skip_lists WHERE function = ? AND entry = ?"), {toCode(function), e});
            if (!q)
                return fail(q.error());
        }
        return {};
    });
}

QString customParametersText(Store &store, SyncFunction function)
{
    auto q
        = store.exec(QStringLiteral("SELECT text FROM sync_custom_parameters WHERE function = ?"), {toCode(function)});
    if (!q || !q->next())
        return {};
    return q->value(0).toString();
}

Status setCustomParametersText(Store &store, SyncFunction function, const QString &text)
{
    auto parsed = CustomParameters::parse(text);
    if (!parsed)
        return fail(parsed.error());
    auto q = store.exec(
        QStringLiteral("INSERT INTO sync_custom_parameters (function, text) VALUES (?, ?) ON CONFLICT (function) DO "
                       "UPDATE SET text = excluded.text"),
        {toCode(function), text});
    if (!q)
        return fail(q.error());
    return {};
}

Status closeAbandonedRuns(Store &store)
{
    // Runs still RUNNING whose function has no live lease.
    auto q = store.exec(
        QStringLiteral("UPDATE sync_runs SET outcome = 'ERROR', ended_at = ?, error_code = 'SYNC_ABANDONED' WHERE "
                       "outcome = 'RUNNING' AND NOT EXISTS (SELECT 1 FROM sync_leases l WHERE l.function = "
                       "sync_runs.function AND l.organizer = sync_runs.organizer AND l.expires_at >= ?)"),
        {nowText(), QDateTime::currentSecsSinceEpoch()});
    if (!q)
        return fail(q.error());
    return {};
}

} // namespace runs

} // namespace tixsync::sync
