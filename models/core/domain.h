#pragma once

#include "statuses.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace tixsync {

/// A person as S-360 holds it (cultural contact / buyer, beneficiary / ticket holder) or as
/// TIXNGO reports it (owner, holder). Holder-only fields are empty for contacts.
struct Person {
    QString title;
    QString firstName;
    QString lastName;
    QString email;
    QString gender; // M F U X, or empty
    QString birthDate; // yyyy-MM-dd
    QString idNumber;
    QString countryCode;
    QString birthRegion;
    QString birthPlace;

    bool isEmpty() const { return firstName.isEmpty() && lastName.isEmpty() && email.isEmpty(); }
    /// "First Last <email>" with the parts that exist.
    QString displayName() const;
};

/// An S-360 performance / match / concert: what TIXNGO calls an event (interface doc §5.1).
struct Event {
    QString eventId;
    QString name;
    QString eventType; // MATCH, CONCERT, SERVICE, MEMBERSHIP…
    QString hostTeam;
    QString opposingTeam;
    QString groupName; // competition / tour
    QString season;
    QDateTime startTime; // with its UTC offset
    QDateTime endTime; // may be invalid
    int durationMinutes = 0;
    QString site; // venue (Space_externalName)
    QString city; // Site_externalName
    QString addressLine1;
    QString addressLine2;
    QString addressLine3;
    QString countryCode;
    QString region;
    QString zip;
    double latitude = 0;
    double longitude = 0;
    QString website;
    QString timeZone; // IANA id, e.g. Europe/Zurich
};

/// A product's injection settings as S-360 holds them (interface doc §5.2, rule TPL-9): the
/// comfort variables set on the product, kept as the text the organizer wrote, and the season
/// dates that `start_of_season` / `end_of_season` stand for. A product is the productCode of its
/// tickets; a product without a row here has no comfort variables.
struct Product {
    QString productCode;
    QString tixAct; // TIXAct → activationParameters.time
    QString tixStart; // TIXStart → event.startTime
    QString tixExp; // TIXExp → event.expirationDate
    QString tixRGrp; // TIXRGrp → activationParameters.groupId
    QDate seasonStart; // invalid = not set
    QDate seasonEnd;

    bool hasComfortVariables() const
    {
        return !tixAct.isEmpty() || !tixStart.isEmpty() || !tixExp.isEmpty() || !tixRGrp.isEmpty();
    }
};

/// Product kinds S-360 issues to TIXNGO: tickets, or digital privileges (§2).
inline constexpr auto ProductKindTicket = "TICKET";
inline constexpr auto ProductKindMembership = "MEMBERSHIP";
inline constexpr auto ProductKindSeasonCard = "SEASON_CARD";

/// One S-360 ticket with everything S-360 holds for the interface, plus the TIXNGO side as last
/// known locally (from injection results and feedback).
struct Ticket {
    QString ticketId; // S-360 ticket id, sent as TIXNGO ticketId
    QString ticketNumber; // tax number, used by force/skip lists
    QString fileNumber; // S-360 order (file) id
    QString eventId;
    QString barcode;
    QString productKind = QString::fromLatin1(ProductKindTicket);
    QString productCode;
    QString productName; // Product_externalName
    QString productFamily;
    QString salesChannel;
    QString tariff;
    QString category;
    double price = 0;
    QString currency;
    QString seatGate;
    QString seatArea;
    QString seatBlock;
    QString seatRow;
    QString seatNumber;
    QString entrance;
    Person contact; // cultural contact (buyer / owner in S-360)
    Person holder; // beneficiary (ticket holder)
    QString shipmentMode; // TIXNGO tickets use a BLOCKCHAIN-type mode
    S360Status s360Status = S360Status::NotPrinted;
    QString s360Reason; // cancellation / invalidation reason
    QDateTime s360StatusChangedAt;
    QDateTime controlledAt;
    QDateTime issuedAt;
    // TIXNGO side, as last known
    TixngoStatus tixngoStatus = TixngoStatus::None;
    Person tixngoOwner;
    Person tixngoInitialOwner;
    Person tixngoPreviousOwner;
    Person tixngoHolder;
    QString tixngoDeletionReason;
    bool tixngoControlled = false;
    QDateTime tixngoUpdatedAt;
    QDateTime lastSyncAt;
    QDateTime injectedAt;
};

/// One entry of a ticket's TIXNGO status history (feedback `history`).
struct TixngoHistoryEntry {
    QString ticketId;
    TixngoStatus status = TixngoStatus::None;
    QDateTime at;
    QString actor;
};

} // namespace tixsync
