#include "rfc3339text.h"

#include <cstdio>

namespace tixsync::importdetail {

namespace {
char *put(char *p, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = char('0' + value % 10);
        value /= 10;
    }
    return p + width;
}
} // namespace

int formatRfc3339(char *out, int y, int mo, int d, int h, int mi, int s, int ms, int offsetSeconds)
{
    if (y < 0 || y > 9999) // outside RFC 3339; never produced by the parsers
        return std::snprintf(out, 40, "%d", y);
    char *p = put(out, y, 4);
    *p++ = '-';
    p = put(p, mo, 2);
    *p++ = '-';
    p = put(p, d, 2);
    *p++ = 'T';
    p = put(p, h, 2);
    *p++ = ':';
    p = put(p, mi, 2);
    *p++ = ':';
    p = put(p, s, 2);
    if (ms) {
        *p++ = '.';
        p = put(p, ms, 3);
    }
    if (offsetSeconds == 0) {
        *p++ = 'Z';
    } else {
        const int a = qAbs(offsetSeconds) / 60;
        *p++ = offsetSeconds < 0 ? '-' : '+';
        p = put(p, a / 60, 2);
        *p++ = ':';
        p = put(p, a % 60, 2);
    }
    *p = 0;
    return int(p - out);
}

int formatRfc3339(char *out, qint64 secs, int offsetSeconds)
{
    qint64 t = secs + offsetSeconds;
    qint64 days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
    const int sod = int(t - days * 86400);
    // civil_from_days (H. Hinnant): days since 1970-01-01 → y-m-d.
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    const int y = int(yoe + era * 400 + (m <= 2 ? 1 : 0));
    return formatRfc3339(out, y, m, d, sod / 3600, sod / 60 % 60, sod % 60, 0, offsetSeconds);
}

} // namespace tixsync::importdetail
