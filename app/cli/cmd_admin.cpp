// Administration commands: the audit log, connection profiles and their API keys in the OS
// keychain. The key is read from standard input, never from the command line (it would land in
// the shell history and in `ps`).
#include "cli.h"

#include "audit/auditlog.h"
#include "core/datetime.h"
#include "secrets/connectionprofiles.h"
#include "secrets/keychainjob.h"
#ifdef TIXSYNC_HAVE_TIXNGO
#include "secrets/connectiontest.h"
#include "secrets/keychaincredentialprovider.h"
#endif

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace tixsync::cli {
namespace {

using secrets::ConnectionProfile;
using secrets::ConnectionProfiles;
using secrets::KeychainJob;

// The CLI has no GUI thread to keep free: wait for the (time-limited) job in a local loop.
Result<QString> waitFor(KeychainJob *job)
{
    job->setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(job, &KeychainJob::finished, &loop, &QEventLoop::quit);
    if (!job->isFinished())
        loop.exec();
    Result<QString> r = job->result();
    delete job;
    return r;
}

QJsonObject toJson(const audit::AuditEntry &e)
{
    return {{QStringLiteral("id"), e.id}, {QStringLiteral("time"), toRfc3339(e.at)},
        {QStringLiteral("operator"), e.operatorName}, {QStringLiteral("osUser"), e.osUser},
        {QStringLiteral("action"), e.action}, {QStringLiteral("outcome"), e.outcome},
        {QStringLiteral("parameters"), e.parameters}, {QStringLiteral("detail"), e.detail}};
}

void recordSettingsChange(Context &ctx, const QJsonObject &parameters, const QString &detail)
{
    // Best effort: the keychain or settings change happened; a missing database only loses the line.
    if (Store *store = ctx.store()) {
        if (auto r = audit::AuditLog::record(
                *store, audit::AuditLog::actionSettingsChange(), parameters, audit::AuditLog::outcomeOk(), detail);
            !r)
            ctx.fail(r.error(), ExitWarning);
    }
}

int runAudit(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("tixsync-cli",
        "Shows the audit log (newest first): who imported, ran, fixed, "
        "changed templates or settings, when, with which parameters."));
    const QCommandLineOption action(QStringLiteral("action"),
        QCoreApplication::translate("tixsync-cli",
            "Only this action (import, run, fix, ticket-action, template-save, "
            "settings-change…)."),
        QStringLiteral("ACTION"));
    const QCommandLineOption op(QStringLiteral("operator"),
        QCoreApplication::translate("tixsync-cli", "Only lines of this operator."), QStringLiteral("USER"));
    const QCommandLineOption since(QStringLiteral("since"),
        QCoreApplication::translate("tixsync-cli", "Only lines at or after this RFC 3339 time."),
        QStringLiteral("RFC3339"));
    const QCommandLineOption until(QStringLiteral("until"),
        QCoreApplication::translate("tixsync-cli", "Only lines before this RFC 3339 time."), QStringLiteral("RFC3339"));
    const QCommandLineOption text(QStringLiteral("text"),
        QCoreApplication::translate("tixsync-cli", "Only lines containing this text (any case)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption limit(QStringLiteral("limit"),
        QCoreApplication::translate("tixsync-cli", "At most N lines (default: all)."), QStringLiteral("N"));
    const QCommandLineOption json(
        QStringLiteral("json"), QCoreApplication::translate("tixsync-cli", "Print one JSON array."));
    const QCommandLineOption csv(QStringLiteral("csv"),
        QCoreApplication::translate("tixsync-cli", "Write CSV to FILE (- for standard output)."),
        QStringLiteral("FILE"));
    parser.addOptions({action, op, since, until, text, limit, json, csv});
    int code = 0;
    if (!ctx.parse(parser, &code))
        return code;
    if (parser.isSet(json) && parser.isSet(csv))
        return ctx.fail(
            QCoreApplication::translate("tixsync-cli", "Choose either --json or --csv, not both."), ExitUsage);

    audit::AuditFilter filter;
    filter.action = parser.value(action);
    filter.operatorName = parser.value(op);
    filter.text = parser.value(text);
    for (const auto &[option, target] : {std::pair{&since, &filter.from}, std::pair{&until, &filter.to}}) {
        if (!parser.isSet(*option))
            continue;
        *target = parseRfc3339(parser.value(*option));
        if (!target->isValid())
            return ctx.fail(QCoreApplication::translate(
                                "tixsync-cli", "--%1 needs an RFC 3339 time such as 2026-06-01T00:00:00Z (got \"%2\").")
                                .arg(option->names().constFirst(), parser.value(*option)),
                ExitUsage);
    }
    if (parser.isSet(limit)) {
        bool ok = false;
        filter.limit = parser.value(limit).toInt(&ok);
        if (!ok || filter.limit <= 0)
            return ctx.fail(QCoreApplication::translate("tixsync-cli", "--limit needs a positive number (got \"%1\").")
                                .arg(parser.value(limit)),
                ExitUsage);
    }
    Store *store = ctx.store();
    if (!store)
        return ExitFailure;
    auto entries = audit::AuditLog::query(*store, filter);
    if (!entries)
        return ctx.fail(entries.error());

    if (parser.isSet(csv)) {
        const QString path = parser.value(csv);
        if (path == QLatin1String("-")) {
            ctx.out().flush();
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly))
                return ctx.fail(QCoreApplication::translate("tixsync-cli", "Cannot write to standard output."));
            if (auto ok = audit::AuditLog::writeCsv(*entries, out); !ok)
                return ctx.fail(ok.error());
            return ExitOk;
        }
        if (auto ok = audit::AuditLog::exportCsv(*store, filter, path); !ok)
            return ctx.fail(ok.error());
        ctx.err()
            << QCoreApplication::translate("tixsync-cli", "%1 lines written to %2.").arg(entries->size()).arg(path)
            << Qt::endl;
        return ExitOk;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const audit::AuditEntry &e : *entries)
            array.append(toJson(e));
        ctx.out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    for (const audit::AuditEntry &e : *entries) {
        ctx.out() << toRfc3339(e.at).leftJustified(21) << ' ' << e.operatorName.leftJustified(12) << ' '
                  << e.action.leftJustified(16) << ' ' << e.outcome.leftJustified(9) << ' ' << e.detail;
        if (!e.parameters.isEmpty())
            ctx.out() << "  " << QJsonDocument(e.parameters).toJson(QJsonDocument::Compact);
        ctx.out() << '\n';
    }
    ctx.out().flush();
    if (entries->isEmpty())
        ctx.err() << QCoreApplication::translate("tixsync-cli", "No audit log lines match.") << Qt::endl;
    return ExitOk;
}

// Reads one line from standard input without echo when it is a terminal.
QString readSecretLine(Context &ctx, const QString &prompt)
{
    const bool tty = isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (tty) {
        ctx.err() << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QFile in;
    QString line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = QString::fromUtf8(in.readLine()).trimmed();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        ctx.err() << Qt::endl;
    }
    return line;
}

int profilesUsage(Context &ctx)
{
    return ctx.fail(QCoreApplication::translate("tixsync-cli",
                        "Usage: tixsync-cli profiles list [--json] [--check-keys]\n"
                        "       tixsync-cli profiles add NAME --url URL [--login EMAIL] [--api-profile P] "
                        "[--organizer ID] [--production]\n"
                        "       tixsync-cli profiles remove NAME\n"
                        "       tixsync-cli profiles use NAME\n"
                        "       tixsync-cli profiles set-key NAME      (the key is read from standard input)\n"
                        "       tixsync-cli profiles delete-key NAME\n"
                        "       tixsync-cli profiles test NAME         (key from TIXNGO_API_KEY or the keychain)"),
        ExitUsage);
}

int runProfiles(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("tixsync-cli",
        "Connection profiles (TIXNGO environments) and their API keys in the OS keychain. Sub-commands: list, "
        "add, remove, use, set-key, delete-key, test."));
    parser.addPositionalArgument(QStringLiteral("subcommand"),
        QCoreApplication::translate("tixsync-cli", "list, add, remove, use, set-key, delete-key or test"));
    parser.addPositionalArgument(QStringLiteral("name"),
        QCoreApplication::translate("tixsync-cli", "The profile name."), QStringLiteral("[NAME]"));
    const QCommandLineOption json(
        QStringLiteral("json"), QCoreApplication::translate("tixsync-cli", "list: print one JSON array."));
    const QCommandLineOption checkKeys(QStringLiteral("check-keys"),
        QCoreApplication::translate(
            "tixsync-cli", "list: ask the keychain whether each profile has a key (up to 5 s each)."));
    const QCommandLineOption url(QStringLiteral("url"),
        QCoreApplication::translate("tixsync-cli", "add: the TIXNGO interface URL (ends with organizer/tickets)."),
        QStringLiteral("URL"));
    const QCommandLineOption login(QStringLiteral("login"),
        QCoreApplication::translate("tixsync-cli", "add: the organizer ADMIN e-mail (informational)."),
        QStringLiteral("EMAIL"));
    const QCommandLineOption apiProfile(QStringLiteral("api-profile"),
        QCoreApplication::translate("tixsync-cli", "add: API profile: default, bearer or a JSON file."),
        QStringLiteral("P"));
    const QCommandLineOption organizer(QStringLiteral("organizer"),
        QCoreApplication::translate("tixsync-cli", "add: the organizer id."), QStringLiteral("ID"));
    const QCommandLineOption production(QStringLiteral("production"),
        QCoreApplication::translate("tixsync-cli", "add: mark it as a production environment."));
    parser.addOptions({json, checkKeys, url, login, apiProfile, organizer, production});
    int code = 0;
    if (!ctx.parse(parser, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return profilesUsage(ctx);
    const QString sub = args.at(0);
    const QString name = args.value(1);
    ConnectionProfiles profiles;

    if (sub == QLatin1String("list")) {
        const QString active = profiles.activeName();
        QJsonArray array;
        for (const ConnectionProfile &p : profiles.list()) {
            QString key;
            if (parser.isSet(checkKeys)) {
                auto r = waitFor(KeychainJob::read(p.name));
                key = r ? QStringLiteral("stored")
                        : (r.error().code == QLatin1String("keychain.not-found") ? QStringLiteral("missing")
                                                                                 : r.error().code);
            }
            if (parser.isSet(json)) {
                QJsonObject o{{QStringLiteral("name"), p.name}, {QStringLiteral("url"), p.url},
                    {QStringLiteral("login"), p.login}, {QStringLiteral("apiProfile"), p.apiProfile},
                    {QStringLiteral("organizerId"), p.organizerId}, {QStringLiteral("production"), p.production},
                    {QStringLiteral("active"), p.name == active}};
                if (!key.isEmpty())
                    o.insert(QStringLiteral("key"), key);
                array.append(o);
            } else {
                ctx.out() << (p.name == active ? "* " : "  ") << p.name.leftJustified(18) << ' '
                          << (p.production ? QCoreApplication::translate("tixsync-cli", "PRODUCTION") : QString())
                                 .leftJustified(10)
                          << ' ' << p.url;
                if (!key.isEmpty())
                    ctx.out() << "  [" << QCoreApplication::translate("tixsync-cli", "key: %1").arg(key) << ']';
                ctx.out() << '\n';
            }
        }
        if (parser.isSet(json))
            ctx.out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        else if (profiles.list().isEmpty())
            ctx.err() << QCoreApplication::translate(
                "tixsync-cli", "No connection profiles yet. Add one with: tixsync-cli profiles add NAME --url URL")
                      << Qt::endl;
        ctx.out().flush();
        return ExitOk;
    }
    if (name.isEmpty() || args.size() > 2) {
        if (sub == QLatin1String("set-key") && args.size() > 2)
            return ctx.fail(QCoreApplication::translate("tixsync-cli",
                                "The API key is read from standard input, never from the command line. Run: "
                                "tixsync-cli profiles set-key NAME, then type or pipe the key."),
                ExitUsage);
        return profilesUsage(ctx);
    }
    if (sub == QLatin1String("add")) {
        ConnectionProfile p;
        p.name = name;
        p.url = parser.value(url);
        p.login = parser.value(login);
        p.apiProfile = parser.value(apiProfile);
        p.organizerId = parser.value(organizer);
        p.production = parser.isSet(production);
        if (auto ok = profiles.add(p); !ok)
            return ctx.fail(ok.error());
        recordSettingsChange(ctx,
            {{QStringLiteral("profile"), p.name}, {QStringLiteral("url"), p.url},
                {QStringLiteral("production"), p.production}},
            QCoreApplication::translate("tixsync-cli", "connection profile added"));
        ctx.err() << QCoreApplication::translate(
            "tixsync-cli", "Profile \"%1\" added. Store its API key with: tixsync-cli profiles set-key \"%1\"")
                         .arg(p.name)
                  << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("remove")) {
        if (auto ok = profiles.remove(name); !ok)
            return ctx.fail(ok.error());
        auto r = waitFor(KeychainJob::remove(name));
        recordSettingsChange(ctx, {{QStringLiteral("profile"), name}},
            QCoreApplication::translate("tixsync-cli", "connection profile removed"));
        if (!r)
            return ctx.fail(QCoreApplication::translate("tixsync-cli",
                                "Profile \"%1\" removed, but its key could not be deleted from the keychain: %2")
                                .arg(name, r.error().message),
                ExitWarning);
        return ExitOk;
    }
    if (sub == QLatin1String("use")) {
        if (auto ok = profiles.setActive(name); !ok)
            return ctx.fail(ok.error());
        recordSettingsChange(ctx, {{QStringLiteral("activeProfile"), name}},
            QCoreApplication::translate("tixsync-cli", "active connection profile changed"));
        return ExitOk;
    }
    if (sub == QLatin1String("set-key")) {
        if (!profiles.find(name))
            return ctx.fail(QCoreApplication::translate("tixsync-cli",
                "There is no connection profile called \"%1\". Check the name with: tixsync-cli "
                "profiles list")
                                .arg(name));
        QString key = readSecretLine(ctx, QCoreApplication::translate("tixsync-cli", "API key for \"%1\": ").arg(name));
        if (key.isEmpty())
            return ctx.fail(QCoreApplication::translate(
                                "tixsync-cli", "No key was read from standard input; type or pipe the API key."),
                ExitUsage);
        auto r = waitFor(KeychainJob::write(name, key));
        key.fill(QLatin1Char('\0'));
        if (!r) {
            if (r.error().code != QLatin1String("keychain.error"))
                return ctx.fail(r.error().message + QLatin1Char(' ')
                    + QCoreApplication::translate("tixsync-cli",
                        "For scripts and schedulers, set the environment variable TIXNGO_API_KEY "
                        "instead."));
            return ctx.fail(r.error());
        }
        recordSettingsChange(ctx, {{QStringLiteral("profile"), name}, {QStringLiteral("keyChanged"), true}},
            QCoreApplication::translate("tixsync-cli", "API key stored in the keychain"));
        ctx.err()
            << QCoreApplication::translate("tixsync-cli", "The API key of \"%1\" is stored in the keychain.").arg(name)
            << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("delete-key")) {
        auto r = waitFor(KeychainJob::remove(name));
        if (!r)
            return ctx.fail(r.error());
        recordSettingsChange(ctx, {{QStringLiteral("profile"), name}, {QStringLiteral("keyDeleted"), true}},
            QCoreApplication::translate("tixsync-cli", "API key deleted from the keychain"));
        return ExitOk;
    }
#ifdef TIXSYNC_HAVE_TIXNGO
    if (sub == QLatin1String("test")) {
        const auto p = profiles.find(name);
        if (!p)
            return ctx.fail(QCoreApplication::translate("tixsync-cli",
                "There is no connection profile called \"%1\". Check the name with: tixsync-cli "
                "profiles list")
                                .arg(name));
        auto credentials = secrets::KeychainCredentialProvider::forCommandLine(name);
        if (!credentials)
            return ctx.fail(credentials.error());
        auto key = (*credentials)->apiKey();
        if (!key)
            return ctx.fail(key.error());
        secrets::ConnectionTest *test = secrets::ConnectionTest::start(*p, *key);
        QEventLoop loop;
        QObject::connect(test, &secrets::ConnectionTest::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const bool ok = test->result().has_value();
        const QString summary = test->summary();
        delete test;
        if (Store *store = ctx.store()) // best effort, as for settings changes
            (void)audit::AuditLog::record(*store, audit::AuditLog::actionConnectionTest(),
                {{QStringLiteral("profile"), p->name}, {QStringLiteral("url"), p->url}},
                ok ? audit::AuditLog::outcomeOk() : audit::AuditLog::outcomeError(), summary);
        if (!ok)
            return ctx.fail(summary);
        ctx.out() << summary << Qt::endl;
        return ExitOk;
    }
#endif
    return profilesUsage(ctx);
}

} // namespace

TIXSYNC_CLI_COMMAND(
    {QStringLiteral("audit"), QT_TRANSLATE_NOOP("tixsync-cli", "Show or export the audit log"), 600, runAudit});
TIXSYNC_CLI_COMMAND({QStringLiteral("profiles"),
    QT_TRANSLATE_NOOP("tixsync-cli", "Connection profiles and their API keys in the keychain"), 610, runProfiles});

} // namespace tixsync::cli
