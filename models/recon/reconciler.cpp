#include "reconciler.h"

#include "core/logging.h"
#include "core/store.h"
#include "recontable.h"
#include "recontr.h"
#include "storepushlookup.h"

#include <QDateTime>
#include <algorithm>
#include <cstring>

namespace tixsync::recon {

namespace {
quint64 hashOf(QByteArrayView v)
{
    return quint64(qHashBits(v.data(), size_t(v.size()), 0x9e3779b9U));
}

using HashRow = std::pair<quint64, quint32>;

// Sorts by hash: one counting pass on the top 16 bits, then small buckets sorted in cache.
// About 3× faster than std::sort on millions of entries.
void sortByHash(std::vector<HashRow> &v)
{
    if (v.size() < 4096) {
        std::sort(v.begin(), v.end());
        return;
    }
    constexpr int Bits = 16;
    std::vector<quint32> start((1U << Bits) + 1, 0);
    for (const HashRow &h : v)
        ++start[(h.first >> (64 - Bits)) + 1];
    for (size_t i = 1; i < start.size(); ++i)
        start[i] += start[i - 1];
    std::vector<HashRow> out(v.size());
    std::vector<quint32> pos(start.begin(), start.end() - 1);
    for (const HashRow &h : v)
        out[pos[h.first >> (64 - Bits)]++] = h;
    for (size_t b = 0; b + 1 < start.size(); ++b)
        std::sort(out.begin() + start[b], out.begin() + start[b + 1]);
    v.swap(out);
}

// Groups of equal non-empty strings among `n` rows, found by sorting 64-bit hashes (no string
// hash map: 3 M strings in a QHash cost over a second). Calls `report(rows)` per group.
template <typename Get, typename Report> qint64 findDuplicates(qsizetype n, Get get, Report report)
{
    std::vector<HashRow> hashes;
    hashes.reserve(size_t(n));
    for (qsizetype r = 0; r < n; ++r) {
        const QByteArrayView v = get(r);
        if (!v.isEmpty())
            hashes.emplace_back(hashOf(v), quint32(r));
    }
    sortByHash(hashes);
    qint64 groups = 0;
    std::vector<quint32> run, group;
    for (size_t i = 0; i < hashes.size();) {
        size_t j = i + 1;
        while (j < hashes.size() && hashes[j].first == hashes[i].first)
            ++j;
        if (j - i > 1) {
            run.clear();
            for (size_t k = i; k < j; ++k)
                run.push_back(hashes[k].second);
            // Same hash: split by exact bytes (collisions are rare but possible).
            while (!run.empty()) {
                group.clear();
                const QByteArrayView first = get(run.front());
                std::vector<quint32> rest;
                for (quint32 r : run)
                    (get(r) == first ? group : rest).push_back(r);
                if (group.size() > 1) {
                    ++groups;
                    report(group);
                }
                run.swap(rest);
            }
        }
        i = j;
    }
    return groups;
}

qint64 latest(qint64 a, qint64 b)
{
    return qMax(a, b);
} // NoTime is the smallest qint64
} // namespace

ReconOptions ReconOptions::fromSettings(const Store &store)
{
    ReconOptions o;
    auto number = [&](const char *key, int fallback) {
        bool ok = false;
        const int v = store.setting(QString::fromLatin1(key)).toInt(&ok);
        return ok && v >= 0 ? v : fallback;
    };
    o.cancelGraceMinutes = number("recon.cancelGraceMinutes", o.cancelGraceMinutes);
    o.controlGraceMinutes = number("recon.controlGraceMinutes", o.controlGraceMinutes);
    o.deletionStuckMinutes = number("recon.deletionStuckMinutes", o.deletionStuckMinutes);
    for (const QString &mode : store.setting(QStringLiteral("recon.shipmentModes")).split(QLatin1Char(',')))
        if (!mode.trimmed().isEmpty())
            o.shipmentModes << mode.trimmed();
    QString contact = store.setting(QStringLiteral("recon.contactSync"),
        store.setting(QStringLiteral("enableTicketDistributionToCulturalContact")));
    if (contact.isEmpty() && store.schemaVersion() >= 3) {
        // The feedback function's stored custom parameters (`key=value` lines, doc §3).
        if (auto q = store.exec(QStringLiteral("SELECT text FROM sync_custom_parameters WHERE function = 'feedback'"));
            q && q->next()) {
            for (const QString &line : q->value(0).toString().split(QLatin1Char('\n'))) {
                const qsizetype eq = line.indexOf(QLatin1Char('='));
                if (eq > 0 && line.left(eq).trimmed() == QLatin1String("enableTicketDistributionToCulturalContact"))
                    contact = line.mid(eq + 1).trimmed();
            }
        }
    }
    o.contactSync = contact.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || contact == QLatin1String("1");
    return o;
}

Reconciler::Reconciler(ReconOptions options)
    : m_options(std::move(options))
{
}

Result<std::shared_ptr<const ReconResult>> Reconciler::run(const Store &store) const
{
    auto snapshot = TicketSnapshot::load(
        store, {m_options.eventId, m_options.shipmentModes, m_options.contactSync, !m_tixngoTickets.empty()});
    if (!snapshot)
        return fail(snapshot.error());
    std::unique_ptr<StorePushLookup> markers;
    if (!m_pushLookup && m_options.useSyncMarkers) {
        if (auto loaded = StorePushLookup::load(store))
            markers = std::move(*loaded);
    }
    return run(std::move(*snapshot), m_pushLookup ? m_pushLookup : markers.get());
}

Result<std::shared_ptr<const ReconResult>> Reconciler::run(TicketSnapshot snapshot) const
{
    return run(std::move(snapshot), m_pushLookup);
}

Result<std::shared_ptr<const ReconResult>> Reconciler::run(TicketSnapshot snap, const PushLookup *lookup) const
{
    auto result = std::make_shared<ReconResult>();
    ReconResult &res = *result;
    res.now = m_options.now != NoTime ? m_options.now : QDateTime::currentSecsSinceEpoch();
    res.cancelGraceMinutes = m_options.cancelGraceMinutes;
    res.controlGraceMinutes = m_options.controlGraceMinutes;
    res.deletionStuckMinutes = m_options.deletionStuckMinutes;
    res.unreadableTickets = snap.unreadableRows();
    auto cancelled = [&] { return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed); };
    auto cancelError = [] {
        return fail(QStringLiteral("RECON_CANCELLED"), Reconciliation::tr("The reconciliation was cancelled."));
    };
    const qsizetype n = snap.size();

    // rule REC-9: TIXNGO's view. Ids S-360 does not have are unknown; fresher states replace
    // the local TIXNGO side for this run.
    if (!m_tixngoTickets.empty()) {
        std::vector<QByteArray> ids;
        std::vector<HashRow> hashes;
        std::vector<quint32> considered;
        for (size_t i = 0; i < m_tixngoTickets.size(); ++i) {
            const TixngoTicketState &t = m_tixngoTickets[i];
            if (!m_options.eventId.isEmpty() && !t.eventId.isEmpty() && t.eventId != m_options.eventId)
                continue;
            considered.push_back(quint32(i));
        }
        ids.reserve(considered.size());
        for (quint32 i : considered) {
            ids.push_back(m_tixngoTickets[i].ticketId.toUtf8());
            hashes.emplace_back(hashOf(ids.back()), quint32(ids.size() - 1));
        }
        sortByHash(hashes);
        std::vector<char> matched(ids.size(), 0);
        for (qsizetype r = 0; r < n; ++r) {
            const QByteArrayView id = snap.ticketIdUtf8(r);
            const quint64 h = hashOf(id);
            auto it = std::lower_bound(hashes.begin(), hashes.end(), HashRow{h, 0});
            for (; it != hashes.end() && it->first == h; ++it) {
                if (QByteArrayView(ids[it->second]) != id)
                    continue;
                matched[it->second] = 1;
                const TixngoTicketState &t = m_tixngoTickets[considered[it->second]];
                const qint64 local = snap.tixngoUpdatedAt(r);
                if (t.updatedAt == NoTime || local == NoTime || t.updatedAt >= local)
                    snap.setTixngoState(r, t.status, t.controlled, t.updatedAt != NoTime ? t.updatedAt : local);
            }
        }
        for (size_t k = 0; k < ids.size(); ++k) {
            const TixngoTicketState &t = m_tixngoTickets[considered[k]];
            if (matched[k] || t.status == TixngoStatus::None || t.status == TixngoStatus::Deleted)
                continue; // a DELETED ticket is in no wallet: nothing to worry about
            if (!m_options.eventId.isEmpty() && t.eventId.isEmpty())
                continue; // may belong to another event: cannot tell
            res.unknownTickets.push_back(t);
        }
        if (m_options.detectDuplicates) {
            res.duplicateGroups += findDuplicates(
                qsizetype(ids.size()), [&](qsizetype i) { return QByteArrayView(ids[size_t(i)]); },
                [&](const std::vector<quint32> &rows) {
                    if (res.duplicates.size() >= ReconResult::MaxDuplicateGroups)
                        return;
                    Duplicate d;
                    d.kind = Duplicate::Kind::TixngoTicketId;
                    d.value = QString::fromUtf8(ids[rows.front()]);
                    for (quint32 r : rows) {
                        d.ticketIds << d.value;
                        d.eventIds << m_tixngoTickets[considered[r]].eventId;
                    }
                    res.duplicates << d;
                });
        }
    }
    if (cancelled())
        return cancelError();

    // MAP-1…4 through the lookup table: one array read per ticket; only the disagreeing ones go on.
    const ReconTable &table = ReconTable::instance();
    const std::uint8_t *s360 = snap.s360Data();
    const std::uint8_t *tix = snap.tixngoData();
    const std::uint8_t *flags = snap.flagsData();
    const qint64 now = res.now;
    const qint64 cancelGrace = qint64(m_options.cancelGraceMinutes) * 60;
    const qint64 controlGrace = qint64(m_options.controlGraceMinutes) * 60;
    const qint64 stuckAfter = qint64(m_options.deletionStuckMinutes) * 60;
    const bool owners = m_options.contactSync;

    auto pushed = [&](PushLookup::Kind kind, qsizetype r, qint64 start) -> qint64 {
        if (lookup) {
            const qint64 at = lookup->pushedAt(kind, snap.ticketId(r));
            if (at != NoTime)
                return at;
        }
        // Not known to the lookup: a sync at or after the S-360 change counts as the push.
        const qint64 sync = snap.lastSyncAt(r);
        return start != NoTime && sync != NoTime && sync >= start ? sync : NoTime;
    };
    auto graced = [&](Discrepancy &d, PushLookup::Kind kind, qsizetype r, qint64 start, qint64 grace) {
        const qint64 push = pushed(kind, r, start);
        // Pending while not pushed yet (measured from the S-360 change) or while the push is
        // younger than the grace period; an error after.
        const qint64 from = push != NoTime && (start == NoTime || push >= start) ? push : start;
        if (from == NoTime) {
            d.severity = Severity::Error; // no time known: cannot be "on its way"
            return;
        }
        d.escalatesAt = from + grace;
        d.severity = now < d.escalatesAt ? Severity::Pending : Severity::Error;
    };

    res.discrepancies.reserve(size_t(qMin<qsizetype>(n / 8 + 16, 1 << 20)));
    for (qsizetype r = 0; r < n; ++r) {
        if ((r & 0xFFFFF) == 0xFFFFF && cancelled())
            return cancelError();
        const int idx
            = (int(s360[r]) * TixngoStatusCount + int(tix[r])) * 2 + (flags[r] & TicketSnapshot::TixngoControlled);
        const Rule &rule = table.rule(idx);
        if (rule.isNone()) {
            // rule REC-8: live, in agreement, the owner differs and no transfer is pending.
            if (owners && (flags[r] & TicketSnapshot::OwnerDiffers)) {
                const auto s = S360Status(s360[r]);
                const auto t = TixngoStatus(tix[r]);
                if ((s == S360Status::Printed || s == S360Status::Controlled) && isLive(t)
                    && t != TixngoStatus::PendingTransfer && t != TixngoStatus::Pending) {
                    Discrepancy d;
                    d.row = quint32(r);
                    d.category = Category::OwnerDrift;
                    d.severity = Severity::Info;
                    d.fix = recommendedFix(d.category);
                    d.since = snap.tixngoUpdatedAt(r);
                    res.discrepancies.push_back(d);
                }
            }
            continue;
        }
        Discrepancy d;
        d.row = quint32(r);
        d.category = rule.category;
        d.severity = rule.severity;
        const qint64 s360Changed = snap.s360ChangedAt(r);
        const qint64 tixUpdated = snap.tixngoUpdatedAt(r);
        switch (rule.timing) {
        case Rule::Timing::None:
            break;
        case Rule::Timing::Fixed:
            d.since = d.category == Category::MissingInTixngo ? latest(s360Changed, snap.injectedAt(r))
                                                              : latest(s360Changed, tixUpdated);
            break;
        case Rule::Timing::CancelGrace: // rule REC-4
            d.since = s360Changed != NoTime ? s360Changed : tixUpdated;
            graced(d, PushLookup::Kind::Deletion, r, s360Changed, cancelGrace);
            break;
        case Rule::Timing::ControlGrace: { // rule REC-6
            const qint64 scanned = snap.controlledAt(r) != NoTime ? snap.controlledAt(r) : s360Changed;
            d.since = scanned;
            graced(d, PushLookup::Kind::Control, r, scanned, controlGrace);
            break;
        }
        case Rule::Timing::DeletionThreshold: { // rule REC-5
            const qint64 from = tixUpdated != NoTime ? tixUpdated : s360Changed;
            if (from != NoTime && now - from < stuckAfter)
                continue; // DELETION_PENDING is expected for a while
            d.since = from;
            d.severity = Severity::Warning;
            break;
        }
        }
        d.fix = recommendedFix(d.category);
        res.discrepancies.push_back(d);
    }
    for (size_t i = 0; i < res.unknownTickets.size(); ++i) {
        Discrepancy d;
        d.row = quint32(i);
        d.category = Category::UnknownToS360;
        d.severity = Severity::Error;
        d.fix = recommendedFix(d.category);
        d.since = res.unknownTickets[i].updatedAt;
        res.discrepancies.push_back(d);
    }
    if (cancelled())
        return cancelError();

    if (m_options.detectDuplicates) {
        auto emitRows = [&](Duplicate::Kind kind) {
            return [&res, &snap, kind](const std::vector<quint32> &rows) {
                if (res.duplicates.size() >= ReconResult::MaxDuplicateGroups)
                    return;
                Duplicate d;
                d.kind = kind;
                d.value = kind == Duplicate::Kind::Barcode ? snap.barcode(rows.front()) : snap.ticketId(rows.front());
                for (quint32 r : rows) {
                    d.ticketIds << snap.ticketId(r);
                    d.eventIds << snap.eventId(r);
                }
                res.duplicates << d;
            };
        };
        if (!snap.idsFromPrimaryKey())
            res.duplicateGroups += findDuplicates(
                n, [&](qsizetype r) { return snap.ticketIdUtf8(r); }, emitRows(Duplicate::Kind::TicketId));
        res.duplicateGroups += findDuplicates(
            n, [&](qsizetype r) { return snap.barcodeUtf8(r); }, emitRows(Duplicate::Kind::Barcode));
    }
    res.ticketCount = n;
    res.snapshot = std::make_shared<const TicketSnapshot>(std::move(snap));
    res.computeTotals();
    return std::shared_ptr<const ReconResult>(std::move(result));
}

} // namespace tixsync::recon
