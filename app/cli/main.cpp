// tixsync-cli: the TixSync engine without a GUI, for schedulers, scripts and support.
#include "cli.h"
#include "core/logging.h"
#include "secrets/connectionprofiles.h"

#include <QCoreApplication>

using namespace tixsync;
using namespace tixsync::cli;

namespace {
void printHelp(Context &ctx)
{
    QTextStream &o = ctx.out();
    o << QCoreApplication::translate(
        "tixsync-cli", "Usage: tixsync-cli [--db PATH|URL] [--lang fr|de|en] COMMAND [options]")
      << "\n\n"
      << QCoreApplication::translate("tixsync-cli", "Global options:") << '\n'
      << "  --db PATH|URL   "
      << QCoreApplication::translate("tixsync-cli", "SQLite file or postgresql://user@host:port/dbname (default: %1)")
             .arg(Store::defaultLocation())
      << '\n'
      << "  --lang LANG     " << QCoreApplication::translate("tixsync-cli", "Language of messages: en, fr or de")
      << '\n'
      << "  -h, --help      "
      << QCoreApplication::translate("tixsync-cli", "Show this help; COMMAND --help shows the options of a command.")
      << "\n\n"
      << QCoreApplication::translate("tixsync-cli", "Commands:") << '\n';
    for (const Command &c : commands())
        o << "  " << c.name.leftJustified(18) << QCoreApplication::translate("tixsync-cli", c.summary) << '\n';
    o << '\n'
      << QCoreApplication::translate("tixsync-cli",
             "Exit codes: 0 success, 1 warning, 2 failure, 3 reconciliation threshold met, 64 usage error.")
      << '\n';
    o.flush();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TixSync"));
    QCoreApplication::setApplicationName(QStringLiteral("tixsync"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIXSYNC_VERSION));

    Context ctx;
    // Global options may stand anywhere; take them out before the command sees its arguments.
    QStringList rest;
    const QStringList all = QCoreApplication::arguments();
    QString commandName;
    bool wantHelp = false;
    for (int i = 1; i < all.size(); ++i) {
        const QString &a = all[i];
        if (a == QLatin1String("--db") || a == QLatin1String("--lang")) {
            if (i + 1 >= all.size())
                return ctx.fail(QCoreApplication::translate("tixsync-cli", "%1 needs a value.").arg(a), ExitUsage);
            (a == QLatin1String("--db") ? ctx.dbLocation : ctx.language) = all[++i];
        } else if (a.startsWith(QLatin1String("--db="))) {
            ctx.dbLocation = a.mid(5);
        } else if (a.startsWith(QLatin1String("--lang="))) {
            ctx.language = a.mid(7);
        } else if (commandName.isEmpty() && (a == QLatin1String("-h") || a == QLatin1String("--help"))) {
            wantHelp = true;
        } else if (a == QLatin1String("--version") && commandName.isEmpty()) {
            ctx.out() << "tixsync-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitOk;
        } else if (commandName.isEmpty() && !a.startsWith(QLatin1Char('-'))) {
            commandName = a;
        } else if (commandName.isEmpty()) {
            return ctx.fail(
                QCoreApplication::translate("tixsync-cli", "Unknown option %1. Run \"tixsync-cli --help\" for usage.")
                    .arg(a),
                ExitUsage);
        } else {
            rest << a;
        }
    }
    installTranslations(ctx.language);
    // No --db: the database chosen in the GUI's Settings ▸ Database, else the default file.
    if (ctx.dbLocation.isEmpty())
        ctx.dbLocation = secrets::ConnectionProfiles().databaseLocation();
    if (wantHelp || commandName.isEmpty()) {
        printHelp(ctx);
        return commandName.isEmpty() && !wantHelp ? ExitUsage : ExitOk;
    }
    for (const Command &c : commands()) {
        if (c.name == commandName) {
            ctx.arguments = QStringList{QStringLiteral("tixsync-cli ") + commandName} + rest;
            return c.run(ctx);
        }
    }
    return ctx.fail(
        QCoreApplication::translate("tixsync-cli", "Unknown command \"%1\". Run \"tixsync-cli --help\" for the list.")
            .arg(commandName),
        ExitUsage);
}
