#include "statuspalette.h"

namespace tixsync {

namespace {
StatusColors pill(const char *background, const char *foreground)
{
    return {QColor(QLatin1String(background)), QColor(QLatin1String(foreground))};
}
// Families of hues, each a light background with a dark text of the same hue.
StatusColors green()
{
    return pill("#cdebd0", "#124a28");
}
StatusColors paleGreen()
{
    return pill("#e3f2d0", "#2f4a0e");
}
StatusColors lavender()
{
    return pill("#e4defa", "#3f2d8c");
}
StatusColors beige()
{
    return pill("#f3e6cc", "#5e4216");
}
StatusColors orange()
{
    return pill("#ffd9b0", "#662c00");
}
StatusColors red()
{
    return pill("#f8c9c9", "#701212");
}
StatusColors rose()
{
    return pill("#f9d3e4", "#7a1748");
}
StatusColors blue()
{
    return pill("#d3e3fb", "#0f3b78");
}
StatusColors teal()
{
    return pill("#c7e9e4", "#0b4f46");
}
StatusColors grey()
{
    return pill("#e4e6e8", "#33383d");
}
} // namespace

StatusColors StatusPalette::forS360(S360Status status)
{
    switch (status) {
    case S360Status::NotPrinted:
        return grey();
    case S360Status::Printed:
        return blue();
    case S360Status::Controlled:
        return teal();
    case S360Status::Invalidated:
        return orange();
    case S360Status::Cancelled:
        return red();
    }
    return {};
}

StatusColors StatusPalette::forTixngo(TixngoStatus status)
{
    switch (status) {
    case TixngoStatus::None:
        return {};
    case TixngoStatus::Downloaded:
        return green();
    case TixngoStatus::Injected:
    case TixngoStatus::NotDownloaded:
        return lavender();
    case TixngoStatus::PendingTransfer:
    case TixngoStatus::Pending:
        return beige();
    case TixngoStatus::DeletionPending:
        return orange();
    case TixngoStatus::Deleted:
        return red();
    case TixngoStatus::Assigned:
    case TixngoStatus::Transferred:
        return paleGreen();
    case TixngoStatus::FailureTransfer:
    case TixngoStatus::Failure:
    case TixngoStatus::Invalid:
        return rose();
    case TixngoStatus::OnlineActivated:
    case TixngoStatus::OfflineActivated:
    case TixngoStatus::ManualActivated:
    case TixngoStatus::BtActivated:
    case TixngoStatus::Activated:
        return blue();
    case TixngoStatus::Controlled:
        return teal();
    case TixngoStatus::Deactivated:
    case TixngoStatus::Default:
        return grey();
    }
    return {};
}

StatusColors StatusPalette::forCode(const QString &code, bool tixngo)
{
    if (tixngo) {
        TixngoStatus s;
        return parseTixngoStatus(code, &s) ? forTixngo(s) : StatusColors{};
    }
    S360Status s;
    return parseS360Status(code, &s) ? forS360(s) : StatusColors{};
}

} // namespace tixsync
