#pragma once
// Small builders shared by the reconciliation tests.
#include "core/datetime.h"
#include "core/domain.h"

#include <QDateTime>

namespace reconfixtures {

inline QDateTime at(const char *rfc3339)
{
    return tixsync::parseRfc3339(QString::fromLatin1(rfc3339));
}
inline qint64 secs(const char *rfc3339)
{
    return at(rfc3339).toSecsSinceEpoch();
}

inline tixsync::Ticket ticket(const QString &id, const QString &event, tixsync::S360Status s,
    tixsync::TixngoStatus t = tixsync::TixngoStatus::None, bool controlled = false)
{
    tixsync::Ticket k;
    k.ticketId = id;
    k.ticketNumber = id;
    k.eventId = event;
    k.barcode = QStringLiteral("BC-") + id;
    k.s360Status = s;
    k.tixngoStatus = t;
    k.tixngoControlled = controlled;
    return k;
}

inline tixsync::Event event(const QString &id)
{
    tixsync::Event e;
    e.eventId = id;
    e.name = QStringLiteral("Event ") + id;
    e.startTime = at("2026-06-01T20:00:00+02:00");
    return e;
}

} // namespace reconfixtures
