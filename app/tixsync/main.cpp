// tixsync: the desktop console (Widgets). A thin shell: options, the store, the main window.
#include "core/logging.h"
#include "core/store.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

using namespace tixsync;

namespace {
// --lang is needed before the parser's texts are built, so it is looked up first.
QString languageArgument(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith(QLatin1String("--lang=")))
            return args[i].mid(7);
    }
    return {};
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TixSync"));
    QApplication::setApplicationName(QStringLiteral("tixsync"));
    QApplication::setApplicationDisplayName(QStringLiteral("TixSync"));
    QApplication::setApplicationVersion(QStringLiteral(TIXSYNC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("ch.tixsync.TixSync"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tixsync.svg")));
    installTranslations(languageArgument(QApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("tixsync", "TixSync: the console for the SecuTix 360 / TIXNGO interface."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
        QApplication::translate("tixsync", "SQLite file or postgresql://user@host:port/dbname (default: %1).")
            .arg(Store::defaultLocation()),
        QStringLiteral("PATH|URL"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QApplication::translate("tixsync", "Language: en, fr or de (default: the system's)."), QStringLiteral("LANG"));
    const QCommandLineOption demo(QStringLiteral("demo"),
        QApplication::translate("tixsync", "Start with demo data (generated at once when the database is empty)."));
    parser.addOptions({db, lang, demo});
    parser.process(app);

    auto store = Store::open(parser.value(db));
    if (!store) {
        QMessageBox::critical(nullptr, QApplication::translate("tixsync", "TixSync cannot open its database"),
            QApplication::translate("tixsync",
                "%1\n\nCheck the --db option, the file's permissions "
                "and, for PostgreSQL, that the server is running.")
                .arg(store.error().message));
        return 2;
    }

    MainWindow window(store->get());
    window.show();
    // First start (or --demo) on an empty database: fill it with demo data, in the background.
    if (MainWindow::canImport() && window.isStoreEmpty()) {
        QTimer::singleShot(0, &window, [&window] { window.generateDemoData(12, 500, 1); });
    }
    return QApplication::exec();
}
