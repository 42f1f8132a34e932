#pragma once

#include "sync/syncengine.h"

#include <QMap>
#ifdef TIXSYNC_SYNC_HAVE_TEMPLATE
#include "template/payloadbuilder.h"

#include <memory>
#endif

namespace tixsync::sync {

/// Injection settings kept in the database (`settings` table), shared by the GUI and the CLI.
struct InjectionSettings {
    QString templateName; // setting sync/templateName; empty = the template shipped with TixSync
    QString barcodePrefix; // sync/barcodePrefix (INJ-8)
    QString barcodePostfix; // sync/barcodePostfix (INJ-8)
    QStringList languages; // sync/languages, comma-separated; empty = en

    static InjectionSettings load(const Store &store);
    Status save(Store &store) const;
};

/// The production PayloadFactory: the template engine's PayloadBuilder with the stored template
/// and settings, and the run's custom parameters (sendMultilingualAsJsonObject). Fails when the
/// template cannot be loaded or has errors (the run then ends in Error before any call).
///
/// Each ticket's product (Ticket::productCode, table products) brings its comfort variables and
/// season dates (interface doc §5.2, rules TPL-8, TPL-9): the payload is built batch default →
/// comfort variables of the ticket's product → template. Relative values (`-1d`) count from the
/// performance start; absolute ones (`dd/mm/yy hh:mm`), `start_of_season` (the season's first day
/// at 00:00) and `end_of_season` (its last day at 23:59:59) are wall-clock times in the event's
/// time zone (else the performance start's UTC offset). Products are read once, when the factory is made (at the start
/// of a run). A product whose values cannot be used fails only its own tickets, with a mapping error naming the
/// product.
Result<PayloadFactory> makePayloadFactory(Store &store, const RunOptions &options);

#ifdef TIXSYNC_SYNC_HAVE_TEMPLATE
/// What every injection payload starts from: the stored injection template (setting
/// sync/templateName, else the one shipped with TixSync) and the payload options from the stored
/// settings and the run's sendMultilingualAsJsonObject — before any product's comfort variables.
/// Error SYNC_TEMPLATE when the stored template cannot be loaded.
struct InjectionTemplate {
    std::shared_ptr<const tpl::Template> tpl;
    tpl::PayloadOptions options;
};
Result<InjectionTemplate> loadInjectionTemplate(Store &store, const RunOptions &options);
#endif

/// A product's comfort variables by name (TIXAct, TIXStart, TIXExp, TIXRGrp), the non-empty ones,
/// as the template engine's PayloadOptions::comfortVariables takes them (with seasonStart and
/// seasonEnd from the product): for every tool that builds a payload for a stored ticket.
QMap<QString, QString> comfortVariables(const Product &product);

} // namespace tixsync::sync
