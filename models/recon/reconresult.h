#pragma once

#include "core/statuses.h"
#include "recontypes.h"
#include "ticketsnapshot.h"

#include <QStringList>
#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace tixsync::recon {

/// One ticket as TIXNGO reports it (a refresh, a read, or an export of the TIXNGO back-office).
/// The input for UNKNOWN_TO_S360 (REC-9); for tickets S-360 has, a state fresher than the local
/// one replaces it for the run.
struct TixngoTicketState {
    QString ticketId;
    QString eventId; // may be empty (the diff feed does not carry it)
    TixngoStatus status = TixngoStatus::Injected;
    bool controlled = false;
    qint64 updatedAt = NoTime;
};

/// One disagreement. `row` is a snapshot row, or for UNKNOWN_TO_S360 an index into
/// ReconResult::unknownTickets.
struct Discrepancy {
    quint32 row = 0;
    Category category = Category::ShouldNotExist;
    Severity severity = Severity::Error;
    FixKind fix = FixKind::SkipList;
    qint64 since = NoTime; // when the two sides started to disagree
    qint64 escalatesAt = NoTime; // a pending one becomes an error then
};

/// Totals of one event: which event needs attention first.
struct EventTotals {
    QString eventId;
    qint64 tickets = 0;
    std::array<qint64, CategoryCount> byCategory{};
    std::array<qint64, SeverityCount> bySeverity{};
    qint64 total() const
    {
        qint64 n = 0;
        for (qint64 v : bySeverity)
            n += v;
        return n;
    }
};

/// The same ticket id or barcode on several tickets.
struct Duplicate {
    enum class Kind { TicketId, Barcode, TixngoTicketId };
    Kind kind = Kind::Barcode;
    QString value;
    QStringList ticketIds;
    QStringList eventIds;
};

/// The outcome of one reconciliation: the discrepancies (compact; text is made on demand), the
/// counts, the per-event totals (most urgent first) and the duplicates. Immutable once built and
/// shared (std::shared_ptr<const ReconResult>) between the engine, the item model and exports.
class ReconResult {
public:
    qint64 now = NoTime;
    std::shared_ptr<const TicketSnapshot> snapshot;
    std::vector<TixngoTicketState> unknownTickets;
    std::vector<Discrepancy> discrepancies;
    std::array<qint64, CategoryCount> counts{};
    std::array<qint64, SeverityCount> severityCounts{};
    std::array<std::array<qint64, SeverityCount>, CategoryCount> countsBySeverity{};
    QList<EventTotals> events;
    QList<Duplicate> duplicates; // at most MaxDuplicateGroups
    qint64 duplicateGroups = 0; // all groups found, even beyond the list
    static constexpr int MaxDuplicateGroups = 10000;
    qint64 unreadableTickets = 0; // tickets left out: unknown status code in the database
    qint64 ticketCount = 0;
    // The thresholds used, for explanations.
    int cancelGraceMinutes = 0;
    int controlGraceMinutes = 0;
    int deletionStuckMinutes = 0;

    qsizetype size() const { return qsizetype(discrepancies.size()); }
    const Discrepancy &at(qsizetype i) const { return discrepancies[size_t(i)]; }

    QString ticketId(const Discrepancy &d) const;
    QString eventId(const Discrepancy &d) const;
    quint32 eventIndex(const Discrepancy &d) const; // into eventIdByIndex(); unknown tickets have their own
    QString barcode(const Discrepancy &d) const;
    /// S-360 status; nullopt for UNKNOWN_TO_S360.
    std::optional<S360Status> s360Status(const Discrepancy &d) const;
    TixngoStatus tixngoStatus(const Discrepancy &d) const;
    bool tixngoControlled(const Discrepancy &d) const;
    /// "DOWNLOADED", "DOWNLOADED, controlled", "" when absent.
    QString tixngoStatusText(const Discrepancy &d) const;
    /// Seconds since the sides disagree (-1 when unknown).
    qint64 age(const Discrepancy &d) const
    {
        return d.since == NoTime || now == NoTime ? -1 : qMax<qint64>(0, now - d.since);
    }
    /// What S-360 says, what TIXNGO says, what is expected and what fixes it (translated).
    QString explanation(const Discrepancy &d) const;

    /// Event ids: snapshot events first, then events only seen among unknown tickets.
    const QStringList &eventIds() const { return m_eventIds; }
    bool hasSeverityAtLeast(Severity s) const;

    /// Fills counts, events (sorted by urgency) from `discrepancies`. Called by the reconciler.
    void computeTotals();

private:
    QStringList m_eventIds;
    std::vector<quint32> m_unknownEvent;
};

} // namespace tixsync::recon
