#pragma once

#include "jsondom.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace sim {

/// A per-ticket error as returned in `results[i].error`.
struct TicketError {
    QByteArray code; // MISSING_FIELD, FIELD_TOO_LONG, INVALID_CHARACTERS, INVALID_DATE, INVALID_VALUE…
    QString field; // dotted path inside the ticket, e.g. "event.address.zip"
    QString message;
};

/// Checks one injected ticket against the payload rules of the interface doc §5.1
/// (rules PAY-1..PAY-6). Cheap by design: works on the raw request text (JsonDom), a few dozen
/// in-place key comparisons and length counts per ticket, no allocation on the success path.
/// Reports the first problem found.
class TicketValidator {
public:
    std::optional<TicketError> validate(const JsonDom &dom, int ticket) const;
    /// Convenience for tests: validates a QJsonObject through the same code.
    std::optional<TicketError> validate(const QJsonObject &ticket) const;

    /// PAY-3: ≤256 characters, ASCII letters, digits, space and `*.-_+/()` only.
    static std::optional<TicketError> checkTicketId(const JsonDom &dom, int node, const QString &field);
    /// True when every character of `id` (UTF-8) is allowed in a ticket id.
    static bool ticketIdCharsOk(const QByteArray &id);
};

} // namespace sim
