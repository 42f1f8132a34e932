#pragma once

#include <QtGlobal>

namespace tixsync::importdetail {

/// Writes canonical RFC 3339 text into `out` (at least 40 bytes), exactly as core/datetime's
/// toRfc3339 does: `Z` for UTC, `±hh:mm` otherwise, milliseconds only when not zero. Returns the
/// length. The bulk paths use it instead of QDateTime::toString, which is ~20× slower.
int formatRfc3339(
    char *out, int year, int month, int day, int hour, int minute, int second, int msec, int offsetSeconds);

/// The same for an instant given as seconds since the epoch (UTC), shown at `offsetSeconds`.
int formatRfc3339(char *out, qint64 secondsSinceEpoch, int offsetSeconds);

} // namespace tixsync::importdetail
