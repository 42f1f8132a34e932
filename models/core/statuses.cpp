#include "statuses.h"

namespace tixsync {

namespace {
constexpr std::array<const char *, S360StatusCount> kS360Codes
    = {"NOT_PRINTED", "PRINTED", "CONTROLLED", "INVALIDATED", "CANCELLED"};

constexpr std::array<const char *, TixngoStatusCount> kTixngoCodes = {
    "",
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
    "NOT_DOWNLOADED",
};
} // namespace

QString toCode(S360Status status)
{
    return QString::fromLatin1(kS360Codes[static_cast<int>(status)]);
}
QString toCode(TixngoStatus status)
{
    return QString::fromLatin1(kTixngoCodes[static_cast<int>(status)]);
}

bool parseS360Status(QStringView code, S360Status *out)
{
    const QStringView c = code.trimmed();
    for (int i = 0; i < S360StatusCount; ++i) {
        if (c.compare(QLatin1String(kS360Codes[i]), Qt::CaseInsensitive) == 0) {
            *out = static_cast<S360Status>(i);
            return true;
        }
    }
    return false;
}

bool parseTixngoStatus(QStringView code, TixngoStatus *out)
{
    const QStringView c = code.trimmed();
    for (int i = 0; i < TixngoStatusCount; ++i) {
        if (c.compare(QLatin1String(kTixngoCodes[i]), Qt::CaseInsensitive) == 0) {
            *out = static_cast<TixngoStatus>(i);
            return true;
        }
    }
    return false;
}

const std::array<S360Status, S360StatusCount> &allS360Statuses()
{
    static const std::array<S360Status, S360StatusCount> all = [] {
        std::array<S360Status, S360StatusCount> a{};
        for (int i = 0; i < S360StatusCount; ++i)
            a[i] = static_cast<S360Status>(i);
        return a;
    }();
    return all;
}

const std::array<TixngoStatus, TixngoStatusCount> &allTixngoStatuses()
{
    static const std::array<TixngoStatus, TixngoStatusCount> all = [] {
        std::array<TixngoStatus, TixngoStatusCount> a{};
        for (int i = 0; i < TixngoStatusCount; ++i)
            a[i] = static_cast<TixngoStatus>(i);
        return a;
    }();
    return all;
}

bool isActivated(TixngoStatus s)
{
    switch (s) {
    case TixngoStatus::OnlineActivated:
    case TixngoStatus::OfflineActivated:
    case TixngoStatus::ManualActivated:
    case TixngoStatus::BtActivated:
    case TixngoStatus::Activated:
        return true;
    default:
        return false;
    }
}

bool isDeleted(TixngoStatus s)
{
    return s == TixngoStatus::DeletionPending || s == TixngoStatus::Deleted;
}

bool isLive(TixngoStatus s)
{
    return s != TixngoStatus::None && !isDeleted(s);
}

} // namespace tixsync
