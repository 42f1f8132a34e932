#pragma once

#include <QList>
#include <QString>
#include <cstdint>
#include <limits>

namespace tixsync::recon {

/// The nine discrepancy categories of interface doc §4.2 (rules REC-1…REC-9), in that order.
/// The codes ("SHOULD_NOT_EXIST"…) are stable: exports and the CLI's JSON use them.
enum class Category : std::uint8_t {
    ShouldNotExist, // REC-1
    MissingInTixngo, // REC-2
    DeletedInTixngoOnly, // REC-3
    LiveAfterCancel, // REC-4
    DeletionStuck, // REC-5
    ControlNotPropagated, // REC-6
    ControlledOnlyInTixngo, // REC-7
    OwnerDrift, // REC-8
    UnknownToS360, // REC-9
};
inline constexpr int CategoryCount = 9;

/// How urgent a discrepancy is, in increasing gravity. `Pending` is a disagreement that the
/// normal schedule is expected to fix (a push or a feedback has not run yet); it becomes `Error`
/// after its grace period.
enum class Severity : std::uint8_t { Info, Pending, Warning, Error };
inline constexpr int SeverityCount = 4;

/// What fixes a discrepancy (§4.2): the GUI offers it with confirmation and an audit entry.
/// ReprintAndInject (REC-3): the S-360 ticket action reprint (old ticket INVALIDATED, a new ticket
/// with a new id and barcode), then an injection of the new ticket only — TIXNGO keeps a deleted
/// ticket id deleted (contract §1), so re-injecting the old id cannot fix it.
enum class FixKind : std::uint8_t {
    Reinject,
    ReprintAndInject,
    PushDeletion,
    PushControl,
    RefreshFromTixngo,
    SkipList
};
inline constexpr int FixKindCount = 6;
/// The invalidation reason "Reprint and inject" records on the old ticket.
inline constexpr char ReprintReason[] = "TIXNGO_DELETED";

/// "No time known": timestamps are UTC seconds since the epoch, this value when absent.
inline constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

/// Stable codes: "SHOULD_NOT_EXIST"…, "error"/"warning"/"pending"/"info", "REINJECT",
/// "REPRINT_AND_INJECT"….
QString categoryCode(Category category);
QString severityCode(Severity severity);
QString fixCode(FixKind fix);
bool parseCategory(QStringView code, Category *out);
bool parseSeverity(QStringView code, Severity *out);

/// Translated names for people ("Should not exist", "Error", "Re-inject"…).
QString categoryName(Category category);
QString severityName(Severity severity);
QString fixName(FixKind fix);

/// The fixes a category offers, the recommended one first.
QList<FixKind> fixesFor(Category category);
inline FixKind recommendedFix(Category category)
{
    return fixesFor(category).constFirst();
}

/// "3 d 4 h", "12 min", "45 s": an age for people; "–" when unknown (< 0).
QString formatAge(qint64 seconds);

} // namespace tixsync::recon
