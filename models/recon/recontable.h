#pragma once

#include "core/statuses.h"
#include "recontypes.h"

#include <array>

namespace tixsync::recon {

/// What the mapping of interface doc §4.1 (MAP-1…MAP-4) says for one combination of S-360
/// status, TIXNGO status and TIXNGO `controlled` attribute (V4). `timing` tells how the severity
/// is decided: fixed, or from the age of the disagreement (grace periods, REC-4/5/6).
struct Rule {
    enum class Timing : std::uint8_t {
        None, // the two sides agree: no discrepancy
        Fixed, // `severity` as is
        CancelGrace, // REC-4: pending while the deletion push / feedback may still come, then error
        ControlGrace, // REC-6: pending while the control push / feedback may still come, then error
        DeletionThreshold, // REC-5: DELETION_PENDING is expected; past a threshold it is DELETION_STUCK (warning)
    };
    Timing timing = Timing::None;
    Category category = Category::ShouldNotExist;
    Severity severity = Severity::Info;

    bool isNone() const { return timing == Timing::None; }
};

/// The classification lookup table, indexed by (S-360 status, TIXNGO status, controlled flag):
/// 5 × 21 × 2 entries, so classifying millions of tickets is one array read each.
class ReconTable {
public:
    static constexpr int Size = S360StatusCount * TixngoStatusCount * 2;

    static const ReconTable &instance();

    static constexpr int index(S360Status s, TixngoStatus t, bool controlled)
    {
        return (static_cast<int>(s) * TixngoStatusCount + static_cast<int>(t)) * 2 + (controlled ? 1 : 0);
    }
    const Rule &rule(S360Status s, TixngoStatus t, bool controlled) const { return m_rules[index(s, t, controlled)]; }
    const Rule &rule(int index) const { return m_rules[index]; }

    /// The rule as derived from MAP-1…MAP-4 (the table is filled from this once).
    static Rule derive(S360Status s, TixngoStatus t, bool controlled);

private:
    ReconTable();
    std::array<Rule, Size> m_rules;
};

} // namespace tixsync::recon
