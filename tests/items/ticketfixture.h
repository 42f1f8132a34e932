#pragma once
// Small deterministic stores for the item-model and window tests, written through the Store API.

#include "core/store.h"

#include <QTimeZone>

namespace tixsync::testing {

inline const QStringList &firstNames()
{
    static const QStringList n = {QStringLiteral("Anna"), QStringLiteral("Zoë"), QStringLiteral("Luca"),
        QStringLiteral("Jean-Marc"), QStringLiteral("Élodie"), QStringLiteral("Ben")};
    return n;
}
inline const QStringList &lastNames()
{
    static const QStringList n = {QStringLiteral("Müller"), QStringLiteral("Rossi"), QStringLiteral("Dupont"),
        QStringLiteral("Keller"), QStringLiteral("Berset"), QStringLiteral("Weber"), QStringLiteral("Favre")};
    return n;
}

inline QString eventId(int e)
{
    return QStringLiteral("EV%1").arg(e);
}
/// Ticket ids T<e>-<j> with j unpadded, so that natural order differs from byte order (T1-9 < T1-10).
inline QString ticketId(int e, int j)
{
    return QStringLiteral("T%1-%2").arg(e).arg(j);
}
inline QString ticketNumber(int e, int j)
{
    return QString::number(700000 + e * 1000 + j);
}

/// Statuses cycle with j: S-360 by j % 5 (enum order), TIXNGO following the mapping of §4.1.
inline S360Status s360For(int j)
{
    return static_cast<S360Status>(j % S360StatusCount);
}
inline TixngoStatus tixngoFor(int j)
{
    switch (s360For(j)) {
    case S360Status::NotPrinted:
        return TixngoStatus::None;
    case S360Status::Printed:
        return (j / 5) % 2 ? TixngoStatus::Injected : TixngoStatus::Downloaded;
    case S360Status::Controlled:
        return TixngoStatus::Controlled;
    case S360Status::Invalidated:
        return TixngoStatus::DeletionPending;
    case S360Status::Cancelled:
        return TixngoStatus::Deleted;
    }
    return TixngoStatus::None;
}

inline Event makeEvent(int e)
{
    Event ev;
    ev.eventId = eventId(e);
    ev.name = QStringLiteral("Match %1, FC Home – FC Away").arg(e);
    ev.eventType = QStringLiteral("MATCH");
    // Later event ids start earlier, so that start-time order differs from id order.
    ev.startTime = QDateTime(QDate(2026, 12, 20 - e), QTime(20, 0), QTimeZone(3600));
    ev.site = QStringLiteral("Stade %1").arg(e);
    ev.city = QStringLiteral("Genève");
    ev.countryCode = QStringLiteral("CH");
    return ev;
}

inline Ticket makeTicket(int e, int j)
{
    Ticket t;
    t.ticketId = ticketId(e, j);
    t.ticketNumber = ticketNumber(e, j);
    t.eventId = eventId(e);
    t.seatGate = QStringLiteral("G%1").arg(j % 4 + 1);
    t.seatBlock = QStringLiteral("B%1").arg(100 + e);
    t.seatRow = QString::number(j / 10 + 1);
    t.seatNumber = QString::number(j % 10 + 1);
    t.holder.firstName = firstNames().at(j % firstNames().size());
    t.holder.lastName = lastNames().at((j + e) % lastNames().size());
    t.holder.email = QStringLiteral("holder%1.%2@example.org").arg(e).arg(j);
    t.contact.firstName = QStringLiteral("Buyer%1").arg(j);
    t.contact.lastName = QStringLiteral("Contact");
    t.contact.email = QStringLiteral("buyer%1.%2@example.com").arg(e).arg(j);
    t.s360Status = s360For(j);
    if (t.s360Status == S360Status::Cancelled)
        t.s360Reason = QStringLiteral("RESALE");
    t.tixngoStatus = tixngoFor(j);
    if (t.tixngoStatus != TixngoStatus::None)
        t.lastSyncAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), QTimeZone::utc()).addSecs(60 * j);
    return t;
}

/// `events` events (EV1…) with `perEvent` tickets each, in one transaction.
inline Status fillStore(Store &store, int events, int perEvent)
{
    return store.transaction([&]() -> Status {
        for (int e = 1; e <= events; ++e) {
            if (auto ok = store.upsertEvent(makeEvent(e)); !ok)
                return ok;
            for (int j = 1; j <= perEvent; ++j)
                if (auto ok = store.upsertTicket(makeTicket(e, j)); !ok)
                    return ok;
        }
        return {};
    });
}

} // namespace tixsync::testing
