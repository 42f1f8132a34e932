#pragma once

#include "simtypes.h"

#include <QHash>
#include <QJsonObject>
#include <deque>
#include <random>

namespace sim {

class JsonWriter;
class JsonDom;

/// What SimState keeps of one validated injected ticket.
struct TicketInput {
    QString id;
    QString eventId;
    QByteArray payload; // the ticket's JSON text
    QByteArray event; // the event's JSON text
    Person spectator;
    qint64 eventStartMs = 0;
    qint64 eventExpirationMs = 0;
    bool offlineActivation = false;
    qint64 activationAtMs = 0;

    /// Extracts the input from a ticket that passed TicketValidator.
    /// Without `keepPayload` the ticket's text is not copied (saves ≈1 KB per ticket).
    static TicketInput from(const JsonDom &dom, int ticket, bool keepPayload = true);
};

/// A ticket placed directly in a state (sim extra POST /_sim/seed): what the demo uses to start a
/// simulator that already knows the tickets its database says were injected.
struct SeedTicket {
    QString id;
    QString eventId;
    Status status = Status::Injected;
    bool controlled = false;
    QString deletionReason;
    Person owner;
    Person initialOwner;
    Person previousOwner;
    Person holder;
    qint64 atMs = 0; // when the state was reached; 0 = now
};

/// The simulated TIXNGO organizer: tickets, events and the ordered change log behind the diff
/// feed. Plain class, no timers or I/O: callers pass the current time (ms since the epoch), so
/// tests can drive it deterministically.
///
/// Every status or owner change appends a Version to the ticket and a ChangeRef to the log. The
/// diff feed serves log positions (key = position), writing each ticket as it was at that
/// version, so the same key always yields the same page (rule API-10).
class SimState {
public:
    struct OpResult {
        bool ok = false;
        Status status = Status::Injected;
        QByteArray errorCode; // when !ok: NOT_FOUND, TICKET_DELETED…
        QString message;
    };

    SimState();

    /// Forgets every ticket, event and change; starts a new feed epoch (old keys are refused).
    void reset();

    /// Creates or updates a ticket from a payload that passed TicketValidator. A new ticket is
    /// INJECTED; an existing one keeps its status. Creates or updates the event. Returns the
    /// ticket's status after the call.
    Status inject(const TicketInput &ticket, qint64 now);
    /// Convenience for tests: the same through a QJsonObject.
    Status inject(const QJsonObject &payload, qint64 now);
    OpResult remove(const QString &id, const QString &reason, bool showDeletedTicket, qint64 now);
    OpResult control(const QString &id, qint64 controlledAtMs, qint64 now);
    /// Seeds an event unless it is known (a known one keeps the data of its last injection).
    void seedEvent(const QString &id, const QByteArray &data, qint64 startMs, qint64 expirationMs);
    /// Places a new ticket in a state without an injection (sim extra): one version in that state
    /// (actor SYSTEM). DELETION_PENDING is confirmed after deletionConfirmMs() like an API delete.
    /// Returns false, changing nothing, when the ticket is already known or its event is not.
    bool seedTicket(const SeedTicket &ticket, qint64 now);
    /// Back-office style forced change (sim extra). `owner`/`holder` replace the current ones
    /// when given; a TRANSFERRED without owner gets a random new owner.
    OpResult force(const QString &id, Status status, const Person *owner, const Person *holder,
        const QString *deletionReason, qint64 now);

    /// Confirms due deletions (DELETION_PENDING → DELETED) and plays `actions` random spectator
    /// actions (downloads, assignments, transfers, activations near the event start).
    void tick(qint64 now, int actions);
    void setDeletionConfirmMs(qint64 ms) { m_deletionConfirmMs = ms; }
    qint64 deletionConfirmMs() const { return m_deletionConfirmMs; }
    void seed(quint64 seed) { m_rng.seed(seed); }

    const Ticket *find(const QString &id) const;
    qsizetype indexOf(const QString &id) const { return m_index.value(id, -1); }
    const std::vector<Ticket> &tickets() const { return m_tickets; }
    const QHash<QString, Event> &events() const { return m_events; }
    const std::vector<ChangeRef> &changes() const { return m_changes; }
    /// Grows on every mutation; used to save only when something changed.
    quint64 revision() const { return m_revision; }

    /// Diff feed: the log entries after position `from` (at most `limit` of them), oldest first;
    /// a ticket changed twice in that window appears twice. `*next` = new position.
    std::vector<ChangeRef> diffPage(qsizetype from, qsizetype limit, qsizetype *next) const;
    QByteArray pageKey(qsizetype position) const;
    /// Accepts keys made by pageKey() for the current epoch and a position inside the log.
    bool parsePageKey(QStringView key, qsizetype *position) const;

    /// The feed object of a ticket as it was at a version (diff feed, read one).
    void writeTicket(JsonWriter &w, const ChangeRef &ref, bool withPayload = false) const;
    void writeLatest(JsonWriter &w, qsizetype ticketIndex, bool withPayload = false) const;
    static void writePerson(JsonWriter &w, const Person &p, bool withEmail = true);

    /// Persistence (JSON). load() replaces the whole state; returns false with a message on a
    /// corrupt file.
    QByteArray save() const;
    bool load(const QByteArray &json, QString *error);

private:
    Ticket *mutableFind(const QString &id);
    Version &append(qsizetype ticketIndex, Version v);
    Person randomPerson();
    void spectatorAction(qint64 now);
    void scheduleDeletion(qsizetype ticketIndex, qint64 requestedAt);

    std::vector<Ticket> m_tickets;
    QHash<QString, qsizetype> m_index;
    QHash<QString, Event> m_events;
    std::vector<ChangeRef> m_changes;
    std::deque<std::pair<qint64, qsizetype>> m_pendingDeletions; // due time, ticket index
    QByteArray m_epoch;
    qint64 m_deletionConfirmMs = 1000;
    quint64 m_revision = 0;
    quint64 m_personCounter = 0;
    std::mt19937_64 m_rng{42};
};

} // namespace sim
