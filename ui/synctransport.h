#pragma once

#include "sync/runcontroller.h"

namespace tixsync {

/// A RunController transport factory for `url` whose API key is held in memory only (the demo
/// simulator's random key, a key typed for one session). The key is never written to settings or
/// logs; the client's credential provider prints "<redacted>".
sync::RunController::TransportFactory staticKeyTransportFactory(const QString &url, const QString &apiKey);

} // namespace tixsync
