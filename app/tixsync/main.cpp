// tixsync: the desktop console (Widgets). A thin shell: options, the store, the main window.
#include "auditlogview.h"
#include "core/logging.h"
#include "core/store.h"
#include "demobanner.h"
#include "demomode.h"
#include "mainwindow.h"
#include "productionbanner.h"
#include "reconpage.h"
#include "secrets/connectionprofiles.h"
#include "secrets/keychaincredentialprovider.h"
#include "settingsdialog.h"
#include "sync/runtypes.h"
#include "sync/syncengine.h"
#include "syncpage.h"
#include "syncticketactions.h"
#include "synctransport.h"
#include "templatepage.h"
#include "ticketspage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMenu>
#include <QMessageBox>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <cstdio>

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
        QApplication::translate("tixsync",
            "Demo mode: a demo database (demo.sqlite in the application data folder unless --db is given, filled "
            "with demo data when empty) and a simulated TIXNGO (tixngo-sim) started for the session."));
    // Hidden: tests and screenshots close the window after N ms.
    QCommandLineOption quitAfter(
        QStringLiteral("quit-after-ms"), QStringLiteral("Close the window after N ms."), QStringLiteral("N"));
    quitAfter.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({db, lang, demo, quitAfter});
    parser.process(app);

    const bool demoMode = parser.isSet(demo);
    // --db, else the demo database, else the one chosen in Settings ▸ Database, else the default file.
    const QString location = parser.isSet(db) ? parser.value(db)
        : demoMode                            ? DemoMode::defaultDatabasePath()
                                              : secrets::ConnectionProfiles().databaseLocation();
    auto store = Store::open(location);
    if (!store) {
        QMessageBox::critical(nullptr, QApplication::translate("tixsync", "TixSync cannot open its database"),
            QApplication::translate("tixsync",
                "%1\n\nCheck the --db option, the file's permissions "
                "and, for PostgreSQL, that the server is running.")
                .arg(store.error().message));
        return 2;
    }

    // Declared before the window: destroyed after it (and after its runs stopped).
    DemoMode demoSim;
    if (demoMode) {
        if (auto ok = demoSim.start(**store); !ok) {
            QMessageBox::critical(
                nullptr, QApplication::translate("tixsync", "TixSync cannot start the demo"), ok.error().message);
            return 2;
        }
        // The demo ledger keeps the JSON sent, so the Sync page shows it.
        for (auto f : {sync::SyncFunction::Inject, sync::SyncFunction::InjectPrivileges})
            if (sync::runs::customParametersText(**store, f).trimmed().isEmpty())
                (void)sync::runs::setCustomParametersText(
                    **store, f, QStringLiteral("maxLengthDumpedCallsInKbs=4096\n"));
    }

    MainWindow window(store->get());
    auto *syncPage = new SyncPage(store->get());
    if (demoMode) {
        syncPage->setTransportFactory(staticKeyTransportFactory(demoSim.url().toString(), demoSim.apiKey()));
        syncPage->setSecrets({demoSim.apiKey()});
    }
    window.addPage(syncPage, QApplication::translate("tixsync", "Sync"), QIcon(QStringLiteral(":/icons/sync.svg")));
    QObject::connect(syncPage, &SyncPage::ticketsChanged, &window, &MainWindow::reloadData);

    auto *templatePage = new TemplatePage;
    templatePage->setStore(store->get());
    if (demoMode)
        templatePage->setTransportFactory(staticKeyTransportFactory(demoSim.url().toString(), demoSim.apiKey()));
    QObject::connect(templatePage, &TemplatePage::ticketsChanged, &window, &MainWindow::reloadData);
    window.addPage(
        templatePage, QApplication::translate("tixsync", "Template"), QIcon(QStringLiteral(":/icons/template.svg")));

    auto *reconPage = new ReconciliationPage(store->get());
    if (demoMode)
        reconPage->setTransportFactory(staticKeyTransportFactory(demoSim.url().toString(), demoSim.apiKey()));
    window.addPage(
        reconPage, QApplication::translate("tixsync", "Reconciliation"), QIcon(QStringLiteral(":/icons/recon.svg")));
    QObject::connect(reconPage, &ReconciliationPage::ticketsChanged, &window, &MainWindow::reloadData);

    window.addPage(new AuditLogView(store->get()), QApplication::translate("tixsync", "Audit log"));

    // Outside the demo, the active connection profile gives the TIXNGO URL, and its API key comes
    // from the OS keychain (fetched asynchronously, never blocking) or is typed for the session.
    secrets::ConnectionProfiles profiles;
    auto *productionBanner = new ProductionBanner;
    auto *productionBar = new QToolBar(QApplication::translate("tixsync", "Production"));
    productionBar->setObjectName(QStringLiteral("productionToolBar"));
    productionBar->setMovable(false);
    productionBar->addWidget(productionBanner);
    productionBanner->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    window.addToolBar(Qt::TopToolBarArea, productionBar);
    std::unique_ptr<secrets::KeychainCredentialProvider> credentials;
    auto useKey = [&](const QString &url, const QString &key) {
        syncPage->setTransportFactory(staticKeyTransportFactory(url, key));
        syncPage->setSecrets({key});
        reconPage->setTransportFactory(staticKeyTransportFactory(url, key));
        templatePage->setTransportFactory(staticKeyTransportFactory(url, key));
    };
    auto applyProfile = [&] {
        const auto active = profiles.active();
        const bool production = !demoMode && active && active->production;
        productionBar->setVisible(production);
        syncPage->setProductionProfile(production ? active->name : QString());
        reconPage->setProductionProfile(production ? std::optional<secrets::ConnectionProfile>(*active) : std::nullopt);
        templatePage->setConnectionProfile(!demoMode && active ? *active : secrets::ConnectionProfile{});
        if (active)
            productionBanner->setProfile(*active);
        if (demoMode || !active)
            return;
        credentials = std::make_unique<secrets::KeychainCredentialProvider>(active->name);
        auto *provider = credentials.get();
        const QString url = active->url;
        QObject::connect(
            provider, &secrets::KeychainCredentialProvider::fetched, &window, [provider, url, &useKey](bool ok) {
                if (auto key = provider->apiKey(); ok && key)
                    useKey(url, *key);
            });
        provider->fetch();
    };
    applyProfile();

    QAction *settingsAction = window.toolsMenu()->addAction(QApplication::translate("tixsync", "&Settings…"));
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    QObject::connect(settingsAction, &QAction::triggered, &window, [&] {
        auto *dialog = new SettingsDialog(&window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setStore(store->get());
        QObject::connect(dialog, &SettingsDialog::activeProfileChanged, &window, [&] { applyProfile(); });
        QObject::connect(dialog, &SettingsDialog::profilesChanged, &window, [&] { applyProfile(); });
        QObject::connect(
            dialog, &SettingsDialog::sessionKeyEntered, &window, [&](const QString &profileName, const QString &key) {
                const auto active = profiles.active();
                if (active && active->name == profileName)
                    useKey(active->url, key);
            });
        dialog->open();
    });
    auto *ticketActions = new SyncTicketActions(window.ticketsPage(), store->get());
    QObject::connect(ticketActions, &SyncTicketActions::ticketsChanged, syncPage, &SyncPage::reload);
    if (demoMode) {
        auto *banner = new DemoBanner(demoSim.url().toString());
        auto *bar = new QToolBar(QApplication::translate("tixsync", "Demo"));
        bar->setObjectName(QStringLiteral("demoToolBar"));
        bar->setMovable(false);
        bar->setFloatable(false);
        bar->addWidget(banner);
        banner->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        window.addToolBar(Qt::TopToolBarArea, bar);
        QObject::connect(&demoSim, &DemoMode::simulatorStopped, banner, &DemoBanner::setStopped);
        // Demo data generated (first start) or imported: the simulator learns what TIXNGO has.
        QObject::connect(&window, &MainWindow::storeChanged, banner, [&demoSim, &store, banner] {
            if (auto seeded = demoSim.seed(**store); !seeded)
                banner->setStopped(seeded.error().message);
        });
    }
    window.show();
    if (demoMode) {
        // One line for scripts and tests: the banner shown and the simulator's pid (never the key).
        std::printf("%s (simulator pid %lld)\n", qPrintable(window.findChild<DemoBanner *>()->text()),
            static_cast<long long>(demoSim.processId()));
        std::fflush(stdout);
    }
    if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt(), &window, &QWidget::close);
    // First start (or --demo) on an empty database: fill it with demo data, in the background.
    if (MainWindow::canImport() && window.isStoreEmpty()) {
        QTimer::singleShot(0, &window, [&window] { window.generateDemoData(12, 500, 1); });
    }
    return QApplication::exec();
}
