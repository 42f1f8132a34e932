#pragma once

#include "sync/syncengine.h"

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
Result<PayloadFactory> makePayloadFactory(Store &store, const RunOptions &options);

} // namespace tixsync::sync
