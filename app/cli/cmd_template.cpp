// Template commands: check a template file, render it for a ticket or a variable set, list the
// variable catalogue, print the default template. Same engine as the editor (models/template).
#include "cli.h"

#include "sync/payloadfactory.h"
#include "template/payloadbuilder.h"
#include "template/template.h"
#include "template/variablecatalog.h"

#include <QCoreApplication>
#include <QFile>

namespace tixsync::cli {
namespace {

using namespace tixsync::tpl;

// Loads FILE and prints its problems as "row:column: message". Returns the template or sets `code`.
std::optional<Template> loadChecked(Context &ctx, const QString &file, int *code, bool printWarnings)
{
    auto t = Template::fromFile(file);
    if (!t) {
        *code = ctx.fail(t.error(), ExitFailure);
        return std::nullopt;
    }
    for (const TemplateProblem &p : t->problems())
        if (printWarnings || p.severity == TemplateProblem::Severity::Error)
            ctx.err() << p.toString() << '\n';
    ctx.err().flush();
    *code = t->hasErrors() ? ExitFailure : t->problems().isEmpty() ? ExitOk : ExitWarning;
    return std::move(*t);
}

int runCheck(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("tixsync-cli",
        "Checks a template file. Problems are printed as row:column: message (row = field, 1-based; "
        "column = character in the value, path or condition, 1-based). Exit 2 on errors, 1 on warnings only."));
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QCoreApplication::translate("tixsync-cli", "Template JSON file."));
    int code = 0;
    if (!ctx.parse(parser, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QCoreApplication::translate("tixsync-cli",
                            "template check needs exactly one FILE. Run \"tixsync-cli template check --help\"."),
            ExitUsage);
    const QString file = parser.positionalArguments().first();
    loadChecked(ctx, file, &code, true);
    if (code == ExitOk)
        ctx.out() << QCoreApplication::translate("tixsync-cli", "%1: no problems").arg(file) << Qt::endl;
    return code;
}

int runRender(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "tixsync-cli", "Renders the TIXNGO ticket JSON for a stored ticket or a variable set."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QCoreApplication::translate("tixsync-cli", "Template JSON file (\"-\" = the default template)."));
    const QCommandLineOption ticket(QStringLiteral("ticket"),
        QCoreApplication::translate("tixsync-cli", "Ticket id in the database."), QStringLiteral("ID"));
    const QCommandLineOption variables(QStringLiteral("variables"),
        QCoreApplication::translate("tixsync-cli", "Variable set JSON file."), QStringLiteral("VARS.json"));
    const QCommandLineOption example(
        QStringLiteral("example"), QCoreApplication::translate("tixsync-cli", "Use the catalogue's example values."));
    const QCommandLineOption languages(QStringLiteral("languages"),
        QCoreApplication::translate("tixsync-cli", "Comma-separated languages; the first is the institution language."),
        QStringLiteral("en,fr"));
    const QCommandLineOption multilingual(QStringLiteral("multilingual"),
        QCoreApplication::translate("tixsync-cli", "sendMultilingualAsJsonObject=true."));
    const QCommandLineOption comfort(QStringLiteral("comfort"),
        QCoreApplication::translate("tixsync-cli", "Comfort variable, repeatable: TIXAct=-1d."),
        QStringLiteral("NAME=VALUE"));
    const QCommandLineOption seasonStart(QStringLiteral("season-start"),
        QCoreApplication::translate("tixsync-cli", "Season start (yyyy-MM-dd)."), QStringLiteral("DATE"));
    const QCommandLineOption seasonEnd(QStringLiteral("season-end"),
        QCoreApplication::translate("tixsync-cli", "Season end (yyyy-MM-dd)."), QStringLiteral("DATE"));
    const QCommandLineOption prefix(QStringLiteral("barcode-prefix"),
        QCoreApplication::translate("tixsync-cli", "Barcode prefix."), QStringLiteral("TEXT"));
    const QCommandLineOption postfix(QStringLiteral("barcode-postfix"),
        QCoreApplication::translate("tixsync-cli", "Barcode postfix."), QStringLiteral("TEXT"));
    const QCommandLineOption compact(
        QStringLiteral("compact"), QCoreApplication::translate("tixsync-cli", "Print compact JSON on one line."));
    const QCommandLineOption changes(QStringLiteral("changes"),
        QCoreApplication::translate("tixsync-cli", "Also print the values the template changed (on stderr)."));
    parser.addOptions({ticket, variables, example, languages, multilingual, comfort, seasonStart, seasonEnd, prefix,
        postfix, compact, changes});
    int code = 0;
    if (!ctx.parse(parser, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QCoreApplication::translate("tixsync-cli",
                            "template render needs exactly one FILE. Run \"tixsync-cli template render --help\"."),
            ExitUsage);
    const int sources = int(parser.isSet(ticket)) + int(parser.isSet(variables)) + int(parser.isSet(example));
    if (sources != 1)
        return ctx.fail(QCoreApplication::translate(
                            "tixsync-cli", "Give exactly one of --ticket ID, --variables VARS.json or --example."),
            ExitUsage);

    PayloadOptions options;
    options.barcodePrefix = parser.value(prefix);
    options.barcodePostfix = parser.value(postfix);
    options.sendMultilingualAsJsonObject = parser.isSet(multilingual);
    if (parser.isSet(languages))
        options.languages = parser.value(languages).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &c : parser.values(comfort)) {
        const qsizetype eq = c.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return ctx.fail(
                QCoreApplication::translate("tixsync-cli", "--comfort takes NAME=VALUE, e.g. --comfort TIXAct=-1d."),
                ExitUsage);
        options.comfortVariables.insert(c.left(eq), c.mid(eq + 1));
    }
    for (const auto &[opt, date] :
        {std::pair{&seasonStart, &options.seasonStart}, std::pair{&seasonEnd, &options.seasonEnd}}) {
        if (parser.isSet(*opt)) {
            *date = QDate::fromString(parser.value(*opt), Qt::ISODate);
            if (!date->isValid())
                return ctx.fail(QCoreApplication::translate("tixsync-cli", "--%1 takes a date yyyy-MM-dd.")
                                    .arg(opt->names().first()),
                    ExitUsage);
        }
    }

    const QString file = parser.positionalArguments().first();
    std::shared_ptr<const Template> tpl;
    if (file == QLatin1String("-")) {
        tpl = std::make_shared<const Template>(Template::defaultTemplate());
    } else {
        auto t = loadChecked(ctx, file, &code, false);
        if (!t || code == ExitFailure)
            return code;
        tpl = std::make_shared<const Template>(std::move(*t));
    }
    QList<TemplateChange> changeList;
    QList<PayloadProblem> problems;
    Result<QByteArray> json;
    if (parser.isSet(ticket)) {
        Store *store = ctx.store();
        if (!store)
            return ExitFailure;
        const auto t = store->ticket(parser.value(ticket));
        if (!t)
            return ctx.fail(QCoreApplication::translate("tixsync-cli", "There is no ticket %1 in the database.")
                                .arg(parser.value(ticket)));
        // TPL-8: the product's stored comfort variables and season, as injection uses them,
        // unless given on the command line.
        if (const auto product = store->product(t->productCode)) {
            const QMap<QString, QString> stored = sync::comfortVariables(*product);
            for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
                if (!options.comfortVariables.contains(it.key()))
                    options.comfortVariables.insert(it.key(), it.value());
            }
            if (!parser.isSet(seasonStart))
                options.seasonStart = product->seasonStart;
            if (!parser.isSet(seasonEnd))
                options.seasonEnd = product->seasonEnd;
        }
        PayloadBuilder builder(tpl, options);
        if (auto st = builder.status(); !st)
            return ctx.fail(st.error());
        const auto e = store->event(t->eventId);
        json = builder.build(*t, e.value_or(Event()), &changeList, &problems);
    } else {
        PayloadBuilder builder(tpl, options);
        if (auto st = builder.status(); !st)
            return ctx.fail(st.error());
        VariableSet vars;
        if (parser.isSet(example)) {
            vars = VariableSet::example();
        } else {
            QFile f(parser.value(variables));
            if (!f.open(QIODevice::ReadOnly))
                return ctx.fail(QCoreApplication::translate("tixsync-cli", "Cannot read %1: %2")
                                    .arg(f.fileName(), f.errorString()));
            auto v = VariableSet::fromJson(f.readAll());
            if (!v) {
                Error e = v.error();
                e.file = f.fileName();
                return ctx.fail(e);
            }
            vars = *v;
        }
        json = builder.build(vars, &changeList, &problems);
    }
    if (!json)
        return ctx.fail(json.error());
    ctx.out() << QString::fromUtf8(parser.isSet(compact) ? *json : PayloadBuilder::prettyPrint(*json));
    if (parser.isSet(compact))
        ctx.out() << '\n';
    ctx.out().flush();
    if (parser.isSet(changes))
        for (const TemplateChange &c : changeList)
            ctx.err() << QCoreApplication::translate("tixsync-cli", "row %1: %2: %3 -> %4")
                             .arg(c.row)
                             .arg(c.path,
                                 c.before.isEmpty() ? QCoreApplication::translate("tixsync-cli", "(absent)") : c.before,
                                 c.after)
                      << '\n';
    for (const PayloadProblem &p : problems)
        ctx.err() << p.toString() << '\n';
    ctx.err().flush();
    return problems.isEmpty() ? ExitOk : ExitWarning;
}

int runVariables(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("tixsync-cli", "Lists the template variables: name, type, example, description."));
    int code = 0;
    if (!ctx.parse(parser, &code))
        return code;
    const auto &all = VariableCatalog::all();
    for (int i = 0; i < all.size(); ++i)
        ctx.out() << all[i].name.leftJustified(28) << VariableCatalog::typeName(all[i].type).leftJustified(8)
                  << all[i].example.leftJustified(28) << VariableCatalog::translatedDescription(i) << '\n';
    ctx.out().flush();
    return ExitOk;
}

int runDefault(Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("tixsync-cli", "Prints the default template (a starting point for your own)."));
    int code = 0;
    if (!ctx.parse(parser, &code))
        return code;
    ctx.out() << QString::fromUtf8(Template::defaultTemplate().toJson());
    ctx.out().flush();
    return ExitOk;
}

int runTemplate(Context &ctx)
{
    const QString sub = ctx.arguments.value(1);
    const QList<std::pair<QString, int (*)(Context &)>> subs
        = {{QStringLiteral("check"), runCheck}, {QStringLiteral("render"), runRender},
            {QStringLiteral("variables"), runVariables}, {QStringLiteral("default"), runDefault}};
    for (const auto &[name, fn] : subs) {
        if (sub == name) {
            QStringList args = ctx.arguments.mid(2);
            args.prepend(ctx.arguments.value(0) + QLatin1Char(' ') + name);
            ctx.arguments = args;
            return fn(ctx);
        }
    }
    const QString usage = QCoreApplication::translate("tixsync-cli",
        "Usage: tixsync-cli template check FILE\n"
        "       tixsync-cli template render FILE (--ticket ID | --variables VARS.json | --example) "
        "[options]\n"
        "       tixsync-cli template variables\n"
        "       tixsync-cli template default\n"
        "Run \"tixsync-cli template SUBCOMMAND --help\" for the options.");
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        ctx.out() << usage << Qt::endl;
        return ExitOk;
    }
    return ctx.fail(sub.isEmpty()
            ? usage
            : QCoreApplication::translate("tixsync-cli", "Unknown subcommand \"%1\".\n%2").arg(sub, usage),
        ExitUsage);
}

} // namespace

TIXSYNC_CLI_COMMAND({QStringLiteral("template"),
    QT_TRANSLATE_NOOP("tixsync-cli", "Check or render a ticket template (check, render, variables, default)"), 300,
    runTemplate});

} // namespace tixsync::cli
