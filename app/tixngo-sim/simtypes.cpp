#include "simtypes.h"

#include <QDate>
#include <QDateTime>
#include <cstring>

namespace sim {

namespace {
constexpr const char *kStatusNames[StatusCount] = {
    "INJECTED",
    "DOWNLOADED",
    "ASSIGNED",
    "PENDING_TRANSFER",
    "FAILURE_TRANSFER",
    "FAILURE",
    "TRANSFERRED",
    "ONLINE_ACTIVATED",
    "OFFLINE_ACTIVATED",
    "MANUAL_ACTIVATED",
    "BT_ACTIVATED",
    "ACTIVATED",
    "DEACTIVATED",
    "CONTROLLED",
    "DELETION_PENDING",
    "DELETED",
    "DEFAULT",
    "INVALID",
    "PENDING",
};
constexpr const char *kActorNames[] = {"ORGANIZER", "MOBILE", "BACK_OFFICE", "SYSTEM"};

template <typename Ch> bool digits(const Ch *s, qsizetype size, qsizetype from, int count, int *out)
{
    if (from + count > size)
        return false;
    int v = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const unsigned c = unsigned(s[i]);
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + int(c - '0');
    }
    *out = v;
    return true;
}

template <typename Ch> bool parseRfc3339Impl(const Ch *t, qsizetype size, qint64 *ms)
{
    auto at = [&](qsizetype i) { return i < size ? unsigned(t[i]) : 0u; };
    int y, mo, d, h, mi, s;
    if (size < 20 || !digits(t, size, 0, 4, &y) || at(4) != '-' || !digits(t, size, 5, 2, &mo) || at(7) != '-'
        || !digits(t, size, 8, 2, &d) || (at(10) != 'T' && at(10) != 't') || !digits(t, size, 11, 2, &h)
        || at(13) != ':' || !digits(t, size, 14, 2, &mi) || at(16) != ':' || !digits(t, size, 17, 2, &s))
        return false;
    if (mo < 1 || mo > 12 || d < 1 || d > QDate(y, mo, 1).daysInMonth() || h > 23 || mi > 59 || s > 60)
        return false;
    qsizetype pos = 19;
    int msec = 0;
    if (at(pos) == '.') {
        ++pos;
        int n = 0;
        while (at(pos) >= '0' && at(pos) <= '9') {
            if (n < 3)
                msec = msec * 10 + int(at(pos) - '0');
            ++n;
            ++pos;
        }
        if (n == 0)
            return false;
        for (; n < 3; ++n)
            msec *= 10;
    }
    int offset = 0;
    if (at(pos) == 'Z' || at(pos) == 'z') {
        ++pos;
    } else if (at(pos) == '+' || at(pos) == '-') {
        const int sign = at(pos) == '-' ? -1 : 1;
        int oh, om;
        if (!digits(t, size, pos + 1, 2, &oh) || at(pos + 3) != ':' || !digits(t, size, pos + 4, 2, &om) || oh > 23
            || om > 59)
            return false;
        offset = sign * (oh * 3600 + om * 60);
        pos += 6;
    } else {
        return false;
    }
    if (pos != size)
        return false;
    if (ms) {
        const qint64 days = QDate(y, mo, d).toJulianDay() - QDate(1970, 1, 1).toJulianDay();
        *ms = ((days * 86400 + h * 3600 + mi * 60 + qMin(s, 59)) - offset) * 1000 + msec;
    }
    return true;
}
} // namespace

const char *statusName(Status status)
{
    return kStatusNames[static_cast<int>(status)];
}

bool parseStatus(QStringView name, Status *out)
{
    for (int i = 0; i < StatusCount; ++i) {
        if (name == QLatin1String(kStatusNames[i])) {
            *out = static_cast<Status>(i);
            return true;
        }
    }
    return false;
}

bool isActivated(Status s)
{
    return s == Status::OnlineActivated || s == Status::OfflineActivated || s == Status::ManualActivated
        || s == Status::BtActivated || s == Status::Activated;
}

bool isDeleted(Status s)
{
    return s == Status::DeletionPending || s == Status::Deleted;
}

const char *actorName(Actor actor)
{
    return kActorNames[static_cast<int>(actor)];
}

bool parseActor(QStringView name, Actor *out)
{
    for (int i = 0; i < 4; ++i) {
        if (name == QLatin1String(kActorNames[i])) {
            *out = static_cast<Actor>(i);
            return true;
        }
    }
    return false;
}

QByteArray formatTime(qint64 ms)
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    const QDate d = dt.date();
    const QTime t = dt.time();
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(), d.month(), d.day(), t.hour(),
        t.minute(), t.second(), t.msec());
    return QByteArray(buf);
}

bool parseRfc3339(QStringView t, qint64 *ms)
{
    return parseRfc3339Impl(t.utf16(), t.size(), ms);
}

bool parseRfc3339(QLatin1String t, qint64 *ms)
{
    return parseRfc3339Impl(reinterpret_cast<const unsigned char *>(t.data()), t.size(), ms);
}

} // namespace sim
