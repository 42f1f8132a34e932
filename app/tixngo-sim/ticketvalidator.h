#pragma once

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
/// (rules PAY-1..PAY-6). Cheap by design: a few dozen hash lookups and length checks per
/// ticket, no allocation on the success path. Reports the first problem found.
class TicketValidator {
public:
    std::optional<TicketError> validate(const QJsonObject &ticket) const;

    /// PAY-3: ≤256 characters, ASCII letters, digits, space and `*.-_+/()` only.
    static std::optional<TicketError> checkTicketId(const QJsonValue &value, const QString &field);
    /// True when every character of `id` is allowed in a ticket id.
    static bool ticketIdCharsOk(QStringView id);
};

} // namespace sim
