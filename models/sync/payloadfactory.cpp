#include "payloadfactory.h"

#include "core/logging.h"
#include "core/store.h"
#ifdef TIXSYNC_SYNC_HAVE_TEMPLATE
#include "template/payloadbuilder.h"
#include "template/templatestore.h"
#endif

#include <QCoreApplication>

namespace tixsync::sync {

InjectionSettings InjectionSettings::load(const Store &store)
{
    InjectionSettings s;
    s.templateName = store.setting(QStringLiteral("sync/templateName"));
    s.barcodePrefix = store.setting(QStringLiteral("sync/barcodePrefix"));
    s.barcodePostfix = store.setting(QStringLiteral("sync/barcodePostfix"));
    const QString langs = store.setting(QStringLiteral("sync/languages"));
    for (const QString &l : langs.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!l.trimmed().isEmpty())
            s.languages << l.trimmed();
    return s;
}

Status InjectionSettings::save(Store &store) const
{
    return store.transaction([&]() -> Status {
        for (const auto &[k, v] : {std::pair{"sync/templateName", templateName},
                 std::pair{"sync/barcodePrefix", barcodePrefix}, std::pair{"sync/barcodePostfix", barcodePostfix},
                 std::pair{"sync/languages", languages.join(QLatin1Char(','))}}) {
            if (auto ok = store.setSetting(QString::fromLatin1(k), v); !ok)
                return ok;
        }
        return {};
    });
}

Result<PayloadFactory> makePayloadFactory(Store &store, const RunOptions &options)
{
#ifndef TIXSYNC_SYNC_HAVE_TEMPLATE
    Q_UNUSED(store);
    Q_UNUSED(options);
    return fail(QStringLiteral("SYNC_TEMPLATE"),
        QCoreApplication::translate("Sync",
            "This TixSync was built without the template engine; it cannot build "
            "ticket payloads."));
#else
    const InjectionSettings settings = InjectionSettings::load(store);
    std::shared_ptr<const tpl::Template> tpl;
    if (settings.templateName.isEmpty()) {
        tpl = std::make_shared<const tpl::Template>(tpl::Template::defaultTemplate());
    } else {
        auto loaded = tpl::TemplateStore(store).load(settings.templateName);
        if (!loaded)
            return fail(QStringLiteral("SYNC_TEMPLATE"),
                QCoreApplication::translate("Sync",
                    "Cannot load the ticket template \"%1\" (setting "
                    "sync/templateName): %2")
                    .arg(settings.templateName, loaded.error().message));
        tpl = std::make_shared<const tpl::Template>(std::move(*loaded));
    }
    tpl::PayloadOptions po;
    po.barcodePrefix = settings.barcodePrefix;
    po.barcodePostfix = settings.barcodePostfix;
    po.languages = settings.languages;
    po.sendMultilingualAsJsonObject = options.parameters.sendMultilingualAsJsonObject;
    auto builder = std::make_shared<const tpl::PayloadBuilder>(tpl, po);
    if (auto st = builder->status(); !st)
        return fail(QStringLiteral("SYNC_TEMPLATE"),
            QCoreApplication::translate("Sync",
                "The ticket template cannot be used: %1 Fix it in the template "
                "editor.")
                .arg(st.error().toString()));
    if (options.parameters.dumpDataModifiedByTemplate) {
        // TPL-11: log the values the template changed, per ticket (category tixsync.template).
        return PayloadFactory([builder](const Ticket &t, const Event &e) {
            QList<tpl::TemplateChange> changes;
            auto payload = builder->build(t, e, &changes);
            for (const tpl::TemplateChange &c : changes)
                qCInfo(lcTemplate).noquote()
                    << "ticket" << t.ticketId << "row" << c.row << c.path << ":"
                    << (c.before.isEmpty() ? QStringLiteral("(added)") : c.before) << "->" << c.after;
            return payload;
        });
    }
    return PayloadFactory([builder](const Ticket &t, const Event &e) { return builder->build(t, e); });
#endif
}

} // namespace tixsync::sync
