#include "cli.h"

#include <QCoreApplication>
#include <cstdio>
#include <unistd.h>

namespace tixsync::cli {

namespace {
QList<Command> &registry()
{
    static QList<Command> list;
    return list;
}
} // namespace

bool registerCommand(Command command)
{
    auto &list = registry();
    auto pos = std::find_if(list.begin(), list.end(), [&](const Command &c) { return c.order > command.order; });
    list.insert(pos, std::move(command));
    return true;
}

const QList<Command> &commands()
{
    return registry();
}

QTextStream &Context::out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &Context::err()
{
    static QTextStream s(stderr);
    return s;
}

bool Context::stderrIsTerminal() const
{
    return isatty(fileno(stderr)) != 0;
}

Store *Context::store()
{
    if (m_store)
        return m_store.get();
    auto opened = Store::open(dbLocation);
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    m_store = std::move(*opened);
    return m_store.get();
}

bool Context::parse(QCommandLineParser &parser, int *exitCode)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("tixsync-cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        *exitCode = fail(parser.errorText() + QLatin1Char('\n')
                + QCoreApplication::translate("tixsync-cli", "Run \"%1 --help\" for usage.").arg(arguments.value(0)),
            ExitUsage);
        return false;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText();
        out().flush();
        *exitCode = ExitOk;
        return false;
    }
    return true;
}

int Context::fail(const QString &message, int code)
{
    out().flush();
    err() << "tixsync-cli: " << message << Qt::endl;
    return code;
}

int Context::fail(const Error &error, int code)
{
    return fail(error.toString(), code);
}

} // namespace tixsync::cli
