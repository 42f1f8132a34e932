#pragma once

#include <QString>
#include <cstdint>
#include <vector>

// Plain data of the simulated TIXNGO organizer: statuses, people, ticket versions.
namespace sim {

/// The 19 TIXNGO v3 lifecycle statuses (interface doc §4), in the order of that list.
enum class Status : std::uint8_t {
    Injected,
    Downloaded,
    Assigned,
    PendingTransfer,
    FailureTransfer,
    Failure,
    Transferred,
    OnlineActivated,
    OfflineActivated,
    ManualActivated,
    BtActivated,
    Activated,
    Deactivated,
    Controlled,
    DeletionPending,
    Deleted,
    Default,
    Invalid,
    Pending,
};
inline constexpr int StatusCount = 19;

/// "INJECTED", "PENDING_TRANSFER"… as a Latin-1 literal.
const char *statusName(Status status);
/// Parses an exact (upper-case) status name. Returns false when unknown.
bool parseStatus(QStringView name, Status *out);
bool isActivated(Status status);
bool isDeleted(Status status);

/// Who caused a change (the `actor` of a history entry).
enum class Actor : std::uint8_t { Organizer, Mobile, BackOffice, System };
const char *actorName(Actor actor);
bool parseActor(QStringView name, Actor *out);

struct Person {
    QString firstName;
    QString lastName;
    QString email;
    bool isNull() const { return firstName.isEmpty() && lastName.isEmpty() && email.isEmpty(); }
    bool operator==(const Person &) const = default;
};

/// The feed-visible state of a ticket after one change. Every change appends a version, so a
/// diff-feed page can be replayed exactly as it was first served (rule API-10).
struct Version {
    qint64 atMs = 0;
    Status status = Status::Injected;
    Actor actor = Actor::Organizer;
    bool controlled = false;
    QString deletionReason;
    Person owner;
    Person previousOwner;
    Person holder;
};

struct Ticket {
    QString id;
    QString eventId;
    QByteArray payload; // the ticket's JSON text as last injected
    Person initialOwner;
    qint64 controlledAtMs = 0;
    bool showDeletedTicket = false;
    bool offlineActivation = false;
    qint64 activationAtMs = 0; // 0 = not given
    std::vector<Version> versions; // never empty
    const Version &current() const { return versions.back(); }
};

struct Event {
    QString id;
    QByteArray data; // JSON text of the `event` object of the latest injection
    qint64 startMs = 0;
    qint64 expirationMs = 0; // 0 = not given
};

/// One entry of the ordered change log: ticket index and version index.
struct ChangeRef {
    std::uint32_t ticket = 0;
    std::uint32_t version = 0;
};

/// Milliseconds since the epoch as RFC 3339 UTC with milliseconds: 2026-06-01T18:02:11.000Z.
QByteArray formatTime(qint64 ms);

/// Strict RFC 3339 date-time check (`T`, seconds, optional fraction, `Z` or `±hh:mm`),
/// with calendar ranges. On success stores milliseconds since the epoch in *ms when given.
bool parseRfc3339(QStringView text, qint64 *ms = nullptr);
bool parseRfc3339(QLatin1String text, qint64 *ms = nullptr);

} // namespace sim
