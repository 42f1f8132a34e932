#include "payloadfactory.h"

#include "core/logging.h"
#include "core/store.h"
#ifdef TIXSYNC_SYNC_HAVE_TEMPLATE
#include "template/payloadbuilder.h"
#include "template/templatestore.h"
#endif

#include <QCoreApplication>
#include <QHash>

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

QMap<QString, QString> comfortVariables(const Product &product)
{
    QMap<QString, QString> out;
    for (const auto &[name, value] : {std::pair{"TIXAct", &product.tixAct}, std::pair{"TIXStart", &product.tixStart},
             std::pair{"TIXExp", &product.tixExp}, std::pair{"TIXRGrp", &product.tixRGrp}})
        if (!value->trimmed().isEmpty())
            out.insert(QString::fromLatin1(name), *value);
    return out;
}

#ifdef TIXSYNC_SYNC_HAVE_TEMPLATE
Result<InjectionTemplate> loadInjectionTemplate(Store &store, const RunOptions &options)
{
    const InjectionSettings settings = InjectionSettings::load(store);
    InjectionTemplate out;
    if (settings.templateName.isEmpty()) {
        out.tpl = std::make_shared<const tpl::Template>(tpl::Template::defaultTemplate());
    } else {
        auto loaded = tpl::TemplateStore(store).load(settings.templateName);
        if (!loaded)
            return fail(QStringLiteral("SYNC_TEMPLATE"),
                QCoreApplication::translate("Sync",
                    "Cannot load the ticket template \"%1\" (setting "
                    "sync/templateName): %2")
                    .arg(settings.templateName, loaded.error().message));
        out.tpl = std::make_shared<const tpl::Template>(std::move(*loaded));
    }
    out.options.barcodePrefix = settings.barcodePrefix;
    out.options.barcodePostfix = settings.barcodePostfix;
    out.options.languages = settings.languages;
    out.options.sendMultilingualAsJsonObject = options.parameters.sendMultilingualAsJsonObject;
    return out;
}
#endif

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
    auto base = loadInjectionTemplate(store, options);
    if (!base)
        return fail(base.error());
    const std::shared_ptr<const tpl::Template> tpl = base->tpl;
    const tpl::PayloadOptions &po = base->options;
    auto builder = std::make_shared<const tpl::PayloadBuilder>(tpl, po);
    if (auto st = builder->status(); !st)
        return fail(QStringLiteral("SYNC_TEMPLATE"),
            QCoreApplication::translate("Sync",
                "The ticket template cannot be used: %1 Fix it in the template "
                "editor.")
                .arg(st.error().toString()));

    // Rules TPL-8, TPL-9: one builder per distinct set of comfort variables and season dates
    // (products that share a set share a builder), chosen per ticket by its product code.
    auto products = store.products();
    if (!products)
        return fail(products.error());
    struct ProductBuilder {
        std::shared_ptr<const tpl::PayloadBuilder> builder; // null when `error` is set
        Error error;
    };
    QHash<QString, ProductBuilder> byProduct;
    QHash<QString, std::shared_ptr<const tpl::PayloadBuilder>> bySet;
    for (const Product &p : std::as_const(*products)) {
        if (!p.hasComfortVariables())
            continue;
        tpl::PayloadOptions o = po;
        o.comfortVariables = comfortVariables(p);
        o.seasonStart = p.seasonStart;
        o.seasonEnd = p.seasonEnd;
        const QString key = QStringList{p.tixAct, p.tixStart, p.tixExp, p.tixRGrp, p.seasonStart.toString(Qt::ISODate),
            p.seasonEnd.toString(Qt::ISODate)}
                                .join(QChar(0x1f));
        auto &shared = bySet[key];
        if (!shared)
            shared = std::make_shared<const tpl::PayloadBuilder>(tpl, std::move(o));
        if (auto st = shared->status(); !st) {
            Error e = makeError(QStringLiteral("SYNC_COMFORT"),
                QCoreApplication::translate("Sync",
                    "The comfort variables of product %1 cannot be used: %2 Correct them in S-360 and import "
                    "the product again.")
                    .arg(p.productCode, st.error().message));
            byProduct.insert(p.productCode, ProductBuilder{nullptr, e});
        } else {
            byProduct.insert(p.productCode, ProductBuilder{shared, {}});
        }
    }
    const bool dump = options.parameters.dumpDataModifiedByTemplate;
    return PayloadFactory(
        [builder, byProduct = std::move(byProduct), dump](const Ticket &t, const Event &e) -> Result<QByteArray> {
            const tpl::PayloadBuilder *b = builder.get();
            if (!byProduct.isEmpty()) {
                const auto it = byProduct.constFind(t.productCode);
                if (it != byProduct.cend()) {
                    if (!it->builder)
                        return fail(it->error);
                    b = it->builder.get();
                }
            }
            if (!dump)
                return b->build(t, e);
            // TPL-11: log the values the template changed, per ticket (category tixsync.template).
            QList<tpl::TemplateChange> changes;
            auto payload = b->build(t, e, &changes);
            for (const tpl::TemplateChange &c : changes)
                qCInfo(lcTemplate).noquote()
                    << "ticket" << t.ticketId << "row" << c.row << c.path << ":"
                    << (c.before.isEmpty() ? QStringLiteral("(added)") : c.before) << "->" << c.after;
            return payload;
        });
#endif
}

} // namespace tixsync::sync
