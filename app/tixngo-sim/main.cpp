// tixngo-sim: a local simulator of the TIXNGO organizer API (see docs/tixngo-api.md).
#include "httpfrontend.h"
#include "simservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[0], &c, 1);
}

void err(const QString &message)
{
    std::fprintf(stderr, "tixngo-sim: %s\n", qUtf8Printable(message));
    std::fflush(stderr);
}

bool saveState(const QString &path, const sim::SimState &state)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(state.save()) < 0 || !f.commit()) {
        err(QCoreApplication::translate("tixngo-sim", "cannot write the state file %1: %2").arg(path, f.errorString()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tixngo-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIXSYNC_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("tixngo-sim",
        "Simulates the TIXNGO organizer API on 127.0.0.1 for tests and demos. The first line on stdout is "
        "\"listening on <interface URL>\"."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
        QCoreApplication::translate("tixngo-sim", "TCP port on 127.0.0.1; 0 picks a free one (default 0)."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"),
        QCoreApplication::translate("tixngo-sim",
            "The organizer API key to accept (else $TIXNGO_SIM_API_KEY; with neither, any "
            "non-empty key is accepted)."),
        QStringLiteral("key"));
    const QCommandLineOption keyHeader(QStringLiteral("api-key-header"),
        QCoreApplication::translate(
            "tixngo-sim", "Header carrying the key (default X-Api-Key; Authorization: Bearer always works)."),
        QStringLiteral("name"), QStringLiteral("X-Api-Key"));
    const QCommandLineOption root(QStringLiteral("root"),
        QCoreApplication::translate("tixngo-sim", "API root path (default /api/v3/)."), QStringLiteral("path"),
        QStringLiteral("/api/v3/"));
    const QCommandLineOption maxBatch(QStringLiteral("max-batch"),
        QCoreApplication::translate("tixngo-sim", "Tickets per call before 413 BATCH_TOO_LARGE (default 10000)."),
        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
        QCoreApplication::translate("tixngo-sim", "Delay before every API answer."), QStringLiteral("ms"),
        QStringLiteral("0"));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"),
        QCoreApplication::translate("tixngo-sim", "Share (0..1) of API calls answered 500/502/503/504."),
        QStringLiteral("rate"), QStringLiteral("0"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
        QCoreApplication::translate("tixngo-sim", "API calls per second before 429 with Retry-After (0 = no limit)."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption dropRate(QStringLiteral("drop-rate"),
        QCoreApplication::translate(
            "tixngo-sim", "Share (0..1) of API calls whose connection is closed without an answer."),
        QStringLiteral("rate"), QStringLiteral("0"));
    const QCommandLineOption malformedRate(QStringLiteral("malformed-rate"),
        QCoreApplication::translate("tixngo-sim", "Share (0..1) of 200 answers sent truncated or as HTML."),
        QStringLiteral("rate"), QStringLiteral("0"));
    const QCommandLineOption ticketErrorRate(QStringLiteral("ticket-error-rate"),
        QCoreApplication::translate("tixngo-sim", "Share (0..1) of tickets failing with a per-ticket INTERNAL_ERROR."),
        QStringLiteral("rate"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QCoreApplication::translate("tixngo-sim", "Seed of the random generators (default 42)."), QStringLiteral("n"),
        QStringLiteral("42"));
    const QCommandLineOption activity(QStringLiteral("spectator-activity"),
        QCoreApplication::translate("tixngo-sim",
            "Random spectator actions per second: downloads, assignments, transfers, "
            "activations near the event start (default 0)."),
        QStringLiteral("per-second"), QStringLiteral("0"));
    const QCommandLineOption confirm(QStringLiteral("deletion-confirm-ms"),
        QCoreApplication::translate(
            "tixngo-sim", "Delay before DELETION_PENDING becomes DELETED; -1 = never (default 1000)."),
        QStringLiteral("ms"), QStringLiteral("1000"));
    const QCommandLineOption state(QStringLiteral("state"),
        QCoreApplication::translate("tixngo-sim",
            "Keep the simulated data in this JSON file: loaded at start, saved every 10 s "
            "and at exit (SIGINT/SIGTERM)."),
        QStringLiteral("file"));
    const QCommandLineOption noPayloads(QStringLiteral("no-payloads"),
        QCoreApplication::translate("tixngo-sim",
            "Do not keep the injected ticket texts (saves about 1 KB per ticket for "
            "million-ticket runs; GET /_sim/tickets/{id} then shows payload null)."));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"), QCoreApplication::translate("tixngo-sim", "Log one line per request on stderr."));
    p.addOptions({port, apiKey, keyHeader, root, maxBatch, latency, failRate, rateLimit, dropRate, malformedRate,
        ticketErrorRate, seed, activity, confirm, state, noPayloads, verbose});
    p.process(app);
    if (!p.positionalArguments().isEmpty()) {
        err(QCoreApplication::translate("tixngo-sim", "unexpected argument %1; see --help")
                .arg(p.positionalArguments().constFirst()));
        return 64;
    }

    bool allOk = true;
    auto number = [&](const QCommandLineOption &o, double min, double max) {
        bool ok = false;
        const double v = p.value(o).toDouble(&ok);
        if (!ok || v < min || v > max) {
            err(QCoreApplication::translate("tixngo-sim", "--%1 must be a number from %2 to %3")
                    .arg(o.names().constFirst())
                    .arg(min)
                    .arg(max));
            allOk = false;
        }
        return v;
    };
    sim::Config config;
    config.apiKey = p.isSet(apiKey) ? p.value(apiKey) : qEnvironmentVariable("TIXNGO_SIM_API_KEY");
    config.apiKeyHeader = p.value(keyHeader).toLatin1();
    config.root = p.value(root).toUtf8();
    if (!config.root.startsWith('/'))
        config.root.prepend('/');
    if (!config.root.endsWith('/'))
        config.root.append('/');
    config.maxBatch = int(number(maxBatch, 1, 1e6));
    config.keepPayloads = !p.isSet(noPayloads);
    config.spectatorActivity = number(activity, 0, 1e6);
    sim::FaultSettings faults;
    faults.latencyMs = int(number(latency, 0, 3600000));
    faults.failRate = number(failRate, 0, 1);
    faults.rateLimit = int(number(rateLimit, 0, 1e9));
    faults.dropRate = number(dropRate, 0, 1);
    faults.malformedRate = number(malformedRate, 0, 1);
    faults.ticketErrorRate = number(ticketErrorRate, 0, 1);
    const quint16 portNumber = quint16(number(port, 0, 65535));
    const qint64 confirmMs = qint64(number(confirm, -1, 1e9));
    bool seedOk = false;
    const quint64 seedValue = p.value(seed).toULongLong(&seedOk);
    if (!seedOk) {
        err(QCoreApplication::translate("tixngo-sim", "--seed must be a whole number ≥ 0"));
        allOk = false;
    }
    if (!allOk)
        return 64;

    sim::SimService service(config);
    service.faults().setSettings(faults);
    service.seed(seedValue);
    const QString statePath = p.value(state);
    if (!statePath.isEmpty() && QFile::exists(statePath)) {
        QFile f(statePath);
        QString message;
        if (!f.open(QIODevice::ReadOnly)) {
            err(QCoreApplication::translate("tixngo-sim", "cannot read the state file %1: %2")
                    .arg(statePath, f.errorString()));
            return 1;
        }
        if (!service.state().load(f.readAll(), &message)) {
            err(QCoreApplication::translate(
                "tixngo-sim", "cannot load the state file %1: %2. Move it away to start empty.")
                    .arg(statePath, message));
            return 1;
        }
    }
    service.state().setDeletionConfirmMs(confirmMs);
    if (config.apiKey.isEmpty())
        err(QCoreApplication::translate(
            "tixngo-sim", "no API key given (--api-key or TIXNGO_SIM_API_KEY): any non-empty key is accepted"));

    HttpFrontEnd server([&service](const sim::Request &r) { return service.handle(r); });
    server.setVerbose(p.isSet(verbose));
    const quint16 bound = server.listen(QHostAddress::LocalHost, portNumber);
    if (bound == 0) {
        err(QCoreApplication::translate(
            "tixngo-sim", "cannot listen on 127.0.0.1:%1 (port in use?); pick another --port or 0")
                .arg(portNumber));
        return 1;
    }
    std::printf("listening on http://127.0.0.1:%u%sorganizer/tickets\n", unsigned(bound), config.root.constData());
    std::fflush(stdout);

    // SIGINT/SIGTERM: leave the event loop through a pipe, then save.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
            char c;
            [[maybe_unused]] const auto n = ::read(g_signalFd[1], &c, 1);
            QCoreApplication::quit();
        });
        struct sigaction sa = {};
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        sigaction(SIGINT, &sa, nullptr);
        sigaction(SIGTERM, &sa, nullptr);
    }

    QTimer clock;
    clock.setInterval(50);
    QObject::connect(
        &clock, &QTimer::timeout, &app, [&service] { service.advance(QDateTime::currentMSecsSinceEpoch()); });
    clock.start();

    quint64 savedRevision = service.state().revision();
    QTimer saver;
    saver.setInterval(10000);
    QObject::connect(&saver, &QTimer::timeout, &app, [&] {
        if (service.state().revision() != savedRevision && saveState(statePath, service.state()))
            savedRevision = service.state().revision();
    });
    if (!statePath.isEmpty())
        saver.start();

    const int rc = app.exec();
    if (!statePath.isEmpty() && !saveState(statePath, service.state()))
        return 1;
    return rc;
}
