// Data commands: import an S-360 CSV export, generate demo data, list events and tickets.
#include "cli.h"

#include "audit/auditlog.h"
#include "core/statuses.h"
#include "import/demodata.h"
#include "import/ticketimporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace tixsync::cli {
namespace {

/// "\rImporting… 42%" on stderr, at most a few times a second, only on a terminal.
class ProgressLine {
public:
    ProgressLine(Context &ctx, QString label)
        : m_ctx(ctx)
        , m_label(std::move(label))
        , m_enabled(ctx.stderrIsTerminal())
    {
        m_timer.start();
    }
    bool operator()(qint64 done, qint64 total)
    {
        if (!m_enabled || (m_timer.elapsed() < 200 && done < total))
            return true;
        m_timer.restart();
        const int pct = total > 0 ? int(done * 100 / total) : 100;
        m_ctx.err() << '\r' << m_label << ' ' << pct << '%';
        m_ctx.err().flush();
        m_shown = true;
        return true;
    }
    void finish()
    {
        if (m_shown) {
            m_ctx.err() << '\r' << QString(m_label.size() + 6, QLatin1Char(' ')) << '\r';
            m_ctx.err().flush();
        }
    }

private:
    Context &m_ctx;
    QString m_label;
    bool m_enabled;
    bool m_shown = false;
    QElapsedTimer m_timer;
};

QString validStatuses()
{
    QStringList codes;
    for (S360Status s : allS360Statuses())
        codes << toCode(s);
    return codes.join(QLatin1String(", "));
}

/// Prints rows as left-aligned columns separated by two spaces.
void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : header)
        widths << int(h.size());
    for (const QStringList &row : rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], int(row[i].size()));
    auto line = [&](const QStringList &cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i)
            text += i + 1 == cells.size() ? cells[i] : cells[i].leftJustified(widths[i]) + QStringLiteral("  ");
        out << text.trimmed() << '\n';
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    out.flush();
}

bool parseCount(const QString &text, qint64 min, qint64 *out)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min)
        return false;
    *out = v;
    return true;
}

int runImport(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("tixsync-cli",
        "Imports an S-360 ticket export (CSV, UTF-8, one row per ticket; see docs/import-format.md). "
        "Tickets are upserted by ticket id; the whole file is imported or nothing is."));
    parser.addPositionalArgument(
        QStringLiteral("FILE.csv"), QCoreApplication::translate("tixsync-cli", "The CSV file to import."));
    const QCommandLineOption json(
        QStringLiteral("json"), QCoreApplication::translate("tixsync-cli", "Print the result as one JSON object."));
    parser.addOption(json);
    int code = 0;
    if (!ctx.parse(parser, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QCoreApplication::translate("tixsync-cli",
                            "import needs exactly one FILE.csv. Run \"tixsync-cli import --help\" for usage."),
            ExitUsage);
    Store *store = ctx.store();
    if (!store)
        return ExitFailure;
    const QString file = parser.positionalArguments().constFirst();
    ProgressLine progress(ctx, QCoreApplication::translate("tixsync-cli", "Importing…"));
    auto result = importTicketsCsv(*store, file, [&](qint64 d, qint64 t) { return progress(d, t); });
    progress.finish();
    if (!result) {
        ctx.out().flush();
        // Compiler style, so that editors and CI logs can jump to the place.
        ctx.err() << result.error().toString() << Qt::endl;
        return ExitFailure;
    }
    for (const QString &w : result->warnings)
        ctx.err() << QCoreApplication::translate("tixsync-cli", "warning: %1").arg(w) << '\n';
    ctx.err().flush();
    if (parser.isSet(json)) {
        const QJsonObject o{{QStringLiteral("rows"), result->rows}, {QStringLiteral("inserted"), result->inserted},
            {QStringLiteral("updated"), result->updated}, {QStringLiteral("events"), result->events},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(result->warnings)}};
        ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        ctx.out() << QCoreApplication::translate("tixsync-cli", "Imported %1 rows: %2 inserted, %3 updated, %4 events.")
                         .arg(result->rows)
                         .arg(result->inserted)
                         .arg(result->updated)
                         .arg(result->events)
                  << Qt::endl;
    }
    return result->warnings.isEmpty() ? ExitOk : ExitWarning;
}

int runDemoData(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("tixsync-cli",
        "Fills the database with realistic demo events and tickets. The same seed always gives the same data; "
        "running it again with the same seed updates the same tickets."));
    const QCommandLineOption events(QStringLiteral("events"),
        QCoreApplication::translate("tixsync-cli", "Number of events (default 12)."), QStringLiteral("N"),
        QStringLiteral("12"));
    const QCommandLineOption perEvent(QStringLiteral("tickets-per-event"),
        QCoreApplication::translate("tixsync-cli", "Tickets per event (default 500)."), QStringLiteral("M"),
        QStringLiteral("500"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QCoreApplication::translate("tixsync-cli", "Random seed (default 1)."), QStringLiteral("S"),
        QStringLiteral("1"));
    parser.addOptions({events, perEvent, seed});
    int code = 0;
    if (!ctx.parse(parser, &code))
        return code;
    qint64 n = 0, m = 0, s = 0;
    if (!parseCount(parser.value(events), 1, &n) || n > 100000)
        return ctx.fail(
            QCoreApplication::translate("tixsync-cli", "--events needs a whole number from 1 to 100000, not \"%1\".")
                .arg(parser.value(events)),
            ExitUsage);
    if (!parseCount(parser.value(perEvent), 0, &m) || m > 10000000)
        return ctx.fail(QCoreApplication::translate(
                            "tixsync-cli", "--tickets-per-event needs a whole number from 0 to 10000000, not \"%1\".")
                            .arg(parser.value(perEvent)),
            ExitUsage);
    if (!parseCount(parser.value(seed), 0, &s) || s > 0xffffffffLL)
        return ctx.fail(
            QCoreApplication::translate("tixsync-cli", "--seed needs a whole number from 0 to 4294967295, not \"%1\".")
                .arg(parser.value(seed)),
            ExitUsage);
    Store *store = ctx.store();
    if (!store)
        return ExitFailure;
    DemoDataOptions options;
    options.events = int(n);
    options.ticketsPerEvent = int(m);
    options.seed = quint32(s);
    ProgressLine progress(ctx, QCoreApplication::translate("tixsync-cli", "Generating…"));
    auto result = generateDemoData(*store, options, [&](qint64 d, qint64 t) { return progress(d, t); });
    progress.finish();
    // Demo data changes tickets like an import: recorded in the audit log.
    (void)audit::AuditLog::record(*store, audit::AuditLog::actionDemoData(),
        {{QStringLiteral("events"), n}, {QStringLiteral("ticketsPerEvent"), m}, {QStringLiteral("seed"), s}},
        result ? audit::AuditLog::outcomeOk() : audit::AuditLog::outcomeError(),
        result ? QString() : result.error().message);
    if (!result)
        return ctx.fail(result.error());
    ctx.out() << QCoreApplication::translate("tixsync-cli", "Generated %1 events and %2 tickets (seed %3).")
                     .arg(result->events)
                     .arg(result->tickets)
                     .arg(s)
              << Qt::endl;
    return ExitOk;
}

int runEvents(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "tixsync-cli", "Lists the events with their number of tickets in each S-360 status."));
    const QCommandLineOption json(QStringLiteral("json"),
        QCoreApplication::translate("tixsync-cli",
            "Print one JSON array of objects: eventId, name, eventType, startTime, venue, "
            "city, tickets and counts (one entry per S-360 status)."));
    parser.addOption(json);
    int code = 0;
    if (!ctx.parse(parser, &code))
        return code;
    Store *store = ctx.store();
    if (!store)
        return ExitFailure;
    auto q = store->exec(QStringLiteral(
        "SELECT e.event_id, e.name, e.event_type, e.start_time, e.site, e.city, t.s360_status, COUNT(t.ticket_id) "
        "FROM events e LEFT JOIN tickets t ON t.event_id = e.event_id "
        "GROUP BY e.event_id, e.name, e.event_type, e.start_time, e.site, e.city, t.s360_status "
        "ORDER BY e.start_time, e.event_id"));
    if (!q)
        return ctx.fail(q.error());
    struct Row {
        QString id, name, type, start, venue, city;
        std::array<qint64, S360StatusCount> counts{};
        qint64 total = 0;
    };
    QList<Row> rows;
    while (q->next()) {
        const QString id = q->value(0).toString();
        if (rows.isEmpty() || rows.last().id != id) {
            Row r;
            r.id = id;
            r.name = q->value(1).toString();
            r.type = q->value(2).toString();
            r.start = q->value(3).toString();
            r.venue = q->value(4).toString();
            r.city = q->value(5).toString();
            rows << r;
        }
        S360Status s;
        const qint64 n = q->value(7).toLongLong();
        if (n > 0 && parseS360Status(q->value(6).toString(), &s))
            rows.last().counts[size_t(s)] += n;
        rows.last().total += n;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Row &r : rows) {
            QJsonObject counts;
            for (S360Status s : allS360Statuses())
                counts.insert(toCode(s), r.counts[size_t(s)]);
            array.append(QJsonObject{{QStringLiteral("eventId"), r.id}, {QStringLiteral("name"), r.name},
                {QStringLiteral("eventType"), r.type}, {QStringLiteral("startTime"), r.start},
                {QStringLiteral("venue"), r.venue}, {QStringLiteral("city"), r.city},
                {QStringLiteral("tickets"), r.total}, {QStringLiteral("counts"), counts}});
        }
        ctx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        ctx.out().flush();
        return ExitOk;
    }
    QStringList header{QCoreApplication::translate("tixsync-cli", "EVENT ID"),
        QCoreApplication::translate("tixsync-cli", "START"), QCoreApplication::translate("tixsync-cli", "NAME"),
        QCoreApplication::translate("tixsync-cli", "VENUE"), QCoreApplication::translate("tixsync-cli", "TICKETS")};
    for (S360Status s : allS360Statuses())
        header << toCode(s);
    QList<QStringList> table;
    for (const Row &r : rows) {
        QStringList cells{r.id, r.start, r.name, r.venue, QString::number(r.total)};
        for (S360Status s : allS360Statuses())
            cells << QString::number(r.counts[size_t(s)]);
        table << cells;
    }
    printTable(ctx.out(), header, table);
    return ExitOk;
}

int runTickets(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "tixsync-cli", "Lists tickets, in ticket-id order, with their S-360 and TIXNGO status."));
    const QCommandLineOption event(QStringLiteral("event"),
        QCoreApplication::translate("tixsync-cli", "Only the tickets of this event id."), QStringLiteral("ID"));
    const QCommandLineOption status(QStringLiteral("status"),
        QCoreApplication::translate("tixsync-cli", "Only tickets in this S-360 status (%1).").arg(validStatuses()),
        QStringLiteral("S"));
    const QCommandLineOption search(QStringLiteral("search"),
        QCoreApplication::translate("tixsync-cli",
            "Only tickets whose id, number, order, barcode, buyer or holder (name or e-mail) "
            "contains TEXT, ignoring case."),
        QStringLiteral("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"),
        QCoreApplication::translate("tixsync-cli",
            "Print one JSON array of objects: ticketId, ticketNumber, fileNumber, eventId, "
            "s360Status, reason, tixngoStatus, shipmentMode, category, price, currency, "
            "contact, holder, owner."));
    const QCommandLineOption limit(QStringLiteral("limit"),
        QCoreApplication::translate("tixsync-cli", "At most N tickets (default 100; 0 = all)."), QStringLiteral("N"),
        QStringLiteral("100"));
    parser.addOptions({event, status, search, json, limit});
    int code = 0;
    if (!ctx.parse(parser, &code))
        return code;
    S360Status wanted = S360Status::NotPrinted;
    if (parser.isSet(status) && !parseS360Status(parser.value(status), &wanted))
        return ctx.fail(QCoreApplication::translate("tixsync-cli", "\"%1\" is not an S-360 status. Use one of: %2.")
                            .arg(parser.value(status), validStatuses()),
            ExitUsage);
    qint64 max = 0;
    if (!parseCount(parser.value(limit), 0, &max))
        return ctx.fail(
            QCoreApplication::translate("tixsync-cli", "--limit needs a whole number (0 = all), not \"%1\".")
                .arg(parser.value(limit)),
            ExitUsage);
    Store *store = ctx.store();
    if (!store)
        return ExitFailure;

    QString sql = QStringLiteral("SELECT ") + Store::ticketColumns().join(QLatin1String(", "))
        + QStringLiteral(" FROM tickets WHERE 1 = 1");
    QVariantList binds;
    if (parser.isSet(event)) {
        sql += QStringLiteral(" AND event_id = ?");
        binds << parser.value(event);
    }
    if (parser.isSet(status)) {
        sql += QStringLiteral(" AND s360_status = ?");
        binds << toCode(wanted);
    }
    if (parser.isSet(search)) {
        QString pattern = parser.value(search).toLower();
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        QStringList ors;
        for (const char *c : {"ticket_id", "ticket_number", "file_number", "barcode", "contact_first_name",
                 "contact_last_name", "contact_email", "holder_first_name", "holder_last_name", "holder_email"}) {
            ors << QStringLiteral("LOWER(%1) LIKE ? ESCAPE '\\'").arg(QLatin1String(c));
            binds << pattern;
        }
        sql += QStringLiteral(" AND (") + ors.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    sql += QStringLiteral(" ORDER BY ticket_id");
    if (max > 0) {
        sql += QStringLiteral(" LIMIT ?");
        binds << max;
    }
    auto q = store->exec(sql, binds);
    if (!q)
        return ctx.fail(q.error());

    if (parser.isSet(json)) {
        // Streamed one object at a time, so that --limit 0 on a million tickets stays flat.
        QTextStream &out = ctx.out();
        out << '[';
        bool first = true;
        while (q->next()) {
            const Ticket t = Store::ticketFromQuery(*q);
            const QJsonObject o{{QStringLiteral("ticketId"), t.ticketId},
                {QStringLiteral("ticketNumber"), t.ticketNumber}, {QStringLiteral("fileNumber"), t.fileNumber},
                {QStringLiteral("eventId"), t.eventId}, {QStringLiteral("s360Status"), toCode(t.s360Status)},
                {QStringLiteral("reason"), t.s360Reason}, {QStringLiteral("tixngoStatus"), toCode(t.tixngoStatus)},
                {QStringLiteral("shipmentMode"), t.shipmentMode}, {QStringLiteral("category"), t.category},
                {QStringLiteral("price"), t.price}, {QStringLiteral("currency"), t.currency},
                {QStringLiteral("contact"), t.contact.displayName()},
                {QStringLiteral("holder"), t.holder.displayName()},
                {QStringLiteral("owner"), t.tixngoOwner.displayName()}};
            out << (first ? "\n" : ",\n") << QJsonDocument(o).toJson(QJsonDocument::Compact).constData();
            first = false;
        }
        out << (first ? "]\n" : "\n]\n");
        out.flush();
        return ExitOk;
    }
    QList<QStringList> table;
    while (q->next()) {
        const Ticket t = Store::ticketFromQuery(*q);
        table << QStringList{t.ticketId, t.ticketNumber, t.eventId, toCode(t.s360Status), t.s360Reason,
            toCode(t.tixngoStatus), t.holder.displayName(), t.tixngoOwner.displayName()};
    }
    printTable(ctx.out(),
        {QCoreApplication::translate("tixsync-cli", "TICKET ID"), QCoreApplication::translate("tixsync-cli", "NUMBER"),
            QCoreApplication::translate("tixsync-cli", "EVENT"), QCoreApplication::translate("tixsync-cli", "S-360"),
            QCoreApplication::translate("tixsync-cli", "REASON"), QCoreApplication::translate("tixsync-cli", "TIXNGO"),
            QCoreApplication::translate("tixsync-cli", "HOLDER"),
            QCoreApplication::translate("tixsync-cli", "TIXNGO OWNER")},
        table);
    if (max > 0 && table.size() == max)
        ctx.err() << QCoreApplication::translate(
            "tixsync-cli", "Showing the first %1 tickets; use --limit 0 to show all.")
                         .arg(max)
                  << Qt::endl;
    return ExitOk;
}

} // namespace

TIXSYNC_CLI_COMMAND({QStringLiteral("import"), QT_TRANSLATE_NOOP("tixsync-cli", "Import an S-360 ticket export (CSV)"),
    100, runImport});
TIXSYNC_CLI_COMMAND({QStringLiteral("demo-data"),
    QT_TRANSLATE_NOOP("tixsync-cli", "Generate realistic demo events and tickets"), 110, runDemoData});
TIXSYNC_CLI_COMMAND({QStringLiteral("events"),
    QT_TRANSLATE_NOOP("tixsync-cli", "List events with ticket counts per S-360 status"), 120, runEvents});
TIXSYNC_CLI_COMMAND({QStringLiteral("tickets"),
    QT_TRANSLATE_NOOP("tixsync-cli", "List tickets with their S-360 and TIXNGO status"), 130, runTickets});

} // namespace tixsync::cli
