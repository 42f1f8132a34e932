#include "logging.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcStore, "tixsync.store")
Q_LOGGING_CATEGORY(lcImport, "tixsync.import")
Q_LOGGING_CATEGORY(lcNet, "tixsync.net")
Q_LOGGING_CATEGORY(lcSync, "tixsync.sync")
Q_LOGGING_CATEGORY(lcTemplate, "tixsync.template")
Q_LOGGING_CATEGORY(lcRecon, "tixsync.recon")
Q_LOGGING_CATEGORY(lcUi, "tixsync.ui")

namespace tixsync {

QString installTranslations(const QString &language)
{
    QString lang = language;
    if (lang.isEmpty())
        lang = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    if (lang.isEmpty())
        lang = QStringLiteral("en");
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/tixsync_%1.qm").arg(lang))) {
        // Unknown language: English, whose file carries the plural forms ("1 ticket", "2 tickets").
        lang = QStringLiteral("en");
        if (!translator->load(QStringLiteral(":/i18n/tixsync_en.qm"))) {
            delete translator;
            return lang;
        }
    }
    QCoreApplication::installTranslator(translator);
    if (lang != QLatin1String("en"))
        QLocale::setDefault(QLocale(lang));
    return lang;
}

} // namespace tixsync
