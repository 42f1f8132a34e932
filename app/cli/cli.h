#pragma once

#include "core/error.h"
#include "core/store.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>

namespace tixsync::cli {

/// Exit codes shared by every command.
enum ExitCode { ExitOk = 0, ExitWarning = 1, ExitFailure = 2, ExitReconcileFailOn = 3, ExitUsage = 64 };

/// What a command gets: its own arguments (arguments[0] is "tixsync-cli COMMAND", ready for
/// QCommandLineParser), the global options, output streams and the store, opened on first use.
class Context {
public:
    QStringList arguments;
    QString dbLocation;
    QString language;

    QTextStream &out();
    QTextStream &err();
    bool stderrIsTerminal() const;

    /// Opens the store named by --db (or the default one) once; on failure prints why.
    Store *store();

    /// Parses `arguments` with `parser` (which gets --help added). Returns false and sets
    /// `exitCode` on a usage error (64, message on stderr) or after printing --help (0).
    bool parse(QCommandLineParser &parser, int *exitCode);
    /// Prints "tixsync-cli: <message>" on stderr and returns `code`.
    int fail(const QString &message, int code = ExitFailure);
    int fail(const Error &error, int code = ExitFailure);

private:
    std::unique_ptr<Store> m_store;
};

/// One command. `summary` and `description` are untranslated source strings in the
/// "tixsync-cli" context (mark them with QT_TRANSLATE_NOOP); help output translates them.
struct Command {
    QString name;
    const char *summary;
    int order; // position in `tixsync-cli --help`
    std::function<int(Context &)> run;
};

bool registerCommand(Command command);
const QList<Command> &commands();

} // namespace tixsync::cli

#define TIXSYNC_CLI_CONCAT2(a, b) a##b
#define TIXSYNC_CLI_CONCAT(a, b) TIXSYNC_CLI_CONCAT2(a, b)
/// Registers a command from a cmd_*.cpp file: TIXSYNC_CLI_COMMAND({name, summary, order, fn});
#define TIXSYNC_CLI_COMMAND(...)                                                                                       \
    static const bool TIXSYNC_CLI_CONCAT(tixsyncCliRegistered, __LINE__) = ::tixsync::cli::registerCommand(__VA_ARGS__)
