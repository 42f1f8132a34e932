#pragma once

#include "core/error.h"
#include "core/statuses.h"
#include "stringcolumn.h"

#include <QStringList>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace tixsync {

class Store;

/// What the ticket table shows, filters and sorts on, for every ticket of the store, as compact
/// columns (≈ 200 bytes per ticket): UTF-8 pools for text, small integers for statuses and the
/// event. `search` holds one case-folded line per ticket with every searchable field, so that a
/// free-text filter is a byte scan. Built once by loadTicketColumns(), then only read (it is
/// shared between the GUI thread and the loader without locks).
struct TicketColumns {
    // Events, ordered by start time: a ticket's `event` indexes these.
    QStringList eventIds;
    QStringList eventNames;

    StringColumn ticketId;
    StringColumn ticketNumber;
    StringColumn seat; // "gate · block · row · seat", empty parts left out
    StringColumn holder; // "First Last"
    StringColumn search; // case-folded: id, number, holder, seat, area, e-mails, contact
    std::vector<std::uint32_t> event;
    std::vector<std::uint8_t> s360; // S360Status
    std::vector<std::uint8_t> tixngo; // TixngoStatus
    std::vector<std::uint16_t> reason; // index into reasons; 0 = none
    QStringList reasons{QString()};
    std::vector<std::int64_t> lastSync; // ms since the epoch (UTC); 0 = never synced

    std::size_t size() const { return ticketId.size(); }
    std::size_t memoryBytes() const;
};

/// The ticket filter: every set part must match (AND). Empty / nullopt = no restriction.
struct TicketFilter {
    QStringList eventIds;
    std::optional<S360Status> s360;
    std::optional<TixngoStatus> tixngo;
    QString text; // case-insensitive substring of id, number, holder/contact name, e-mail, seat

    bool isEmpty() const { return eventIds.isEmpty() && !s360 && !tixngo && text.trimmed().isEmpty(); }
    bool operator==(const TicketFilter &) const = default;
};

/// Receives a copy of the first rows while a larger load goes on, so that a view can show them at
/// once. Called in the loading thread, at most once.
using TicketPreview = std::function<void(std::shared_ptr<const TicketColumns>)>;

struct TicketLoadOptions {
    /// SQLite stores with at least this many tickets are read by two threads (two connections).
    std::size_t parallelFromRows = 200000;
    /// The preview gets the first this many rows (when the store has more).
    std::size_t previewRows = 50000;
};

/// Reads every ticket of `store` (the SQLite C API when it can, QtSql otherwise). Call it from
/// the thread that owns `store`. Returns the error STORE_CANCELLED when `cancel` becomes true.
Result<std::shared_ptr<TicketColumns>> loadTicketColumns(const Store &store, const std::atomic_bool *cancel = nullptr,
    const TicketPreview &preview = {}, const TicketLoadOptions &options = {});

/// Row order of all tickets sorted by one of TicketTableModel's columns (stable; -1 = load order).
std::vector<std::uint32_t> sortTicketRows(const TicketColumns &data, int column, bool descending);

/// The rows of `order` that pass `filter`, in the same order.
std::vector<std::uint32_t> filterTicketRows(
    const TicketColumns &data, const std::vector<std::uint32_t> &order, const TicketFilter &filter);

/// Case-folds text the way the search column is folded.
QByteArray foldForSearch(QStringView text);

/// Fast RFC 3339 → ms since the epoch (UTC); 0 when empty or not RFC 3339.
std::int64_t rfc3339ToMSecs(QByteArrayView text);

} // namespace tixsync
