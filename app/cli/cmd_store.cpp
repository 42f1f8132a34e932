// Store commands: where the database is and which schema it has.
#include "cli.h"

#include "core/migrations.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace tixsync::cli {
namespace {

int runDbInfo(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("tixsync-cli",
        "Opens the database (applying pending migrations) and prints where it is and its schema version."));
    const QCommandLineOption json(
        QStringLiteral("json"), QCoreApplication::translate("tixsync-cli", "Print one JSON object."));
    parser.addOption(json);
    int code = 0;
    if (!ctx.parse(parser, &code))
        return code;
    Store *store = ctx.store();
    if (!store)
        return ExitFailure;
    if (parser.isSet(json)) {
        const QJsonObject o{{QStringLiteral("location"), store->location()},
            {QStringLiteral("backend"),
                store->backend() == Store::Backend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql")},
            {QStringLiteral("schemaVersion"), store->schemaVersion()}};
        ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        ctx.out() << QCoreApplication::translate("tixsync-cli", "Database: %1").arg(store->location()) << '\n'
                  << QCoreApplication::translate("tixsync-cli", "Schema version: %1 (this program knows up to %2)")
                         .arg(store->schemaVersion())
                         .arg(latestSchemaVersion())
                  << Qt::endl;
    }
    return ExitOk;
}

} // namespace

TIXSYNC_CLI_COMMAND({QStringLiteral("db-info"),
    QT_TRANSLATE_NOOP("tixsync-cli", "Show the database location and schema version"), 900, runDbInfo});

} // namespace tixsync::cli
