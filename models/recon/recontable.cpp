#include "recontable.h"

namespace tixsync::recon {

namespace {
constexpr Rule none()
{
    return {};
}
constexpr Rule fixed(Category c, Severity s)
{
    return {Rule::Timing::Fixed, c, s};
}
constexpr Rule timed(Rule::Timing t, Category c)
{
    return {t, c, Severity::Pending};
}
} // namespace

const ReconTable &ReconTable::instance()
{
    static const ReconTable table;
    return table;
}

ReconTable::ReconTable()
{
    for (S360Status s : allS360Statuses())
        for (TixngoStatus t : allTixngoStatuses())
            for (bool c : {false, true})
                m_rules[index(s, t, c)] = derive(s, t, c);
}

Rule ReconTable::derive(S360Status s, TixngoStatus t, bool controlledFlag)
{
    // `None` means the ticket is not known to exist in TIXNGO: the controlled attribute of a
    // ticket TIXNGO does not have means nothing.
    const bool absent = t == TixngoStatus::None;
    const bool controlled = !absent && (t == TixngoStatus::Controlled || controlledFlag);
    switch (s) {
    case S360Status::NotPrinted: // MAP-1: must not exist
        if (absent || t == TixngoStatus::Deleted)
            return none(); // a DELETED ticket is in no wallet any more
        if (t == TixngoStatus::DeletionPending)
            return timed(Rule::Timing::DeletionThreshold, Category::DeletionStuck);
        return fixed(Category::ShouldNotExist, Severity::Error); // REC-1
    case S360Status::Printed: // MAP-2: live, not controlled
        if (absent)
            return fixed(Category::MissingInTixngo, Severity::Error); // REC-2
        if (isDeleted(t))
            return fixed(Category::DeletedInTixngoOnly, Severity::Error); // REC-3
        if (controlled)
            return fixed(Category::ControlledOnlyInTixngo, Severity::Warning); // REC-7
        return none();
    case S360Status::Controlled: // MAP-3: …_ACTIVATED until feedback, then CONTROLLED (V4 controlled=true)
        if (absent)
            return fixed(Category::MissingInTixngo, Severity::Error); // REC-2
        if (controlled)
            return none();
        if (isDeleted(t))
            return fixed(Category::DeletedInTixngoOnly, Severity::Error); // REC-3
        return timed(Rule::Timing::ControlGrace, Category::ControlNotPropagated); // REC-6
    case S360Status::Invalidated: // MAP-4: absent if never injected, else DELETION_PENDING then DELETED
    case S360Status::Cancelled:
        if (absent || t == TixngoStatus::Deleted)
            return none();
        if (t == TixngoStatus::DeletionPending)
            return timed(Rule::Timing::DeletionThreshold, Category::DeletionStuck); // REC-5
        return timed(Rule::Timing::CancelGrace, Category::LiveAfterCancel); // REC-4
    }
    return none();
}

} // namespace tixsync::recon
