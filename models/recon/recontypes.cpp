#include "recontypes.h"
#include "recontr.h"

#include <array>

namespace tixsync::recon {

namespace {
constexpr std::array<const char *, CategoryCount> kCategoryCodes
    = {"SHOULD_NOT_EXIST", "MISSING_IN_TIXNGO", "DELETED_IN_TIXNGO_ONLY", "LIVE_AFTER_CANCEL", "DELETION_STUCK",
        "CONTROL_NOT_PROPAGATED", "CONTROLLED_ONLY_IN_TIXNGO", "OWNER_DRIFT", "UNKNOWN_TO_S360"};
constexpr std::array<const char *, SeverityCount> kSeverityCodes = {"info", "pending", "warning", "error"};
constexpr std::array<const char *, FixKindCount> kFixCodes
    = {"REINJECT", "REPRINT_AND_INJECT", "PUSH_DELETION", "PUSH_CONTROL", "REFRESH", "SKIP_LIST"};
} // namespace

QString categoryCode(Category c)
{
    return QString::fromLatin1(kCategoryCodes[static_cast<int>(c)]);
}
QString severityCode(Severity s)
{
    return QString::fromLatin1(kSeverityCodes[static_cast<int>(s)]);
}
QString fixCode(FixKind f)
{
    return QString::fromLatin1(kFixCodes[static_cast<int>(f)]);
}

bool parseCategory(QStringView code, Category *out)
{
    const QStringView c = code.trimmed();
    for (int i = 0; i < CategoryCount; ++i) {
        if (c.compare(QLatin1String(kCategoryCodes[i]), Qt::CaseInsensitive) == 0) {
            *out = static_cast<Category>(i);
            return true;
        }
    }
    return false;
}

bool parseSeverity(QStringView code, Severity *out)
{
    const QStringView c = code.trimmed();
    for (int i = 0; i < SeverityCount; ++i) {
        if (c.compare(QLatin1String(kSeverityCodes[i]), Qt::CaseInsensitive) == 0) {
            *out = static_cast<Severity>(i);
            return true;
        }
    }
    return false;
}

QString categoryName(Category c)
{
    switch (c) {
    case Category::ShouldNotExist:
        return Reconciliation::tr("Should not exist");
    case Category::MissingInTixngo:
        return Reconciliation::tr("Missing in TIXNGO");
    case Category::DeletedInTixngoOnly:
        return Reconciliation::tr("Deleted in TIXNGO only");
    case Category::LiveAfterCancel:
        return Reconciliation::tr("Still live after cancel");
    case Category::DeletionStuck:
        return Reconciliation::tr("Deletion stuck");
    case Category::ControlNotPropagated:
        return Reconciliation::tr("Control not propagated");
    case Category::ControlledOnlyInTixngo:
        return Reconciliation::tr("Controlled only in TIXNGO");
    case Category::OwnerDrift:
        return Reconciliation::tr("Owner drift");
    case Category::UnknownToS360:
        return Reconciliation::tr("Unknown to S-360");
    }
    return {};
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return Reconciliation::tr("Info");
    case Severity::Pending:
        return Reconciliation::tr("Pending");
    case Severity::Warning:
        return Reconciliation::tr("Warning");
    case Severity::Error:
        return Reconciliation::tr("Error");
    }
    return {};
}

QString fixName(FixKind f)
{
    switch (f) {
    case FixKind::Reinject:
        return Reconciliation::tr("Re-inject");
    case FixKind::ReprintAndInject:
        return Reconciliation::tr("Reprint and inject");
    case FixKind::PushDeletion:
        return Reconciliation::tr("Push deletion");
    case FixKind::PushControl:
        return Reconciliation::tr("Push control");
    case FixKind::RefreshFromTixngo:
        return Reconciliation::tr("Refresh from TIXNGO");
    case FixKind::SkipList:
        return Reconciliation::tr("Put on the skip list");
    }
    return {};
}

QList<FixKind> fixesFor(Category c)
{
    switch (c) {
    case Category::ShouldNotExist:
        return {FixKind::PushDeletion, FixKind::RefreshFromTixngo, FixKind::SkipList};
    case Category::MissingInTixngo:
        return {FixKind::Reinject, FixKind::RefreshFromTixngo, FixKind::SkipList};
    case Category::DeletedInTixngoOnly:
        // Not re-inject: TIXNGO keeps a deleted ticket id deleted (contract §1).
        return {FixKind::ReprintAndInject, FixKind::RefreshFromTixngo, FixKind::SkipList};
    case Category::LiveAfterCancel:
        return {FixKind::PushDeletion, FixKind::RefreshFromTixngo, FixKind::SkipList};
    case Category::DeletionStuck:
        return {FixKind::RefreshFromTixngo, FixKind::PushDeletion, FixKind::SkipList};
    case Category::ControlNotPropagated:
        return {FixKind::PushControl, FixKind::RefreshFromTixngo, FixKind::SkipList};
    case Category::ControlledOnlyInTixngo:
        return {FixKind::RefreshFromTixngo, FixKind::SkipList};
    case Category::OwnerDrift:
        return {FixKind::RefreshFromTixngo, FixKind::SkipList};
    case Category::UnknownToS360:
        return {FixKind::SkipList, FixKind::PushDeletion};
    }
    return {FixKind::SkipList};
}

QString formatAge(qint64 s)
{
    if (s < 0)
        return QStringLiteral("–");
    if (s < 60)
        return Reconciliation::tr("%1 s").arg(s);
    if (s < 3600)
        return Reconciliation::tr("%1 min").arg(s / 60);
    if (s < 86400)
        return Reconciliation::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return Reconciliation::tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

} // namespace tixsync::recon
