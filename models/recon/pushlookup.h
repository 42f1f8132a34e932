#pragma once

#include "recontypes.h"

#include <QHash>
#include <QString>

namespace tixsync::recon {

/// When a ticket was last pushed to TIXNGO, as the sync engine records it (its processed
/// markers). Reconciliation asks only for tickets that disagree (REC-4, REC-6), so one lookup per
/// candidate is fine. Without a lookup the reconciler derives "pushed" from the tickets table:
/// `last_sync_at` at or after the S-360 change counts as the push.
class PushLookup {
public:
    enum class Kind { Deletion, Control };
    virtual ~PushLookup() = default;
    /// UTC seconds of the last successful push of `kind` for `ticketId`, or NoTime if never pushed.
    virtual qint64 pushedAt(Kind kind, const QString &ticketId) const = 0;
};

/// A PushLookup over two hashes (tests, or a caller that pre-loads the sync tables).
class MapPushLookup final : public PushLookup {
public:
    QHash<QString, qint64> deletions;
    QHash<QString, qint64> controls;

    qint64 pushedAt(Kind kind, const QString &ticketId) const override
    {
        const auto &map = kind == Kind::Deletion ? deletions : controls;
        return map.value(ticketId, NoTime);
    }
};

} // namespace tixsync::recon
