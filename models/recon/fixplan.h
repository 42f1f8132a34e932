#pragma once

#include "reconresult.h"

#include <QList>
#include <optional>

namespace tixsync::recon {

/// The tickets to hand to one interface function to fix part of a selection.
struct FixBatch {
    FixKind fix = FixKind::Reinject;
    QStringList ticketIds; // selection order, each once
    /// "id:T1, id:T2": the force / skip list syntax of the interface functions (INJ-5), so the
    /// sync engine can run the fix as a forced run of the matching function.
    QString forceList() const;
};

/// What fixing a selection of discrepancies means, per fix (§4.2: re-inject → injection, push
/// deletion → push cancelled, push control → push controlled, refresh → read the tickets from
/// TIXNGO, skip list → the function's skip list). Built for the confirmation dialog and handed to
/// the sync engine; nothing is run here.
struct FixPlan {
    QList<FixBatch> batches; // in FixKind order
    QList<qsizetype> notApplicable; // selected discrepancies whose category does not offer `fix`

    qsizetype ticketCount() const;
};

/// `selection`: indexes into result.discrepancies (DiscrepancyModel::ResultIndexRole). Each
/// discrepancy goes to its recommended fix, or to `fix` when given and offered by its category.
FixPlan planFixes(const ReconResult &result, const QList<qsizetype> &selection, std::optional<FixKind> fix = {});

} // namespace tixsync::recon
