#pragma once

#include "core/error.h"
#include "core/store.h"

#include <functional>

namespace tixsync {

struct DemoDataOptions {
    int events = 12;
    int ticketsPerEvent = 500;
    quint32 seed = 1;
};

struct DemoDataStats {
    int events = 0;
    qint64 tickets = 0;
};

/// Fills the store with realistic, deterministic demo data: football matches and concerts in
/// real-looking venues (CH, FR, DE, GB), seated tickets with categories and prices in CHF, EUR
/// or GBP, buyers and holders from several countries, mostly TIXNGO wallet tickets, a few
/// membership and season cards (with the comfort variables S-360 sets on such products: season
/// cards valid from start_of_season to end_of_season, single-match products activated -1d, -3h or at
/// a fixed time; docs/import-format.md), and a believable mix of every S-360 status with the TIXNGO side
/// that goes with it. The same seed gives byte-identical data: dates are relative to a reference
/// date derived from the seed, never to "now". Ids are derived from the seed too, so running it
/// again with the same seed updates the same rows. Everything lands in one transaction, through
/// the importer's bulk path.
///
/// progress(ticketsDone, ticketsTotal) is called now and then; returning false cancels (nothing is written).
Result<DemoDataStats> generateDemoData(
    Store &store, const DemoDataOptions &options, const std::function<bool(qint64, qint64)> &progress = {});

} // namespace tixsync
