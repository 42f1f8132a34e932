#pragma once

#include "core/error.h"
#include "pushlookup.h"

#include <memory>

namespace tixsync {
class Store;
}

namespace tixsync::recon {

/// A PushLookup over the sync engine's processed markers: table `sync_processed` (schema v3),
/// functions `push-cancelled` and `push-controlled`, time `processed_at`. Read once into two
/// hashes (only pushed tickets, a fraction of all). load() fails with RECON_NO_SYNC_MARKERS on a
/// database without that table; the reconciler then derives "pushed" from `last_sync_at`.
class StorePushLookup final : public PushLookup {
public:
    static Result<std::unique_ptr<StorePushLookup>> load(const Store &store);

    qint64 pushedAt(Kind kind, const QString &ticketId) const override;
    qsizetype size() const { return m_deletions.size() + m_controls.size(); }

private:
    QHash<QString, qint64> m_deletions;
    QHash<QString, qint64> m_controls;
};

} // namespace tixsync::recon
