#pragma once

#include "core/error.h"
#include "reconresult.h"
#include "sync/tixngotransport.h"

#include <atomic>
#include <functional>
#include <vector>

namespace tixsync::recon {

/// TIXNGO's whole view of the tickets, for UNKNOWN_TO_S360 (REC-9) and fresher states: its diff
/// feed read from the start, page by page (the feed is replayable, API-10), keeping each ticket's
/// newest state. The feedback function's stored pagination key is neither read nor moved, and
/// nothing is written. `progress` gets the number of tickets read so far after each page; `cancel`
/// (set from any thread) stops between pages with the error RECON_CANCELLED. Blocking: call it in a
/// worker thread or the CLI, with a transport of that thread.
Result<std::vector<TixngoTicketState>> readTixngoView(sync::TixngoTransport &transport,
    const std::function<void(qsizetype)> &progress = {}, const std::atomic<bool> *cancel = nullptr);

} // namespace tixsync::recon
