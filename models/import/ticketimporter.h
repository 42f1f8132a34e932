#pragma once

#include "core/error.h"
#include "core/store.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace tixsync {

struct ImportStats {
    qint64 rows = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    int events = 0;
    int products = 0; // products whose comfort variables / season dates the file wrote
    QStringList warnings;
};

/// Imports an S-360 ticket export (docs/import-format.md): one row per ticket, the event's
/// columns repeated on each row. Re-importing upserts by ticket id, and only the columns present
/// in the file are written (a file without TIXNGO columns keeps what TixSync knows of TIXNGO).
/// The whole file lands in one transaction or not at all: any error rolls everything back and
/// comes with the file, line and column and what to change. Memory stays flat: the file is
/// streamed, only a compact hash of the ticket ids seen is kept.
///
/// progress(bytesDone, bytesTotal) is called now and then; returning false cancels (nothing is written).
Result<ImportStats> importTicketsCsv(
    Store &store, const QString &path, const std::function<bool(qint64, qint64)> &progress = {});

/// One column the importer knows: its CSV header name, the table and column it lands in
/// ("events", "tickets" or "products"; event_id lands in events and tickets, and product_code
/// in tickets and, when the file has product columns, products), and whether every file must have it.
struct TicketCsvColumn {
    QString name;
    QString table;
    QString dbColumn;
    bool required = false;
};

/// Every known column, in the order docs/import-format.md lists them.
const QList<TicketCsvColumn> &ticketCsvColumns();

} // namespace tixsync
