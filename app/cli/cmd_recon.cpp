// Reconciliation commands (interface doc §4.2): where S-360 and TIXNGO disagree.
#include "cli.h"

#include "core/datetime.h"
#include "core/logging.h"
#include "recon/reconciler.h"
#include "recon/reconexport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#ifdef TIXSYNC_HAVE_TIXNGO
#include "recon/tixngoview.h"
#include "secrets/connectionprofiles.h"
#include "secrets/keychaincredentialprovider.h"
#include "sync/clienttransport.h"
#include "tixngo/client.h"
#endif

namespace tixsync::cli {
namespace {

void printTable(Context &ctx, const recon::ReconResult &r)
{
    using namespace recon;
    QTextStream &o = ctx.out();
    const QLocale locale;
    o << QCoreApplication::translate("tixsync-cli", "Reconciliation of %1 tickets in %2 events at %3")
             .arg(locale.toString(r.ticketCount))
             .arg(r.snapshot ? r.snapshot->events().size() : 0)
             .arg(toRfc3339(QDateTime::fromSecsSinceEpoch(r.now, Qt::UTC)))
      << "\n\n";
    const QString header = QCoreApplication::translate("tixsync-cli", "Category").leftJustified(28) + QLatin1Char(' ')
        + QCoreApplication::translate("tixsync-cli", "Code").leftJustified(26)
        + QCoreApplication::translate("tixsync-cli", "Error").rightJustified(9)
        + QCoreApplication::translate("tixsync-cli", "Warning").rightJustified(9)
        + QCoreApplication::translate("tixsync-cli", "Pending").rightJustified(9)
        + QCoreApplication::translate("tixsync-cli", "Info").rightJustified(9)
        + QCoreApplication::translate("tixsync-cli", "Total").rightJustified(9);
    o << header << '\n' << QString(header.size(), QLatin1Char('-')) << '\n';
    auto row
        = [&](const QString &name, const QString &code, const std::array<qint64, SeverityCount> &bySev, qint64 total) {
              o << name.leftJustified(28) << ' ' << code.leftJustified(26);
              for (int s = SeverityCount - 1; s >= 0; --s)
                  o << locale.toString(bySev[size_t(s)]).rightJustified(9);
              o << locale.toString(total).rightJustified(9) << '\n';
          };
    qint64 total = 0;
    for (int c = 0; c < CategoryCount; ++c) {
        row(categoryName(Category(c)), categoryCode(Category(c)), r.countsBySeverity[size_t(c)], r.counts[size_t(c)]);
        total += r.counts[size_t(c)];
    }
    o << QString(header.size(), QLatin1Char('-')) << '\n';
    row(QCoreApplication::translate("tixsync-cli", "All discrepancies"), QString(), r.severityCounts, total);

    int shown = 0;
    for (const EventTotals &e : r.events) {
        if (e.total() == 0 || shown == 10)
            break;
        if (shown++ == 0)
            o << '\n' << QCoreApplication::translate("tixsync-cli", "Events needing attention first:") << '\n';
        o << "  " << e.eventId.leftJustified(24) << ' '
          << QCoreApplication::translate("tixsync-cli", "%1 errors, %2 warnings, %3 pending, %4 info of %5 tickets")
                 .arg(e.bySeverity[size_t(Severity::Error)])
                 .arg(e.bySeverity[size_t(Severity::Warning)])
                 .arg(e.bySeverity[size_t(Severity::Pending)])
                 .arg(e.bySeverity[size_t(Severity::Info)])
                 .arg(e.tickets)
          << '\n';
    }
    if (r.duplicateGroups > 0) {
        o << '\n' << QCoreApplication::translate("tixsync-cli", "Duplicates (%1):").arg(r.duplicateGroups) << '\n';
        for (int i = 0; i < r.duplicates.size() && i < 20; ++i) {
            const Duplicate &d = r.duplicates[i];
            const QString what = d.kind == Duplicate::Kind::Barcode
                ? QCoreApplication::translate("tixsync-cli", "barcode %1 on tickets %2")
                : d.kind == Duplicate::Kind::TicketId
                ? QCoreApplication::translate("tixsync-cli", "ticket id %1 on %2 rows")
                : QCoreApplication::translate("tixsync-cli", "ticket id %1 twice in the TIXNGO list (%2)");
            o << "  "
              << (d.kind == Duplicate::Kind::TicketId ? what.arg(d.value).arg(d.ticketIds.size())
                                                      : what.arg(d.value, d.ticketIds.join(QLatin1String(", "))))
              << '\n';
        }
    }
    if (r.unreadableTickets > 0)
        o << '\n'
          << QCoreApplication::translate("tixsync-cli",
                 "%1 tickets have an unknown S-360 or TIXNGO status code and were not reconciled; fix their status "
                 "in the database.")
                 .arg(r.unreadableTickets)
          << '\n';
    o.flush();
}

#ifdef TIXSYNC_HAVE_TIXNGO
// --refresh: TIXNGO's whole view, read from the start of its replayable diff feed (API-10). The
// stored feedback pagination key is neither read nor moved (FB-1, FB-2): this is a read-only look.
Result<std::vector<recon::TixngoTicketState>> readTixngoView(Context &ctx, const QString &profileName)
{
    secrets::ConnectionProfiles profiles;
    const auto profile = profileName.isEmpty() ? profiles.active() : profiles.find(profileName);
    if (!profile)
        return fail(QStringLiteral("RECON_PROFILE"),
            profileName.isEmpty() ? QCoreApplication::translate("tixsync-cli",
                "--refresh needs a TIXNGO connection profile: make one active or name it with --profile.")
                                  : QCoreApplication::translate("tixsync-cli",
                                      "There is no connection profile \"%1\"; check the name (profiles are listed by "
                                      "\"tixsync-cli profiles list\").")
                                        .arg(profileName));
    auto connection = tixngo::Connection::fromUrl(profile->url);
    if (!connection)
        return fail(connection.error());
    tixngo::ApiProfile api;
    const QString apiName = profile->apiProfile.trimmed();
    if (apiName.compare(QLatin1String("bearer"), Qt::CaseInsensitive) == 0) {
        api = tixngo::ApiProfile::bearerAuth();
    } else if (!apiName.isEmpty() && apiName.compare(QLatin1String("default"), Qt::CaseInsensitive) != 0) {
        if (!QFileInfo::exists(apiName))
            return fail(QStringLiteral("RECON_PROFILE"),
                QCoreApplication::translate("tixsync-cli",
                    "The API profile \"%1\" of connection \"%2\" is neither \"default\", \"bearer\" nor an "
                    "existing file; correct the connection profile.")
                    .arg(apiName, profile->name));
        auto loaded = tixngo::ApiProfile::load(apiName);
        if (!loaded)
            return fail(loaded.error());
        api = *loaded;
    }
    auto credentials = secrets::KeychainCredentialProvider::forCommandLine(profile->name);
    if (!credentials)
        return fail(credentials.error());
    tixngo::Client client(*connection, api, std::shared_ptr<const tixngo::CredentialProvider>(std::move(*credentials)));
    sync::ClientTransport transport(&client);
    int page = 0;
    auto view = recon::readTixngoView(transport, [&](qsizetype tickets) {
        ++page;
        if (ctx.stderrIsTerminal())
            ctx.err() << '\r'
                      << QCoreApplication::translate("tixsync-cli", "Reading TIXNGO: page %1, %2 tickets")
                             .arg(page)
                             .arg(tickets)
                      << Qt::flush;
    });
    if (ctx.stderrIsTerminal())
        ctx.err() << '\n' << Qt::flush;
    if (!view)
        return fail(view.error());
    return std::move(*view);
}
#endif

int runReconcile(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("tixsync-cli",
        "Compares every ticket's S-360 status with its TIXNGO status as last known (interface doc §4) and prints "
        "the discrepancies per category. Exit code 3 when --fail-on matches."));
    const QCommandLineOption event(QStringLiteral("event"),
        QCoreApplication::translate("tixsync-cli", "Only the tickets of this event."),
        QCoreApplication::translate("tixsync-cli", "ID"));
    const QCommandLineOption json(QStringLiteral("json"),
        QCoreApplication::translate("tixsync-cli", "Print one JSON object with counts and discrepancies."));
    const QCommandLineOption csv(QStringLiteral("csv"),
        QCoreApplication::translate("tixsync-cli", "Write the discrepancies to this CSV file."),
        QCoreApplication::translate("tixsync-cli", "FILE"));
    const QCommandLineOption failOn(QStringLiteral("fail-on"),
        QCoreApplication::translate("tixsync-cli",
            "Exit with code 3 when a discrepancy of this severity or worse exists: error "
            "or warning."),
        QCoreApplication::translate("tixsync-cli", "SEVERITY"));
    const QCommandLineOption now(QStringLiteral("now"),
        QCoreApplication::translate("tixsync-cli", "Reconcile as if it were this time (RFC 3339)."),
        QCoreApplication::translate("tixsync-cli", "TIME"));
    const QCommandLineOption contactSync(QStringLiteral("contact-sync"),
        QCoreApplication::translate("tixsync-cli", "Report owner drift (contact distribution is enabled)."));
    const QCommandLineOption cancelGrace(QStringLiteral("cancel-grace"),
        QCoreApplication::translate("tixsync-cli", "Minutes a cancelled ticket may stay live before it is an error."),
        QCoreApplication::translate("tixsync-cli", "MINUTES"));
    const QCommandLineOption controlGrace(QStringLiteral("control-grace"),
        QCoreApplication::translate("tixsync-cli", "Minutes a control may take to reach TIXNGO before it is an error."),
        QCoreApplication::translate("tixsync-cli", "MINUTES"));
    const QCommandLineOption deletionStuck(QStringLiteral("deletion-stuck"),
        QCoreApplication::translate("tixsync-cli", "Minutes after which DELETION_PENDING is reported as stuck."),
        QCoreApplication::translate("tixsync-cli", "MINUTES"));
    const QCommandLineOption tixngoFile(QStringLiteral("tixngo-file"),
        QCoreApplication::translate("tixsync-cli",
            "TIXNGO's view of the tickets (JSON, diff-feed shape): ids S-360 does not "
            "have are reported as UNKNOWN_TO_S360."),
        QCoreApplication::translate("tixsync-cli", "FILE"));
    const QCommandLineOption shipment(QStringLiteral("shipment-mode"),
        QCoreApplication::translate("tixsync-cli",
            "Only tickets of these shipment modes (the TIXNGO ones; comma-separated, "
            "repeatable). Default: the setting recon.shipmentModes, else every ticket."),
        QCoreApplication::translate("tixsync-cli", "MODES"));
    const QCommandLineOption refresh(QStringLiteral("refresh"),
        QCoreApplication::translate("tixsync-cli",
            "Read TIXNGO's whole view first (its diff feed from the start; the feedback "
            "position is not moved): finds tickets S-360 does not have."));
    const QCommandLineOption profile(QStringLiteral("profile"),
        QCoreApplication::translate("tixsync-cli", "Connection profile for --refresh (default: the active one)."),
        QCoreApplication::translate("tixsync-cli", "NAME"));
    parser.addOptions({event, json, csv, failOn, now, contactSync, cancelGrace, controlGrace, deletionStuck, tixngoFile,
        shipment, refresh, profile});
    int code = 0;
    if (!ctx.parse(parser, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return ctx.fail(QCoreApplication::translate("tixsync-cli",
                            "Unexpected argument \"%1\". Run \"tixsync-cli reconcile --help\" for usage.")
                            .arg(parser.positionalArguments().constFirst()),
            ExitUsage);
    if (parser.isSet(json) && parser.isSet(csv))
        return ctx.fail(QCoreApplication::translate("tixsync-cli", "Use either --json or --csv, not both."), ExitUsage);
    if (parser.isSet(refresh) && parser.isSet(tixngoFile))
        return ctx.fail(
            QCoreApplication::translate("tixsync-cli", "Use either --refresh or --tixngo-file, not both."), ExitUsage);
    if (parser.isSet(profile) && !parser.isSet(refresh))
        return ctx.fail(
            QCoreApplication::translate("tixsync-cli", "--profile only applies with --refresh."), ExitUsage);
    std::optional<recon::Severity> threshold;
    if (parser.isSet(failOn)) {
        const QString v = parser.value(failOn).trimmed().toLower();
        if (v == QLatin1String("error"))
            threshold = recon::Severity::Error;
        else if (v == QLatin1String("warning"))
            threshold = recon::Severity::Warning;
        else
            return ctx.fail(
                QCoreApplication::translate("tixsync-cli", "--fail-on takes \"error\" or \"warning\", not \"%1\".")
                    .arg(parser.value(failOn)),
                ExitUsage);
    }
    qint64 nowSecs = recon::NoTime;
    if (parser.isSet(now)) {
        const QDateTime dt = parseRfc3339(parser.value(now));
        if (!dt.isValid())
            return ctx.fail(QCoreApplication::translate(
                                "tixsync-cli", "--now takes an RFC 3339 time such as 2026-06-01T20:00:00Z, not \"%1\".")
                                .arg(parser.value(now)),
                ExitUsage);
        nowSecs = dt.toSecsSinceEpoch();
    }
    auto minutes = [&](const QCommandLineOption &opt, int *out) {
        if (!parser.isSet(opt))
            return true;
        bool ok = false;
        const int v = parser.value(opt).toInt(&ok);
        if (!ok || v < 0)
            return false;
        *out = v;
        return true;
    };

    Store *store = ctx.store();
    if (!store)
        return ExitFailure;
    recon::ReconOptions options = recon::ReconOptions::fromSettings(*store);
    options.now = nowSecs;
    options.eventId = parser.value(event);
    if (parser.isSet(contactSync))
        options.contactSync = true;
    if (parser.isSet(shipment)) {
        options.shipmentModes.clear();
        for (const QString &list : parser.values(shipment))
            for (const QString &mode : list.split(QLatin1Char(',')))
                if (!mode.trimmed().isEmpty())
                    options.shipmentModes << mode.trimmed();
    }
    for (auto [opt, out] :
        {std::pair{&cancelGrace, &options.cancelGraceMinutes}, std::pair{&controlGrace, &options.controlGraceMinutes},
            std::pair{&deletionStuck, &options.deletionStuckMinutes}})
        if (!minutes(*opt, out))
            return ctx.fail(
                QCoreApplication::translate("tixsync-cli", "--%1 takes a number of minutes (0 or more), not \"%2\".")
                    .arg(opt->names().constFirst(), parser.value(*opt)),
                ExitUsage);
    if (!options.eventId.isEmpty() && !store->event(options.eventId))
        return ctx.fail(QCoreApplication::translate(
            "tixsync-cli", "There is no event \"%1\" in the database. Check the id with \"tixsync-cli events\".")
                            .arg(options.eventId));

    recon::Reconciler reconciler(options);
    if (parser.isSet(tixngoFile)) {
        QFile f(parser.value(tixngoFile));
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail(QCoreApplication::translate("tixsync-cli", "Cannot read the TIXNGO ticket list %1: %2")
                                .arg(f.fileName(), f.errorString()));
        auto states = recon::parseTixngoTickets(f.readAll());
        if (!states) {
            Error e = states.error();
            e.file = f.fileName();
            return ctx.fail(e);
        }
        reconciler.setTixngoTickets(std::move(*states));
    }
    if (parser.isSet(refresh)) {
#ifdef TIXSYNC_HAVE_TIXNGO
        auto view = readTixngoView(ctx, parser.value(profile));
        if (!view)
            return ctx.fail(view.error());
        reconciler.setTixngoTickets(std::move(*view));
#else
        return ctx.fail(QCoreApplication::translate(
            "tixsync-cli", "--refresh is not available: this tixsync-cli was built without the TIXNGO client."));
#endif
    }
    auto result = reconciler.run(*store);
    if (!result)
        return ctx.fail(result.error());
    const recon::ReconResult &r = **result;

    if (parser.isSet(json)) {
        ctx.out().flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return ctx.fail(QCoreApplication::translate("tixsync-cli", "Cannot write to the standard output."));
        if (auto ok = recon::writeJson(&out, r); !ok)
            return ctx.fail(ok.error());
        out.flush();
    } else {
        if (parser.isSet(csv)) {
            QFile out(parser.value(csv));
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return ctx.fail(QCoreApplication::translate(
                    "tixsync-cli", "Cannot write the CSV file %1: %2. Choose a folder you can write to.")
                                    .arg(out.fileName(), out.errorString()));
            if (auto ok = recon::writeCsv(&out, r); !ok)
                return ctx.fail(ok.error());
        }
        printTable(ctx, r);
    }
    if (threshold && r.hasSeverityAtLeast(*threshold))
        return ExitReconcileFailOn;
    return ExitOk;
}

} // namespace

TIXSYNC_CLI_COMMAND({QStringLiteral("reconcile"),
    QT_TRANSLATE_NOOP("tixsync-cli", "Show every ticket where S-360 and TIXNGO disagree"), 400, runReconcile});

} // namespace tixsync::cli
