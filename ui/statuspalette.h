#pragma once

#include "core/statuses.h"

#include <QColor>

namespace tixsync {

/// Colours of the status "pills": the TIXNGO back-office colours (DOWNLOADED green,
/// NOT_DOWNLOADED/INJECTED lavender, PENDING_TRANSFER beige, DELETION_PENDING orange, DELETED
/// red) and matching ones for the other statuses and for S-360. Light backgrounds with dark text
/// of the same hue (contrast ≥ 7:1); the code is always written too, never colour alone.
struct StatusColors {
    QColor background; // invalid = no pill (e.g. not in TIXNGO)
    QColor foreground;
};

class StatusPalette {
public:
    static StatusColors forS360(S360Status status);
    static StatusColors forTixngo(TixngoStatus status);
    /// By code ("DOWNLOADED"); `tixngo` chooses the vocabulary (CONTROLLED exists in both).
    static StatusColors forCode(const QString &code, bool tixngo);
};

} // namespace tixsync
