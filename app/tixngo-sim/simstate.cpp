#include "simstate.h"

#include "jsondom.h"
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace sim {

namespace {

constexpr qint64 kActivationWindowMs = 3 * 3600 * 1000; // tickets activate in the 3 h before the start
constexpr qint64 kDefaultEventLengthMs = 24 * 3600 * 1000;

Person personFromJson(const QJsonValue &v)
{
    if (!v.isObject())
        return {};
    const QJsonObject o = v.toObject();
    return Person{o.value(QLatin1String("firstName")).toString(), o.value(QLatin1String("lastName")).toString(),
        o.value(QLatin1String("email")).toString()};
}

qint64 dateMs(const JsonDom &d, int obj, const char *key)
{
    qint64 ms = 0;
    const int n = d.member(obj, key);
    return d.isString(n) && parseRfc3339(d.string(n), &ms) ? ms : 0;
}

Person personFrom(const JsonDom &d, int obj)
{
    return Person{
        d.string(d.member(obj, "firstName")), d.string(d.member(obj, "lastName")), d.string(d.member(obj, "email"))};
}

QByteArray newEpoch()
{
    return QByteArray::number(QRandomGenerator::global()->generate64() & 0xffffffffffffULL, 36);
}

} // namespace

SimState::SimState()
    : m_epoch(newEpoch())
{
}

void SimState::reset()
{
    m_tickets.clear();
    m_index.clear();
    m_events.clear();
    m_changes.clear();
    m_pendingDeletions.clear();
    m_epoch = newEpoch();
    ++m_revision;
}

Ticket *SimState::mutableFind(const QString &id)
{
    const qsizetype i = m_index.value(id, -1);
    return i < 0 ? nullptr : &m_tickets[size_t(i)];
}

const Ticket *SimState::find(const QString &id) const
{
    const qsizetype i = m_index.value(id, -1);
    return i < 0 ? nullptr : &m_tickets[size_t(i)];
}

TicketInput TicketInput::from(const JsonDom &d, int t, bool keepPayload)
{
    TicketInput in;
    in.id = d.string(d.member(t, "ticketId"));
    const int event = d.member(t, "event");
    in.eventId = d.string(d.member(event, "id"));
    if (keepPayload)
        in.payload = d.raw(t);
    in.event = d.raw(event);
    in.spectator = personFrom(d, d.member(t, "spectatorDetails"));
    in.eventStartMs = dateMs(d, event, "startTime");
    in.eventExpirationMs = dateMs(d, event, "expirationDate");
    const int activation = d.member(t, "activationParameters");
    in.offlineActivation = d.utf8(d.member(activation, "method")) == "offline";
    in.activationAtMs = dateMs(d, activation, "time");
    return in;
}

Version &SimState::append(qsizetype ticketIndex, Version v)
{
    Ticket &t = m_tickets[size_t(ticketIndex)];
    t.versions.push_back(std::move(v));
    m_changes.push_back(ChangeRef{std::uint32_t(ticketIndex), std::uint32_t(t.versions.size() - 1)});
    ++m_revision;
    return t.versions.back();
}

Status SimState::inject(const QJsonObject &payload, qint64 now)
{
    JsonDom d;
    d.parse(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return inject(TicketInput::from(d, 0), now);
}

Status SimState::inject(const TicketInput &in, qint64 now)
{
    const QString &id = in.id;
    const QString &eventId = in.eventId;

    // The event is created on first use; later injections update it for all its tickets.
    Event &event = m_events[eventId];
    event.id = eventId;
    event.data = in.event;
    event.startMs = in.eventStartMs;
    event.expirationMs = in.eventExpirationMs;

    const Person &spectator = in.spectator;
    const qsizetype existing = m_index.value(id, -1);
    if (existing >= 0) {
        Ticket &t = m_tickets[size_t(existing)];
        t.payload = in.payload;
        t.eventId = event.id; // shares the event's string
        t.offlineActivation = in.offlineActivation;
        t.activationAtMs = in.activationAtMs;
        ++m_revision;
        // Still on no phone: the new spectator becomes the owner (an owner change for the feed).
        if (t.current().status == Status::Injected && !(t.current().owner == spectator)) {
            t.initialOwner = spectator;
            Version v = t.current();
            v.atMs = now;
            v.actor = Actor::Organizer;
            v.owner = spectator;
            append(existing, std::move(v));
        }
        return t.current().status;
    }

    Ticket t;
    t.id = id;
    t.eventId = event.id;
    t.payload = in.payload;
    t.initialOwner = spectator;
    t.offlineActivation = in.offlineActivation;
    t.activationAtMs = in.activationAtMs;
    Version v;
    v.atMs = now;
    v.status = Status::Injected;
    v.actor = Actor::Organizer;
    v.owner = spectator;
    t.versions.push_back(std::move(v));
    const qsizetype index = qsizetype(m_tickets.size());
    m_tickets.push_back(std::move(t));
    m_index.insert(id, index);
    m_changes.push_back(ChangeRef{std::uint32_t(index), 0});
    ++m_revision;
    return Status::Injected;
}

SimState::OpResult SimState::remove(const QString &id, const QString &reason, bool showDeletedTicket, qint64 now)
{
    const qsizetype i = m_index.value(id, -1);
    if (i < 0)
        return {false, Status::Injected, "NOT_FOUND", QStringLiteral("ticket %1 is unknown to TIXNGO").arg(id)};
    Ticket &t = m_tickets[size_t(i)];
    if (isDeleted(t.current().status)) // idempotent
        return {true, t.current().status, {}, {}};
    t.showDeletedTicket = showDeletedTicket;
    Version v = t.current();
    v.atMs = now;
    v.status = Status::DeletionPending;
    v.actor = Actor::Organizer;
    v.deletionReason = reason;
    append(i, std::move(v));
    scheduleDeletion(i, now);
    return {true, Status::DeletionPending, {}, {}};
}

void SimState::scheduleDeletion(qsizetype ticketIndex, qint64 requestedAt)
{
    if (m_deletionConfirmMs >= 0)
        m_pendingDeletions.emplace_back(requestedAt + m_deletionConfirmMs, ticketIndex);
}

SimState::OpResult SimState::control(const QString &id, qint64 controlledAtMs, qint64 now)
{
    const qsizetype i = m_index.value(id, -1);
    if (i < 0)
        return {false, Status::Injected, "NOT_FOUND", QStringLiteral("ticket %1 is unknown to TIXNGO").arg(id)};
    Ticket &t = m_tickets[size_t(i)];
    if (isDeleted(t.current().status))
        return {false, t.current().status, "TICKET_DELETED",
            QStringLiteral("ticket %1 is deleted in TIXNGO and cannot be controlled").arg(id)};
    if (t.current().status == Status::Controlled) // idempotent
        return {true, Status::Controlled, {}, {}};
    t.controlledAtMs = controlledAtMs > 0 ? controlledAtMs : now;
    Version v = t.current();
    v.atMs = now;
    v.status = Status::Controlled;
    v.actor = Actor::Organizer;
    v.controlled = true;
    append(i, std::move(v));
    return {true, Status::Controlled, {}, {}};
}

void SimState::seedEvent(const QString &id, const QByteArray &data, qint64 startMs, qint64 expirationMs)
{
    if (m_events.contains(id))
        return;
    Event &e = m_events[id];
    e.id = id;
    e.data = data;
    e.startMs = startMs;
    e.expirationMs = expirationMs;
    ++m_revision;
}

bool SimState::seedTicket(const SeedTicket &in, qint64 now)
{
    const auto ev = m_events.constFind(in.eventId);
    if (ev == m_events.cend() || m_index.contains(in.id))
        return false;
    Version v;
    // Taken as given, even ahead of the clock: a seeded world (the demo data) has its own dates.
    v.atMs = in.atMs > 0 ? in.atMs : now;
    v.status = in.status;
    v.actor = Actor::System;
    v.controlled = in.controlled || in.status == Status::Controlled;
    v.deletionReason = in.deletionReason;
    v.owner = in.owner;
    v.previousOwner = in.previousOwner;
    v.holder = in.holder;
    Ticket t;
    t.id = in.id;
    t.eventId = ev->id; // shares the event's string
    t.initialOwner = in.initialOwner.isNull() ? in.owner : in.initialOwner;
    if (v.controlled)
        t.controlledAtMs = v.atMs;
    t.versions.push_back(std::move(v));
    const qsizetype i = qsizetype(m_tickets.size());
    m_tickets.push_back(std::move(t));
    m_index.insert(in.id, i);
    m_changes.push_back(ChangeRef{std::uint32_t(i), 0});
    ++m_revision;
    if (in.status == Status::DeletionPending)
        scheduleDeletion(i, now);
    return true;
}

SimState::OpResult SimState::force(const QString &id, Status status, const Person *owner, const Person *holder,
    const QString *deletionReason, qint64 now)
{
    const qsizetype i = m_index.value(id, -1);
    if (i < 0)
        return {false, Status::Injected, "NOT_FOUND", QStringLiteral("ticket %1 is unknown to TIXNGO").arg(id)};
    Ticket &t = m_tickets[size_t(i)];
    Version v = t.current();
    v.atMs = now;
    v.status = status;
    v.actor = Actor::BackOffice;
    if (status == Status::Controlled) {
        v.controlled = true;
        t.controlledAtMs = now;
    }
    if (owner && !(*owner == v.owner)) {
        v.previousOwner = v.owner;
        v.owner = *owner;
    } else if (!owner && status == Status::Transferred) {
        v.previousOwner = v.owner;
        v.owner = randomPerson();
    }
    if (holder)
        v.holder = *holder;
    if (deletionReason)
        v.deletionReason = *deletionReason;
    else if (!isDeleted(status))
        v.deletionReason.clear(); // back in the wallet
    else if (v.deletionReason.isEmpty())
        v.deletionReason = QStringLiteral("BACK_OFFICE");
    append(i, std::move(v));
    if (status == Status::DeletionPending)
        scheduleDeletion(i, now);
    return {true, status, {}, {}};
}

Person SimState::randomPerson()
{
    static const char *first[]
        = {"Alice", "Bruno", "Chiara", "David", "Elena", "Fatou", "Gustav", "Hana", "Ivan", "Julie"};
    static const char *last[]
        = {"Meier", "Rossi", "Dubois", "Keller", "Nguyen", "Silva", "Berger", "Haddad", "Novak", "Moreau"};
    const QString f = QLatin1String(first[m_rng() % 10]);
    const QString l = QLatin1String(last[m_rng() % 10]);
    ++m_personCounter;
    return Person{f, l,
        f.toLower() + QLatin1Char('.') + l.toLower() + QLatin1Char('.') + QString::number(m_personCounter)
            + QStringLiteral("@example.org")};
}

void SimState::tick(qint64 now, int actions)
{
    while (!m_pendingDeletions.empty() && m_pendingDeletions.front().first <= now) {
        const qsizetype i = m_pendingDeletions.front().second;
        m_pendingDeletions.pop_front();
        if (i >= qsizetype(m_tickets.size()) || m_tickets[size_t(i)].current().status != Status::DeletionPending)
            continue;
        Version v = m_tickets[size_t(i)].current();
        v.atMs = now;
        v.status = Status::Deleted;
        v.actor = Actor::Mobile; // the wallet confirmed the removal
        append(i, std::move(v));
    }
    for (int a = 0; a < actions && !m_tickets.empty(); ++a)
        spectatorAction(now);
}

void SimState::spectatorAction(qint64 now)
{
    for (int attempt = 0; attempt < 8; ++attempt) {
        const qsizetype i = qsizetype(m_rng() % m_tickets.size());
        const Ticket &t = m_tickets[size_t(i)];
        const Version &cur = t.current();
        const auto evIt = m_events.constFind(t.eventId);
        if (evIt == m_events.cend())
            continue;
        const Event &ev = *evIt;
        const qint64 end = ev.expirationMs > 0 ? ev.expirationMs : ev.startMs + kDefaultEventLengthMs;
        if (ev.startMs > 0 && now > end)
            continue; // expired: nothing moves any more
        const bool nearStart = (ev.startMs > 0 && now >= ev.startMs - kActivationWindowMs)
            || (t.activationAtMs > 0 && now >= t.activationAtMs);
        const int roll = int(m_rng() % 100);
        Version v = cur;
        v.atMs = now;
        v.actor = Actor::Mobile;
        switch (cur.status) {
        case Status::Injected:
            v.status = Status::Downloaded;
            break;
        case Status::Downloaded:
        case Status::Assigned:
        case Status::Transferred:
        case Status::FailureTransfer:
            if (nearStart) {
                v.status = t.offlineActivation ? Status::OfflineActivated : Status::OnlineActivated;
            } else if (cur.status != Status::Assigned && roll < 50) {
                v.status = Status::Assigned;
                const Person p = randomPerson();
                v.holder = Person{p.firstName, p.lastName, {}};
            } else {
                v.status = Status::PendingTransfer;
            }
            break;
        case Status::PendingTransfer:
            if (roll < 80) {
                v.status = Status::Transferred;
                v.previousOwner = cur.owner;
                v.owner = randomPerson();
                v.holder = Person{};
            } else {
                v.status = Status::FailureTransfer;
            }
            break;
        default:
            continue; // activated, controlled, deleted…: the spectator cannot change it
        }
        append(i, std::move(v));
        return;
    }
}

std::vector<ChangeRef> SimState::diffPage(qsizetype from, qsizetype limit, qsizetype *next) const
{
    // A page is a window of the log: exactly min(limit, remaining) entries. A ticket changed
    // twice inside it appears twice (oldest first), so a short page always means the end of
    // the feed, and a replay covers the same window.
    const qsizetype end = qMin(qsizetype(m_changes.size()), from + limit);
    *next = qMax(from, end);
    if (end <= from)
        return {};
    return std::vector<ChangeRef>(m_changes.begin() + from, m_changes.begin() + end);
}

QByteArray SimState::pageKey(qsizetype position) const
{
    return QByteArray::number(position) + '.' + m_epoch;
}

bool SimState::parsePageKey(QStringView key, qsizetype *position) const
{
    const qsizetype dot = key.indexOf(u'.');
    if (dot <= 0 || key.mid(dot + 1) != QLatin1String(m_epoch))
        return false;
    bool ok = false;
    const qlonglong p = key.left(dot).toLongLong(&ok);
    if (!ok || p < 0 || p > qlonglong(m_changes.size()))
        return false;
    *position = qsizetype(p);
    return true;
}

void SimState::writePerson(JsonWriter &w, const Person &p, bool withEmail)
{
    if (p.isNull()) {
        w.null();
        return;
    }
    w.beginObject();
    w.key("firstName").value(QStringView(p.firstName));
    w.key("lastName").value(QStringView(p.lastName));
    if (withEmail)
        w.key("email").value(QStringView(p.email));
    w.endObject();
}

void SimState::writeTicket(JsonWriter &w, const ChangeRef &ref, bool withPayload) const
{
    const Ticket &t = m_tickets[ref.ticket];
    const Version &v = t.versions[ref.version];
    w.beginObject();
    w.key("ticketId").value(QStringView(t.id));
    w.key("eventId").value(QStringView(t.eventId));
    w.key("status").value(statusName(v.status));
    w.key("updatedAt").value(formatTime(v.atMs));
    w.key("controlled").value(v.controlled);
    w.key("deletionReason").stringOrNull(v.deletionReason);
    w.key("owner");
    writePerson(w, v.owner);
    w.key("initialOwner");
    writePerson(w, t.initialOwner);
    w.key("previousOwner");
    writePerson(w, v.previousOwner);
    w.key("holder");
    writePerson(w, v.holder, false);
    w.key("history").beginArray();
    for (std::uint32_t h = 0; h <= ref.version; ++h) {
        const Version &e = t.versions[h];
        w.beginObject();
        w.key("status").value(statusName(e.status));
        w.key("at").value(formatTime(e.atMs));
        w.key("actor").value(actorName(e.actor));
        w.endObject();
    }
    w.endArray();
    if (withPayload && t.payload.isEmpty())
        w.key("payload").null(); // --no-payloads
    else if (withPayload)
        w.key("payload").raw(t.payload);
    w.endObject();
}

void SimState::writeLatest(JsonWriter &w, qsizetype ticketIndex, bool withPayload) const
{
    const Ticket &t = m_tickets[size_t(ticketIndex)];
    writeTicket(w, ChangeRef{std::uint32_t(ticketIndex), std::uint32_t(t.versions.size() - 1)}, withPayload);
}

QByteArray SimState::save() const
{
    // Written with JsonWriter so that the payloads go out as the text they came in.
    JsonWriter w;
    w.beginObject();
    w.key("format").value(1);
    w.key("epoch").value(m_epoch);
    w.key("personCounter").value(qint64(m_personCounter));
    w.key("events").beginArray();
    for (const Event &e : m_events) {
        w.beginObject()
            .key("id")
            .value(QStringView(e.id))
            .key("data")
            .raw(e.data.isEmpty() ? QByteArray("{}") : e.data);
        w.endObject();
    }
    w.endArray();
    w.key("tickets").beginArray();
    for (const Ticket &t : m_tickets) {
        w.beginObject();
        w.key("id").value(QStringView(t.id));
        w.key("eventId").value(QStringView(t.eventId));
        w.key("payload").raw(t.payload.isEmpty() ? QByteArray("{}") : t.payload);
        w.key("initialOwner");
        writePerson(w, t.initialOwner);
        w.key("controlledAt").value(t.controlledAtMs);
        w.key("showDeletedTicket").value(t.showDeletedTicket);
        w.key("versions").beginArray();
        for (const Version &v : t.versions) {
            w.beginObject();
            w.key("at").value(v.atMs);
            w.key("status").value(statusName(v.status));
            w.key("actor").value(actorName(v.actor));
            w.key("controlled").value(v.controlled);
            w.key("deletionReason").value(QStringView(v.deletionReason));
            w.key("owner");
            writePerson(w, v.owner);
            w.key("previousOwner");
            writePerson(w, v.previousOwner);
            w.key("holder");
            writePerson(w, v.holder);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.key("changes").beginArray();
    for (const ChangeRef &c : m_changes)
        w.beginArray().value(qint64(c.ticket)).value(qint64(c.version)).endArray();
    w.endArray();
    w.endObject();
    return w.take();
}

bool SimState::load(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull() || !doc.isObject()) {
        *error = QStringLiteral("not a simulator state file (JSON error at byte %1: %2)")
                     .arg(pe.offset)
                     .arg(pe.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toInt() != 1) {
        *error = QStringLiteral("unknown state file format (expected format 1)");
        return false;
    }
    std::vector<Ticket> tickets;
    QHash<QString, qsizetype> index;
    QHash<QString, Event> events;
    std::vector<ChangeRef> changes;
    for (const QJsonValue &ev : root.value(QLatin1String("events")).toArray()) {
        Event e;
        e.id = ev[QLatin1String("id")].toString();
        e.data = QJsonDocument(ev[QLatin1String("data")].toObject()).toJson(QJsonDocument::Compact);
        JsonDom d;
        d.parse(e.data);
        e.startMs = dateMs(d, 0, "startTime");
        e.expirationMs = dateMs(d, 0, "expirationDate");
        events.insert(e.id, e);
    }
    for (const QJsonValue &tv : root.value(QLatin1String("tickets")).toArray()) {
        Ticket t;
        t.id = tv[QLatin1String("id")].toString();
        t.eventId = tv[QLatin1String("eventId")].toString();
        const QJsonObject payload = tv[QLatin1String("payload")].toObject();
        if (!payload.isEmpty())
            t.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        JsonDom d;
        d.parse(t.payload.isEmpty() ? QByteArray("{}") : t.payload);
        const TicketInput in = TicketInput::from(d, 0);
        t.offlineActivation = in.offlineActivation;
        t.activationAtMs = in.activationAtMs;
        t.initialOwner = personFromJson(tv[QLatin1String("initialOwner")]);
        t.controlledAtMs = qint64(tv[QLatin1String("controlledAt")].toDouble());
        t.showDeletedTicket = tv[QLatin1String("showDeletedTicket")].toBool();
        for (const QJsonValue &vv : tv[QLatin1String("versions")].toArray()) {
            Version v;
            v.atMs = qint64(vv[QLatin1String("at")].toDouble());
            if (!parseStatus(vv[QLatin1String("status")].toString(), &v.status)
                || !parseActor(vv[QLatin1String("actor")].toString(), &v.actor)) {
                *error = QStringLiteral("ticket %1 has an unknown status or actor in the state file").arg(t.id);
                return false;
            }
            v.controlled = vv[QLatin1String("controlled")].toBool();
            v.deletionReason = vv[QLatin1String("deletionReason")].toString();
            v.owner = personFromJson(vv[QLatin1String("owner")]);
            v.previousOwner = personFromJson(vv[QLatin1String("previousOwner")]);
            v.holder = personFromJson(vv[QLatin1String("holder")]);
            t.versions.push_back(std::move(v));
        }
        if (t.id.isEmpty() || t.versions.empty() || index.contains(t.id)) {
            *error = QStringLiteral("the state file has a ticket without id or history, or a duplicate id");
            return false;
        }
        index.insert(t.id, qsizetype(tickets.size()));
        tickets.push_back(std::move(t));
    }
    for (const QJsonValue &cv : root.value(QLatin1String("changes")).toArray()) {
        const QJsonArray pair = cv.toArray();
        const qint64 ti = qint64(pair.at(0).toDouble(-1));
        const qint64 vi = qint64(pair.at(1).toDouble(-1));
        if (ti < 0 || ti >= qint64(tickets.size()) || vi < 0 || vi >= qint64(tickets[size_t(ti)].versions.size())) {
            *error = QStringLiteral("the state file's change log points outside the tickets");
            return false;
        }
        changes.push_back(ChangeRef{std::uint32_t(ti), std::uint32_t(vi)});
    }
    m_tickets = std::move(tickets);
    m_index = std::move(index);
    m_events = std::move(events);
    m_changes = std::move(changes);
    m_epoch = root.value(QLatin1String("epoch")).toString().toLatin1();
    if (m_epoch.isEmpty())
        m_epoch = newEpoch();
    m_personCounter = quint64(root.value(QLatin1String("personCounter")).toDouble());
    m_pendingDeletions.clear();
    for (qsizetype i = 0; i < qsizetype(m_tickets.size()); ++i) {
        const Version &v = m_tickets[size_t(i)].current();
        if (v.status == Status::DeletionPending)
            scheduleDeletion(i, v.atMs);
    }
    std::sort(m_pendingDeletions.begin(), m_pendingDeletions.end());
    ++m_revision;
    return true;
}

} // namespace sim
