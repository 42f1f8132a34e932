// Interface functions: inject, feedback, push-cancelled, push-controlled, inject-privileges; S-360
// ticket actions; the run history; schedules and run-due for cron / systemd timers. The commands
// call the same engine as the GUI (models/sync).
#include "cli.h"

#include "core/datetime.h"
#include "sync/runcontroller.h"
#include "sync/schedule.h"
#include "sync/syncengine.h"
#include "sync/ticketactions.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tixsync::cli {
namespace {

using namespace tixsync::sync;

int exitCodeFor(RunOutcome o)
{
    switch (o) {
    case RunOutcome::Ok:
        return ExitOk;
    case RunOutcome::Warning:
        return ExitWarning;
    default:
        return ExitFailure;
    }
}

QStringList splitList(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values)
        for (const QString &p : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!p.trimmed().isEmpty())
                out << p.trimmed();
    return out;
}

void printResult(Context &ctx, const RunResult &r, bool json)
{
    if (json) {
        QJsonObject o = r.toJson();
        if (r.dryRun) {
            QJsonArray payloads;
            for (const PlannedCall &p : r.plannedCalls) {
                const QJsonDocument d = QJsonDocument::fromJson(p.payload);
                payloads.append(QJsonObject{{QStringLiteral("ticketId"), p.ticketId},
                    {QStringLiteral("payload"),
                        d.isObject() ? QJsonValue(d.object()) : QJsonValue(QString::fromUtf8(p.payload))}});
            }
            o[QStringLiteral("payloads")] = payloads;
        }
        if (!r.notes.isEmpty())
            o[QStringLiteral("notes")] = QJsonArray::fromStringList(r.notes);
        ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        if (r.error) // say why on stderr too, for people reading a scheduler's log
            ctx.err() << "tixsync-cli: " << r.error->toString() << Qt::endl;
        return;
    }
    QTextStream &out = ctx.out();
    if (r.impactOnly && !r.error) {
        out << QCoreApplication::translate(
            "tixsync-cli", "%1: %n ticket(s) would be changed (nothing recorded or sent)", nullptr, r.selected)
                   .arg(displayName(r.function))
            << '\n';
        for (const QString &n : r.notes)
            out << "  " << n << '\n';
        out.flush();
        return;
    }
    if (r.dryRun)
        for (const PlannedCall &p : r.plannedCalls)
            out << QString::fromUtf8(p.payload) << '\n';
    out << QCoreApplication::translate(
        "tixsync-cli", "%1: %2%3 — run %4: %5 selected, %6 succeeded, %7 failed, %8 skipped")
               .arg(displayName(r.function), toCode(r.outcome),
                   r.dryRun ? QCoreApplication::translate("tixsync-cli", " (dry run, nothing sent)") : QString())
               .arg(r.runId)
               .arg(r.selected)
               .arg(r.succeeded)
               .arg(r.failed)
               .arg(r.skipped)
        << '\n';
    for (const QString &n : r.notes)
        out << "  " << n << '\n';
    out.flush();
    for (const QString &w : r.warnings)
        ctx.err() << QCoreApplication::translate("tixsync-cli", "warning: %1").arg(w) << '\n';
    int shown = 0;
    for (const TicketFailure &f : r.failures) {
        if (f.ticketId.isEmpty())
            continue;
        if (++shown > 20) {
            ctx.err() << QCoreApplication::translate("tixsync-cli", "… and more; see \"tixsync-cli runs --run %1\".")
                             .arg(r.runId)
                      << '\n';
            break;
        }
        ctx.err() << "  " << f.ticketId << ": " << f.code << " — " << f.message << '\n';
    }
    if (r.error)
        ctx.err() << "tixsync-cli: " << r.error->toString() << '\n';
    ctx.err().flush();
}

struct FunctionOptions {
    QCommandLineOption event{QStringLiteral("event"),
        QCoreApplication::translate("tixsync-cli", "Only tickets of this event / performance id (repeatable)."),
        QStringLiteral("ID")};
    QCommandLineOption fileNumber{QStringLiteral("file-number"),
        QCoreApplication::translate(
            "tixsync-cli", "Only the tickets of this S-360 order (file); other filters are then ignored."),
        QStringLiteral("N")};
    QCommandLineOption product{QStringLiteral("product"),
        QCoreApplication::translate("tixsync-cli", "Only this product code."), QStringLiteral("CODE")};
    QCommandLineOption productFamily{QStringLiteral("product-family"),
        QCoreApplication::translate("tixsync-cli", "Only this product family."), QStringLiteral("FAMILY")};
    QCommandLineOption season{QStringLiteral("season"),
        QCoreApplication::translate("tixsync-cli", "Only events of this season."), QStringLiteral("SEASON")};
    QCommandLineOption salesChannel{QStringLiteral("sales-channel"),
        QCoreApplication::translate("tixsync-cli", "Only this sales channel."), QStringLiteral("CHANNEL")};
    QCommandLineOption tariff{QStringLiteral("tariff"), QCoreApplication::translate("tixsync-cli", "Only this tariff."),
        QStringLiteral("TARIFF")};
    QCommandLineOption category{QStringLiteral("category"),
        QCoreApplication::translate("tixsync-cli", "Only this seat category."), QStringLiteral("CATEGORY")};
    QCommandLineOption batch{QStringLiteral("batch"),
        QCoreApplication::translate("tixsync-cli", "At most N tickets in this run (default: the function's)."),
        QStringLiteral("N")};
    QCommandLineOption force{QStringLiteral("force"),
        QCoreApplication::translate("tixsync-cli",
            "Process these tickets even if already processed: \"id:123456789, 12300123\" (id: = "
            "ticket id, bare = ticket number)."),
        QStringLiteral("LIST")};
    QCommandLineOption skip{QStringLiteral("skip"),
        QCoreApplication::translate("tixsync-cli", "Never process these tickets in this run (same syntax as --force)."),
        QStringLiteral("LIST")};
    QCommandLineOption dateFrom{QStringLiteral("date-from"),
        QCoreApplication::translate(
            "tixsync-cli", "Pushes: re-send as if the last successful run had been at this local time."),
        QStringLiteral("DD/MM/YY hh:mm")};
    QCommandLineOption shipmentModes{QStringLiteral("shipment-modes"),
        QCoreApplication::translate(
            "tixsync-cli", "Pushes: only tickets of these shipment modes (comma-separated; default all)."),
        QStringLiteral("LIST")};
    QCommandLineOption notifySpectator{QStringLiteral("notify-spectator"),
        QCoreApplication::translate("tixsync-cli",
            "Push cancelled: show the deleted ticket to the spectator (showDeletedTicket)."
            "")};
    QCommandLineOption mandatory{QStringLiteral("mandatory-fields"),
        QCoreApplication::translate("tixsync-cli",
            "Injection: ticket-holder fields that must be filled (FIRSTNAME,LASTNAME,BIRTHDATE,"
            "ID_NUMBER,COUNTRY_CODE,BIRTH_REGION,BIRTH_PLACE)."),
        QStringLiteral("LIST")};
    QCommandLineOption pos{QStringLiteral("pos"),
        QCoreApplication::translate(
            "tixsync-cli", "Injection: the point of sale that prints, \"salesChannelCode;posCode\"."),
        QStringLiteral("CODE")};
    QCommandLineOption upload{QStringLiteral("upload"),
        QCoreApplication::translate("tixsync-cli",
            "Feedback: process this file (diff format) as if TIXNGO had returned it; pushes: a file "
            "listing tickets to process."),
        QStringLiteral("FILE")};
    QCommandLineOption customParameters{QStringLiteral("custom-parameters"),
        QCoreApplication::translate(
            "tixsync-cli", "key=value custom parameters (default: those stored for the function)."),
        QStringLiteral("FILE")};
    QCommandLineOption organizer{QStringLiteral("organizer"),
        QCoreApplication::translate("tixsync-cli", "Scope of leases and watermarks (default: the TIXNGO URL)."),
        QStringLiteral("NAME")};
    QCommandLineOption dryRun{QStringLiteral("dry-run"),
        QCoreApplication::translate("tixsync-cli", "Select and build everything, send nothing; print the payloads.")};
    QCommandLineOption forcedOnly{QStringLiteral("forced-only"),
        QCoreApplication::translate("tixsync-cli",
            "Process only the tickets of --force (or --upload): nothing else that is due, skip lists "
            "ignored. Injection re-injects printed tickets; push-cancelled also deletes NOT_PRINTED tickets "
            "TIXNGO has; push-controlled re-sends processed ones.")};
    QCommandLineOption impactOnly{QStringLiteral("impact-only"),
        QCoreApplication::translate(
            "tixsync-cli", "Only count the tickets the run would change (\"selected\"); records and sends nothing.")};
    QCommandLineOption json{
        QStringLiteral("json"), QCoreApplication::translate("tixsync-cli", "Print one JSON object.")};
    QCommandLineOption url{QStringLiteral("tixngo-url"),
        QCoreApplication::translate("tixsync-cli",
            "TIXNGO interface URL ending with organizer/tickets (default: the setting tixngo/url). The "
            "API key is read from TIXNGO_API_KEY."),
        QStringLiteral("URL")};

    void addTo(QCommandLineParser &p)
    {
        for (const QCommandLineOption *o : {&event, &fileNumber, &product, &productFamily, &season, &salesChannel,
                 &tariff, &category, &batch, &force, &skip, &dateFrom, &shipmentModes, &notifySpectator, &mandatory,
                 &pos, &upload, &customParameters, &organizer, &dryRun, &forcedOnly, &impactOnly, &json, &url})
            p.addOption(*o);
    }
};

/// Reads the options into RunOptions; returns an exit code (64 usage / 2 error) or -1 when fine.
int readOptions(
    Context &ctx, QCommandLineParser &p, FunctionOptions &f, SyncFunction function, Store &store, RunOptions *o)
{
    o->function = function;
    o->events = splitList(p.values(f.event));
    o->fileNumber = p.value(f.fileNumber);
    o->product = p.value(f.product);
    o->productFamily = p.value(f.productFamily);
    o->season = p.value(f.season);
    o->salesChannel = p.value(f.salesChannel);
    o->tariff = p.value(f.tariff);
    o->category = p.value(f.category);
    if (p.isSet(f.batch)) {
        bool ok = false;
        o->batchSize = p.value(f.batch).toInt(&ok);
        if (!ok || o->batchSize <= 0)
            return ctx.fail(
                QCoreApplication::translate("tixsync-cli", "--batch needs a positive whole number, not \"%1\".")
                    .arg(p.value(f.batch)),
                ExitUsage);
    }
    o->force = p.value(f.force);
    o->skip = p.value(f.skip);
    if (p.isSet(f.dateFrom)) {
        o->dateFrom = parseS360DateTime(p.value(f.dateFrom), QDateTime::currentDateTime().offsetFromUtc());
        if (!o->dateFrom.isValid())
            return ctx.fail(QCoreApplication::translate("tixsync-cli",
                                "--date-from must look like \"25/12/26 18:30\" (DD/MM/YY hh:mm), not \"%1\".")
                                .arg(p.value(f.dateFrom)),
                ExitUsage);
    }
    o->shipmentModes = splitList(p.values(f.shipmentModes));
    o->notifySpectator = p.isSet(f.notifySpectator);
    o->mandatoryHolderFields = splitList(p.values(f.mandatory));
    o->posCode = p.value(f.pos);
    o->uploadFile = p.value(f.upload);
    o->dryRun = p.isSet(f.dryRun);
    o->forcedOnly = p.isSet(f.forcedOnly);
    o->impactOnly = p.isSet(f.impactOnly);
    QString text;
    QString fileName;
    if (p.isSet(f.customParameters)) {
        fileName = p.value(f.customParameters);
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(QCoreApplication::translate("tixsync-cli", "Cannot read the custom parameters file %1: %2.")
                                .arg(fileName, file.errorString()));
        text = QString::fromUtf8(file.readAll());
    } else {
        text = runs::customParametersText(store, function);
    }
    auto params = CustomParameters::parse(text, fileName);
    if (!params)
        return ctx.fail(params.error());
    o->parameters = *params;
    const QString url = p.isSet(f.url) ? p.value(f.url) : store.setting(QStringLiteral("tixngo/url"));
    o->organizer = p.isSet(f.organizer) ? p.value(f.organizer) : organizerFor(url);
    return -1;
}

class TerminalProgress {
public:
    TerminalProgress(Context &ctx, SyncFunction f)
        : m_ctx(ctx)
        , m_on(ctx.stderrIsTerminal())
        , m_name(toCode(f))
    {
    }
    ~TerminalProgress()
    {
        if (m_on && m_dirty)
            m_ctx.err() << "\r\033[K" << Qt::flush;
    }
    std::function<void(const RunProgress &)> callback()
    {
        if (!m_on)
            return {};
        return [this](const RunProgress &p) {
            m_dirty = true;
            m_ctx.err() << "\r\033[K[" << m_name << "] " << p.phase;
            if (p.total > 0)
                m_ctx.err() << ' ' << p.done << '/' << p.total;
            m_ctx.err() << Qt::flush;
        };
    }

private:
    Context &m_ctx;
    bool m_on;
    bool m_dirty = false;
    QString m_name;
};

int runSyncFunction(Context &ctx, SyncFunction function, const char *description)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("tixsync-cli", description) + QLatin1Char('\n')
        + QCoreApplication::translate("tixsync-cli",
            "Exit codes: 0 OK, 1 Warning (some tickets failed), 2 Error (the run could not "
            "proceed, or another instance is running), 64 usage."));
    FunctionOptions f;
    f.addTo(parser);
    int code = 0;
    if (!ctx.parse(parser, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return ctx.fail(
            QCoreApplication::translate("tixsync-cli", "Unexpected argument \"%1\". Run \"%2 --help\" for usage.")
                .arg(parser.positionalArguments().first(), ctx.arguments.value(0)),
            ExitUsage);
    Store *store = ctx.store();
    if (!store)
        return ExitFailure;
    RunOptions options;
    if (int rc = readOptions(ctx, parser, f, function, *store, &options); rc >= 0)
        return rc;
    std::unique_ptr<TixngoTransport> transport;
    const bool needsConnection = !options.impactOnly
        && (!options.dryRun || (function == SyncFunction::Feedback && options.uploadFile.isEmpty()));
    if (needsConnection) {
        auto t = defaultTransport(*store, parser.value(f.url));
        if (!t)
            return ctx.fail(t.error());
        transport = std::move(*t);
    }
    TerminalProgress progress(ctx, function);
    const RunResult r = runFunction(*store, transport.get(), options, progress.callback());
    printResult(ctx, r, parser.isSet(f.json));
    return exitCodeFor(r.outcome);
}

int runInject(Context &ctx)
{
    return runSyncFunction(ctx, SyncFunction::Inject,
        QT_TRANSLATE_NOOP("tixsync-cli",
            "Tickets external printing: injects NOT_PRINTED tickets into "
            "TIXNGO; accepted tickets become PRINTED."));
}
int runFeedback(Context &ctx)
{
    return runSyncFunction(ctx, SyncFunction::Feedback,
        QT_TRANSLATE_NOOP("tixsync-cli",
            "Retrieves ticket statuses from the TIXNGO diff feed and stores "
            "them; never changes an S-360 status."));
}
int runPushCancelled(Context &ctx)
{
    return runSyncFunction(ctx, SyncFunction::PushCancelled,
        QT_TRANSLATE_NOOP("tixsync-cli", "Pushes cancelled and invalidated tickets to TIXNGO (deletion)."));
}
int runPushControlled(Context &ctx)
{
    return runSyncFunction(ctx, SyncFunction::PushControlled,
        QT_TRANSLATE_NOOP("tixsync-cli", "Pushes tickets controlled in S-360 to TIXNGO."));
}
int runInjectPrivileges(Context &ctx)
{
    return runSyncFunction(ctx, SyncFunction::InjectPrivileges,
        QT_TRANSLATE_NOOP("tixsync-cli",
            "Injects NOT_PRINTED membership and season cards (digital "
            "privileges) into TIXNGO."));
}

int runTicketAction(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("tixsync-cli",
        "Changes the S-360 status of tickets and records who and when:\n"
        "  cancel ID…       → CANCELLED (reason optional)\n"
        "  invalidate ID…   → INVALIDATED (--reason required)\n"
        "  control ID…      → CONTROLLED\n"
        "  reprint ID…      → old INVALIDATED (--reason, default REPRINT), new NOT_PRINTED ticket"));
    const QCommandLineOption reason(QStringLiteral("reason"),
        QCoreApplication::translate("tixsync-cli", "Cancellation / invalidation reason."), QStringLiteral("R"));
    const QCommandLineOption json(
        QStringLiteral("json"), QCoreApplication::translate("tixsync-cli", "Print one JSON object."));
    parser.addOption(reason);
    parser.addOption(json);
    parser.addPositionalArgument(
        QStringLiteral("action"), QCoreApplication::translate("tixsync-cli", "cancel, invalidate, control or reprint"));
    parser.addPositionalArgument(
        QStringLiteral("ids"), QCoreApplication::translate("tixsync-cli", "Ticket ids"), QStringLiteral("ID…"));
    int code = 0;
    if (!ctx.parse(parser, &code))
        return code;
    QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return ctx.fail(
            QCoreApplication::translate("tixsync-cli",
                "Give an action and at least one ticket id, e.g. \"ticket-action invalidate 1001 --reason LOST\"."),
            ExitUsage);
    const QString action = args.takeFirst();
    Store *store = ctx.store();
    if (!store)
        return ExitFailure;
    Status st;
    QJsonObject o{{QStringLiteral("action"), action}, {QStringLiteral("tickets"), QJsonArray::fromStringList(args)}};
    if (action == QLatin1String("cancel")) {
        st = ticketactions::cancel(*store, args, parser.value(reason));
    } else if (action == QLatin1String("invalidate")) {
        st = ticketactions::invalidate(*store, args, parser.value(reason));
    } else if (action == QLatin1String("control")) {
        st = ticketactions::markControlled(*store, args);
    } else if (action == QLatin1String("reprint")) {
        QJsonArray created;
        for (const QString &id : args) {
            auto r = ticketactions::reprint(*store, id, parser.value(reason));
            if (!r) {
                st = fail(r.error());
                break;
            }
            created.append(*r);
            if (!parser.isSet(json))
                ctx.out() << QCoreApplication::translate(
                    "tixsync-cli", "Ticket %1 reprinted as %2 (NOT_PRINTED; the next injection sends it).")
                                 .arg(id, *r)
                          << '\n';
        }
        o[QStringLiteral("created")] = created;
    } else {
        return ctx.fail(QCoreApplication::translate(
                            "tixsync-cli", "Unknown action \"%1\". Use cancel, invalidate, control or reprint.")
                            .arg(action),
            ExitUsage);
    }
    if (!st)
        return ctx.fail(st.error());
    if (parser.isSet(json))
        ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    else if (action != QLatin1String("reprint"))
        ctx.out() << QCoreApplication::translate("tixsync-cli", "%1: %2 ticket(s) done.").arg(action).arg(args.size())
                  << Qt::endl;
    ctx.out().flush();
    return ExitOk;
}

int runRuns(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "tixsync-cli", "Lists the last runs of the interface functions, or the per-ticket ledger of one run."));
    const QCommandLineOption last(QStringLiteral("last"),
        QCoreApplication::translate("tixsync-cli", "How many runs (default 20)."), QStringLiteral("N"),
        QStringLiteral("20"));
    const QCommandLineOption function(QStringLiteral("function"),
        QCoreApplication::translate("tixsync-cli", "Only this function (inject, feedback…)."), QStringLiteral("F"));
    const QCommandLineOption run(QStringLiteral("run"),
        QCoreApplication::translate("tixsync-cli", "Print the ledger of this run."), QStringLiteral("ID"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("tixsync-cli", "Print JSON."));
    for (const auto *o : {&last, &function, &run, &json})
        parser.addOption(*o);
    int code = 0;
    if (!ctx.parse(parser, &code))
        return code;
    Store *store = ctx.store();
    if (!store)
        return ExitFailure;
    if (parser.isSet(run)) {
        auto rows = runs::ledger(*store, parser.value(run).toLongLong());
        if (!rows)
            return ctx.fail(rows.error());
        QJsonArray a;
        for (const runs::LedgerRow &r : *rows) {
            if (parser.isSet(json)) {
                QJsonObject row{{QStringLiteral("ticketId"), r.ticketId}, {QStringLiteral("action"), r.action},
                    {QStringLiteral("result"), r.result}, {QStringLiteral("code"), r.errorCode},
                    {QStringLiteral("class"), r.errorClass}, {QStringLiteral("message"), r.errorMessage},
                    {QStringLiteral("s360Before"), r.s360Before}, {QStringLiteral("s360After"), r.s360After},
                    {QStringLiteral("tixngoBefore"), r.tixngoBefore}, {QStringLiteral("tixngoAfter"), r.tixngoAfter},
                    {QStringLiteral("payloadSize"), r.payloadSize}};
                if (!r.payload.isEmpty())
                    row[QStringLiteral("payload")] = r.payload;
                if (!r.variables.isEmpty())
                    row[QStringLiteral("variables")] = r.variables;
                a.append(row);
            } else {
                ctx.out() << r.ticketId << '\t' << r.action << '\t' << r.result << '\t' << r.s360Before << "→"
                          << r.s360After << '\t' << r.tixngoBefore << "→" << r.tixngoAfter << '\t' << r.errorCode << ' '
                          << r.errorMessage << '\n';
                // dumpTnPRvariables: the template variables, indented under the ticket
                for (const QString &line : r.variables.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                    ctx.out() << "    " << line << '\n';
            }
        }
        if (parser.isSet(json))
            ctx.out() << QJsonDocument(a).toJson(QJsonDocument::Compact) << '\n';
        ctx.out().flush();
        return ExitOk;
    }
    std::optional<SyncFunction> fn;
    if (parser.isSet(function)) {
        SyncFunction f;
        if (!parseSyncFunction(parser.value(function), &f))
            return ctx.fail(
                QCoreApplication::translate("tixsync-cli", "Unknown function \"%1\".").arg(parser.value(function)),
                ExitUsage);
        fn = f;
    }
    auto rows = runs::recent(*store, parser.value(last).toInt(), fn);
    if (!rows)
        return ctx.fail(rows.error());
    if (parser.isSet(json)) {
        QJsonArray a;
        for (const runs::RunRow &r : *rows)
            a.append(QJsonObject{{QStringLiteral("runId"), r.id}, {QStringLiteral("function"), toCode(r.function)},
                {QStringLiteral("organizer"), r.organizer}, {QStringLiteral("startedAt"), toRfc3339(r.startedAt)},
                {QStringLiteral("endedAt"), toRfc3339(r.endedAt)}, {QStringLiteral("outcome"), toCode(r.outcome)},
                {QStringLiteral("selected"), r.selected}, {QStringLiteral("succeeded"), r.succeeded},
                {QStringLiteral("failed"), r.failed}, {QStringLiteral("skipped"), r.skipped},
                {QStringLiteral("errorCode"), r.errorCode}, {QStringLiteral("error"), r.errorText},
                {QStringLiteral("dryRun"), r.dryRun}});
        ctx.out() << QJsonDocument(a).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    for (const runs::RunRow &r : *rows) {
        ctx.out() << r.id << '\t' << toRfc3339(r.startedAt) << '\t' << toCode(r.function) << '\t' << toCode(r.outcome)
                  << (r.dryRun ? QStringLiteral(" (dry run)") : QString()) << '\t'
                  << QCoreApplication::translate("tixsync-cli", "%1 selected, %2 ok, %3 failed, %4 skipped")
                         .arg(r.selected)
                         .arg(r.succeeded)
                         .arg(r.failed)
                         .arg(r.skipped);
        if (!r.errorText.isEmpty())
            ctx.out() << '\t' << r.errorText.section(QLatin1Char('\n'), 0, 0);
        ctx.out() << '\n';
    }
    ctx.out().flush();
    return ExitOk;
}

int runDistributions(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("tixsync-cli",
        "Lists the contact distributions feedback recorded with "
        "enableTicketDistributionToCulturalContact=true (rule FB-10): PENDING, CONFIRMED (the ticket's "
        "contact became the recipient) or CANCELLED, oldest first."));
    const QCommandLineOption ticket(QStringLiteral("ticket"),
        QCoreApplication::translate("tixsync-cli", "Only the distributions of this ticket id."), QStringLiteral("ID"));
    const QCommandLineOption json(
        QStringLiteral("json"), QCoreApplication::translate("tixsync-cli", "Print one JSON array."));
    parser.addOption(ticket);
    parser.addOption(json);
    int code = 0;
    if (!ctx.parse(parser, &code))
        return code;
    Store *store = ctx.store();
    if (!store)
        return ExitFailure;
    auto rows = runs::distributions(*store, parser.value(ticket));
    if (!rows)
        return ctx.fail(rows.error());
    QJsonArray a;
    for (const runs::Distribution &d : *rows) {
        if (parser.isSet(json))
            a.append(QJsonObject{{QStringLiteral("ticketId"), d.ticketId}, {QStringLiteral("status"), d.status},
                {QStringLiteral("fromEmail"), d.fromEmail}, {QStringLiteral("recipientEmail"), d.recipientEmail},
                {QStringLiteral("contactId"), d.contactId}, {QStringLiteral("tixngoStatus"), d.tixngoStatus},
                {QStringLiteral("runId"), d.runId}, {QStringLiteral("updatedAt"), toRfc3339(d.updatedAt)}});
        else
            ctx.out() << d.ticketId << '\t' << d.status << '\t' << d.fromEmail << " → " << d.recipientEmail << '\t'
                      << d.tixngoStatus << '\t' << toRfc3339(d.updatedAt) << '\n';
    }
    if (parser.isSet(json))
        ctx.out() << QJsonDocument(a).toJson(QJsonDocument::Compact) << '\n';
    ctx.out().flush();
    return ExitOk;
}

int runSchedule(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("tixsync-cli",
        "Shows or sets the schedule of a function. Automatic schedules are run by "
        "\"tixsync-cli run-due\" (from cron or a systemd timer).\n"
        "  schedule                      list schedules and their next run\n"
        "  schedule FUNCTION --every MIN [--start …] [--end …] [run options]\n"
        "  schedule FUNCTION --manual"));
    FunctionOptions f;
    f.addTo(parser);
    const QCommandLineOption every(QStringLiteral("every"),
        QCoreApplication::translate("tixsync-cli", "Run automatically every MIN minutes."), QStringLiteral("MIN"));
    const QCommandLineOption manual(
        QStringLiteral("manual"), QCoreApplication::translate("tixsync-cli", "Manual only (no automatic runs)."));
    const QCommandLineOption start(QStringLiteral("start"),
        QCoreApplication::translate("tixsync-cli", "First automatic run not before (DD/MM/YY hh:mm)."),
        QStringLiteral("WHEN"));
    const QCommandLineOption end(QStringLiteral("end"),
        QCoreApplication::translate("tixsync-cli", "No automatic run after (DD/MM/YY hh:mm)."), QStringLiteral("WHEN"));
    for (const auto *o : {&every, &manual, &start, &end})
        parser.addOption(*o);
    parser.addPositionalArgument(QStringLiteral("function"),
        QCoreApplication::translate("tixsync-cli",
            "inject, feedback, push-cancelled, push-controlled, "
            "inject-privileges"));
    int code = 0;
    if (!ctx.parse(parser, &code))
        return code;
    Store *store = ctx.store();
    if (!store)
        return ExitFailure;
    const QDateTime now = QDateTime::currentDateTime();
    if (parser.positionalArguments().isEmpty()) {
        auto all = schedules::load(*store);
        if (!all)
            return ctx.fail(all.error());
        QJsonArray a;
        for (const Schedule &s : *all) {
            const auto next = s.nextRun(now);
            if (parser.isSet(f.json)) {
                a.append(QJsonObject{{QStringLiteral("function"), toCode(s.function)},
                    {QStringLiteral("organizer"), s.organizer}, {QStringLiteral("automatic"), s.automatic},
                    {QStringLiteral("frequencyMinutes"), s.frequencyMinutes},
                    {QStringLiteral("nextRun"), next ? toRfc3339(*next) : QString()}});
            } else {
                ctx.out()
                    << toCode(s.function) << '\t' << s.organizer << '\t'
                    << (s.automatic ? QCoreApplication::translate("tixsync-cli", "every %1 min").arg(s.frequencyMinutes)
                                    : QCoreApplication::translate("tixsync-cli", "manual"))
                    << '\t'
                    << (next ? QCoreApplication::translate("tixsync-cli", "next %1")
                                   .arg(next->toLocalTime().toString(Qt::ISODate))
                             : QString())
                    << '\n';
            }
        }
        if (parser.isSet(f.json))
            ctx.out() << QJsonDocument(a).toJson(QJsonDocument::Compact) << '\n';
        ctx.out().flush();
        return ExitOk;
    }
    SyncFunction fn;
    if (!parseSyncFunction(parser.positionalArguments().first(), &fn))
        return ctx.fail(QCoreApplication::translate("tixsync-cli", "Unknown function \"%1\".")
                            .arg(parser.positionalArguments().first()),
            ExitUsage);
    Schedule s;
    s.function = fn;
    if (int rc = readOptions(ctx, parser, f, fn, *store, &s.options); rc >= 0)
        return rc;
    if (s.options.impactOnly || s.options.forcedOnly)
        return ctx.fail(QCoreApplication::translate("tixsync-cli",
                            "--impact-only and --forced-only are for one run, not for a schedule: a scheduled run "
                            "processes what is due. Remove them."),
            ExitUsage);
    s.organizer = s.options.organizer;
    s.options.automatic = true;
    s.automatic = !parser.isSet(manual);
    if (s.automatic) {
        bool ok = false;
        s.frequencyMinutes = parser.value(every).toInt(&ok);
        if (!ok || s.frequencyMinutes <= 0)
            return ctx.fail(QCoreApplication::translate(
                                "tixsync-cli", "Give --every MIN (a positive number of minutes) or --manual."),
                ExitUsage);
    }
    const int offset = now.offsetFromUtc();
    if (parser.isSet(start)) {
        s.start = parseS360DateTime(parser.value(start), offset);
        if (!s.start.isValid())
            return ctx.fail(
                QCoreApplication::translate("tixsync-cli", "--start must look like \"25/12/26 18:30\"."), ExitUsage);
    }
    if (parser.isSet(end)) {
        s.end = parseS360DateTime(parser.value(end), offset);
        if (!s.end.isValid())
            return ctx.fail(
                QCoreApplication::translate("tixsync-cli", "--end must look like \"25/12/26 18:30\"."), ExitUsage);
    }
    if (s.options.dateFrom.isValid())
        ctx.err() << QCoreApplication::translate("tixsync-cli",
            "warning: Date from on an automatic schedule re-sends the same tickets at every run and floods "
            "phones with notifications.")
                  << Qt::endl;
    if (auto ok = schedules::save(*store, s); !ok)
        return ctx.fail(ok.error());
    ctx.out() << QCoreApplication::translate("tixsync-cli", "Schedule of %1 saved.").arg(toCode(fn)) << Qt::endl;
    return ExitOk;
}

int runDue(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("tixsync-cli",
        "Runs every automatic schedule that is due now, one after the other; meant for "
        "cron or a systemd timer every minute. Exit code: the worst outcome."));
    const QCommandLineOption json(
        QStringLiteral("json"), QCoreApplication::translate("tixsync-cli", "Print one JSON object per run."));
    const QCommandLineOption url(QStringLiteral("tixngo-url"),
        QCoreApplication::translate("tixsync-cli", "TIXNGO interface URL (default: the setting tixngo/url)."),
        QStringLiteral("URL"));
    parser.addOption(json);
    parser.addOption(url);
    int code = 0;
    if (!ctx.parse(parser, &code))
        return code;
    Store *store = ctx.store();
    if (!store)
        return ExitFailure;
    const QDateTime now = QDateTime::currentDateTime();
    auto due = schedules::dueRuns(*store, now);
    if (!due)
        return ctx.fail(due.error());
    if (due->isEmpty()) {
        if (!parser.isSet(json))
            ctx.out() << QCoreApplication::translate("tixsync-cli", "Nothing is due.") << Qt::endl;
        return ExitOk;
    }
    auto transport = defaultTransport(*store, parser.value(url));
    if (!transport)
        return ctx.fail(transport.error());
    int worst = ExitOk;
    for (const Schedule &s : *due) {
        (void)schedules::markStarted(*store, s, QDateTime::currentDateTime());
        TerminalProgress progress(ctx, s.function);
        RunOptions o = s.options;
        o.automatic = true;
        const RunResult r = runFunction(*store, transport->get(), o, progress.callback());
        (void)schedules::markEnded(*store, s, QDateTime::currentDateTime());
        printResult(ctx, r, parser.isSet(json));
        worst = qMax(worst, exitCodeFor(r.outcome));
    }
    return worst;
}

} // namespace

TIXSYNC_CLI_COMMAND({QStringLiteral("inject"),
    QT_TRANSLATE_NOOP("tixsync-cli", "Inject NOT_PRINTED tickets into TIXNGO"), 200, runInject});
TIXSYNC_CLI_COMMAND({QStringLiteral("feedback"),
    QT_TRANSLATE_NOOP("tixsync-cli", "Retrieve ticket statuses from TIXNGO"), 201, runFeedback});
TIXSYNC_CLI_COMMAND({QStringLiteral("push-cancelled"),
    QT_TRANSLATE_NOOP("tixsync-cli", "Push cancelled and invalidated tickets to TIXNGO"), 202, runPushCancelled});
TIXSYNC_CLI_COMMAND({QStringLiteral("push-controlled"),
    QT_TRANSLATE_NOOP("tixsync-cli", "Push controlled tickets to TIXNGO"), 203, runPushControlled});
TIXSYNC_CLI_COMMAND({QStringLiteral("inject-privileges"),
    QT_TRANSLATE_NOOP("tixsync-cli", "Inject membership and season cards into TIXNGO"), 204, runInjectPrivileges});
TIXSYNC_CLI_COMMAND({QStringLiteral("ticket-action"),
    QT_TRANSLATE_NOOP("tixsync-cli", "Cancel, invalidate, control or reprint S-360 tickets"), 210, runTicketAction});
TIXSYNC_CLI_COMMAND(
    {QStringLiteral("runs"), QT_TRANSLATE_NOOP("tixsync-cli", "List the last runs or one run's ledger"), 220, runRuns});
TIXSYNC_CLI_COMMAND({QStringLiteral("distributions"),
    QT_TRANSLATE_NOOP("tixsync-cli", "List contact distributions from transfers (FB-10)"), 222, runDistributions});
TIXSYNC_CLI_COMMAND({QStringLiteral("schedule"),
    QT_TRANSLATE_NOOP("tixsync-cli", "Show or set the schedules of the functions"), 225, runSchedule});
TIXSYNC_CLI_COMMAND({QStringLiteral("run-due"),
    QT_TRANSLATE_NOOP("tixsync-cli", "Run the automatic schedules that are due"), 230, runDue});

} // namespace tixsync::cli
