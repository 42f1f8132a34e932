#pragma once

#include "core/error.h"

#include <QString>

namespace tixsync {
class Store;
}

namespace tixsync::sync {

/// A lease in the database: at most one running instance per function and organizer, across
/// processes and machines (rule RUN-6; feedback per TIXNGO organizer, FB-8). A lease expires
/// (`ttlSeconds`) so that a crashed process frees it; a holder on this machine whose process is
/// gone is taken over at once. The run renews the lease while it works.
class Lease final {
public:
    Lease() = default;
    Lease(Lease &&other) noexcept;
    Lease &operator=(Lease &&other) noexcept;
    Lease(const Lease &) = delete;
    Lease &operator=(const Lease &) = delete;
    ~Lease();

    /// Takes the lease or fails with code SYNC_BUSY naming the holder and until when it holds.
    static Result<Lease> acquire(Store &store, const QString &function, const QString &organizer, int ttlSeconds = 120);
    /// Extends the expiry; fails (SYNC_LEASE_LOST) when another process took it over.
    Status renew();
    void release();
    bool isHeld() const { return m_store != nullptr; }
    QString holder() const { return m_holder; }

    /// "host:pid:nonce" of this process.
    static QString thisHolder();

private:
    Store *m_store = nullptr;
    QString m_function;
    QString m_organizer;
    QString m_holder;
    int m_ttl = 120;
};

} // namespace tixsync::sync
