#include "datetime.h"

namespace tixsync {

namespace {
bool digits(QStringView s, int from, int count, int *out)
{
    if (from + count > s.size())
        return false;
    int v = 0;
    for (int i = from; i < from + count; ++i) {
        const QChar c = s[i];
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        v = v * 10 + (c.unicode() - '0');
    }
    *out = v;
    return true;
}
} // namespace

QString toRfc3339(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    const int offset = dt.offsetFromUtc();
    const QDateTime local = dt.toOffsetFromUtc(offset);
    QString s = local.toString(
        local.time().msec() ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz") : QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (offset == 0)
        return s + QLatin1Char('Z');
    const int a = qAbs(offset) / 60;
    return s + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        + QStringLiteral("%1:%2").arg(a / 60, 2, 10, QLatin1Char('0')).arg(a % 60, 2, 10, QLatin1Char('0'));
}

QDateTime parseRfc3339(QStringView t)
{
    t = t.trimmed();
    int y, mo, d, h, mi, s;
    if (t.size() < 20 || !digits(t, 0, 4, &y) || t[4] != QLatin1Char('-') || !digits(t, 5, 2, &mo)
        || t[7] != QLatin1Char('-') || !digits(t, 8, 2, &d)
        || (t[10] != QLatin1Char('T') && t[10] != QLatin1Char('t') && t[10] != QLatin1Char(' '))
        || !digits(t, 11, 2, &h) || t[13] != QLatin1Char(':') || !digits(t, 14, 2, &mi) || t[16] != QLatin1Char(':')
        || !digits(t, 17, 2, &s))
        return {};
    int pos = 19;
    int msec = 0;
    if (pos < t.size() && t[pos] == QLatin1Char('.')) {
        ++pos;
        int n = 0;
        int frac = 0;
        while (pos < t.size() && t[pos].isDigit()) {
            if (n < 3)
                frac = frac * 10 + (t[pos].unicode() - '0');
            ++n;
            ++pos;
        }
        if (n == 0)
            return {};
        while (n < 3) {
            frac *= 10;
            ++n;
        }
        msec = frac;
    }
    int offset = 0;
    if (pos < t.size() && (t[pos] == QLatin1Char('Z') || t[pos] == QLatin1Char('z'))) {
        ++pos;
    } else if (pos < t.size() && (t[pos] == QLatin1Char('+') || t[pos] == QLatin1Char('-'))) {
        const int sign = t[pos] == QLatin1Char('-') ? -1 : 1;
        int oh, om;
        if (!digits(t, pos + 1, 2, &oh) || pos + 3 >= t.size() || t[pos + 3] != QLatin1Char(':')
            || !digits(t, pos + 4, 2, &om) || oh > 23 || om > 59)
            return {};
        offset = sign * (oh * 3600 + om * 60);
        pos += 6;
    } else {
        return {};
    }
    if (pos != t.size())
        return {};
    const QDate date(y, mo, d);
    const QTime time(h, mi, s, msec);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::OffsetFromUTC, offset);
}

QDateTime parseS360DateTime(QStringView t, int utcOffsetSeconds)
{
    t = t.trimmed();
    int d, mo, y, h, mi;
    if (t.size() != 14 || !digits(t, 0, 2, &d) || t[2] != QLatin1Char('/') || !digits(t, 3, 2, &mo)
        || t[5] != QLatin1Char('/') || !digits(t, 6, 2, &y) || t[8] != QLatin1Char(' ') || !digits(t, 9, 2, &h)
        || t[11] != QLatin1Char(':') || !digits(t, 12, 2, &mi))
        return {};
    const QDate date(2000 + y, mo, d);
    const QTime time(h, mi);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::OffsetFromUTC, utcOffsetSeconds);
}

} // namespace tixsync
