#pragma once

#include <QDateTime>
#include <QString>

namespace tixsync {

/// RFC 3339 text as TIXNGO wants it: `2022-12-12T16:11:00Z` for UTC, `2020-01-01T20:00:00+01:00`
/// otherwise; milliseconds only when not zero. Empty for an invalid date.
QString toRfc3339(const QDateTime &dt);

/// Parses RFC 3339 (`Z` or `±hh:mm`, optional fraction). Returns an invalid QDateTime on error.
QDateTime parseRfc3339(QStringView text);

/// Parses S-360's `DD/MM/YY hh:mm` (two-digit year = 20YY) in the given offset from UTC
/// (seconds). Returns an invalid QDateTime on error.
QDateTime parseS360DateTime(QStringView text, int utcOffsetSeconds = 0);

} // namespace tixsync
